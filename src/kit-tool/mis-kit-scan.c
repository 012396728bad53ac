/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-kit-scan.c: turns a folder of media into a kit, and keeps the kit's
 * index.json in step with its folder.
 *
 * Every video becomes a film (its duration and audio tracks read by mpv, a
 * poster taken a few seconds in unless a picture of the same name is there,
 * NAME.LANG.vtt beside it as its subtitles), every folder of pictures a
 * photo-novel (pages in natural order: 2.jpg before 10.jpg), every PDF a
 * manual (titled from its own information when it has a title). Each file
 * gets its SHA-256. A file that cannot be read, a video mpv refuses, a PDF
 * poppler refuses, a picture that is not one, a name that is not UTF-8: said,
 * with the file, and the rest goes on.
 *
 * An update keeps everything a publisher wrote (titles, summaries, themes,
 * order, fields it does not know, plans), refreshes what the files say, adds
 * what is new, and says what has gone. index.json is written indented, its
 * keys in a stable order, atomically.
 */
#define G_LOG_DOMAIN "mis-kit-scan"

#include "config.h"

#include <glib/gi18n.h>

#include "mis-kit.h"
#include "mis-kit-copy.h"
#include "mis-language.h"
#include "mis-media-probe.h"
#include "mis-kit-scan.h"

typedef enum
{
  ITEM_FILM,
  ITEM_NOVEL,
  ITEM_MANUAL,
} ItemKind;

/* What the folder holds for one resource. */
typedef struct
{
  ItemKind   kind;
  char      *key;        /* the film's or manual's file; the photo-novel's folder */
  char      *poster;     /* films: a picture beside it, or NULL */
  GPtrArray *pages;      /* photo-novels: relative paths, in order */
  GPtrArray *subtitles;  /* films: { language, path } as char *[2] */
} Item;

typedef struct
{
  GFile      *dir;
  const char *language;
  GPtrArray  *messages;
  GPtrArray  *items;     /* Item */
  GPtrArray  *files;     /* every relative path found */
} Scan;

static void
item_free (Item *item)
{
  g_free (item->key);
  g_free (item->poster);
  g_clear_pointer (&item->pages, g_ptr_array_unref);
  g_clear_pointer (&item->subtitles, g_ptr_array_unref);
  g_free (item);
}

static void say (Scan *scan, const char *format, ...) G_GNUC_PRINTF (2, 3);

static void
say (Scan       *scan,
     const char *format,
     ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (scan->messages, g_strdup_vprintf (format, args));
  va_end (args);
}

static gboolean
has_extension (const char         *name,
               const char * const *extensions)
{
  const char *dot = strrchr (name, '.');

  for (guint i = 0; dot != NULL && extensions[i] != NULL; i++)
    if (g_ascii_strcasecmp (dot + 1, extensions[i]) == 0)
      return TRUE;
  return FALSE;
}

static const char * const video_extensions[] = { "webm", "mp4", "m4v", "mkv", "ogv", "mov", NULL };
static const char * const image_extensions[] = { "jpg", "jpeg", "png", "webp", NULL };
static const char * const pdf_extensions[] = { "pdf", NULL };

/**
 * mis_kit_compare_names:
 *
 * The order people expect of numbered files: "2.jpg" before "10.jpg".
 */
int
mis_kit_compare_names (const char *a,
                       const char *b)
{
  g_autofree char *key_a = g_utf8_collate_key_for_filename (a, -1);
  g_autofree char *key_b = g_utf8_collate_key_for_filename (b, -1);

  return strcmp (key_a, key_b);
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return mis_kit_compare_names (*(const char * const *) a, *(const char * const *) b);
}

/**
 * mis_kit_title_from_name:
 *
 * Returns: a title made from a file name: "le_mot-de-passe.webm" is
 *   "Le mot de passe"
 */
