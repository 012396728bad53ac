/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-help-dialog.c: a youth who has just watched a film about grooming may
 * need someone to talk to. The kit lists who to call; this dialog shows
 * names, phone numbers and addresses in large, selectable text. Addresses
 * are not links: the machine is offline, and they can be copied.
 */
#define G_LOG_DOMAIN "mis-help-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "mis-help-dialog.h"

struct _MisHelpDialog
{
  AdwWindow      parent_instance;

  GtkStack      *stack;
  GtkListBox    *list;
};

G_DEFINE_FINAL_TYPE (MisHelpDialog, mis_help_dialog, ADW_TYPE_WINDOW)

static gboolean
close_cb (GtkWidget *widget,
          GVariant  *args,
          gpointer   user_data)
{
  gtk_window_close (GTK_WINDOW (widget));
  return TRUE;
}

static void
mis_help_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), MIS_TYPE_HELP_DIALOG);
  G_OBJECT_CLASS (mis_help_dialog_parent_class)->dispose (object);
}

static void
mis_help_dialog_class_init (MisHelpDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = mis_help_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/be/ecpat/MakeItSafe/library/mis-help-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MisHelpDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, MisHelpDialog, list);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Escape, 0, close_cb, NULL);
}

static void
mis_help_dialog_init (MisHelpDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static GtkWidget *
selectable_label (const char *text,
                  const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

static GtkWidget *
contact_row (MisKit        *kit,
             MisKitContact *contact)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  const char *phone = mis_kit_contact_get_phone (contact);
  const char *url = mis_kit_contact_get_url (contact);
  const char *description = mis_kit_contact_get_description (kit, contact);

  gtk_widget_add_css_class (box, "contact");
  gtk_box_append (GTK_BOX (box), selectable_label (mis_kit_contact_get_name (contact), "title-4"));
  if (phone != NULL)
    gtk_box_append (GTK_BOX (box), selectable_label (phone, "title-2"));
  if (description != NULL)
    gtk_box_append (GTK_BOX (box), selectable_label (description, NULL));
  if (url != NULL)
    gtk_box_append (GTK_BOX (box), selectable_label (url, "dim-label"));

  return box;
}

/**
 * mis_help_dialog_new:
 *
 * Returns: (transfer floating): a dialog listing the kit's help contacts.
 */
GtkWindow *
mis_help_dialog_new (MisKit *kit)
{
  MisHelpDialog *self;
  GPtrArray *contacts;

  g_return_val_if_fail (MIS_IS_KIT (kit), NULL);

  self = g_object_new (MIS_TYPE_HELP_DIALOG, NULL);
  contacts = mis_kit_get_contacts (kit);

  for (guint i = 0; i < contacts->len; i++)
    gtk_list_box_append (self->list, contact_row (kit, g_ptr_array_index (contacts, i)));

  gtk_stack_set_visible_child_name (self->stack, contacts->len > 0 ? "contacts" : "empty");

  return GTK_WINDOW (self);
}
