/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-zoom-controller.c: the zoom maths every viewer shares. A step too
 * far, a pinch that drifts or a zoom past the limits is what a reader
 * would see go wrong.
 */
#include "config.h"

#include "mis-zoom-controller.h"

typedef struct
{
  guint  count;
  double zoom;
  double anchor_y;
} Requests;

static void
zoom_requested_cb (MisZoomController *controller,
                   double             zoom,
                   double             anchor_y,
                   Requests          *requests)
{
  requests->count++;
  requests->zoom = zoom;
  requests->anchor_y = anchor_y;
}

/* What a viewer does: shows what was asked for and says so. */
static void
apply_cb (MisZoomController *controller,
          double             zoom,
          double             anchor_y,
          gpointer           user_data)
{
  mis_zoom_controller_set_zoom (controller, zoom);
}

static MisZoomController *
new_controller (double    min_zoom,
                double    max_zoom,
                Requests *requests)
{
  MisZoomController *zoom = mis_zoom_controller_new (min_zoom, max_zoom);

  g_signal_connect (zoom, "zoom-requested", G_CALLBACK (zoom_requested_cb), requests);
  return zoom;
}

static void
test_steps (void)
{
  Requests requests = { 0 };
  g_autoptr(MisZoomController) zoom = new_controller (0.1, 8, &requests);

  g_assert_cmpfloat (mis_zoom_controller_get_zoom (zoom), ==, 1);

  /* Buttons and shortcuts: the same step in and out, from what is shown. */
  mis_zoom_controller_zoom_in (zoom);
  g_assert_cmpuint (requests.count, ==, 1);
  g_assert_cmpfloat_with_epsilon (requests.zoom, MIS_ZOOM_STEP, 1e-9);
  g_assert_cmpfloat (requests.anchor_y, ==, -1);

  /* Nothing applied it: the next step starts from the same zoom. */
  mis_zoom_controller_zoom_in (zoom);
  g_assert_cmpfloat_with_epsilon (requests.zoom, MIS_ZOOM_STEP, 1e-9);

  g_signal_connect (zoom, "zoom-requested", G_CALLBACK (apply_cb), NULL);
  mis_zoom_controller_zoom_in (zoom);
  mis_zoom_controller_zoom_in (zoom);
  g_assert_cmpfloat_with_epsilon (mis_zoom_controller_get_zoom (zoom), MIS_ZOOM_STEP * MIS_ZOOM_STEP, 1e-9);
  mis_zoom_controller_zoom_out (zoom);
  mis_zoom_controller_zoom_out (zoom);
  g_assert_cmpfloat_with_epsilon (mis_zoom_controller_get_zoom (zoom), 1, 1e-9);

  /* A fit changes the zoom outside the controller: steps go on from it. */
  mis_zoom_controller_set_zoom (zoom, 1.7);
  mis_zoom_controller_zoom_out (zoom);
  g_assert_cmpfloat_with_epsilon (requests.zoom, 1.7 / MIS_ZOOM_STEP, 1e-9);
}

static void
test_limits (void)
{
  Requests requests = { 0 };
  g_autoptr(MisZoomController) zoom = new_controller (1, 6, &requests);

  g_signal_connect (zoom, "zoom-requested", G_CALLBACK (apply_cb), NULL);

  /* Never below or above: the request itself is within the limits. */
  mis_zoom_controller_zoom_out (zoom);
  g_assert_cmpfloat (requests.zoom, ==, 1);
  for (guint i = 0; i < 20; i++)
    mis_zoom_controller_zoom_in (zoom);
  g_assert_cmpfloat (requests.zoom, ==, 6);
  g_assert_cmpfloat (mis_zoom_controller_get_zoom (zoom), ==, 6);

  /* What the viewer reports is kept within them too. */
  mis_zoom_controller_set_zoom (zoom, 40);
  g_assert_cmpfloat (mis_zoom_controller_get_zoom (zoom), ==, 6);
  mis_zoom_controller_set_zoom (zoom, 0.2);
  g_assert_cmpfloat (mis_zoom_controller_get_zoom (zoom), ==, 1);
  g_assert_cmpfloat (mis_zoom_controller_get_min_zoom (zoom), ==, 1);
  g_assert_cmpfloat (mis_zoom_controller_get_max_zoom (zoom), ==, 6);
}

static void
test_wheel (void)
{
  Requests requests = { 0 };
  g_autoptr(MisZoomController) zoom = new_controller (0.1, 8, &requests);

  /* Away from the reader zooms in, by a smaller step than a button. */
  g_assert_true (mis_zoom_controller_wheel (zoom, -1));
  g_assert_cmpfloat_with_epsilon (requests.zoom, MIS_ZOOM_WHEEL_STEP, 1e-9);
  g_assert_cmpfloat (requests.anchor_y, ==, -1);
  g_assert_true (mis_zoom_controller_wheel (zoom, 1));
  g_assert_cmpfloat_with_epsilon (requests.zoom, 1 / MIS_ZOOM_WHEEL_STEP, 1e-9);

  /* A sideways turn is not a zoom, and is left to the view. */
  g_assert_false (mis_zoom_controller_wheel (zoom, 0));
  g_assert_cmpuint (requests.count, ==, 2);
}

static void
test_pinch (void)
{
  Requests requests = { 0 };
  g_autoptr(MisZoomController) zoom = new_controller (0.1, 8, &requests);

  g_signal_connect (zoom, "zoom-requested", G_CALLBACK (apply_cb), NULL);
  mis_zoom_controller_set_zoom (zoom, 2);

  /* The fingers' distance scales the zoom the pinch began at, and what is
   * between them stays there. */
  mis_zoom_controller_pinch_begin (zoom);
  mis_zoom_controller_pinch (zoom, 1.5, 120);
  g_assert_cmpfloat (requests.zoom, ==, 3);
  g_assert_cmpfloat (requests.anchor_y, ==, 120);
  mis_zoom_controller_pinch (zoom, 0.5, 80);
  g_assert_cmpfloat (requests.zoom, ==, 1);
  g_assert_cmpfloat (requests.anchor_y, ==, 80);

  /* A scale of nothing (fingers lifted together) is ignored. */
  mis_zoom_controller_pinch (zoom, 0, 80);
  g_assert_cmpuint (requests.count, ==, 2);

  /* The next pinch starts from where the last one left the zoom. */
  mis_zoom_controller_pinch_begin (zoom);
  mis_zoom_controller_pinch (zoom, 2, -1);
  g_assert_cmpfloat (requests.zoom, ==, 2);
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_notify (void)
{
  Requests requests = { 0 };
  g_autoptr(MisZoomController) zoom = new_controller (0.1, 8, &requests);
  guint count = 0;

  g_signal_connect (zoom, "notify::zoom", G_CALLBACK (count_notify_cb), &count);
  mis_zoom_controller_set_zoom (zoom, 1);
  g_assert_cmpuint (count, ==, 0);
  mis_zoom_controller_set_zoom (zoom, 2.5);
  mis_zoom_controller_set_zoom (zoom, 2.5);
  g_assert_cmpuint (count, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/zoom-controller/steps", test_steps);
  g_test_add_func ("/zoom-controller/limits", test_limits);
  g_test_add_func ("/zoom-controller/wheel", test_wheel);
  g_test_add_func ("/zoom-controller/pinch", test_pinch);
  g_test_add_func ("/zoom-controller/notify", test_notify);

  return g_test_run ();
}
