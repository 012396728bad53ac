/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-inactivity.c: the idle reset of a shared computer, on a clock of the
 * test's own (no waiting five minutes): the countdown starts after the
 * timeout, counts the seconds down, ends with input, and expires once at
 * its end; nothing happens while a film plays or when the timer is off.
 */
#include "config.h"

#include "mis-inactivity.h"

typedef struct
{
  MisInactivity *inactivity;
  gint64         now_us;
  guint          expired;
} Fixture;

static gint64
fake_clock (gpointer data)
{
  return ((Fixture *) data)->now_us;
}

static void
count_cb (guint *count)
{
  (*count)++;
}

static void
expired_cb (Fixture *fixture)
{
  fixture->expired++;
}

/* Moves the clock to @seconds after the start and looks. */
static void
at (Fixture *fixture,
    double   seconds)
{
  fixture->now_us = (gint64) (seconds * G_USEC_PER_SEC);
  mis_inactivity_check (fixture->inactivity);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->now_us = 0;
  fixture->expired = 0;
  fixture->inactivity = mis_inactivity_new ();
  mis_inactivity_set_clock (fixture->inactivity, fake_clock, fixture);
  mis_inactivity_set_timeout (fixture->inactivity, 300);
  mis_inactivity_set_countdown (fixture->inactivity, 30);
  g_signal_connect_swapped (fixture->inactivity, "expired", G_CALLBACK (expired_cb), fixture);
  mis_inactivity_set_enabled (fixture->inactivity, TRUE);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->inactivity);
}

static void
test_countdown_and_reset (Fixture       *fixture,
                          gconstpointer  data)
{
  MisInactivity *inactivity = fixture->inactivity;

  at (fixture, 299.9);
  g_assert_cmpint (mis_inactivity_get_state (inactivity), ==, MIS_INACTIVITY_STATE_ACTIVE);
  g_assert_cmpuint (mis_inactivity_get_remaining (inactivity), ==, 0);

  at (fixture, 300);
  g_assert_cmpint (mis_inactivity_get_state (inactivity), ==, MIS_INACTIVITY_STATE_WARNING);
  g_assert_cmpuint (mis_inactivity_get_remaining (inactivity), ==, 30);

  at (fixture, 314.5);
  g_assert_cmpuint (mis_inactivity_get_remaining (inactivity), ==, 16);
  at (fixture, 329.2);
  g_assert_cmpuint (mis_inactivity_get_remaining (inactivity), ==, 1);
  g_assert_cmpuint (fixture->expired, ==, 0);

  at (fixture, 330);
  g_assert_cmpuint (fixture->expired, ==, 1);
  g_assert_cmpint (mis_inactivity_get_state (inactivity), ==, MIS_INACTIVITY_STATE_ACTIVE);
  g_assert_cmpuint (mis_inactivity_get_remaining (inactivity), ==, 0);

  /* Once: the next person gets the whole time again. */
  at (fixture, 400);
  g_assert_cmpuint (fixture->expired, ==, 1);
  at (fixture, 630);
  g_assert_cmpint (mis_inactivity_get_state (inactivity), ==, MIS_INACTIVITY_STATE_WARNING);
}

static void
test_input_ends_countdown (Fixture       *fixture,
                           gconstpointer  data)
{
  MisInactivity *inactivity = fixture->inactivity;
  guint notified = 0;

  at (fixture, 120);
  mis_inactivity_poke (inactivity);
  /* 300 s from the input, not from the start. */
  at (fixture, 419);
  g_assert_cmpint (mis_inactivity_get_state (inactivity), ==, MIS_INACTIVITY_STATE_ACTIVE);
  at (fixture, 425);
  g_assert_cmpint (mis_inactivity_get_state (inactivity), ==, MIS_INACTIVITY_STATE_WARNING);

  g_signal_connect_swapped (inactivity, "notify::state", G_CALLBACK (count_cb), &notified);
  fixture->now_us = 440 * G_USEC_PER_SEC;
  mis_inactivity_poke (inactivity);
  g_assert_cmpint (mis_inactivity_get_state (inactivity), ==, MIS_INACTIVITY_STATE_ACTIVE);
  g_assert_cmpuint (mis_inactivity_get_remaining (inactivity), ==, 0);
  g_assert_cmpuint (notified, ==, 1);

  at (fixture, 760);
  g_assert_cmpuint (fixture->expired, ==, 0);
}

