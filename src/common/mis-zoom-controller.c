/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-zoom-controller.c: the zoom of a viewer, from whatever asks for it.
 *
 * The viewer tells the controller the zoom it shows (after fitting to the
 * width, say), and the controller asks for a new one with
 * MisZoomController::zoom-requested: from Ctrl+wheel on the widget it is
 * attached to, from a pinch there (keeping the point between the fingers),
 * or from the viewer's zoom actions. The request is already within the
 * limits; the viewer applies it and reports the zoom it shows. The maths is
 * here once, so the photo-novel and the manual zoom by the same steps.
 */
#define G_LOG_DOMAIN "mis-zoom"

#include "mis-zoom-controller.h"

struct _MisZoomController
{
  GObject parent_instance;

  double zoom;
  double min_zoom;
  double max_zoom;
  double zoom_at_pinch;
};

G_DEFINE_FINAL_TYPE (MisZoomController, mis_zoom_controller, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ZOOM,
  N_PROPS
};

enum {
  ZOOM_REQUESTED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
request (MisZoomController *self,
         double             zoom,
         double             anchor_y)
{
  zoom = CLAMP (zoom, self->min_zoom, self->max_zoom);
  g_signal_emit (self, signals[ZOOM_REQUESTED], 0, zoom, anchor_y);
}

static gboolean
scroll_cb (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           MisZoomController        *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));

  if (!(state & GDK_CONTROL_MASK))
    return FALSE;

  return mis_zoom_controller_wheel (self, dy);
}

static void
pinch_begin_cb (GtkGesture        *gesture,
                GdkEventSequence  *sequence,
                MisZoomController *self)
{
  mis_zoom_controller_pinch_begin (self);
}