char *
mis_kit_title_from_name (const char *name)
{
  g_autofree char *base = g_strdup (name);
  char *dot = strrchr (base, '.');
  GString *title = g_string_new (NULL);
  gboolean space = FALSE;

  if (dot != NULL && dot != base)
    *dot = '\0';

  for (const char *p = base; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '_' || c == '-' || c == '.' || g_unichar_isspace (c))
        {
          space = title->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (title, ' ');
      space = FALSE;
      if (title->len == 0)
        c = g_unichar_totitle (c);
      g_string_append_unichar (title, c);
    }

  if (title->len == 0)
    g_string_append (title, name);
  return g_string_free (title, FALSE);
}

/* "Le mot de passe.webm" gives "le-mot-de-passe": letters and digits of
 * ASCII, accents dropped. */
static char *
slug (const char *name)
{
  g_autofree char *base = g_strdup (name);
  g_autofree char *ascii = NULL;
  char *dot = strrchr (base, '.');
  GString *id = g_string_new (NULL);

  if (dot != NULL && dot != base)
    *dot = '\0';
  ascii = g_str_to_ascii (base, "C");
  for (const char *p = ascii; *p; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (id, g_ascii_tolower (*p));
    else if (id->len > 0 && id->str[id->len - 1] != '-')
      g_string_append_c (id, '-');
  while (id->len > 0 && id->str[id->len - 1] == '-')
    g_string_truncate (id, id->len - 1);
  if (id->len == 0)
    g_string_append (id, "resource");
  return g_string_free (id, FALSE);
}

/* Lists the folder. Names that are not UTF-8 cannot be written in JSON. */
static void
list_folder (Scan       *scan,
             GFile      *dir,
             const char *relative)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFileEnumerator) children =
    g_file_enumerate_children (dir, G_FILE_ATTRIBUTE_STANDARD_NAME "," G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                               G_FILE_ATTRIBUTE_ACCESS_CAN_READ, G_FILE_QUERY_INFO_NONE, NULL, &error);
  GFileInfo *info;

  if (children == NULL)
    {
      say (scan, _("%s: cannot be read: %s"), relative[0] ? relative : ".", error->message);
      return;
    }

  while ((info = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
    {
      const char *name = g_file_info_get_name (info);
      g_autofree char *path = relative[0] ? g_strconcat (relative, "/", name, NULL) : g_strdup (name);
      g_autoptr(GFile) child = g_file_get_child (dir, name);

      if (!g_utf8_validate (name, -1, NULL))
        {
          g_autofree char *shown = g_utf8_make_valid (path, -1);
          say (scan, _("%s: a file name that is not UTF-8: skipped (rename it)"), shown);
        }
      else if (name[0] == '.' || (relative[0] == '\0' && g_str_equal (name, "index.json")))
        ;
      else if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
        list_folder (scan, child, path);
      else if (g_file_info_get_file_type (info) == G_FILE_TYPE_REGULAR &&
               g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_ACCESS_CAN_READ) &&
               !g_file_info_get_attribute_boolean (info, G_FILE_ATTRIBUTE_ACCESS_CAN_READ))
        say (scan, _("%s: cannot be read (permission denied): skipped"), path);
      else if (g_file_info_get_file_type (info) == G_FILE_TYPE_REGULAR)
        g_ptr_array_add (scan->files, g_steal_pointer (&path));
      g_object_unref (info);
    }
}

static char *
strip_extension (const char *path)
{
  const char *dot = strrchr (path, '.');
  const char *slash = strrchr (path, '/');

  return dot != NULL && (slash == NULL || dot > slash) ? g_strndup (path, dot - path) : g_strdup (path);
}

static char *
parent_of (const char *path)
{
  const char *slash = strrchr (path, '/');
  return slash != NULL ? g_strndup (path, slash - path) : g_strdup ("");
}

/* Sorts the files found into films (with their posters and subtitles),
 * photo-novels and manuals. */
