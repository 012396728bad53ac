/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-language.h: language maps ({"fr": "…", "nl": "…"}) and the choice of a
 * kit language.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A language map is a GHashTable from language code to text. */
typedef GHashTable MisLangMap;

MisLangMap *mis_lang_map_new            (void);
const char *mis_lang_map_lookup         (MisLangMap         *map,
                                         const char         *language,
                                         const char         *fallback);
const char *mis_language_display_name   (const char         *code);
char       *mis_language_codes_for_tracks (const char       *code);
const char *mis_language_from_track_code (const char        *code);
char       *mis_language_pick           (const char * const *kit_languages,
                                         const char         *default_language,
                                         const char * const *ui_languages);
gboolean    mis_language_code_is_valid  (const char         *code);

G_END_DECLS
