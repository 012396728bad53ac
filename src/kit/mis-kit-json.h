/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-kit-json.h: kit-internal API for the checked reading of JSON values,
 * shared by the kit loader and the session plans.
 */
#pragma once

#include <json-glib/json-glib.h>

#include "mis-kit-private.h"

G_BEGIN_DECLS

typedef struct
{
  MisKit          *kit;          /* its languages, themes and audiences */
  MisKitLoadFlags  flags;
  GCancellable    *cancellable;
  GPtrArray       *problems;     /* MisKitProblem: the kit's, or an imported file's */
} MisKitReader;

void         _mis_kit_problem          (MisKitReader       *loader,
                                        MisProblemSeverity  severity,
                                        const char         *location,
                                        const char         *format,
                                        ...) G_GNUC_PRINTF (4, 5);

const char  *_mis_json_type_name       (JsonNode           *node);
gboolean     _mis_json_is_string       (JsonNode           *node);
gboolean     _mis_json_is_number       (JsonNode           *node);
char        *_mis_json_child_location  (const char         *location,
                                        const char         *member);
char        *_mis_json_index_location  (const char         *location,
                                        guint               index);
JsonNode    *_mis_json_get_member      (MisKitReader       *loader,
                                        JsonObject         *object,
                                        const char         *location,
                                        const char         *name,
                                        JsonNodeType        type,
                                        gboolean            required,
                                        MisProblemSeverity  severity);
const char  *_mis_json_get_string      (MisKitReader       *loader,
                                        JsonObject         *object,
                                        const char         *location,
                                        const char         *name,
                                        gboolean            required,
                                        MisProblemSeverity  severity);
MisLangMap  *_mis_json_read_lang_map   (MisKitReader       *loader,
                                        JsonObject         *object,
                                        const char         *location,
                                        const char         *name,
                                        gboolean            required,
                                        MisProblemSeverity  severity);
GStrv        _mis_json_read_id_list    (MisKitReader       *loader,
                                        JsonObject         *object,
                                        const char         *location,
                                        const char         *name,
                                        GPtrArray          *known);
gboolean     _mis_json_id_is_valid     (const char         *id);

gboolean     _mis_json_check_nesting   (const char         *name,
                                        const char         *contents,
                                        gsize               length,
                                        GError            **error);
char        *_mis_json_describe_syntax_error (const char   *name,
                                              const GError *error);

MisPlan     *_mis_plan_read            (MisKitReader       *loader,
                                        JsonNode           *node,
                                        const char         *location,
                                        gboolean            from_kit);

G_END_DECLS
