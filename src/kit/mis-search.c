/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-search.c: text is folded (decomposed, combining marks dropped, case
 * folded) and split into words; a query matches when each of its words is the
 * start of some word of the text. So "securite" finds "Sécurité" and
 * "mot pas" finds "mots de passe", which is what youths typing fast expect.
 */
#define G_LOG_DOMAIN "mis-search"

#include "mis-search.h"

/* Letters that Unicode does not decompose but French, Dutch and German
 * readers treat as two plain letters. */
static const char *
fold_special (gunichar c)
{
  switch (c)
    {
    case 0x0153: case 0x0152: return "oe"; /* œ Œ */
    case 0x00E6: case 0x00C6: return "ae"; /* æ Æ */
    case 0x0133: case 0x0132: return "ij"; /* ĳ Ĳ */
    case 0x00DF: return "ss";              /* ß */
    case 0x2019: case 0x2018: return "'";
    default: return NULL;
    }
}

/**
 * mis_search_fold:
 * @text: UTF-8 text
 *
 * Returns: @text without accents, in lower case.
 */
char *
mis_search_fold (const char *text)
{
  g_autofree char *decomposed = NULL;
  g_autofree char *valid = NULL;
  GString *out;

  g_return_val_if_fail (text != NULL, NULL);

  valid = g_utf8_make_valid (text, -1);
  decomposed = g_utf8_normalize (valid, -1, G_NORMALIZE_NFKD);
  out = g_string_sized_new (strlen (valid));

  for (const char *p = decomposed; p != NULL && *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *special = fold_special (c);

      if (special != NULL)
        g_string_append (out, special);
      else if (g_unichar_type (c) != G_UNICODE_NON_SPACING_MARK &&
               g_unichar_type (c) != G_UNICODE_ENCLOSING_MARK)
        g_string_append_unichar (out, g_unichar_tolower (c));
    }

  return g_string_free (out, FALSE);
}

/**
 * mis_search_tokenize:
 * @text: UTF-8 text
 *
 * Returns: (transfer full): the folded words of @text, in order.
 */
GStrv
mis_search_tokenize (const char *text)
{
  g_autofree char *folded = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  GString *word = g_string_new (NULL);

  g_return_val_if_fail (text != NULL, NULL);

  folded = mis_search_fold (text);

  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        {
          g_string_append_unichar (word, c);
        }
      else if (word->len > 0)
        {
          g_strv_builder_add (builder, word->str);
          g_string_truncate (word, 0);
        }
    }

  if (word->len > 0)
    g_strv_builder_add (builder, word->str);
  g_string_free (word, TRUE);

  return g_strv_builder_end (builder);
}

/**
 * mis_search_match:
 * @query_words: words from mis_search_tokenize() of what the user typed
 * @text_words: words from mis_search_tokenize() of the searched text
 *
 * Returns: %TRUE when every query word starts some word of the text. An empty
 *   query matches everything.
 */
gboolean
mis_search_match (const char * const *query_words,
                  const char * const *text_words)
{
  if (query_words == NULL)
    return TRUE;

  for (guint i = 0; query_words[i] != NULL; i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; text_words != NULL && text_words[j] != NULL && !found; j++)
        found = g_str_has_prefix (text_words[j], query_words[i]);

      if (!found)
        return FALSE;
    }

  return TRUE;
}

static void
append_word (GString            *out,
             const char         *word,
             gsize               length,
             const char * const *query_words)
{
  g_autofree char *copy = g_strndup (word, length);
  g_autofree char *escaped = g_markup_escape_text (copy, -1);
  g_autofree char *folded = mis_search_fold (copy);
  gboolean found = FALSE;

  for (guint i = 0; query_words != NULL && query_words[i] != NULL && !found; i++)
    found = g_str_has_prefix (folded, query_words[i]);

  if (found)
    g_string_append_printf (out, "<b>%s</b>", escaped);
  else
    g_string_append (out, escaped);
}

/**
 * mis_search_markup:
 * @text: UTF-8 text, shown to the user
 * @query_words: words from mis_search_tokenize() of what the user typed
 *
 * Returns: (transfer full): @text as Pango markup, with the words the
 *   query found in bold
 */
char *
mis_search_markup (const char         *text,
                   const char * const *query_words)
{
  g_autofree char *valid = NULL;
  GString *out;
  const char *word = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  valid = g_utf8_make_valid (text, -1);
  out = g_string_sized_new (strlen (valid) + 16);

  for (const char *p = valid; ; p = g_utf8_next_char (p))
    {
      gboolean in_word = *p != '\0' && g_unichar_isalnum (g_utf8_get_char (p));

      if (in_word && word == NULL)
        word = p;
      else if (!in_word && word != NULL)
        {
          append_word (out, word, p - word, query_words);
          word = NULL;
        }

      if (*p == '\0')
        break;
      if (!in_word)
        {
          g_autofree char *escaped = g_markup_escape_text (p, g_utf8_next_char (p) - p);

          g_string_append (out, escaped);
        }
    }

  return g_string_free (out, FALSE);
}
