/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-player-controls.c: the controls follow the player they are given:
 * its position and length, paused or playing, its volume, speed and
 * tracks. What they do goes through the player view's actions (player.*),
 * as the keys do, or, for the seek bar and the volume slider, straight to
 * mpv. Celluloid's control box is the model.
 */
#define G_LOG_DOMAIN "mis-player-controls"

#include "config.h"

#include <glib/gi18n.h>

#include "mis-language.h"
#include "mis-player-controls.h"
#include "mis-resource.h"

struct _MisPlayerControls
{
  GtkBox           parent_instance;

  GtkLabel        *elapsed_label;
  GtkLabel        *remaining_label;
  GtkAdjustment   *seek_adjustment;
  GtkButton       *play_button;
  GtkToggleButton *mute_button;
  GtkAdjustment   *volume_adjustment;
  GtkMenuButton   *subtitles_button;
  GtkMenuButton   *audio_button;
  GtkMenuButton   *speed_button;

  MisMpv          *player;
  gboolean         updating;
};

G_DEFINE_FINAL_TYPE (MisPlayerControls, mis_player_controls, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_PLAYER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
position_changed_cb (MisPlayerControls *self)
{
  double position = mis_mpv_get_position (self->player);
  double duration = mis_mpv_get_duration (self->player);
  g_autofree char *elapsed = mis_format_duration (position);
  g_autofree char *left = mis_format_duration (MAX (duration - position, 0));
  g_autofree char *remaining = g_strdup_printf ("-%s", left);

  gtk_adjustment_set_upper (self->seek_adjustment, MAX (duration, 1));
  gtk_adjustment_set_value (self->seek_adjustment, position);
  gtk_label_set_label (self->elapsed_label, elapsed);
  gtk_label_set_label (self->remaining_label, remaining);
}

static void
paused_changed_cb (MisPlayerControls *self)
{
  gboolean paused = mis_mpv_get_paused (self->player);
  const char *label = paused ? _("Play") : _("Pause");

  gtk_button_set_icon_name (self->play_button, paused ? "media-playback-start-symbolic"
                                                      : "media-playback-pause-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->play_button), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->play_button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
volume_changed_mpv_cb (MisPlayerControls *self)
{
  gboolean muted = mis_mpv_get_muted (self->player);

  self->updating = TRUE;
  gtk_adjustment_set_value (self->volume_adjustment, mis_mpv_get_volume (self->player));
  gtk_toggle_button_set_active (self->mute_button, muted);
  gtk_button_set_icon_name (GTK_BUTTON (self->mute_button),
                            muted ? "audio-volume-muted-symbolic" : "audio-volume-high-symbolic");
  self->updating = FALSE;
}

static void
volume_changed_cb (MisPlayerControls *self)
{
  if (!self->updating && self->player != NULL)
    mis_mpv_set_volume (self->player, gtk_adjustment_get_value (self->volume_adjustment));
}

static void
speed_changed_mpv_cb (MisPlayerControls *self)
{
  g_autofree char *label = mis_format_speed (mis_mpv_get_speed (self->player));

  gtk_menu_button_set_label (self->speed_button, label);
}

static gboolean
seek_change_value_cb (MisPlayerControls *self,
                      GtkScrollType      scroll,
                      double             value)
{
  if (self->player != NULL)
    mis_mpv_seek (self->player, value);
  return FALSE;
}

static const char *
track_name (MisTrack *track)
{
  if (track->language != NULL)
    return mis_language_display_name (track->language);
  if (track->title != NULL)
    return track->title;
  return NULL;
}

/* Subtitles by language, with their sizes; audio tracks when there is a
 * choice. */
static void
rebuild_track_menus (MisPlayerControls *self)
{
  g_autoptr(GMenu) subtitles = g_menu_new ();
  g_autoptr(GMenu) languages = g_menu_new ();
  g_autoptr(GMenu) sizes = g_menu_new ();
  g_autoptr(GMenu) audio = g_menu_new ();
  GPtrArray *tracks = mis_mpv_get_tracks (self->player);
  guint n_audio = 0;

  g_menu_append (languages, _("Off"), "player.subtitle-language::");
  for (guint i = 0; i < tracks->len; i++)
    {
      MisTrack *track = g_ptr_array_index (tracks, i);
      g_autofree char *fallback = g_strdup_printf (_("Track %d"), (int)track->id);
      const char *name = track_name (track) ? track_name (track) : fallback;

      if (track->type == MIS_TRACK_SUBTITLE && track->language != NULL)
        {
          g_autoptr(GMenuItem) item = g_menu_item_new (name, NULL);
          g_menu_item_set_action_and_target (item, "player.subtitle-language", "s", track->language);
          g_menu_append_item (languages, item);
        }
      else if (track->type == MIS_TRACK_AUDIO)
        {
          g_autoptr(GMenuItem) item = g_menu_item_new (name, NULL);
          g_menu_item_set_action_and_target (item, "player.audio-track", "i", (int)track->id);
          g_menu_append_item (audio, item);
          n_audio++;
        }
    }

  g_menu_append (sizes, _("Normal Size"), "player.subtitle-size::normal");
  g_menu_append (sizes, _("Large"), "player.subtitle-size::large");
  g_menu_append (sizes, _("Very Large"), "player.subtitle-size::very-large");
  g_menu_append_section (subtitles, NULL, G_MENU_MODEL (languages));
  g_menu_append_section (subtitles, _("Size"), G_MENU_MODEL (sizes));

  gtk_menu_button_set_menu_model (self->subtitles_button, G_MENU_MODEL (subtitles));
  gtk_menu_button_set_menu_model (self->audio_button, G_MENU_MODEL (audio));
  gtk_widget_set_visible (GTK_WIDGET (self->audio_button), n_audio > 1);
}

static void
mis_player_controls_dispose (GObject *object)
{
  MisPlayerControls *self = MIS_PLAYER_CONTROLS (object);

  g_clear_object (&self->player);
  gtk_widget_dispose_template (GTK_WIDGET (self), MIS_TYPE_PLAYER_CONTROLS);

  G_OBJECT_CLASS (mis_player_controls_parent_class)->dispose (object);
}

static void
mis_player_controls_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  MisPlayerControls *self = MIS_PLAYER_CONTROLS (object);

  switch (prop_id)
    {
    case PROP_PLAYER:
      g_value_set_object (value, self->player);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mis_player_controls_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  MisPlayerControls *self = MIS_PLAYER_CONTROLS (object);

  switch (prop_id)
    {
    case PROP_PLAYER:
      mis_player_controls_set_player (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mis_player_controls_class_init (MisPlayerControlsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mis_player_controls_dispose;
  object_class->get_property = mis_player_controls_get_property;
  object_class->set_property = mis_player_controls_set_property;

  /**
   * MisPlayerControls:player:
   *
   * The player the controls show and drive.
   */
  properties[PROP_PLAYER] =
    g_param_spec_object ("player", NULL, NULL, MIS_TYPE_MPV,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/be/ecpat/MakeItSafe/film/mis-player-controls.ui");
  gtk_widget_class_bind_template_child (widget_class, MisPlayerControls, elapsed_label);
  gtk_widget_class_bind_template_child (widget_class, MisPlayerControls, remaining_label);
  gtk_widget_class_bind_template_child (widget_class, MisPlayerControls, seek_adjustment);
  gtk_widget_class_bind_template_child (widget_class, MisPlayerControls, play_button);
  gtk_widget_class_bind_template_child (widget_class, MisPlayerControls, mute_button);
  gtk_widget_class_bind_template_child (widget_class, MisPlayerControls, volume_adjustment);
  gtk_widget_class_bind_template_child (widget_class, MisPlayerControls, subtitles_button);
  gtk_widget_class_bind_template_child (widget_class, MisPlayerControls, audio_button);
  gtk_widget_class_bind_template_child (widget_class, MisPlayerControls, speed_button);
  gtk_widget_class_bind_template_callback (widget_class, seek_change_value_cb);
  gtk_widget_class_bind_template_callback (widget_class, volume_changed_cb);

  gtk_widget_class_set_css_name (widget_class, "misplayercontrols");
}

static void
mis_player_controls_init (MisPlayerControls *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * mis_player_controls_set_player:
 *
 * The controls follow @player from now on. Once only: a player view keeps
 * its player for its lifetime.
 */
void
mis_player_controls_set_player (MisPlayerControls *self,
                                MisMpv            *player)
{
  g_return_if_fail (MIS_IS_PLAYER_CONTROLS (self));
  g_return_if_fail (MIS_IS_MPV (player));
  g_return_if_fail (self->player == NULL);

  self->player = g_object_ref (player);
  g_signal_connect_object (player, "notify::position", G_CALLBACK (position_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (player, "notify::duration", G_CALLBACK (position_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (player, "notify::paused", G_CALLBACK (paused_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (player, "notify::volume", G_CALLBACK (volume_changed_mpv_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (player, "notify::muted", G_CALLBACK (volume_changed_mpv_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (player, "notify::speed", G_CALLBACK (speed_changed_mpv_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (player, "notify::subtitle-id", G_CALLBACK (rebuild_track_menus), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (player, "tracks-changed", G_CALLBACK (rebuild_track_menus), self, G_CONNECT_SWAPPED);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAYER]);
}

MisMpv *
mis_player_controls_get_player (MisPlayerControls *self)
{
  g_return_val_if_fail (MIS_IS_PLAYER_CONTROLS (self), NULL);
  return self->player;
}

/* Before another film: the seek bar at its start until the film says. */
void
mis_player_controls_reset (MisPlayerControls *self)
{
  g_return_if_fail (MIS_IS_PLAYER_CONTROLS (self));
  gtk_adjustment_set_value (self->seek_adjustment, 0);
}

void
mis_player_controls_focus_play (MisPlayerControls *self)
{
  g_return_if_fail (MIS_IS_PLAYER_CONTROLS (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->play_button));
}
