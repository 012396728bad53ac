/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-kit-check.h: the report printed by `make-it-safe --check-kit DIR`.
 */
#pragma once

#include <gio/gio.h>

#include "mis-plan.h"

G_BEGIN_DECLS

#include "mis-kit.h"

MisKit *mis_kit_check_load (GFile                *directory,
                            MisPlanPageCountFunc  page_count,
                            gpointer              user_data,
                            GCancellable         *cancellable,
                            GError              **error);
int     mis_kit_check      (GFile                *directory,
                            MisPlanPageCountFunc  page_count,
                            gpointer              user_data,
                            GString              *report);

G_END_DECLS
