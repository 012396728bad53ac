/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-quick-exit.c: the whole app, run in this process as users run it,
 * with real key presses sent to the X server (xdotool, under Xvfb):
 *
 *  - three presses of Shift cover every window with the neutral clock,
 *    from the library with its menu open, from a film playing in
 *    fullscreen (paused and muted, then stopped) and from a dialog (closed);
 *    two presses and a pause do nothing but show the hint;
 *  - a key afterwards brings back a fresh library;
 *  - a shared computer left alone counts down (on the test's clock), then
 *    resets: viewers closed, search and filters cleared, the first
 *    language, nothing remembered;
 *  - GNOME's lockdown and the shared computer's settings turn printing,
 *    saving and copying off.
 */
#include "config.h"

#include <adwaita.h>

#include "mis-test-app.h"
#include "mis-test-window.h"
#include "mis-neutral-screen.h"
#include "mis-test-util.h"
#include "mis-window.h"

typedef struct _Run Run;
typedef void (*Steps) (Run *run);

struct _Run
{
  MisApplication *app;
  MisWindow      *window;
  Steps           steps;
  gint64          clock_us;
};

static char *xdotool;

static void steps_shared_reset (Run *run);
static void steps_lockdown (Run *run);

static gint64
fake_clock (gpointer data)
{
  return ((Run *) data)->clock_us;
}

static void
steps_cb (MisApplication *app,
          MisWindow      *window,
          gpointer        data)
{
  Run *run = data;

  run->app = app;
  run->window = window;
  run->steps (run);
}

/* The sample kit has a manual that opens (the test kit's is damaged on
 * purpose). */
static char *
kit_dir (Steps steps)
{
  if (steps == steps_shared_reset || steps == steps_lockdown)
    return g_strdup (mis_test_sample_kit_dir ());
  return mis_test_good_kit_dir ();
}

/* Runs the app on the test kit with @option (or none), then @steps. */
static void
run_app (const char *option,
         Steps       steps)
{
  g_autofree char *kit = kit_dir (steps);
  const char *argv[] = { "make-it-safe", "--kit", kit, "--private", option, NULL };
  Run run = { 0 };

  run.steps = steps;
  mis_test_run_app (argv, steps_cb, &run);
}

/* Real key presses, through the X server, to the window under the
 * pointer (Xvfb has no window manager to give focus). */
static void
xdo (const char *arguments)
{
  g_autofree char *command = g_strdup_printf ("%s %s", xdotool, arguments);
  g_autoptr(GError) error = NULL;
  int status;

  g_assert_true (g_spawn_command_line_sync (command, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

static void
press (Run        *run,
       const char *keys)
{
  g_autofree char *arguments = g_strdup_printf ("mousemove 300 300 sleep 0.05 key --delay 60 %s", keys);

  xdo (arguments);
}

static gboolean
covered_is (gpointer      window,
            gconstpointer data)
{
  return mis_window_get_covered (window) == GPOINTER_TO_INT (data);
}

static void
wait_covered (Run      *run,
              gboolean  covered)
{
  mis_test_wait_for (run->window, covered_is, GINT_TO_POINTER (covered), 10,
                     covered ? "the neutral screen" : "the app back");
}

static void
run_for (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE), g_usleep (5000);
}

/* Whether a popover (a menu) is shown anywhere under @widget. */
static gboolean
popover_shown (GtkWidget *widget)
{
  if (GTK_IS_POPOVER (widget) && gtk_widget_get_mapped (widget))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    if (popover_shown (child))
      return TRUE;
  return FALSE;
}

static gboolean
menu_is_open (gpointer      window,
              gconstpointer data)
{
  return popover_shown (window);
}

static gboolean
neutral_icon (gpointer      window,
              gconstpointer data)
{
  return g_strcmp0 (gtk_window_get_icon_name (window), mis_neutral_screen_get_icon_name ()) == 0;
}

static void
steps_library_menu (Run *run)
{
  MisWindow *window = run->window;
  g_autofree char *title = g_strdup (gtk_window_get_title (GTK_WINDOW (window)));

  mis_library_view_set_search_text (mis_window_get_library_view (window), "mot");

  /* F10 opens the main menu; the gesture works over it. */
  press (run, "F10");
  mis_test_wait_for (window, menu_is_open, NULL, 10, "the main menu");
  press (run, "shift shift shift");
  wait_covered (run, TRUE);

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, mis_neutral_screen_get_title ());
  /* The taskbar's icon follows, right after the clock's first frame. */
  mis_test_wait_for (window, neutral_icon, NULL, 10, "the neutral icon");
  g_assert_false (popover_shown (GTK_WIDGET (window)));
  g_assert_true (mis_application_get_covered (run->app));

  /* Another Shift, out of haste, leaves it covered; a letter does not. */
  press (run, "shift");
  run_for (200);
  g_assert_true (mis_window_get_covered (window));
  press (run, "space");
  wait_covered (run, FALSE);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, title);
  g_assert_cmpint (mis_window_get_page (window), ==, MIS_WINDOW_PAGE_LIBRARY);
  g_assert_cmpstr (mis_library_view_get_search_text (mis_window_get_library_view (window)), ==, "");
}

static gboolean
film_playing (gpointer      window,
              gconstpointer data)
{
  return mis_window_get_film_playing (window);
}

static gboolean
silent (gpointer      player,
        gconstpointer data)
{
  return mis_mpv_get_paused (player) && mis_mpv_get_muted (player);
}

static gboolean
unmuted (gpointer      player,
         gconstpointer data)
{
  return !mis_mpv_get_muted (player);
}

/* mpv itself says it has no file any more. */
static gboolean
stopped (gpointer      player,
         gconstpointer data)
{
  int idle = 0;

  mpv_get_property (mis_mpv_get_handle (player), "idle-active", MPV_FORMAT_FLAG, &idle);
  return idle;
}

/* A plan run in front of a group: its film falls silent at once, the run
 * ends behind the clock and the next person finds the library. */
static void
steps_plan_running (Run *run)
{
  MisWindow *window = run->window;
  MisPlan *plan = mis_kit_lookup_plan (mis_window_get_kit (window), "session-test");
  MisPlanRunner *runner = mis_window_get_plan_runner (window);
  MisMpv *player;

  g_assert_nonnull (plan);
  /* The first step is a film. */
  mis_window_run_plan (window, plan, 0);
  mis_test_wait_for (window, film_playing, NULL, 30, "the plan's film playing");
  player = g_object_ref (mis_plan_runner_get_player (runner));

  press (run, "shift shift shift");
  wait_covered (run, TRUE);
  mis_test_wait_for (player, silent, NULL, 10, "the plan's film paused and muted");
  mis_test_wait_for (window, mis_test_window_page_is, GINT_TO_POINTER (MIS_WINDOW_PAGE_LIBRARY), 10, "the library behind the clock");
  g_assert_null (mis_plan_runner_get_plan (runner));
  g_assert_false (gtk_window_is_fullscreen (GTK_WINDOW (window)));
  mis_test_wait_for (player, stopped, NULL, 10, "the plan's film stopped");

  press (run, "Return");
  wait_covered (run, FALSE);
  g_assert_cmpint (mis_window_get_page (window), ==, MIS_WINDOW_PAGE_LIBRARY);
  g_object_unref (player);
}

static void
steps_film_fullscreen (Run *run)
{
  MisWindow *window = run->window;
  MisResource *film = mis_kit_lookup_resource (mis_window_get_kit (window), "film-passwords");
  MisMpv *player;

  g_assert_nonnull (film);
  gtk_window_fullscreen (GTK_WINDOW (window));
  mis_window_play_film (window, film, 0);
  mis_test_wait_for (window, film_playing, NULL, 30, "the film playing");
  player = g_object_ref (mis_player_view_get_player (mis_window_get_player_view (window)));

  press (run, "shift shift shift");
  wait_covered (run, TRUE);
  /* Silent from the cover on: paused and muted, not merely hidden. */
  mis_test_wait_for (player, silent, NULL, 10, "the film paused and muted");
  g_assert_false (mis_window_get_film_playing (window));

  /* Behind the clock, the film is closed and the library waits. */
  mis_test_wait_for (window, mis_test_window_page_is, GINT_TO_POINTER (MIS_WINDOW_PAGE_LIBRARY), 10, "the library behind the clock");
  g_assert_true (mis_window_get_covered (window));
  mis_test_wait_for (player, stopped, NULL, 10, "the film stopped");

  press (run, "Return");
  wait_covered (run, FALSE);
  g_assert_cmpint (mis_window_get_page (window), ==, MIS_WINDOW_PAGE_LIBRARY);

  /* The next person's film has its sound. */
  mis_window_play_film (window, film, 0);
  mis_test_wait_for (window, film_playing, NULL, 30, "the film playing again");
  mis_test_wait_for (player, unmuted, NULL, 10, "the sound back");
  g_object_unref (player);
}

static void
steps_two_presses (Run *run)
{
  MisWindow *window = run->window;

  press (run, "shift shift");
  run_for (100);
  g_assert_cmpuint (mis_window_get_quick_exit_hint (window), ==, 2);
  g_assert_false (mis_window_get_covered (window));

  /* The hint goes away after a pause, and one more press starts again. */
  run_for (1300);
  g_assert_cmpuint (mis_window_get_quick_exit_hint (window), ==, 0);
  press (run, "shift");
  run_for (200);
  g_assert_false (mis_window_get_covered (window));
  g_assert_cmpuint (mis_window_get_quick_exit_hint (window), ==, 1);
}

static guint
visible_dialogs (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint count = 0;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

      count += !MIS_IS_WINDOW (toplevel) && gtk_widget_get_visible (toplevel);
    }
  return count;
}

