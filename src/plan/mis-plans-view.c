/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-plans-view.c: "Session Plans", reached from the library: the kit's
 * plans and the facilitator's own in two lists; one plan shown with its
 * steps (and, for one's own, its title, duration and steps to reorder,
 * edit and remove); start, continue where the last run stopped, print the
 * handout, duplicate, export to a file and import from one (a plan passed
 * on a USB stick).
 */
#define G_LOG_DOMAIN "mis-plans-view"

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "mis-kit.h"
#include "mis-plan-print.h"
#include "mis-plans-view.h"
#include "mis-print-policy.h"
#include "mis-step-editor.h"

struct _MisPlansView
{
  GtkWidget       parent_instance;

  GtkStack       *stack;
  GtkListBox     *kit_list;
  GtkListBox     *own_list;
  GtkWidget      *kit_group;
  AdwWindowTitle *plan_title;
  GtkWidget      *continue_button;
  GtkWidget      *print_button;
  GtkWidget      *details_group;
  AdwEntryRow    *title_row;
  GtkSpinButton  *duration_spin;
  GtkWidget      *kit_note;
  GtkListBox     *steps_list;
  GtkWidget      *add_discussion_button;

  MisPlanBook    *book;
  MisPlan        *plan;
  gulong          plan_changed_id;
  gboolean        filling;
  gboolean        can_print;
  gboolean        can_save;
  GtkFileChooserNative *chooser;
};

G_DEFINE_FINAL_TYPE (MisPlansView, mis_plans_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CAN_PRINT,
  PROP_CAN_SAVE,
  N_PROPS
};

enum {
  START,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static MisKit *
kit_of (MisPlansView *self)
{
  return mis_plan_book_get_kit (self->book);
}

static GtkWindow *
window_of (MisPlansView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
tell (MisPlansView *self,
      const char   *heading,
      const char   *body)
{
  GtkWidget *dialog = adw_message_dialog_new (window_of (self), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The lists of plans ------------------------------------------------------ */

static GtkWidget *
create_plan_row (gpointer item,
                 gpointer user_data)
{
  MisPlansView *self = user_data;
  MisPlan *plan = item;
  g_autofree char *summary = mis_plan_describe_length (plan);
  g_autofree char *title = g_markup_escape_text (mis_plan_get_title (plan, kit_of (self)), -1);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *start = gtk_button_new_from_icon_name ("media-playback-start-symbolic");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), summary);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));

  gtk_widget_set_valign (start, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (start, _("Start"));
  gtk_widget_add_css_class (start, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (start), "plans.start-id");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (start), "s", mis_plan_get_id (plan));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), start);
  g_object_set_data_full (G_OBJECT (row), "plan", g_object_ref (plan), g_object_unref);
  return row;
}

static void
row_activated_cb (MisPlansView  *self,
                  GtkListBoxRow *row)
{
  MisPlan *plan = g_object_get_data (G_OBJECT (row), "plan");

  if (plan != NULL)
    mis_plans_view_show_plan (self, plan);
}

/* One plan ---------------------------------------------------------------- */

static const char *
step_icon (MisPlanStepKind kind)
{
  switch (kind)
    {
    case MIS_PLAN_STEP_FILM:
      return "video-x-generic-symbolic";
    case MIS_PLAN_STEP_PHOTO_NOVEL:
      return "image-x-generic-symbolic";
    case MIS_PLAN_STEP_MANUAL:
      return "x-office-document-symbolic";
    case MIS_PLAN_STEP_DISCUSSION:
    default:
      return "user-available-symbolic";
    }
}

static GtkWidget *
step_button (const char *icon,
             const char *tooltip,
             const char *action,
             guint       index)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "u", index);
  return button;
}

