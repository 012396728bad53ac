/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-check-kit-dialog.c: "Check This Kit": the checks of --check-kit (every
 * SHA-256, every path, the plans) in a worker, then each problem with the
 * resource it is about named by its title, errors first.
 */
#define G_LOG_DOMAIN "mis-check-kit"

#include "config.h"

#include <glib/gi18n.h>

#include "mis-check-kit-dialog.h"
#include "mis-kit-check.h"
#include "mis-pdf-document.h"
#include "mis-util.h"

struct _MisCheckKitDialog
{
  AdwWindow      parent_instance;

  GtkStack      *stack;
  GtkSpinner    *spinner;
  AdwStatusPage *summary_page;
  GtkListBox    *problems_list;

  GCancellable  *cancellable;
  gboolean       done;
  GPtrArray     *lines;   /* char *, as shown */
};

G_DEFINE_FINAL_TYPE (MisCheckKitDialog, mis_check_kit_dialog, ADW_TYPE_WINDOW)

static guint
count_pages (MisResource *manual,
             gpointer     user_data)
{
  return mis_pdf_document_count_pages (mis_resource_get_file (manual));
}

static void
check_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  GError *error = NULL;
  MisKit *kit = mis_kit_check_load (task_data, count_pages, NULL, cancellable, &error);

  if (kit == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, kit, g_object_unref);
}

static void
add_line (MisCheckKitDialog  *self,
          MisProblemSeverity  severity,
          const char         *text)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  GtkWidget *icon = gtk_image_new_from_icon_name (severity == MIS_PROBLEM_ERROR ? "dialog-error-symbolic"
                                                                                : "dialog-warning-symbolic");

  gtk_widget_add_css_class (icon, severity == MIS_PROBLEM_ERROR ? "error" : "warning");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  gtk_list_box_append (self->problems_list, row);
  gtk_widget_set_visible (GTK_WIDGET (self->problems_list), TRUE);
  g_ptr_array_add (self->lines, g_strdup (text));
}

static void
checked_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      data)
{
  g_autoptr(MisCheckKitDialog) self = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(MisKit) kit = g_task_propagate_pointer (G_TASK (result), &error);
  guint errors, warnings;
  g_autofree char *title = NULL;

  if (self->stack == NULL || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self->done = TRUE;
  gtk_stack_set_visible_child_name (self->stack, "result");
  if (kit == NULL)
    {
      adw_status_page_set_icon_name (self->summary_page, "dialog-error-symbolic");
      adw_status_page_set_title (self->summary_page, _("This Folder Is Not a Kit That Can Be Used"));
      adw_status_page_set_description (self->summary_page, error->message);
      add_line (self, MIS_PROBLEM_ERROR, error->message);
      return;
    }

  errors = mis_kit_count_problems (kit, MIS_PROBLEM_ERROR);
  warnings = mis_kit_count_problems (kit, MIS_PROBLEM_WARNING);
  if (errors + warnings == 0)
    {
      adw_status_page_set_icon_name (self->summary_page, "emblem-ok-symbolic");
      adw_status_page_set_title (self->summary_page, _("No Problems Found"));
      adw_status_page_set_description (self->summary_page,
                                       _("Every file is there and as index.json says: the kit can be copied and used."));
      return;
    }

  adw_status_page_set_icon_name (self->summary_page, errors > 0 ? "dialog-error-symbolic" : "dialog-warning-symbolic");
  /* Translators: the summary of "Check This Kit" */
  title = g_strdup_printf (ngettext ("%u Problem", "%u Problems", errors + warnings), errors + warnings);
  adw_status_page_set_title (self->summary_page, title);
  adw_status_page_set_description (self->summary_page,
                                   errors > 0 ? _("Errors leave parts of the kit out or unavailable; warnings are "
                                                  "texts missing in a language, or ids the kit does not know.")
                                              : _("Only warnings: the kit can be used as it is."));

  /* Errors first. */
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < mis_kit_get_problems (kit)->len; i++)
      {
        MisKitProblem *problem = g_ptr_array_index (mis_kit_get_problems (kit), i);
        MisProblemSeverity severity = mis_kit_problem_get_severity (problem);
        g_autofree char *text = NULL;

        if ((pass == 0) != (severity == MIS_PROBLEM_ERROR))
          continue;
        text = mis_kit_problem_describe (kit, problem);
        add_line (self, severity, text);
      }
}

gboolean
mis_check_kit_dialog_get_done (MisCheckKitDialog *self)
{
  g_return_val_if_fail (MIS_IS_CHECK_KIT_DIALOG (self), FALSE);
  return self->done;
}

guint
mis_check_kit_dialog_get_n_problems (MisCheckKitDialog *self)
{
  g_return_val_if_fail (MIS_IS_CHECK_KIT_DIALOG (self), 0);
  return self->lines->len;
}

/**
 * mis_check_kit_dialog_get_lines:
 *
 * Returns: (transfer none) (element-type utf8): the problems as shown
 */
GPtrArray *
mis_check_kit_dialog_get_lines (MisCheckKitDialog *self)
{
  g_return_val_if_fail (MIS_IS_CHECK_KIT_DIALOG (self), NULL);
  return self->lines;
}

static void
mis_check_kit_dialog_dispose (GObject *object)
{
  MisCheckKitDialog *self = MIS_CHECK_KIT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), MIS_TYPE_CHECK_KIT_DIALOG);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->lines, g_ptr_array_unref);

  G_OBJECT_CLASS (mis_check_kit_dialog_parent_class)->dispose (object);
}

static void
mis_check_kit_dialog_class_init (MisCheckKitDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = mis_check_kit_dialog_dispose;
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/be/ecpat/MakeItSafe/library/mis-check-kit-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MisCheckKitDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, MisCheckKitDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, MisCheckKitDialog, summary_page);
  gtk_widget_class_bind_template_child (widget_class, MisCheckKitDialog, problems_list);
}

static void
mis_check_kit_dialog_init (MisCheckKitDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  mis_spinner_spin_when_shown (self->spinner);
  self->lines = g_ptr_array_new_with_free_func (g_free);
  self->cancellable = g_cancellable_new ();
}

/**
 * mis_check_kit_dialog_new:
 *
 * Returns: a dialog that checks @kit in a worker as soon as it is made
 */
MisCheckKitDialog *
mis_check_kit_dialog_new (GtkWindow *parent,
                          GFile     *kit)
{
  MisCheckKitDialog *self;
  g_autoptr(GTask) task = NULL;

  g_return_val_if_fail (G_IS_FILE (kit), NULL);

  self = g_object_new (MIS_TYPE_CHECK_KIT_DIALOG, "transient-for", parent, NULL);
  task = g_task_new (NULL, self->cancellable, checked_cb, g_object_ref (self));
  g_task_set_source_tag (task, MIS_SOURCE_TAG (mis_check_kit_dialog_new));
  g_task_set_task_data (task, g_object_ref (kit), g_object_unref);
  g_task_run_in_thread (task, check_thread);
  return self;
}
