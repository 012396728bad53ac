/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-manual-model.c: where a manual is being read, without a display:
 * what the header, the sidebar and the window follow must change once per
 * change and stay within the manual.
 */
#include "config.h"

#include "mis-manual-enums.h"
#include "mis-manual-model.h"

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          guint      *count)
{
  (*count)++;
}

static void
test_defaults (void)
{
  g_autoptr(MisManualModel) model = mis_manual_model_new ();

  /* A manual opens at its first page, fitted to the width, not presented. */
  g_assert_cmpuint (mis_manual_model_get_page (model), ==, 0);
  g_assert_cmpfloat (mis_manual_model_get_zoom (model), ==, 1);
  g_assert_cmpint (mis_manual_model_get_fit (model), ==, MIS_MANUAL_FIT_WIDTH);
  g_assert_false (mis_manual_model_get_presenting (model));
}

static void
test_page (void)
{
  g_autoptr(MisManualModel) model = mis_manual_model_new ();
  guint count = 0;

  g_signal_connect (model, "notify::page", G_CALLBACK (count_cb), &count);
  mis_manual_model_set_n_pages (model, 24);

  mis_manual_model_set_page (model, 9);
  mis_manual_model_set_page (model, 9);
  g_assert_cmpuint (mis_manual_model_get_page (model), ==, 9);
  g_assert_cmpuint (count, ==, 1);

  /* Past the last page: the last page. */
  mis_manual_model_set_page (model, 400);
  g_assert_cmpuint (mis_manual_model_get_page (model), ==, 23);
  g_assert_cmpuint (count, ==, 2);

  /* A shorter manual keeps the page within it; none, at 0. */
  mis_manual_model_set_n_pages (model, 6);
  g_assert_cmpuint (mis_manual_model_get_page (model), ==, 5);
  mis_manual_model_set_n_pages (model, 0);
  g_assert_cmpuint (mis_manual_model_get_page (model), ==, 0);
  g_assert_cmpuint (count, ==, 4);

  /* Through the property, as a binding sets it. */
  mis_manual_model_set_n_pages (model, 10);
  g_object_set (model, "page", 3, NULL);
  g_assert_cmpuint (mis_manual_model_get_page (model), ==, 3);
}

static void
test_zoom_and_fit (void)
{
  g_autoptr(MisManualModel) model = mis_manual_model_new ();
  guint zoom_count = 0, fit_count = 0;

  g_signal_connect (model, "notify::zoom", G_CALLBACK (count_cb), &zoom_count);
  g_signal_connect (model, "notify::fit", G_CALLBACK (count_cb), &fit_count);

  mis_manual_model_set_zoom (model, 1.44);
  mis_manual_model_set_zoom (model, 1.44);
  g_assert_cmpfloat (mis_manual_model_get_zoom (model), ==, 1.44);
  g_assert_cmpuint (zoom_count, ==, 1);

  mis_manual_model_set_zoom (model, 100);
  g_assert_cmpfloat (mis_manual_model_get_zoom (model), ==, MIS_MANUAL_MAX_ZOOM);
  mis_manual_model_set_zoom (model, 0);
  g_assert_cmpfloat (mis_manual_model_get_zoom (model), ==, MIS_MANUAL_MIN_ZOOM);
  g_assert_cmpuint (zoom_count, ==, 3);

  mis_manual_model_set_fit (model, MIS_MANUAL_FIT_PAGE);
  mis_manual_model_set_fit (model, MIS_MANUAL_FIT_PAGE);
  g_assert_cmpint (mis_manual_model_get_fit (model), ==, MIS_MANUAL_FIT_PAGE);
  g_assert_cmpuint (fit_count, ==, 1);
  g_assert_true (G_TYPE_IS_ENUM (MIS_TYPE_MANUAL_FIT));
}

static void
test_presenting (void)
{
  g_autoptr(MisManualModel) model = mis_manual_model_new ();
  guint count = 0;

  g_signal_connect (model, "notify::presenting", G_CALLBACK (count_cb), &count);
  mis_manual_model_set_presenting (model, TRUE);
  mis_manual_model_set_presenting (model, 2);
  g_assert_true (mis_manual_model_get_presenting (model));
  g_assert_cmpuint (count, ==, 1);
  mis_manual_model_set_presenting (model, FALSE);
  g_assert_cmpuint (count, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/manual-model/defaults", test_defaults);
  g_test_add_func ("/manual-model/page", test_page);
  g_test_add_func ("/manual-model/zoom-and-fit", test_zoom_and_fit);
  g_test_add_func ("/manual-model/presenting", test_presenting);

  return g_test_run ();
}