static void
fill_steps (MisPlansView *self)
{
  GtkWidget *child;
  gboolean own = !mis_plan_get_from_kit (self->plan);
  guint n = mis_plan_get_n_steps (self->plan);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->steps_list))) != NULL)
    gtk_list_box_remove (self->steps_list, child);

  mis_plan_check (self->plan, kit_of (self), NULL, NULL, NULL, NULL);
  for (guint i = 0; i < n; i++)
    {
      MisPlanStep *step = mis_plan_get_step (self->plan, i);
      g_autofree char *description = mis_plan_step_describe (step, kit_of (self));
      g_autofree char *title = g_strdup_printf ("%u. %s", i + 1, description);
      g_autofree char *escaped = g_markup_escape_text (title, -1);
      const char *reason = mis_plan_step_get_unavailable_reason (step);
      const char *notes = mis_plan_step_get_notes (step, kit_of (self));
      g_autofree char *subtitle = NULL;
      GtkWidget *row = adw_action_row_new ();

      if (reason != NULL)
        subtitle = g_markup_printf_escaped ("<span weight=\"bold\">%s</span>", reason);
      else if (notes != NULL)
        subtitle = g_markup_escape_text (notes, -1);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
      if (subtitle != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      if (reason != NULL)
        gtk_widget_add_css_class (row, "warning");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name (step_icon (mis_plan_step_get_kind (step))));

      if (own)
        {
          GtkWidget *up = step_button ("go-up-symbolic", _("Move Up"), "plans.step-up", i);
          GtkWidget *down = step_button ("go-down-symbolic", _("Move Down"), "plans.step-down", i);

          gtk_widget_set_sensitive (up, i > 0);
          gtk_widget_set_sensitive (down, i + 1 < n);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), up);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), down);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                     step_button ("document-edit-symbolic", _("Edit"), "plans.step-edit", i));
          adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                     step_button ("user-trash-symbolic", _("Remove"), "plans.step-remove", i));
        }
      gtk_list_box_append (self->steps_list, row);
    }
}

static void
update_plan_page (MisPlansView *self)
{
  gboolean own = !mis_plan_get_from_kit (self->plan);
  guint left_at = mis_plan_book_get_step (self->book, self->plan);
  g_autofree char *summary = mis_plan_describe_length (self->plan);

  self->filling = TRUE;
  adw_window_title_set_title (self->plan_title, mis_plan_get_title (self->plan, kit_of (self)));
  adw_window_title_set_subtitle (self->plan_title, summary);
  if (own && g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->title_row)),
                        mis_plan_get_title (self->plan, kit_of (self))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->title_row), mis_plan_get_title (self->plan, kit_of (self)));
  gtk_spin_button_set_value (self->duration_spin, mis_plan_get_duration (self->plan));
  self->filling = FALSE;

  gtk_widget_set_visible (self->details_group, own);
  gtk_widget_set_visible (self->kit_note, !own);
  gtk_widget_set_visible (self->add_discussion_button, own);
  gtk_widget_set_visible (self->print_button, self->can_print);

  if (left_at > 0)
    {
      /* Translators: a button: carry on a plan at the step where its last run stopped */
      g_autofree char *label = g_strdup_printf (_("_Continue at Step %u"), left_at + 1);
      gtk_button_set_label (GTK_BUTTON (self->continue_button), label);
    }
  gtk_widget_set_visible (self->continue_button, left_at > 0);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plans.delete", own);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plans.export", self->can_save);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plans.start", mis_plan_get_n_steps (self->plan) > 0);
  fill_steps (self);
}

static void
title_changed_cb (MisPlansView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->title_row));

  if (self->filling || self->plan == NULL || mis_plan_get_from_kit (self->plan) || *text == '\0')
    return;
  mis_plan_set_title (self->plan, mis_kit_get_language (kit_of (self)), text);
}

static void
duration_changed_cb (MisPlansView *self)
{
  if (self->filling || self->plan == NULL || mis_plan_get_from_kit (self->plan))
    return;
  mis_plan_set_duration (self->plan, (guint) gtk_spin_button_get_value_as_int (self->duration_spin));
}

