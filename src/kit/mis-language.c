/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-language.c: which text to show when a kit offers several languages.
 * A missing translation falls back to the kit's default language, then to
 * English, then to any text at all: a title is never shown empty.
 */
#define G_LOG_DOMAIN "mis-language"

#include "mis-language.h"

MisLangMap *
mis_lang_map_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/**
 * mis_lang_map_lookup:
 * @map: (nullable): a language map
 * @language: (nullable): the language wanted
 * @fallback: (nullable): the kit's default language
 *
 * Returns: (nullable): the text in @language, else the best fallback.
 */
const char *
mis_lang_map_lookup (MisLangMap *map,
                     const char *language,
                     const char *fallback)
{
  const char *text = NULL;
  g_autofree gpointer *keys = NULL;
  guint n_keys = 0;

  if (map == NULL || g_hash_table_size (map) == 0)
    return NULL;

  if (language != NULL && (text = g_hash_table_lookup (map, language)) != NULL)
    return text;
  if (fallback != NULL && (text = g_hash_table_lookup (map, fallback)) != NULL)
    return text;
  if ((text = g_hash_table_lookup (map, "en")) != NULL)
    return text;

  /* Hash order is arbitrary: take the smallest code so the choice is stable. */
  keys = g_hash_table_get_keys_as_array (map, &n_keys);
  for (guint i = 1; i < n_keys; i++)
    if (strcmp (keys[i], keys[0]) < 0)
      keys[0] = keys[i];

  return g_hash_table_lookup (map, keys[0]);
}

/* Video files name their tracks with ISO 639-2 codes, in their
 * bibliographic ("fre", "dut", "ger") or terminology ("fra", "nld", "deu")
 * form; kits use the two-letter codes. */
static const struct { const char *three; const char *two; } codes[] = {
  { "fre", "fr" }, { "fra", "fr" }, { "dut", "nl" }, { "nld", "nl" },
  { "ger", "de" }, { "deu", "de" }, { "eng", "en" }, { "ara", "ar" },
  { "spa", "es" }, { "ita", "it" }, { "por", "pt" }, { "tur", "tr" },
  { "pus", "ps" }, { "per", "fa" }, { "fas", "fa" }, { "tir", "ti" },
  { "som", "so" }, { "ukr", "uk" }, { "rus", "ru" }, { "pol", "pl" },
  { "rum", "ro" }, { "ron", "ro" },
};

static const char *
two_letter_code (const char *code)
{
  for (gsize i = 0; code != NULL && i < G_N_ELEMENTS (codes); i++)
    if (g_ascii_strcasecmp (code, codes[i].three) == 0)
      return codes[i].two;
  return code;
}

/**
 * mis_language_from_track_code:
 * @code: a track's language as a video file names it ("fre", "dut", "fr")
 *
 * Returns: the two-letter code a kit uses for it, or @code when unknown
 */
const char *
mis_language_from_track_code (const char *code)
{
  return two_letter_code (code);
}

/**
 * mis_language_codes_for_tracks:
 * @code: a kit language ("nl")
 *
 * Returns: the codes a video file may name that language's tracks with, as
 *   a comma-separated list for mpv's "alang": "nl,dut,nld"
 */
char *
mis_language_codes_for_tracks (const char *code)
{
  GString *list = g_string_new (code);

  g_return_val_if_fail (code != NULL, NULL);

  for (gsize i = 0; i < G_N_ELEMENTS (codes); i++)
    if (g_ascii_strcasecmp (code, codes[i].two) == 0)
      g_string_append_printf (list, ",%s", codes[i].three);
  return g_string_free (list, FALSE);
}

/**
 * mis_language_display_name:
 *
 * Returns: the language's own name for itself, so that a newly arrived youth
 *   finds their language whatever the interface language is.
 */
const char *
mis_language_display_name (const char *code)
{
  static const struct { const char *code; const char *name; } names[] = {
    { "fr", "Français" }, { "nl", "Nederlands" }, { "de", "Deutsch" },
    { "en", "English" }, { "ar", "العربية" }, { "es", "Español" },
    { "it", "Italiano" }, { "pt", "Português" }, { "tr", "Türkçe" },
    { "ps", "پښتو" }, { "fa", "فارسی" }, { "ti", "ትግርኛ" },
    { "so", "Soomaali" }, { "uk", "Українська" }, { "ru", "Русский" },
    { "pl", "Polski" }, { "ro", "Română" },
  };

  const char *two = two_letter_code (code);

  for (gsize i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_strcmp0 (two, names[i].code) == 0)
      return names[i].name;

  return code;
}

gboolean
mis_language_code_is_valid (const char *code)
{
  gsize len;

  if (code == NULL)
    return FALSE;

  len = strlen (code);
  if (len < 2 || len > 8)
    return FALSE;

  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isalpha (code[i]) && code[i] != '-')
      return FALSE;

  return TRUE;
}

/**
 * mis_language_pick:
 * @kit_languages: the languages the kit offers
 * @default_language: the kit's default language
 * @ui_languages: the user's languages, most wanted first, as
 *   g_get_language_names() gives them ("fr_BE.UTF-8", "fr_BE", "fr", "C")
 *
 * Returns: (transfer full): the first of the user's languages that the kit
 *   has, else the kit's default language.
 */
char *
mis_language_pick (const char * const *kit_languages,
                   const char         *default_language,
                   const char * const *ui_languages)
{
  for (guint i = 0; ui_languages != NULL && ui_languages[i] != NULL; i++)
    {
      g_autofree char *base = g_strndup (ui_languages[i],
                                         strcspn (ui_languages[i], "_.@"));

      if (*base != '\0' && g_strv_contains (kit_languages, base))
        return g_steal_pointer (&base);
    }

  return g_strdup (default_language);
}
