/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-window.c: the window loads a kit in a worker and shows, in a stack,
 * a spinner while it loads, a status page with the reason when it cannot be
 * opened, the library, and a resource's page. The library stays alive
 * behind the resource page, so going back finds the same filters, search and
 * scroll position. The quick exit and shared computers' part is in
 * mis-window-cover.c, the session plans' in mis-window-plans.c; they share
 * the instance through mis-window-private.h.
 */
#define G_LOG_DOMAIN "mis-window"

#include "config.h"

#include <glib/gi18n.h>

#include "mis-check-kit-dialog.h"
#include "mis-copy-kit-dialog.h"
#include "mis-countdown.h"
#include "mis-help-dialog.h"
#include "mis-language.h"
#include "mis-search.h"
#include "mis-neutral-screen.h"
#include "mis-profile.h"
#include "mis-quick-exit-hint.h"
#include "mis-safety-buttons.h"
#include "mis-app-enums.h"
#include "mis-util.h"
#include "mis-window-private.h"


G_DEFINE_FINAL_TYPE (MisWindow, mis_window, ADW_TYPE_APPLICATION_WINDOW)


enum {
  PROP_0,
  PROP_SETTINGS,
  PROP_STATE_STORE,
  PROP_PAGE,
  PROP_SHARED_COMPUTER,
  PROP_FILM_PLAYING,
  PROP_CAN_PRINT,
  PROP_CAN_SAVE,
  PROP_CAN_COPY,
  PROP_COVERED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void start_index_when_shown (MisWindow *self);

static void
toast_dismissed_cb (AdwToast  *t,
                    MisWindow *self)
{
  /* Also while the window is disposed, its toast overlay with it. */
  if (self->toasts != NULL)
    g_ptr_array_remove (self->toasts, t);
}

/* Toasts are kept until dismissed, so that a reset can take away a message
 * that names what the last person opened. */
void
_mis_window_add_toast (MisWindow *self,
                       AdwToast  *t)
{
  adw_toast_set_timeout (t, 6);
  g_ptr_array_add (self->toasts, g_object_ref (t));
  g_signal_connect_object (t, "dismissed", G_CALLBACK (toast_dismissed_cb), self, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, t);
}

void
_mis_window_toast (MisWindow  *self,
                   const char *message)
{
  _mis_window_add_toast (self, adw_toast_new (message));
}

/* The viewers ----------------------------------------------------------- */

/* Each viewer is built the first time it is needed rather than with the
 * window: a start shows the library alone, an --open one viewer. With all
 * four built with the window, the library came about 55 ms later on a
 * 2-core machine (docs/profiling.md). The window keeps a reference on each
 * it built. */
GtkWidget *
_mis_window_add_viewer (MisWindow  *self,
                        GType       type,
                        const char *name)
{
  GtkWidget *viewer = g_object_ref_sink (g_object_new (type, NULL));

  gtk_stack_add_named (self->main_stack, viewer, name);
  return viewer;
}

static MisPlayerView *
ensure_player_view (MisWindow *self)
{
  if (self->player_view == NULL)
    {
      self->player_view = MIS_PLAYER_VIEW (_mis_window_add_viewer (self, MIS_TYPE_PLAYER_VIEW, "player"));
      g_signal_connect_object (self->player_view, "notify::playing", G_CALLBACK (_mis_window_update_playing), self,
                               G_CONNECT_SWAPPED);
    }
  return self->player_view;
}

static MisReaderView *
ensure_reader_view (MisWindow *self)
{
  if (self->reader_view == NULL)
    self->reader_view = MIS_READER_VIEW (_mis_window_add_viewer (self, MIS_TYPE_READER_VIEW, "reader"));
  return self->reader_view;
}

static MisManualView *
ensure_manual_view (MisWindow *self)
{
  if (self->manual_view == NULL)
    {
      self->manual_view = MIS_MANUAL_VIEW (_mis_window_add_viewer (self, MIS_TYPE_MANUAL_VIEW, "manual"));
      g_object_set (self->manual_view, "can-print", self->can_print, "can-save", self->can_save,
                    "can-copy", self->can_copy, NULL);
    }
  return self->manual_view;
}

/* Each viewer built lets go of what it shows (a film stops). */
void
_mis_window_close_viewers (MisWindow *self)
{
  if (self->player_view != NULL)
    mis_player_view_close (self->player_view);
  if (self->reader_view != NULL)
    mis_reader_view_close (self->reader_view);
  if (self->manual_view != NULL)
    mis_manual_view_close (self->manual_view);
}

static void
show_page_with (MisWindow  *self,
                const char *name,
                gboolean    animate)
{
  const char *current = gtk_stack_get_visible_child_name (self->main_stack);

  if (g_strcmp0 (current, name) == 0)
    return;

  if (g_str_equal (name, "player"))
    ensure_player_view (self);
  else if (g_str_equal (name, "reader"))
    ensure_reader_view (self);
  else if (g_str_equal (name, "manual"))
    ensure_manual_view (self);
  else if (g_str_equal (name, "plans"))
    _mis_window_ensure_plans_view (self);

  /* Out of the spinner at once: fading the spinner out kept a loaded library
   * (or the viewer of --open) from being whole on screen for 200 ms more. */
  if (!animate || g_strcmp0 (current, "loading") == 0)
    gtk_stack_set_transition_type (self->main_stack, GTK_STACK_TRANSITION_TYPE_NONE);
  else if (g_strcmp0 (current, "library") == 0 && g_strcmp0 (name, "resource") == 0)
    gtk_stack_set_transition_type (self->main_stack, GTK_STACK_TRANSITION_TYPE_SLIDE_LEFT);
  else if (g_strcmp0 (current, "resource") == 0 && g_strcmp0 (name, "library") == 0)
    gtk_stack_set_transition_type (self->main_stack, GTK_STACK_TRANSITION_TYPE_SLIDE_RIGHT);
  else
    gtk_stack_set_transition_type (self->main_stack, GTK_STACK_TRANSITION_TYPE_CROSSFADE);

  gtk_stack_set_visible_child_name (self->main_stack, name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
  if (g_str_equal (name, "library"))
    start_index_when_shown (self);
}

void
_mis_window_show_page (MisWindow  *self,
                       const char *name)
{
  show_page_with (self, name, TRUE);
}

gboolean
mis_window_get_covered (MisWindow *self)
{
  g_return_val_if_fail (MIS_IS_WINDOW (self), FALSE);
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->cover_stack), "neutral") == 0;
}

