/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-window-plans.c: the window's part in session plans: the plans page,
 * running a plan full screen (and back to its page on Escape), "Add to a
 * Plan" from whatever is shown (a resource's page, the film at this moment
 * or from the mark to here, the page read), and `--plan ID`.
 */
#define G_LOG_DOMAIN "mis-window"

#include "config.h"

#include <glib/gi18n.h>

#include "mis-add-to-plan-dialog.h"
#include "mis-text-index.h"
#include "mis-window-private.h"

/**
 * mis_window_show_plans:
 *
 * Shows the list of plans, from the library.
 */
void
mis_window_show_plans (MisWindow *self)
{
  g_return_if_fail (MIS_IS_WINDOW (self));

  if (self->plan_book == NULL)
    return;

  mis_plans_view_show_list (_mis_window_ensure_plans_view (self));
  _mis_window_show_page (self, "plans");
}

static void
show_plan (MisWindow *self,
           MisPlan   *plan)
{
  mis_plans_view_show_plan (_mis_window_ensure_plans_view (self), plan);
  _mis_window_show_page (self, "plans");
}

/**
 * mis_window_run_plan:
 * @step: where to start, from 0
 *
 * Runs @plan full screen, on black.
 */
void
mis_window_run_plan (MisWindow *self,
                     MisPlan   *plan,
                     guint      step)
{
  g_return_if_fail (MIS_IS_WINDOW (self));
  g_return_if_fail (MIS_IS_PLAN (plan));
  g_return_if_fail (self->plan_book != NULL);

  if (mis_plan_get_n_steps (plan) == 0)
    return;

  _mis_window_close_viewers (self);
  _mis_window_show_page (self, "runner");
  gtk_window_fullscreen (GTK_WINDOW (self));
  mis_plan_runner_start (self->plan_runner, self->plan_book, plan, step);
  gtk_widget_grab_focus (GTK_WIDGET (self->plan_runner));
}

/**
 * mis_window_run_plan_when_loaded:
 *
 * For `make-it-safe --plan ID`: the plan runs as soon as the kit is loaded.
 */
void
mis_window_run_plan_when_loaded (MisWindow  *self,
                                 const char *plan_id)
{
  g_return_if_fail (MIS_IS_WINDOW (self));

  g_free (self->pending_plan);
  self->pending_plan = g_strdup (plan_id);
}

static void
plans_start_cb (MisWindow    *self,
                MisPlan      *plan,
                guint         step,
                MisPlansView *view)
{
  mis_window_run_plan (self, plan, step);
}

static void
runner_leave_cb (MisWindow *self)
{
  g_autoptr(MisPlan) plan = NULL;

  if (mis_plan_runner_get_plan (self->plan_runner) != NULL)
    plan = g_object_ref (mis_plan_runner_get_plan (self->plan_runner));

  mis_plan_runner_stop (self->plan_runner);
  if (gtk_window_is_fullscreen (GTK_WINDOW (self)))
    gtk_window_unfullscreen (GTK_WINDOW (self));
  if (plan != NULL)
    show_plan (self, plan);
  else
    mis_window_show_plans (self);
}

/* Add to a plan ------------------------------------------------------------ */

static MisPlanStep *
page_step (MisResource *resource,
           guint        page)
{
  MisPlanStepKind kind = mis_resource_get_kind (resource) == MIS_RESOURCE_KIND_MANUAL
                         ? MIS_PLAN_STEP_MANUAL : MIS_PLAN_STEP_PHOTO_NOVEL;
  MisPlanStep *step = mis_plan_step_new (kind, mis_resource_get_id (resource));
  g_autofree char *text = g_strdup_printf ("%u", page);

  mis_plan_step_set_pages_text (step, text, NULL);
  return step;
}

