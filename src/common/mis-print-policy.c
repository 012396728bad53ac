/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-print-policy.c: what every print of the app (a manual, a plan's
 * handout) obeys where saving to disk is turned off.
 */
#define G_LOG_DOMAIN "mis-print-policy"

#include "config.h"

#include "mis-print-policy.h"

/**
 * mis_print_saves_to_file:
 * @settings: (nullable): the settings the print dialog chose
 *
 * Returns: whether they print to a file (GTK's "Print to File") rather
 *   than on paper.
 */
gboolean
mis_print_saves_to_file (GtkPrintSettings *settings)
{
  return settings != NULL && gtk_print_settings_get (settings, GTK_PRINT_SETTINGS_OUTPUT_URI) != NULL;
}

static void
refuse_file_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                gpointer           user_data)
{
  if (mis_print_saves_to_file (gtk_print_operation_get_print_settings (operation)))
    {
      g_object_set_data (G_OBJECT (operation), "mis-refused-file", GINT_TO_POINTER (TRUE));
      gtk_print_operation_cancel (operation);
    }
}

/**
 * mis_print_refuse_files:
 *
 * Where saving to disk is turned off (GNOME's lockdown, or a shared
 * computer), the print dialog still offers "Print to File", and GTK cannot
 * hide it: such a print is cancelled before any page is drawn, and
 * mis_print_was_refused() says so afterwards.
 */
void
mis_print_refuse_files (GtkPrintOperation *operation)
{
  g_return_if_fail (GTK_IS_PRINT_OPERATION (operation));

  g_signal_connect (operation, "begin-print", G_CALLBACK (refuse_file_cb), NULL);
}

gboolean
mis_print_was_refused (GtkPrintOperation *operation)
{
  g_return_val_if_fail (GTK_IS_PRINT_OPERATION (operation), FALSE);
  return GPOINTER_TO_INT (g_object_get_data (G_OBJECT (operation), "mis-refused-file"));
}
