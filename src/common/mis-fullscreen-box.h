/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-fullscreen-box.h: a viewer's bars above and below its content, which
 * in fullscreen get out of the way with the pointer.
 */
#pragma once

#include <gtk/gtk.h>

#include "mis-autohide.h"

G_BEGIN_DECLS

#define MIS_TYPE_FULLSCREEN_BOX (mis_fullscreen_box_get_type ())
G_DECLARE_FINAL_TYPE (MisFullscreenBox, mis_fullscreen_box, MIS, FULLSCREEN_BOX, GtkWidget)

GtkWidget   *mis_fullscreen_box_new                (void);
MisAutohide *mis_fullscreen_box_get_autohide       (MisFullscreenBox *self);
gboolean     mis_fullscreen_box_get_fullscreen     (MisFullscreenBox *self);
gboolean     mis_fullscreen_box_get_revealed       (MisFullscreenBox *self);
gboolean     mis_fullscreen_box_get_keep_revealed  (MisFullscreenBox *self);
void         mis_fullscreen_box_set_keep_revealed  (MisFullscreenBox *self,
                                                    gboolean          keep_revealed);
gboolean     mis_fullscreen_box_get_hide_top       (MisFullscreenBox *self);
void         mis_fullscreen_box_set_hide_top       (MisFullscreenBox *self,
                                                    gboolean          hide_top);
gboolean     mis_fullscreen_box_leave_fullscreen   (MisFullscreenBox *self);

G_END_DECLS