static void
sort_items (Scan *scan)
{
  g_autoptr(GHashTable) films = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);  /* stem → Item */
  g_autoptr(GHashTable) novels = g_hash_table_new (g_str_hash, g_str_equal);  /* folder → Item */

  g_ptr_array_sort (scan->files, compare_paths);

  for (guint i = 0; i < scan->files->len; i++)
    {
      const char *path = g_ptr_array_index (scan->files, i);
      Item *item;

      if (has_extension (path, video_extensions))
        {
          item = g_new0 (Item, 1);
          item->kind = ITEM_FILM;
          item->key = g_strdup (path);
          item->subtitles = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
          g_hash_table_insert (films, strip_extension (path), item);
          g_ptr_array_add (scan->items, item);
        }
      else if (has_extension (path, pdf_extensions))
        {
          item = g_new0 (Item, 1);
          item->kind = ITEM_MANUAL;
          item->key = g_strdup (path);
          g_ptr_array_add (scan->items, item);
        }
    }

  for (guint i = 0; i < scan->files->len; i++)
    {
      const char *path = g_ptr_array_index (scan->files, i);
      g_autofree char *stem = strip_extension (path);
      Item *film;

      if (has_extension (path, image_extensions))
        {
          g_autofree char *folder = parent_of (path);
          g_autofree char *film_stem = g_str_has_suffix (stem, "-poster")
                                       ? g_strndup (stem, strlen (stem) - strlen ("-poster")) : g_strdup (stem);
          Item *novel;

          if ((film = g_hash_table_lookup (films, film_stem)) != NULL)
            {
              if (film->poster == NULL)
                film->poster = g_strdup (path);
              continue;
            }
          if (folder[0] == '\0')
            {
              say (scan, _("%s: a picture at the top of the kit folder is not a page: put each photo-novel’s "
                           "pages in a folder of its own"), path);
              continue;
            }
          if ((novel = g_hash_table_lookup (novels, folder)) == NULL)
            {
              novel = g_new0 (Item, 1);
              novel->kind = ITEM_NOVEL;
              novel->key = g_strdup (folder);
              novel->pages = g_ptr_array_new_with_free_func (g_free);
              g_hash_table_insert (novels, novel->key, novel);
              g_ptr_array_add (scan->items, novel);
            }
          g_ptr_array_add (novel->pages, g_strdup (path));
        }
      else if (g_str_has_suffix (path, ".vtt"))
        {
          /* NAME.LANG.vtt */
          g_autofree char *film_stem = strip_extension (stem);
          const char *language = stem + strlen (film_stem) + 1;

          if (strlen (film_stem) < strlen (stem) && (film = g_hash_table_lookup (films, film_stem)) != NULL &&
              mis_language_code_is_valid (language))
            {
              char **pair = g_new0 (char *, 3);
              pair[0] = g_strdup (language);
              pair[1] = g_strdup (path);
              g_ptr_array_add (film->subtitles, pair);
            }
          else
            say (scan, _("%s: subtitles belong beside their film as NAME.LANGUAGE.vtt: skipped"), path);
        }
      else if (!has_extension (path, video_extensions) && !has_extension (path, pdf_extensions))
        say (scan, _("%s: not a film, a picture or a PDF: left out"), path);
    }
}

/* JSON helpers ----------------------------------------------------------- */

static JsonObject *
lang_map (const char *language,
          const char *text)
{
  JsonObject *map = json_object_new ();
  json_object_set_string_member (map, language, text);
  return map;
}

static gboolean
add_checksum (Scan       *scan,
              JsonObject *sha256,
              const char *path)
{
  g_autoptr(GFile) file = g_file_resolve_relative_path (scan->dir, path);
  g_autoptr(GError) error = NULL;
  g_autofree char *sum = mis_kit_file_sha256 (file, NULL, &error);

  if (sum == NULL)
    {
      say (scan, _("%s: cannot be read: %s"), path, error->message);
      return FALSE;
    }
  json_object_set_string_member (sha256, path, sum);
  return TRUE;
}