/* The title is what the taskbar and window switchers show: neutral while
 * covered, whatever the kit says. */
void
_mis_window_update_title (MisWindow *self)
{
  if (mis_window_get_covered (self))
    gtk_window_set_title (GTK_WINDOW (self), mis_neutral_screen_get_title ());
  else if (self->kit != NULL && g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "error") != 0)
    gtk_window_set_title (GTK_WINDOW (self), mis_kit_get_title (self->kit));
  else
    gtk_window_set_title (GTK_WINDOW (self), _("Make-IT-Safe"));
}

static void
show_error (MisWindow  *self,
            const char *message)
{
  g_free (self->error_message);
  self->error_message = g_strdup (message);
  adw_status_page_set_description (self->error_page, message);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.help-contacts", FALSE);
  _mis_window_update_kit_actions (self);
  _mis_window_show_page (self, "error");
  _mis_window_update_title (self);
}

static void
kit_language_changed_cb (MisWindow *self)
{
  mis_state_store_set_string (self->state_store, mis_kit_get_id (self->kit), NULL, "language",
                              mis_kit_get_language (self->kit));
  _mis_window_update_title (self);
}

/* The language remembered for this kit, else the user's language when the
 * kit has it, else the kit's default language. */
static void
choose_kit_language (MisWindow *self)
{
  g_autofree char *saved = mis_state_store_get_string (self->state_store, mis_kit_get_id (self->kit),
                                                       NULL, "language");
  g_autofree char *picked = NULL;

  if (saved != NULL && g_strv_contains (mis_kit_get_languages (self->kit), saved))
    {
      mis_kit_set_language (self->kit, saved);
      return;
    }

  picked = mis_language_pick (mis_kit_get_languages (self->kit),
                              mis_kit_get_default_language (self->kit),
                              g_get_language_names ());
  mis_kit_set_language (self->kit, picked);
}

typedef struct
{
  MisResource *resource;
  double       position;
} PendingOpen;

static void
pending_open_free (PendingOpen *pending)
{
  g_object_unref (pending->resource);
  g_free (pending);
}

static void
open_viewer (MisWindow   *self,
             MisResource *resource,
             double       position)
{
  switch (mis_resource_get_kind (resource))
    {
    case MIS_RESOURCE_KIND_FILM:
      mis_window_play_film (self, resource, position);
      break;
    case MIS_RESOURCE_KIND_PHOTO_NOVEL:
      mis_window_read (self, resource, (int)position);
      break;
    case MIS_RESOURCE_KIND_MANUAL:
    default:
      mis_window_read_manual (self, resource, (int)position);
      break;
    }
}

