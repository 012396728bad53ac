/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-mpv.c: libmpv, tamed for a kit that must stay offline and private. mpv
 * reads no user configuration, loads no scripts, opens only local files
 * (lavf's protocol whitelist is "file"), and never looks for subtitles or
 * audio files by itself: subtitles come from the kit.
 *
 * mpv calls the wakeup callback from its own threads; it only schedules a
 * drain of mpv's event queue on the main context, where events become
 * GObject property notifications and signals, as Celluloid does.
 */
#define G_LOG_DOMAIN "mis-mpv"

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "mis-language.h"
#include "mis-mpv.h"
#include "mis-mpv-library.h"
#include "mis-util.h"

struct _MisMpv
{
  GObject       parent_instance;

  mpv_handle   *mpv;
  GMainContext *context;
  gint          wakeup_pending;   /* atomic */

  gboolean      loaded;
  gboolean      paused;
  gboolean      eof_reached;
  gboolean      muted;
  gboolean      audio_checked;
  double        position;
  double        duration;
  double        volume;
  double        speed;
  gint64        sid;
  gint64        aid;
  GPtrArray    *tracks;           /* MisTrack */
  GPtrArray    *pending_subtitles;
  char         *last_log_error;
  char         *error;
  char         *preferred_subtitles;
};

G_DEFINE_FINAL_TYPE (MisMpv, mis_mpv, G_TYPE_OBJECT)

G_DEFINE_QUARK (mis-mpv-error-quark, mis_mpv_error)

enum {
  PROP_0,
  PROP_LOADED,
  PROP_PAUSED,
  PROP_POSITION,
  PROP_DURATION,
  PROP_EOF_REACHED,
  PROP_VOLUME,
  PROP_MUTED,
  PROP_SPEED,
  PROP_SUBTITLE_ID,
  PROP_AUDIO_ID,
  PROP_ERROR,
  N_PROPS
};

enum {
  FILE_LOADED,
  TRACKS_CHANGED,
  NOTICE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

typedef struct
{
  char *path;
  char *language;
  char *title;
} PendingSubtitle;

static void
pending_subtitle_free (PendingSubtitle *p)
{
  g_free (p->path);
  g_free (p->language);
  g_free (p->title);
  g_free (p);
}

static void
track_free (MisTrack *track)
{
  g_free (track->language);
  g_free (track->title);
  g_free (track);
}

static void
set_error (MisMpv     *self,
           const char *message)
{
  g_free (self->error);
  self->error = g_strdup (message);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR]);
}

static const char *
node_map_string (mpv_node   *map,
                 const char *key)
{
  for (int i = 0; i < map->u.list->num; i++)
    if (g_str_equal (map->u.list->keys[i], key) && map->u.list->values[i].format == MPV_FORMAT_STRING)
      return map->u.list->values[i].u.string;
  return NULL;
}

static gint64
node_map_int (mpv_node   *map,
              const char *key)
{
  for (int i = 0; i < map->u.list->num; i++)
    if (g_str_equal (map->u.list->keys[i], key))
      {
        mpv_node *v = &map->u.list->values[i];
        if (v->format == MPV_FORMAT_INT64)
          return v->u.int64;
        if (v->format == MPV_FORMAT_FLAG)
          return v->u.flag;
      }
  return 0;
}

static void
update_tracks (MisMpv   *self,
               mpv_node *list)
{
  g_ptr_array_set_size (self->tracks, 0);

  if (list != NULL && list->format == MPV_FORMAT_NODE_ARRAY)
    for (int i = 0; i < list->u.list->num; i++)
      {
        mpv_node *entry = &list->u.list->values[i];
        const char *type;
        MisTrack *track;

        if (entry->format != MPV_FORMAT_NODE_MAP || !(type = node_map_string (entry, "type")))
          continue;
        if (!g_str_equal (type, "audio") && !g_str_equal (type, "sub"))
          continue;

        track = g_new0 (MisTrack, 1);
        track->type = g_str_equal (type, "audio") ? MIS_TRACK_AUDIO : MIS_TRACK_SUBTITLE;
        track->id = node_map_int (entry, "id");
        track->language = g_strdup (node_map_string (entry, "lang"));
        track->title = g_strdup (node_map_string (entry, "title"));
        track->selected = node_map_int (entry, "selected") != 0;
        g_ptr_array_add (self->tracks, track);
      }

  g_signal_emit (self, signals[TRACKS_CHANGED], 0);
}

