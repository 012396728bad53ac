/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-sw-renderer.c: where OpenGL is missing or is itself a software
 * rasterizer, mpv draws each frame into memory. Scaling the frame to the
 * window, making its padding byte opaque and wrapping it as a texture take
 * milliseconds a frame on an old laptop, so they happen here, on a thread
 * of the film's own, never on the main thread.
 *
 * The thread owns the mpv render context and alone calls it (the render
 * API wants its calls serialized). mpv's update callback, on mpv's threads,
 * only wakes it. A finished frame waits in one slot for the main thread,
 * which one idle tells; a newer frame replaces one not yet taken, so a busy
 * main loop drops frames rather than queueing them. A frame rendered for a
 * film that was cleared meanwhile is dropped.
 *
 * The thread never touches the widget: the idle holds a reference to the
 * renderer (reference-counted for that), and finds the widget through a
 * pointer that only the main thread reads and clears.
 */
#define G_LOG_DOMAIN "mis-video-area"

#include "config.h"

#include "mis-sw-renderer.h"

#include "mis-mpv-library.h"

struct _MisSwRenderer
{
  mpv_render_context *render;   /* the thread's alone */
  GThread            *thread;
  gpointer            target;   /* main thread only; NULL once freed */
  MisSwFrameFunc      frame_ready;

  GMutex              lock;
  GCond               cond;
  /* Under the lock: */
  gboolean            quit;
  gboolean            update;       /* mpv has news */
  gboolean            redraw;       /* draw the current frame again (a new size) */
  gboolean            has_frame;    /* mpv has a frame to draw */
  int                 width;
  int                 height;
  guint               generation;   /* one more at each clear */
  GdkTexture         *frame;        /* waiting for the main thread */
  gboolean            idle_pending;
};

/* mpv's threads: wake ours, nothing more. */
static void
update_cb (void *data)
{
  MisSwRenderer *self = data;

  g_mutex_lock (&self->lock);
  self->update = TRUE;
  g_cond_signal (&self->cond);
  g_mutex_unlock (&self->lock);
}

static void
free_buffer (gpointer data)
{
  g_aligned_free (data);
}

/* mpv writes "rgb0": the fourth byte is undefined, and GTK 4.8 has no
 * format that ignores it, so it is made opaque. The buffer becomes the
 * texture's, so nothing is copied. */
static GdkTexture *
render_frame (MisSwRenderer *self,
              int            width,
              int            height)
{
  int size[2] = { width, height };
  size_t stride = ((size_t)width * 4 + 63) & ~(size_t)63;
  gsize needed = stride * (gsize)height;
  guchar *buffer = g_aligned_alloc (needed, 1, 64);
  char format[] = "rgb0";
  int block = 0;
  mpv_render_param params[] = {
    { MPV_RENDER_PARAM_SW_SIZE, size },
    { MPV_RENDER_PARAM_SW_FORMAT, format },
    { MPV_RENDER_PARAM_SW_STRIDE, &stride },
    { MPV_RENDER_PARAM_SW_POINTER, buffer },
    { MPV_RENDER_PARAM_BLOCK_FOR_TARGET_TIME, &block },
    { 0 }
  };
  g_autoptr(GBytes) bytes = NULL;

  if (mpv_render_context_render (self->render, params) < 0)
    {
      g_aligned_free (buffer);
      return NULL;
    }

  for (int y = 0; y < height; y++)
    {
      guchar *row = buffer + (gsize)y * stride;

      for (int x = 0; x < width; x++)
        row[x * 4 + 3] = 0xff;
    }

  bytes = g_bytes_new_with_free_func (buffer, needed, free_buffer, buffer);
  return gdk_memory_texture_new (width, height, GDK_MEMORY_R8G8B8A8, bytes, stride);
}

static void
clear_renderer (gpointer data)
{
  MisSwRenderer *self = data;

  g_clear_object (&self->frame);
  g_mutex_clear (&self->lock);
  g_cond_clear (&self->cond);
}

static void
release_renderer (gpointer data)
{
  g_atomic_rc_box_release_full (data, clear_renderer);
}

/* The main thread: a frame waits, unless the film closed since. */
static gboolean
frame_idle_cb (gpointer data)
{
  MisSwRenderer *self = data;

  if (self->target != NULL)
    self->frame_ready (self->target);
  return G_SOURCE_REMOVE;
}