static gboolean
dialog_shown (gpointer      window,
              gconstpointer data)
{
  return visible_dialogs () > 0;
}

static void
steps_dialog (Run *run)
{
  MisWindow *window = run->window;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.help-contacts", NULL));
  mis_test_wait_for (window, dialog_shown, NULL, 10, "the help dialog");

  /* The keys go to the dialog, the window under the pointer. */
  press (run, "shift shift shift");
  wait_covered (run, TRUE);
  run_for (100);
  g_assert_cmpuint (visible_dialogs (), ==, 0);
}

static gboolean
shortcuts_shown (gpointer      window,
                 gconstpointer data)
{
  GtkWindow *shortcuts = mis_window_get_shortcuts_window (window);

  return shortcuts != NULL && gtk_widget_get_visible (GTK_WIDGET (shortcuts));
}

/* Ctrl+? shows the keyboard shortcuts over the window, the same window each
 * time; the quick exit closes it as any dialog. */
static void
steps_shortcuts (Run *run)
{
  MisWindow *window = run->window;
  GtkWindow *shortcuts;

  g_assert_null (mis_window_get_shortcuts_window (window));
  press (run, "ctrl+question");
  mis_test_wait_for (window, shortcuts_shown, NULL, 10, "the keyboard shortcuts");
  shortcuts = mis_window_get_shortcuts_window (window);
  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (shortcuts));
  g_assert_true (gtk_window_get_transient_for (shortcuts) == GTK_WINDOW (window));

  gtk_window_close (shortcuts);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  g_assert_true (mis_window_get_shortcuts_window (window) == shortcuts);
  mis_test_wait_for (window, shortcuts_shown, NULL, 10, "the keyboard shortcuts again");

  press (run, "shift shift shift");
  wait_covered (run, TRUE);
  run_for (100);
  g_assert_cmpuint (visible_dialogs (), ==, 0);
}

