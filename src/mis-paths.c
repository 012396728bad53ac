/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-paths.c: a newcomer runs the app straight from the build tree (the
 * README's first command), so the app must find its sample kit, its French
 * translation and its settings schema there as well as when installed.
 */
#define G_LOG_DOMAIN "mis-paths"

#include "config.h"

#include <stdlib.h>

#include "mis-paths.h"

gboolean
mis_paths_running_from_build_tree (void)
{
  static int from_build_tree = -1;

  if (from_build_tree < 0)
    {
      g_autofree char *exe = realpath ("/proc/self/exe", NULL);
      g_autofree char *root = realpath (MIS_BUILD_ROOT, NULL);

      from_build_tree = exe != NULL && root != NULL &&
                        g_str_has_prefix (exe, root) && exe[strlen (root)] == '/';
    }

  return from_build_tree;
}

/**
 * mis_paths_get_default_kit_dir:
 *
 * Returns: the sample kit that ships with the app.
 */
const char *
mis_paths_get_default_kit_dir (void)
{
  return mis_paths_running_from_build_tree () ? MIS_SOURCE_KIT_DIR : MIS_INSTALLED_KIT_DIR;
}

const char *
mis_paths_get_locale_dir (void)
{
  return mis_paths_running_from_build_tree () ? MIS_BUILD_ROOT "/po" : LOCALEDIR;
}

/**
 * mis_paths_setup_build_tree_env:
 *
 * Run from the build tree, use the settings schema compiled there, as
 * `meson devenv` would. Must run before anything uses GSettings.
 */
void
mis_paths_setup_build_tree_env (void)
{
  if (mis_paths_running_from_build_tree ())
    g_setenv ("GSETTINGS_SCHEMA_DIR", MIS_BUILD_ROOT "/data", FALSE);
}