static const char *
viewer_page (MisResource *resource)
{
  switch (mis_resource_get_kind (resource))
    {
    case MIS_RESOURCE_KIND_FILM:
      return "player";
    case MIS_RESOURCE_KIND_PHOTO_NOVEL:
      return "reader";
    case MIS_RESOURCE_KIND_MANUAL:
    default:
      return "manual";
    }
}

static void
pending_open_after_paint_cb (GtkWidget *widget,
                             gpointer   data)
{
  PendingOpen *pending = data;

  open_viewer (MIS_WINDOW (widget), pending->resource, pending->position);
}

/* From the command line, the window shows the viewer at once and the
 * resource opens right after that first paint: the window is not held back
 * while the file opens, and the opening is measured on its own. A window
 * closed before that paint opens nothing (and is freed). */
static void
open_after_first_paint (MisWindow   *self,
                        MisResource *resource,
                        double       position)
{
  PendingOpen *pending = g_new0 (PendingOpen, 1);

  /* Over a library never painted: no crossfade from it. */
  show_page_with (self, viewer_page (resource), FALSE);
  pending->resource = g_object_ref (resource);
  pending->position = position;
  mis_after_next_paint (GTK_WIDGET (self), pending_open_after_paint_cb, pending,
                        (GDestroyNotify) pending_open_free);
}

/* Search inside resources ---------------------------------------------- */

/* After the library's first frame, so as not to delay it; nothing kept on
 * disk in private mode, or it would say which kit was opened. */
static void
index_texts_cb (GtkWidget *widget,
                gpointer   data)
{
  MisWindow *self = MIS_WINDOW (widget);
  g_autofree char *cache = NULL;

  if (!mis_state_store_get_private (self->state_store))
    cache = g_build_filename (g_get_user_cache_dir (), "make-it-safe", "manual-text", NULL);
  mis_library_view_index_texts (self->library_view, cache);
}

/* After the library's next frame, so as not to delay it. */
static void
start_index_when_shown (MisWindow *self)
{
  if (!self->index_pending)
    return;
  self->index_pending = FALSE;
  mis_after_next_paint (GTK_WIDGET (self), index_texts_cb, NULL, NULL);
}

/* What the manual's own search looks for: poppler finds a phrase, so the
 * whole query when the page says it so, else its longest word. */
static char *
manual_search_text (const MisTextEntry *hit,
                    const char         *query)
{
  g_autofree char *page = mis_search_fold (hit->text);
  g_autofree char *folded = g_strstrip (mis_search_fold (query));
  g_auto(GStrv) words = NULL;
  const char *longest = "";

  if (strstr (page, folded) != NULL)
    return g_strstrip (g_strdup (query));

  words = g_strsplit_set (query, " \t", -1);
  for (guint i = 0; words[i] != NULL; i++)
    if (g_utf8_strlen (words[i], -1) > g_utf8_strlen (longest, -1))
      longest = words[i];
  return g_strdup (longest);
}

/* A hit opens its viewer at the hit: a film a little before the cue with
 * its subtitles in the hit's language, a manual at the page with the
 * words found, a photo-novel at the page with its words shown. */
static void
hit_activated_cb (MisWindow          *self,
                  const MisTextEntry *hit,
                  const char         *query)
{
  MisResource *resource = hit->resource;

  if (!mis_resource_get_available (resource))
    {
      _mis_window_toast (self, mis_resource_get_unavailable_reason (resource));
      return;
    }

  switch (mis_resource_get_kind (resource))
    {
    case MIS_RESOURCE_KIND_FILM:
      if (hit->language != NULL)
        g_object_set (ensure_player_view (self), "subtitle-language", hit->language, NULL);
      mis_window_play_film (self, resource, MAX (0, hit->time - MIS_WINDOW_HIT_LEAD_IN_S));
      break;
    case MIS_RESOURCE_KIND_PHOTO_NOVEL:
      mis_window_read (self, resource, hit->page);
      mis_reader_view_show_words (ensure_reader_view (self), query, hit->language);
      break;
    case MIS_RESOURCE_KIND_MANUAL:
    default:
      {
        g_autofree char *words = manual_search_text (hit, query);

        mis_window_read_manual (self, resource, hit->page);
        mis_manual_view_find (ensure_manual_view (self), words);
      }
      break;
    }
}

/* The quick exit must show the clock in the very next frame: its styles
 * and text are worked out beforehand, once the library is on screen. */
