/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-kit-json.c: the checked reading of JSON values, shared by the kit's
 * index.json and the session plans imported from a file: each value is
 * checked for its type, and each problem is reported with its JSON path.
 */
#define G_LOG_DOMAIN "mis-kit-json"

#include "config.h"

#include <glib/gi18n.h>

#include "mis-kit-json.h"

/* json-glib parses recursively: a file nested deeper than this could
 * exhaust the stack. A real index.json needs five or six levels. */
#define MIS_JSON_MAX_DEPTH 64

void
_mis_kit_problem (MisKitReader       *loader,
                  MisProblemSeverity  severity,
                  const char         *location,
                  const char         *format,
                  ...)
{
  MisKitProblem *p = g_new0 (MisKitProblem, 1);
  va_list args;

  va_start (args, format);
  p->severity = severity;
  p->location = g_strdup (location);
  p->message = g_strdup_vprintf (format, args);
  va_end (args);

  g_ptr_array_add (loader->problems, p);
}

const char *
_mis_json_type_name (JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT: return _("an object");
    case JSON_NODE_ARRAY: return _("a list");
    case JSON_NODE_NULL: return _("null");
    case JSON_NODE_VALUE:
    default:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_STRING: return _("a string");
        case G_TYPE_BOOLEAN: return _("true or false");
        default: return _("a number");
        }
    }
}

gboolean
_mis_json_is_string (JsonNode *node)
{
  return node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

gboolean
_mis_json_is_number (JsonNode *node)
{
  GType type;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  type = json_node_get_value_type (node);
  return type == G_TYPE_INT64 || type == G_TYPE_DOUBLE;
}

char *
_mis_json_child_location (const char *location,
                          const char *member)
{
  if (location == NULL || *location == '\0')
    return g_strdup (member);
  return g_strdup_printf ("%s.%s", location, member);
}

char *
_mis_json_index_location (const char *location,
                          guint       index)
{
  return g_strdup_printf ("%s[%u]", location, index);
}

/* Looks up a member and checks its JSON type. Reports a missing required
 * member, and a member of the wrong type, with @severity. */
JsonNode *
_mis_json_get_member (MisKitReader       *loader,
                      JsonObject         *object,
                      const char         *location,
                      const char         *name,
                      JsonNodeType        type,
                      gboolean            required,
                      MisProblemSeverity  severity)
{
  g_autofree char *where = _mis_json_child_location (location, name);
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (required)
        _mis_kit_problem (loader, severity, where, _("required but missing"));
      return NULL;
    }

  if (json_node_get_node_type (node) != type ||
      (type == JSON_NODE_VALUE && !_mis_json_is_string (node) && !_mis_json_is_number (node) &&
       json_node_get_value_type (node) != G_TYPE_BOOLEAN))
    {
      const char *expected = type == JSON_NODE_OBJECT ? _("an object")
                           : type == JSON_NODE_ARRAY ? _("a list") : _("a value");

      _mis_kit_problem (loader, severity, where, _("expected %s, found %s"), expected, _mis_json_type_name (node));
      return NULL;
    }

  return node;
}

const char *
_mis_json_get_string (MisKitReader       *loader,
                      JsonObject         *object,
                      const char         *location,
                      const char         *name,
                      gboolean            required,
                      MisProblemSeverity  severity)
{
  JsonNode *node = _mis_json_get_member (loader, object, location, name, JSON_NODE_VALUE, required, severity);
  g_autofree char *where = NULL;

  if (node == NULL)
    return NULL;

  if (!_mis_json_is_string (node))
    {
      where = _mis_json_child_location (location, name);
      _mis_kit_problem (loader, severity, where, _("expected %s, found %s"), _("a string"), _mis_json_type_name (node));
      return NULL;
    }

  return json_node_get_string (node);
}

MisLangMap *
_mis_json_read_lang_map (MisKitReader       *loader,
                         JsonObject         *object,
                         const char         *location,
                         const char         *name,
                         gboolean            required,
                         MisProblemSeverity  severity)
{
  g_autofree char *where = _mis_json_child_location (location, name);
  g_autoptr(GList) members = NULL;
  JsonNode *node;
  JsonObject *map_object;
  MisLangMap *map;

  node = json_object_get_member (object, name);
  if (node != NULL && _mis_json_is_string (node))
    {
      /* A plain string is a text in the kit's default language. */
      map = mis_lang_map_new ();
      g_hash_table_insert (map, g_strdup (loader->kit->default_language),
                           g_strdup (json_node_get_string (node)));
      return map;
    }

  if ((node = _mis_json_get_member (loader, object, location, name, JSON_NODE_OBJECT, required, severity)) == NULL)
    return NULL;

  map_object = json_node_get_object (node);
  map = mis_lang_map_new ();
  members = json_object_get_members (map_object);

  for (const GList *l = members; l != NULL; l = l->next)
    {
      const char *language = l->data;
      JsonNode *text = json_object_get_member (map_object, language);
      g_autofree char *text_where = _mis_json_child_location (where, language);

      if (!_mis_json_is_string (text))
        _mis_kit_problem (loader, MIS_PROBLEM_ERROR, text_where, _("expected %s, found %s"),
                          _("a string"), _mis_json_type_name (text));
      else if (!g_strv_contains ((const char * const *)loader->kit->languages, language))
        _mis_kit_problem (loader, MIS_PROBLEM_WARNING, text_where,
                          _("language “%s” is not one of the kit’s languages"), language);
      else
        g_hash_table_insert (map, g_strdup (language), g_strdup (json_node_get_string (text)));
    }

  if (g_hash_table_size (map) == 0)
    {
      if (required)
        _mis_kit_problem (loader, severity, where, _("has no text in any of the kit’s languages"));
      g_hash_table_unref (map);
      return NULL;
    }

  for (guint i = 0; loader->kit->languages[i] != NULL; i++)
    if (!g_hash_table_contains (map, loader->kit->languages[i]))
      _mis_kit_problem (loader, MIS_PROBLEM_WARNING, where, _("no text in “%s”"), loader->kit->languages[i]);

  return map;
}

