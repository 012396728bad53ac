/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-sw-renderer.h: mpv's software renderer on a thread of its own.
 */
#pragma once

#include <gtk/gtk.h>
#include <mpv/render.h>

G_BEGIN_DECLS

typedef struct _MisSwRenderer MisSwRenderer;

/* On the main thread: a frame waits for @target. */
typedef void (*MisSwFrameFunc) (gpointer target);

MisSwRenderer *mis_sw_renderer_new        (mpv_render_context *render,
                                           GObject            *target,
                                           MisSwFrameFunc      frame_ready);
void           mis_sw_renderer_set_size   (MisSwRenderer      *self,
                                           int                 width,
                                           int                 height);
void           mis_sw_renderer_clear      (MisSwRenderer      *self);
GdkTexture    *mis_sw_renderer_take_frame (MisSwRenderer      *self);
void           mis_sw_renderer_free       (MisSwRenderer      *self);

G_END_DECLS
