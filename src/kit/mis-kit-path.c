/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-kit-path.c: a kit is untrusted input. A path in index.json may only name
 * a regular file below the kit folder: absolute paths and ".." are refused
 * before anything touches the disk, and symbolic links are followed with
 * realpath() so that a link pointing outside the kit is refused too.
 */
#define G_LOG_DOMAIN "mis-kit-path"

#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <glib/gi18n.h>

#include "mis-kit-path.h"

static gboolean
has_parent_component (const char *relative)
{
  g_auto(GStrv) parts = g_strsplit (relative, "/", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    if (g_str_equal (parts[i], ".."))
      return TRUE;

  return FALSE;
}

static gboolean
is_inside (const char *real_root,
           const char *real_path)
{
  gsize len = strlen (real_root);

  if (g_str_equal (real_root, "/"))
    return TRUE;

  return strncmp (real_path, real_root, len) == 0 && real_path[len] == '/';
}

/* For a file that does not exist, the nearest existing ancestor must still
 * be inside the kit: otherwise "link/missing" would be reported as merely
 * missing while it points outside. */
static gboolean
ancestor_is_inside (const char *real_root,
                    const char *full)
{
  g_autofree char *dir = g_path_get_dirname (full);

  while (TRUE)
    {
      g_autofree char *real_dir = realpath (dir, NULL);
      g_autofree char *parent = NULL;

      if (real_dir != NULL)
        return g_str_equal (real_dir, real_root) || is_inside (real_root, real_dir);

      parent = g_path_get_dirname (dir);
      if (g_str_equal (parent, dir))
        return FALSE;
      g_free (dir);
      dir = g_steal_pointer (&parent);
    }
}

/**
 * mis_kit_path_resolve:
 * @real_root: the kit folder, already canonical (as realpath() gives it)
 * @relative: the path as written in index.json
 * @resolved: (out) (optional): the canonical path of the file when found
 *
 * Returns: whether @relative names a regular file inside the kit.
 */
MisKitPathStatus
mis_kit_path_resolve (const char  *real_root,
                      const char  *relative,
                      char       **resolved)
{
  g_autofree char *full = NULL;
  g_autofree char *real = NULL;
  struct stat st;

  g_return_val_if_fail (real_root != NULL, MIS_KIT_PATH_INVALID);

  if (resolved != NULL)
    *resolved = NULL;

  if (relative == NULL || *relative == '\0' || strchr (relative, '\\') != NULL)
    return MIS_KIT_PATH_INVALID;

  if (g_path_is_absolute (relative) || has_parent_component (relative))
    return MIS_KIT_PATH_ESCAPES;

  full = g_build_filename (real_root, relative, NULL);
  real = realpath (full, NULL);

  if (real == NULL)
    return ancestor_is_inside (real_root, full) ? MIS_KIT_PATH_NOT_FOUND
                                                : MIS_KIT_PATH_ESCAPES;

  if (!is_inside (real_root, real))
    return MIS_KIT_PATH_ESCAPES;

  if (stat (real, &st) != 0 || !S_ISREG (st.st_mode))
    return MIS_KIT_PATH_NOT_A_FILE;

  if (resolved != NULL)
    *resolved = g_steal_pointer (&real);

  return MIS_KIT_PATH_OK;
}

/**
 * mis_kit_path_describe:
 *
 * Returns: a sentence for users that names @relative and what is wrong with it.
 */
char *
mis_kit_path_describe (MisKitPathStatus  status,
                       const char       *relative)
{
  switch (status)
    {
    case MIS_KIT_PATH_OK:
      return g_strdup (relative);
    case MIS_KIT_PATH_NOT_FOUND:
      return g_strdup_printf (_("file not found: %s"), relative);
    case MIS_KIT_PATH_NOT_A_FILE:
      return g_strdup_printf (_("not a regular file: %s"), relative);
    case MIS_KIT_PATH_INVALID:
      return g_strdup_printf (_("not a valid path: “%s”"), relative ? relative : "");
    case MIS_KIT_PATH_ESCAPES:
      return g_strdup_printf (_("path leads outside the kit folder: %s"), relative);
    default:
      g_assert_not_reached ();
    }
}
