/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-plan-print.h: a plan's handout, printed or saved as PDF.
 */
#pragma once

#include <gtk/gtk.h>

#include "mis-plan.h"

G_BEGIN_DECLS

GtkPrintOperation *mis_plan_print_new (MisPlan *plan,
                                       MisKit  *kit);

G_END_DECLS