static void
set_plan (MisPlansView *self,
          MisPlan      *plan)
{
  if (self->plan != NULL)
    g_clear_signal_handler (&self->plan_changed_id, self->plan);
  g_set_object (&self->plan, plan);
  if (plan != NULL)
    self->plan_changed_id = g_signal_connect_object (plan, "changed", G_CALLBACK (update_plan_page), self,
                                                     G_CONNECT_SWAPPED);
}

void
mis_plans_view_show_plan (MisPlansView *self,
                          MisPlan      *plan)
{
  g_return_if_fail (MIS_IS_PLANS_VIEW (self));
  g_return_if_fail (MIS_IS_PLAN (plan));

  set_plan (self, plan);
  update_plan_page (self);
  gtk_stack_set_visible_child_name (self->stack, "plan");
}

static void
bind_lists (MisPlansView *self)
{
  MisPlanBook *book = self->book;

  /* Bound again each time the lists show: a title edited meanwhile. */
  gtk_list_box_bind_model (self->kit_list, book ? mis_kit_get_plans (mis_plan_book_get_kit (book)) : NULL,
                           create_plan_row, self, NULL);
  gtk_list_box_bind_model (self->own_list, book ? mis_plan_book_get_own (book) : NULL,
                           create_plan_row, self, NULL);
  gtk_widget_set_visible (self->kit_group,
                          book != NULL && g_list_model_get_n_items (mis_kit_get_plans (mis_plan_book_get_kit (book))) > 0);
}

void
mis_plans_view_show_list (MisPlansView *self)
{
  g_return_if_fail (MIS_IS_PLANS_VIEW (self));

  set_plan (self, NULL);
  bind_lists (self);
  gtk_stack_set_visible_child_name (self->stack, "list");
}

/**
 * mis_plans_view_get_plan:
 *
 * Returns: (transfer none) (nullable): the plan shown, if one is
 */
MisPlan *
mis_plans_view_get_plan (MisPlansView *self)
{
  g_return_val_if_fail (MIS_IS_PLANS_VIEW (self), NULL);
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "plan") == 0 ? self->plan : NULL;
}

void
mis_plans_view_set_book (MisPlansView *self,
                         MisPlanBook  *book)
{
  g_return_if_fail (MIS_IS_PLANS_VIEW (self));
  g_return_if_fail (book == NULL || MIS_IS_PLAN_BOOK (book));

  g_set_object (&self->book, book);
  mis_plans_view_show_list (self);
}

MisPlanBook *
mis_plans_view_get_book (MisPlansView *self)
{
  g_return_val_if_fail (MIS_IS_PLANS_VIEW (self), NULL);
  return self->book;
}

/* Actions ------------------------------------------------------------------ */

static void
start (MisPlansView *self,
       MisPlan      *plan,
       guint         step)
{
  g_signal_emit (self, signals[START], 0, plan, step);
}

static void
start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  MisPlansView *self = MIS_PLANS_VIEW (widget);

  if (self->plan != NULL)
    start (self, self->plan, g_str_equal (action_name, "plans.continue")
                             ? mis_plan_book_get_step (self->book, self->plan) : 0);
}

static void
start_id_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  MisPlansView *self = MIS_PLANS_VIEW (widget);
  MisPlan *plan = mis_plan_book_lookup (self->book, g_variant_get_string (parameter, NULL));

  if (plan != NULL && mis_plan_get_n_steps (plan) > 0)
    start (self, plan, mis_plan_book_get_step (self->book, plan));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  mis_plans_view_show_list (MIS_PLANS_VIEW (widget));
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  MisPlansView *self = MIS_PLANS_VIEW (widget);
  MisPlan *plan = mis_plan_book_create (self->book, _("New Plan"));

  mis_plans_view_show_plan (self, plan);
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}

static void
duplicate_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  MisPlansView *self = MIS_PLANS_VIEW (widget);

  if (self->plan != NULL)
    mis_plans_view_show_plan (self, mis_plan_book_duplicate (self->book, self->plan));
}

