/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-renderer.c: GTK's renderer as the app picks it before GTK starts:
 * cairo where OpenGL can only be a software rasteriser, the user's
 * GSK_RENDERER always kept.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <unistd.h>

#include "mis-renderer.h"

static void
test_user_choice_kept (void)
{
  g_setenv ("GSK_RENDERER", "ngl", TRUE);
  g_setenv ("LIBGL_ALWAYS_SOFTWARE", "1", TRUE);
  g_assert_null (mis_renderer_choose ());
  g_assert_cmpstr (g_getenv ("GSK_RENDERER"), ==, "ngl");
}

static void
test_software (void)
{
  g_unsetenv ("GSK_RENDERER");
  g_setenv ("LIBGL_ALWAYS_SOFTWARE", "1", TRUE);
  g_assert_true (mis_renderer_is_software ());
  g_assert_cmpstr (mis_renderer_choose (), ==, "cairo");
  g_assert_cmpstr (g_getenv ("GSK_RENDERER"), ==, "cairo");
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
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/renderer/user-choice-kept", test_user_choice_kept);
  g_test_add_func ("/renderer/software", test_software);
  g_test_add_func ("/renderer/machine", test_machine);

  return g_test_run ();
}
