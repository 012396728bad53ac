/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-player-view.c: the film viewer, made for a facilitator in front of a
 * group: big controls, keys for everything (listed in the shortcuts window),
 * pause-and-discuss, fullscreen where the controls and the pointer get out of
 * the way, subtitles in the kit language, and a film that remembers where it
 * was stopped. The view never touches mpv itself: it talks to MisMpv and
 * follows its properties.
 */
#define G_LOG_DOMAIN "mis-player-view"

#include "config.h"

#include "mis-util.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "mis-fullscreen-box.h"
#include "mis-language.h"
#include "mis-film-enums.h"
#include "mis-player-controls.h"
#include "mis-player-view.h"
#include "mis-profile.h"
#include "mis-safety-buttons.h"
#include "mis-resume.h"

#define SAVE_EVERY_S 10.0

struct _MisPlayerView
{
  GtkWidget        parent_instance;

  AdwToastOverlay *toast_overlay;
  GtkStack        *stack;
  MisFullscreenBox *fullscreen_box;
  AdwWindowTitle  *window_title;
  MisVideoArea    *video_area;
  GtkWidget       *resume_box;
  GtkLabel        *resume_label;
  GtkWidget       *end_box;
  MisPlayerControls *controls;
  AdwStatusPage   *error_page;

  MisMpv          *player;
  MisKit          *kit;
  MisResource     *film;
  MisStateStore   *store;
  double           resume_at;
  double           start_at;
  gboolean         load_pending;
  double           last_saved;
  double           played_from;
  gboolean         awaiting_first_frame;
  gboolean         stats_reported;

  char            *subtitle_language;
  char            *subtitle_size;
  double           speed;
  MisPlayerState   last_state;
  int              audio_track;

  guint            inhibit_cookie;
  gboolean         playing;
  gboolean         unmute_on_open;
};

G_DEFINE_FINAL_TYPE (MisPlayerView, mis_player_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SUBTITLE_LANGUAGE,
  PROP_SUBTITLE_SIZE,
  PROP_SPEED,
  PROP_AUDIO_TRACK,
  PROP_STATE,
  PROP_PLAYING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
toast (MisPlayerView *self,
       const char    *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

/* Screensaver and suspend wait while a film plays, and only then; so does
 * the idle reset of a shared computer, which follows #MisPlayerView:playing. */
static void
update_inhibit (MisPlayerView *self)
{
  gboolean playing = self->film != NULL && self->player != NULL && mis_mpv_get_loaded (self->player) &&
                     !mis_mpv_get_paused (self->player) && !mis_mpv_get_eof_reached (self->player);
  GtkWindow *window = self->fullscreen_box ? mis_autohide_get_window (mis_fullscreen_box_get_autohide (self->fullscreen_box))
                                           : NULL;
  GtkApplication *app = window ? gtk_window_get_application (window) : NULL;

  if (self->playing != playing)
    {
      self->playing = playing;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAYING]);
    }

  if (playing && self->inhibit_cookie == 0 && app != NULL)
    self->inhibit_cookie = gtk_application_inhibit (app, window,
                                                    GTK_APPLICATION_INHIBIT_IDLE | GTK_APPLICATION_INHIBIT_SUSPEND,
                                                    _("Playing a film"));
  else if (!playing && self->inhibit_cookie != 0)
    {
      if (app != NULL)
        gtk_application_uninhibit (app, self->inhibit_cookie);
      self->inhibit_cookie = 0;
    }
}

/* In a window the controls stay; in fullscreen they and the pointer hide
 * after a few seconds without motion while the film plays. */
static void
update_chrome (MisPlayerView *self)
{
  gboolean playing = self->player && !mis_mpv_get_paused (self->player) && !mis_mpv_get_eof_reached (self->player);

  mis_fullscreen_box_set_keep_revealed (self->fullscreen_box, !playing || gtk_widget_get_visible (self->resume_box));
}

