/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-util.h: small helpers shared by the viewers.
 */
#pragma once

#include <gtk/gtk.h>

#include "mis-idle.h"

G_BEGIN_DECLS

typedef void (*MisAfterPaintFunc) (GtkWidget *widget,
                                   gpointer   data);

void mis_after_next_paint (GtkWidget        *widget,
                           MisAfterPaintFunc func,
                           gpointer          data,
                           GDestroyNotify    destroy);
void mis_add_shortcut  (GtkShortcutController *controller,
                        const char            *trigger,
                        const char            *action,
                        GVariant              *arguments);
void mis_widget_update_tooltip (GtkWidget  *widget,
                                const char *text);
void mis_spinner_spin_when_shown (GtkSpinner *spinner);

G_END_DECLS
