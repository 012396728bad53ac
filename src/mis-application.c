/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-application.c: the command line (--kit, --open, --fullscreen,
 * --private, --check-kit, --version), the app-wide actions, and the objects
 * every window shares: settings and the state store.
 */
#define G_LOG_DOMAIN "mis-application"

#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "mis-application.h"
#include "mis-kit-check.h"
#include "mis-paths.h"
#include "mis-pdf-document.h"
#include "mis-window.h"

struct _MisApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  MisStateStore  *state_store;
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
  { "fullscreen", 'f', 0, G_OPTION_ARG_NONE, NULL,
    N_("Start in fullscreen, for projecting"), NULL },
  { "private", 'p', 0, G_OPTION_ARG_NONE, NULL,
    N_("Remember nothing on disk (for shared computers)"), NULL },
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

static int
mis_application_handle_local_options (GApplication *app,
                                      GVariantDict *options)
{
  const char *check_dir = NULL;
  const char *time_arg = NULL;
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
      int status = mis_kit_check (directory, report);

      fputs (report->str, stdout);
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

  return -1;
}

static GSettings *
load_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  /* Without its schema, GSettings would abort: run without remembering. */
  if (source == NULL || !(schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE)))
    {
      g_warning ("Settings schema %s is not installed: window size will not be remembered",
                 APPLICATION_ID);
      return NULL;
    }

  return g_settings_new_full (schema, NULL, NULL);
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
  const char *time_arg = NULL;
  double open_time = -1;
  int open_page = 0;
  gboolean private_mode;
  MisWindow *window;

  private_mode = g_variant_dict_contains (options, "private") ||
                 (self->settings && g_settings_get_boolean (self->settings, "private-mode"));
  if (self->state_store == NULL)
    self->state_store = mis_state_store_new_default (private_mode);
  else if (private_mode)
    /* Asked of an instance already running: private wins, for the whole
     * app, or what a youth opens now would be saved for the next one. */
    mis_state_store_make_private (self->state_store);

  if (g_variant_dict_lookup (options, "kit", "^&ay", &kit_arg))
    kit_dir = g_application_command_line_create_file_for_arg (command_line, kit_arg);
  else
    kit_dir = g_file_new_for_path (mis_paths_get_default_kit_dir ());

  g_variant_dict_lookup (options, "open", "&s", &open_id);
  if (g_variant_dict_lookup (options, "time", "&s", &time_arg))
    parse_time (time_arg, &open_time);
  g_variant_dict_lookup (options, "page", "i", &open_page);

  window = mis_window_new (self);
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

  self->settings = load_settings ();

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

  mis_pdf_document_stop_workers ();

  G_APPLICATION_CLASS (mis_application_parent_class)->shutdown (app);
}

static void
mis_application_dispose (GObject *object)
{
  MisApplication *self = (MisApplication *)object;

  g_clear_object (&self->state_store);
  g_clear_object (&self->settings);

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
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "quit", quit_action },
};

static void
mis_application_init (MisApplication *self)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *fullscreen_accels[] = { "F11", NULL };
  static const char *back_accels[] = { "<Alt>Left", NULL };
  static const char *open_kit_accels[] = { "<Control>o", NULL };

  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), NULL);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Shows the Make-IT-Safe online-safety kit: films, photo-novels and manuals, with no internet."));

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.fullscreen", fullscreen_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.show-library", back_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.open-kit", open_kit_accels);
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
