/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-plans-view.h: the library's "Session Plans": the kit's plans and the
 * facilitator's own, and one plan's steps, edited.
 */
#pragma once

#include <gtk/gtk.h>

#include "mis-plan-book.h"

G_BEGIN_DECLS

#define MIS_TYPE_PLANS_VIEW (mis_plans_view_get_type ())
G_DECLARE_FINAL_TYPE (MisPlansView, mis_plans_view, MIS, PLANS_VIEW, GtkWidget)

void         mis_plans_view_set_book   (MisPlansView *self,
                                        MisPlanBook  *book);
MisPlanBook *mis_plans_view_get_book   (MisPlansView *self);
void         mis_plans_view_show_list  (MisPlansView *self);
void         mis_plans_view_show_plan  (MisPlansView *self,
                                        MisPlan      *plan);
MisPlan     *mis_plans_view_get_plan   (MisPlansView *self);
void         mis_plans_view_import_file (MisPlansView *self,
                                         GFile        *file);
void         mis_plans_view_export_file (MisPlansView *self,
                                         GFile        *file);

G_END_DECLS
