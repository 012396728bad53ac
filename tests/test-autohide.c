/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-autohide.c: in fullscreen, the film's and the photo-novel's controls
 * show when poked (the pointer moved) and go after a delay without motion;
 * another poke starts the delay again; closing the viewer forgets it. The
 * delay is shortened here: the logic, not the 3 s, is under test.
 */
#include "config.h"

#include "mis-autohide.h"
#include "mis-test-util.h"
#include "mis-test-window.h"

static void
count_cb (guint *count)
{
  (*count)++;
}

static gboolean
inactive (gpointer      autohide,
          gconstpointer data)
{
  return !mis_autohide_get_active (autohide);
}

static gboolean
done_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop for @ms: long enough for what must not happen. */
static void
run_for (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, done_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static MisAutohide *
new_autohide (GtkWidget **widget,
              guint      *changes)
{
  MisAutohide *autohide;

  *widget = g_object_ref_sink (gtk_label_new ("video"));
  autohide = mis_autohide_new (*widget);
  mis_autohide_set_hide_delay (autohide, 400);
  g_signal_connect_swapped (autohide, "changed", G_CALLBACK (count_cb), changes);
  return autohide;
}

static void
test_poke_and_hide (void)
{
  g_autoptr(GtkWidget) widget = NULL;
  guint changes = 0;
  g_autoptr(MisAutohide) autohide = new_autohide (&widget, &changes);

  g_assert_false (mis_autohide_get_active (autohide));
  mis_autohide_poke (autohide);
  g_assert_true (mis_autohide_get_active (autohide));
  g_assert_cmpuint (changes, ==, 1);

  mis_test_wait_for (autohide, inactive, NULL, 5, "the controls to hide");
  g_assert_cmpuint (changes, ==, 2);
}

static void
test_poke_again_restarts (void)
{
  g_autoptr(GtkWidget) widget = NULL;
  guint changes = 0;
  g_autoptr(MisAutohide) autohide = new_autohide (&widget, &changes);

  mis_autohide_poke (autohide);
  run_for (200);
  mis_autohide_poke (autohide);
  run_for (200);
  /* 400 ms after the first poke, but only 200 after the last: still shown. */
  g_assert_true (mis_autohide_get_active (autohide));
  mis_test_wait_for (autohide, inactive, NULL, 5, "the controls to hide");
}

static void
test_stop_forgets (void)
{
  g_autoptr(GtkWidget) widget = NULL;
  guint changes = 0;
  g_autoptr(MisAutohide) autohide = new_autohide (&widget, &changes);

  mis_autohide_poke (autohide);
  mis_autohide_stop (autohide);
  run_for (600);
  /* No hide after the viewer closed: nothing changed behind its back. */
  g_assert_cmpuint (changes, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  if (!mis_test_init_ui (&argc, &argv))
    return g_test_run ();

  g_test_add_func ("/autohide/poke-and-hide", test_poke_and_hide);
  g_test_add_func ("/autohide/poke-again-restarts", test_poke_again_restarts);
  g_test_add_func ("/autohide/stop-forgets", test_stop_forgets);

  return g_test_run ();
}
