/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-print-policy.h: printing where saving to disk is turned off.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

gboolean mis_print_saves_to_file (GtkPrintSettings  *settings);
void     mis_print_refuse_files  (GtkPrintOperation *operation);
gboolean mis_print_was_refused   (GtkPrintOperation *operation);

G_END_DECLS
