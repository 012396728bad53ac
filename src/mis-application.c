/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-application.c: the command line (--kit, --open, --fullscreen,
 * --private, --shared-computer, --check-kit, --version), the app-wide
 * actions, and the objects every window shares: settings and the state
 * store.
 *
 * It also owns what concerns every window at once: the quick exit (three
 * presses of Shift, or the button, in any window or dialog of the app),
 * the idle reset of a shared computer, and what GNOME's lockdown and a
 * shared computer forbid.
 */
#define G_LOG_DOMAIN "mis-application"

#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "mis-application.h"
#include "mis-inactivity.h"
#include "mis-kit-check.h"
#include "mis-paths.h"
#include "mis-profile.h"
#include "mis-search-command.h"
#include "mis-shift-gesture.h"
#include "mis-util.h"
#include "mis-window.h"

#define LOCKDOWN_SCHEMA "org.gnome.desktop.lockdown"

struct _MisApplication
{
  AdwApplication   parent_instance;

  GSettings       *settings;
  GSettings       *lockdown;
  MisStateStore   *state_store;

  MisShiftGesture *gesture;
  MisInactivity   *inactivity;
  GListModel      *toplevels;
  gboolean         shared_computer;
  gboolean         covered;
  double           pointer_x;
  double           pointer_y;
};

G_DEFINE_FINAL_TYPE (MisApplication, mis_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "kit", 'k', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Open the kit in folder DIR instead of the sample kit"), N_("DIR") },
  { "open", 'o', 0, G_OPTION_ARG_STRING, NULL,
    N_("Go straight to the resource with this id"), N_("ID") },
  { "time", 't', 0, G_OPTION_ARG_STRING, NULL,
    N_("With --open, start the film at this many seconds"), N_("SECONDS") },
  { "page", 0, 0, G_OPTION_ARG_INT, NULL,
    N_("With --open, open the photo-novel or the manual at this page"), N_("N") },
  { "plan", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Run the session plan with this id, full screen"), N_("ID") },
  { "fullscreen", 'f', 0, G_OPTION_ARG_NONE, NULL,
    N_("Start in fullscreen, for projecting"), NULL },
  { "private", 'p', 0, G_OPTION_ARG_NONE, NULL,
    N_("Remember nothing on disk"), NULL },
  { "shared-computer", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Run as on a computer many young people use in turn: remember nothing, start again when left alone"), NULL },
  { "search", 's', 0, G_OPTION_ARG_STRING, NULL,
    N_("Print where the kit's films, manuals and photo-novels say WORDS, without a window"), N_("WORDS") },
  { "check-kit", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Check the kit in folder DIR and report its problems, without a window"), N_("DIR") },
  { "version", 'v', 0, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and quit"), NULL },
  { NULL }
};

/* --time is a string option, not a double one: GApplication drops a double
 * equal to 0, and "--time 0" must start the film at the beginning. */
static gboolean
parse_time (const char *text,
            double     *seconds)
{
  char *end = NULL;

  *seconds = g_ascii_strtod (text, &end);
  return end != text && *end == '\0' && *seconds >= 0 && *seconds < 1e7;
}

/* --check-kit runs before any window: a manual's pages are counted here,
 * in the command's own thread, to check the plans' pages. */
static guint
count_manual_pages (MisResource *manual,
                    gpointer     user_data)
{
  return mis_pdf_document_count_pages (mis_resource_get_file (manual));
}

static int
mis_application_handle_local_options (GApplication *app,
                                      GVariantDict *options)
{
  const char *check_dir = NULL;
  const char *time_arg = NULL;
  const char *search_words = NULL;
  double seconds;
  int page;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("make-it-safe %s\n", PACKAGE_VERSION);
      return 0;
    }

  if (g_variant_dict_lookup (options, "check-kit", "^&ay", &check_dir))
    {
      g_autoptr(GFile) directory = g_file_new_for_commandline_arg (check_dir);
      g_autoptr(GString) report = g_string_new (NULL);
      int status = mis_kit_check (directory, count_manual_pages, NULL, report);

      fputs (report->str, stdout);
      fflush (stdout);
      return status;
    }

  if (g_variant_dict_lookup (options, "search", "&s", &search_words))
    {
      const char *kit_arg = NULL;
      g_autoptr(GFile) directory = NULL;
      g_autoptr(GString) hits = g_string_new (NULL);
      int status;

      if (g_variant_dict_lookup (options, "kit", "^&ay", &kit_arg))
        directory = g_file_new_for_commandline_arg (kit_arg);
      else
        directory = g_file_new_for_path (mis_paths_get_default_kit_dir ());

      status = mis_search_command (directory, search_words, hits);
      fputs (hits->str, stdout);
      fflush (stdout);
      return status;
    }

  /* Checked here, before any window or display is needed. */
  if (g_variant_dict_lookup (options, "time", "&s", &time_arg) &&
      (!g_variant_dict_contains (options, "open") || !parse_time (time_arg, &seconds)))
    {
      g_printerr ("%s\n", _("make-it-safe: --time needs --open with the id of a film, and a number of seconds of 0 or more"));
      return 1;
    }

  if (g_variant_dict_lookup (options, "page", "i", &page) &&
      (!g_variant_dict_contains (options, "open") || page < 1))
    {
      g_printerr ("%s\n", _("make-it-safe: --page needs --open with the id of a photo-novel or a manual, and a page number from 1"));
      return 1;
    }

  if (g_variant_dict_contains (options, "plan") && g_variant_dict_contains (options, "open"))
    {
      g_printerr ("%s\n", _("make-it-safe: --plan and --open cannot be used together"));
      return 1;
    }

  return -1;
}

/* Without its schema, GSettings would abort: NULL instead. */
static GSettings *
load_settings (const char *schema_id)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source == NULL || !(schema = g_settings_schema_source_lookup (source, schema_id, TRUE)))
    return NULL;

  return g_settings_new_full (schema, NULL, NULL);
}

static gboolean
setting (GSettings  *settings,
         const char *key,
         gboolean    fallback)
{
  return settings != NULL ? g_settings_get_boolean (settings, key) : fallback;
}

typedef void (*WindowFunc) (MisWindow *window,
                            gpointer   data);

static void
foreach_window (MisApplication *self,
                WindowFunc      func,
                gpointer        data)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (MIS_IS_WINDOW (l->data))
      func (l->data, data);
}

