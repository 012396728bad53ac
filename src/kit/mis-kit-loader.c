/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-kit-loader.c: reads index.json and checks every part of it. A kit comes
 * from outside (a USB stick, a download made elsewhere), so nothing in it is
 * trusted: each value is checked for its type, each path is kept inside the
 * kit folder, and each problem is reported with its JSON path so that the
 * kit's author can find it. One bad resource never spoils the others.
 */
#define G_LOG_DOMAIN "mis-kit-loader"

#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "mis-kit-json.h"
#include "mis-kit-path.h"
#include "mis-kit-private.h"
#include "mis-webvtt.h"

#define MAX_INDEX_SIZE (16 * 1024 * 1024)

/* Resolves a path of the kit. On any problem it is reported, and the
 * resource becomes unavailable when @essential. */
static GFile *
read_file (MisKitReader *loader,
           MisResource  *resource,
           JsonNode     *node,
           const char   *where,
           gboolean      essential)
{
  g_autofree char *resolved = NULL;
  g_autofree char *reason = NULL;
  MisKitPathStatus status;
  const char *relative;

  if (!_mis_json_is_string (node))
    {
      _mis_kit_problem (loader, MIS_PROBLEM_ERROR, where, _("expected %s, found %s"),
                        _("a string"), _mis_json_type_name (node));
      if (essential)
        _mis_resource_set_unavailable (resource, _("The kit’s index names no valid file for it."));
      return NULL;
    }

  relative = json_node_get_string (node);
  status = mis_kit_path_resolve (loader->kit->real_root, relative, &resolved);

  if (status == MIS_KIT_PATH_OK)
    return g_file_new_for_path (resolved);

  reason = mis_kit_path_describe (status, relative);
  _mis_kit_problem (loader, MIS_PROBLEM_ERROR, where, "%s", reason);

  if (essential)
    {
      g_autofree char *sentence = g_strdup_printf (_("Cannot be opened: %s"), reason);
      _mis_resource_set_unavailable (resource, sentence);
    }

  return NULL;
}

static GFile *
read_file_member (MisKitReader *loader,
                  MisResource  *resource,
                  JsonObject   *object,
                  const char   *location,
                  const char   *name,
                  gboolean      required,
                  gboolean      essential)
{
  g_autofree char *where = _mis_json_child_location (location, name);
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (required)
        {
          _mis_kit_problem (loader, MIS_PROBLEM_ERROR, where, _("required but missing"));
          if (essential)
            _mis_resource_set_unavailable (resource, _("The kit’s index names no file for it."));
        }
      return NULL;
    }

  return read_file (loader, resource, node, where, essential);
}

static void
read_film (MisKitReader *loader,
           MisResource  *resource,
           JsonObject   *object,
           const char   *location)
{
  g_autofree char *subtitles_where = _mis_json_child_location (location, "subtitles");
  JsonNode *node;

  resource->file = read_file_member (loader, resource, object, location, "file", TRUE, TRUE);
  resource->poster = read_file_member (loader, resource, object, location, "poster", FALSE, FALSE);

  if ((node = _mis_json_get_member (loader, object, location, "duration", JSON_NODE_VALUE, FALSE, MIS_PROBLEM_ERROR)))
    {
      g_autofree char *where = _mis_json_child_location (location, "duration");

      if (!_mis_json_is_number (node) || json_node_get_double (node) < 0)
        _mis_kit_problem (loader, MIS_PROBLEM_ERROR, where, _("expected a number of seconds"));
      else
        resource->duration = json_node_get_double (node);
    }

  if ((node = _mis_json_get_member (loader, object, location, "subtitles", JSON_NODE_ARRAY, FALSE, MIS_PROBLEM_ERROR)))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);
          g_autofree char *where = _mis_json_index_location (subtitles_where, i);
          const char *language;
          GFile *file;
          MisSubtitle *subtitle;

          if (!JSON_NODE_HOLDS_OBJECT (element))
            {
              _mis_kit_problem (loader, MIS_PROBLEM_ERROR, where, _("expected %s, found %s"),
                                _("an object"), _mis_json_type_name (element));
              continue;
            }

          language = _mis_json_get_string (loader, json_node_get_object (element), where, "language", TRUE, MIS_PROBLEM_ERROR);
          file = read_file_member (loader, resource, json_node_get_object (element), where, "file", TRUE, FALSE);
          if (language == NULL || file == NULL)
            {
              g_clear_object (&file);
              continue;
            }

          /* A check reads each file as the search will: one it cannot
           * read is still played by mpv if it can, but never found. */
          if ((loader->flags & MIS_KIT_LOAD_VERIFY_CHECKSUMS) && g_file_query_exists (file, loader->cancellable))
            {
              g_autoptr(GError) error = NULL;
              g_autoptr(GPtrArray) cues = mis_webvtt_load (file, loader->cancellable, &error);
              g_autofree char *file_where = _mis_json_child_location (where, "file");

              if (cues == NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
                _mis_kit_problem (loader, MIS_PROBLEM_WARNING, file_where, _("these subtitles cannot be searched: %s"),
                                  error->message);
            }

          subtitle = g_new0 (MisSubtitle, 1);
          subtitle->language = g_strdup (language);
          subtitle->file = file;
          g_ptr_array_add (resource->subtitles, subtitle);
        }
    }
}

