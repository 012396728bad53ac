/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-webvtt.c: mpv plays the subtitles; this reads them only to search
 * them, so it keeps what a person reads and when: each cue's start, end and
 * words. Markup (<i>, <c.yellow>, <v Léa>, timestamps) is dropped and
 * character references decoded. A cue with broken timings is skipped, the
 * others kept; a file that is not WebVTT (no "WEBVTT" first line, not
 * UTF-8, too large) is refused with a message that names it.
 */
#define G_LOG_DOMAIN "mis-webvtt"

#include "config.h"

#include <glib/gi18n.h>

#include "mis-kit.h"
#include "mis-webvtt.h"

void
mis_cue_free (MisCue *cue)
{
  if (cue == NULL)
    return;
  g_free (cue->text);
  g_free (cue);
}

/* "hh:mm:ss.ttt" or "mm:ss.ttt"; @end is where it stopped reading. */
static gboolean
parse_timestamp (const char  *text,
                 const char **end,
                 double      *seconds)
{
  guint64 parts[3];
  guint n = 0;
  const char *p = text;
  char *stop;
  guint64 millis;

  for (;;)
    {
      if (!g_ascii_isdigit (*p) || n == 3)
        return FALSE;
      parts[n++] = g_ascii_strtoull (p, &stop, 10);
      p = stop;
      if (*p != ':')
        break;
      p++;
    }

  if (n < 2 || *p != '.' || !g_ascii_isdigit (p[1]) || !g_ascii_isdigit (p[2]) || !g_ascii_isdigit (p[3]) ||
      g_ascii_isdigit (p[4]))
    return FALSE;
  millis = g_ascii_strtoull (p + 1, NULL, 10);

  /* Minutes and seconds below 60; hours as many as there are. */
  if (parts[n - 1] > 59 || parts[n - 2] > 59 || (n == 3 && parts[0] > 99999))
    return FALSE;

  *seconds = (n == 3 ? parts[0] * 3600.0 : 0) + parts[n - 2] * 60.0 + parts[n - 1] + millis / 1000.0;
  *end = p + 4;
  return TRUE;
}

static gboolean
parse_timings (const char *line,
               double     *start,
               double     *end)
{
  const char *p = line;

  if (!parse_timestamp (p, &p, start))
    return FALSE;
  while (*p == ' ' || *p == '\t')
    p++;
  if (!g_str_has_prefix (p, "-->"))
    return FALSE;
  p += 3;
  while (*p == ' ' || *p == '\t')
    p++;
  if (!parse_timestamp (p, &p, end))
    return FALSE;
  /* Cue settings may follow ("align:start"), after a space. */
  return (*p == '\0' || *p == ' ' || *p == '\t') && *end >= *start;
}

