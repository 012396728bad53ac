/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-plan-book.c: the facilitator's own plans for one kit, as a JSON list
 * in the state store's "plans" key of the kit (so written atomically, and
 * never to disk in private mode), saved after every edit; and where each
 * plan was left when its run ended.
 */
#define G_LOG_DOMAIN "mis-plan-book"

#include "config.h"

#include <glib/gi18n.h>

#include "mis-kit-json.h"
#include "mis-plan-book.h"
#include "mis-state-store.h"

#define PLANS_KEY "plans"
#define STEP_KEY "plan-step"

struct _MisPlanBook
{
  GObject        parent_instance;

  MisKit        *kit;
  MisStateStore *store;
  GListStore    *own;     /* MisPlan */
  gboolean       loading;
};

G_DEFINE_FINAL_TYPE (MisPlanBook, mis_plan_book, G_TYPE_OBJECT)

static void
save (MisPlanBook *self)
{
  g_autoptr(JsonArray) array = json_array_new ();
  g_autoptr(JsonNode) root = json_node_new (JSON_NODE_ARRAY);
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;

  if (self->loading)
    return;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->own)); i++)
    {
      g_autoptr(MisPlan) plan = g_list_model_get_item (G_LIST_MODEL (self->own), i);
      json_array_add_element (array, mis_plan_to_json (plan));
    }

  json_node_set_array (root, array);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, NULL);
  mis_state_store_set_string (self->store, mis_kit_get_id (self->kit), NULL, PLANS_KEY, text);
}

static void
add (MisPlanBook *self,
     MisPlan     *plan)
{
  g_signal_connect_object (plan, "changed", G_CALLBACK (save), self, G_CONNECT_SWAPPED);
  g_list_store_append (self->own, plan);
  save (self);
}

/* What the state file holds was written by this code, but the file may have
 * been damaged: a plan that does not read back is left out, with a warning. */
static void
load (MisPlanBook *self)
{
  g_autofree char *text = mis_state_store_get_string (self->store, mis_kit_get_id (self->kit), NULL, PLANS_KEY);
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) _mis_kit_problem_free);
  g_autoptr(GError) error = NULL;
  MisKitReader loader = { self->kit, MIS_KIT_LOAD_FLAGS_NONE, NULL, problems };
  JsonNode *root;
  JsonArray *array;

  if (text == NULL)
    return;

  if (!_mis_json_check_nesting (PLANS_KEY, text, strlen (text), &error) ||
      !json_parser_load_from_data (parser, text, -1, &error))
    {
      g_warning ("The saved plans cannot be read: %s", error->message);
      return;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_ARRAY (root))
    return;

  self->loading = TRUE;
  array = json_node_get_array (root);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *where = _mis_json_index_location (PLANS_KEY, i);
      g_autoptr(MisPlan) plan = _mis_plan_read (&loader, json_array_get_element (array, i), where, FALSE);

      if (plan == NULL || mis_plan_book_lookup (self, mis_plan_get_id (plan)) != NULL)
        continue;
      mis_plan_check (plan, self->kit, NULL, NULL, NULL, NULL);
      add (self, plan);
    }
  self->loading = FALSE;

  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *line = mis_kit_problem_to_string (g_ptr_array_index (problems, i));
      if (mis_kit_problem_get_severity (g_ptr_array_index (problems, i)) == MIS_PROBLEM_ERROR)
        g_warning ("A saved plan: %s", line);
    }
}

static void
mis_plan_book_dispose (GObject *object)
{
  MisPlanBook *self = MIS_PLAN_BOOK (object);

  g_clear_object (&self->own);
  g_clear_object (&self->kit);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mis_plan_book_parent_class)->dispose (object);
}

static void
mis_plan_book_class_init (MisPlanBookClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = mis_plan_book_dispose;
}

static void
mis_plan_book_init (MisPlanBook *self)
{
  self->own = g_list_store_new (MIS_TYPE_PLAN);
}

MisPlanBook *
mis_plan_book_new (MisKit        *kit,
                   MisStateStore *store)
{
  MisPlanBook *self;

  g_return_val_if_fail (MIS_IS_KIT (kit), NULL);
  g_return_val_if_fail (MIS_IS_STATE_STORE (store), NULL);

  self = g_object_new (MIS_TYPE_PLAN_BOOK, NULL);
  self->kit = g_object_ref (kit);
  self->store = g_object_ref (store);
  load (self);
  return self;
}

MisKit *
mis_plan_book_get_kit (MisPlanBook *self)
{
  g_return_val_if_fail (MIS_IS_PLAN_BOOK (self), NULL);
  return self->kit;
}

/**
 * mis_plan_book_get_own:
 *
 * Returns: (transfer none): the facilitator's plans, #MisPlan, oldest first
 */
GListModel *
mis_plan_book_get_own (MisPlanBook *self)
{
  g_return_val_if_fail (MIS_IS_PLAN_BOOK (self), NULL);
  return G_LIST_MODEL (self->own);
}

/**
 * mis_plan_book_lookup:
 *
 * Returns: (transfer none) (nullable): the kit's or the facilitator's plan
 *   with that id
 */
MisPlan *
mis_plan_book_lookup (MisPlanBook *self,
                      const char  *id)
{
  MisPlan *plan;

  g_return_val_if_fail (MIS_IS_PLAN_BOOK (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  if ((plan = mis_kit_lookup_plan (self->kit, id)) != NULL)
    return plan;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->own)); i++)
    {
      g_autoptr(MisPlan) own = g_list_model_get_item (G_LIST_MODEL (self->own), i);

      if (g_str_equal (mis_plan_get_id (own), id))
        return own;
    }

  return NULL;
}