static void
read_photo_novel (MisKitReader *loader,
                  MisResource  *resource,
                  JsonObject   *object,
                  const char   *location)
{
  g_autofree char *pages_where = _mis_json_child_location (location, "pages");
  g_autofree char *text_where = _mis_json_child_location (location, "text");
  const char *direction;
  JsonNode *node;
  guint missing = 0;

  direction = _mis_json_get_string (loader, object, location, "direction", FALSE, MIS_PROBLEM_ERROR);
  if (direction != NULL && g_str_equal (direction, "rtl"))
    resource->direction = MIS_READING_DIRECTION_RTL;
  else if (direction != NULL && !g_str_equal (direction, "ltr"))
    {
      g_autofree char *where = _mis_json_child_location (location, "direction");
      _mis_kit_problem (loader, MIS_PROBLEM_ERROR, where, _("must be “ltr” or “rtl”, not “%s”"), direction);
    }

  node = _mis_json_get_member (loader, object, location, "pages", JSON_NODE_ARRAY, TRUE, MIS_PROBLEM_ERROR);
  if (node != NULL)
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          g_autofree char *where = _mis_json_index_location (pages_where, i);
          GFile *file = read_file (loader, resource, json_array_get_element (array, i), where, FALSE);

          if (file == NULL)
            missing++;
          g_ptr_array_add (resource->pages, file);
        }
    }

  resource->page_count = resource->pages->len;

  if (resource->pages->len == 0)
    {
      if (node != NULL)
        _mis_kit_problem (loader, MIS_PROBLEM_ERROR, pages_where, _("a photo-novel needs at least one page"));
      _mis_resource_set_unavailable (resource, _("This photo-novel has no pages."));
    }
  else if (missing == resource->pages->len)
    {
      _mis_resource_set_unavailable (resource, _("None of the pages of this photo-novel can be found."));
    }

  node = _mis_json_get_member (loader, object, location, "text", JSON_NODE_ARRAY, FALSE, MIS_PROBLEM_ERROR);
  if (node != NULL)
    {
      JsonArray *array = json_node_get_array (node);

      if (json_array_get_length (array) > resource->pages->len)
        _mis_kit_problem (loader, MIS_PROBLEM_WARNING, text_where, _("more texts than pages"));

      for (guint i = 0; i < json_array_get_length (array) && i < resource->pages->len; i++)
        {
          g_autofree char *member = g_strdup_printf ("%u", i);
          JsonNode *element = json_array_get_element (array, i);
          g_autoptr(JsonObject) wrapper = json_object_new ();

          /* Reuse the language-map reader, which reports by member name. */
          json_object_set_member (wrapper, member, json_node_copy (element));
          g_ptr_array_add (resource->page_texts,
                           JSON_NODE_HOLDS_NULL (element) ? NULL
                             : _mis_json_read_lang_map (loader, wrapper, text_where, member, FALSE, MIS_PROBLEM_ERROR));
        }
    }
}