static void
warm_neutral_screen_cb (GtkWidget *widget,
                        gpointer   data)
{
  MisWindow *self = MIS_WINDOW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  gtk_widget_measure (GTK_WIDGET (self->neutral_screen), GTK_ORIENTATION_VERTICAL, width, NULL, NULL, NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (self->neutral_screen), GTK_ORIENTATION_HORIZONTAL, height, NULL, NULL, NULL, NULL);
}

static void
kit_loaded_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(MisWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(MisKit) kit = NULL;
  g_autofree char *open_id = g_strdup (g_object_get_data (G_OBJECT (self), "open-id"));
  double open_time = self->open_time;
  int open_page = self->open_page;
  g_autofree char *count = NULL;
  MisResource *resource = NULL;

  kit = mis_kit_load_finish (result, &error);
  g_object_set_data (G_OBJECT (self), "open-id", NULL);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (kit == NULL)
    {
      g_printerr ("make-it-safe: %s\n", error->message);
      show_error (self, error->message);
      return;
    }

  if (self->kit != NULL)
    g_signal_handlers_disconnect_by_data (self->kit, self);
  g_set_object (&self->kit, kit);

  choose_kit_language (self);
  g_signal_connect_swapped (kit, "notify::language", G_CALLBACK (kit_language_changed_cb), self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.help-contacts", TRUE);
  _mis_window_update_kit_actions (self);
  _mis_window_update_title (self);

  mis_library_view_set_kit (self->library_view, kit);
  _mis_window_show_page (self, "library");
  mis_library_view_focus_grid (self->library_view);

  count = g_strdup_printf ("%u", g_list_model_get_n_items (mis_library_view_get_model (self->library_view)));
  mis_profile_mark_after_frame (GTK_WIDGET (self), "library-shown", count);
  mis_after_next_paint (GTK_WIDGET (self), warm_neutral_screen_cb, NULL, NULL);
  /* Only once the library shows: with --open or --plan, the manuals' text
   * would be read by the same PDF workers that draw the first page. */
  self->index_pending = TRUE;
  if (open_id == NULL && self->pending_plan == NULL)
    start_index_when_shown (self);

  if (mis_kit_count_problems (kit, MIS_PROBLEM_ERROR) > 0)
    _mis_window_toast (self, _("Some parts of this kit are missing or damaged: they are marked in the library."));

  if (open_id != NULL)
    {
      resource = mis_kit_lookup_resource (kit, open_id);
      if (resource != NULL && open_time >= 0 && mis_resource_get_kind (resource) == MIS_RESOURCE_KIND_FILM &&
          mis_resource_get_available (resource))
        open_after_first_paint (self, resource, open_time);
      else if (resource != NULL && open_page > 0 && mis_resource_get_kind (resource) != MIS_RESOURCE_KIND_FILM &&
               mis_resource_get_available (resource))
        open_after_first_paint (self, resource, open_page - 1);
      else if (resource != NULL)
        mis_window_show_resource (self, resource);
      else
        {
          g_autofree char *message = g_strdup_printf (_("This kit has no resource with the id “%s”."), open_id);

          g_printerr ("make-it-safe: --open %s: %s\n", open_id, message);
          _mis_window_toast (self, message);
        }
    }

  /* Last: --plan shows the runner over the library. */
  _mis_window_plans_set_kit (self);
}

/**
 * mis_window_load_kit:
 * @directory: the kit folder
 * @open_id: (nullable): a resource to show once the kit is loaded
 * @open_time: for a film, start playing it at this time; negative to show
 *   its page instead
 * @open_page: for a photo-novel or a manual, open it at this page (from 1); 0 to show
 *   its page instead
 *
 * Loads the kit in a worker; the window shows a spinner meanwhile.
 */
void
mis_window_load_kit (MisWindow  *self,
                     GFile      *directory,
                     const char *open_id,
                     double      open_time,
                     int         open_page)
{
  g_return_if_fail (MIS_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (directory));

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  self->load_cancellable = g_cancellable_new ();

  g_object_set_data_full (G_OBJECT (self), "open-id", g_strdup (open_id), g_free);
  self->open_time = open_time;
  self->open_page = open_page;
  _mis_window_close_viewers (self);
  _mis_window_show_page (self, "loading");

  mis_kit_load_async (directory, MIS_KIT_LOAD_FLAGS_NONE, self->load_cancellable,
                      kit_loaded_cb, g_object_ref (self));
}

void
mis_window_show_resource (MisWindow   *self,
                          MisResource *resource)
{
  g_return_if_fail (MIS_IS_WINDOW (self));
  g_return_if_fail (MIS_IS_RESOURCE (resource));

  mis_resource_page_set_resource (self->resource_page, self->kit, resource);
  _mis_window_show_page (self, "resource");
  mis_resource_page_focus_main_action (self->resource_page);
}

/**
 * mis_window_play_film:
 * @start: where to start, or a negative number to offer to resume
 */
void
mis_window_play_film (MisWindow   *self,
                      MisResource *film,
                      double       start)
{
  g_return_if_fail (MIS_IS_WINDOW (self));
  g_return_if_fail (MIS_IS_RESOURCE (film));

  _mis_window_show_page (self, "player");
  mis_player_view_open (ensure_player_view (self), self->kit, film, self->state_store, start);
  gtk_widget_grab_focus (GTK_WIDGET (self->player_view));
}

/**
 * mis_window_read:
 * @page: from 0; negative to open where the reader stopped last time
 */
void
mis_window_read (MisWindow   *self,
                 MisResource *novel,
                 int          page)
{
  g_return_if_fail (MIS_IS_WINDOW (self));
  g_return_if_fail (MIS_IS_RESOURCE (novel));

  _mis_window_show_page (self, "reader");
  mis_reader_view_open (ensure_reader_view (self), self->kit, novel, self->state_store, page);
}

/**
 * mis_window_read_manual:
 * @page: from 0; negative to open where the reader stopped last time
 */
void
mis_window_read_manual (MisWindow   *self,
                        MisResource *manual,
                        int          page)
{
  g_return_if_fail (MIS_IS_WINDOW (self));
  g_return_if_fail (MIS_IS_RESOURCE (manual));

  _mis_window_show_page (self, "manual");
  mis_manual_view_open (ensure_manual_view (self), self->kit, manual, self->state_store, page);
}

void
mis_window_show_library (MisWindow *self)
{
  const char *current;

  g_return_if_fail (MIS_IS_WINDOW (self));

  if (self->kit == NULL)
    return;

  current = gtk_stack_get_visible_child_name (self->main_stack);
  _mis_window_close_viewers (self);
  mis_plan_runner_stop (self->plan_runner);
  if (gtk_window_is_fullscreen (GTK_WINDOW (self)) &&
      (g_strcmp0 (current, "player") == 0 || g_strcmp0 (current, "reader") == 0 ||
       g_strcmp0 (current, "manual") == 0 || g_strcmp0 (current, "runner") == 0))
    gtk_window_unfullscreen (GTK_WINDOW (self));
  _mis_window_show_page (self, "library");
}

static void
resource_activated_cb (MisWindow   *self,
                       MisResource *resource)
{
  mis_window_show_resource (self, resource);
}

static void
show_library_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  mis_window_show_library (MIS_WINDOW (widget));
}