/**
 * mis_kit_json_string:
 *
 * Returns: (nullable): a member's text, or %NULL when it is missing or of
 *   another type: index.json is the publisher's, and may hold anything
 */
const char *
mis_kit_json_string (JsonObject *object,
                     const char *name)
{
  JsonNode *node = json_object_get_member (object, name);
  return node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING
         ? json_node_get_string (node) : NULL;
}

/* Films: probed; the poster taken when there is no picture beside. */
static gboolean
fill_film (Scan       *scan,
           Item       *item,
           JsonObject *resource,
           GPtrArray  *sha_paths)
{
  g_autoptr(GFile) file = g_file_resolve_relative_path (scan->dir, item->key);
  g_auto(MisVideoInfo) info = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) audio = json_array_new ();
  g_autoptr(JsonArray) subtitles = json_array_new ();
  g_autofree char *poster = g_strdup (mis_kit_json_string (resource, "poster"));
  g_autoptr(GFile) poster_file = NULL;

  if (poster == NULL)
    poster = g_strdup (item->poster);
  if (poster != NULL)
    {
      g_autoptr(GFile) existing = g_file_resolve_relative_path (scan->dir, poster);
      if (!g_file_query_exists (existing, NULL))
        g_clear_pointer (&poster, g_free);
    }
  if (poster == NULL)
    {
      g_autofree char *stem = strip_extension (item->key);
      poster = g_strconcat (stem, "-poster.jpg", NULL);
      poster_file = g_file_resolve_relative_path (scan->dir, poster);
    }

  if (!mis_probe_video (file, poster_file, &info, &error))
    {
      say (scan, "%s", error->message);
      if (poster_file == NULL || !g_file_query_exists (poster_file, NULL))
        g_clear_pointer (&poster, g_free);
      if (info.has_video == FALSE && info.duration == 0)
        return FALSE;
    }

  json_object_set_double_member (resource, "duration", ((gint64) (info.duration * 10 + 0.5)) / 10.0);
  if (poster != NULL)
    {
      json_object_set_string_member (resource, "poster", poster);
      g_ptr_array_add (sha_paths, g_strdup (poster));
    }

  for (guint i = 0; i < info.audio_languages->len; i++)
    {
      const char *language = g_ptr_array_index (info.audio_languages, i);
      JsonObject *track = json_object_new ();

      if (language != NULL)
        json_object_set_string_member (track, "language", language);
      json_array_add_object_element (audio, track);
    }
  if (info.audio_languages->len > 0)
    json_object_set_array_member (resource, "audio", g_steal_pointer (&audio));

  for (guint i = 0; i < item->subtitles->len; i++)
    {
      char **pair = g_ptr_array_index (item->subtitles, i);
      JsonObject *subtitle = json_object_new ();

      json_object_set_string_member (subtitle, "language", pair[0]);
      json_object_set_string_member (subtitle, "file", pair[1]);
      json_array_add_object_element (subtitles, subtitle);
      g_ptr_array_add (sha_paths, g_strdup (pair[1]));
    }
  if (item->subtitles->len > 0)
    json_object_set_array_member (resource, "subtitles", g_steal_pointer (&subtitles));
  else
    json_object_remove_member (resource, "subtitles");
  return TRUE;
}

static gboolean
fill_novel (Scan       *scan,
            Item       *item,
            JsonObject *resource,
            GPtrArray  *sha_paths)
{
  g_autoptr(JsonArray) pages = json_array_new ();

  for (guint i = 0; i < item->pages->len; i++)
    {
      const char *path = g_ptr_array_index (item->pages, i);
      g_autoptr(GFile) file = g_file_resolve_relative_path (scan->dir, path);
      g_autoptr(GError) error = NULL;

      if (!mis_probe_image (file, &error))
        {
          say (scan, "%s", error->message);
          continue;
        }
      json_array_add_string_element (pages, path);
      g_ptr_array_add (sha_paths, g_strdup (path));
    }

  if (json_array_get_length (pages) == 0)
    return FALSE;
  json_object_set_array_member (resource, "pages", g_steal_pointer (&pages));
  return TRUE;
}

