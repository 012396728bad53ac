/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-autohide.h: in fullscreen, controls that get out of the way.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MIS_TYPE_AUTOHIDE (mis_autohide_get_type ())
G_DECLARE_FINAL_TYPE (MisAutohide, mis_autohide, MIS, AUTOHIDE, GObject)

MisAutohide *mis_autohide_new              (GtkWidget   *widget);
void         mis_autohide_watch            (MisAutohide *self,
                                            GtkWidget   *widget);
void         mis_autohide_set_window       (MisAutohide *self,
                                            GtkWindow   *window);
GtkWindow   *mis_autohide_get_window       (MisAutohide *self);
gboolean     mis_autohide_get_fullscreen   (MisAutohide *self);
gboolean     mis_autohide_get_active       (MisAutohide *self);
void         mis_autohide_poke             (MisAutohide *self);
void         mis_autohide_set_hide_delay   (MisAutohide *self,
                                            guint        milliseconds);
void         mis_autohide_leave_fullscreen (MisAutohide *self);
void         mis_autohide_stop             (MisAutohide *self);

G_END_DECLS
