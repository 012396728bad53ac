/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-test-app.c: runs the real MisApplication on a command line, in the
 * test's process (not unique, so tests need no bus name of their own), and
 * the test's steps once the window the command line opened has loaded its
 * kit; then the app quits as Ctrl+Q quits it.
 */
#include "config.h"

#include "mis-test-app.h"

typedef struct
{
  MisApplication  *app;
  MisWindow       *window;
  MisTestAppSteps  steps;
  gpointer         data;
} Run;

static gboolean
run_steps_cb (gpointer user_data)
{
  Run *run = user_data;

  while (run->window == NULL || mis_window_get_page (run->window) == MIS_WINDOW_PAGE_LOADING)
    g_main_context_iteration (NULL, TRUE);

  run->steps (run->app, run->window, run->data);
  g_application_quit (G_APPLICATION (run->app));
  return G_SOURCE_REMOVE;
}

static void
window_added_cb (GtkApplication *app,
                 GtkWindow      *window,
                 Run            *run)
{
  if (MIS_IS_WINDOW (window) && run->window == NULL)
    run->window = MIS_WINDOW (window);
}

/**
 * mis_test_run_app:
 * @argv: the command line, from "make-it-safe"
 * @steps: what the test does with the app, and checks
 *
 * Returns once the app has quit, with every pending event handled.
 */
void
mis_test_run_app (const char * const *argv,
                  MisTestAppSteps     steps,
                  gpointer            data)
{
  Run run = { mis_application_new (), NULL, steps, data };

  g_application_set_flags (G_APPLICATION (run.app), G_APPLICATION_HANDLES_COMMAND_LINE | G_APPLICATION_NON_UNIQUE);
  g_signal_connect (run.app, "window-added", G_CALLBACK (window_added_cb), &run);
  g_idle_add (run_steps_cb, &run);

  g_assert_cmpint (g_application_run (G_APPLICATION (run.app), (int) g_strv_length ((char **) argv), (char **) argv), ==, 0);
  g_object_unref (run.app);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}