static void
open_resource_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  MisWindow *self = MIS_WINDOW (widget);
  MisResource *resource;
  const char *id = g_variant_get_string (parameter, NULL);

  if (self->kit == NULL || (resource = mis_kit_lookup_resource (self->kit, id)) == NULL)
    return;

  if (!mis_resource_get_available (resource))
    {
      _mis_window_toast (self, mis_resource_get_unavailable_reason (resource));
      return;
    }

  switch (mis_resource_get_kind (resource))
    {
    case MIS_RESOURCE_KIND_FILM:
      mis_window_play_film (self, resource, -1);
      break;
    case MIS_RESOURCE_KIND_PHOTO_NOVEL:
      mis_window_read (self, resource, -1);
      break;
    case MIS_RESOURCE_KIND_MANUAL:
    default:
      mis_window_read_manual (self, resource, -1);
      break;
    }
}

static void
fullscreen_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  GtkWindow *window = GTK_WINDOW (widget);

  if (gtk_window_is_fullscreen (window))
    gtk_window_unfullscreen (window);
  else
    gtk_window_fullscreen (window);
}

static void
chooser_response_cb (MisWindow       *self,
                     int              response,
                     GtkNativeDialog *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (folder != NULL)
        mis_window_load_kit (self, folder, NULL, -1, 0);
    }

  g_clear_object (&self->chooser);
}