static gboolean
verify_checksum (MisKitReader  *loader,
                 const char    *path,
                 const char    *expected,
                 GError       **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autofree guchar *buffer = g_malloc (64 * 1024);
  gssize n;

  if (!(stream = g_file_read (file, loader->cancellable, error)))
    return FALSE;

  while ((n = g_input_stream_read (G_INPUT_STREAM (stream), buffer, 64 * 1024,
                                   loader->cancellable, error)) > 0)
    g_checksum_update (checksum, buffer, n);

  if (n < 0)
    return FALSE;

  return g_ascii_strcasecmp (g_checksum_get_string (checksum), expected) == 0;
}

static gboolean
is_sha256_hex (const char *text)
{
  if (strlen (text) != 64)
    return FALSE;
  for (const char *p = text; *p; p++)
    if (!g_ascii_isxdigit (*p))
      return FALSE;
  return TRUE;
}

static void
read_checksums (MisKitReader *loader,
                JsonObject   *object,
                const char   *location)
{
  g_autofree char *where = _mis_json_child_location (location, "sha256");
  g_autoptr(GList) members = NULL;
  JsonNode *node = _mis_json_get_member (loader, object, location, "sha256", JSON_NODE_OBJECT, FALSE, MIS_PROBLEM_ERROR);
  JsonObject *sums;

  if (node == NULL)
    return;

  sums = json_node_get_object (node);
  members = json_object_get_members (sums);

  for (const GList *l = members; l != NULL; l = l->next)
    {
      const char *relative = l->data;
      JsonNode *sum = json_object_get_member (sums, relative);
      g_autofree char *sum_where = g_strdup_printf ("%s[\"%s\"]", where, relative);
      g_autofree char *resolved = NULL;
      g_autoptr(GError) error = NULL;
      MisKitPathStatus status;

      if (!_mis_json_is_string (sum) || !is_sha256_hex (json_node_get_string (sum)))
        {
          _mis_kit_problem (loader, MIS_PROBLEM_ERROR, sum_where, _("expected 64 hexadecimal digits"));
          continue;
        }

      if (!(loader->flags & MIS_KIT_LOAD_VERIFY_CHECKSUMS))
        continue;

      status = mis_kit_path_resolve (loader->kit->real_root, relative, &resolved);
      if (status != MIS_KIT_PATH_OK)
        {
          g_autofree char *reason = mis_kit_path_describe (status, relative);
          _mis_kit_problem (loader, MIS_PROBLEM_ERROR, sum_where, "%s", reason);
        }
      else if (!verify_checksum (loader, resolved, json_node_get_string (sum), &error))
        {
          if (error != NULL)
            _mis_kit_problem (loader, MIS_PROBLEM_ERROR, sum_where, _("cannot read %s: %s"), relative, error->message);
          else
            _mis_kit_problem (loader, MIS_PROBLEM_ERROR, sum_where,
                              _("checksum mismatch: %s has changed or is damaged"), relative);
        }
    }
}

