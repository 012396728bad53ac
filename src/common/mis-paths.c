/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-paths.c: where the app finds its sample kit, translations, settings
 * schema and icons. A newcomer runs the app straight from the build tree
 * (the README's first command); a packaged app runs from its prefix. The
 * prefix is found from the binary's own place (PREFIX/bin/make-it-safe), so
 * an app installed in another folder than the one it was built for (a
 * DESTDIR, a copy on a stick) reads its own files, never the source tree's.
 */
#define G_LOG_DOMAIN "mis-paths"

#include "config.h"

#include <stdlib.h>

#include "mis-paths.h"

static char *
executable_path (void)
{
  return realpath ("/proc/self/exe", NULL);
}

gboolean
mis_paths_running_from_build_tree (void)
{
  static int from_build_tree = -1;

  if (from_build_tree < 0)
    {
      g_autofree char *exe = executable_path ();
      g_autofree char *root = realpath (MIS_BUILD_ROOT, NULL);

      from_build_tree = exe != NULL && root != NULL &&
                        g_str_has_prefix (exe, root) && exe[strlen (root)] == '/';
    }
  return from_build_tree;
}

/* The prefix the running binary sits in, or the configured one. These paths
 * are asked for on the main thread only. */
static const char *
installed_prefix (void)
{
  static char *prefix;

  if (prefix == NULL)
    {
      g_autofree char *exe = executable_path ();
      g_autofree char *bindir = exe ? g_path_get_dirname (exe) : NULL;
      const char *suffix = "/" MIS_BINDIR_REL;

      if (bindir != NULL && g_str_has_suffix (bindir, suffix))
        prefix = g_strndup (bindir, strlen (bindir) - strlen (suffix));
      else
        prefix = g_strdup (MIS_PREFIX);
    }
  return prefix;
}

/* Installed under another prefix than the configured one: a DESTDIR, a copy. */
static gboolean
installed_elsewhere (void)
{
  return !g_str_equal (installed_prefix (), MIS_PREFIX);
}

static const char *
installed_path (char       **slot,
                const char  *relative,
                const char  *configured)
{
  if (*slot == NULL)
    {
      g_autofree char *path = g_build_filename (installed_prefix (), relative, NULL);

      *slot = g_file_test (path, G_FILE_TEST_IS_DIR) ? g_steal_pointer (&path) : g_strdup (configured);
    }
  return *slot;
}

/* A kit an administrator installed for every user (build-aux/usb/install.sh
 * puts the stick's kit in /usr/local/share/make-it-safe/kit) comes before the
 * sample kit, in the order of the system's data folders. */
static char *
find_system_kit (void)
{
  const char * const *data_dirs = g_get_system_data_dirs ();

  for (guint i = 0; data_dirs[i] != NULL; i++)
    {
      g_autofree char *kit = g_build_filename (data_dirs[i], PACKAGE_NAME, "kit", NULL);
      g_autofree char *index = g_build_filename (kit, "index.json", NULL);

      if (g_file_test (index, G_FILE_TEST_IS_REGULAR))
        return g_steal_pointer (&kit);
    }
  return g_strdup (MIS_INSTALLED_KIT_DIR);
}

/**
 * mis_paths_get_default_kit_dir:
 *
 * Returns: the kit opened when none is named: from the build tree, the
 *   source's sample kit; installed elsewhere than the configured prefix, the
 *   one installed beside the binary; otherwise the first kit found in the
 *   system's data folders, an administrator's before the sample kit
 */
const char *
mis_paths_get_default_kit_dir (void)
{
  static char *kit_dir;

  if (mis_paths_running_from_build_tree ())
    return MIS_SOURCE_KIT_DIR;

  if (kit_dir == NULL)
    {
      if (installed_elsewhere ())
        installed_path (&kit_dir, MIS_DATADIR_REL "/" PACKAGE_NAME "/kit", MIS_INSTALLED_KIT_DIR);
      else
        kit_dir = find_system_kit ();
    }
  return kit_dir;
}

const char *
mis_paths_get_locale_dir (void)
{
  static char *locale_dir;

  if (mis_paths_running_from_build_tree ())
    return MIS_BUILD_ROOT "/po";
  return installed_path (&locale_dir, MIS_LOCALEDIR_REL, LOCALEDIR);
}

/**
 * mis_paths_get_icon_dir:
 *
 * Returns: (nullable): a folder to add to the icon theme's search path for
 *   the app's own icon, or %NULL where the system's search path has it
 */
const char *
mis_paths_get_icon_dir (void)
{
  static char *icon_dir;

  if (mis_paths_running_from_build_tree ())
    return MIS_SOURCE_ROOT "/data/icons";
  if (!installed_elsewhere ())
    return NULL;
  return installed_path (&icon_dir, MIS_DATADIR_REL "/icons", NULL);
}

/**
 * mis_paths_setup_env:
 *
 * Run from the build tree, use the settings schema compiled there, as
 * `meson devenv` would; installed elsewhere than its configured prefix, use
 * the schema installed beside the binary. Must run before anything uses
 * GSettings; a GSETTINGS_SCHEMA_DIR set by the user wins.
 */
void
mis_paths_setup_env (void)
{
  g_autofree char *schemas = NULL;
  g_autofree char *compiled = NULL;

  if (mis_paths_running_from_build_tree ())
    {
      g_setenv ("GSETTINGS_SCHEMA_DIR", MIS_BUILD_ROOT "/data", FALSE);
      return;
    }

  if (!installed_elsewhere ())
    return;

  schemas = g_build_filename (installed_prefix (), MIS_DATADIR_REL, "glib-2.0", "schemas", NULL);
  compiled = g_build_filename (schemas, "gschemas.compiled", NULL);
  if (g_file_test (compiled, G_FILE_TEST_IS_REGULAR))
    g_setenv ("GSETTINGS_SCHEMA_DIR", schemas, FALSE);
}