static void
delete_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    MisPlansView     *self)
{
  g_autoptr(MisPlan) plan = g_object_steal_data (G_OBJECT (dialog), "plan");

  if (g_str_equal (response, "delete") && self->book != NULL)
    {
      mis_plan_book_remove (self->book, plan);
      mis_plans_view_show_list (self);
    }
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MisPlansView *self = MIS_PLANS_VIEW (widget);
  GtkWidget *dialog;
  g_autofree char *heading = NULL;

  if (self->plan == NULL || mis_plan_get_from_kit (self->plan))
    return;

  heading = g_strdup_printf (_("Delete “%s”?"), mis_plan_get_title (self->plan, kit_of (self)));
  dialog = adw_message_dialog_new (window_of (self), heading, _("The plan and its steps are removed. "
                                                                "The films, pages and manuals stay in the kit."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "delete", _("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete", ADW_RESPONSE_DESTRUCTIVE);
  g_object_set_data_full (G_OBJECT (dialog), "plan", g_object_ref (self->plan), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_discussion_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  MisPlansView *self = MIS_PLANS_VIEW (widget);
  g_autoptr(MisPlanStep) step = mis_plan_step_new (MIS_PLAN_STEP_DISCUSSION, NULL);
  MisStepEditor *editor;

  mis_plan_step_set_text (step, mis_kit_get_language (kit_of (self)), _("What do you think?"));
  mis_plan_step_set_minutes (step, 5);
  mis_plan_append_step (self->plan, step);
  editor = mis_step_editor_new (window_of (self), kit_of (self), step);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
step_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MisPlansView *self = MIS_PLANS_VIEW (widget);
  guint index = g_variant_get_uint32 (parameter);
  guint n;

  if (self->plan == NULL || mis_plan_get_from_kit (self->plan))
    return;

  n = mis_plan_get_n_steps (self->plan);
  if (index >= n)
    return;

  if (g_str_equal (action_name, "plans.step-up") && index > 0)
    mis_plan_move_step (self->plan, index, index - 1);
  else if (g_str_equal (action_name, "plans.step-down") && index + 1 < n)
    mis_plan_move_step (self->plan, index, index + 1);
  else if (g_str_equal (action_name, "plans.step-remove"))
    mis_plan_remove_step (self->plan, index);
  else if (g_str_equal (action_name, "plans.step-edit"))
    gtk_window_present (GTK_WINDOW (mis_step_editor_new (window_of (self), kit_of (self),
                                                         mis_plan_get_step (self->plan, index))));
}

/* Printing ----------------------------------------------------------------- */

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               MisPlansView            *self)
{
  g_autoptr(GError) error = NULL;

  if (mis_print_was_refused (operation))
    tell (self, _("Printing to a File Is Turned Off"),
          _("On this computer, the handout can be printed on paper only."));
  else if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      tell (self, _("The Handout Could Not Be Printed"), error != NULL ? error->message : NULL);
    }
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  MisPlansView *self = MIS_PLANS_VIEW (widget);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;

  if (self->plan == NULL || !self->can_print)
    return;

  operation = mis_plan_print_new (self->plan, kit_of (self));
  if (!self->can_save)
    mis_print_refuse_files (operation);
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), self, 0);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, window_of (self), &error) ==
      GTK_PRINT_OPERATION_RESULT_ERROR)
    tell (self, _("The Handout Could Not Be Printed"), error->message);
}

/* Import and export -------------------------------------------------------- */

static void
import_loaded_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      data)
{
  g_autoptr(MisPlansView) self = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = g_file_get_basename (G_FILE (object));
  gsize length = 0;
  MisPlan *plan;

  if (!g_file_load_contents_finish (G_FILE (object), result, &contents, &length, NULL, &error))
    {
      tell (self, _("This Plan Cannot Be Imported"), error->message);
      return;
    }

  if (self->book == NULL)
    return;

  plan = mis_plan_book_import (self->book, name, contents, length, &error);
  if (plan == NULL)
    {
      tell (self, _("This Plan Cannot Be Imported"), error->message);
      return;
    }
  mis_plans_view_show_plan (self, plan);
}

