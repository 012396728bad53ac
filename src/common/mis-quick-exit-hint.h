/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-quick-exit-hint.h: the hint that grows with each press of Shift.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MIS_TYPE_QUICK_EXIT_HINT (mis_quick_exit_hint_get_type ())
G_DECLARE_FINAL_TYPE (MisQuickExitHint, mis_quick_exit_hint, MIS, QUICK_EXIT_HINT, GtkWidget)

void  mis_quick_exit_hint_set_presses (MisQuickExitHint *self,
                                       guint             presses);
guint mis_quick_exit_hint_get_presses (MisQuickExitHint *self);

G_END_DECLS
