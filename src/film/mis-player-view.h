/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-player-view.h: the film viewer: video, controls, resume and the end.
 */
#pragma once

#include <gtk/gtk.h>

#include "mis-kit.h"
#include "mis-mpv.h"
#include "mis-state-store.h"
#include "mis-video-area.h"

G_BEGIN_DECLS

typedef enum
{
  MIS_PLAYER_STATE_VIDEO,    /* the film, playing or paused */
  MIS_PLAYER_STATE_RESUME,   /* offering to resume where it was left */
  MIS_PLAYER_STATE_END,      /* the end, with "watch again" */
  MIS_PLAYER_STATE_ERROR,
} MisPlayerState;

#define MIS_TYPE_PLAYER_VIEW (mis_player_view_get_type ())
G_DECLARE_FINAL_TYPE (MisPlayerView, mis_player_view, MIS, PLAYER_VIEW, GtkWidget)

void          mis_player_view_open           (MisPlayerView *self,
                                              MisKit        *kit,
                                              MisResource   *film,
                                              MisStateStore *store,
                                              double         start);
void          mis_player_view_close          (MisPlayerView *self);
gboolean      mis_player_view_silence        (MisPlayerView *self);
gboolean      mis_player_view_get_playing    (MisPlayerView *self);
MisMpv       *mis_player_view_get_player     (MisPlayerView *self);
MisVideoArea *mis_player_view_get_video_area (MisPlayerView *self);
const char   *mis_player_view_get_state      (MisPlayerView *self);
MisPlayerState mis_player_view_get_view_state (MisPlayerView *self);
MisResource *mis_player_view_get_film (MisPlayerView *self);

G_END_DECLS