static void
steps_leave_with_gesture (Run *run)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

  /* A centre where a passer-by's click must find only the clock. */
  g_settings_set_string (settings, "quick-exit-leave", "shift-three-times");
  press (run, "shift shift shift");
  wait_covered (run, TRUE);
  press (run, "space Return");
  run_for (300);
  g_assert_true (mis_window_get_covered (run->window));
  press (run, "shift shift shift");
  wait_covered (run, FALSE);
  g_settings_reset (settings, "quick-exit-leave");
}

static void
steps_button (Run *run)
{
  /* The button in the header bar does what the gesture does. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (run->window), "app.quick-exit", NULL));
  g_assert_true (mis_window_get_covered (run->window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (run->window)), ==, mis_neutral_screen_get_title ());
}

static gboolean
manual_shown (gpointer      view,
              gconstpointer data)
{
  return mis_manual_view_get_view_state (view) == MIS_MANUAL_STATE_DOCUMENT;
}

static void
steps_shared_reset (Run *run)
{
  MisWindow *window = run->window;
  MisLibraryView *library = mis_window_get_library_view (window);
  MisKit *kit = mis_window_get_kit (window);
  MisInactivity *inactivity = mis_application_get_inactivity (run->app);
  MisStateStore *store = mis_application_get_state_store (run->app);
  guint all = g_list_model_get_n_items (mis_library_view_get_model (library));
  const char *first_language = mis_kit_get_language (kit);
  const char *other_language = NULL;

  g_assert_true (mis_application_get_shared_computer (run->app));
  g_assert_true (mis_window_get_shared_computer (window));
  g_assert_true (mis_state_store_get_private (store));

  /* What a youth leaves behind. */
  for (const char * const *l = mis_kit_get_languages (kit); *l != NULL; l++)
    if (g_strcmp0 (*l, first_language) != 0)
      other_language = *l;
  g_assert_nonnull (other_language);
  first_language = g_intern_string (first_language);
  mis_kit_set_language (kit, other_language);
  mis_library_view_set_kind_filter (library, MIS_RESOURCE_KIND_MANUAL);
  g_assert_cmpuint (g_list_model_get_n_items (mis_library_view_get_model (library)), <, all);
  mis_window_read_manual (window, mis_kit_lookup_resource (kit, "manual-youth"), 1);
  mis_test_wait_for (mis_window_get_manual_view (window), manual_shown, NULL, 40, "the manual");
  mis_manual_view_search (mis_window_get_manual_view (window), "le");
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (window)), "what the youth copied");
  g_assert_true (gdk_clipboard_is_local (gtk_widget_get_clipboard (GTK_WIDGET (window))));

  /* Then nobody touches anything. */
  run->clock_us = 0;
  mis_inactivity_set_clock (inactivity, fake_clock, run);
  g_assert_cmpuint (mis_inactivity_get_timeout (inactivity), ==, 5 * 60);
  run->clock_us = 300 * G_USEC_PER_SEC;
  mis_inactivity_check (inactivity);
  g_assert_cmpuint (mis_window_get_countdown (window), ==, 30);
  run->clock_us = 320 * G_USEC_PER_SEC;
  mis_inactivity_check (inactivity);
  g_assert_cmpuint (mis_window_get_countdown (window), ==, 10);
  g_assert_cmpint (mis_window_get_page (window), ==, MIS_WINDOW_PAGE_MANUAL);

  run->clock_us = 330 * G_USEC_PER_SEC;
  mis_inactivity_check (inactivity);
  g_assert_cmpuint (mis_window_get_countdown (window), ==, 0);
  g_assert_cmpint (mis_window_get_page (window), ==, MIS_WINDOW_PAGE_LIBRARY);
  g_assert_null (mis_manual_view_get_document (mis_window_get_manual_view (window)));
  g_assert_cmpuint (g_list_model_get_n_items (mis_library_view_get_model (library)), ==, all);
  g_assert_cmpstr (mis_library_view_get_search_text (library), ==, "");
  g_assert_cmpfloat (mis_library_view_get_scroll_position (library), ==, 0);
  g_assert_cmpstr (mis_kit_get_language (kit), ==, first_language);
  /* What the app put in the clipboard is gone. */
  g_assert_null (gdk_clipboard_get_content (gtk_widget_get_clipboard (GTK_WIDGET (window))));
  /* The page the manual was left at is forgotten too. */
  g_assert_cmpfloat (mis_state_store_get_double (store, mis_kit_get_id (kit), "manual-youth", "page", -1), ==, -1);
}