static gboolean
fill_manual (Scan       *scan,
             Item       *item,
             JsonObject *resource,
             char      **pdf_title)
{
  g_autoptr(GFile) file = g_file_resolve_relative_path (scan->dir, item->key);
  g_autoptr(GError) error = NULL;
  guint n_pages = 0;

  if (!mis_probe_pdf (file, pdf_title, &n_pages, &error))
    {
      say (scan, "%s", error->message);
      return FALSE;
    }
  return n_pages > 0;
}

/* Fills @resource from what the folder holds for @item: the fields the files
 * decide; the others are left as they are. */
static gboolean
fill_resource (Scan       *scan,
               Item       *item,
               JsonObject *resource,
               char      **pdf_title)
{
  g_autoptr(GPtrArray) sha_paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(JsonObject) sha256 = json_object_new ();
  gboolean ok;

  if (item->kind != ITEM_NOVEL)
    {
      json_object_set_string_member (resource, "file", item->key);
      g_ptr_array_add (sha_paths, g_strdup (item->key));
    }

  switch (item->kind)
    {
    case ITEM_FILM:
      ok = fill_film (scan, item, resource, sha_paths);
      break;
    case ITEM_NOVEL:
      ok = fill_novel (scan, item, resource, sha_paths);
      break;
    case ITEM_MANUAL:
    default:
      ok = fill_manual (scan, item, resource, pdf_title);
      break;
    }
  if (!ok)
    return FALSE;

  for (guint i = 0; i < sha_paths->len; i++)
    add_checksum (scan, sha256, g_ptr_array_index (sha_paths, i));
  json_object_set_object_member (resource, "sha256", g_steal_pointer (&sha256));
  return TRUE;
}

static const char *
kind_name (ItemKind kind)
{
  static const char * const names[] = { "film", "photo-novel", "manual" };
  return names[kind];
}

static char *
unique_id (JsonArray  *resources,
           const char *wanted)
{
  for (guint n = 1;; n++)
    {
      g_autofree char *id = n == 1 ? g_strdup (wanted) : g_strdup_printf ("%s-%u", wanted, n);
      gboolean taken = FALSE;

      for (guint i = 0; i < json_array_get_length (resources) && !taken; i++)
        {
          JsonNode *node = json_array_get_element (resources, i);
          taken = JSON_NODE_HOLDS_OBJECT (node) &&
                  g_strcmp0 (mis_kit_json_string (json_node_get_object (node), "id"), id) == 0;
        }
      if (!taken)
        return g_steal_pointer (&id);
    }
}

static char *
describe_added (Item       *item,
                JsonObject *resource)
{
  const char *id = mis_kit_json_string (resource, "id");

  switch (item->kind)
    {
    case ITEM_FILM:
      {
        g_autofree char *duration = mis_format_duration (json_object_get_double_member_with_default (resource,
                                                                                                      "duration", 0));
        guint n_subtitles = json_object_has_member (resource, "subtitles")
                            ? json_array_get_length (json_object_get_array_member (resource, "subtitles")) : 0;
        /* Translators: what make-it-safe-kit found: the id, the file, the duration, the subtitle files */
        return g_strdup_printf (ngettext ("film %s: %s, %s, %u subtitle file", "film %s: %s, %s, %u subtitle files",
                                          n_subtitles),
                                id, item->key, duration, n_subtitles);
      }
    case ITEM_NOVEL:
      {
        guint n = json_array_get_length (json_object_get_array_member (resource, "pages"));
        return g_strdup_printf (ngettext ("photo-novel %s: %s, %u page", "photo-novel %s: %s, %u pages", n),
                                id, item->key, n);
      }
    case ITEM_MANUAL:
    default:
      return g_strdup_printf (_("manual %s: %s"), id, item->key);
    }
}

