/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-reading-model.c: turning the pages of a photo-novel, one or two at a
 * time, in either reading direction, at both ends, with odd page counts.
 */
#include "mis-reading-model.h"

static void
assert_view (MisReadingModel *model,
             int              first,
             int              second)
{
  int a, b;

  mis_reading_model_get_view (model, &a, &b);
  g_assert_cmpint (a, ==, first);
  g_assert_cmpint (b, ==, second);
}

static void
assert_screen (MisReadingModel *model,
               int              left,
               int              right)
{
  int a, b;

  mis_reading_model_get_screen_pages (model, &a, &b);
  g_assert_cmpint (a, ==, left);
  g_assert_cmpint (b, ==, right);
}

static void
test_single (void)
{
  g_autoptr(MisReadingModel) model = mis_reading_model_new (3, MIS_READING_DIRECTION_LTR);

  assert_view (model, 0, -1);
  g_assert_true (mis_reading_model_is_first (model));
  g_assert_false (mis_reading_model_previous (model));
  g_assert_true (mis_reading_model_next (model));
  assert_view (model, 1, -1);
  g_assert_true (mis_reading_model_turn_right (model));
  assert_view (model, 2, -1);
  g_assert_true (mis_reading_model_is_last (model));
  g_assert_false (mis_reading_model_next (model));
  g_assert_true (mis_reading_model_turn_left (model));
  assert_view (model, 1, -1);
  g_assert_true (mis_reading_model_first (model));
  assert_view (model, 0, -1);
  g_assert_true (mis_reading_model_last (model));
  assert_view (model, 2, -1);
  g_assert_false (mis_reading_model_go_to (model, 99));   /* already at the last page */
}

static void
test_spread_even (void)
{
  g_autoptr(MisReadingModel) model = mis_reading_model_new (6, MIS_READING_DIRECTION_LTR);

  mis_reading_model_set_spread (model, TRUE);
  /* The cover alone, then pairs, and the last page alone. */
  assert_view (model, 0, -1);
  g_assert_true (mis_reading_model_next (model));
  assert_view (model, 1, 2);
  assert_screen (model, 1, 2);
  g_assert_true (mis_reading_model_next (model));
  assert_view (model, 3, 4);
  g_assert_true (mis_reading_model_next (model));
  assert_view (model, 5, -1);
  g_assert_true (mis_reading_model_is_last (model));
  g_assert_false (mis_reading_model_next (model));
  g_assert_true (mis_reading_model_previous (model));
  assert_view (model, 3, 4);

  /* Going to a page shows its spread. */
  mis_reading_model_go_to (model, 2);
  assert_view (model, 1, 2);
}

static void
test_spread_odd (void)
{
  g_autoptr(MisReadingModel) model = mis_reading_model_new (5, MIS_READING_DIRECTION_LTR);

  mis_reading_model_set_spread (model, TRUE);
  mis_reading_model_last (model);
  assert_view (model, 3, 4);
  g_assert_true (mis_reading_model_is_last (model));

  /* Leaving spreads keeps the page being read. */
  mis_reading_model_set_spread (model, FALSE);
  assert_view (model, 3, -1);
  mis_reading_model_go_to (model, 4);
  mis_reading_model_set_spread (model, TRUE);
  assert_view (model, 3, 4);
}

static void
test_right_to_left (void)
{
  g_autoptr(MisReadingModel) model = mis_reading_model_new (5, MIS_READING_DIRECTION_RTL);

  /* The right arrow goes back in a right-to-left album... */
  g_assert_false (mis_reading_model_turn_right (model));
  g_assert_true (mis_reading_model_turn_left (model));
  assert_view (model, 1, -1);
  g_assert_true (mis_reading_model_turn_right (model));
  assert_view (model, 0, -1);

  /* ...and a spread reads from the right: page 2 on the right of page 3. */
  mis_reading_model_set_spread (model, TRUE);
  mis_reading_model_turn_left (model);
  assert_view (model, 1, 2);
  assert_screen (model, 2, 1);
}

static void
test_empty (void)
{
  g_autoptr(MisReadingModel) model = mis_reading_model_new (0, MIS_READING_DIRECTION_LTR);

  assert_view (model, -1, -1);
  g_assert_false (mis_reading_model_next (model));
  g_assert_false (mis_reading_model_last (model));
  g_assert_true (mis_reading_model_is_last (model));

  /* Two pages side by side of nothing is still nothing, at page 0. */
  mis_reading_model_set_spread (model, TRUE);
  assert_view (model, -1, -1);
  g_assert_cmpuint (mis_reading_model_get_page (model), ==, 0);
  g_assert_true (mis_reading_model_is_first (model));
}

static void
count_cb (guint *count)
{
  (*count)++;
}

static void
test_notify (void)
{
  g_autoptr(MisReadingModel) model = mis_reading_model_new (4, MIS_READING_DIRECTION_LTR);
  guint count = 0;

  g_signal_connect_swapped (model, "notify::page", G_CALLBACK (count_cb), &count);
  mis_reading_model_next (model);
  mis_reading_model_next (model);
  mis_reading_model_go_to (model, 2);   /* already there */
  mis_reading_model_previous (model);
  g_assert_cmpuint (count, ==, 3);

  /* On the cover, a spread starts where the view is: the page stays, and
   * "page" is not notified for nothing. */
  mis_reading_model_first (model);
  count = 0;
  mis_reading_model_set_spread (model, TRUE);
  mis_reading_model_set_spread (model, FALSE);
  g_assert_cmpuint (count, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/reading-model/single", test_single);
  g_test_add_func ("/reading-model/spread-even", test_spread_even);
  g_test_add_func ("/reading-model/spread-odd", test_spread_odd);
  g_test_add_func ("/reading-model/right-to-left", test_right_to_left);
  g_test_add_func ("/reading-model/empty", test_empty);
  g_test_add_func ("/reading-model/notify", test_notify);

  return g_test_run ();
}
