/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-plan-json.c: plans as JSON: read from index.json's "sessions" or a
 * plan file with the kit's own checked reader (a step with an error in its
 * fields is left out, with the error's JSON path), written back for the
 * state file and for export, and imported from a file a facilitator was
 * given, refused whole (with a clear reason) unless it is a plan for this
 * kit without an error.
 */
#define G_LOG_DOMAIN "mis-plan"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <glib/gi18n.h>

#include "mis-kit-json.h"
#include "mis-plan-private.h"

/* Reading ---------------------------------------------------------------- */

static gboolean
read_time (MisKitReader *loader,
           JsonObject   *object,
           const char   *location,
           const char   *name,
           double       *time)
{
  JsonNode *node = _mis_json_get_member (loader, object, location, name, JSON_NODE_VALUE, FALSE,
                                         MIS_PROBLEM_ERROR);
  g_autofree char *where = NULL;
  double value;

  if (node == NULL)
    return FALSE;

  where = _mis_json_child_location (location, name);
  if (!_mis_json_is_number (node))
    {
      _mis_kit_problem (loader, MIS_PROBLEM_ERROR, where, _("expected %s, found %s"),
                        _("a number"), _mis_json_type_name (node));
      return FALSE;
    }

  value = json_node_get_double (node);
  if (!isfinite (value) || value < 0 || value > 1e6)
    {
      _mis_kit_problem (loader, MIS_PROBLEM_ERROR, where, _("expected a time in seconds, found %g"), value);
      return FALSE;
    }

  *time = value;
  return TRUE;
}

static void
read_pauses (MisKitReader *loader,
             MisPlanStep  *step,
             JsonObject   *object,
             const char   *location)
{
  JsonNode *node = _mis_json_get_member (loader, object, location, "pauses", JSON_NODE_ARRAY, FALSE,
                                         MIS_PROBLEM_ERROR);
  g_autofree char *where = _mis_json_child_location (location, "pauses");
  JsonArray *array;

  if (node == NULL)
    return;

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      g_autofree char *element_where = _mis_json_index_location (where, i);
      double time = 0;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        {
          _mis_kit_problem (loader, MIS_PROBLEM_ERROR, element_where, _("expected %s, found %s"),
                            _("an object"), _mis_json_type_name (element));
          continue;
        }
      if (!read_time (loader, json_node_get_object (element), element_where, "time", &time))
        {
          if (!json_object_has_member (json_node_get_object (element), "time"))
            _mis_kit_problem (loader, MIS_PROBLEM_ERROR, element_where, _("a pause needs a “time”"));
          continue;
        }
      _mis_plan_step_insert_pause (step, time,
                                   _mis_json_read_lang_map (loader, json_node_get_object (element), element_where,
                                                            "question", FALSE, MIS_PROBLEM_ERROR));
    }
}

static gboolean
read_page_element (MisKitReader *loader,
                   GArray       *pages,
                   JsonNode     *element,
                   const char   *where)
{
  g_autoptr(GError) error = NULL;

  if (_mis_json_is_number (element))
    {
      double value = json_node_get_double (element);

      if (value >= 1 && value <= G_MAXINT && floor (value) == value)
        {
          guint page = (guint) value;

          if (pages->len < MIS_PLAN_MAX_STEP_PAGES)
            {
              g_array_append_val (pages, page);
              return TRUE;
            }
          _mis_kit_problem (loader, MIS_PROBLEM_ERROR, where, _("A step shows at most %u pages"),
                            (guint) MIS_PLAN_MAX_STEP_PAGES);
          return FALSE;
        }
    }
  else if (_mis_json_is_string (element))
    {
      if (_mis_plan_add_page_range (pages, json_node_get_string (element), &error))
        return TRUE;
      _mis_kit_problem (loader, MIS_PROBLEM_ERROR, where, "%s", error->message);
      return FALSE;
    }

  _mis_kit_problem (loader, MIS_PROBLEM_ERROR, where,
                    _("expected a page number from 1 or a range such as “4-7”"));
  return FALSE;
}