/* A new resource for @item, appended to @resources. */
static void
add_item (Scan      *scan,
          Item      *item,
          JsonArray *resources)
{
  g_autoptr(JsonObject) resource = json_object_new ();
  g_autofree char *name = g_path_get_basename (item->key);
  g_autofree char *base = slug (name);
  const char *prefix = item->kind == ITEM_NOVEL ? "novel" : kind_name (item->kind);
  /* "film-" once: "film-passwords.webm" is film-passwords. */
  g_autofree char *wanted = g_str_has_prefix (base, prefix) && base[strlen (prefix)] == '-'
                            ? g_strdup (base) : g_strdup_printf ("%s-%s", prefix, base);
  g_autofree char *id = unique_id (resources, wanted);
  g_autofree char *title = mis_kit_title_from_name (name);
  g_autofree char *pdf_title = NULL;
  g_autofree char *added = NULL;

  json_object_set_string_member (resource, "id", id);
  json_object_set_string_member (resource, "kind", kind_name (item->kind));
  json_object_set_object_member (resource, "title", lang_map (scan->language, title));
  json_object_set_string_member (resource, "language", scan->language);
  if (!fill_resource (scan, item, resource, &pdf_title))
    {
      say (scan, _("%s: left out"), item->key);
      return;
    }
  if (pdf_title != NULL)
    json_object_set_object_member (resource, "title", lang_map (scan->language, pdf_title));

  added = describe_added (item, resource);
  say (scan, _("added %s"), added);
  json_array_add_object_element (resources, g_steal_pointer (&resource));
}

static Scan *
scan_new (GFile      *dir,
          const char *language,
          GPtrArray  *messages)
{
  Scan *scan = g_new0 (Scan, 1);

  scan->dir = g_object_ref (dir);
  scan->language = language;
  scan->messages = messages;
  scan->items = g_ptr_array_new_with_free_func ((GDestroyNotify) item_free);
  scan->files = g_ptr_array_new_with_free_func (g_free);
  list_folder (scan, dir, "");
  sort_items (scan);
  return scan;
}

static void
scan_free (Scan *scan)
{
  g_object_unref (scan->dir);
  g_ptr_array_unref (scan->items);
  g_ptr_array_unref (scan->files);
  g_free (scan);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Scan, scan_free)

/**
 * mis_kit_write_index:
 *
 * Writes index.json indented by two spaces, atomically.
 */
gboolean
mis_kit_write_index (GFile     *dir,
                     JsonNode  *root,
                     GError   **error)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GFile) index = g_file_get_child (dir, "index.json");
  g_autofree char *path = g_file_get_path (index);
  g_autofree char *text = NULL;
  g_autofree char *with_newline = NULL;
  gsize length = 0;

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_data (generator, &length);
  with_newline = g_strconcat (text, "\n", NULL);

  return g_file_set_contents_full (path, with_newline, length + 1, G_FILE_SET_CONTENTS_CONSISTENT, 0644, error);
}

static void
say_to_fill_in (Scan *scan)
{
  say (scan, _("To fill in by hand in index.json: a summary, themes and audiences for each resource, "
               "the titles in the kit’s other languages, and the help contacts (see docs/kit-format.md)."));
}

/**
 * mis_kit_scan_init:
 * @language: the kit's language ("fr")
 * @title: (nullable): the kit's title; else made from the folder's name
 * @messages: receives one line per thing found, problem and reminder
 *
 * Writes an index.json for the media in @dir.
 */