static void
save_position (MisPlayerView *self)
{
  if (self->film == NULL || self->player == NULL || !mis_mpv_get_loaded (self->player) ||
      gtk_widget_get_visible (self->resume_box))
    return;

  self->last_saved = mis_mpv_get_position (self->player);
  mis_resume_save (self->store, mis_kit_get_id (self->kit), mis_resource_get_id (self->film),
                   self->last_saved, mis_mpv_get_duration (self->player));
}

static void
position_changed_cb (MisPlayerView *self)
{
  double position = mis_mpv_get_position (self->player);

  if (ABS (position - self->last_saved) >= SAVE_EVERY_S)
    save_position (self);

  /* For the benchmark: frames dropped over the first 20 s played. */
  if (!self->stats_reported && mis_profile_enabled () && position - self->played_from >= 20)
    {
      g_autofree char *dropped = g_strdup_printf ("%" G_GINT64_FORMAT, mis_mpv_get_dropped_frames (self->player));

      self->stats_reported = TRUE;
      mis_profile_mark ("frames-dropped-20s", dropped);
    }
}

static void
paused_changed_cb (MisPlayerView *self)
{
  if (mis_mpv_get_paused (self->player))
    save_position (self);
  update_inhibit (self);
  update_chrome (self);
}

static void
eof_changed_cb (MisPlayerView *self)
{
  gboolean eof = mis_mpv_get_eof_reached (self->player);

  gtk_widget_set_visible (self->end_box, eof && self->film != NULL);
  if (eof && self->film != NULL)
    mis_resume_mark_watched (self->store, mis_kit_get_id (self->kit), mis_resource_get_id (self->film));
  update_inhibit (self);
  update_chrome (self);
}

static void
speed_changed_mpv_cb (MisPlayerView *self)
{
  self->speed = mis_mpv_get_speed (self->player);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPEED]);
}

/* The subtitle language shown, for #MisPlayerView:subtitle-language (the
 * menu's radio items follow it). */
static void
subtitle_changed_cb (MisPlayerView *self)
{
  GPtrArray *tracks = mis_mpv_get_tracks (self->player);
  const char *selected = "";

  for (guint i = 0; i < tracks->len; i++)
    {
      MisTrack *track = g_ptr_array_index (tracks, i);

      if (track->type == MIS_TRACK_SUBTITLE && track->language != NULL && track->selected)
        selected = track->language;
    }

  if (g_strcmp0 (self->subtitle_language, selected) != 0)
    {
      g_free (self->subtitle_language);
      self->subtitle_language = g_strdup (selected);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUBTITLE_LANGUAGE]);
    }
}

static void
audio_id_changed_cb (MisPlayerView *self)
{
  self->audio_track = (int)mis_mpv_get_audio_id (self->player);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUDIO_TRACK]);
}

static void
error_changed_cb (MisPlayerView *self)
{
  const char *error = mis_mpv_get_error (self->player);

  if (error == NULL || self->film == NULL)
    return;

  adw_status_page_set_description (self->error_page, error);
  gtk_stack_set_visible_child_name (self->stack, "error");
  g_message ("%s: %s", mis_resource_get_id (self->film), error);
  update_inhibit (self);
}

static void
notice_cb (MisPlayerView *self,
           const char    *message)
{
  toast (self, message);
}

static void
frame_drawn_cb (MisPlayerView *self)
{
  if (!self->awaiting_first_frame || self->film == NULL)
    return;

  self->awaiting_first_frame = FALSE;
  mis_profile_mark_after_frame (GTK_WIDGET (self), "resource-shown", mis_resource_get_id (self->film));
}

/* mpv must have somewhere to draw before a file starts: the GL area is
 * realized only once the player is on screen. */
static void
load_when_ready (MisPlayerView *self)
{
  if (!self->load_pending || self->film == NULL || !mis_video_area_get_ready (self->video_area))
    return;

  self->load_pending = FALSE;
  mis_mpv_set_paused (self->player, self->resume_at > 0);
  mis_mpv_load (self->player, mis_resource_get_file (self->film), self->start_at);
}