/* Flags and numbers arrive with MPV_FORMAT_NONE while unavailable (no file,
 * or "no" for a track): they then read as 0. */
static void
handle_property (MisMpv             *self,
                 mpv_event_property *prop)
{
  gboolean has = prop->format != MPV_FORMAT_NONE && prop->data != NULL;
  const char *name = prop->name;

#define AS_DOUBLE (has && prop->format == MPV_FORMAT_DOUBLE ? *(double *)prop->data : 0.0)
#define AS_FLAG (has && prop->format == MPV_FORMAT_FLAG ? *(int *)prop->data != 0 : FALSE)
#define AS_INT (has && prop->format == MPV_FORMAT_INT64 ? *(gint64 *)prop->data : 0)

  if (g_str_equal (name, "time-pos"))
    {
      self->position = AS_DOUBLE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
    }
  else if (g_str_equal (name, "duration"))
    {
      self->duration = AS_DOUBLE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DURATION]);
    }
  else if (g_str_equal (name, "pause"))
    {
      self->paused = AS_FLAG;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAUSED]);
    }
  else if (g_str_equal (name, "eof-reached"))
    {
      self->eof_reached = AS_FLAG;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EOF_REACHED]);
    }
  else if (g_str_equal (name, "volume") && has)
    {
      self->volume = AS_DOUBLE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VOLUME]);
    }
  else if (g_str_equal (name, "mute") && has)
    {
      self->muted = AS_FLAG;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MUTED]);
    }
  else if (g_str_equal (name, "speed") && has)
    {
      self->speed = AS_DOUBLE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPEED]);
    }
  else if (g_str_equal (name, "sid"))
    {
      self->sid = AS_INT;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUBTITLE_ID]);
    }
  else if (g_str_equal (name, "aid"))
    {
      self->aid = AS_INT;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUDIO_ID]);
    }
  else if (g_str_equal (name, "track-list"))
    {
      update_tracks (self, has && prop->format == MPV_FORMAT_NODE ? prop->data : NULL);
    }

#undef AS_DOUBLE
#undef AS_FLAG
#undef AS_INT
}

static void
add_pending_subtitles (MisMpv *self)
{
  gboolean selected = FALSE;

  for (guint i = 0; i < self->pending_subtitles->len; i++)
    {
      PendingSubtitle *p = g_ptr_array_index (self->pending_subtitles, i);
      gboolean select = !selected && g_strcmp0 (p->language, self->preferred_subtitles) == 0;
      const char *cmd[] = { "sub-add", p->path, select ? "select" : "auto", p->title, p->language, NULL };
      int status = mpv_command (self->mpv, cmd);

      selected |= select && status >= 0;
      if (status < 0)
        {
          g_autofree char *notice = g_strdup_printf (_("The subtitles in %s could not be loaded: %s"),
                                                     p->title, mpv_error_string (status));
          g_signal_emit (self, signals[NOTICE], 0, notice);
        }
    }
  g_ptr_array_set_size (self->pending_subtitles, 0);
}

/* Without an audio device mpv plays the picture alone: say so once. */
static void
check_audio (MisMpv *self)
{
  char *ao;
  gboolean has_output;

  if (self->audio_checked || self->aid <= 0)
    return;
  self->audio_checked = TRUE;

  /* mpv's strings are freed with mpv_free(), never g_free(). */
  ao = mpv_get_property_string (self->mpv, "current-ao");
  has_output = ao != NULL;
  mpv_free (ao);

  if (!has_output)
    g_signal_emit (self, signals[NOTICE], 0,
                   _("No sound: this computer has no working audio output. The film plays without sound."));
}