static MisResource *
read_resource (MisKitReader *loader,
               JsonNode     *node,
               const char   *location)
{
  g_autoptr(MisResource) resource = NULL;
  g_autofree char *id_where = _mis_json_child_location (location, "id");
  g_autofree char *kind_where = _mis_json_child_location (location, "kind");
  JsonObject *object;
  const char *id;
  const char *kind;
  const char *language;
  guint n_problems = loader->problems->len;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      _mis_kit_problem (loader, MIS_PROBLEM_ERROR, location, _("expected %s, found %s"),
                        _("an object"), _mis_json_type_name (node));
      return NULL;
    }
  object = json_node_get_object (node);

  id = _mis_json_get_string (loader, object, location, "id", TRUE, MIS_PROBLEM_ERROR);
  kind = _mis_json_get_string (loader, object, location, "kind", TRUE, MIS_PROBLEM_ERROR);

  if (id != NULL && !_mis_json_id_is_valid (id))
    {
      _mis_kit_problem (loader, MIS_PROBLEM_ERROR, id_where,
                        _("“%s” is not a valid id (use letters, digits, “-”, “_” and “.”)"), id);
      id = NULL;
    }
  else if (id != NULL && g_hash_table_contains (loader->kit->by_id, id))
    {
      _mis_kit_problem (loader, MIS_PROBLEM_ERROR, id_where, _("duplicate id “%s”: this resource is left out"), id);
      return NULL;
    }

  resource = _mis_resource_new ();

  if (g_strcmp0 (kind, "film") == 0)
    resource->kind = MIS_RESOURCE_KIND_FILM;
  else if (g_strcmp0 (kind, "photo-novel") == 0)
    resource->kind = MIS_RESOURCE_KIND_PHOTO_NOVEL;
  else if (g_strcmp0 (kind, "manual") == 0)
    resource->kind = MIS_RESOURCE_KIND_MANUAL;
  else if (kind != NULL)
    {
      _mis_kit_problem (loader, MIS_PROBLEM_ERROR, kind_where,
                        _("unknown kind “%s” (expected “film”, “photo-novel” or “manual”): this resource is left out"),
                        kind);
      return NULL;
    }

  resource->title = _mis_json_read_lang_map (loader, object, location, "title", TRUE, MIS_PROBLEM_ERROR);

  /* Without these, there is nothing to show or to find it by. */
  if (id == NULL || kind == NULL || resource->title == NULL)
    return NULL;

  resource->id = g_strdup (id);
  resource->summary = _mis_json_read_lang_map (loader, object, location, "summary", FALSE, MIS_PROBLEM_ERROR);
  g_strfreev (resource->themes);
  resource->themes = _mis_json_read_id_list (loader, object, location, "themes", loader->kit->themes);
  g_strfreev (resource->audiences);
  resource->audiences = _mis_json_read_id_list (loader, object, location, "audiences", loader->kit->audiences);

  language = _mis_json_get_string (loader, object, location, "language", FALSE, MIS_PROBLEM_ERROR);
  resource->language = g_strdup (language ? language : loader->kit->default_language);

  switch (resource->kind)
    {
    case MIS_RESOURCE_KIND_FILM:
      read_film (loader, resource, object, location);
      break;
    case MIS_RESOURCE_KIND_PHOTO_NOVEL:
      read_photo_novel (loader, resource, object, location);
      break;
    case MIS_RESOURCE_KIND_MANUAL:
      resource->file = read_file_member (loader, resource, object, location, "file", TRUE, TRUE);
      break;
    default:
      g_assert_not_reached ();
    }

  read_checksums (loader, object, location);

  if (mis_resource_get_available (resource) && loader->problems->len > n_problems)
    g_debug ("Resource %s loaded with problems", id);

  return g_steal_pointer (&resource);
}

static GPtrArray *
read_tags (MisKitReader *loader,
           JsonObject   *root,
           const char   *name)
{
  GPtrArray *tags = g_ptr_array_new_with_free_func ((GDestroyNotify)_mis_kit_tag_free);
  JsonNode *node = _mis_json_get_member (loader, root, NULL, name, JSON_NODE_ARRAY, FALSE, MIS_PROBLEM_ERROR);
  JsonArray *array;

  if (node == NULL)
    return tags;

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      g_autofree char *where = _mis_json_index_location (name, i);
      MisKitTag *tag;
      const char *id;
      MisLangMap *title;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        {
          _mis_kit_problem (loader, MIS_PROBLEM_ERROR, where, _("expected %s, found %s"),
                            _("an object"), _mis_json_type_name (element));
          continue;
        }

      id = _mis_json_get_string (loader, json_node_get_object (element), where, "id", TRUE, MIS_PROBLEM_ERROR);
      title = _mis_json_read_lang_map (loader, json_node_get_object (element), where, "title", TRUE, MIS_PROBLEM_ERROR);
      if (id == NULL || title == NULL)
        {
          g_clear_pointer (&title, g_hash_table_unref);
          continue;
        }

      tag = g_new0 (MisKitTag, 1);
      tag->id = g_strdup (id);
      tag->title = title;
      g_ptr_array_add (tags, tag);
    }

  return tags;
}

