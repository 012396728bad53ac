/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-safety-buttons.h: "Quick exit" in every header bar, with "Help" beside
 * it on a shared computer.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MIS_TYPE_SAFETY_BUTTONS (mis_safety_buttons_get_type ())
G_DECLARE_FINAL_TYPE (MisSafetyButtons, mis_safety_buttons, MIS, SAFETY_BUTTONS, GtkWidget)

GtkWidget *mis_safety_buttons_new             (void);
gboolean   mis_safety_buttons_get_show_help   (MisSafetyButtons *self);
void       mis_safety_buttons_set_show_help   (MisSafetyButtons *self,
                                               gboolean          show_help);

G_END_DECLS
