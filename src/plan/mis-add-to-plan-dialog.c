/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-add-to-plan-dialog.c: "Add to a Plan": says what step will be added
 * (this film from 0:12, page 7 of the manual…), lists the facilitator's
 * plans, and makes a new one from a name. Says "added" with the plan, so
 * that the window can offer to open it.
 */
#define G_LOG_DOMAIN "mis-add-to-plan"

#include "config.h"

#include <glib/gi18n.h>

#include "mis-add-to-plan-dialog.h"
#include "mis-kit.h"

struct _MisAddToPlanDialog
{
  AdwWindow            parent_instance;

  AdwPreferencesGroup *step_group;
  GtkListBox          *plans_list;
  AdwEntryRow         *new_row;

  MisPlanBook         *book;
  MisPlanStep         *step;
};

G_DEFINE_FINAL_TYPE (MisAddToPlanDialog, mis_add_to_plan_dialog, ADW_TYPE_WINDOW)

enum {
  ADDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/**
 * mis_add_to_plan_dialog_add:
 *
 * Adds the step at the end of @plan and closes the dialog.
 */
void
mis_add_to_plan_dialog_add (MisAddToPlanDialog *self,
                            MisPlan            *plan)
{
  g_autoptr(MisAddToPlanDialog) hold = g_object_ref (self);

  g_return_if_fail (MIS_IS_ADD_TO_PLAN_DIALOG (self));
  g_return_if_fail (MIS_IS_PLAN (plan) && !mis_plan_get_from_kit (plan));

  mis_plan_append_step (plan, self->step);
  g_signal_emit (self, signals[ADDED], 0, plan);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
plan_chosen_cb (MisAddToPlanDialog *self,
                GtkListBoxRow      *row)
{
  MisPlan *plan = g_object_get_data (G_OBJECT (row), "plan");

  if (plan != NULL)
    mis_add_to_plan_dialog_add (self, plan);
}

static void
new_plan_cb (MisAddToPlanDialog *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->new_row))));

  if (*name == '\0')
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->new_row));
      return;
    }
  mis_add_to_plan_dialog_add (self, mis_plan_book_create (self->book, name));
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  MisAddToPlanDialog *self = user_data;
  MisPlan *plan = item;
  guint n = mis_plan_get_n_steps (plan);
  g_autofree char *title = g_markup_escape_text (mis_plan_get_title (plan, mis_plan_book_get_kit (self->book)), -1);
  g_autofree char *steps = g_strdup_printf (ngettext ("%u step", "%u steps", n), n);
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), steps);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("list-add-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "plan", g_object_ref (plan), g_object_unref);
  return row;
}

static void
mis_add_to_plan_dialog_dispose (GObject *object)
{
  MisAddToPlanDialog *self = MIS_ADD_TO_PLAN_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MIS_TYPE_ADD_TO_PLAN_DIALOG);
  g_clear_object (&self->book);
  g_clear_object (&self->step);

  G_OBJECT_CLASS (mis_add_to_plan_dialog_parent_class)->dispose (object);
}

static void
mis_add_to_plan_dialog_class_init (MisAddToPlanDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = mis_add_to_plan_dialog_dispose;

  /**
   * MisAddToPlanDialog::added:
   * @plan: the plan the step was added to
   */
  signals[ADDED] = g_signal_new ("added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 1, MIS_TYPE_PLAN);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/be/ecpat/MakeItSafe/plan/mis-add-to-plan-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MisAddToPlanDialog, step_group);
  gtk_widget_class_bind_template_child (widget_class, MisAddToPlanDialog, plans_list);
  gtk_widget_class_bind_template_child (widget_class, MisAddToPlanDialog, new_row);
  gtk_widget_class_bind_template_callback (widget_class, plan_chosen_cb);
  gtk_widget_class_bind_template_callback (widget_class, new_plan_cb);
}

static void
mis_add_to_plan_dialog_init (MisAddToPlanDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * mis_add_to_plan_dialog_new:
 * @step: (transfer none): the step to add
 */
MisAddToPlanDialog *
mis_add_to_plan_dialog_new (GtkWindow   *parent,
                            MisPlanBook *book,
                            MisPlanStep *step)
{
  MisAddToPlanDialog *self;
  g_autofree char *description = NULL;
  g_autofree char *escaped = NULL;

  g_return_val_if_fail (MIS_IS_PLAN_BOOK (book), NULL);
  g_return_val_if_fail (MIS_IS_PLAN_STEP (step), NULL);

  self = g_object_new (MIS_TYPE_ADD_TO_PLAN_DIALOG, "transient-for", parent, NULL);
  self->book = g_object_ref (book);
  self->step = g_object_ref (step);

  description = mis_plan_step_describe (step, mis_plan_book_get_kit (book));
  escaped = g_markup_escape_text (description, -1);
  adw_preferences_group_set_title (self->step_group, escaped);
  gtk_list_box_bind_model (self->plans_list, mis_plan_book_get_own (book), create_row, self, NULL);
  return self;
}