static void
pinch_scale_cb (GtkGestureZoom    *gesture,
                double             scale,
                MisZoomController *self)
{
  double x, y;

  if (!gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
    y = -1;
  mis_zoom_controller_pinch (self, scale, y);
}

static void
mis_zoom_controller_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  MisZoomController *self = MIS_ZOOM_CONTROLLER (object);

  switch (prop_id)
    {
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mis_zoom_controller_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  MisZoomController *self = MIS_ZOOM_CONTROLLER (object);

  switch (prop_id)
    {
    case PROP_ZOOM:
      mis_zoom_controller_set_zoom (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mis_zoom_controller_class_init (MisZoomControllerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = mis_zoom_controller_get_property;
  object_class->set_property = mis_zoom_controller_set_property;

  /**
   * MisZoomController:zoom:
   *
   * The zoom the viewer shows, as it reports it.
   */
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, 0, G_MAXDOUBLE, 1,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * MisZoomController::zoom-requested:
   * @zoom: the zoom asked for, within the limits
   * @anchor_y: the height in the widget that should stay in place, or -1
   *   for its top
   */
  signals[ZOOM_REQUESTED] =
    g_signal_new ("zoom-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_DOUBLE, G_TYPE_DOUBLE);
}

static void
mis_zoom_controller_init (MisZoomController *self)
{
  self->zoom = 1;
  self->zoom_at_pinch = 1;
}

/**
 * mis_zoom_controller_new:
 * @min_zoom: the smallest zoom the viewer shows
 * @max_zoom: the largest
 */
MisZoomController *
mis_zoom_controller_new (double min_zoom,
                         double max_zoom)
{
  MisZoomController *self;

  g_return_val_if_fail (min_zoom > 0 && min_zoom <= max_zoom, NULL);

  self = g_object_new (MIS_TYPE_ZOOM_CONTROLLER, NULL);
  self->min_zoom = min_zoom;
  self->max_zoom = max_zoom;
  self->zoom = CLAMP (1, min_zoom, max_zoom);
  return self;
}

/**
 * mis_zoom_controller_attach:
 *
 * Ctrl+wheel and pinches on @widget ask for a zoom; the wheel without Ctrl
 * is left to the widget's other controllers. The wheel is caught in the
 * capture phase, so that a scrolled window does not scroll as it zooms.
 */
void
mis_zoom_controller_attach (MisZoomController *self,
                            GtkWidget         *widget)
{
  GtkEventController *scroll;
  GtkGesture *pinch;

  g_return_if_fail (MIS_IS_ZOOM_CONTROLLER (self));
  g_return_if_fail (GTK_IS_WIDGET (widget));

  scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL |
                                            GTK_EVENT_CONTROLLER_SCROLL_DISCRETE);
  gtk_event_controller_set_propagation_phase (scroll, GTK_PHASE_CAPTURE);
  g_signal_connect_object (scroll, "scroll", G_CALLBACK (scroll_cb), self, 0);
  gtk_widget_add_controller (widget, scroll);

  pinch = gtk_gesture_zoom_new ();
  g_signal_connect_object (pinch, "begin", G_CALLBACK (pinch_begin_cb), self, 0);
  g_signal_connect_object (pinch, "scale-changed", G_CALLBACK (pinch_scale_cb), self, 0);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (pinch));
}

double
mis_zoom_controller_get_zoom (MisZoomController *self)
{
  g_return_val_if_fail (MIS_IS_ZOOM_CONTROLLER (self), 1);
  return self->zoom;
}

/**
 * mis_zoom_controller_set_zoom:
 *
 * Tells the controller the zoom the viewer shows now: the next step starts
 * from there.
 */
void
mis_zoom_controller_set_zoom (MisZoomController *self,
                              double             zoom)
{
  g_return_if_fail (MIS_IS_ZOOM_CONTROLLER (self));

  zoom = CLAMP (zoom, self->min_zoom, self->max_zoom);
  if (zoom == self->zoom)
    return;

  self->zoom = zoom;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

double
mis_zoom_controller_get_min_zoom (MisZoomController *self)
{
  g_return_val_if_fail (MIS_IS_ZOOM_CONTROLLER (self), 1);
  return self->min_zoom;
}

double
mis_zoom_controller_get_max_zoom (MisZoomController *self)
{
  g_return_val_if_fail (MIS_IS_ZOOM_CONTROLLER (self), 1);
  return self->max_zoom;
}

void
mis_zoom_controller_zoom_in (MisZoomController *self)
{
  g_return_if_fail (MIS_IS_ZOOM_CONTROLLER (self));
  request (self, self->zoom * MIS_ZOOM_STEP, -1);
}

void
mis_zoom_controller_zoom_out (MisZoomController *self)
{
  g_return_if_fail (MIS_IS_ZOOM_CONTROLLER (self));
  request (self, self->zoom / MIS_ZOOM_STEP, -1);
}

/**
 * mis_zoom_controller_wheel:
 * @dy: the wheel's turn, negative away from the reader (zooms in)
 *
 * A turn of the wheel with Ctrl held. GTK 4.8 does not say where the
 * pointer is, so the top of the widget stays in place.
 *
 * Returns: whether the turn was taken
 */
gboolean
mis_zoom_controller_wheel (MisZoomController *self,
                           double             dy)
{
  g_return_val_if_fail (MIS_IS_ZOOM_CONTROLLER (self), FALSE);

  if (dy == 0)
    return FALSE;

  request (self, self->zoom * (dy < 0 ? MIS_ZOOM_WHEEL_STEP : 1 / MIS_ZOOM_WHEEL_STEP), -1);
  return TRUE;
}

/* A pinch scales the zoom it began at, not the last step's. */
void
mis_zoom_controller_pinch_begin (MisZoomController *self)
{
  g_return_if_fail (MIS_IS_ZOOM_CONTROLLER (self));
  self->zoom_at_pinch = self->zoom;
}

/**
 * mis_zoom_controller_pinch:
 * @scale: the fingers' distance against the pinch's start
 * @anchor_y: the height between the fingers, or -1
 */
void
mis_zoom_controller_pinch (MisZoomController *self,
                           double             scale,
                           double             anchor_y)
{
  g_return_if_fail (MIS_IS_ZOOM_CONTROLLER (self));

  if (!(scale > 0))
    return;
  request (self, self->zoom_at_pinch * scale, anchor_y);
}
