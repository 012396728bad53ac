/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-kit-path.h: resolving a path written in index.json to a file inside the
 * kit folder, and refusing every path that would lead outside it.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  MIS_KIT_PATH_OK,
  MIS_KIT_PATH_NOT_FOUND,
  MIS_KIT_PATH_NOT_A_FILE,
  MIS_KIT_PATH_INVALID,
  MIS_KIT_PATH_ESCAPES,
} MisKitPathStatus;

MisKitPathStatus mis_kit_path_resolve (const char  *real_root,
                                       const char  *relative,
                                       char       **resolved);
char            *mis_kit_path_describe (MisKitPathStatus  status,
                                        const char       *relative);

G_END_DECLS