static void
open_kit_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  MisWindow *self = MIS_WINDOW (widget);
  GtkFileChooserNative *chooser;

  if (self->chooser != NULL)
    return;

  chooser = gtk_file_chooser_native_new (_("Open a Kit Folder"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                         _("_Open"), _("_Cancel"));
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_set_modal (self->chooser, TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (chooser_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (self->chooser);
}

/* Copying and checking the kit: for facilitators, not on a shared computer,
 * where a youth has no business copying anything. */
void
_mis_window_update_kit_actions (MisWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.copy-kit", self->kit != NULL && !self->shared_computer);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.check-kit", self->kit != NULL);
}

static void
copy_kit_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  MisWindow *self = MIS_WINDOW (widget);

  if (self->kit != NULL && !self->shared_computer)
    gtk_window_present (GTK_WINDOW (mis_copy_kit_dialog_new (GTK_WINDOW (self), mis_kit_get_directory (self->kit))));
}

static void
check_kit_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  MisWindow *self = MIS_WINDOW (widget);

  if (self->kit != NULL)
    gtk_window_present (GTK_WINDOW (mis_check_kit_dialog_new (GTK_WINDOW (self), mis_kit_get_directory (self->kit))));
}

static void
help_contacts_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  MisWindow *self = MIS_WINDOW (widget);
  GtkWindow *dialog;

  if (self->kit == NULL)
    return;

  dialog = mis_help_dialog_new (self->kit);
  gtk_window_set_transient_for (dialog, GTK_WINDOW (self));
  gtk_window_present (dialog);
}

/* The keyboard shortcuts, built the first time they are asked for and kept
 * (hidden when closed): GtkApplication builds a window's help overlay from
 * gtk/help-overlay.ui as the window is added, 10 ms or more of every start. */
static void
show_shortcuts_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  MisWindow *self = MIS_WINDOW (widget);

  if (self->shortcuts_window == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/be/ecpat/MakeItSafe/mis-shortcuts-window.ui");

      self->shortcuts_window = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      gtk_window_set_transient_for (self->shortcuts_window, GTK_WINDOW (self));
      gtk_window_set_hide_on_close (self->shortcuts_window, TRUE);
      g_object_add_weak_pointer (G_OBJECT (self->shortcuts_window), (gpointer *)&self->shortcuts_window);
    }
  gtk_window_present (self->shortcuts_window);
}

/**
 * mis_window_get_shortcuts_window:
 *
 * Returns: (transfer none) (nullable): the keyboard shortcuts' window, once
 *   shown
 */
GtkWindow *
mis_window_get_shortcuts_window (MisWindow *self)
{
  g_return_val_if_fail (MIS_IS_WINDOW (self), NULL);
  return self->shortcuts_window;
}

static void
save_window_state (MisWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
  if (!gtk_window_is_maximized (GTK_WINDOW (self)) && !gtk_window_is_fullscreen (GTK_WINDOW (self)))
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
}

static gboolean
mis_window_close_request (GtkWindow *window)
{
  _mis_window_close_viewers (MIS_WINDOW (window));
  save_window_state (MIS_WINDOW (window));
  return GTK_WINDOW_CLASS (mis_window_parent_class)->close_request (window);
}

/* First run: as large as the screen allows, up to a comfortable size, so
 * that the window fits a 1024x600 netbook and does not look lost on a
 * projector. */
static void
restore_window_state (MisWindow *self)
{
  GListModel *monitors = gdk_display_get_monitors (gtk_widget_get_display (GTK_WIDGET (self)));
  g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, 0);
  int width = 1200, height = 800;

  if (self->settings != NULL && g_settings_get_int (self->settings, "window-width") > 0)
    {
      width = g_settings_get_int (self->settings, "window-width");
      height = g_settings_get_int (self->settings, "window-height");
    }

  if (monitor != NULL)
    {
      GdkRectangle geometry;

      gdk_monitor_get_geometry (monitor, &geometry);
      width = MIN (width, geometry.width);
      height = MIN (height, geometry.height);
    }

  gtk_window_set_default_size (GTK_WINDOW (self), width, height);

  if (self->settings != NULL && g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
mis_window_constructed (GObject *object)
{
  MisWindow *self = (MisWindow *)object;

  G_OBJECT_CLASS (mis_window_parent_class)->constructed (object);

  if (self->state_store == NULL)
    self->state_store = mis_state_store_new_default (TRUE);

  restore_window_state (self);
}

static void
mis_window_dispose (GObject *object)
{
  MisWindow *self = (MisWindow *)object;

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  if (self->kit != NULL)
    g_signal_handlers_disconnect_by_data (self->kit, self);
  _mis_window_plans_dispose (self);
  if (self->shortcuts_window != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->shortcuts_window), (gpointer *)&self->shortcuts_window);
      g_clear_pointer (&self->shortcuts_window, gtk_window_destroy);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), MIS_TYPE_WINDOW);
  g_clear_object (&self->player_view);
  g_clear_object (&self->reader_view);
  g_clear_object (&self->manual_view);
  g_clear_object (&self->plans_view);
  g_clear_object (&self->kit);
  g_clear_object (&self->settings);
  g_clear_object (&self->state_store);
  g_clear_pointer (&self->error_message, g_free);
  g_clear_pointer (&self->toasts, g_ptr_array_unref);

  G_OBJECT_CLASS (mis_window_parent_class)->dispose (object);
}