/* The size is asked first: a huge file is refused before it is read. */
static void
import_info_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      data)
{
  g_autoptr(MisPlansView) self = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFileInfo) info = g_file_query_info_finish (G_FILE (object), result, &error);
  g_autofree char *name = g_file_get_basename (G_FILE (object));

  if (info == NULL)
    {
      tell (self, _("This Plan Cannot Be Imported"), error->message);
      return;
    }

  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR ||
      g_file_info_get_size (info) > MIS_PLAN_MAX_FILE_SIZE)
    {
      g_autofree char *size = g_format_size (g_file_info_get_size (info));
      g_autofree char *message = g_strdup_printf (_("“%s” is too large to be a plan (%s)."), name, size);

      tell (self, _("This Plan Cannot Be Imported"), message);
      return;
    }

  g_file_load_contents_async (G_FILE (object), NULL, import_loaded_cb, g_steal_pointer (&self));
}

/**
 * mis_plans_view_import_file:
 *
 * Reads a plan file in the background and shows the plan once it is added,
 * or says why it cannot be.
 */
void
mis_plans_view_import_file (MisPlansView *self,
                            GFile        *file)
{
  g_return_if_fail (MIS_IS_PLANS_VIEW (self));
  g_return_if_fail (G_IS_FILE (file));

  g_file_query_info_async (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                           G_FILE_QUERY_INFO_NONE, G_PRIORITY_DEFAULT, NULL, import_info_cb, g_object_ref (self));
}

static void
export_written_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      data)
{
  g_autoptr(MisPlansView) self = data;
  g_autoptr(GError) error = NULL;

  if (!g_file_replace_contents_finish (G_FILE (object), result, NULL, &error))
    tell (self, _("The Plan Could Not Be Saved"), error->message);
}

/**
 * mis_plans_view_export_file:
 *
 * Writes the plan shown to @file, atomically, in the background.
 */
void
mis_plans_view_export_file (MisPlansView *self,
                            GFile        *file)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  GBytes *bytes;

  g_return_if_fail (MIS_IS_PLANS_VIEW (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (self->plan != NULL);

  contents = mis_plan_export (self->plan, kit_of (self), &length);
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  g_file_replace_contents_bytes_async (file, bytes, NULL, FALSE, G_FILE_CREATE_NONE, NULL,
                                       export_written_cb, g_object_ref (self));
  g_bytes_unref (bytes);
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     MisPlansView    *self)
{
  g_autoptr(GFile) file = NULL;
  gboolean saving = gtk_file_chooser_get_action (GTK_FILE_CHOOSER (chooser)) == GTK_FILE_CHOOSER_ACTION_SAVE;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);

  if (file == NULL)
    return;
  if (saving)
    mis_plans_view_export_file (self, file);
  else
    mis_plans_view_import_file (self, file);
}