/* Lockdown and shared computer ---------------------------------------------- */

/* GNOME's lockdown in every mode, as Evince honours it; on a shared
 * computer, printing, saving and copying are off unless allowed. */
static void
apply_policy (MisWindow *window,
              gpointer   data)
{
  MisApplication *self = data;
  gboolean shared = self->shared_computer;

  mis_window_set_shared_computer (window, shared);
  g_object_set (window,
                "can-print", !setting (self->lockdown, "disable-printing", FALSE) &&
                             (!shared || setting (self->settings, "shared-allow-printing", FALSE)),
                "can-save", !setting (self->lockdown, "disable-save-to-disk", FALSE) &&
                            (!shared || setting (self->settings, "shared-allow-saving", FALSE)),
                "can-copy", !shared || setting (self->settings, "shared-allow-copying", FALSE),
                NULL);
}

static void
update_inactivity (MisApplication *self)
{
  gboolean playing = FALSE;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    playing |= MIS_IS_WINDOW (l->data) && mis_window_get_film_playing (l->data);

  if (self->settings != NULL)
    mis_inactivity_set_timeout (self->inactivity, 60 * g_settings_get_uint (self->settings, "idle-reset-minutes"));
  mis_inactivity_set_inhibited (self->inactivity, playing);
  mis_inactivity_set_enabled (self->inactivity, self->shared_computer && !self->covered);
}

static void
policy_changed_cb (MisApplication *self)
{
  foreach_window (self, apply_policy, self);
  update_inactivity (self);
}

static void
set_shared_computer (MisApplication *self)
{
  if (self->shared_computer)
    return;

  self->shared_computer = TRUE;
  mis_state_store_make_private (self->state_store);
  policy_changed_cb (self);
}

