/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-idle.h: handing work back to a main context from any thread.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef void (*MisWeakIdleFunc) (gpointer object);

void mis_idle_add_to   (GMainContext    *context,
                        int              priority,
                        GSourceFunc      func,
                        gpointer         data,
                        GDestroyNotify   notify);
void mis_idle_add_weak (GMainContext    *context,
                        int              priority,
                        gpointer         object,
                        MisWeakIdleFunc  func);

G_END_DECLS
