/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-copy-kit-dialog.c: "Copy This Kit…": the facilitator picks a folder
 * (a USB stick shows as a place in the file chooser); the copy runs in a
 * worker (mis_kit_copy_async: free space, copy, read back) with a progress
 * bar, the app usable meanwhile; Stop, or closing the dialog, cancels and
 * leaves nothing behind. It ends with the copy's place and any warning, or
 * why it failed.
 */
#define G_LOG_DOMAIN "mis-copy-kit"

#include "config.h"

#include <glib/gi18n.h>

#include "mis-copy-kit-dialog.h"
#include "mis-kit-copy.h"

struct _MisCopyKitDialog
{
  AdwWindow             parent_instance;

  GtkStack             *stack;
  GtkProgressBar       *progress_bar;
  GtkLabel             *progress_label;
  AdwStatusPage        *done_page;
  AdwStatusPage        *failed_page;
  GtkLabel             *warnings_label;

  GFile                *kit;
  GCancellable         *cancellable;
  GtkFileChooserNative *chooser;
  MisCopyKitState       state;
  char                 *message;
};

G_DEFINE_FINAL_TYPE (MisCopyKitDialog, mis_copy_kit_dialog, ADW_TYPE_WINDOW)

static const char * const state_pages[] = { "choose", "copying", "done", "failed" };

static void
set_state (MisCopyKitDialog *self,
           MisCopyKitState   state,
           const char       *message)
{
  self->state = state;
  g_free (self->message);
  self->message = g_strdup (message);
  gtk_stack_set_visible_child_name (self->stack, state_pages[state]);
}

static void
progress_cb (const MisKitCopyProgress *progress,
             gpointer                  data)
{
  MisCopyKitDialog *self = data;
  g_autofree char *text = mis_kit_copy_progress_to_string (progress);
  double fraction = 0;

  if (progress->bytes_total > 0)
    fraction = (progress->bytes_done / (double) progress->bytes_total +
                (progress->phase == MIS_KIT_COPY_VERIFYING ? 1 : 0)) / 2;
  gtk_progress_bar_set_fraction (self->progress_bar, MIN (fraction, 1));
  gtk_label_set_label (self->progress_label, text);
}

static void
copied_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      data)
{
  g_autoptr(MisCopyKitDialog) self = data;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) copy = mis_kit_copy_finish (result, &warnings, &error);

  /* Closed meanwhile: nothing left to show it in. */
  if (self->stack == NULL)
    return;

  if (copy == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          set_state (self, MIS_COPY_KIT_CHOOSING, NULL);
          return;
        }
      adw_status_page_set_description (self->failed_page, error->message);
      set_state (self, MIS_COPY_KIT_FAILED, error->message);
      return;
    }

  {
    g_autofree char *where = g_file_get_parse_name (copy);
    g_autofree char *message = g_strdup_printf (_("In %s. Every file was read back and is as in the kit."), where);

    adw_status_page_set_description (self->done_page, message);
    set_state (self, MIS_COPY_KIT_DONE, message);
  }

  if (warnings != NULL && warnings->len > 0)
    {
      g_ptr_array_add (warnings, NULL);
      {
        g_autofree char *text = g_strjoinv ("\n", (char **) warnings->pdata);
        gtk_label_set_label (self->warnings_label, text);
      }
      gtk_widget_set_visible (GTK_WIDGET (self->warnings_label), TRUE);
    }
}

/**
 * mis_copy_kit_dialog_copy_to:
 *
 * Starts copying the kit into @destination, in a worker.
 */
void
mis_copy_kit_dialog_copy_to (MisCopyKitDialog *self,
                             GFile            *destination)
{
  g_return_if_fail (MIS_IS_COPY_KIT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (destination));

  if (self->state == MIS_COPY_KIT_COPYING)
    return;

  g_set_object (&self->cancellable, g_cancellable_new ());
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_label_set_label (self->progress_label, "");
  set_state (self, MIS_COPY_KIT_COPYING, NULL);
  mis_kit_copy_async (self->kit, destination, progress_cb, self, self->cancellable, copied_cb, g_object_ref (self));
}

static void
chooser_response_cb (GtkNativeDialog  *chooser,
                     int               response,
                     MisCopyKitDialog *self)
{
  g_autoptr(GFile) folder = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (folder != NULL)
    mis_copy_kit_dialog_copy_to (self, folder);
}

static void
choose_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MisCopyKitDialog *self = MIS_COPY_KIT_DIALOG (widget);

  if (self->chooser != NULL)
    return;
  self->chooser = gtk_file_chooser_native_new (_("Copy the Kit Into"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER, _("_Copy Here"),
                                               _("_Cancel"));
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
stop_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  g_cancellable_cancel (MIS_COPY_KIT_DIALOG (widget)->cancellable);
}

MisCopyKitState
mis_copy_kit_dialog_get_state (MisCopyKitDialog *self)
{
  g_return_val_if_fail (MIS_IS_COPY_KIT_DIALOG (self), MIS_COPY_KIT_CHOOSING);
  return self->state;
}

/**
 * mis_copy_kit_dialog_get_message:
 *
 * Returns: (nullable): what the dialog says of the copy that ended
 */
const char *
mis_copy_kit_dialog_get_message (MisCopyKitDialog *self)
{
  g_return_val_if_fail (MIS_IS_COPY_KIT_DIALOG (self), NULL);
  return self->message;
}

/* Closed while copying: the copy stops and removes what it wrote. */
static gboolean
mis_copy_kit_dialog_close_request (GtkWindow *window)
{
  g_cancellable_cancel (MIS_COPY_KIT_DIALOG (window)->cancellable);
  return GTK_WINDOW_CLASS (mis_copy_kit_dialog_parent_class)->close_request (window);
}

static void
mis_copy_kit_dialog_dispose (GObject *object)
{
  MisCopyKitDialog *self = MIS_COPY_KIT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), MIS_TYPE_COPY_KIT_DIALOG);
  g_clear_object (&self->kit);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->message, g_free);

  G_OBJECT_CLASS (mis_copy_kit_dialog_parent_class)->dispose (object);
}

static void
mis_copy_kit_dialog_class_init (MisCopyKitDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = mis_copy_kit_dialog_dispose;
  GTK_WINDOW_CLASS (klass)->close_request = mis_copy_kit_dialog_close_request;

  gtk_widget_class_install_action (widget_class, "copy.choose", NULL, choose_action);
  gtk_widget_class_install_action (widget_class, "copy.stop", NULL, stop_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, "/be/ecpat/MakeItSafe/library/mis-copy-kit-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MisCopyKitDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, MisCopyKitDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, MisCopyKitDialog, progress_label);
  gtk_widget_class_bind_template_child (widget_class, MisCopyKitDialog, done_page);
  gtk_widget_class_bind_template_child (widget_class, MisCopyKitDialog, failed_page);
  gtk_widget_class_bind_template_child (widget_class, MisCopyKitDialog, warnings_label);
}

static void
mis_copy_kit_dialog_init (MisCopyKitDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

MisCopyKitDialog *
mis_copy_kit_dialog_new (GtkWindow *parent,
                         GFile     *kit)
{
  MisCopyKitDialog *self;

  g_return_val_if_fail (G_IS_FILE (kit), NULL);

  self = g_object_new (MIS_TYPE_COPY_KIT_DIALOG, "transient-for", parent, NULL);
  self->kit = g_object_ref (kit);
  return self;
}
