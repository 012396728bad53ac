/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-countdown.h: "Still there?", over everything, on a shared computer
 * left alone.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MIS_TYPE_COUNTDOWN (mis_countdown_get_type ())
G_DECLARE_FINAL_TYPE (MisCountdown, mis_countdown, MIS, COUNTDOWN, GtkWidget)

void  mis_countdown_set_seconds (MisCountdown *self,
                                 guint         seconds);
guint mis_countdown_get_seconds (MisCountdown *self);

G_END_DECLS
