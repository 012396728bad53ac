/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-mpv.h: one libmpv player, isolated and offline, as a GObject whose
 * properties follow playback.
 */
#pragma once

#include <gio/gio.h>
#include <mpv/client.h>

#include "mis-kit-types.h"

G_BEGIN_DECLS

#define MIS_MPV_ERROR (mis_mpv_error_quark ())

typedef enum
{
  MIS_MPV_ERROR_INIT,
  MIS_MPV_ERROR_LOAD,
  MIS_MPV_ERROR_COMMAND,
} MisMpvError;

typedef enum
{
  MIS_MPV_OUTPUT_RENDER_API,  /* frames drawn by the app through mpv's render API */
  MIS_MPV_OUTPUT_NULL,        /* decoded and dropped: tests and benchmarks without a display */
} MisMpvOutput;

typedef enum
{
  MIS_TRACK_AUDIO,
  MIS_TRACK_SUBTITLE,
} MisTrackType;

typedef struct
{
  MisTrackType type;
  gint64       id;
  char        *language;
  char        *title;
  gboolean     selected;
} MisTrack;

#define MIS_TYPE_MPV (mis_mpv_get_type ())
G_DECLARE_FINAL_TYPE (MisMpv, mis_mpv, MIS, MPV, GObject)

GQuark       mis_mpv_error_quark      (void);
void         mis_mpv_apply_offline_options (mpv_handle *mpv);
MisMpv      *mis_mpv_new              (MisMpvOutput   output,
                                       GError       **error);
mpv_handle  *mis_mpv_get_handle       (MisMpv        *self);

void         mis_mpv_load             (MisMpv        *self,
                                       GFile         *file,
                                       double         start);
void         mis_mpv_add_subtitle     (MisMpv        *self,
                                       GFile         *file,
                                       const char    *language,
                                       const char    *title);
void         mis_mpv_stop             (MisMpv        *self);

gboolean     mis_mpv_get_loaded       (MisMpv        *self);
gboolean     mis_mpv_get_paused       (MisMpv        *self);
void         mis_mpv_set_paused       (MisMpv        *self,
                                       gboolean       paused);
double       mis_mpv_get_position     (MisMpv        *self);
double       mis_mpv_get_duration     (MisMpv        *self);
gboolean     mis_mpv_get_eof_reached  (MisMpv        *self);
void         mis_mpv_seek             (MisMpv        *self,
                                       double         position);
void         mis_mpv_seek_relative    (MisMpv        *self,
                                       double         offset);
double       mis_mpv_get_volume       (MisMpv        *self);
void         mis_mpv_set_volume       (MisMpv        *self,
                                       double         volume);
gboolean     mis_mpv_get_muted        (MisMpv        *self);
void         mis_mpv_set_muted        (MisMpv        *self,
                                       gboolean       muted);
double       mis_mpv_get_speed        (MisMpv        *self);
void         mis_mpv_set_speed        (MisMpv        *self,
                                       double         speed);
void         mis_mpv_set_subtitle_scale (MisMpv      *self,
                                         double       scale);
GPtrArray   *mis_mpv_get_tracks       (MisMpv        *self);
gint64       mis_mpv_get_subtitle_id  (MisMpv        *self);
void         mis_mpv_set_subtitle_id  (MisMpv        *self,
                                       gint64         id);
gint64       mis_mpv_get_audio_id     (MisMpv        *self);
void         mis_mpv_set_audio_id     (MisMpv        *self,
                                       gint64         id);
gboolean     mis_mpv_select_subtitle_language (MisMpv     *self,
                                               const char *language);
void         mis_mpv_set_preferred_subtitle_language (MisMpv     *self,
                                                      const char *language);
void         mis_mpv_set_preferred_audio_language (MisMpv     *self,
                                                   const char *language);
const char  *mis_mpv_get_error        (MisMpv        *self);
gint64       mis_mpv_get_dropped_frames (MisMpv      *self);

G_END_DECLS
