/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-plan.c: a session plan: its title, length and steps (mis-plan-step.c),
 * edited, and checked against the kit (a step naming a resource the kit
 * lacks, a time past a film's end or a page past the last is unavailable,
 * with the reason, and the rest of the plan runs). Plans are read from JSON
 * (index.json's "sessions", or a file a facilitator imports) as strictly as
 * the kit itself, and written back, in mis-plan-json.c.
 *
 * Texts are language maps, as everywhere in a kit: a facilitator's own plan
 * holds its texts in the language the kit was shown in when they were typed.
 */
#define G_LOG_DOMAIN "mis-plan"

#include "config.h"

#include <glib/gi18n.h>

#include "mis-kit-json.h"
#include "mis-plan-private.h"

G_DEFINE_FINAL_TYPE (MisPlan, mis_plan, G_TYPE_OBJECT)
G_DEFINE_QUARK (mis-plan-error-quark, mis_plan_error)

enum { PLAN_CHANGED, N_PLAN_SIGNALS };
static guint plan_signals[N_PLAN_SIGNALS];

/* Plans ------------------------------------------------------------------ */

static void
mis_plan_finalize (GObject *object)
{
  MisPlan *self = MIS_PLAN (object);

  g_free (self->id);
  g_clear_pointer (&self->title, g_hash_table_unref);
  g_strfreev (self->audiences);
  g_strfreev (self->themes);
  g_object_unref (self->steps);

  G_OBJECT_CLASS (mis_plan_parent_class)->finalize (object);
}

static void
mis_plan_class_init (MisPlanClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mis_plan_finalize;

  /**
   * MisPlan::changed:
   *
   * Emitted when anything of the plan or of one of its steps was edited,
   * so that it can be saved.
   */
  plan_signals[PLAN_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
mis_plan_init (MisPlan *self)
{
  self->steps = g_list_store_new (MIS_TYPE_PLAN_STEP);
  self->audiences = g_new0 (char *, 1);
  self->themes = g_new0 (char *, 1);
}

static void
plan_changed (MisPlan *self)
{
  g_signal_emit (self, plan_signals[PLAN_CHANGED], 0);
}

MisPlan *
mis_plan_new (const char *id)
{
  MisPlan *self;

  g_return_val_if_fail (_mis_json_id_is_valid (id), NULL);

  self = g_object_new (MIS_TYPE_PLAN, NULL);
  self->id = g_strdup (id);
  return self;
}

/**
 * mis_plan_duplicate:
 *
 * Returns: (transfer full): a copy of @self, the facilitator's own (so a
 *   kit plan can be changed), named @id
 */
MisPlan *
mis_plan_duplicate (MisPlan    *self,
                    const char *id)
{
  MisPlan *copy;

  g_return_val_if_fail (MIS_IS_PLAN (self), NULL);

  copy = mis_plan_new (id);
  copy->title = lang_map_copy (self->title);
  copy->duration = self->duration;
  g_strfreev (copy->audiences);
  copy->audiences = g_strdupv (self->audiences);
  g_strfreev (copy->themes);
  copy->themes = g_strdupv (self->themes);
  for (guint i = 0; i < mis_plan_get_n_steps (self); i++)
    {
      g_autoptr(MisPlanStep) step = mis_plan_step_copy (mis_plan_get_step (self, i));
      mis_plan_append_step (copy, step);
    }
  return copy;
}

const char *
mis_plan_get_id (MisPlan *self)
{
  g_return_val_if_fail (MIS_IS_PLAN (self), NULL);
  return self->id;
}

/**
 * mis_plan_get_from_kit:
 *
 * Returns: whether the plan is the kit's (and so cannot be edited)
 */
gboolean
mis_plan_get_from_kit (MisPlan *self)
{
  g_return_val_if_fail (MIS_IS_PLAN (self), FALSE);
  return self->from_kit;
}

const char *
mis_plan_get_title (MisPlan *self,
                    MisKit  *kit)
{
  const char *title;

  g_return_val_if_fail (MIS_IS_PLAN (self), NULL);

  title = lang_map_lookup (self->title, kit);
  return title != NULL ? title : _("Untitled Plan");
}

void
mis_plan_set_title (MisPlan    *self,
                    const char *language,
                    const char *title)
{
  g_return_if_fail (MIS_IS_PLAN (self));
  g_return_if_fail (language != NULL);

  lang_map_set (&self->title, language, title);
  plan_changed (self);
}

/**
 * mis_plan_get_duration:
 *
 * Returns: the intended duration, in minutes; 0 when not given
 */
guint
mis_plan_get_duration (MisPlan *self)
{
  g_return_val_if_fail (MIS_IS_PLAN (self), 0);
  return self->duration;
}

/**
 * mis_plan_describe_length:
 *
 * Returns: (transfer full): the plan's length as a user reads it in a list or
 *   on a handout: "45 minutes · 6 steps", or "6 steps" with no duration given
 */
char *
mis_plan_describe_length (MisPlan *self)
{
  guint n_steps;
  g_autofree char *steps = NULL;

  g_return_val_if_fail (MIS_IS_PLAN (self), NULL);

  n_steps = mis_plan_get_n_steps (self);
  steps = g_strdup_printf (ngettext ("%u step", "%u steps", n_steps), n_steps);
  if (self->duration == 0)
    return g_steal_pointer (&steps);
  /* Translators: a plan's length, in a list and on its handout: "45 minutes · 6 steps" */
  return g_strdup_printf (ngettext ("%u minute · %s", "%u minutes · %s", self->duration), self->duration, steps);
}

void
mis_plan_set_duration (MisPlan *self,
                       guint    minutes)
{
  g_return_if_fail (MIS_IS_PLAN (self));

  self->duration = MIN (minutes, 24 * 60);
  plan_changed (self);
}

const char * const *
mis_plan_get_audiences (MisPlan *self)
{
  g_return_val_if_fail (MIS_IS_PLAN (self), NULL);
  return (const char * const *) self->audiences;
}

const char * const *
mis_plan_get_themes (MisPlan *self)
{
  g_return_val_if_fail (MIS_IS_PLAN (self), NULL);
  return (const char * const *) self->themes;
}

/**
 * mis_plan_get_steps:
 *
 * Returns: (transfer none): the steps, #MisPlanStep
 */
GListModel *
mis_plan_get_steps (MisPlan *self)
{
  g_return_val_if_fail (MIS_IS_PLAN (self), NULL);
  return G_LIST_MODEL (self->steps);
}

guint
mis_plan_get_n_steps (MisPlan *self)
{
  g_return_val_if_fail (MIS_IS_PLAN (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->steps));
}

/**
 * mis_plan_get_step:
 *
 * Returns: (transfer none) (nullable): the step at @position
 */
MisPlanStep *
mis_plan_get_step (MisPlan *self,
                   guint    position)
{
  g_autoptr(MisPlanStep) step = NULL;

  g_return_val_if_fail (MIS_IS_PLAN (self), NULL);

  /* The store keeps its own reference. */
  step = g_list_model_get_item (G_LIST_MODEL (self->steps), position);
  return step;
}

void
mis_plan_insert_step (MisPlan     *self,
                      guint        position,
                      MisPlanStep *step)
{
  g_return_if_fail (MIS_IS_PLAN (self));
  g_return_if_fail (MIS_IS_PLAN_STEP (step));

  g_signal_connect_object (step, "changed", G_CALLBACK (plan_changed), self, G_CONNECT_SWAPPED);
  g_list_store_insert (self->steps, MIN (position, mis_plan_get_n_steps (self)), step);
  plan_changed (self);
}

void
mis_plan_append_step (MisPlan     *self,
                      MisPlanStep *step)
{
  mis_plan_insert_step (self, G_MAXUINT, step);
}

void
mis_plan_remove_step (MisPlan *self,
                      guint    position)
{
  MisPlanStep *step;

  g_return_if_fail (MIS_IS_PLAN (self));
  g_return_if_fail (position < mis_plan_get_n_steps (self));

  step = mis_plan_get_step (self, position);
  g_signal_handlers_disconnect_by_data (step, self);
  g_list_store_remove (self->steps, position);
  plan_changed (self);
}

/**
 * mis_plan_move_step:
 * @to: the step's position after the move
 */
void
mis_plan_move_step (MisPlan *self,
                    guint    from,
                    guint    to)
{
  g_autoptr(MisPlanStep) step = NULL;
  guint n;

  g_return_if_fail (MIS_IS_PLAN (self));

  n = mis_plan_get_n_steps (self);
  g_return_if_fail (from < n && to < n);
  if (from == to)
    return;

  step = g_object_ref (mis_plan_get_step (self, from));
  g_list_store_remove (self->steps, from);
  g_list_store_insert (self->steps, to, step);
  plan_changed (self);
}

/* Checking against the kit ---------------------------------------------- */

static MisKitProblem *
new_problem (MisProblemSeverity  severity,
             const char         *location,
             const char         *message)
{
  MisKitProblem *problem = g_new0 (MisKitProblem, 1);

  problem->severity = severity;
  problem->location = g_strdup (location);
  problem->message = g_strdup (message);
  return problem;
}

static char *
check_step (MisPlanStep          *step,
            MisKit               *kit,
            MisPlanPageCountFunc  page_count,
            gpointer              user_data)
{
  static const MisResourceKind kinds[] = {
    [MIS_PLAN_STEP_FILM] = MIS_RESOURCE_KIND_FILM,
    [MIS_PLAN_STEP_PHOTO_NOVEL] = MIS_RESOURCE_KIND_PHOTO_NOVEL,
    [MIS_PLAN_STEP_MANUAL] = MIS_RESOURCE_KIND_MANUAL,
  };
  MisResource *resource;
  guint n_pages = 0;

  if (step->kind == MIS_PLAN_STEP_DISCUSSION)
    return NULL;

  resource = mis_kit_lookup_resource (kit, step->resource_id);
  if (resource == NULL)
    return g_strdup_printf (_("The kit has no resource “%s”."), step->resource_id);
  if (mis_resource_get_kind (resource) != kinds[step->kind])
    return g_strdup_printf (_("“%s” is not a %s."), step->resource_id,
                            mis_resource_kind_get_label (kinds[step->kind]));
  if (!mis_resource_get_available (resource))
    return g_strdup (mis_resource_get_unavailable_reason (resource));

  if (step->kind == MIS_PLAN_STEP_FILM)
    {
      double duration = mis_resource_get_duration (resource);
      double last = step->to >= 0 ? step->to : step->from;

      for (guint i = 0; i < step->pauses->len; i++)
        last = MAX (last, ((MisPausePoint *) g_ptr_array_index (step->pauses, i))->time);
      if (duration > 0 && last > duration + 0.5)
        {
          g_autofree char *at = mis_plan_format_time (last);
          g_autofree char *end = mis_plan_format_time (duration);
          return g_strdup_printf (_("%s is after the end of the film (%s)."), at, end);
        }
      return NULL;
    }

  if (step->kind == MIS_PLAN_STEP_PHOTO_NOVEL)
    n_pages = mis_resource_get_pages (resource)->len;
  else if ((n_pages = mis_resource_get_page_count (resource)) == 0 && page_count != NULL)
    n_pages = page_count (resource, user_data);

  for (guint i = 0; n_pages > 0 && i < step->pages->len; i++)
    if (g_array_index (step->pages, guint, i) > n_pages)
      return mis_plan_describe_page_past_end (g_array_index (step->pages, guint, i), n_pages);
  return NULL;
}

/**
 * mis_plan_describe_page_past_end:
 * @page: from 1
 *
 * Returns: why a step cannot show @page, as the check and the runner say it
 */
char *
mis_plan_describe_page_past_end (guint page,
                                 guint n_pages)
{
  return g_strdup_printf (ngettext ("Page %u is past the end (the resource has %u page).",
                                    "Page %u is past the end (the resource has %u pages).", n_pages),
                          page, n_pages);
}

/**
 * mis_plan_check:
 * @page_count: (nullable): finds a manual's page count when the kit does
 *   not know it yet
 * @location: (nullable): the plan's JSON path, for @problems
 * @problems: (nullable): receives a #MisKitProblem for each step that
 *   cannot be shown
 *
 * Marks each step that cannot be shown with its reason.
 *
 * Returns: how many steps cannot be shown
 */
guint
mis_plan_check (MisPlan              *self,
                MisKit               *kit,
                MisPlanPageCountFunc  page_count,
                gpointer              user_data,
                const char           *location,
                GPtrArray            *problems)
{
  guint unavailable = 0;

  g_return_val_if_fail (MIS_IS_PLAN (self), 0);
  g_return_val_if_fail (MIS_IS_KIT (kit), 0);

  for (guint i = 0; i < mis_plan_get_n_steps (self); i++)
    {
      MisPlanStep *step = mis_plan_get_step (self, i);
      g_autofree char *reason = check_step (step, kit, page_count, user_data);

      mis_plan_step_set_unavailable_reason (step, reason);
      if (reason == NULL)
        continue;

      unavailable++;
      if (problems != NULL)
        {
          g_autofree char *where = g_strdup_printf ("%s%ssteps[%u]", location != NULL ? location : "",
                                                    location != NULL ? "." : "", i);
          g_ptr_array_add (problems, new_problem (MIS_PROBLEM_ERROR, where, reason));
        }
    }

  return unavailable;
}
