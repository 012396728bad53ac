/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-copy-kit-dialog.h: "Copy This Kit…": the kit to a USB stick, checked.
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

typedef enum
{
  MIS_COPY_KIT_CHOOSING,
  MIS_COPY_KIT_COPYING,
  MIS_COPY_KIT_DONE,
  MIS_COPY_KIT_FAILED,
} MisCopyKitState;

#define MIS_TYPE_COPY_KIT_DIALOG (mis_copy_kit_dialog_get_type ())
G_DECLARE_FINAL_TYPE (MisCopyKitDialog, mis_copy_kit_dialog, MIS, COPY_KIT_DIALOG, AdwWindow)

MisCopyKitDialog *mis_copy_kit_dialog_new       (GtkWindow        *parent,
                                                 GFile            *kit);
void              mis_copy_kit_dialog_copy_to   (MisCopyKitDialog *self,
                                                 GFile            *destination);
MisCopyKitState   mis_copy_kit_dialog_get_state (MisCopyKitDialog *self);
const char       *mis_copy_kit_dialog_get_message (MisCopyKitDialog *self);

G_END_DECLS