static void
read_contacts (MisKitReader *loader,
               JsonObject   *root)
{
  JsonNode *node = _mis_json_get_member (loader, root, NULL, "help", JSON_NODE_ARRAY, FALSE, MIS_PROBLEM_ERROR);
  JsonArray *array;

  if (node == NULL)
    return;

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      g_autofree char *where = _mis_json_index_location ("help", i);
      JsonObject *object;
      MisKitContact *contact;
      const char *name;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        {
          _mis_kit_problem (loader, MIS_PROBLEM_ERROR, where, _("expected %s, found %s"),
                            _("an object"), _mis_json_type_name (element));
          continue;
        }

      object = json_node_get_object (element);
      if ((name = _mis_json_get_string (loader, object, where, "name", TRUE, MIS_PROBLEM_ERROR)) == NULL)
        continue;

      contact = g_new0 (MisKitContact, 1);
      contact->name = g_strdup (name);
      contact->phone = g_strdup (_mis_json_get_string (loader, object, where, "phone", FALSE, MIS_PROBLEM_ERROR));
      contact->url = g_strdup (_mis_json_get_string (loader, object, where, "url", FALSE, MIS_PROBLEM_ERROR));
      contact->description = _mis_json_read_lang_map (loader, object, where, "description", FALSE, MIS_PROBLEM_ERROR);
      g_ptr_array_add (loader->kit->contacts, contact);
    }
}

/* The kit-wide fields. Any problem here leaves no kit to show: it becomes
 * the load's error, worded like the problem lines. */
static gboolean
read_header (MisKitReader  *loader,
             JsonObject    *root,
             GError       **error)
{
  MisKit *kit = loader->kit;
  g_autoptr(GStrvBuilder) languages = g_strv_builder_new ();
  JsonNode *node;
  const char *id;
  const char *default_language;
  guint n_problems = kit->problems->len;

  node = _mis_json_get_member (loader, root, NULL, "format", JSON_NODE_VALUE, TRUE, MIS_PROBLEM_ERROR);
  if (node != NULL && (!_mis_json_is_number (node) || json_node_get_value_type (node) != G_TYPE_INT64))
    _mis_kit_problem (loader, MIS_PROBLEM_ERROR, "format", _("expected a whole number"));
  else if (node != NULL && json_node_get_int (node) != MIS_KIT_FORMAT_VERSION)
    {
      g_set_error (error, MIS_KIT_ERROR, MIS_KIT_ERROR_UNSUPPORTED_FORMAT,
                   _("index.json: format: this kit is in format %d, this version of the app reads format %d"),
                   (int)CLAMP (json_node_get_int (node), G_MININT, G_MAXINT), MIS_KIT_FORMAT_VERSION);
      return FALSE;
    }

  id = _mis_json_get_string (loader, root, NULL, "id", TRUE, MIS_PROBLEM_ERROR);
  if (id != NULL && !_mis_json_id_is_valid (id))
    _mis_kit_problem (loader, MIS_PROBLEM_ERROR, "id",
                      _("“%s” is not a valid id (use letters, digits, “-”, “_” and “.”)"), id);
  else
    kit->id = g_strdup (id);

  node = _mis_json_get_member (loader, root, NULL, "languages", JSON_NODE_ARRAY, TRUE, MIS_PROBLEM_ERROR);
  if (node != NULL)
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);
          g_autofree char *where = _mis_json_index_location ("languages", i);

          if (!_mis_json_is_string (element) || !mis_language_code_is_valid (json_node_get_string (element)))
            _mis_kit_problem (loader, MIS_PROBLEM_ERROR, where, _("expected a language code such as “fr”"));
          else
            g_strv_builder_add (languages, json_node_get_string (element));
        }
    }
  g_strfreev (kit->languages);
  kit->languages = g_strv_builder_end (languages);
  if (node != NULL && kit->languages[0] == NULL)
    _mis_kit_problem (loader, MIS_PROBLEM_ERROR, "languages", _("the kit needs at least one language"));

  default_language = _mis_json_get_string (loader, root, NULL, "default_language", TRUE, MIS_PROBLEM_ERROR);
  if (default_language != NULL && !g_strv_contains ((const char * const *)kit->languages, default_language))
    _mis_kit_problem (loader, MIS_PROBLEM_ERROR, "default_language",
                      _("“%s” is not one of the kit’s languages"), default_language);
  else
    kit->default_language = g_strdup (default_language);

  if (kit->problems->len == n_problems)
    kit->title = _mis_json_read_lang_map (loader, root, NULL, "title", TRUE, MIS_PROBLEM_ERROR);

  /* The header is read first, so every error so far is the header's. */
  for (guint i = n_problems; i < kit->problems->len; i++)
    {
      MisKitProblem *first = g_ptr_array_index (kit->problems, i);
      g_autofree char *line = NULL;

      if (first->severity != MIS_PROBLEM_ERROR)
        continue;

      line = mis_kit_problem_to_string (first);
      g_set_error_literal (error, MIS_KIT_ERROR, MIS_KIT_ERROR_INVALID, line);
      return FALSE;
    }

  kit->description = _mis_json_read_lang_map (loader, root, NULL, "description", FALSE, MIS_PROBLEM_ERROR);
  return TRUE;
}