static void
steps_countdown_answered (Run *run)
{
  MisInactivity *inactivity = mis_application_get_inactivity (run->app);
  MisLibraryView *library = mis_window_get_library_view (run->window);

  /* The pointer over the window first: moving it answers too. */
  xdo ("mousemove 300 300");
  run_for (100);
  run->clock_us = 0;
  mis_inactivity_set_clock (inactivity, fake_clock, run);
  mis_library_view_focus_grid (library);
  run->clock_us = 310 * G_USEC_PER_SEC;
  mis_inactivity_check (inactivity);
  g_assert_cmpuint (mis_window_get_countdown (run->window), ==, 20);

  /* A key says "still here", and does nothing else: Return on the grid
   * would have opened a resource. */
  xdo ("key Return");
  run_for (300);
  g_assert_cmpuint (mis_window_get_countdown (run->window), ==, 0);
  g_assert_cmpint (mis_window_get_page (run->window), ==, MIS_WINDOW_PAGE_LIBRARY);
  run->clock_us = 600 * G_USEC_PER_SEC;
  mis_inactivity_check (inactivity);
  g_assert_cmpuint (mis_window_get_countdown (run->window), ==, 0);
}

static void
steps_shared_policy (Run *run)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  gboolean can_print, can_save, can_copy;

  g_object_get (mis_window_get_manual_view (run->window),
                "can-print", &can_print, "can-save", &can_save, "can-copy", &can_copy, NULL);
  g_assert_false (can_print);
  g_assert_false (can_save);
  g_assert_false (can_copy);

  /* An administrator allows printing on paper only. */
  g_settings_set_boolean (settings, "shared-allow-printing", TRUE);
  g_object_get (mis_window_get_manual_view (run->window), "can-print", &can_print, "can-save", &can_save, NULL);
  g_assert_true (can_print);
  g_assert_false (can_save);
  g_settings_reset (settings, "shared-allow-printing");
}

