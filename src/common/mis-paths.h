/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-paths.h: where the app finds its sample kit, translations and settings
 * schema and icons, installed or run from the build tree.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean    mis_paths_running_from_build_tree (void);
const char *mis_paths_get_default_kit_dir     (void);
const char *mis_paths_get_locale_dir          (void);
const char *mis_paths_get_icon_dir            (void);
void        mis_paths_setup_env               (void);

G_END_DECLS
