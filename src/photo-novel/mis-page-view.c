/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-page-view.c: the pages of a photo-novel as the reader sees them:
 * fitted to the window (the default), fitted to its width, or zoomed, with a
 * pan offset when they are larger than the window. A page still decoding is
 * a plain sheet of its place; a page that cannot be shown says why, in its
 * place, while the other pages work.
 *
 * The view owns what the hands do to the pages: a drag or the wheel pans
 * pages larger than the view; Ctrl+wheel, a pinch and the zoom actions go
 * through its MisZoomController; a click on an outer third, a swipe and the
 * wheel over pages that fit ask the reader to turn (MisPageView::turn-requested).
 */
#define G_LOG_DOMAIN "mis-page-view"

#include "config.h"

#include <math.h>

#include "mis-page-view.h"
#include "mis-photo-novel-enums.h"
#include "mis-zoom-controller.h"

#define GAP 8.0
/* Over "fit page": pages are decoded at the zoomed size, so this bounds
 * the memory a zoomed page takes. */
#define MAX_ZOOM 6.0
/* Pages are decoded again for a new zoom once it stops changing. */
#define ZOOM_SETTLE_MS 250
#define WHEEL_PAN 40.0
#define SWIPE_MIN_VELOCITY 400.0

typedef struct
{
  GdkTexture *texture;
  char       *error;
} Slot;

struct _MisPageView
{
  GtkWidget  parent_instance;

  Slot       slots[2];
  guint      n_slots;
  MisFitMode fit;
  double     zoom;      /* over "fit page", in free mode */
  double     pan_x;
  double     pan_y;
  int        last_width;
  int        last_height;
  double     drag_last_x;
  double     drag_last_y;
  guint      zoom_settle_source;

  MisZoomController *zoom_controller;
};

G_DEFINE_FINAL_TYPE (MisPageView, mis_page_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_FIT,
  PROP_ZOOM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  RESIZED,
  TURN_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The size of a page's texture, or a 4:3 sheet while it loads. */
static void
slot_size (Slot   *slot,
           double *w,
           double *h)
{
  if (slot->texture != NULL)
    {
      *w = gdk_texture_get_width (slot->texture);
      *h = gdk_texture_get_height (slot->texture);
    }
  else
    {
      *w = 4;
      *h = 3;
    }
}

/* The scale at which the pages are drawn, and the size they take. */
static double
layout_scale (MisPageView *self,
              double      *total_w,
              double      *total_h)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  double height = gtk_widget_get_height (GTK_WIDGET (self));
  double content_w = 0, content_h = 0, scale;

  /* Pages of a spread are drawn at the same height. */
  for (guint i = 0; i < self->n_slots; i++)
    {
      double w, h;
      slot_size (&self->slots[i], &w, &h);
      content_w += w / h;
      content_h = 1;
    }
  if (content_w <= 0)
    return 0;

  width = MAX (width - GAP * (self->n_slots - 1), 1);
  if (self->fit == MIS_FIT_WIDTH)
    scale = width / content_w;
  else
    scale = MIN (width / content_w, height / content_h);

  if (self->fit == MIS_FIT_FREE)
    scale *= self->zoom;

  *total_w = content_w * scale + GAP * (self->n_slots - 1);
  *total_h = content_h * scale;
  return scale;
}

static void
clamp_pan (MisPageView *self)
{
  double total_w = 0, total_h = 0;
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  double height = gtk_widget_get_height (GTK_WIDGET (self));
  double max_x, max_y;

  layout_scale (self, &total_w, &total_h);
  max_x = MAX ((total_w - width) / 2, 0);
  max_y = MAX ((total_h - height) / 2, 0);
  self->pan_x = CLAMP (self->pan_x, -max_x, max_x);
  self->pan_y = CLAMP (self->pan_y, -max_y, max_y);
}

static void
draw_message (GtkSnapshot     *snapshot,
              GtkWidget       *widget,
              const char      *text,
              graphene_rect_t *rect)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, text);
  PangoRectangle extents;
  GdkRGBA color = { 0.85, 0.2, 0.2, 1 };

  pango_layout_set_width (layout, (int)(rect->size.width * 0.8) * PANGO_SCALE);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_get_pixel_extents (layout, NULL, &extents);

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (rect->origin.x + rect->size.width * 0.1,
                                                          rect->origin.y + (rect->size.height - extents.height) / 2));
  gtk_snapshot_append_layout (snapshot, layout, &color);
  gtk_snapshot_restore (snapshot);
  g_object_unref (layout);
}

