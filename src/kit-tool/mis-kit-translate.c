/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-kit-translate.c: every text of a kit that lacks one language, listed
 * for a translator: the kit's title and description, the themes' and
 * audiences' names, each resource's title and summary, each photo-novel
 * page's words, the plans' titles, questions and notes, and the films that
 * have no subtitles in that language. Each entry says where it goes in
 * index.json and what it says in the kit's default language.
 */
#define G_LOG_DOMAIN "mis-kit-translate"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "mis-kit-scan.h"
#include "mis-kit-translate.h"

/* Members that hold language maps, wherever they are. */
static const char * const text_members[] = {
  "title", "summary", "description", "question", "text", "notes", NULL
};

typedef struct
{
  const char *language;
  const char *fallback;
  GString    *report;
  guint       n_missing;
} Report;

static void
add_entry (Report     *report,
           const char *where,
           const char *owner,
           JsonObject *map)
{
  const char *source = NULL;

  if (json_object_has_member (map, report->language))
    return;

  if (json_object_has_member (map, report->fallback))
    source = json_object_get_string_member (map, report->fallback);
  else
    {
      g_autoptr(GList) members = json_object_get_members (map);
      if (members != NULL)
        source = json_object_get_string_member (map, members->data);
    }
  if (source == NULL)
    return;

  report->n_missing++;
  if (owner != NULL)
    g_string_append_printf (report->report, "%s (%s)\n", where, owner);
  else
    g_string_append_printf (report->report, "%s\n", where);
  g_string_append_printf (report->report, "%s: %s\n%s: \n\n", report->fallback, source, report->language);
}

/* A member's text, whatever the file holds there. */
static const char *
string_member (JsonObject *object,
               const char *name,
               const char *fallback)
{
  const char *text = mis_kit_json_string (object, name);

  return text != NULL ? text : fallback;
}

static gboolean
is_text_map (JsonNode *node)
{
  g_autoptr(GList) members = NULL;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return FALSE;
  members = json_object_get_members (json_node_get_object (node));
  for (const GList *l = members; l != NULL; l = l->next)
    {
      JsonNode *value = json_object_get_member (json_node_get_object (node), l->data);
      if (!JSON_NODE_HOLDS_VALUE (value) || json_node_get_value_type (value) != G_TYPE_STRING)
        return FALSE;
    }
  return members != NULL;
}

static void walk (Report *report, JsonNode *node, const char *where, const char *member, const char *owner);

/* @owner: the id of the nearest object that has one (a resource, a plan),
 * to say whose text it is. */
static void
walk_object (Report     *report,
             JsonObject *object,
             const char *where,
             const char *owner)
{
  g_autoptr(GList) members = json_object_get_members (object);
  JsonNode *id = json_object_get_member (object, "id");

  if (id != NULL && JSON_NODE_HOLDS_VALUE (id) && json_node_get_value_type (id) == G_TYPE_STRING)
    owner = json_node_get_string (id);

  for (const GList *l = members; l != NULL; l = l->next)
    {
      g_autofree char *child = where[0] ? g_strdup_printf ("%s.%s", where, (char *) l->data) : g_strdup (l->data);

      walk (report, json_object_get_member (object, l->data), child, l->data, owner);
    }
}

static void
walk (Report     *report,
      JsonNode   *node,
      const char *where,
      const char *member,
      const char *owner)
{
  if (member != NULL && g_strv_contains (text_members, member) && is_text_map (node))
    {
      add_entry (report, where, owner, json_node_get_object (node));
      return;
    }

  if (JSON_NODE_HOLDS_OBJECT (node))
    walk_object (report, json_node_get_object (node), where, owner);
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          g_autofree char *element = g_strdup_printf ("%s[%u]", where, i);
          JsonNode *item = json_array_get_element (array, i);

          /* A photo-novel's "text": one language map per page. */
          if (g_strcmp0 (member, "text") == 0 && is_text_map (item))
            add_entry (report, element, owner, json_node_get_object (item));
          else
            walk (report, item, element, NULL, owner);
        }
    }
}

static void
report_subtitles (Report    *report,
                  JsonArray *resources)
{
  for (guint i = 0; i < json_array_get_length (resources); i++)
    {
      JsonNode *node = json_array_get_element (resources, i);
      JsonObject *resource;
      JsonNode *subtitles;
      gboolean found = FALSE;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      resource = json_node_get_object (node);
      if (g_strcmp0 (string_member (resource, "kind", ""), "film") != 0)
        continue;

      subtitles = json_object_get_member (resource, "subtitles");
      for (guint j = 0; subtitles != NULL && JSON_NODE_HOLDS_ARRAY (subtitles) &&
                        j < json_array_get_length (json_node_get_array (subtitles)); j++)
        {
          JsonNode *subtitle = json_array_get_element (json_node_get_array (subtitles), j);
          found |= JSON_NODE_HOLDS_OBJECT (subtitle) &&
                   g_strcmp0 (string_member (json_node_get_object (subtitle), "language", ""),
                              report->language) == 0;
        }
      if (!found)
        {
          report->n_missing++;
          g_string_append_printf (report->report, _("resources[%u] (%s): no subtitles in “%s”: translate the "
                                                    "subtitles of %s into a file named like it, ending in "
                                                    ".%s.vtt\n\n"),
                                  i, string_member (resource, "id", "?"),
                                  report->language, string_member (resource, "file", "?"),
                                  report->language);
        }
    }
}

/**
 * mis_kit_translate_report:
 * @n_missing: (out): how many texts lack @language
 *
 * Returns: the list, as text for a translator to fill in
 */
char *
mis_kit_translate_report (GFile       *dir,
                          const char  *language,
                          guint       *n_missing,
                          GError     **error)
{
  g_autoptr(GFile) index = g_file_get_child (dir, "index.json");
  g_autofree char *path = g_file_get_path (index);
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  Report report = { language, NULL, g_string_new (NULL), 0 };
  JsonObject *root;

  if (!json_parser_load_from_file (parser, path, error))
    {
      g_string_free (report.report, TRUE);
      return NULL;
    }
  if (json_parser_get_root (parser) == NULL || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("index.json is not a kit’s index."));
      g_string_free (report.report, TRUE);
      return NULL;
    }

  root = json_node_get_object (json_parser_get_root (parser));
  report.fallback = string_member (root, "default_language", "en");
  g_string_append_printf (report.report,
                          _("# The texts of this kit that have no “%s” yet, for a translator. Under each, the "
                            "text in “%s”, then a line to write the translation on.\n\n"),
                          language, report.fallback);
  walk_object (&report, root, "", NULL);
  if (json_object_has_member (root, "resources") && JSON_NODE_HOLDS_ARRAY (json_object_get_member (root, "resources")))
    report_subtitles (&report, json_object_get_array_member (root, "resources"));

  *n_missing = report.n_missing;
  return g_string_free (report.report, FALSE);
}