static void
mis_window_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  MisWindow *self = MIS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    case PROP_STATE_STORE:
      self->state_store = g_value_dup_object (value);
      break;
    case PROP_SHARED_COMPUTER:
      mis_window_set_shared_computer (self, g_value_get_boolean (value));
      break;
    case PROP_CAN_PRINT:
    case PROP_CAN_SAVE:
      /* The manual and the plans' handouts print; plans are saved to files. */
      if (prop_id == PROP_CAN_PRINT)
        self->can_print = g_value_get_boolean (value);
      else
        self->can_save = g_value_get_boolean (value);
      if (self->manual_view != NULL)
        g_object_set_property (G_OBJECT (self->manual_view), pspec->name, value);
      if (self->plans_view != NULL)
        g_object_set_property (G_OBJECT (self->plans_view), pspec->name, value);
      break;
    case PROP_CAN_COPY:
      self->can_copy = g_value_get_boolean (value);
      if (self->manual_view != NULL)
        g_object_set_property (G_OBJECT (self->manual_view), pspec->name, value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mis_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  MisWindow *self = MIS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PAGE:
      g_value_set_enum (value, mis_window_get_page (self));
      break;
    case PROP_SHARED_COMPUTER:
      g_value_set_boolean (value, self->shared_computer);
      break;
    case PROP_FILM_PLAYING:
      g_value_set_boolean (value, self->film_playing);
      break;
    case PROP_CAN_PRINT:
      g_value_set_boolean (value, self->can_print);
      break;
    case PROP_CAN_SAVE:
      g_value_set_boolean (value, self->can_save);
      break;
    case PROP_CAN_COPY:
      g_value_set_boolean (value, self->can_copy);
      break;
    case PROP_COVERED:
      g_value_set_boolean (value, mis_window_get_covered (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mis_window_class_init (MisWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = mis_window_constructed;
  object_class->dispose = mis_window_dispose;
  object_class->get_property = mis_window_get_property;
  object_class->set_property = mis_window_set_property;
  window_class->close_request = mis_window_close_request;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATE_STORE] =
    g_param_spec_object ("state-store", NULL, NULL, MIS_TYPE_STATE_STORE,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PAGE] =
    g_param_spec_enum ("page", NULL, NULL, MIS_TYPE_WINDOW_PAGE, MIS_WINDOW_PAGE_LOADING,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * MisWindow:shared-computer:
   *
   * The app runs on a computer shared by many young people in turn;
   * #MisSafetyButtons follow it.
   */
  properties[PROP_SHARED_COMPUTER] =
    g_param_spec_boolean ("shared-computer", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * MisWindow:film-playing:
   *
   * A film plays: a shared computer waits for its end before resetting.
   */
  properties[PROP_FILM_PLAYING] =
    g_param_spec_boolean ("film-playing", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_PRINT] =
    g_param_spec_boolean ("can-print", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_SAVE] =
    g_param_spec_boolean ("can-save", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_COPY] =
    g_param_spec_boolean ("can-copy", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  /**
   * MisWindow:covered:
   *
   * The neutral screen of a quick exit hides the app.
   */
  properties[PROP_COVERED] =
    g_param_spec_boolean ("covered", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (MIS_TYPE_NEUTRAL_SCREEN);
  g_type_ensure (MIS_TYPE_QUICK_EXIT_HINT);
  g_type_ensure (MIS_TYPE_COUNTDOWN);
  g_type_ensure (MIS_TYPE_SAFETY_BUTTONS);
  g_type_ensure (MIS_TYPE_LIBRARY_VIEW);
  g_type_ensure (MIS_TYPE_RESOURCE_PAGE);
  g_type_ensure (MIS_TYPE_PLAYER_VIEW);
  g_type_ensure (MIS_TYPE_READER_VIEW);
  g_type_ensure (MIS_TYPE_MANUAL_VIEW);
  g_type_ensure (MIS_TYPE_PLANS_VIEW);
  g_type_ensure (MIS_TYPE_PLAN_RUNNER);

  gtk_widget_class_set_template_from_resource (widget_class, "/be/ecpat/MakeItSafe/mis-window.ui");
  gtk_widget_class_bind_template_child (widget_class, MisWindow, cover_stack);
  gtk_widget_class_bind_template_child (widget_class, MisWindow, hint);
  gtk_widget_class_bind_template_child (widget_class, MisWindow, countdown);
  gtk_widget_class_bind_template_child (widget_class, MisWindow, neutral_screen);
  gtk_widget_class_bind_template_child (widget_class, MisWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, MisWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, MisWindow, loading_spinner);
  gtk_widget_class_bind_template_child (widget_class, MisWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, MisWindow, library_view);
  gtk_widget_class_bind_template_child (widget_class, MisWindow, resource_page);
  gtk_widget_class_bind_template_child (widget_class, MisWindow, plan_runner);
  gtk_widget_class_bind_template_callback (widget_class, resource_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, hit_activated_cb);

  gtk_widget_class_install_action (widget_class, "win.show-library", NULL, show_library_action);
  gtk_widget_class_install_action (widget_class, "win.open-resource", "s", open_resource_action);
  gtk_widget_class_install_action (widget_class, "win.fullscreen", NULL, fullscreen_action);
  gtk_widget_class_install_action (widget_class, "win.open-kit", NULL, open_kit_action);
  gtk_widget_class_install_action (widget_class, "win.help-contacts", NULL, help_contacts_action);
  gtk_widget_class_install_action (widget_class, "win.copy-kit", NULL, copy_kit_action);
  gtk_widget_class_install_action (widget_class, "win.check-kit", NULL, check_kit_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, show_shortcuts_action);
  _mis_window_plans_class_init (widget_class);
}

static void
mis_window_init (MisWindow *self)
{
  self->toasts = g_ptr_array_new_with_free_func (g_object_unref);
  self->can_print = self->can_save = self->can_copy = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  mis_spinner_spin_when_shown (self->loading_spinner);
  /* The kit's contacts, once there is a kit. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.help-contacts", FALSE);
  _mis_window_update_kit_actions (self);
  _mis_window_plans_init (self);
}

MisWindow *
mis_window_new (MisApplication *application)
{
  g_return_val_if_fail (MIS_IS_APPLICATION (application), NULL);

  return g_object_new (MIS_TYPE_WINDOW,
                       "application", application,
                       "settings", mis_application_get_settings (application),
                       "state-store", mis_application_get_state_store (application),
                       NULL);
}

MisKit *
mis_window_get_kit (MisWindow *self)
{
  g_return_val_if_fail (MIS_IS_WINDOW (self), NULL);
  return self->kit;
}

MisPlayerView *
mis_window_get_player_view (MisWindow *self)
{
  g_return_val_if_fail (MIS_IS_WINDOW (self), NULL);
  return ensure_player_view (self);
}

MisManualView *
mis_window_get_manual_view (MisWindow *self)
{
  g_return_val_if_fail (MIS_IS_WINDOW (self), NULL);
  return ensure_manual_view (self);
}

MisReaderView *
mis_window_get_reader_view (MisWindow *self)
{
  g_return_val_if_fail (MIS_IS_WINDOW (self), NULL);
  return ensure_reader_view (self);
}

MisLibraryView *
mis_window_get_library_view (MisWindow *self)
{
  g_return_val_if_fail (MIS_IS_WINDOW (self), NULL);
  return self->library_view;
}

/**
 * mis_window_get_visible_page:
 *
 * Returns: "loading", "error", "library", "resource", "player", "reader" or
 *   "manual".
 */
const char *
mis_window_get_visible_page (MisWindow *self)
{
  g_return_val_if_fail (MIS_IS_WINDOW (self), NULL);
  return gtk_stack_get_visible_child_name (self->main_stack);
}

/**
 * mis_window_get_page:
 *
 * Returns: the page shown; watch #MisWindow:page to follow it.
 */
MisWindowPage
mis_window_get_page (MisWindow *self)
{
  g_autoptr(GEnumClass) pages = g_type_class_ref (MIS_TYPE_WINDOW_PAGE);
  GEnumValue *value;

  g_return_val_if_fail (MIS_IS_WINDOW (self), MIS_WINDOW_PAGE_LOADING);

  value = g_enum_get_value_by_nick (pages, gtk_stack_get_visible_child_name (self->main_stack));
  return value != NULL ? (MisWindowPage) value->value : MIS_WINDOW_PAGE_LOADING;
}

const char *
mis_window_get_error_message (MisWindow *self)
{
  g_return_val_if_fail (MIS_IS_WINDOW (self), NULL);
  return self->error_message;
}