static void
test_film_playing (Fixture       *fixture,
                   gconstpointer  data)
{
  MisInactivity *inactivity = fixture->inactivity;

  at (fixture, 100);
  mis_inactivity_set_inhibited (inactivity, TRUE);
  /* A 20-minute film, nobody touching anything. */
  at (fixture, 1300);
  g_assert_cmpint (mis_inactivity_get_state (inactivity), ==, MIS_INACTIVITY_STATE_ACTIVE);
  g_assert_cmpuint (fixture->expired, ==, 0);

  /* At its end, the wait starts from there. */
  mis_inactivity_set_inhibited (inactivity, FALSE);
  at (fixture, 1599);
  g_assert_cmpint (mis_inactivity_get_state (inactivity), ==, MIS_INACTIVITY_STATE_ACTIVE);
  at (fixture, 1600);
  g_assert_cmpint (mis_inactivity_get_state (inactivity), ==, MIS_INACTIVITY_STATE_WARNING);

  /* A film started during the countdown ends it. */
  mis_inactivity_set_inhibited (inactivity, TRUE);
  g_assert_cmpint (mis_inactivity_get_state (inactivity), ==, MIS_INACTIVITY_STATE_ACTIVE);
  at (fixture, 5000);
  g_assert_cmpuint (fixture->expired, ==, 0);
}

static void
test_off (Fixture       *fixture,
          gconstpointer  data)
{
  MisInactivity *inactivity = fixture->inactivity;

  at (fixture, 310);
  g_assert_cmpint (mis_inactivity_get_state (inactivity), ==, MIS_INACTIVITY_STATE_WARNING);
  mis_inactivity_set_enabled (inactivity, FALSE);
  g_assert_cmpint (mis_inactivity_get_state (inactivity), ==, MIS_INACTIVITY_STATE_ACTIVE);
  at (fixture, 10000);
  g_assert_cmpuint (fixture->expired, ==, 0);

  /* Switched on, it counts from then. */
  mis_inactivity_set_enabled (inactivity, TRUE);
  at (fixture, 10299);
  g_assert_cmpint (mis_inactivity_get_state (inactivity), ==, MIS_INACTIVITY_STATE_ACTIVE);
  at (fixture, 10330);
  g_assert_cmpuint (fixture->expired, ==, 1);
}

static void
test_shorter_timeout (Fixture       *fixture,
                      gconstpointer  data)
{
  MisInactivity *inactivity = fixture->inactivity;

  /* An administrator changes idle-reset-minutes from 5 to 1. */
  at (fixture, 50);
  mis_inactivity_set_timeout (inactivity, 60);
  g_assert_cmpint (mis_inactivity_get_state (inactivity), ==, MIS_INACTIVITY_STATE_ACTIVE);
  at (fixture, 61);
  g_assert_cmpint (mis_inactivity_get_state (inactivity), ==, MIS_INACTIVITY_STATE_WARNING);
  g_assert_cmpuint (mis_inactivity_get_remaining (inactivity), ==, 29);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/inactivity/countdown-and-reset", Fixture, NULL, fixture_set_up, test_countdown_and_reset, fixture_tear_down);
  g_test_add ("/inactivity/input-ends-countdown", Fixture, NULL, fixture_set_up, test_input_ends_countdown, fixture_tear_down);
  g_test_add ("/inactivity/film-playing", Fixture, NULL, fixture_set_up, test_film_playing, fixture_tear_down);
  g_test_add ("/inactivity/off", Fixture, NULL, fixture_set_up, test_off, fixture_tear_down);
  g_test_add ("/inactivity/shorter-timeout", Fixture, NULL, fixture_set_up, test_shorter_timeout, fixture_tear_down);

  return g_test_run ();
}