/* The step "Add to a Plan" adds from what is shown. */
static MisPlanStep *
step_from_page (MisWindow *self)
{
  const char *page = gtk_stack_get_visible_child_name (self->main_stack);
  MisResource *resource;

  if (g_strcmp0 (page, "resource") == 0 &&
      (resource = mis_resource_page_get_resource (self->resource_page)) != NULL)
    return mis_plan_step_new_for_resource (resource);

  if (g_strcmp0 (page, "player") == 0 && (resource = mis_player_view_get_film (self->player_view)) != NULL)
    {
      MisPlanStep *step = mis_plan_step_new (MIS_PLAN_STEP_FILM, mis_resource_get_id (resource));
      double here = mis_mpv_get_position (mis_player_view_get_player (self->player_view));

      /* From the mark to here, or from here to the end. */
      if (g_strcmp0 (self->mark_film, mis_resource_get_id (resource)) == 0 && self->mark_time < here)
        mis_plan_step_set_range (step, self->mark_time, here);
      else
        mis_plan_step_set_range (step, here, -1);
      return step;
    }

  if (g_strcmp0 (page, "reader") == 0 && (resource = mis_reader_view_get_novel (self->reader_view)) != NULL)
    return page_step (resource, mis_reading_model_get_page (mis_reader_view_get_model (self->reader_view)) + 1);

  if (g_strcmp0 (page, "manual") == 0 && (resource = mis_manual_view_get_manual (self->manual_view)) != NULL)
    return page_step (resource, mis_manual_view_get_page (self->manual_view) + 1);

  return NULL;
}

static void
added_cb (MisWindow          *self,
          MisPlan            *plan,
          MisAddToPlanDialog *dialog)
{
  g_autofree char *message = g_strdup_printf (_("Added to “%s”"), mis_plan_get_title (plan, self->kit));
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_button_label (toast, _("_Show the Plan"));
  adw_toast_set_action_name (toast, "win.show-plan");
  adw_toast_set_action_target_value (toast, g_variant_new_string (mis_plan_get_id (plan)));
  _mis_window_add_toast (self, toast);
  g_clear_pointer (&self->mark_film, g_free);
}

/* A search hit: the film from a little before its words, or its page. */
static MisPlanStep *
step_from_hit (const MisTextEntry *hit)
{
  MisPlanStep *step;

  if (mis_resource_get_kind (hit->resource) != MIS_RESOURCE_KIND_FILM)
    return page_step (hit->resource, (guint) hit->page + 1);

  step = mis_plan_step_new (MIS_PLAN_STEP_FILM, mis_resource_get_id (hit->resource));
  mis_plan_step_set_range (step, MAX (0, hit->time - MIS_WINDOW_HIT_LEAD_IN_S), -1);
  return step;
}

static void
ask_plan (MisWindow   *self,
          MisPlanStep *step)
{
  MisAddToPlanDialog *dialog = mis_add_to_plan_dialog_new (GTK_WINDOW (self), self->plan_book, step);

  g_signal_connect_object (dialog, "added", G_CALLBACK (added_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
hit_add_to_plan_cb (MisWindow          *self,
                    const MisTextEntry *hit)
{
  g_autoptr(MisPlanStep) step = NULL;

  if (self->plan_book == NULL || hit == NULL)
    return;

  step = step_from_hit (hit);
  ask_plan (self, step);
}

static void
add_to_plan_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  MisWindow *self = MIS_WINDOW (widget);
  g_autoptr(MisPlanStep) step = NULL;

  if (self->plan_book == NULL || (step = step_from_page (self)) == NULL)
    return;

  ask_plan (self, step);
}

static void
mark_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MisWindow *self = MIS_WINDOW (widget);
  MisResource *film;
  g_autofree char *at = NULL;
  g_autofree char *message = NULL;

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "player") != 0 ||
      (film = mis_player_view_get_film (self->player_view)) == NULL)
    return;

  g_free (self->mark_film);
  self->mark_film = g_strdup (mis_resource_get_id (film));
  self->mark_time = mis_mpv_get_position (mis_player_view_get_player (self->player_view));
  at = mis_plan_format_time (self->mark_time);
  message = g_strdup_printf (_("Mark set at %s: “Add to a Plan” will add the film from here."), at);
  _mis_window_toast (self, message);
}

static void
show_plans_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  mis_window_show_plans (MIS_WINDOW (widget));
}

static void
show_plan_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  MisWindow *self = MIS_WINDOW (widget);
  MisPlan *plan;

  if (self->plan_book != NULL &&
      (plan = mis_plan_book_lookup (self->plan_book, g_variant_get_string (parameter, NULL))) != NULL)
    {
      mis_window_show_library (self);
      show_plan (self, plan);
    }
}

/* With the window ---------------------------------------------------------- */

