/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-renderer.c: where OpenGL is a software rasteriser (llvmpipe on an old
 * laptop without a GPU driver, a virtual machine, Xvfb), GTK's GL renderer
 * emulates on the CPU what its cairo renderer draws directly: on this
 * project's 2-core test machine, cairo shows the library sooner and uses
 * about 70 MB less (see docs/profiling.md). So there, unless the user set
 * GSK_RENDERER, the app asks for cairo, as the film player already asks mpv
 * for its software renderer. It must be decided before GTK opens the
 * display, hence without a GL context: a machine whose GPU can render has a
 * DRM render node the user may open.
 *
 * Nothing then draws with OpenGL (the film neither), yet GDK would still
 * load Mesa, llvmpipe and LLVM when it opens the display, to choose its
 * visual: 40-55 ms of every start on that machine. So GDK's OpenGL is
 * turned off too, unless the user asked for mpv's OpenGL renderer
 * (MAKEITSAFE_VIDEO_RENDERER=gl).
 */
#define G_LOG_DOMAIN "mis-renderer"

#include "config.h"

#include <unistd.h>

#include "mis-renderer.h"

#define DRI_DIR "/dev/dri"

static gboolean gl_disabled;

/**
 * mis_renderer_is_software:
 *
 * Returns: whether OpenGL here can only be a software rasteriser
 */
gboolean
mis_renderer_is_software (void)
{
  g_autoptr(GDir) dri = NULL;
  const char *name;

  if (g_strcmp0 (g_getenv ("LIBGL_ALWAYS_SOFTWARE"), "1") == 0 ||
      g_strcmp0 (g_getenv ("LIBGL_ALWAYS_SOFTWARE"), "true") == 0)
    return TRUE;

  if ((dri = g_dir_open (DRI_DIR, 0, NULL)) == NULL)
    return TRUE;

  while ((name = g_dir_read_name (dri)) != NULL)
    {
      g_autofree char *path = g_build_filename (DRI_DIR, name, NULL);

      if (g_str_has_prefix (name, "renderD") && access (path, R_OK | W_OK) == 0)
        return FALSE;
    }
  return TRUE;
}

/**
 * mis_renderer_choose:
 *
 * Sets GSK_RENDERER for GTK, before it starts, where that helps.
 *
 * Returns: (nullable): the renderer asked for, or %NULL when left to GTK
 */
const char *
mis_renderer_choose (void)
{
  if (g_getenv ("GSK_RENDERER") != NULL || !mis_renderer_is_software ())
    return NULL;

  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  g_debug ("No GPU rendering here: GTK's cairo renderer");

  if (g_strcmp0 (g_getenv ("MAKEITSAFE_VIDEO_RENDERER"), "gl") != 0)
    {
      const char *flags = g_getenv ("GDK_DEBUG");
      g_autofree char *with_gl_off = flags != NULL && *flags != '\0' ? g_strconcat (flags, ",gl-disable", NULL)
                                                                     : g_strdup ("gl-disable");

      g_setenv ("GDK_DEBUG", with_gl_off, TRUE);
      gl_disabled = TRUE;
    }
  return "cairo";
}

/**
 * mis_renderer_has_gl:
 *
 * Returns: %FALSE when mis_renderer_choose() turned GDK's OpenGL off, so
 *   that the film is drawn by mpv's software renderer from the start
 */
gboolean
mis_renderer_has_gl (void)
{
  return !gl_disabled;
}