static void
read_pages (MisKitReader *loader,
            MisPlanStep  *step,
            JsonObject   *object,
            const char   *location)
{
  JsonNode *node = json_object_get_member (object, "pages");
  JsonNode *page = json_object_get_member (object, "page");
  g_autofree char *where = NULL;

  if (page != NULL)
    {
      where = _mis_json_child_location (location, "page");
      read_page_element (loader, step->pages, page, where);
    }
  else if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      where = _mis_json_child_location (location, "pages");
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          g_autofree char *element_where = _mis_json_index_location (where, i);

          if (!read_page_element (loader, step->pages, json_array_get_element (array, i), element_where))
            break;
        }
    }
  else if (node != NULL)
    {
      where = _mis_json_child_location (location, "pages");
      read_page_element (loader, step->pages, node, where);
    }

  if (step->pages->len == 0 && (node == NULL && page == NULL))
    _mis_kit_problem (loader, MIS_PROBLEM_ERROR, location, _("a step of pages needs “page” or “pages”"));
}

static MisPlanStep *
read_step (MisKitReader *loader,
           JsonNode     *node,
           const char   *location)
{
  g_autoptr(MisPlanStep) step = NULL;
  g_autofree char *kind_where = _mis_json_child_location (location, "kind");
  JsonObject *object;
  const char *kind;
  const char *resource;
  guint n_problems = loader->problems->len;
  JsonNode *minutes;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      _mis_kit_problem (loader, MIS_PROBLEM_ERROR, location, _("expected %s, found %s"),
                        _("an object"), _mis_json_type_name (node));
      return NULL;
    }
  object = json_node_get_object (node);

  kind = _mis_json_get_string (loader, object, location, "kind", TRUE, MIS_PROBLEM_ERROR);
  if (kind == NULL)
    return NULL;

  step = g_object_new (MIS_TYPE_PLAN_STEP, NULL);
  if (g_str_equal (kind, "film"))
    step->kind = MIS_PLAN_STEP_FILM;
  else if (g_str_equal (kind, "photo-novel"))
    step->kind = MIS_PLAN_STEP_PHOTO_NOVEL;
  else if (g_str_equal (kind, "manual"))
    step->kind = MIS_PLAN_STEP_MANUAL;
  else if (g_str_equal (kind, "discussion"))
    step->kind = MIS_PLAN_STEP_DISCUSSION;
  else
    {
      _mis_kit_problem (loader, MIS_PROBLEM_ERROR, kind_where,
                        _("unknown kind “%s” (expected “film”, “photo-novel”, “manual” or “discussion”)"),
                        kind);
      return NULL;
    }

  if (step->kind == MIS_PLAN_STEP_DISCUSSION)
    {
      step->text = _mis_json_read_lang_map (loader, object, location, "text", TRUE, MIS_PROBLEM_ERROR);
      minutes = _mis_json_get_member (loader, object, location, "minutes", JSON_NODE_VALUE, FALSE,
                                      MIS_PROBLEM_ERROR);
      if (minutes != NULL && _mis_json_is_number (minutes) &&
          json_node_get_double (minutes) >= 0 && json_node_get_double (minutes) <= 24 * 60)
        step->minutes = (guint) json_node_get_double (minutes);
      else if (minutes != NULL)
        {
          g_autofree char *where = _mis_json_child_location (location, "minutes");
          _mis_kit_problem (loader, MIS_PROBLEM_ERROR, where, _("expected a number of minutes"));
        }
    }
  else
    {
      resource = _mis_json_get_string (loader, object, location, "resource", TRUE, MIS_PROBLEM_ERROR);
      step->resource_id = g_strdup (resource);
    }

  if (step->kind == MIS_PLAN_STEP_FILM)
    {
      read_time (loader, object, location, "from", &step->from);
      if (read_time (loader, object, location, "to", &step->to) && step->to <= step->from)
        {
          g_autofree char *where = _mis_json_child_location (location, "to");
          _mis_kit_problem (loader, MIS_PROBLEM_ERROR, where, _("“to” must come after “from”"));
        }
      read_pauses (loader, step, object, location);
    }
  else if (step->kind != MIS_PLAN_STEP_DISCUSSION)
    read_pages (loader, step, object, location);

  step->notes = _mis_json_read_lang_map (loader, object, location, "notes", FALSE, MIS_PROBLEM_WARNING);

  /* A step with an error is left out: what it would show is not known. */
  for (guint i = n_problems; i < loader->problems->len; i++)
    if (((MisKitProblem *) g_ptr_array_index (loader->problems, i))->severity == MIS_PROBLEM_ERROR)
      return NULL;

  return g_steal_pointer (&step);
}