/* Reset ------------------------------------------------------------------- */

static void
reset_window (MisWindow *window,
              gpointer   data)
{
  MisApplication *self = data;

  mis_window_reset (window, self->shared_computer);
}

/* Dialogs (help, about, the print dialog, a link's address) belong to the
 * person who opened them: closed, as if they had pressed Escape. */
static void
close_dialogs (MisApplication *self)
{
  g_autoptr(GPtrArray) dialogs = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (self->toplevels);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (self->toplevels, i);

      if (!MIS_IS_WINDOW (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        g_ptr_array_add (dialogs, g_steal_pointer (&toplevel));
    }

  for (guint i = 0; i < dialogs->len; i++)
    gtk_window_close (g_ptr_array_index (dialogs, i));
}

/* Only what the app put there: someone else's clipboard is theirs. */
static void
clear_clipboard (GdkClipboard *clipboard)
{
  if (clipboard != NULL && gdk_clipboard_is_local (clipboard))
    gdk_clipboard_set_content (clipboard, NULL);
}

/**
 * mis_application_reset:
 *
 * As the next person should find the app: dialogs and viewers closed,
 * playback stopped, the library without search or filters, at the top,
 * the clipboard emptied of what the app copied; on a shared computer, the
 * kit's first language and nothing remembered of this session.
 */
void
mis_application_reset (MisApplication *self)
{
  GdkDisplay *display = gdk_display_get_default ();

  g_return_if_fail (MIS_IS_APPLICATION (self));

  close_dialogs (self);
  /* Closing the viewers saves where they were: forgotten after. */
  foreach_window (self, reset_window, self);
  mis_state_store_forget_session (mis_application_get_state_store (self));
  if (display != NULL)
    {
      clear_clipboard (gdk_display_get_clipboard (display));
      clear_clipboard (gdk_display_get_primary_clipboard (display));
    }
  mis_profile_mark ("reset", NULL);
}

static void
inactivity_expired_cb (MisApplication *self)
{
  mis_application_reset (self);
}

static void
set_countdown (MisWindow *window,
               gpointer   data)
{
  mis_window_set_countdown (window, GPOINTER_TO_UINT (data));
}

static void
countdown_cb (MisApplication *self)
{
  guint remaining = mis_inactivity_get_state (self->inactivity) == MIS_INACTIVITY_STATE_WARNING
                    ? mis_inactivity_get_remaining (self->inactivity) : 0;

  foreach_window (self, set_countdown, GUINT_TO_POINTER (remaining));
}

/* Quick exit ------------------------------------------------------------- */

static gboolean
leave_with (MisApplication *self,
            const char     *how)
{
  g_autofree char *leave = self->settings ? g_settings_get_string (self->settings, "quick-exit-leave") : NULL;

  return g_strcmp0 (leave ? leave : "any-input", how) == 0;
}

static void
uncover_window (MisWindow *window,
                gpointer   data)
{
  mis_window_uncover (window);
}

static void
uncover (MisApplication *self)
{
  self->covered = FALSE;
  foreach_window (self, uncover_window, NULL);
  update_inactivity (self);
}

static void
silence_window (MisWindow *window,
                gpointer   data)
{
  gboolean *silenced = data;

  *silenced |= mis_window_silence (window);
}

static void
cover_window (MisWindow *window,
              gpointer   data)
{
  gboolean *first = data;

  mis_window_cover (window);
  if (*first)
    mis_profile_mark_after_frame (GTK_WIDGET (window), "quick-exit-shown", NULL);
  *first = FALSE;
}

static void
reset_after_cover_cb (GtkWidget *widget,
                      gpointer   data)
{
  MisApplication *self = MIS_APPLICATION (gtk_window_get_application (GTK_WINDOW (widget)));

  if (self == NULL)
    return;

  mis_application_reset (self);
  if (leave_with (self, "quit"))
    g_application_quit (G_APPLICATION (self));
}

/**
 * mis_application_quick_exit:
 *
 * In this order, so that nothing is heard or seen a moment too long: the
 * film falls silent, dialogs close, every window shows the neutral screen
 * in its next frame; after that frame, behind the neutral screen, the app
 * resets. Milestones: quick-exit-requested, quick-exit-silent,
 * quick-exit-shown.
 */
void
mis_application_quick_exit (MisApplication *self)
{
  gboolean silenced = FALSE;
  gboolean first = TRUE;
  GList *windows;

  g_return_if_fail (MIS_IS_APPLICATION (self));

  if (self->covered)
    {
      /* The same gesture brings the app back when nothing else does. */
      if (leave_with (self, "shift-three-times"))
        uncover (self);
      return;
    }

  mis_profile_mark ("quick-exit-requested", NULL);
  foreach_window (self, silence_window, &silenced);
  mis_profile_mark ("quick-exit-silent", silenced ? "film" : "nothing-playing");

  self->covered = TRUE;
  close_dialogs (self);
  foreach_window (self, cover_window, &first);
  mis_profile_mark ("quick-exit-covered", NULL);
  update_inactivity (self);

  windows = gtk_application_get_windows (GTK_APPLICATION (self));
  for (; windows != NULL && !MIS_IS_WINDOW (windows->data); windows = windows->next)
    ;
  if (windows != NULL)
    mis_after_next_paint (windows->data, reset_after_cover_cb, NULL, NULL);
  else
    mis_application_reset (self);
}

gboolean
mis_application_get_covered (MisApplication *self)
{
  g_return_val_if_fail (MIS_IS_APPLICATION (self), FALSE);
  return self->covered;
}

static void
set_hint (MisWindow *window,
          gpointer   data)
{
  mis_window_set_quick_exit_hint (window, GPOINTER_TO_UINT (data));
}

static void
gesture_count_cb (MisApplication *self)
{
  guint count = self->covered ? 0 : mis_shift_gesture_get_count (self->gesture);

  foreach_window (self, set_hint, GUINT_TO_POINTER (count));
}

/* Every event of every window of the app passes here first. */
static gboolean
input_cb (GtkEventControllerLegacy *controller,
          GdkEvent                 *event,
          MisApplication           *self)
{
  GdkEventType type = gdk_event_get_event_type (event);

  switch (type)
    {
    case GDK_MOTION_NOTIFY:
      {
        double x, y;

        /* A countdown appearing under a still pointer makes GTK report
         * motion: only a real move says someone is there. */
        if (!gdk_event_get_position (event, &x, &y) ||
            (ABS (x - self->pointer_x) < 2 && ABS (y - self->pointer_y) < 2))
          return GDK_EVENT_PROPAGATE;
        self->pointer_x = x;
        self->pointer_y = y;
      }
      mis_inactivity_poke (self->inactivity);
      return GDK_EVENT_PROPAGATE;

    case GDK_SCROLL:
    case GDK_TOUCH_UPDATE:
    case GDK_TOUCHPAD_SWIPE:
    case GDK_TOUCHPAD_PINCH:
      mis_inactivity_poke (self->inactivity);
      return GDK_EVENT_PROPAGATE;

    case GDK_KEY_PRESS:
    case GDK_KEY_RELEASE:
      /* The gesture sees every key before anything may stop it; it can
       * cover (or uncover) the app right here. */
      mis_shift_gesture_key (self->gesture, gdk_key_event_get_keyval (event), type == GDK_KEY_PRESS,
                             gdk_event_get_time (event));
      if (type == GDK_KEY_RELEASE)
        return self->covered ? GDK_EVENT_STOP : GDK_EVENT_PROPAGATE;
      G_GNUC_FALLTHROUGH;

    case GDK_BUTTON_PRESS:
    case GDK_TOUCH_BEGIN:
      {
        gboolean counting_down = mis_inactivity_get_state (self->inactivity) == MIS_INACTIVITY_STATE_WARNING;

        mis_inactivity_poke (self->inactivity);
        /* "Press a key" answers the countdown, and does nothing else. */
        if (counting_down)
          return GDK_EVENT_STOP;
      }
      break;

    case GDK_BUTTON_RELEASE:
    case GDK_TOUCH_END:
      /* The release of what uncovered the app, or of a press swallowed. */
      return self->covered ? GDK_EVENT_STOP : GDK_EVENT_PROPAGATE;

    default:
      return GDK_EVENT_PROPAGATE;
    }

  if (!self->covered)
    return GDK_EVENT_PROPAGATE;

  /* Shift pressed once more, out of haste, must not undo the exit: the
   * modifiers go on to the gesture and do nothing else. */
  if (type == GDK_KEY_PRESS && gdk_key_event_is_modifier (event))
    return GDK_EVENT_PROPAGATE;

  if (leave_with (self, "any-input"))
    uncover (self);
  return GDK_EVENT_STOP;
}

static void
watch_widget (MisApplication *self,
              GtkWidget      *widget)
{
  GtkEventController *legacy;

  if (g_object_get_data (G_OBJECT (widget), "mis-watched") != NULL)
    return;
  g_object_set_data (G_OBJECT (widget), "mis-watched", GINT_TO_POINTER (TRUE));

  legacy = gtk_event_controller_legacy_new ();
  gtk_event_controller_set_name (legacy, "mis-input-watch");
  gtk_event_controller_set_propagation_phase (legacy, GTK_PHASE_CAPTURE);
  g_signal_connect_object (legacy, "event", G_CALLBACK (input_cb), self, 0);
  gtk_widget_add_controller (widget, legacy);
}

/* An open menu (a popover) holds a grab: its events go no further up than
 * the popover, so the window's controllers do not see them. Opening it
 * gives it the focus, which says where it is. */
static void
focus_changed_cb (GtkWindow      *window,
                  GParamSpec     *pspec,
                  MisApplication *self)
{
  GtkWidget *focus = gtk_window_get_focus (window);
  GtkWidget *popover;

  for (popover = focus ? gtk_widget_get_ancestor (focus, GTK_TYPE_POPOVER) : NULL;
       popover != NULL;
       popover = gtk_widget_get_parent (popover) ? gtk_widget_get_ancestor (gtk_widget_get_parent (popover), GTK_TYPE_POPOVER) : NULL)
    watch_widget (self, popover);
}

static void
watch_toplevel (MisApplication *self,
                GtkWidget      *toplevel)
{
  if (g_object_get_data (G_OBJECT (toplevel), "mis-watched") != NULL)
    return;

  watch_widget (self, toplevel);
  g_signal_connect_object (toplevel, "notify::focus-widget", G_CALLBACK (focus_changed_cb), self, 0);
}

/* Every toplevel of the process, dialogs included (GTK's print dialog and
 * file chooser too, which the app does not create itself). */
static void
toplevels_changed_cb (GListModel     *toplevels,
                      guint           position,
                      guint           removed,
                      guint           added,
                      MisApplication *self)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

      watch_toplevel (self, toplevel);
    }
}