gboolean
mis_kit_scan_init (GFile            *dir,
                   const char       *language,
                   const char       *title,
                   MisKitScanFlags   flags,
                   GPtrArray        *messages,
                   GError          **error)
{
  g_autoptr(GFile) index = g_file_get_child (dir, "index.json");
  g_autoptr(Scan) scan = NULL;
  g_autoptr(JsonObject) root = json_object_new ();
  g_autoptr(JsonArray) languages = json_array_new ();
  g_autoptr(JsonNode) root_node = json_node_new (JSON_NODE_OBJECT);
  g_autofree char *name = g_file_get_basename (dir);
  g_autofree char *kit_title = title != NULL ? g_strdup (title) : mis_kit_title_from_name (name);
  g_autofree char *id = slug (name);
  JsonArray *resources;

  g_return_val_if_fail (G_IS_FILE (dir), FALSE);
  g_return_val_if_fail (mis_language_code_is_valid (language), FALSE);

  if (g_file_query_file_type (dir, G_FILE_QUERY_INFO_NONE, NULL) != G_FILE_TYPE_DIRECTORY)
    {
      g_autofree char *shown = g_file_get_parse_name (dir);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY, _("%s is not a folder."), shown);
      return FALSE;
    }
  if (g_file_query_exists (index, NULL) && !(flags & MIS_KIT_SCAN_FORCE))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                           _("This folder already has an index.json: use “make-it-safe-kit update” to bring it up "
                             "to date, or --force to replace it."));
      return FALSE;
    }

  scan = scan_new (dir, language, messages);
  json_object_set_int_member (root, "format", 1);
  json_object_set_string_member (root, "id", id);
  json_object_set_object_member (root, "title", lang_map (language, kit_title));
  json_object_set_string_member (root, "default_language", language);
  json_array_add_string_element (languages, language);
  json_object_set_array_member (root, "languages", g_steal_pointer (&languages));
  json_object_set_array_member (root, "resources", json_array_new ());
  resources = json_object_get_array_member (root, "resources");

  for (guint i = 0; i < scan->items->len; i++)
    add_item (scan, g_ptr_array_index (scan->items, i), resources);

  if (json_array_get_length (resources) == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                           _("No film, photo-novel or manual was found in this folder: nothing was written."));
      return FALSE;
    }

  say_to_fill_in (scan);
  json_node_set_object (root_node, root);
  return mis_kit_write_index (dir, root_node, error);
}

/* Update ------------------------------------------------------------------ */

/* The file (or, for a photo-novel, the folder) a resource of index.json
 * stands for. */
static char *
resource_key (JsonObject *resource)
{
  const char *kind = mis_kit_json_string (resource, "kind");
  JsonNode *pages = json_object_get_member (resource, "pages");

  if (g_strcmp0 (kind, "photo-novel") == 0)
    {
      JsonNode *first;

      if (pages == NULL || !JSON_NODE_HOLDS_ARRAY (pages) || json_array_get_length (json_node_get_array (pages)) == 0)
        return NULL;
      first = json_array_get_element (json_node_get_array (pages), 0);
      return JSON_NODE_HOLDS_VALUE (first) && json_node_get_value_type (first) == G_TYPE_STRING
             ? parent_of (json_node_get_string (first)) : NULL;
    }
  return g_strdup (mis_kit_json_string (resource, "file"));
}

/* A photo-novel's words per page follow its pages: pages added at the end
 * get none, and the words of pages that went are dropped. */
static void
realign_texts (JsonObject *resource,
               JsonArray  *old_pages)
{
  JsonNode *texts = json_object_get_member (resource, "text");
  JsonArray *new_pages = json_object_get_array_member (resource, "pages");
  g_autoptr(JsonArray) aligned = json_array_new ();

  if (texts == NULL || !JSON_NODE_HOLDS_ARRAY (texts) || old_pages == NULL)
    return;

  for (guint i = 0; i < json_array_get_length (new_pages); i++)
    {
      const char *page = json_array_get_string_element (new_pages, i);
      JsonNode *text = NULL;

      for (guint j = 0; j < json_array_get_length (old_pages) && text == NULL; j++)
        {
          JsonNode *old = json_array_get_element (old_pages, j);

          if (JSON_NODE_HOLDS_VALUE (old) && json_node_get_value_type (old) == G_TYPE_STRING &&
              g_strcmp0 (json_node_get_string (old), page) == 0 &&
              j < json_array_get_length (json_node_get_array (texts)))
            text = json_array_get_element (json_node_get_array (texts), j);
        }

      json_array_add_element (aligned, text != NULL ? json_node_copy (text) : json_node_new (JSON_NODE_NULL));
    }
  json_object_set_array_member (resource, "text", g_steal_pointer (&aligned));
}