/**
 * _mis_plan_read:
 * @from_kit: whether the plan is the kit's own (index.json's "sessions")
 *
 * Returns: (nullable): the plan, or %NULL when it has no usable id, title
 *   or step; every problem is reported to @loader
 */
MisPlan *
_mis_plan_read (MisKitReader *loader,
                JsonNode     *node,
                const char   *location,
                gboolean      from_kit)
{
  g_autoptr(MisPlan) plan = NULL;
  g_autofree char *steps_where = _mis_json_child_location (location, "steps");
  JsonObject *object;
  const char *id;
  JsonNode *duration;
  JsonNode *steps;
  JsonArray *array;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      _mis_kit_problem (loader, MIS_PROBLEM_ERROR, location, _("expected %s, found %s"),
                        _("an object"), _mis_json_type_name (node));
      return NULL;
    }
  object = json_node_get_object (node);

  id = _mis_json_get_string (loader, object, location, "id", TRUE, MIS_PROBLEM_ERROR);
  if (id != NULL && !_mis_json_id_is_valid (id))
    {
      g_autofree char *where = _mis_json_child_location (location, "id");
      _mis_kit_problem (loader, MIS_PROBLEM_ERROR, where,
                        _("“%s” is not a valid id (use letters, digits, “-”, “_” and “.”)"), id);
      return NULL;
    }
  if (id == NULL)
    return NULL;

  plan = mis_plan_new (id);
  plan->from_kit = from_kit;
  plan->title = _mis_json_read_lang_map (loader, object, location, "title", TRUE, MIS_PROBLEM_ERROR);
  if (plan->title == NULL)
    return NULL;

  duration = _mis_json_get_member (loader, object, location, "duration", JSON_NODE_VALUE, FALSE,
                                   MIS_PROBLEM_ERROR);
  if (duration != NULL && _mis_json_is_number (duration) &&
      json_node_get_double (duration) >= 0 && json_node_get_double (duration) <= 24 * 60)
    plan->duration = (guint) json_node_get_double (duration);
  else if (duration != NULL)
    {
      g_autofree char *where = _mis_json_child_location (location, "duration");
      _mis_kit_problem (loader, MIS_PROBLEM_ERROR, where, _("expected a number of minutes"));
    }

  g_strfreev (plan->audiences);
  plan->audiences = _mis_json_read_id_list (loader, object, location, "audiences", loader->kit->audiences);
  g_strfreev (plan->themes);
  plan->themes = _mis_json_read_id_list (loader, object, location, "themes", loader->kit->themes);

  steps = _mis_json_get_member (loader, object, location, "steps", JSON_NODE_ARRAY, TRUE, MIS_PROBLEM_ERROR);
  if (steps == NULL)
    return NULL;

  array = json_node_get_array (steps);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *where = _mis_json_index_location (steps_where, i);
      g_autoptr(MisPlanStep) step = read_step (loader, json_array_get_element (array, i), where);

      if (step != NULL)
        mis_plan_append_step (plan, step);
    }

  if (mis_plan_get_n_steps (plan) == 0)
    {
      _mis_kit_problem (loader, MIS_PROBLEM_ERROR, steps_where, _("a plan needs at least one step"));
      return NULL;
    }

  return g_steal_pointer (&plan);
}

/* Writing ---------------------------------------------------------------- */

static void
add_lang_map (JsonBuilder *builder,
              const char  *name,
              MisLangMap  *map)
{
  g_autoptr(GList) languages = NULL;

  if (map == NULL)
    return;

  /* In a stable order, so that a saved plan diffs well. */
  languages = g_list_sort (g_hash_table_get_keys (map), (GCompareFunc) strcmp);
  json_builder_set_member_name (builder, name);
  json_builder_begin_object (builder);
  for (const GList *l = languages; l != NULL; l = l->next)
    {
      json_builder_set_member_name (builder, l->data);
      json_builder_add_string_value (builder, g_hash_table_lookup (map, l->data));
    }
  json_builder_end_object (builder);
}

