/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-step-editor.h: the dialog that edits one step of a plan.
 */
#pragma once

#include <adwaita.h>

#include "mis-kit.h"

G_BEGIN_DECLS

#define MIS_TYPE_STEP_EDITOR (mis_step_editor_get_type ())
G_DECLARE_FINAL_TYPE (MisStepEditor, mis_step_editor, MIS, STEP_EDITOR, AdwWindow)

MisStepEditor *mis_step_editor_new  (GtkWindow   *parent,
                                     MisKit      *kit,
                                     MisPlanStep *step);
gboolean       mis_step_editor_save (MisStepEditor *self);

G_END_DECLS
