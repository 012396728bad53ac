/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-application.h: the application, its command line and its settings.
 */
#pragma once

#include <adwaita.h>

#include "mis-inactivity.h"
#include "mis-state-store.h"

G_BEGIN_DECLS

#define MIS_TYPE_APPLICATION (mis_application_get_type ())
G_DECLARE_FINAL_TYPE (MisApplication, mis_application, MIS, APPLICATION, AdwApplication)

MisApplication *mis_application_new             (void);
GSettings      *mis_application_get_settings    (MisApplication *self);
MisStateStore  *mis_application_get_state_store (MisApplication *self);
void            mis_application_quick_exit      (MisApplication *self);
gboolean        mis_application_get_covered     (MisApplication *self);
void            mis_application_reset           (MisApplication *self);
MisInactivity  *mis_application_get_inactivity  (MisApplication *self);
gboolean        mis_application_get_shared_computer (MisApplication *self);

G_END_DECLS