static void
window_added_cb (MisApplication *self,
                 GtkWindow      *window)
{
  if (!MIS_IS_WINDOW (window))
    return;

  apply_policy (MIS_WINDOW (window), self);
  g_signal_connect_object (window, "notify::film-playing", G_CALLBACK (update_inactivity), self,
                           G_CONNECT_SWAPPED);
  if (self->covered)
    mis_window_cover (MIS_WINDOW (window));
}

static int
mis_application_command_line (GApplication            *app,
                              GApplicationCommandLine *command_line)
{
  MisApplication *self = MIS_APPLICATION (app);
  GVariantDict *options = g_application_command_line_get_options_dict (command_line);
  g_autoptr(GFile) kit_dir = NULL;
  const char *kit_arg = NULL;
  const char *open_id = NULL;
  const char *plan_id = NULL;
  const char *time_arg = NULL;
  double open_time = -1;
  int open_page = 0;
  gboolean private_mode, shared;
  MisWindow *window;

  shared = g_variant_dict_contains (options, "shared-computer") ||
           setting (self->settings, "shared-computer", FALSE);
  private_mode = shared || g_variant_dict_contains (options, "private") ||
                 setting (self->settings, "private-mode", FALSE);
  if (self->state_store == NULL)
    self->state_store = mis_state_store_new_default (private_mode);
  else if (private_mode)
    /* Asked of an instance already running: private wins, for the whole
     * app, or what a youth opens now would be saved for the next one. */
    mis_state_store_make_private (self->state_store);
  if (shared)
    set_shared_computer (self);

  if (g_variant_dict_lookup (options, "kit", "^&ay", &kit_arg))
    kit_dir = g_application_command_line_create_file_for_arg (command_line, kit_arg);
  else
    kit_dir = g_file_new_for_path (mis_paths_get_default_kit_dir ());

  g_variant_dict_lookup (options, "open", "&s", &open_id);
  if (g_variant_dict_lookup (options, "time", "&s", &time_arg))
    parse_time (time_arg, &open_time);
  g_variant_dict_lookup (options, "page", "i", &open_page);

  window = mis_window_new (self);
  if (g_variant_dict_lookup (options, "plan", "&s", &plan_id))
    mis_window_run_plan_when_loaded (window, plan_id);
  if (g_variant_dict_contains (options, "fullscreen"))
    gtk_window_fullscreen (GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (window));

  mis_window_load_kit (window, kit_dir, open_id, open_time, open_page);
  return 0;
}