void
_mis_window_plans_set_kit (MisWindow *self)
{
  g_autoptr(MisPlanBook) book = mis_plan_book_new (self->kit, self->state_store);
  g_autofree char *plan_id = g_steal_pointer (&self->pending_plan);
  MisPlan *plan;

  mis_plan_runner_stop (self->plan_runner);
  g_set_object (&self->plan_book, book);
  if (self->plans_view != NULL)
    mis_plans_view_set_book (self->plans_view, book);

  if (plan_id == NULL)
    return;

  plan = mis_plan_book_lookup (book, plan_id);
  if (plan != NULL && mis_plan_get_n_steps (plan) > 0)
    mis_window_run_plan (self, plan, mis_plan_book_get_step (book, plan));
  else
    {
      g_autofree char *message = g_strdup_printf (_("This kit has no plan with the id “%s”."), plan_id);

      g_printerr ("make-it-safe: --plan %s: %s\n", plan_id, message);
      _mis_window_toast (self, message);
    }
}

/* A reset (quick exit, shared computer) leaves no plan running; a private
 * store has just forgotten the session's own plans. */
void
_mis_window_plans_reset (MisWindow *self)
{
  mis_plan_runner_stop (self->plan_runner);
  g_clear_pointer (&self->mark_film, g_free);
  if (self->plan_book != NULL && mis_state_store_get_private (self->state_store))
    mis_plan_book_reload (self->plan_book);
  if (self->plans_view != NULL)
    mis_plans_view_show_list (self->plans_view);
}

gboolean
_mis_window_plans_silence (MisWindow *self)
{
  return mis_plan_runner_silence (self->plan_runner);
}

gboolean
_mis_window_plans_playing (MisWindow *self)
{
  return mis_plan_runner_get_playing (self->plan_runner);
}

void
_mis_window_plans_dispose (MisWindow *self)
{
  g_clear_object (&self->plan_book);
  g_clear_pointer (&self->pending_plan, g_free);
  g_clear_pointer (&self->mark_film, g_free);
}

void
_mis_window_plans_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.show-plans", NULL, show_plans_action);
  gtk_widget_class_install_action (widget_class, "win.show-plan", "s", show_plan_action);
  gtk_widget_class_install_action (widget_class, "win.add-to-plan", NULL, add_to_plan_action);
  gtk_widget_class_install_action (widget_class, "win.plan-mark", NULL, mark_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK, "win.add-to-plan", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_m, GDK_CONTROL_MASK, "win.plan-mark", NULL);
}

/* Built the first time the plans are shown (see _mis_window_add_viewer). */
MisPlansView *
_mis_window_ensure_plans_view (MisWindow *self)
{
  if (self->plans_view == NULL)
    {
      self->plans_view = MIS_PLANS_VIEW (_mis_window_add_viewer (self, MIS_TYPE_PLANS_VIEW, "plans"));
      g_object_set (self->plans_view, "can-print", self->can_print, "can-save", self->can_save, NULL);
      g_signal_connect_object (self->plans_view, "start", G_CALLBACK (plans_start_cb), self, G_CONNECT_SWAPPED);
      if (self->plan_book != NULL)
        mis_plans_view_set_book (self->plans_view, self->plan_book);
    }
  return self->plans_view;
}

void
_mis_window_plans_init (MisWindow *self)
{
  g_signal_connect_object (self->library_view, "hit-add-to-plan", G_CALLBACK (hit_add_to_plan_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->plan_runner, "leave", G_CALLBACK (runner_leave_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->plan_runner, "notify::playing", G_CALLBACK (_mis_window_update_playing), self,
                           G_CONNECT_SWAPPED);
}

MisPlanBook *
mis_window_get_plan_book (MisWindow *self)
{
  g_return_val_if_fail (MIS_IS_WINDOW (self), NULL);
  return self->plan_book;
}

MisPlansView *
mis_window_get_plans_view (MisWindow *self)
{
  g_return_val_if_fail (MIS_IS_WINDOW (self), NULL);
  return _mis_window_ensure_plans_view (self);
}

MisPlanRunner *
mis_window_get_plan_runner (MisWindow *self)
{
  g_return_val_if_fail (MIS_IS_WINDOW (self), NULL);
  return self->plan_runner;
}
