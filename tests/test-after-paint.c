/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-after-paint.c: "after the next paint", which opens a resource asked
 * for on the command line and prints the profile milestones, runs once the
 * frame is on screen, and holds nothing back: a window closed before its
 * first paint runs nothing and is freed.
 */
#include "config.h"

#include "mis-test-util.h"
#include "mis-test-window.h"
#include "mis-util.h"

typedef struct
{
  guint ran;
  guint freed;
} Counts;

static void
count_run (GtkWidget *widget,
           gpointer   data)
{
  ((Counts *) data)->ran++;
}

static void
count_free (gpointer data)
{
  ((Counts *) data)->freed++;
}

static gboolean
has_run (gpointer      counts,
         gconstpointer data)
{
  return ((Counts *) counts)->ran > 0;
}

static void
test_runs_after_paint (void)
{
  GtkWidget *window = gtk_window_new ();
  Counts counts = { 0, 0 };

  gtk_window_present (GTK_WINDOW (window));
  mis_after_next_paint (window, count_run, &counts, count_free);
  g_assert_cmpuint (counts.ran, ==, 0);
  mis_test_wait_for (&counts, has_run, NULL, 10, "the first paint");
  g_assert_cmpuint (counts.ran, ==, 1);
  g_assert_cmpuint (counts.freed, ==, 1);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The photo-novel asks for two milestones after the same frame. */
static void
test_two_in_one_frame (void)
{
  GtkWidget *window = gtk_window_new ();
  Counts first = { 0, 0 };
  Counts second = { 0, 0 };

  gtk_window_present (GTK_WINDOW (window));
  mis_after_next_paint (window, count_run, &first, count_free);
  mis_after_next_paint (window, count_run, &second, count_free);
  mis_test_wait_for (&second, has_run, NULL, 10, "the second call");
  g_assert_cmpuint (first.ran, ==, 1);
  g_assert_cmpuint (second.freed, ==, 1);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_closed_before_paint (void)
{
  GtkWidget *window = gtk_window_new ();
  Counts counts = { 0, 0 };

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_present (GTK_WINDOW (window));
  mis_after_next_paint (window, count_run, &counts, count_free);
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;

  g_assert_cmpuint (counts.ran, ==, 0);
  g_assert_cmpuint (counts.freed, ==, 1);
  g_assert_null (window);
}

static void
test_no_frame_clock (void)
{
  GtkWidget *label = g_object_ref_sink (gtk_label_new ("not in a window"));
  Counts counts = { 0, 0 };

  /* Nothing will paint it: it runs at once. */
  mis_after_next_paint (label, count_run, &counts, count_free);
  g_assert_cmpuint (counts.ran, ==, 1);
  g_assert_cmpuint (counts.freed, ==, 1);
  g_assert_finalize_object (label);
}

int
main (int   argc,
      char *argv[])
{
  if (!mis_test_init_ui (&argc, &argv))
    return g_test_run ();

  g_test_add_func ("/after-paint/runs-after-paint", test_runs_after_paint);
  g_test_add_func ("/after-paint/two-in-one-frame", test_two_in_one_frame);
  g_test_add_func ("/after-paint/closed-before-paint", test_closed_before_paint);
  g_test_add_func ("/after-paint/no-frame-clock", test_no_frame_clock);

  return g_test_run ();
}