static void
mis_page_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  MisPageView *self = MIS_PAGE_VIEW (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  int scale_factor = gtk_widget_get_scale_factor (widget);
  double total_w = 0, total_h = 0, scale, x;

  if (self->n_slots == 0 || (scale = layout_scale (self, &total_w, &total_h)) <= 0)
    return;

  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

  x = (width - total_w) / 2 + self->pan_x;
  for (guint i = 0; i < self->n_slots; i++)
    {
      Slot *slot = &self->slots[i];
      double w, h;
      graphene_rect_t rect;

      slot_size (slot, &w, &h);
      rect = GRAPHENE_RECT_INIT (x, (height - total_h) / 2 + self->pan_y, w / h * scale, total_h);

      if (slot->texture != NULL)
        {
          double texture_w = (double)gdk_texture_get_width (slot->texture) / scale_factor;
          double texture_h = (double)gdk_texture_get_height (slot->texture) / scale_factor;

          /* A page decoded at the size it is drawn is drawn pixel for pixel,
           * on whole pixels: a copy, where a fraction of a pixel more or
           * less makes the cairo renderer filter the whole page again at
           * every frame. */
          if (fabs (rect.size.width - texture_w) < 1.5 && fabs (rect.size.height - texture_h) < 1.5)
            rect = GRAPHENE_RECT_INIT (round (rect.origin.x * scale_factor) / scale_factor,
                                       round (rect.origin.y * scale_factor) / scale_factor,
                                       texture_w, texture_h);
          gtk_snapshot_append_texture (snapshot, slot->texture, &rect);
        }
      else
        {
          GdkRGBA sheet = { 0.93, 0.93, 0.93, 1 };
          gtk_snapshot_append_color (snapshot, &sheet, &rect);
          if (slot->error != NULL)
            draw_message (snapshot, widget, slot->error, &rect);
        }

      x += rect.size.width + GAP;
    }

  gtk_snapshot_pop (snapshot);
}

static void
mis_page_view_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  MisPageView *self = MIS_PAGE_VIEW (widget);

  clamp_pan (self);
  if (width != self->last_width || height != self->last_height)
    {
      self->last_width = width;
      self->last_height = height;
      g_signal_emit (self, signals[RESIZED], 0);
    }
}

static void
request_turn (MisPageView *self,
              MisPageTurn  turn)
{
  g_signal_emit (self, signals[TURN_REQUESTED], 0, turn);
}

/* A click on the outer thirds of the pages turns them, as in a book. */
static void
click_released_cb (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   MisPageView     *self)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self));

  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (n_press != 1 || mis_page_view_can_pan (self))
    return;

  if (x < width / 3)
    request_turn (self, MIS_PAGE_TURN_LEFT);
  else if (x > width * 2 / 3)
    request_turn (self, MIS_PAGE_TURN_RIGHT);
}

static void
drag_begin_cb (GtkGestureDrag *gesture,
               double          x,
               double          y,
               MisPageView    *self)
{
  self->drag_last_x = self->drag_last_y = 0;
}

static void
drag_update_cb (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                MisPageView    *self)
{
  if (!mis_page_view_can_pan (self))
    return;

  mis_page_view_pan (self, dx - self->drag_last_x, dy - self->drag_last_y);
  self->drag_last_x = dx;
  self->drag_last_y = dy;
}

static void
swipe_cb (GtkGestureSwipe *gesture,
          double           velocity_x,
          double           velocity_y,
          MisPageView     *self)
{
  if (mis_page_view_can_pan (self) || ABS (velocity_x) < SWIPE_MIN_VELOCITY)
    return;

  /* Swiping the page to the left reveals what is on its right. */
  request_turn (self, velocity_x < 0 ? MIS_PAGE_TURN_RIGHT : MIS_PAGE_TURN_LEFT);
}

/* Ctrl+wheel belongs to the zoom controller. */
static gboolean
scroll_cb (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           MisPageView              *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));

  if (state & GDK_CONTROL_MASK)
    return FALSE;

  if (mis_page_view_can_pan (self))
    mis_page_view_pan (self, -dx * WHEEL_PAN, -dy * WHEEL_PAN);
  else if (dy > 0)
    request_turn (self, MIS_PAGE_TURN_FORWARD);
  else if (dy < 0)
    request_turn (self, MIS_PAGE_TURN_BACK);

  return TRUE;
}

static gboolean
zoom_settled_cb (gpointer user_data)
{
  MisPageView *self = user_data;

  self->zoom_settle_source = 0;
  g_signal_emit (self, signals[RESIZED], 0);
  return G_SOURCE_REMOVE;
}