static gboolean
ensure_player (MisPlayerView *self)
{
  g_autoptr(GError) error = NULL;

  if (self->player != NULL)
    return TRUE;

  if (!(self->player = mis_mpv_new (MIS_MPV_OUTPUT_RENDER_API, &error)))
    {
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "error");
      return FALSE;
    }

  mis_video_area_set_player (self->video_area, self->player);
  mis_player_controls_set_player (self->controls, self->player);
  g_signal_connect_object (self->player, "notify::position", G_CALLBACK (position_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->player, "notify::duration", G_CALLBACK (position_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->player, "notify::paused", G_CALLBACK (paused_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->player, "notify::eof-reached", G_CALLBACK (eof_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->player, "notify::speed", G_CALLBACK (speed_changed_mpv_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->player, "notify::audio-id", G_CALLBACK (audio_id_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->player, "notify::subtitle-id", G_CALLBACK (subtitle_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->player, "tracks-changed", G_CALLBACK (subtitle_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->player, "notify::error", G_CALLBACK (error_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->player, "notice", G_CALLBACK (notice_cb), self, G_CONNECT_SWAPPED);
  return TRUE;
}

/**
 * mis_player_view_open:
 * @start: where to start in seconds, or a negative number to offer to resume
 *   where the film was stopped last time
 */
void
mis_player_view_open (MisPlayerView *self,
                      MisKit        *kit,
                      MisResource   *film,
                      MisStateStore *store,
                      double         start)
{
  GPtrArray *subtitles;

  g_return_if_fail (MIS_IS_PLAYER_VIEW (self));
  g_return_if_fail (MIS_IS_KIT (kit));
  g_return_if_fail (MIS_IS_RESOURCE (film));
  g_return_if_fail (MIS_IS_STATE_STORE (store));

  mis_player_view_close (self);

  g_set_object (&self->kit, kit);
  g_set_object (&self->film, film);
  g_set_object (&self->store, store);

  adw_window_title_set_title (self->window_title, mis_resource_get_title (film));
  gtk_stack_set_visible_child_name (self->stack, "video");
  gtk_widget_set_visible (self->end_box, FALSE);
  gtk_widget_set_visible (self->resume_box, FALSE);
  mis_player_controls_reset (self->controls);

  if (!ensure_player (self))
    return;

  mis_video_area_clear (self->video_area);
  self->awaiting_first_frame = TRUE;
  mis_profile_mark ("resource-requested", mis_resource_get_id (film));
  self->resume_at = 0;

  mis_mpv_set_speed (self->player, 1);
  if (self->unmute_on_open)
    {
      /* Muted by a quick exit, not by the person now opening a film. */
      mis_mpv_set_muted (self->player, FALSE);
      self->unmute_on_open = FALSE;
    }
  mis_mpv_set_preferred_subtitle_language (self->player, mis_kit_get_language (kit));
  mis_mpv_set_preferred_audio_language (self->player, mis_kit_get_language (kit));
  subtitles = mis_resource_get_subtitles (film);
  for (guint i = 0; i < subtitles->len; i++)
    {
      MisSubtitle *subtitle = g_ptr_array_index (subtitles, i);
      mis_mpv_add_subtitle (self->player, subtitle->file, subtitle->language,
                            mis_language_display_name (subtitle->language));
    }

  if (start < 0)
    self->resume_at = mis_resume_get_position (store, mis_kit_get_id (kit), mis_resource_get_id (film),
                                               mis_resource_get_duration (film));

  if (self->resume_at > 0)
    {
      g_autofree char *at = mis_format_duration (self->resume_at);
      g_autofree char *question = g_strdup_printf (_("Resume where you stopped, at %s?"), at);

      gtk_label_set_label (self->resume_label, question);
      gtk_widget_set_visible (self->resume_box, TRUE);
      gtk_widget_grab_focus (GTK_WIDGET (self->resume_box));
    }

  self->start_at = self->resume_at > 0 ? self->resume_at : MAX (start, 0);
  self->load_pending = TRUE;
  load_when_ready (self);

  self->last_saved = MAX (self->resume_at, MAX (start, 0));
  self->played_from = self->last_saved;
  self->stats_reported = FALSE;
  update_chrome (self);
}

/**
 * mis_player_view_close:
 *
 * Stops the film, remembering where it was.
 */
void
mis_player_view_close (MisPlayerView *self)
{
  g_return_if_fail (MIS_IS_PLAYER_VIEW (self));

  if (self->film == NULL)
    return;

  if (self->player != NULL)
    {
      if (!mis_mpv_get_eof_reached (self->player) && mis_mpv_get_error (self->player) == NULL)
        save_position (self);
      mis_mpv_stop (self->player);
    }

  g_clear_object (&self->film);
  self->load_pending = FALSE;
  if (self->fullscreen_box != NULL)
    mis_autohide_stop (mis_fullscreen_box_get_autohide (self->fullscreen_box));
  update_inhibit (self);
}

/**
 * mis_player_view_silence:
 *
 * For the quick exit: pauses and mutes the film now, before the screen
 * changes, rather than waiting for the view to close. mpv has applied both
 * when this returns. The next film opened plays with sound again.
 *
 * Returns: whether a film was playing
 */
gboolean
mis_player_view_silence (MisPlayerView *self)
{
  gboolean was_playing;

  g_return_val_if_fail (MIS_IS_PLAYER_VIEW (self), FALSE);

  if (self->player == NULL || self->film == NULL)
    return FALSE;

  was_playing = self->playing;
  mis_mpv_set_muted (self->player, TRUE);
  mis_mpv_set_paused (self->player, TRUE);
  self->unmute_on_open = TRUE;
  return was_playing;
}

gboolean
mis_player_view_get_playing (MisPlayerView *self)
{
  g_return_val_if_fail (MIS_IS_PLAYER_VIEW (self), FALSE);
  return self->playing;
}

static void
play_pause_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  MisPlayerView *self = MIS_PLAYER_VIEW (widget);

  if (self->player == NULL || self->film == NULL)
    return;

  if (gtk_widget_get_visible (self->resume_box))
    {
      gtk_widget_activate_action (widget, "player.resume", NULL);
      return;
    }
  if (mis_mpv_get_eof_reached (self->player))
    {
      gtk_widget_activate_action (widget, "player.restart", NULL);
      return;
    }

  mis_mpv_set_paused (self->player, !mis_mpv_get_paused (self->player));
}

static void
seek_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MisPlayerView *self = MIS_PLAYER_VIEW (widget);

  if (self->player != NULL && self->film != NULL)
    mis_mpv_seek_relative (self->player, g_variant_get_double (parameter));
}

static void
volume_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MisPlayerView *self = MIS_PLAYER_VIEW (widget);

  if (self->player != NULL)
    mis_mpv_set_volume (self->player, mis_mpv_get_volume (self->player) + g_variant_get_double (parameter));
}

static void
mute_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MisPlayerView *self = MIS_PLAYER_VIEW (widget);

  if (self->player != NULL)
    mis_mpv_set_muted (self->player, !mis_mpv_get_muted (self->player));
}

/* Leaves the resume card and plays: at once, or as soon as the file loads
 * (load_when_ready() reads resume_at to start paused or not). */
static void
play_from_here (MisPlayerView *self)
{
  gtk_widget_set_visible (self->resume_box, FALSE);
  if (self->load_pending)
    self->resume_at = 0;
  mis_mpv_set_paused (self->player, FALSE);
  mis_player_controls_focus_play (self->controls);
}

static void
restart_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  MisPlayerView *self = MIS_PLAYER_VIEW (widget);

  if (self->player == NULL || self->film == NULL)
    return;

  gtk_widget_set_visible (self->end_box, FALSE);
  if (self->load_pending)
    self->start_at = 0;
  mis_mpv_seek (self->player, 0);
  play_from_here (self);
}

static void
resume_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MisPlayerView *self = MIS_PLAYER_VIEW (widget);

  if (self->player == NULL || self->film == NULL)
    return;

  play_from_here (self);
}

/* C: off, then each subtitle language in turn. */
static void
cycle_subtitles_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  MisPlayerView *self = MIS_PLAYER_VIEW (widget);
  GPtrArray *tracks;
  g_autoptr(GPtrArray) languages = g_ptr_array_new ();
  guint next = 0;

  if (self->player == NULL)
    return;

  tracks = mis_mpv_get_tracks (self->player);
  g_ptr_array_add (languages, (gpointer)"");
  for (guint i = 0; i < tracks->len; i++)
    {
      MisTrack *track = g_ptr_array_index (tracks, i);
      if (track->type == MIS_TRACK_SUBTITLE && track->language != NULL)
        g_ptr_array_add (languages, track->language);
    }

  for (guint i = 0; i < languages->len; i++)
    if (g_strcmp0 (g_ptr_array_index (languages, i), self->subtitle_language ? self->subtitle_language : "") == 0)
      next = (i + 1) % languages->len;

  g_object_set (self, "subtitle-language", g_ptr_array_index (languages, next), NULL);
  toast (self, next == 0 ? _("Subtitles off")
                         : mis_language_display_name (g_ptr_array_index (languages, next)));
}

static void
leave_fullscreen_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  mis_fullscreen_box_leave_fullscreen (MIS_PLAYER_VIEW (widget)->fullscreen_box);
}