static void
mis_application_startup (GApplication *app)
{
  MisApplication *self = MIS_APPLICATION (app);
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();
  GdkDisplay *display;
  const char *icon_dir;

  G_APPLICATION_CLASS (mis_application_parent_class)->startup (app);

  if (!(self->settings = load_settings (APPLICATION_ID)))
    g_warning ("Settings schema %s is not installed: window size will not be remembered", APPLICATION_ID);
  self->lockdown = load_settings (LOCKDOWN_SCHEMA);
  if (self->settings != NULL)
    g_signal_connect_object (self->settings, "changed", G_CALLBACK (policy_changed_cb), self, G_CONNECT_SWAPPED);
  if (self->lockdown != NULL)
    g_signal_connect_object (self->lockdown, "changed", G_CALLBACK (policy_changed_cb), self, G_CONNECT_SWAPPED);

  self->gesture = mis_shift_gesture_new ();
  g_signal_connect_object (self->gesture, "triggered", G_CALLBACK (mis_application_quick_exit), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->gesture, "notify::count", G_CALLBACK (gesture_count_cb), self, G_CONNECT_SWAPPED);

  self->inactivity = mis_inactivity_new ();
  g_signal_connect_object (self->inactivity, "notify::remaining", G_CALLBACK (countdown_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->inactivity, "notify::state", G_CALLBACK (countdown_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->inactivity, "expired", G_CALLBACK (inactivity_expired_cb), self, G_CONNECT_SWAPPED);

  self->toplevels = g_object_ref (gtk_window_get_toplevels ());
  g_signal_connect_object (self->toplevels, "items-changed", G_CALLBACK (toplevels_changed_cb), self, 0);
  toplevels_changed_cb (self->toplevels, 0, 0, g_list_model_get_n_items (self->toplevels), self);
  g_signal_connect (self, "window-added", G_CALLBACK (window_added_cb), NULL);

  /* The app's own icon (About, the taskbar) where the system's icon theme
   * does not know it: run from the build tree or installed elsewhere. */
  display = gdk_display_get_default ();
  if ((icon_dir = mis_paths_get_icon_dir ()) != NULL && display != NULL)
    gtk_icon_theme_add_search_path (gtk_icon_theme_get_for_display (display), icon_dir);

  gtk_css_provider_load_from_resource (css, "/be/ecpat/MakeItSafe/style.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static void
mis_application_shutdown (GApplication *app)
{
  MisApplication *self = MIS_APPLICATION (app);
  g_autoptr(GError) error = NULL;
  GList *windows;

  /* Quitting (Ctrl+Q, the menu, the session ending) closes the windows
   * first, so that each viewer saves where it is now: a film saves its
   * position every 10 s only while it plays. */
  while ((windows = gtk_application_get_windows (GTK_APPLICATION (app))) != NULL)
    gtk_window_destroy (GTK_WINDOW (windows->data));

  if (self->state_store != NULL && !mis_state_store_flush (self->state_store, &error))
    g_warning ("Could not save state: %s", error->message);

  /* The manuals' workers stop at exit (mis-pdf-document.c registers that
   * with atexit()), not here: the process may run the app again, as the
   * tests do. */

  G_APPLICATION_CLASS (mis_application_parent_class)->shutdown (app);
}

static void
mis_application_dispose (GObject *object)
{
  MisApplication *self = (MisApplication *)object;

  g_clear_object (&self->state_store);
  g_clear_object (&self->settings);
  g_clear_object (&self->lockdown);
  g_clear_object (&self->gesture);
  g_clear_object (&self->inactivity);
  g_clear_object (&self->toplevels);

  G_OBJECT_CLASS (mis_application_parent_class)->dispose (object);
}

static void
mis_application_class_init (MisApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = mis_application_dispose;
  app_class->handle_local_options = mis_application_handle_local_options;
  app_class->command_line = mis_application_command_line;
  app_class->startup = mis_application_startup;
  app_class->shutdown = mis_application_shutdown;
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  GtkApplication *app = user_data;
  const char *developers[] = { _("Make-IT-Safe Viewer developers"), NULL };

  adw_show_about_window (gtk_application_get_active_window (app),
                         "application-name", _("Make-IT-Safe"),
                         "application-icon", APPLICATION_ID,
                         "version", PACKAGE_VERSION,
                         "developer-name", _("ECPAT groups in Belgium, Germany, Austria, the Netherlands and the UK"),
                         "comments", _("Films, photo-novels and manuals made by young people to teach their peers about online safety. Works without internet."),
                         "developers", developers,
                         "translator-credits", _("translator-credits"),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         NULL);
}

static void
quick_exit_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  mis_application_quick_exit (MIS_APPLICATION (user_data));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "quick-exit", quick_exit_action },
  { "quit", quit_action },
};

static void
mis_application_init (MisApplication *self)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *fullscreen_accels[] = { "F11", NULL };
  static const char *back_accels[] = { "<Alt>Left", NULL };
  static const char *open_kit_accels[] = { "<Control>o", NULL };
  static const char *shortcuts_accels[] = { "<Control>question", NULL };

  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), NULL);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Shows the Make-IT-Safe online-safety kit: films, photo-novels and manuals, with no internet."));

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.fullscreen", fullscreen_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.show-library", back_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.open-kit", open_kit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.show-help-overlay", shortcuts_accels);
}