/**
 * mis_kit_scan_update:
 *
 * Brings @dir's index.json in step with its files, keeping all that was
 * written by hand.
 */
gboolean
mis_kit_scan_update (GFile      *dir,
                     GPtrArray  *messages,
                     GError    **error)
{
  g_autoptr(GFile) index = g_file_get_child (dir, "index.json");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(Scan) scan = NULL;
  g_autoptr(GHashTable) by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *index_path = g_file_get_path (index);
  JsonNode *root_node;
  JsonObject *root;
  JsonArray *resources;
  const char *language;
  guint n_changed = 0;

  if (!json_parser_load_from_file (parser, index_path, error))
    return FALSE;
  root_node = json_parser_get_root (parser);
  if (root_node == NULL || !JSON_NODE_HOLDS_OBJECT (root_node) ||
      !json_object_has_member (json_node_get_object (root_node), "resources") ||
      !JSON_NODE_HOLDS_ARRAY (json_object_get_member (json_node_get_object (root_node), "resources")))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("index.json is not a kit’s index (it has no “resources” list)."));
      return FALSE;
    }
  root = json_node_get_object (root_node);
  resources = json_object_get_array_member (root, "resources");
  language = mis_kit_json_string (root, "default_language");
  if (language == NULL || !mis_language_code_is_valid (language))
    language = "en";

  scan = scan_new (dir, language, messages);

  for (guint i = 0; i < json_array_get_length (resources); i++)
    {
      JsonNode *node = json_array_get_element (resources, i);
      char *key = JSON_NODE_HOLDS_OBJECT (node) ? resource_key (json_node_get_object (node)) : NULL;

      if (key != NULL)
        g_hash_table_insert (by_key, key, json_node_get_object (node));
    }

  for (guint i = 0; i < scan->items->len; i++)
    {
      Item *item = g_ptr_array_index (scan->items, i);
      JsonObject *resource = g_hash_table_lookup (by_key, item->key);
      g_autoptr(JsonArray) old_pages = NULL;
      g_autofree char *pdf_title = NULL;

      if (resource == NULL)
        {
          add_item (scan, item, resources);
          continue;
        }

      g_hash_table_remove (by_key, item->key);
      if (json_object_has_member (resource, "pages") && JSON_NODE_HOLDS_ARRAY (json_object_get_member (resource, "pages")))
        old_pages = json_array_ref (json_object_get_array_member (resource, "pages"));
      if (fill_resource (scan, item, resource, &pdf_title))
        {
          if (item->kind == ITEM_NOVEL)
            realign_texts (resource, old_pages);
          n_changed++;
        }
    }

  /* What index.json lists but the folder no longer has: kept, and said. */
  {
    GHashTableIter iter;
    const char *key;
    JsonObject *resource;

    g_hash_table_iter_init (&iter, by_key);
    while (g_hash_table_iter_next (&iter, (gpointer *) &key, (gpointer *) &resource))
      say (scan, _("missing: %s (resource %s) is no longer in the folder; it stays in index.json, shown as "
                   "unavailable, until the file is back or the resource is removed"),
           key, mis_kit_json_string (resource, "id"));
  }

  say (scan, ngettext ("%u resource brought up to date", "%u resources brought up to date", n_changed), n_changed);
  return mis_kit_write_index (dir, root_node, error);
}