static void
video_pressed_cb (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  MisPlayerView   *self)
{
  if (n_press == 2)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.fullscreen", NULL);
}

static void
mis_player_view_unroot (GtkWidget *widget)
{
  MisPlayerView *self = MIS_PLAYER_VIEW (widget);

  /* Before the fullscreen box forgets the window: the app is asked to let
   * the screensaver come back. */
  if (self->fullscreen_box != NULL)
    update_inhibit (self);

  GTK_WIDGET_CLASS (mis_player_view_parent_class)->unroot (widget);
}

static void
set_subtitle_language (MisPlayerView *self,
                       const char    *language)
{
  if (g_strcmp0 (self->subtitle_language, language) == 0)
    return;

  g_free (self->subtitle_language);
  self->subtitle_language = g_strdup (language);
  if (self->player != NULL)
    mis_mpv_select_subtitle_language (self->player, language && *language ? language : NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUBTITLE_LANGUAGE]);
}

static void
set_subtitle_size (MisPlayerView *self,
                   const char    *size)
{
  double scale = g_strcmp0 (size, "very-large") == 0 ? 2.0 : g_strcmp0 (size, "large") == 0 ? 1.5 : 1.0;

  g_free (self->subtitle_size);
  self->subtitle_size = g_strdup (size);
  if (ensure_player (self))
    mis_mpv_set_subtitle_scale (self->player, scale);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUBTITLE_SIZE]);
}