static void
steps_lockdown (Run *run)
{
  g_autoptr(GSettings) lockdown = g_settings_new ("org.gnome.desktop.lockdown");
  MisManualView *view = mis_window_get_manual_view (run->window);
  gboolean can_print, can_save, can_copy;

  g_object_get (view, "can-print", &can_print, "can-save", &can_save, "can-copy", &can_copy, NULL);
  g_assert_false (can_print);
  g_assert_true (can_save);
  g_assert_true (can_copy);

  /* With a manual open, printing does nothing: no print dialog. */
  mis_window_read_manual (run->window, mis_kit_lookup_resource (mis_window_get_kit (run->window), "manual-youth"), 0);
  mis_test_wait_for (view, manual_shown, NULL, 40, "the manual");
  gtk_widget_activate_action (GTK_WIDGET (view), "manual.print", NULL);
  run_for (300);
  g_assert_cmpuint (visible_dialogs (), ==, 0);

  /* Lifted while the app runs. */
  g_settings_set_boolean (lockdown, "disable-printing", FALSE);
  g_object_get (view, "can-print", &can_print, NULL);
  g_assert_true (can_print);
}

static void
test_lockdown (void)
{
  g_autoptr(GSettings) lockdown = g_settings_new ("org.gnome.desktop.lockdown");

  g_settings_set_boolean (lockdown, "disable-printing", TRUE);
  run_app (NULL, steps_lockdown);
  g_settings_reset (lockdown, "disable-printing");
}

typedef struct
{
  const char *option;
  Steps       steps;
  gboolean    keys;
} Case;

static void
test_case (gconstpointer data)
{
  const Case *c = data;

  if (c->keys && xdotool == NULL)
    {
      g_test_skip ("xdotool is needed to press real keys");
      return;
    }
  run_app (c->option, c->steps);
}

static void
add (const char *path,
     const char *option,
     Steps       steps,
     gboolean    keys)
{
  Case *c = g_new0 (Case, 1);

  c->option = option;
  c->steps = steps;
  c->keys = keys;
  g_test_add_data_func_full (path, c, test_case, g_free);
}

int
main (int   argc,
      char *argv[])
{
  GSettingsSchemaSource *source;
  g_autoptr(GSettingsSchema) lockdown = NULL;

  g_test_init (&argc, &argv, NULL);

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_test_skip ("No display: run the UI tests under xvfb-run");
      return g_test_run ();
    }
  /* Real keys go through X: Xvfb, not Wayland. */
  if (g_getenv ("DISPLAY") != NULL)
    xdotool = g_find_program_in_path ("xdotool");

  add ("/quick-exit/library-menu-open", NULL, steps_library_menu, TRUE);
  add ("/quick-exit/film-fullscreen", NULL, steps_film_fullscreen, TRUE);
  add ("/quick-exit/plan-running", NULL, steps_plan_running, TRUE);
  add ("/quick-exit/two-presses", NULL, steps_two_presses, TRUE);
  add ("/quick-exit/dialog-open", NULL, steps_dialog, TRUE);
  add ("/quick-exit/shortcuts-open", NULL, steps_shortcuts, TRUE);
  add ("/quick-exit/button", NULL, steps_button, FALSE);
  add ("/quick-exit/leave-with-gesture", NULL, steps_leave_with_gesture, TRUE);
  add ("/shared-computer/reset", "--shared-computer", steps_shared_reset, FALSE);
  add ("/shared-computer/countdown-answered", "--shared-computer", steps_countdown_answered, TRUE);
  add ("/shared-computer/policy", "--shared-computer", steps_shared_policy, FALSE);

  source = g_settings_schema_source_get_default ();
  lockdown = source ? g_settings_schema_source_lookup (source, "org.gnome.desktop.lockdown", TRUE) : NULL;
  if (lockdown != NULL)
    g_test_add_func ("/lockdown/printing", test_lockdown);

  return g_test_run ();
}