static void
handle_end_file (MisMpv            *self,
                 mpv_event_end_file *end)
{
  g_autofree char *message = NULL;

  if (end->reason != MPV_END_FILE_REASON_ERROR)
    return;

  /* A sentence for the youth first; mpv's own words (in English) only on a
   * details line, for whoever maintains the kit. */
  message = g_strdup_printf ("%s\n%s %s%s%s",
                             _("This film cannot be played: its file is damaged, or in a form this computer cannot read."),
                             _("Details:"),
                             mpv_error_string (end->error),
                             self->last_log_error ? " — " : "",
                             self->last_log_error ? self->last_log_error : "");
  self->loaded = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADED]);
  set_error (self, message);
}

static void
handle_log (MisMpv             *self,
            mpv_event_log_message *log)
{
  g_autofree char *text = g_strstrip (g_strdup (log->text));

  g_debug ("mpv [%s] %s: %s", log->level, log->prefix, text);
  if (log->log_level <= MPV_LOG_LEVEL_ERROR && *text != '\0')
    {
      g_free (self->last_log_error);
      self->last_log_error = g_steal_pointer (&text);
    }
}

static void
drain_events (gpointer object)
{
  MisMpv *self = object;

  g_atomic_int_set (&self->wakeup_pending, 0);

  while (self->mpv != NULL)
    {
      mpv_event *event = mpv_wait_event (self->mpv, 0);

      switch (event->event_id)
        {
        case MPV_EVENT_NONE:
          return;
        case MPV_EVENT_PROPERTY_CHANGE:
          handle_property (self, event->data);
          break;
        case MPV_EVENT_START_FILE:
          g_clear_pointer (&self->last_log_error, g_free);
          break;
        case MPV_EVENT_FILE_LOADED:
          self->loaded = TRUE;
          add_pending_subtitles (self);
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADED]);
          g_signal_emit (self, signals[FILE_LOADED], 0);
          break;
        case MPV_EVENT_PLAYBACK_RESTART:
          check_audio (self);
          break;
        case MPV_EVENT_END_FILE:
          handle_end_file (self, event->data);
          break;
        case MPV_EVENT_LOG_MESSAGE:
          handle_log (self, event->data);
          break;
        default:
          break;
        }
    }
}

/* Runs on one of mpv's threads: only wake the main context up. */
static void
wakeup_cb (void *data)
{
  MisMpv *self = data;

  if (!g_atomic_int_compare_and_exchange (&self->wakeup_pending, 0, 1))
    return;

  /* An idle that holds only a weak reference: a pending drain never keeps
   * the player alive, and never runs inside this call (see mis-util.c). */
  mis_idle_add_weak (self->context, G_PRIORITY_DEFAULT, self, drain_events);
}

static void
mis_mpv_dispose (GObject *object)
{
  MisMpv *self = (MisMpv *)object;

  if (self->mpv != NULL)
    {
      mpv_set_wakeup_callback (self->mpv, NULL, NULL);
      mpv_terminate_destroy (self->mpv);
      self->mpv = NULL;
    }

  G_OBJECT_CLASS (mis_mpv_parent_class)->dispose (object);
}

static void
mis_mpv_finalize (GObject *object)
{
  MisMpv *self = (MisMpv *)object;

  g_clear_pointer (&self->context, g_main_context_unref);
  g_clear_pointer (&self->tracks, g_ptr_array_unref);
  g_clear_pointer (&self->pending_subtitles, g_ptr_array_unref);
  g_free (self->last_log_error);
  g_free (self->error);
  g_free (self->preferred_subtitles);

  G_OBJECT_CLASS (mis_mpv_parent_class)->finalize (object);
}

