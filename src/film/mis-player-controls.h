/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-player-controls.h: the bar under a film: the seek bar and its times,
 * play, ten seconds back and on, the volume, the subtitle, audio and speed
 * menus, fullscreen.
 */
#pragma once

#include <gtk/gtk.h>

#include "mis-mpv.h"

G_BEGIN_DECLS

#define MIS_TYPE_PLAYER_CONTROLS (mis_player_controls_get_type ())
G_DECLARE_FINAL_TYPE (MisPlayerControls, mis_player_controls, MIS, PLAYER_CONTROLS, GtkBox)

void    mis_player_controls_set_player (MisPlayerControls *self,
                                        MisMpv            *player);
MisMpv *mis_player_controls_get_player (MisPlayerControls *self);
void    mis_player_controls_reset      (MisPlayerControls *self);
void    mis_player_controls_focus_play (MisPlayerControls *self);

G_END_DECLS