static gpointer
render_thread (gpointer data)
{
  MisSwRenderer *self = data;

  g_mutex_lock (&self->lock);
  for (;;)
    {
      gboolean update, redraw;
      int width, height;
      guint generation;
      g_autoptr(GdkTexture) texture = NULL;

      while (!self->quit && !self->update && !(self->redraw && self->width > 0 && self->height > 0))
        g_cond_wait (&self->cond, &self->lock);
      if (self->quit)
        break;

      update = self->update;
      redraw = self->redraw;
      self->update = self->redraw = FALSE;
      width = self->width;
      height = self->height;
      generation = self->generation;
      g_mutex_unlock (&self->lock);

      if (update && (mpv_render_context_update (self->render) & MPV_RENDER_UPDATE_FRAME))
        {
          g_mutex_lock (&self->lock);
          self->has_frame = TRUE;
          g_mutex_unlock (&self->lock);
          redraw = TRUE;
        }

      g_mutex_lock (&self->lock);
      if (redraw && self->has_frame && (width <= 0 || height <= 0))
        {
          /* Not sized yet: drawn once it is. */
          self->redraw = TRUE;
          continue;
        }
      if (!redraw || !self->has_frame)
        continue;
      g_mutex_unlock (&self->lock);

      texture = render_frame (self, width, height);

      g_mutex_lock (&self->lock);
      if (texture != NULL && generation == self->generation)
        {
          g_set_object (&self->frame, texture);
          if (!self->idle_pending)
            {
              self->idle_pending = TRUE;
              g_idle_add_full (G_PRIORITY_HIGH_IDLE, frame_idle_cb, g_atomic_rc_box_acquire (self),
                               release_renderer);
            }
        }
    }
  g_mutex_unlock (&self->lock);

  return NULL;
}

/**
 * mis_sw_renderer_new:
 * @render: (transfer full): a software render context, freed with the renderer
 * @target: the widget the frames are for; it frees the renderer before it
 *   goes, and is not kept alive
 * @frame_ready: called on the main thread with @target when a frame waits
 *   in mis_sw_renderer_take_frame(); never once the renderer is freed
 *
 * Returns: (transfer full): the renderer; free it before the mpv handle
 */
MisSwRenderer *
mis_sw_renderer_new (mpv_render_context *render,
                     GObject            *target,
                     MisSwFrameFunc      frame_ready)
{
  MisSwRenderer *self = g_atomic_rc_box_new0 (MisSwRenderer);

  self->render = render;
  self->frame_ready = frame_ready;
  self->target = target;
  g_mutex_init (&self->lock);
  g_cond_init (&self->cond);

  /* Anything mpv has already: looked at once the thread runs. */
  self->update = TRUE;
  mpv_render_context_set_update_callback (render, update_cb, self);
  self->thread = g_thread_new ("mis-video-sw", render_thread, self);
  return self;
}

/* The size of the area, in device pixels: the current frame is drawn again
 * at it, a paused film as a playing one. */
void
mis_sw_renderer_set_size (MisSwRenderer *self,
                          int            width,
                          int            height)
{
  g_mutex_lock (&self->lock);
  if (width != self->width || height != self->height)
    {
      self->width = width;
      self->height = height;
      self->redraw = TRUE;
      g_cond_signal (&self->cond);
    }
  g_mutex_unlock (&self->lock);
}

/* Before another film: a frame of the last one, rendered or on its way,
 * never shows. */
void
mis_sw_renderer_clear (MisSwRenderer *self)
{
  g_mutex_lock (&self->lock);
  self->generation++;
  self->has_frame = FALSE;
  g_clear_object (&self->frame);
  g_mutex_unlock (&self->lock);
}

/**
 * mis_sw_renderer_take_frame:
 *
 * Returns: (transfer full) (nullable): the newest frame not yet shown
 */
GdkTexture *
mis_sw_renderer_take_frame (MisSwRenderer *self)
{
  GdkTexture *frame;

  g_mutex_lock (&self->lock);
  frame = g_steal_pointer (&self->frame);
  self->idle_pending = FALSE;
  g_mutex_unlock (&self->lock);

  return frame;
}

/* Waits for a frame being drawn, then frees the render context; a frame
 * still on its way to the main thread is never shown. */
void
mis_sw_renderer_free (MisSwRenderer *self)
{
  if (self == NULL)
    return;

  g_mutex_lock (&self->lock);
  self->quit = TRUE;
  g_cond_signal (&self->cond);
  g_mutex_unlock (&self->lock);
  g_thread_join (self->thread);

  mpv_render_context_set_update_callback (self->render, NULL, NULL);
  mpv_render_context_free (self->render);
  self->render = NULL;
  self->target = NULL;
  release_renderer (self);
}