static void
mis_mpv_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  MisMpv *self = MIS_MPV (object);

  switch (prop_id)
    {
    case PROP_LOADED: g_value_set_boolean (value, self->loaded); break;
    case PROP_PAUSED: g_value_set_boolean (value, self->paused); break;
    case PROP_POSITION: g_value_set_double (value, self->position); break;
    case PROP_DURATION: g_value_set_double (value, self->duration); break;
    case PROP_EOF_REACHED: g_value_set_boolean (value, self->eof_reached); break;
    case PROP_VOLUME: g_value_set_double (value, self->volume); break;
    case PROP_MUTED: g_value_set_boolean (value, self->muted); break;
    case PROP_SPEED: g_value_set_double (value, self->speed); break;
    case PROP_SUBTITLE_ID: g_value_set_int64 (value, self->sid); break;
    case PROP_AUDIO_ID: g_value_set_int64 (value, self->aid); break;
    case PROP_ERROR: g_value_set_string (value, self->error); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mis_mpv_class_init (MisMpvClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = mis_mpv_dispose;
  object_class->finalize = mis_mpv_finalize;
  object_class->get_property = mis_mpv_get_property;

  properties[PROP_LOADED] = g_param_spec_boolean ("loaded", NULL, NULL, FALSE, flags);
  properties[PROP_PAUSED] = g_param_spec_boolean ("paused", NULL, NULL, FALSE, flags);
  properties[PROP_POSITION] = g_param_spec_double ("position", NULL, NULL, 0, G_MAXDOUBLE, 0, flags);
  properties[PROP_DURATION] = g_param_spec_double ("duration", NULL, NULL, 0, G_MAXDOUBLE, 0, flags);
  properties[PROP_EOF_REACHED] = g_param_spec_boolean ("eof-reached", NULL, NULL, FALSE, flags);
  properties[PROP_VOLUME] = g_param_spec_double ("volume", NULL, NULL, 0, 130, 100, flags);
  properties[PROP_MUTED] = g_param_spec_boolean ("muted", NULL, NULL, FALSE, flags);
  properties[PROP_SPEED] = g_param_spec_double ("speed", NULL, NULL, 0.01, 100, 1, flags);
  properties[PROP_SUBTITLE_ID] = g_param_spec_int64 ("subtitle-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_AUDIO_ID] = g_param_spec_int64 ("audio-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_ERROR] = g_param_spec_string ("error", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[FILE_LOADED] = g_signal_new ("file-loaded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                       0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[TRACKS_CHANGED] = g_signal_new ("tracks-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * MisMpv::notice:
   *
   * Something the user should know that does not stop the film: no sound
   * device, a subtitle file that could not be read.
   */
  signals[NOTICE] = g_signal_new ("notice", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
mis_mpv_init (MisMpv *self)
{
  self->tracks = g_ptr_array_new_with_free_func ((GDestroyNotify)track_free);
  self->pending_subtitles = g_ptr_array_new_with_free_func ((GDestroyNotify)pending_subtitle_free);
  self->volume = 100;
  self->speed = 1;
  self->context = g_main_context_ref_thread_default ();
}

static const struct { const char *name; const char *value; } offline_options[] = {
  { "config", "no" },
  { "load-scripts", "no" },
  { "ytdl", "no" },
  { "load-stats-overlay", "no" },
  { "load-osd-console", "no" },
  { "load-auto-profiles", "no" },
  { "osc", "no" },
  { "input-default-bindings", "no" },
  { "input-vo-keyboard", "no" },
  { "input-cursor", "no" },
  { "terminal", "no" },
  { "sub-auto", "no" },
  { "audio-file-auto", "no" },
  { "cover-art-auto", "no" },
  { "resume-playback", "no" },
  { "save-position-on-quit", "no" },
  { "access-references", "no" },
  { "demuxer-lavf-o", "protocol_whitelist=[file]" },
  { "osd-level", "0" },
  { "keep-open", "yes" },
  { "idle", "yes" },
  { "sub-font", "DejaVu Sans" },
  { "sub-border-size", "3" },
};

/**
 * mis_mpv_apply_offline_options:
 *
 * Sets on a new, not yet initialised handle what every mpv of the project
 * obeys: no user configuration, scripts or network, local files only.
 */
void
mis_mpv_apply_offline_options (mpv_handle *mpv)
{
  g_return_if_fail (mpv != NULL);

  for (gsize i = 0; i < G_N_ELEMENTS (offline_options); i++)
    {
      int status = mpv_set_option_string (mpv, offline_options[i].name, offline_options[i].value);

      if (status < 0)
        g_warning ("mpv option %s=%s: %s", offline_options[i].name, offline_options[i].value,
                   mpv_error_string (status));
    }
}

/**
 * mis_mpv_new:
 * @output: where the frames go
 *
 * Returns: (transfer full): an idle player, or %NULL with @error set.
 */
MisMpv *
mis_mpv_new (MisMpvOutput   output,
             GError       **error)
{
  g_autoptr(MisMpv) self = g_object_new (MIS_TYPE_MPV, NULL);
  static const char *observed_double[] = { "time-pos", "duration", "volume", "speed" };
  static const char *observed_flag[] = { "pause", "eof-reached", "mute" };
  static const char *observed_int[] = { "sid", "aid" };
  g_autoptr(GError) local_error = NULL;
  int status;

  /* mpv parses numbers with the C library: it refuses to start unless
   * LC_NUMERIC is "C" (GTK has set the user's locale by now). */
  setlocale (LC_NUMERIC, "C");

  if (!mis_mpv_library_load (&local_error))
    {
      g_set_error_literal (error, MIS_MPV_ERROR, MIS_MPV_ERROR_INIT, local_error->message);
      return NULL;
    }

  if (!(self->mpv = mpv_create ()))
    {
      g_set_error_literal (error, MIS_MPV_ERROR, MIS_MPV_ERROR_INIT, _("The video player could not be started."));
      return NULL;
    }

  mis_mpv_apply_offline_options (self->mpv);

  if (output == MIS_MPV_OUTPUT_NULL)
    {
      mpv_set_option_string (self->mpv, "vo", "null");
      mpv_set_option_string (self->mpv, "ao", "null");
    }
  else
    {
      mpv_set_option_string (self->mpv, "vo", "libmpv");
    }

  mpv_request_log_messages (self->mpv, "warn");

  if ((status = mpv_initialize (self->mpv)) < 0)
    {
      g_set_error (error, MIS_MPV_ERROR, MIS_MPV_ERROR_INIT,
                   _("The video player could not be started: %s"), mpv_error_string (status));
      return NULL;
    }

  for (gsize i = 0; i < G_N_ELEMENTS (observed_double); i++)
    mpv_observe_property (self->mpv, 0, observed_double[i], MPV_FORMAT_DOUBLE);
  for (gsize i = 0; i < G_N_ELEMENTS (observed_flag); i++)
    mpv_observe_property (self->mpv, 0, observed_flag[i], MPV_FORMAT_FLAG);
  for (gsize i = 0; i < G_N_ELEMENTS (observed_int); i++)
    mpv_observe_property (self->mpv, 0, observed_int[i], MPV_FORMAT_INT64);
  mpv_observe_property (self->mpv, 0, "track-list", MPV_FORMAT_NODE);

  mpv_set_wakeup_callback (self->mpv, wakeup_cb, self);

  return g_steal_pointer (&self);
}

/**
 * mis_mpv_get_handle:
 *
 * Returns: (transfer none): the handle, for creating a render context.
 */
mpv_handle *
mis_mpv_get_handle (MisMpv *self)
{
  g_return_val_if_fail (MIS_IS_MPV (self), NULL);
  return self->mpv;
}

static void
command (MisMpv      *self,
         const char **args)
{
  int status = mpv_command (self->mpv, args);

  if (status < 0)
    g_debug ("mpv command %s failed: %s", args[0], mpv_error_string (status));
}

/**
 * mis_mpv_load:
 * @file: a local file (the kit loader has already checked where it is)
 * @start: where to start, in seconds
 *
 * Starts loading @file at @start, playing or paused as mis_mpv_set_paused()
 * last said.
 * Subtitles given with mis_mpv_add_subtitle() before are added once the file
 * is loaded (mpv refuses them earlier).
 */
void
mis_mpv_load (MisMpv *self,
              GFile  *file,
              double  start)
{
  g_autofree char *path = NULL;
  g_autofree char *options = NULL;
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  const char *cmd[] = { "loadfile", NULL, "replace", NULL, NULL };

  g_return_if_fail (MIS_IS_MPV (self));
  g_return_if_fail (G_IS_FILE (file));

  path = g_file_get_path (file);
  g_return_if_fail (path != NULL);

  g_clear_pointer (&self->error, g_free);
  self->loaded = FALSE;
  self->audio_checked = FALSE;
  options = g_strdup_printf ("start=%s", g_ascii_dtostr (buffer, sizeof buffer, MAX (start, 0)));
  cmd[1] = path;
  cmd[3] = options;
  command (self, cmd);
}

void
mis_mpv_add_subtitle (MisMpv     *self,
                      GFile      *file,
                      const char *language,
                      const char *title)
{
  PendingSubtitle *p;

  g_return_if_fail (MIS_IS_MPV (self));

  p = g_new0 (PendingSubtitle, 1);
  p->path = g_file_get_path (file);
  p->language = g_strdup (language);
  p->title = g_strdup (title ? title : language);
  g_ptr_array_add (self->pending_subtitles, p);

  if (self->loaded)
    add_pending_subtitles (self);
}

void
mis_mpv_stop (MisMpv *self)
{
  const char *cmd[] = { "stop", NULL };

  g_return_if_fail (MIS_IS_MPV (self));

  g_ptr_array_set_size (self->pending_subtitles, 0);
  command (self, cmd);
}

gboolean
mis_mpv_get_loaded (MisMpv *self)
{
  g_return_val_if_fail (MIS_IS_MPV (self), FALSE);
  return self->loaded;
}

gboolean
mis_mpv_get_paused (MisMpv *self)
{
  g_return_val_if_fail (MIS_IS_MPV (self), FALSE);
  return self->paused;
}

void
mis_mpv_set_paused (MisMpv   *self,
                    gboolean  paused)
{
  int flag = !!paused;

  g_return_if_fail (MIS_IS_MPV (self));
  mpv_set_property (self->mpv, "pause", MPV_FORMAT_FLAG, &flag);
}

double
mis_mpv_get_position (MisMpv *self)
{
  g_return_val_if_fail (MIS_IS_MPV (self), 0);
  return self->position;
}

double
mis_mpv_get_duration (MisMpv *self)
{
  g_return_val_if_fail (MIS_IS_MPV (self), 0);
  return self->duration;
}

gboolean
mis_mpv_get_eof_reached (MisMpv *self)
{
  g_return_val_if_fail (MIS_IS_MPV (self), FALSE);
  return self->eof_reached;
}

void
mis_mpv_seek (MisMpv *self,
              double  position)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  const char *cmd[] = { "seek", NULL, "absolute+exact", NULL };

  g_return_if_fail (MIS_IS_MPV (self));

  cmd[1] = g_ascii_dtostr (buffer, sizeof buffer, MAX (position, 0));
  command (self, cmd);
}

void
mis_mpv_seek_relative (MisMpv *self,
                       double  offset)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  const char *cmd[] = { "seek", NULL, "relative+exact", NULL };

  g_return_if_fail (MIS_IS_MPV (self));

  cmd[1] = g_ascii_dtostr (buffer, sizeof buffer, offset);
  command (self, cmd);
}

double
mis_mpv_get_volume (MisMpv *self)
{
  g_return_val_if_fail (MIS_IS_MPV (self), 0);
  return self->volume;
}

void
mis_mpv_set_volume (MisMpv *self,
                    double  volume)
{
  g_return_if_fail (MIS_IS_MPV (self));

  volume = CLAMP (volume, 0, 100);
  mpv_set_property (self->mpv, "volume", MPV_FORMAT_DOUBLE, &volume);
}

gboolean
mis_mpv_get_muted (MisMpv *self)
{
  g_return_val_if_fail (MIS_IS_MPV (self), FALSE);
  return self->muted;
}

void
mis_mpv_set_muted (MisMpv   *self,
                   gboolean  muted)
{
  int flag = !!muted;

  g_return_if_fail (MIS_IS_MPV (self));
  mpv_set_property (self->mpv, "mute", MPV_FORMAT_FLAG, &flag);
}

double
mis_mpv_get_speed (MisMpv *self)
{
  g_return_val_if_fail (MIS_IS_MPV (self), 1);
  return self->speed;
}

void
mis_mpv_set_speed (MisMpv *self,
                   double  speed)
{
  g_return_if_fail (MIS_IS_MPV (self));

  speed = CLAMP (speed, 0.25, 4);
  mpv_set_property (self->mpv, "speed", MPV_FORMAT_DOUBLE, &speed);
}

/**
 * mis_mpv_set_subtitle_scale:
 * @scale: 1 for normal, larger for projectors
 */
void
mis_mpv_set_subtitle_scale (MisMpv *self,
                            double  scale)
{
  g_return_if_fail (MIS_IS_MPV (self));
  mpv_set_property (self->mpv, "sub-scale", MPV_FORMAT_DOUBLE, &scale);
}

/**
 * mis_mpv_get_tracks:
 *
 * Returns: (transfer none) (element-type MisTrack): the audio and subtitle
 *   tracks of the loaded file.
 */
GPtrArray *
mis_mpv_get_tracks (MisMpv *self)
{
  g_return_val_if_fail (MIS_IS_MPV (self), NULL);
  return self->tracks;
}

gint64
mis_mpv_get_subtitle_id (MisMpv *self)
{
  g_return_val_if_fail (MIS_IS_MPV (self), 0);
  return self->sid;
}

static void
set_track (MisMpv     *self,
           const char *property,
           gint64      id)
{
  if (id <= 0)
    mpv_set_property_string (self->mpv, property, "no");
  else
    mpv_set_property (self->mpv, property, MPV_FORMAT_INT64, &id);
}

/**
 * mis_mpv_set_subtitle_id:
 * @id: a subtitle track id, or 0 for no subtitles
 */
void
mis_mpv_set_subtitle_id (MisMpv *self,
                         gint64  id)
{
  g_return_if_fail (MIS_IS_MPV (self));
  set_track (self, "sid", id);
}

gint64
mis_mpv_get_audio_id (MisMpv *self)
{
  g_return_val_if_fail (MIS_IS_MPV (self), 0);
  return self->aid;
}

void
mis_mpv_set_audio_id (MisMpv *self,
                      gint64  id)
{
  g_return_if_fail (MIS_IS_MPV (self));
  set_track (self, "aid", id);
}

/**
 * mis_mpv_select_subtitle_language:
 * @language: (nullable): a language code; %NULL turns subtitles off
 *
 * Returns: whether a subtitle track in @language was found.
 */
gboolean
mis_mpv_select_subtitle_language (MisMpv     *self,
                                  const char *language)
{
  g_return_val_if_fail (MIS_IS_MPV (self), FALSE);

  if (language == NULL)
    {
      set_track (self, "sid", 0);
      return TRUE;
    }

  for (guint i = 0; i < self->tracks->len; i++)
    {
      MisTrack *track = g_ptr_array_index (self->tracks, i);

      if (track->type == MIS_TRACK_SUBTITLE && g_strcmp0 (track->language, language) == 0)
        {
          set_track (self, "sid", track->id);
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * mis_mpv_set_preferred_subtitle_language:
 * @language: (nullable): the kit language
 *
 * Subtitles added afterwards in this language are shown from the start.
 */
void
mis_mpv_set_preferred_subtitle_language (MisMpv     *self,
                                         const char *language)
{
  g_return_if_fail (MIS_IS_MPV (self));

  g_free (self->preferred_subtitles);
  self->preferred_subtitles = g_strdup (language);
}

/**
 * mis_mpv_set_preferred_audio_language:
 * @language: (nullable): the kit language
 *
 * A film loaded afterwards plays its audio track in this language when it
 * has one (a film with a Dutch dub for a Dutch kit), else its first track.
 */
void
mis_mpv_set_preferred_audio_language (MisMpv     *self,
                                      const char *language)
{
  g_autofree char *codes = NULL;

  g_return_if_fail (MIS_IS_MPV (self));

  /* "alang" is an option mpv reads at each load (an empty list is its
   * default); files name tracks "dut" or "nld" where the kit says "nl". */
  codes = language != NULL ? mis_language_codes_for_tracks (language) : g_strdup ("");
  mpv_set_property_string (self->mpv, "alang", codes);
}

/**
 * mis_mpv_get_error:
 *
 * Returns: (nullable): why the last file could not be played.
 */
const char *
mis_mpv_get_error (MisMpv *self)
{
  g_return_val_if_fail (MIS_IS_MPV (self), NULL);
  return self->error;
}

/**
 * mis_mpv_get_dropped_frames:
 *
 * Returns: frames the video output dropped since the file started.
 */
gint64
mis_mpv_get_dropped_frames (MisMpv *self)
{
  gint64 count = 0;

  g_return_val_if_fail (MIS_IS_MPV (self), 0);

  if (mpv_get_property (self->mpv, "frame-drop-count", MPV_FORMAT_INT64, &count) < 0)
    return 0;
  return count;
}