/* Why index.json could not be read, whether asking for its size or reading it. */
static void
set_read_error (GError       **error,
                GFile         *directory,
                const GError  *cause)
{
  if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      g_autofree char *dir_name = g_file_get_parse_name (directory);

      g_set_error (error, MIS_KIT_ERROR, MIS_KIT_ERROR_NOT_FOUND,
                   _("The folder “%s” has no index.json: it is not a Make-IT-Safe kit."), dir_name);
    }
  else
    g_set_error (error, MIS_KIT_ERROR, MIS_KIT_ERROR_UNREADABLE,
                 _("index.json cannot be read: %s"), cause->message);
}

static gboolean
check_index_size (goffset   size,
                  GError  **error)
{
  g_autofree char *text = NULL;

  if (size <= MAX_INDEX_SIZE)
    return TRUE;

  text = g_format_size (size);
  g_set_error (error, MIS_KIT_ERROR, MIS_KIT_ERROR_INVALID, _("index.json is too large (%s)"), text);
  return FALSE;
}

/* Before anything is read: index.json is a file, and not too large. */
static gboolean
check_index_file (GFile   *directory,
                  GFile   *index,
                  GError **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GFileInfo) info = g_file_query_info (index,
                                                 G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                                                 G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                                 G_FILE_QUERY_INFO_NONE, NULL, &local_error);

  if (info == NULL)
    {
      set_read_error (error, directory, local_error);
      return FALSE;
    }

  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error_literal (error, MIS_KIT_ERROR, MIS_KIT_ERROR_UNREADABLE,
                           _("index.json cannot be read: it is not a file"));
      return FALSE;
    }

  return check_index_size (g_file_info_get_size (info), error);
}

static JsonNode *
parse_index (GFile   *directory,
             GError **error)
{
  g_autoptr(GFile) index = g_file_get_child (directory, "index.json");
  g_autofree char *dir_name = g_file_get_parse_name (directory);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autofree char *contents = NULL;
  gsize length = 0;
  JsonNode *root;

  if (g_file_query_file_type (directory, G_FILE_QUERY_INFO_NONE, NULL) != G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, MIS_KIT_ERROR, MIS_KIT_ERROR_NOT_FOUND,
                   _("The kit folder “%s” does not exist or is not a folder."), dir_name);
      return NULL;
    }

  /* The size is known before anything is read; it is checked again after
   * reading, in case the file grew in between. */
  if (!check_index_file (directory, index, error))
    return NULL;

  if (!g_file_load_contents (index, NULL, &contents, &length, NULL, &local_error))
    {
      set_read_error (error, directory, local_error);
      return NULL;
    }

  if (!check_index_size ((goffset) length, error))
    return NULL;

  if (!_mis_json_check_nesting ("index.json", contents, length, error))
    return NULL;

  if (!json_parser_load_from_data (parser, contents, length, &local_error))
    {
      g_autofree char *message = _mis_json_describe_syntax_error ("index.json", local_error);
      g_set_error_literal (error, MIS_KIT_ERROR, MIS_KIT_ERROR_SYNTAX, message);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL)
    {
      g_set_error_literal (error, MIS_KIT_ERROR, MIS_KIT_ERROR_SYNTAX, _("index.json is empty"));
      return NULL;
    }
  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, MIS_KIT_ERROR, MIS_KIT_ERROR_INVALID,
                   _("index.json: expected %s at the top, found %s"), _("an object"), _mis_json_type_name (root));
      return NULL;
    }

  return json_node_ref (root);
}

