/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-zoom-controller.h: how a reader zooms, the same in every viewer:
 * Ctrl+wheel, a pinch, the zoom buttons and shortcuts, in the same steps.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A button, a shortcut. */
#define MIS_ZOOM_STEP 1.2
/* A notch of the wheel with Ctrl held. */
#define MIS_ZOOM_WHEEL_STEP 1.1

#define MIS_TYPE_ZOOM_CONTROLLER (mis_zoom_controller_get_type ())
G_DECLARE_FINAL_TYPE (MisZoomController, mis_zoom_controller, MIS, ZOOM_CONTROLLER, GObject)

MisZoomController *mis_zoom_controller_new         (double             min_zoom,
                                                    double             max_zoom);
void               mis_zoom_controller_attach      (MisZoomController *self,
                                                    GtkWidget         *widget);
double             mis_zoom_controller_get_zoom    (MisZoomController *self);
void               mis_zoom_controller_set_zoom    (MisZoomController *self,
                                                    double             zoom);
double             mis_zoom_controller_get_min_zoom (MisZoomController *self);
double             mis_zoom_controller_get_max_zoom (MisZoomController *self);
void               mis_zoom_controller_zoom_in     (MisZoomController *self);
void               mis_zoom_controller_zoom_out    (MisZoomController *self);
gboolean           mis_zoom_controller_wheel       (MisZoomController *self,
                                                    double             dy);
void               mis_zoom_controller_pinch_begin (MisZoomController *self);
void               mis_zoom_controller_pinch       (MisZoomController *self,
                                                    double             scale,
                                                    double             anchor_y);

G_END_DECLS
