/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-check-kit-dialog.h: "Check This Kit": what --check-kit finds, shown.
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define MIS_TYPE_CHECK_KIT_DIALOG (mis_check_kit_dialog_get_type ())
G_DECLARE_FINAL_TYPE (MisCheckKitDialog, mis_check_kit_dialog, MIS, CHECK_KIT_DIALOG, AdwWindow)

MisCheckKitDialog *mis_check_kit_dialog_new          (GtkWindow         *parent,
                                                      GFile             *kit);
gboolean           mis_check_kit_dialog_get_done     (MisCheckKitDialog *self);
guint              mis_check_kit_dialog_get_n_problems (MisCheckKitDialog *self);
GPtrArray         *mis_check_kit_dialog_get_lines    (MisCheckKitDialog *self);

G_END_DECLS