/* "sessions": added after format 1's first kits, so optional. What a step
 * names is checked here only to mark it unavailable: --check-kit reports
 * those problems, once it can count the manuals' pages. */
static void
read_plans (MisKitReader *loader,
            JsonObject   *root)
{
  JsonNode *node = _mis_json_get_member (loader, root, NULL, "sessions", JSON_NODE_ARRAY, FALSE,
                                         MIS_PROBLEM_ERROR);
  JsonArray *array;

  if (node == NULL)
    return;

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *where = _mis_json_index_location ("sessions", i);
      g_autoptr(MisPlan) plan = _mis_plan_read (loader, json_array_get_element (array, i), where, TRUE);

      if (plan == NULL)
        continue;
      if (mis_kit_lookup_plan (loader->kit, mis_plan_get_id (plan)) != NULL)
        {
          g_autofree char *id_where = _mis_json_child_location (where, "id");
          _mis_kit_problem (loader, MIS_PROBLEM_ERROR, id_where,
                            _("duplicate id “%s”: this plan is left out"), mis_plan_get_id (plan));
          continue;
        }

      mis_plan_check (plan, loader->kit, NULL, NULL, NULL, NULL);
      g_list_store_append (loader->kit->plans, plan);
    }
}

MisKit *
_mis_kit_read (GFile            *directory,
               MisKitLoadFlags   flags,
               GCancellable     *cancellable,
               GError          **error)
{
  g_autoptr(MisKit) kit = _mis_kit_new ();
  g_autoptr(JsonNode) root_node = NULL;
  g_autofree char *path = g_file_get_path (directory);
  MisKitReader loader = { kit, flags, cancellable, kit->problems };
  JsonObject *root;
  JsonNode *node;

  if (!(root_node = parse_index (directory, error)))
    return NULL;
  root = json_node_get_object (root_node);

  kit->directory = g_object_ref (directory);
  kit->real_root = path ? realpath (path, NULL) : NULL;
  if (kit->real_root == NULL)
    {
      g_set_error (error, MIS_KIT_ERROR, MIS_KIT_ERROR_UNREADABLE,
                   _("The kit folder “%s” cannot be used: %s"), path, g_strerror (errno));
      return NULL;
    }

  if (!read_header (&loader, root, error))
    return NULL;

  g_ptr_array_unref (kit->themes);
  kit->themes = read_tags (&loader, root, "themes");
  g_ptr_array_unref (kit->audiences);
  kit->audiences = read_tags (&loader, root, "audiences");
  read_contacts (&loader, root);

  node = _mis_json_get_member (&loader, root, NULL, "resources", JSON_NODE_ARRAY, TRUE, MIS_PROBLEM_ERROR);
  if (node != NULL)
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          g_autofree char *where = _mis_json_index_location ("resources", i);
          g_autoptr(MisResource) resource = NULL;

          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            return NULL;

          resource = read_resource (&loader, json_array_get_element (array, i), where);
          if (resource == NULL)
            continue;

          resource->position = g_list_model_get_n_items (G_LIST_MODEL (kit->resources));
          resource->index_position = i;
          g_list_store_append (kit->resources, resource);
          g_hash_table_insert (kit->by_id, resource->id, resource);
        }
    }

  read_plans (&loader, root);
  mis_kit_set_language (kit, kit->default_language);

  return g_steal_pointer (&kit);
}
