/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-plan-book.h: the session plans of one kit: the kit's own and the
 * facilitator's, which are kept in the state store and saved as they change.
 */
#pragma once

#include <gio/gio.h>

#include "mis-kit-types.h"
#include "mis-plan.h"

G_BEGIN_DECLS

#define MIS_TYPE_PLAN_BOOK (mis_plan_book_get_type ())
G_DECLARE_FINAL_TYPE (MisPlanBook, mis_plan_book, MIS, PLAN_BOOK, GObject)

MisPlanBook *mis_plan_book_new         (MisKit        *kit,
                                        MisStateStore *store);
MisKit      *mis_plan_book_get_kit     (MisPlanBook   *self);
GListModel  *mis_plan_book_get_own     (MisPlanBook   *self);
MisPlan     *mis_plan_book_lookup      (MisPlanBook   *self,
                                        const char    *id);
MisPlan     *mis_plan_book_create      (MisPlanBook   *self,
                                        const char    *title);
MisPlan     *mis_plan_book_duplicate   (MisPlanBook   *self,
                                        MisPlan       *plan);
void         mis_plan_book_remove      (MisPlanBook   *self,
                                        MisPlan       *plan);
MisPlan     *mis_plan_book_import      (MisPlanBook   *self,
                                        const char    *name,
                                        const char    *contents,
                                        gsize          length,
                                        GError       **error);
guint        mis_plan_book_get_step    (MisPlanBook   *self,
                                        MisPlan       *plan);
void         mis_plan_book_set_step    (MisPlanBook   *self,
                                        MisPlan       *plan,
                                        guint          step);
void         mis_plan_book_reload      (MisPlanBook   *self);

G_END_DECLS