GStrv
_mis_json_read_id_list (MisKitReader *loader,
                        JsonObject   *object,
                        const char   *location,
                        const char   *name,
                        GPtrArray    *known)
{
  g_autofree char *where = _mis_json_child_location (location, name);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonNode *node = _mis_json_get_member (loader, object, location, name, JSON_NODE_ARRAY, FALSE, MIS_PROBLEM_ERROR);
  JsonArray *array;

  if (node == NULL)
    return g_strv_builder_end (builder);

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      g_autofree char *element_where = _mis_json_index_location (where, i);
      gboolean found = FALSE;

      if (!_mis_json_is_string (element))
        {
          _mis_kit_problem (loader, MIS_PROBLEM_ERROR, element_where, _("expected %s, found %s"),
                            _("a string"), _mis_json_type_name (element));
          continue;
        }

      for (guint j = 0; j < known->len && !found; j++)
        found = g_str_equal (((MisKitTag *)g_ptr_array_index (known, j))->id,
                             json_node_get_string (element));

      if (!found)
        _mis_kit_problem (loader, MIS_PROBLEM_WARNING, element_where, _("unknown id “%s”"),
                          json_node_get_string (element));
      else
        g_strv_builder_add (builder, json_node_get_string (element));
    }

  return g_strv_builder_end (builder);
}

gboolean
_mis_json_id_is_valid (const char *id)
{
  if (id == NULL || *id == '\0' || strlen (id) > 128)
    return FALSE;

  for (const char *p = id; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '-' && *p != '_' && *p != '.')
      return FALSE;

  return *id != '.';
}

/* json-glib words its errors as "FILE:LINE:COLUMN: Parse error: REASON".
 * REASON may quote the text at fault cut in the middle of a character:
 * made valid first, for GRegex and for the person reading it. */
char *
_mis_json_describe_syntax_error (const char   *name,
                                 const GError *error)
{
  g_autoptr(GRegex) regex = g_regex_new ("^.*:([0-9]+):([0-9]+): (?:Parse error: )?(.*)$",
                                         G_REGEX_DOTALL, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *message = g_utf8_make_valid (error->message, -1);

  if (g_regex_match (regex, message, 0, &match))
    {
      g_autofree char *line = g_match_info_fetch (match, 1);
      g_autofree char *column = g_match_info_fetch (match, 2);
      g_autofree char *reason = g_match_info_fetch (match, 3);

      return g_strdup_printf (_("%s: line %s, column %s: not valid JSON: %s"),
                              name, line, column, reason);
    }

  return g_strdup_printf (_("%s: not valid JSON: %s"), name, message);
}

/* Finds where @contents nests arrays and objects deeper than
 * MIS_JSON_MAX_DEPTH, before json-glib would recurse into it. Strings are
 * skipped, so brackets inside them do not count; the column counts
 * characters, as json-glib's own messages do. */
gboolean
_mis_json_check_nesting (const char  *name,
                         const char  *contents,
                         gsize        length,
                         GError     **error)
{
  gboolean in_string = FALSE;
  gboolean escaped = FALSE;
  guint depth = 0;
  guint line = 1;
  guint column = 0;

  for (gsize i = 0; i < length; i++)
    {
      guchar c = (guchar) contents[i];

      if ((c & 0xC0) != 0x80)
        column++;

      if (in_string)
        {
          if (escaped)
            escaped = FALSE;
          else if (c == '\\')
            escaped = TRUE;
          else if (c == '"')
            in_string = FALSE;
        }
      else if (c == '"')
        in_string = TRUE;
      else if (c == '[' || c == '{')
        {
          if (++depth > MIS_JSON_MAX_DEPTH)
            {
              g_set_error (error, MIS_KIT_ERROR, MIS_KIT_ERROR_SYNTAX,
                           _("%s: line %u, column %u: nested more than %u levels deep"),
                           name, line, column, (guint) MIS_JSON_MAX_DEPTH);
              return FALSE;
            }
        }
      else if ((c == ']' || c == '}') && depth > 0)
        depth--;

      if (c == '\n')
        {
          line++;
          column = 0;
        }
    }

  return TRUE;
}
