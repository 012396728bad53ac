/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-add-to-plan-dialog.h: "Add to a Plan", from a resource's page or a
 * viewer: the step goes to one of the facilitator's plans, or a new one.
 */
#pragma once

#include <adwaita.h>

#include "mis-plan-book.h"

G_BEGIN_DECLS

#define MIS_TYPE_ADD_TO_PLAN_DIALOG (mis_add_to_plan_dialog_get_type ())
G_DECLARE_FINAL_TYPE (MisAddToPlanDialog, mis_add_to_plan_dialog, MIS, ADD_TO_PLAN_DIALOG, AdwWindow)

MisAddToPlanDialog *mis_add_to_plan_dialog_new (GtkWindow   *parent,
                                                MisPlanBook *book,
                                                MisPlanStep *step);
void                mis_add_to_plan_dialog_add (MisAddToPlanDialog *self,
                                                MisPlan            *plan);

G_END_DECLS
