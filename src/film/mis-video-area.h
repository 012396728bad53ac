/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-video-area.h: draws the frames of a MisMpv, with OpenGL or, where no
 * GL context can be had, with mpv's software renderer.
 */
#pragma once

#include <gtk/gtk.h>

#include "mis-mpv.h"

G_BEGIN_DECLS

typedef enum
{
  MIS_VIDEO_RENDERER_GL,
  MIS_VIDEO_RENDERER_SW,
} MisVideoRenderer;

#define MIS_TYPE_VIDEO_AREA (mis_video_area_get_type ())
G_DECLARE_FINAL_TYPE (MisVideoArea, mis_video_area, MIS, VIDEO_AREA, GtkWidget)

GtkWidget        *mis_video_area_new           (void);
void              mis_video_area_set_player    (MisVideoArea *self,
                                                MisMpv       *player);
void              mis_video_area_clear         (MisVideoArea *self);
gboolean          mis_video_area_get_ready     (MisVideoArea *self);
MisVideoRenderer  mis_video_area_get_renderer  (MisVideoArea *self);
guint64           mis_video_area_get_frames_drawn (MisVideoArea *self);

G_END_DECLS
