/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-shift-gesture.c: the quick-exit gesture, with the events' own times:
 * three presses of Shift each within a second trigger it once; a pause, or
 * any other key between them, starts again (typing capitals never
 * triggers it); a held Shift counts once; the count the hint shows goes
 * back to 0 on its own after a pause.
 */
#include "config.h"

#include <gtk/gtk.h>

#include "mis-shift-gesture.h"

static void
count_cb (guint *count)
{
  (*count)++;
}

static MisShiftGesture *
new_gesture (guint *triggered)
{
  MisShiftGesture *gesture = mis_shift_gesture_new ();

  g_signal_connect_swapped (gesture, "triggered", G_CALLBACK (count_cb), triggered);
  return gesture;
}

/* A press and its release, as a keyboard sends them. */
static void
tap (MisShiftGesture *gesture,
     guint            keyval,
     guint32          time_ms)
{
  mis_shift_gesture_key (gesture, keyval, TRUE, time_ms);
  mis_shift_gesture_key (gesture, keyval, FALSE, time_ms + 60);
}

static void
test_three_presses (void)
{
  guint triggered = 0;
  guint notified = 0;
  MisShiftGesture *gesture = new_gesture (&triggered);

  g_signal_connect_swapped (gesture, "notify::count", G_CALLBACK (count_cb), &notified);

  tap (gesture, GDK_KEY_Shift_L, 10000);
  g_assert_cmpuint (mis_shift_gesture_get_count (gesture), ==, 1);
  tap (gesture, GDK_KEY_Shift_R, 10400);
  g_assert_cmpuint (mis_shift_gesture_get_count (gesture), ==, 2);
  g_assert_cmpuint (triggered, ==, 0);
  tap (gesture, GDK_KEY_Shift_L, 11300);
  g_assert_cmpuint (triggered, ==, 1);
  /* The hint goes: 1, 2, then 0 when the gesture is made. */
  g_assert_cmpuint (mis_shift_gesture_get_count (gesture), ==, 0);
  g_assert_cmpuint (notified, ==, 3);

  /* And again from the start: three more presses, not one. */
  tap (gesture, GDK_KEY_Shift_L, 11500);
  g_assert_cmpuint (triggered, ==, 1);
  tap (gesture, GDK_KEY_Shift_L, 11700);
  tap (gesture, GDK_KEY_Shift_L, 11900);
  g_assert_cmpuint (triggered, ==, 2);

  g_assert_finalize_object (gesture);
}

static void
test_pause_starts_again (void)
{
  guint triggered = 0;
  MisShiftGesture *gesture = new_gesture (&triggered);

  tap (gesture, GDK_KEY_Shift_L, 1000);
  tap (gesture, GDK_KEY_Shift_L, 1500);
  /* More than a second after the second press. */
  tap (gesture, GDK_KEY_Shift_L, 2600);
  g_assert_cmpuint (triggered, ==, 0);
  g_assert_cmpuint (mis_shift_gesture_get_count (gesture), ==, 1);
  tap (gesture, GDK_KEY_Shift_L, 3000);
  tap (gesture, GDK_KEY_Shift_L, 3500);
  g_assert_cmpuint (triggered, ==, 1);

  g_assert_finalize_object (gesture);
}

static void
test_typing_capitals (void)
{
  guint triggered = 0;
  MisShiftGesture *gesture = new_gesture (&triggered);

  /* "A Bc D": Shift, a letter, Shift, a letter... */
  for (guint32 t = 0; t < 2000; t += 200)
    {
      mis_shift_gesture_key (gesture, GDK_KEY_Shift_L, TRUE, t);
      tap (gesture, GDK_KEY_A, t + 50);
      mis_shift_gesture_key (gesture, GDK_KEY_Shift_L, FALSE, t + 120);
    }
  g_assert_cmpuint (triggered, ==, 0);
  g_assert_cmpuint (mis_shift_gesture_get_count (gesture), ==, 0);

  /* A key released (not pressed) between presses changes nothing. */
  tap (gesture, GDK_KEY_Shift_L, 5000);
  mis_shift_gesture_key (gesture, GDK_KEY_space, FALSE, 5100);
  tap (gesture, GDK_KEY_Shift_L, 5200);
  tap (gesture, GDK_KEY_Shift_L, 5400);
  g_assert_cmpuint (triggered, ==, 1);

  g_assert_finalize_object (gesture);
}

static void
test_held_shift (void)
{
  guint triggered = 0;
  MisShiftGesture *gesture = new_gesture (&triggered);

  /* Auto-repeat sends presses without releases. */
  for (guint32 t = 0; t < 1000; t += 30)
    mis_shift_gesture_key (gesture, GDK_KEY_Shift_L, TRUE, t);
  g_assert_cmpuint (triggered, ==, 0);
  g_assert_cmpuint (mis_shift_gesture_get_count (gesture), ==, 1);
  mis_shift_gesture_key (gesture, GDK_KEY_Shift_L, FALSE, 1000);

  g_assert_finalize_object (gesture);
}

static void
test_hint_expires (void)
{
  guint triggered = 0;
  MisShiftGesture *gesture = new_gesture (&triggered);
  gint64 start;

  tap (gesture, GDK_KEY_Shift_L, 100);
  g_assert_cmpuint (mis_shift_gesture_get_count (gesture), ==, 1);

  start = g_get_monotonic_time ();
  while (mis_shift_gesture_get_count (gesture) != 0)
    {
      g_assert_cmpint (g_get_monotonic_time () - start, <, 3 * G_USEC_PER_SEC);
      g_main_context_iteration (NULL, TRUE);
    }
  g_assert_cmpint (g_get_monotonic_time () - start, >=, (MIS_SHIFT_GESTURE_INTERVAL_MS - 50) * 1000);

  g_assert_finalize_object (gesture);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/shift-gesture/three-presses", test_three_presses);
  g_test_add_func ("/shift-gesture/pause-starts-again", test_pause_starts_again);
  g_test_add_func ("/shift-gesture/typing-capitals", test_typing_capitals);
  g_test_add_func ("/shift-gesture/held-shift", test_held_shift);
  g_test_add_func ("/shift-gesture/hint-expires", test_hint_expires);

  return g_test_run ();
}