static char *
new_id (MisPlanBook *self)
{
  for (guint n = 1;; n++)
    {
      g_autofree char *id = g_strdup_printf ("my-plan-%u", n);

      if (mis_plan_book_lookup (self, id) == NULL)
        return g_steal_pointer (&id);
    }
}

/**
 * mis_plan_book_create:
 * @title: in the kit's current language
 *
 * Returns: (transfer none): a new, empty plan of the facilitator's
 */
MisPlan *
mis_plan_book_create (MisPlanBook *self,
                      const char  *title)
{
  g_autofree char *id = NULL;
  g_autoptr(MisPlan) plan = NULL;

  g_return_val_if_fail (MIS_IS_PLAN_BOOK (self), NULL);
  g_return_val_if_fail (title != NULL, NULL);

  id = new_id (self);
  plan = mis_plan_new (id);
  mis_plan_set_title (plan, mis_kit_get_language (self->kit), title);
  add (self, plan);
  return plan;
}

/**
 * mis_plan_book_duplicate:
 *
 * Returns: (transfer none): a copy of @plan (the kit's or one's own) that
 *   the facilitator can change, titled as a copy
 */
MisPlan *
mis_plan_book_duplicate (MisPlanBook *self,
                         MisPlan     *plan)
{
  g_autofree char *id = NULL;
  g_autofree char *title = NULL;
  g_autoptr(MisPlan) copy = NULL;

  g_return_val_if_fail (MIS_IS_PLAN_BOOK (self), NULL);
  g_return_val_if_fail (MIS_IS_PLAN (plan), NULL);

  id = new_id (self);
  copy = mis_plan_duplicate (plan, id);
  /* Translators: the title of a copy of a plan */
  title = g_strdup_printf (_("%s (copy)"), mis_plan_get_title (plan, self->kit));
  mis_plan_set_title (copy, mis_kit_get_language (self->kit), title);
  mis_plan_check (copy, self->kit, NULL, NULL, NULL, NULL);
  add (self, copy);
  return copy;
}

void
mis_plan_book_remove (MisPlanBook *self,
                      MisPlan     *plan)
{
  guint position;

  g_return_if_fail (MIS_IS_PLAN_BOOK (self));
  g_return_if_fail (MIS_IS_PLAN (plan));

  if (!g_list_store_find (self->own, plan, &position))
    return;

  g_signal_handlers_disconnect_by_data (plan, self);
  g_list_store_remove (self->own, position);
  save (self);
}

/**
 * mis_plan_book_import:
 *
 * Reads a plan file (see mis_plan_import()). A plan whose id is taken is
 * given a new one. Nothing changes when the file is refused.
 *
 * Returns: (transfer none): the plan added
 */
MisPlan *
mis_plan_book_import (MisPlanBook  *self,
                      const char   *name,
                      const char   *contents,
                      gsize         length,
                      GError      **error)
{
  g_autoptr(MisPlan) plan = NULL;

  g_return_val_if_fail (MIS_IS_PLAN_BOOK (self), NULL);

  plan = mis_plan_import (self->kit, name, contents, length, error);
  if (plan == NULL)
    return NULL;

  if (mis_plan_book_lookup (self, mis_plan_get_id (plan)) != NULL)
    {
      g_autofree char *id = new_id (self);
      g_autoptr(MisPlan) renamed = mis_plan_duplicate (plan, id);

      g_set_object (&plan, renamed);
      mis_plan_check (plan, self->kit, NULL, NULL, NULL, NULL);
    }

  add (self, plan);
  return plan;
}

/**
 * mis_plan_book_get_step:
 *
 * Returns: the step (from 0) where the last run of @plan was left
 */
guint
mis_plan_book_get_step (MisPlanBook *self,
                        MisPlan     *plan)
{
  double step;

  g_return_val_if_fail (MIS_IS_PLAN_BOOK (self), 0);
  g_return_val_if_fail (MIS_IS_PLAN (plan), 0);

  step = mis_state_store_get_double (self->store, mis_kit_get_id (self->kit), mis_plan_get_id (plan),
                                     STEP_KEY, 0);
  return step >= 0 && step < mis_plan_get_n_steps (plan) ? (guint) step : 0;
}

void
mis_plan_book_set_step (MisPlanBook *self,
                        MisPlan     *plan,
                        guint        step)
{
  g_return_if_fail (MIS_IS_PLAN_BOOK (self));
  g_return_if_fail (MIS_IS_PLAN (plan));

  mis_state_store_set_double (self->store, mis_kit_get_id (self->kit), mis_plan_get_id (plan),
                              STEP_KEY, step);
}

/**
 * mis_plan_book_reload:
 *
 * Reads the plans again from the state store: after a shared computer's
 * reset has forgotten them.
 */
void
mis_plan_book_reload (MisPlanBook *self)
{
  g_return_if_fail (MIS_IS_PLAN_BOOK (self));

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->own)); i++)
    {
      g_autoptr(MisPlan) plan = g_list_model_get_item (G_LIST_MODEL (self->own), i);
      g_signal_handlers_disconnect_by_data (plan, self);
    }
  g_list_store_remove_all (self->own);
  load (self);
}