static void
mis_player_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MisPlayerView *self = MIS_PLAYER_VIEW (object);

  switch (prop_id)
    {
    case PROP_SUBTITLE_LANGUAGE: g_value_set_string (value, self->subtitle_language ? self->subtitle_language : ""); break;
    case PROP_SUBTITLE_SIZE: g_value_set_string (value, self->subtitle_size); break;
    case PROP_SPEED: g_value_set_double (value, self->speed); break;
    case PROP_AUDIO_TRACK: g_value_set_int (value, self->audio_track); break;
    case PROP_STATE: g_value_set_enum (value, mis_player_view_get_view_state (self)); break;
    case PROP_PLAYING: g_value_set_boolean (value, self->playing); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mis_player_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  MisPlayerView *self = MIS_PLAYER_VIEW (object);

  switch (prop_id)
    {
    case PROP_SUBTITLE_LANGUAGE:
      set_subtitle_language (self, g_value_get_string (value));
      break;
    case PROP_SUBTITLE_SIZE:
      set_subtitle_size (self, g_value_get_string (value));
      break;
    case PROP_SPEED:
      if (self->player != NULL)
        mis_mpv_set_speed (self->player, g_value_get_double (value));
      break;
    case PROP_AUDIO_TRACK:
      if (self->player != NULL)
        mis_mpv_set_audio_id (self->player, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
state_sources_changed_cb (MisPlayerView *self)
{
  MisPlayerState state = mis_player_view_get_view_state (self);

  if (state != self->last_state)
    {
      self->last_state = state;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
    }
}

static void
mis_player_view_dispose (GObject *object)
{
  MisPlayerView *self = (MisPlayerView *)object;
  GtkWidget *child;

  mis_player_view_close (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), MIS_TYPE_PLAYER_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->player);
  g_clear_object (&self->kit);
  g_clear_object (&self->store);
  g_clear_pointer (&self->subtitle_language, g_free);
  g_clear_pointer (&self->subtitle_size, g_free);

  G_OBJECT_CLASS (mis_player_view_parent_class)->dispose (object);
}

static void
mis_player_view_class_init (MisPlayerViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mis_player_view_dispose;
  object_class->get_property = mis_player_view_get_property;
  object_class->set_property = mis_player_view_set_property;
  widget_class->unroot = mis_player_view_unroot;

  properties[PROP_SUBTITLE_LANGUAGE] =
    g_param_spec_string ("subtitle-language", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUBTITLE_SIZE] =
    g_param_spec_string ("subtitle-size", NULL, NULL, "normal",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SPEED] =
    g_param_spec_double ("speed", NULL, NULL, 0.25, 4, 1,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AUDIO_TRACK] =
    g_param_spec_int ("audio-track", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL, MIS_TYPE_PLAYER_STATE, MIS_PLAYER_STATE_VIDEO,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * MisPlayerView:playing:
   *
   * A film is loaded and playing: not paused, not at its end.
   */
  properties[PROP_PLAYING] =
    g_param_spec_boolean ("playing", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (MIS_TYPE_VIDEO_AREA);
  g_type_ensure (MIS_TYPE_PLAYER_CONTROLS);
  g_type_ensure (MIS_TYPE_FULLSCREEN_BOX);
  g_type_ensure (MIS_TYPE_SAFETY_BUTTONS);
  gtk_widget_class_set_template_from_resource (widget_class, "/be/ecpat/MakeItSafe/film/mis-player-view.ui");
  gtk_widget_class_bind_template_child (widget_class, MisPlayerView, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, MisPlayerView, stack);
  gtk_widget_class_bind_template_child (widget_class, MisPlayerView, fullscreen_box);
  gtk_widget_class_bind_template_child (widget_class, MisPlayerView, window_title);
  gtk_widget_class_bind_template_child (widget_class, MisPlayerView, video_area);
  gtk_widget_class_bind_template_child (widget_class, MisPlayerView, resume_box);
  gtk_widget_class_bind_template_child (widget_class, MisPlayerView, resume_label);
  gtk_widget_class_bind_template_child (widget_class, MisPlayerView, end_box);
  gtk_widget_class_bind_template_child (widget_class, MisPlayerView, controls);
  gtk_widget_class_bind_template_child (widget_class, MisPlayerView, error_page);

  gtk_widget_class_install_action (widget_class, "player.play-pause", NULL, play_pause_action);
  gtk_widget_class_install_action (widget_class, "player.seek", "d", seek_action);
  gtk_widget_class_install_action (widget_class, "player.volume", "d", volume_action);
  gtk_widget_class_install_action (widget_class, "player.mute", NULL, mute_action);
  gtk_widget_class_install_action (widget_class, "player.restart", NULL, restart_action);
  gtk_widget_class_install_action (widget_class, "player.resume", NULL, resume_action);
  gtk_widget_class_install_action (widget_class, "player.cycle-subtitles", NULL, cycle_subtitles_action);
  gtk_widget_class_install_action (widget_class, "player.leave-fullscreen", NULL, leave_fullscreen_action);
  gtk_widget_class_install_property_action (widget_class, "player.subtitle-language", "subtitle-language");
  gtk_widget_class_install_property_action (widget_class, "player.subtitle-size", "subtitle-size");
  gtk_widget_class_install_property_action (widget_class, "player.speed", "speed");
  gtk_widget_class_install_property_action (widget_class, "player.audio-track", "audio-track");

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "misplayerview");
}

static void
mis_player_view_init (MisPlayerView *self)
{
  GtkEventController *shortcuts;
  GtkGesture *click;

  self->speed = 1;
  self->subtitle_size = g_strdup ("normal");

  gtk_widget_init_template (GTK_WIDGET (self));

  /* What the view shows follows from these three: "state" follows them. */
  g_signal_connect_object (self->stack, "notify::visible-child", G_CALLBACK (state_sources_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->resume_box, "notify::visible", G_CALLBACK (state_sources_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->end_box, "notify::visible", G_CALLBACK (state_sources_changed_cb), self,
                           G_CONNECT_SWAPPED);

  /* In the capture phase, so that Space plays and pauses even when a
   * button has the focus, as in every video player. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  mis_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "space|k", "player.play-pause", NULL);
  mis_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "Left", "player.seek", g_variant_new_double (-5));
  mis_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "Right", "player.seek", g_variant_new_double (5));
  mis_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "j", "player.seek", g_variant_new_double (-10));
  mis_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "l", "player.seek", g_variant_new_double (10));
  mis_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "Up", "player.volume", g_variant_new_double (10));
  mis_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "Down", "player.volume", g_variant_new_double (-10));
  mis_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "m", "player.mute", NULL);
  mis_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "f", "win.fullscreen", NULL);
  mis_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "Escape", "player.leave-fullscreen", NULL);
  mis_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "c", "player.cycle-subtitles", NULL);
  mis_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "Home", "player.restart", NULL);
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);


  click = gtk_gesture_click_new ();
  g_signal_connect (click, "pressed", G_CALLBACK (video_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->video_area), GTK_EVENT_CONTROLLER (click));

  g_signal_connect_object (self->video_area, "frame-drawn", G_CALLBACK (frame_drawn_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->video_area, "ready", G_CALLBACK (load_when_ready), self, G_CONNECT_SWAPPED);
}

MisMpv *
mis_player_view_get_player (MisPlayerView *self)
{
  g_return_val_if_fail (MIS_IS_PLAYER_VIEW (self), NULL);
  return self->player;
}

MisVideoArea *
mis_player_view_get_video_area (MisPlayerView *self)
{
  g_return_val_if_fail (MIS_IS_PLAYER_VIEW (self), NULL);
  return self->video_area;
}

/**
 * mis_player_view_get_view_state:
 *
 * Returns: what the view shows; watch #MisPlayerView:state to follow it.
 */
MisPlayerState
mis_player_view_get_view_state (MisPlayerView *self)
{
  g_return_val_if_fail (MIS_IS_PLAYER_VIEW (self), MIS_PLAYER_STATE_VIDEO);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "error") == 0)
    return MIS_PLAYER_STATE_ERROR;
  if (gtk_widget_get_visible (self->resume_box))
    return MIS_PLAYER_STATE_RESUME;
  if (gtk_widget_get_visible (self->end_box))
    return MIS_PLAYER_STATE_END;
  return MIS_PLAYER_STATE_VIDEO;
}

/**
 * mis_player_view_get_state:
 *
 * Returns: the state's nick: "error", "resume" (offering to resume), "end",
 *   or "video".
 */
const char *
mis_player_view_get_state (MisPlayerView *self)
{
  static const char * const names[] = {
    [MIS_PLAYER_STATE_VIDEO] = "video",
    [MIS_PLAYER_STATE_RESUME] = "resume",
    [MIS_PLAYER_STATE_END] = "end",
    [MIS_PLAYER_STATE_ERROR] = "error",
  };

  g_return_val_if_fail (MIS_IS_PLAYER_VIEW (self), NULL);
  return names[mis_player_view_get_view_state (self)];
}

/**
 * mis_player_view_get_film:
 *
 * Returns: (transfer none) (nullable): the resource open, if one is
 */
MisResource *
mis_player_view_get_film (MisPlayerView *self)
{
  g_return_val_if_fail (MIS_IS_PLAYER_VIEW (self), NULL);
  return self->film;
}