MisApplication *
mis_application_new (void)
{
  return g_object_new (MIS_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_COMMAND_LINE,
                       NULL);
}

/**
 * mis_application_get_settings:
 *
 * Returns: (nullable) (transfer none): the app's settings, %NULL when the
 *   schema is not installed.
 */
GSettings *
mis_application_get_settings (MisApplication *self)
{
  g_return_val_if_fail (MIS_IS_APPLICATION (self), NULL);
  return self->settings;
}

/**
 * mis_application_get_state_store:
 *
 * Returns: (transfer none): where the app remembers resume positions and the
 *   kit language.
 */
MisStateStore *
mis_application_get_state_store (MisApplication *self)
{
  g_return_val_if_fail (MIS_IS_APPLICATION (self), NULL);

  /* Before any command line was handled: keep everything in memory rather
   * than save what may have been meant to stay private. */
  if (self->state_store == NULL)
    self->state_store = mis_state_store_new_default (TRUE);

  return self->state_store;
}

/**
 * mis_application_get_inactivity:
 *
 * Returns: (transfer none): the idle timer of shared-computer mode
 */
MisInactivity *
mis_application_get_inactivity (MisApplication *self)
{
  g_return_val_if_fail (MIS_IS_APPLICATION (self), NULL);
  return self->inactivity;
}

gboolean
mis_application_get_shared_computer (MisApplication *self)
{
  g_return_val_if_fail (MIS_IS_APPLICATION (self), FALSE);
  return self->shared_computer;
}