static void
add_id_list (JsonBuilder        *builder,
             const char         *name,
             const char * const *ids)
{
  if (ids == NULL || ids[0] == NULL)
    return;

  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; ids[i] != NULL; i++)
    json_builder_add_string_value (builder, ids[i]);
  json_builder_end_array (builder);
}

static void
add_step (JsonBuilder *builder,
          MisPlanStep *step)
{
  static const char * const kinds[] = { "film", "photo-novel", "manual", "discussion" };

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "kind");
  json_builder_add_string_value (builder, kinds[step->kind]);
  if (step->resource_id != NULL)
    {
      json_builder_set_member_name (builder, "resource");
      json_builder_add_string_value (builder, step->resource_id);
    }

  if (step->kind == MIS_PLAN_STEP_FILM)
    {
      json_builder_set_member_name (builder, "from");
      json_builder_add_double_value (builder, step->from);
      if (step->to >= 0)
        {
          json_builder_set_member_name (builder, "to");
          json_builder_add_double_value (builder, step->to);
        }
      if (step->pauses->len > 0)
        {
          json_builder_set_member_name (builder, "pauses");
          json_builder_begin_array (builder);
          for (guint i = 0; i < step->pauses->len; i++)
            {
              MisPausePoint *pause = g_ptr_array_index (step->pauses, i);

              json_builder_begin_object (builder);
              json_builder_set_member_name (builder, "time");
              json_builder_add_double_value (builder, pause->time);
              add_lang_map (builder, "question", pause->question);
              json_builder_end_object (builder);
            }
          json_builder_end_array (builder);
        }
    }
  else if (step->kind == MIS_PLAN_STEP_DISCUSSION)
    {
      add_lang_map (builder, "text", step->text);
      if (step->minutes > 0)
        {
          json_builder_set_member_name (builder, "minutes");
          json_builder_add_int_value (builder, step->minutes);
        }
    }
  else
    {
      g_autofree char *text = mis_plan_step_get_pages_text (step);
      g_auto(GStrv) ranges = g_strsplit (text, ", ", 0);

      json_builder_set_member_name (builder, "pages");
      json_builder_begin_array (builder);
      for (guint i = 0; ranges[i] != NULL; i++)
        if (strchr (ranges[i], '-') != NULL)
          json_builder_add_string_value (builder, ranges[i]);
        else
          json_builder_add_int_value (builder, g_ascii_strtoll (ranges[i], NULL, 10));
      json_builder_end_array (builder);
    }

  add_lang_map (builder, "notes", step->notes);
  json_builder_end_object (builder);
}

/**
 * mis_plan_to_json:
 *
 * Returns: (transfer full): the plan as index.json's "sessions" hold it
 */
JsonNode *
mis_plan_to_json (MisPlan *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();

  g_return_val_if_fail (MIS_IS_PLAN (self), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, self->id);
  add_lang_map (builder, "title", self->title);
  if (self->duration > 0)
    {
      json_builder_set_member_name (builder, "duration");
      json_builder_add_int_value (builder, self->duration);
    }
  add_id_list (builder, "audiences", (const char * const *) self->audiences);
  add_id_list (builder, "themes", (const char * const *) self->themes);
  json_builder_set_member_name (builder, "steps");
  json_builder_begin_array (builder);
  for (guint i = 0; i < mis_plan_get_n_steps (self); i++)
    add_step (builder, mis_plan_get_step (self, i));
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/**
 * mis_plan_export:
 *
 * Returns: (transfer full): the contents of a plan file, to pass a plan to
 *   another facilitator with the same kit
 */
char *
mis_plan_export (MisPlan *self,
                 MisKit  *kit,
                 gsize   *length)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (MIS_IS_PLAN (self), NULL);
  g_return_val_if_fail (MIS_IS_KIT (kit), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "make-it-safe-plan");
  json_builder_add_int_value (builder, 1);
  json_builder_set_member_name (builder, "kit");
  json_builder_add_string_value (builder, mis_kit_get_id (kit));
  json_builder_set_member_name (builder, "plan");
  json_builder_add_value (builder, mis_plan_to_json (self));
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  return json_generator_to_data (generator, length);
}