static void
append_reference (GString     *out,
                  const char **p)
{
  static const struct { const char *name; const char *text; } references[] = {
    { "&amp;", "&" }, { "&lt;", "<" }, { "&gt;", ">" }, { "&nbsp;", " " },
    { "&lrm;", "" }, { "&rlm;", "" }, { "&quot;", "\"" }, { "&apos;", "'" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (references); i++)
    if (g_str_has_prefix (*p, references[i].name))
      {
        g_string_append (out, references[i].text);
        *p += strlen (references[i].name);
        return;
      }

  g_string_append_c (out, '&');
  (*p)++;
}

/* The words of a cue line, as a viewer reads them. */
static void
append_plain (GString    *out,
              const char *line)
{
  for (const char *p = line; *p != '\0';)
    {
      if (*p == '<')
        {
          const char *close = strchr (p, '>');

          if (close == NULL)
            break;
          p = close + 1;
        }
      else if (*p == '&')
        append_reference (out, &p);
      else
        g_string_append_c (out, *p++);
    }
}

/* "NOTE", alone or followed by a space or a line end. */
static gboolean
is_block (const char *line,
          const char *keyword)
{
  gsize n = strlen (keyword);

  return strncmp (line, keyword, n) == 0 && (line[n] == '\0' || line[n] == ' ' || line[n] == '\t');
}

/**
 * mis_webvtt_parse:
 * @data: the file's content
 * @length: its length, or -1 if nul-terminated
 *
 * Returns: (transfer full) (element-type MisCue): the cues in file order,
 *   or %NULL if @data is not WebVTT
 */
GPtrArray *
mis_webvtt_parse (const char  *data,
                  gssize       length,
                  GError     **error)
{
  g_autoptr(GPtrArray) cues = g_ptr_array_new_with_free_func ((GDestroyNotify) mis_cue_free);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  guint i = 0;

  g_return_val_if_fail (data != NULL, NULL);

  if (length < 0)
    length = strlen (data);

  if (!g_utf8_validate_len (data, length, NULL))
    {
      g_set_error_literal (error, MIS_KIT_ERROR, MIS_KIT_ERROR_INVALID,
                           _("not a subtitle file: it is not text in UTF-8"));
      return NULL;
    }

  /* A byte-order mark, and any of the three line ends. */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    data += 3, length -= 3;
  text = g_strndup (data, length);
  for (char *p = text; *p; p++)
    if (*p == '\r')
      *p = (p[1] == '\n') ? ' ' : '\n';
  lines = g_strsplit (text, "\n", -1);
  for (guint n = 0; lines[n] != NULL; n++)
    g_strchomp (lines[n]);

  if (lines[0] == NULL || !g_str_has_prefix (lines[0], "WEBVTT") || (lines[0][6] != '\0' && lines[0][6] != ' ' && lines[0][6] != '\t'))
    {
      g_set_error_literal (error, MIS_KIT_ERROR, MIS_KIT_ERROR_INVALID,
                           _("not a subtitle file: WebVTT files start with “WEBVTT”"));
      return NULL;
    }

  /* The header runs to the first blank line. */
  while (lines[i] != NULL && lines[i][0] != '\0')
    i++;

  while (lines[i] != NULL)
    {
      double start, end;
      guint first;

      while (lines[i] != NULL && lines[i][0] == '\0')
        i++;
      if (lines[i] == NULL)
        break;

      first = i;
      /* An identifier line may come before the timings. */
      if (strstr (lines[i], "-->") == NULL && lines[i + 1] != NULL && strstr (lines[i + 1], "-->") != NULL)
        i++;

      if (is_block (lines[first], "NOTE") || is_block (lines[first], "STYLE") || is_block (lines[first], "REGION"))
        i = first;
      else if (strstr (lines[i], "-->") != NULL && parse_timings (lines[i], &start, &end))
        {
          GString *words = g_string_new (NULL);
          MisCue *cue;

          for (i++; lines[i] != NULL && lines[i][0] != '\0'; i++)
            {
              if (words->len > 0)
                g_string_append_c (words, '\n');
              append_plain (words, lines[i]);
            }

          cue = g_new0 (MisCue, 1);
          cue->start = start;
          cue->end = end;
          cue->text = g_string_free (words, FALSE);
          g_ptr_array_add (cues, cue);
        }
      else
        g_debug ("Skipping a cue with broken timings: %s", lines[i]);

      /* NOTE, STYLE and REGION blocks, and cues whose timings are broken:
       * skipped to the next blank line. */
      while (lines[i] != NULL && lines[i][0] != '\0')
        i++;
    }

  return g_steal_pointer (&cues);
}

/**
 * mis_webvtt_load:
 *
 * Reads and parses a subtitle file (blocking: call it from a worker).
 *
 * Returns: (transfer full) (element-type MisCue): the cues, or %NULL with
 *   a message naming the file
 */
GPtrArray *
mis_webvtt_load (GFile         *file,
                 GCancellable  *cancellable,
                 GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *data = NULL;
  gsize length = 0;
  GPtrArray *cues;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = g_file_get_basename (file);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info != NULL && g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    g_set_error (&local_error, MIS_KIT_ERROR, MIS_KIT_ERROR_INVALID, _("not a file"));
  else if (info != NULL && g_file_info_get_size (info) > MIS_WEBVTT_MAX_SIZE)
    g_set_error (&local_error, MIS_KIT_ERROR, MIS_KIT_ERROR_INVALID,
                 _("too large for a subtitle file (more than %d MB)"), MIS_WEBVTT_MAX_SIZE / (1024 * 1024));
  else if (info != NULL && g_file_load_contents (file, cancellable, &data, &length, NULL, &local_error))
    {
      if (length > MIS_WEBVTT_MAX_SIZE)
        g_set_error (&local_error, MIS_KIT_ERROR, MIS_KIT_ERROR_INVALID,
                     _("too large for a subtitle file (more than %d MB)"), MIS_WEBVTT_MAX_SIZE / (1024 * 1024));
      else if ((cues = mis_webvtt_parse (data, length, &local_error)) != NULL)
        return cues;
    }

  /* Cancelled is not a problem of the file: said as such. */
  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_propagate_error (error, g_steal_pointer (&local_error));
  else
    g_set_error (error, MIS_KIT_ERROR, MIS_KIT_ERROR_INVALID, "%s: %s", name, local_error->message);
  return NULL;
}
