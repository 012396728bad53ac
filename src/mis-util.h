/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-util.h: small helpers shared by the viewers.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef void (*MisWeakIdleFunc) (gpointer object);
typedef void (*MisAfterPaintFunc) (GtkWidget *widget,
                                   gpointer   data);

void mis_idle_add_to   (GMainContext    *context,
                        int              priority,
                        GSourceFunc      func,
                        gpointer         data,
                        GDestroyNotify   notify);
void mis_idle_add_weak (GMainContext    *context,
                        int              priority,
                        gpointer         object,
                        MisWeakIdleFunc  func);
void mis_after_next_paint (GtkWidget        *widget,
                           MisAfterPaintFunc func,
                           gpointer          data,
                           GDestroyNotify    destroy);
void mis_add_shortcut  (GtkShortcutController *controller,
                        const char            *trigger,
                        const char            *action,
                        GVariant              *arguments);

G_END_DECLS