static void
zoom_requested_cb (MisPageView *self,
                   double       zoom,
                   double       anchor_y)
{
  mis_page_view_set_zoom (self, zoom);

  g_clear_handle_id (&self->zoom_settle_source, g_source_remove);
  self->zoom_settle_source = g_timeout_add (ZOOM_SETTLE_MS, zoom_settled_cb, self);
}

static void
mis_page_view_dispose (GObject *object)
{
  MisPageView *self = (MisPageView *)object;

  g_clear_handle_id (&self->zoom_settle_source, g_source_remove);
  g_clear_object (&self->zoom_controller);

  for (guint i = 0; i < G_N_ELEMENTS (self->slots); i++)
    {
      g_clear_object (&self->slots[i].texture);
      g_clear_pointer (&self->slots[i].error, g_free);
    }

  G_OBJECT_CLASS (mis_page_view_parent_class)->dispose (object);
}

static void
mis_page_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  MisPageView *self = MIS_PAGE_VIEW (object);

  switch (prop_id)
    {
    case PROP_FIT: g_value_set_enum (value, self->fit); break;
    case PROP_ZOOM: g_value_set_double (value, self->zoom); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mis_page_view_class_init (MisPageViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mis_page_view_dispose;
  object_class->get_property = mis_page_view_get_property;
  widget_class->snapshot = mis_page_view_snapshot;
  widget_class->size_allocate = mis_page_view_size_allocate;

  properties[PROP_FIT] = g_param_spec_enum ("fit", NULL, NULL, MIS_TYPE_FIT_MODE, MIS_FIT_PAGE,
                                            G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ZOOM] = g_param_spec_double ("zoom", NULL, NULL, 1, MAX_ZOOM, 1,
                                               G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * MisPageView::resized:
   *
   * The view has a new size: pages may be decoded again to fit it.
   */
  signals[RESIZED] = g_signal_new ("resized", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * MisPageView::turn-requested:
   * @turn: which way
   *
   * A click, a swipe or the wheel asks for other pages.
   */
  signals[TURN_REQUESTED] = g_signal_new ("turn-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 1, MIS_TYPE_PAGE_TURN);

  gtk_widget_class_set_css_name (widget_class, "mispageview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
mis_page_view_init (MisPageView *self)
{
  GtkGesture *click, *drag, *swipe;
  GtkEventController *scroll;

  self->n_slots = 1;
  self->zoom = 1;
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);

  click = gtk_gesture_click_new ();
  g_signal_connect (click, "released", G_CALLBACK (click_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  drag = gtk_gesture_drag_new ();
  g_signal_connect (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));

  swipe = gtk_gesture_swipe_new ();
  gtk_gesture_single_set_touch_only (GTK_GESTURE_SINGLE (swipe), TRUE);
  g_signal_connect (swipe, "swipe", G_CALLBACK (swipe_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (swipe));

  scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES | GTK_EVENT_CONTROLLER_SCROLL_DISCRETE);
  g_signal_connect (scroll, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);

  self->zoom_controller = mis_zoom_controller_new (1, MAX_ZOOM);
  mis_zoom_controller_attach (self->zoom_controller, GTK_WIDGET (self));
  g_signal_connect_object (self->zoom_controller, "zoom-requested", G_CALLBACK (zoom_requested_cb),
                           self, G_CONNECT_SWAPPED);
}

GtkWidget *
mis_page_view_new (void)
{
  return g_object_new (MIS_TYPE_PAGE_VIEW, NULL);
}

void
mis_page_view_set_n_slots (MisPageView *self,
                           guint        n_slots)
{
  g_return_if_fail (MIS_IS_PAGE_VIEW (self));
  g_return_if_fail (n_slots <= 2);

  for (guint i = n_slots; i < G_N_ELEMENTS (self->slots); i++)
    {
      g_clear_object (&self->slots[i].texture);
      g_clear_pointer (&self->slots[i].error, g_free);
    }
  self->n_slots = n_slots;
  self->pan_x = self->pan_y = 0;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * mis_page_view_set_slot:
 * @texture: (nullable): the page, or %NULL while it loads or when it failed
 * @error: (nullable): why the page cannot be shown
 */
void
mis_page_view_set_slot (MisPageView *self,
                        guint        slot,
                        GdkTexture  *texture,
                        const char  *error)
{
  g_return_if_fail (MIS_IS_PAGE_VIEW (self));
  g_return_if_fail (slot < self->n_slots);

  g_set_object (&self->slots[slot].texture, texture);
  g_free (self->slots[slot].error);
  self->slots[slot].error = g_strdup (error);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

GdkTexture *
mis_page_view_get_texture (MisPageView *self,
                           guint        slot)
{
  g_return_val_if_fail (MIS_IS_PAGE_VIEW (self), NULL);
  return slot < self->n_slots ? self->slots[slot].texture : NULL;
}

/**
 * mis_page_view_get_decode_size:
 * @n_pages: how many pages are shown side by side (1, or 2 for a spread):
 *   those shown now, or those of a view decoded ahead
 *
 * The box one page is drawn in, in device pixels, at the current fit and
 * zoom: pages are decoded to fit it.
 */
void
mis_page_view_get_decode_size (MisPageView *self,
                               guint        n_pages,
                               int         *width,
                               int         *height)
{
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  double w = gtk_widget_get_width (GTK_WIDGET (self));
  double h = gtk_widget_get_height (GTK_WIDGET (self));
  double factor = self->fit == MIS_FIT_FREE ? self->zoom : 1;

  n_pages = CLAMP (n_pages, 1, 2);
  w = MAX ((w - GAP * (n_pages - 1)) / n_pages, 1);
  if (self->fit == MIS_FIT_WIDTH)
    h = w * 4;   /* the width decides */

  /* Exactly: a page drawn at the size it was decoded is copied, not
   * filtered (see the snapshot). */
  *width = (int)ceil (w * factor * scale);
  *height = (int)ceil (h * factor * scale);
}

MisFitMode
mis_page_view_get_fit (MisPageView *self)
{
  g_return_val_if_fail (MIS_IS_PAGE_VIEW (self), MIS_FIT_PAGE);
  return self->fit;
}

void
mis_page_view_set_fit (MisPageView *self,
                       MisFitMode   fit)
{
  g_return_if_fail (MIS_IS_PAGE_VIEW (self));

  if (self->fit == fit)
    return;

  self->fit = fit;
  if (fit != MIS_FIT_FREE)
    self->zoom = 1;
  mis_zoom_controller_set_zoom (self->zoom_controller, self->zoom);
  self->pan_x = self->pan_y = 0;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

double
mis_page_view_get_zoom (MisPageView *self)
{
  g_return_val_if_fail (MIS_IS_PAGE_VIEW (self), 1);
  return self->zoom;
}

/**
 * mis_page_view_set_zoom:
 * @zoom: 1 is "fit page"; back to 1 returns to fitting
 */
void
mis_page_view_set_zoom (MisPageView *self,
                        double       zoom)
{
  g_return_if_fail (MIS_IS_PAGE_VIEW (self));

  zoom = CLAMP (zoom, 1, MAX_ZOOM);
  self->fit = zoom > 1.001 ? MIS_FIT_FREE : MIS_FIT_PAGE;
  self->zoom = zoom;
  mis_zoom_controller_set_zoom (self->zoom_controller, zoom);
  clamp_pan (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

void
mis_page_view_pan (MisPageView *self,
                   double       dx,
                   double       dy)
{
  g_return_if_fail (MIS_IS_PAGE_VIEW (self));

  self->pan_x += dx;
  self->pan_y += dy;
  clamp_pan (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * mis_page_view_get_pan:
 *
 * How far the pages are moved from the centre, in pixels.
 */
void
mis_page_view_get_pan (MisPageView *self,
                       double      *x,
                       double      *y)
{
  g_return_if_fail (MIS_IS_PAGE_VIEW (self));

  *x = self->pan_x;
  *y = self->pan_y;
}

/**
 * mis_page_view_can_pan:
 *
 * Returns: whether the pages are larger than the view, so that dragging
 *   moves them rather than turning pages.
 */
gboolean
mis_page_view_can_pan (MisPageView *self)
{
  double total_w = 0, total_h = 0;

  g_return_val_if_fail (MIS_IS_PAGE_VIEW (self), FALSE);

  layout_scale (self, &total_w, &total_h);
  return total_w > gtk_widget_get_width (GTK_WIDGET (self)) + 1 ||
         total_h > gtk_widget_get_height (GTK_WIDGET (self)) + 1;
}

/**
 * mis_page_view_get_zoom_controller:
 *
 * Returns: (transfer none): what the reader's zoom actions go through
 */
MisZoomController *
mis_page_view_get_zoom_controller (MisPageView *self)
{
  g_return_val_if_fail (MIS_IS_PAGE_VIEW (self), NULL);
  return self->zoom_controller;
}