static void
choose_file (MisPlansView         *self,
             GtkFileChooserAction  action)
{
  gboolean saving = action == GTK_FILE_CHOOSER_ACTION_SAVE;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  if (self->chooser != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (saving ? _("Export the Plan") : _("Import a Plan"),
                                               window_of (self), action,
                                               saving ? _("_Export") : _("_Import"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Plans"));
  gtk_file_filter_add_pattern (filter, "*.json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  if (saving)
    {
      g_autofree char *name = g_strdup_printf ("%s.json", mis_plan_get_id (self->plan));
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
    }
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  choose_file (MIS_PLANS_VIEW (widget), GTK_FILE_CHOOSER_ACTION_OPEN);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MisPlansView *self = MIS_PLANS_VIEW (widget);

  if (self->plan != NULL && self->can_save)
    choose_file (self, GTK_FILE_CHOOSER_ACTION_SAVE);
}

/* Life cycle -------------------------------------------------------------- */

static void
update_policy (MisPlansView *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plans.print", self->can_print);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plans.export", self->can_save);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plans.import", self->can_save);
  gtk_widget_set_visible (self->print_button, self->can_print);
}

static void
mis_plans_view_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  MisPlansView *self = MIS_PLANS_VIEW (object);

  switch (prop_id)
    {
    case PROP_CAN_PRINT:
      self->can_print = g_value_get_boolean (value);
      update_policy (self);
      break;
    case PROP_CAN_SAVE:
      self->can_save = g_value_get_boolean (value);
      update_policy (self);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mis_plans_view_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  MisPlansView *self = MIS_PLANS_VIEW (object);

  switch (prop_id)
    {
    case PROP_CAN_PRINT:
      g_value_set_boolean (value, self->can_print);
      break;
    case PROP_CAN_SAVE:
      g_value_set_boolean (value, self->can_save);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mis_plans_view_dispose (GObject *object)
{
  MisPlansView *self = MIS_PLANS_VIEW (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  set_plan (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), MIS_TYPE_PLANS_VIEW);
  g_clear_object (&self->book);

  G_OBJECT_CLASS (mis_plans_view_parent_class)->dispose (object);
}

static void
mis_plans_view_class_init (MisPlansViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mis_plans_view_dispose;
  object_class->set_property = mis_plans_view_set_property;
  object_class->get_property = mis_plans_view_get_property;

  /* Printing and saving follow the lockdown and the shared-computer policy. */
  properties[PROP_CAN_PRINT] =
    g_param_spec_boolean ("can-print", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_SAVE] =
    g_param_spec_boolean ("can-save", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * MisPlansView::start:
   * @plan: the plan to run
   * @step: the step to start at, from 0
   */
  signals[START] = g_signal_new ("start", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 2, MIS_TYPE_PLAN, G_TYPE_UINT);

  gtk_widget_class_install_action (widget_class, "plans.start", NULL, start_action);
  gtk_widget_class_install_action (widget_class, "plans.continue", NULL, start_action);
  gtk_widget_class_install_action (widget_class, "plans.start-id", "s", start_id_action);
  gtk_widget_class_install_action (widget_class, "plans.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "plans.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "plans.duplicate", NULL, duplicate_action);
  gtk_widget_class_install_action (widget_class, "plans.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "plans.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "plans.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "plans.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "plans.add-discussion", NULL, add_discussion_action);
  gtk_widget_class_install_action (widget_class, "plans.step-up", "u", step_action);
  gtk_widget_class_install_action (widget_class, "plans.step-down", "u", step_action);
  gtk_widget_class_install_action (widget_class, "plans.step-edit", "u", step_action);
  gtk_widget_class_install_action (widget_class, "plans.step-remove", "u", step_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "plans.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "plans.print", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, "/be/ecpat/MakeItSafe/plan/mis-plans-view.ui");
  gtk_widget_class_bind_template_child (widget_class, MisPlansView, stack);
  gtk_widget_class_bind_template_child (widget_class, MisPlansView, kit_list);
  gtk_widget_class_bind_template_child (widget_class, MisPlansView, own_list);
  gtk_widget_class_bind_template_child (widget_class, MisPlansView, kit_group);
  gtk_widget_class_bind_template_child (widget_class, MisPlansView, plan_title);
  gtk_widget_class_bind_template_child (widget_class, MisPlansView, continue_button);
  gtk_widget_class_bind_template_child (widget_class, MisPlansView, print_button);
  gtk_widget_class_bind_template_child (widget_class, MisPlansView, details_group);
  gtk_widget_class_bind_template_child (widget_class, MisPlansView, title_row);
  gtk_widget_class_bind_template_child (widget_class, MisPlansView, duration_spin);
  gtk_widget_class_bind_template_child (widget_class, MisPlansView, kit_note);
  gtk_widget_class_bind_template_child (widget_class, MisPlansView, steps_list);
  gtk_widget_class_bind_template_child (widget_class, MisPlansView, add_discussion_button);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, title_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, duration_changed_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
mis_plans_view_init (MisPlansView *self)
{
  self->can_print = TRUE;
  self->can_save = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
}
