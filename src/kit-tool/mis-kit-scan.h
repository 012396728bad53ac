/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-kit-scan.h: index.json made from a folder of media, and kept up to
 * date with it (make-it-safe-kit init and update).
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef enum
{
  MIS_KIT_SCAN_NONE    = 0,
  MIS_KIT_SCAN_FORCE   = 1 << 0,   /* init: replace an index.json */
} MisKitScanFlags;

gboolean mis_kit_scan_init   (GFile            *dir,
                              const char       *language,
                              const char       *title,
                              MisKitScanFlags   flags,
                              GPtrArray        *messages,
                              GError          **error);
gboolean mis_kit_scan_update (GFile            *dir,
                              GPtrArray        *messages,
                              GError          **error);
gboolean mis_kit_write_index (GFile            *dir,
                              JsonNode         *root,
                              GError          **error);
char    *mis_kit_title_from_name (const char   *name);
const char *mis_kit_json_string  (JsonObject   *object,
                                  const char   *name);
int      mis_kit_compare_names   (const char   *a,
                                  const char   *b);

G_END_DECLS
