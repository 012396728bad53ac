/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-renderer.c: GTK's renderer as the app picks it before GTK starts:
 * cairo where OpenGL can only be a software rasteriser, with GDK's OpenGL
 * off (the user's other GDK_DEBUG flags kept), unless the film is to use
 * OpenGL all the same; the user's GSK_RENDERER always kept.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <unistd.h>

#include "mis-renderer.h"

static void
test_user_choice_kept (void)
{
  g_unsetenv ("GDK_DEBUG");
  g_setenv ("GSK_RENDERER", "ngl", TRUE);
  g_setenv ("LIBGL_ALWAYS_SOFTWARE", "1", TRUE);
  g_assert_null (mis_renderer_choose ());
  g_assert_cmpstr (g_getenv ("GSK_RENDERER"), ==, "ngl");
  g_assert_null (g_getenv ("GDK_DEBUG"));
  g_assert_true (mis_renderer_has_gl ());
}

/* mpv's OpenGL renderer asked for: GDK keeps its OpenGL for it. */
static void
test_film_gl_kept (void)
{
  g_unsetenv ("GSK_RENDERER");
  g_setenv ("LIBGL_ALWAYS_SOFTWARE", "1", TRUE);
  g_setenv ("MAKEITSAFE_VIDEO_RENDERER", "gl", TRUE);
  g_assert_cmpstr (mis_renderer_choose (), ==, "cairo");
  g_assert_null (g_getenv ("GDK_DEBUG"));
  g_assert_true (mis_renderer_has_gl ());
  g_unsetenv ("MAKEITSAFE_VIDEO_RENDERER");
}

static void
test_software (void)
{
  g_unsetenv ("GSK_RENDERER");
  g_setenv ("LIBGL_ALWAYS_SOFTWARE", "1", TRUE);
  g_assert_true (mis_renderer_is_software ());
  g_setenv ("GDK_DEBUG", "misc", TRUE);
  g_assert_cmpstr (mis_renderer_choose (), ==, "cairo");
  g_assert_cmpstr (g_getenv ("GSK_RENDERER"), ==, "cairo");
  g_assert_cmpstr (g_getenv ("GDK_DEBUG"), ==, "misc,gl-disable");
  g_assert_false (mis_renderer_has_gl ());
  g_unsetenv ("GDK_DEBUG");
}

/* Without the variable, the machine decides: a render node means a GPU. */
static void
test_machine (void)
{
  gboolean has_node = FALSE;
  g_autoptr(GDir) dri = g_dir_open ("/dev/dri", 0, NULL);
  const char *name;

  while (dri != NULL && (name = g_dir_read_name (dri)) != NULL)
    {
      g_autofree char *path = g_build_filename ("/dev/dri", name, NULL);
      has_node |= g_str_has_prefix (name, "renderD") && g_access (path, R_OK | W_OK) == 0;
    }

  g_unsetenv ("GSK_RENDERER");
  g_unsetenv ("LIBGL_ALWAYS_SOFTWARE");
  g_assert_cmpint (mis_renderer_is_software (), ==, !has_node);
  g_assert_cmpstr (mis_renderer_choose (), ==, has_node ? NULL : "cairo");
  g_assert_cmpstr (g_getenv ("GDK_DEBUG"), ==, has_node ? NULL : "gl-disable");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/renderer/user-choice-kept", test_user_choice_kept);
  g_test_add_func ("/renderer/film-gl-kept", test_film_gl_kept);
  g_test_add_func ("/renderer/software", test_software);
  g_test_add_func ("/renderer/machine", test_machine);

  return g_test_run ();
}