static void
set_invalid (GError    **error,
             const char *name,
             GPtrArray  *problems)
{
  g_autoptr(GString) message = g_string_new (NULL);
  guint shown = 0;

  g_string_printf (message, _("“%s” is not a plan that can be used:"), name);
  for (guint i = 0; i < problems->len && shown < 5; i++)
    {
      MisKitProblem *problem = g_ptr_array_index (problems, i);

      if (problem->severity != MIS_PROBLEM_ERROR)
        continue;
      g_string_append_printf (message, "\n%s%s%s", problem->location ? problem->location : "",
                              problem->location ? ": " : "", problem->message);
      shown++;
    }
  g_set_error_literal (error, MIS_PLAN_ERROR, MIS_PLAN_ERROR_INVALID, message->str);
}

/**
 * mis_plan_import:
 * @name: the file's name, for messages
 *
 * Reads a plan file written by mis_plan_export(), as strictly as a kit:
 * any error refuses the whole file. Steps that name what @kit lacks are
 * kept, marked unavailable.
 *
 * Returns: (transfer full): the plan, the facilitator's own
 */
MisPlan *
mis_plan_import (MisKit      *kit,
                 const char  *name,
                 const char  *contents,
                 gsize        length,
                 GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) _mis_kit_problem_free);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(MisPlan) plan = NULL;
  MisKitReader loader = { kit, MIS_KIT_LOAD_FLAGS_NONE, NULL, problems };
  JsonObject *root;
  JsonNode *node;
  const char *kit_id;

  g_return_val_if_fail (MIS_IS_KIT (kit), NULL);
  g_return_val_if_fail (name != NULL && contents != NULL, NULL);

  if (length > MIS_PLAN_MAX_FILE_SIZE)
    {
      g_autofree char *size = g_format_size (length);
      g_set_error (error, MIS_PLAN_ERROR, MIS_PLAN_ERROR_TOO_LARGE,
                   _("“%s” is too large to be a plan (%s)."), name, size);
      return NULL;
    }

  if (!_mis_json_check_nesting (name, contents, length, error))
    return NULL;

  if (!json_parser_load_from_data (parser, contents, length, &local_error))
    {
      g_autofree char *message = _mis_json_describe_syntax_error (name, local_error);
      g_set_error_literal (error, MIS_PLAN_ERROR, MIS_PLAN_ERROR_INVALID, message);
      return NULL;
    }

  node = json_parser_get_root (parser);
  /* Any value of any type may be anywhere: nothing is taken for granted. */
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node) ||
      !_mis_json_is_number (json_object_get_member ((root = json_node_get_object (node)), "make-it-safe-plan")))
    {
      g_set_error (error, MIS_PLAN_ERROR, MIS_PLAN_ERROR_INVALID,
                   _("“%s” is not a Make-IT-Safe plan."), name);
      return NULL;
    }

  if (json_node_get_double (json_object_get_member (root, "make-it-safe-plan")) != 1)
    {
      g_set_error (error, MIS_PLAN_ERROR, MIS_PLAN_ERROR_INVALID,
                   _("“%s” was made by a newer version of Make-IT-Safe."), name);
      return NULL;
    }

  node = json_object_get_member (root, "kit");
  kit_id = node != NULL && _mis_json_is_string (node) ? json_node_get_string (node) : NULL;
  if (g_strcmp0 (kit_id, mis_kit_get_id (kit)) != 0)
    {
      g_set_error (error, MIS_PLAN_ERROR, MIS_PLAN_ERROR_OTHER_KIT,
                   _("“%s” is a plan for another kit (“%s”), not for this one."),
                   name, kit_id != NULL ? kit_id : "?");
      return NULL;
    }

  node = json_object_get_member (root, "plan");
  if (node == NULL)
    {
      _mis_kit_problem (&loader, MIS_PROBLEM_ERROR, "plan", _("required but missing"));
      set_invalid (error, name, problems);
      return NULL;
    }

  plan = _mis_plan_read (&loader, node, "plan", FALSE);
  for (guint i = 0; i < problems->len; i++)
    if (((MisKitProblem *) g_ptr_array_index (problems, i))->severity == MIS_PROBLEM_ERROR)
      {
        set_invalid (error, name, problems);
        return NULL;
      }
  g_assert (plan != NULL);

  mis_plan_check (plan, kit, NULL, NULL, NULL, NULL);
  return g_steal_pointer (&plan);
}
