/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-help-dialog.h: the kit's help contacts, shown offline.
 */
#pragma once

#include <adwaita.h>

#include "mis-kit.h"

G_BEGIN_DECLS

#define MIS_TYPE_HELP_DIALOG (mis_help_dialog_get_type ())
G_DECLARE_FINAL_TYPE (MisHelpDialog, mis_help_dialog, MIS, HELP_DIALOG, AdwWindow)

GtkWindow *mis_help_dialog_new (MisKit *kit);

G_END_DECLS
