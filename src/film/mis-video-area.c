/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-video-area.c: mpv's render API inside GTK. With OpenGL, frames are
 * drawn by mpv into the framebuffer of a GtkGLArea; the render context is
 * made when the area is realized (it is again after going fullscreen) and
 * freed, with the GL context current, when it is unrealized: always before
 * the mpv handle, which this widget keeps alive. Where no GL context can be
 * had (old drivers, broken setups), or where OpenGL itself is a software
 * rasterizer, mpv's software renderer fills memory textures on a thread of
 * its own (mis-sw-renderer.c), shown by a GtkPicture, so the film still
 * plays; and from the start where the app turned GDK's OpenGL off
 * (mis-renderer.c). MAKEITSAFE_VIDEO_RENDERER=gl|sw forces one.
 *
 * mpv's update callback runs on mpv's threads: it only schedules work on the
 * main context.
 */
#define G_LOG_DOMAIN "mis-video-area"

#include "config.h"

#include "mis-mpv-library.h"
#include "mis-renderer.h"
#include "mis-sw-renderer.h"
#include "mis-video-area.h"
#include "mis-util.h"

#include <epoxy/gl.h>

#ifdef GDK_WINDOWING_X11
#include <epoxy/glx.h>
#include <gdk/x11/gdkx.h>
#endif
#if defined(GDK_WINDOWING_WAYLAND) || defined(GDK_WINDOWING_X11)
#include <epoxy/egl.h>
#endif
#ifdef GDK_WINDOWING_WAYLAND
#include <gdk/wayland/gdkwayland.h>
#endif

struct _MisVideoArea
{
  GtkWidget           parent_instance;

  GtkWidget          *gl_area;      /* GL mode */
  GtkWidget          *picture;      /* SW mode */
  MisVideoRenderer    renderer;

  MisMpv             *player;
  mpv_render_context *render;
  MisSwRenderer      *sw;           /* SW mode: owns the render context */
  gint                update_pending;  /* atomic */
  guint               switch_source;
  gboolean            has_frame;
  guint64             frames_drawn;
};

G_DEFINE_FINAL_TYPE (MisVideoArea, mis_video_area, GTK_TYPE_WIDGET)

enum {
  FRAME_DRAWN,
  READY,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void use_software (MisVideoArea *self);

static void *
get_proc_address (void       *ctx,
                  const char *name)
{
  GdkDisplay *display = gdk_display_get_default ();

#ifdef GDK_WINDOWING_WAYLAND
  if (GDK_IS_WAYLAND_DISPLAY (display))
    return (void *)(guintptr)eglGetProcAddress (name);
#endif
#ifdef GDK_WINDOWING_X11
  if (GDK_IS_X11_DISPLAY (display))
    {
      /* GTK 4 on X11 uses EGL or GLX: ask the one it uses. */
      if (gdk_x11_display_get_egl_display (display) != NULL)
        return (void *)(guintptr)eglGetProcAddress (name);
      return (void *)(guintptr)glXGetProcAddressARB ((const GLubyte *)name);
    }
#endif

  return NULL;
}

static void
frame_drawn (MisVideoArea *self)
{
  self->frames_drawn++;
  g_signal_emit (self, signals[FRAME_DRAWN], 0);
}

/* The main thread, when the software renderer has a frame ready. */
static void
sw_frame_ready (gpointer object)
{
  MisVideoArea *self = object;
  g_autoptr(GdkTexture) texture = NULL;

  /* Freed since (the film closed, or a switch of renderer). */
  if (self->sw == NULL)
    return;

  texture = mis_sw_renderer_take_frame (self->sw);
  if (texture == NULL)
    return;

  self->has_frame = TRUE;
  gtk_picture_set_paintable (GTK_PICTURE (self->picture), GDK_PAINTABLE (texture));
  frame_drawn (self);
}

static void
sw_set_size (MisVideoArea *self)
{
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));

  mis_sw_renderer_set_size (self->sw, gtk_widget_get_width (GTK_WIDGET (self)) * scale,
                            gtk_widget_get_height (GTK_WIDGET (self)) * scale);
}

/* OpenGL only: the software renderer's thread asks mpv itself. */
static void
update_idle (gpointer object)
{
  MisVideoArea *self = object;
  guint64 flags;

  g_atomic_int_set (&self->update_pending, 0);

  if (self->render == NULL || self->sw != NULL)
    return;

  flags = mpv_render_context_update (self->render);
  g_debug ("Update: %s", flags & MPV_RENDER_UPDATE_FRAME ? "frame" : "nothing");
  if (flags & MPV_RENDER_UPDATE_FRAME)
    {
      self->has_frame = TRUE;
      gtk_gl_area_queue_render (GTK_GL_AREA (self->gl_area));
    }
}

/* Runs on mpv's threads. */
static void
update_cb (void *data)
{
  MisVideoArea *self = data;

  if (!g_atomic_int_compare_and_exchange (&self->update_pending, 0, 1))
    return;

  /* A weak idle: never run at once under mpv's lock, never keeping the
   * widget alive (see mis-util.c). */
  mis_idle_add_weak (NULL, G_PRIORITY_HIGH_IDLE, self, update_idle);
}

static void
free_render_context (MisVideoArea *self)
{
  if (self->render == NULL)
    return;

  if (self->sw != NULL)
    {
      g_clear_pointer (&self->sw, mis_sw_renderer_free);
      self->render = NULL;
      return;
    }

  if (self->renderer == MIS_VIDEO_RENDERER_GL && self->gl_area != NULL)
    gtk_gl_area_make_current (GTK_GL_AREA (self->gl_area));

  mpv_render_context_set_update_callback (self->render, NULL, NULL);
  mpv_render_context_free (self->render);
  self->render = NULL;
}

static gboolean
create_render_context (MisVideoArea *self)
{
  mpv_opengl_init_params gl_init = { get_proc_address, NULL };
  const char *api = self->renderer == MIS_VIDEO_RENDERER_GL ? MPV_RENDER_API_TYPE_OPENGL
                                                             : MPV_RENDER_API_TYPE_SW;
  mpv_render_param params[] = {
    { MPV_RENDER_PARAM_API_TYPE, (void *)api },
    { self->renderer == MIS_VIDEO_RENDERER_GL ? MPV_RENDER_PARAM_OPENGL_INIT_PARAMS : MPV_RENDER_PARAM_INVALID,
      &gl_init },
    { 0 }
  };
  int status;

  if (self->player == NULL || self->render != NULL)
    return TRUE;

  status = mpv_render_context_create (&self->render, mis_mpv_get_handle (self->player), params);
  if (status < 0)
    {
      g_message ("mpv cannot render with %s: %s", api, mpv_error_string (status));
      self->render = NULL;
      return FALSE;
    }

  g_debug ("Render context created (%s)", api);
  if (self->renderer == MIS_VIDEO_RENDERER_SW)
    {
      self->sw = mis_sw_renderer_new (self->render, G_OBJECT (self), sw_frame_ready);
      sw_set_size (self);
    }
  else
    {
      mpv_render_context_set_update_callback (self->render, update_cb, self);
      update_cb (self);
    }
  g_signal_emit (self, signals[READY], 0);
  return TRUE;
}

static gboolean
switch_to_software_cb (gpointer user_data)
{
  MisVideoArea *self = MIS_VIDEO_AREA (user_data);

  self->switch_source = 0;
  use_software (self);
  return G_SOURCE_REMOVE;
}

/* Not while GTK is realizing the GL area itself. The idle is removed in
 * dispose: run later, it would parent a picture to a disposed widget. */
static void
switch_to_software_later (MisVideoArea *self)
{
  if (self->switch_source != 0)
    return;

  self->switch_source = g_idle_add_full (G_PRIORITY_HIGH, switch_to_software_cb, self, NULL);
}

/* Software OpenGL (Mesa's llvmpipe, on machines without a working GPU
 * driver) draws the film and the window on the same CPU cores: mpv's own
 * software renderer is lighter there, and drops far fewer frames. */
static int software_gl = -1;   /* learnt at the first GL realize */

static gboolean
is_software_gl (void)
{
  const char *renderer = (const char *)glGetString (GL_RENDERER);

  return renderer == NULL || strstr (renderer, "llvmpipe") != NULL ||
         strstr (renderer, "softpipe") != NULL || strstr (renderer, "Software Rasterizer") != NULL;
}

static void
gl_realize_cb (GtkGLArea    *area,
               MisVideoArea *self)
{
  gboolean forced = g_strcmp0 (g_getenv ("MAKEITSAFE_VIDEO_RENDERER"), "gl") == 0;

  g_debug ("GL area realized (player %s)", self->player ? "yes" : "no");
  gtk_gl_area_make_current (area);

  if (self->switch_source != 0)
    return;

  if (gtk_gl_area_get_error (area) == NULL && software_gl < 0)
    software_gl = is_software_gl ();

  if (gtk_gl_area_get_error (area) == NULL && !forced && software_gl)
    {
      g_message ("OpenGL is software rendering (%s): using mpv's software renderer",
                 (const char *)glGetString (GL_RENDERER));
      switch_to_software_later (self);
      return;
    }

  if (gtk_gl_area_get_error (area) != NULL || !create_render_context (self))
    {
      g_message ("No OpenGL for the video (%s): using the software renderer",
                 gtk_gl_area_get_error (area) ? gtk_gl_area_get_error (area)->message : "no render context");
      switch_to_software_later (self);
    }
}

static void
gl_unrealize_cb (GtkGLArea    *area,
                 MisVideoArea *self)
{
  g_debug ("GL area unrealized");
  free_render_context (self);
}

static gboolean
gl_render_cb (GtkGLArea    *area,
              GdkGLContext *context,
              MisVideoArea *self)
{
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (area));
  int fbo = 0;
  int flip_y = 1;
  mpv_opengl_fbo target;

  g_debug ("GL render (context %s, frame %s)", self->render ? "yes" : "no", self->has_frame ? "yes" : "no");
  if (self->render == NULL)
    {
      glClearColor (0, 0, 0, 1);
      glClear (GL_COLOR_BUFFER_BIT);
      return TRUE;
    }

  glGetIntegerv (GL_FRAMEBUFFER_BINDING, &fbo);
  target = (mpv_opengl_fbo) { fbo, gtk_widget_get_width (GTK_WIDGET (area)) * scale,
                              gtk_widget_get_height (GTK_WIDGET (area)) * scale, 0 };

  {
    /* Never wait inside GTK's paint for the frame's display time: GTK paces
     * the frames, and a blocked main thread would miss them. */
    int block = 0;
    mpv_render_param params[] = {
      { MPV_RENDER_PARAM_OPENGL_FBO, &target },
      { MPV_RENDER_PARAM_FLIP_Y, &flip_y },
      { MPV_RENDER_PARAM_BLOCK_FOR_TARGET_TIME, &block },
      { 0 }
    };
    mpv_render_context_render (self->render, params);
  }

  /* Tells mpv when frames really reach the screen, for its timing. */
  mpv_render_context_report_swap (self->render);

  if (self->has_frame)
    frame_drawn (self);
  return TRUE;
}

static void
use_gl (MisVideoArea *self)
{
  self->renderer = MIS_VIDEO_RENDERER_GL;
  self->gl_area = gtk_gl_area_new ();
  gtk_gl_area_set_auto_render (GTK_GL_AREA (self->gl_area), FALSE);
  g_signal_connect (self->gl_area, "realize", G_CALLBACK (gl_realize_cb), self);
  g_signal_connect (self->gl_area, "unrealize", G_CALLBACK (gl_unrealize_cb), self);
  g_signal_connect (self->gl_area, "render", G_CALLBACK (gl_render_cb), self);
  gtk_widget_set_parent (self->gl_area, GTK_WIDGET (self));
}

static void
use_software (MisVideoArea *self)
{
  if (self->renderer == MIS_VIDEO_RENDERER_SW && self->picture != NULL)
    return;

  free_render_context (self);
  g_clear_pointer (&self->gl_area, gtk_widget_unparent);

  self->renderer = MIS_VIDEO_RENDERER_SW;
  self->picture = gtk_picture_new ();
  gtk_picture_set_can_shrink (GTK_PICTURE (self->picture), TRUE);
  gtk_widget_set_parent (self->picture, GTK_WIDGET (self));

  create_render_context (self);
}

static void
mis_video_area_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  MisVideoArea *self = MIS_VIDEO_AREA (widget);
  GtkWidget *child = self->gl_area ? self->gl_area : self->picture;

  if (child != NULL)
    gtk_widget_allocate (child, width, height, baseline, NULL);

  /* mpv redraws its current frame at the new size at any time: a paused
   * film, or a first frame that came before the area had a size. */
  if (self->sw != NULL)
    sw_set_size (self);
}

static void
mis_video_area_dispose (GObject *object)
{
  MisVideoArea *self = (MisVideoArea *)object;

  g_clear_handle_id (&self->switch_source, g_source_remove);
  free_render_context (self);
  g_clear_pointer (&self->gl_area, gtk_widget_unparent);
  g_clear_pointer (&self->picture, gtk_widget_unparent);
  g_clear_object (&self->player);

  G_OBJECT_CLASS (mis_video_area_parent_class)->dispose (object);
}

static void
mis_video_area_class_init (MisVideoAreaClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mis_video_area_dispose;
  widget_class->size_allocate = mis_video_area_size_allocate;

  /**
   * MisVideoArea::frame-drawn:
   *
   * A frame of the film has been drawn (not the black of an empty area).
   */
  signals[FRAME_DRAWN] = g_signal_new ("frame-drawn", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                       0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * MisVideoArea::ready:
   *
   * The area can draw frames: files may be loaded now. Loaded earlier,
   * mpv would find nowhere to draw.
   */
  signals[READY] = g_signal_new ("ready", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_css_name (widget_class, "misvideoarea");
}

static void
mis_video_area_init (MisVideoArea *self)
{
  const char *forced = g_getenv ("MAKEITSAFE_VIDEO_RENDERER");

  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);

  if (g_strcmp0 (forced, "sw") == 0 || !mis_renderer_has_gl ())
    use_software (self);
  else
    use_gl (self);
}

GtkWidget *
mis_video_area_new (void)
{
  return g_object_new (MIS_TYPE_VIDEO_AREA, NULL);
}

/**
 * mis_video_area_set_player:
 *
 * Draws @player's frames. Call once, before the player loads a file, so
 * that mpv uses this area and never opens a window of its own.
 */
void
mis_video_area_set_player (MisVideoArea *self,
                           MisMpv       *player)
{
  g_return_if_fail (MIS_IS_VIDEO_AREA (self));
  g_return_if_fail (MIS_IS_MPV (player));
  g_return_if_fail (self->player == NULL);

  self->player = g_object_ref (player);

  /* Known from an earlier window: no need to set up GL first. */
  if (software_gl == 1 && g_strcmp0 (g_getenv ("MAKEITSAFE_VIDEO_RENDERER"), "gl") != 0)
    use_software (self);

  if (self->renderer == MIS_VIDEO_RENDERER_SW)
    create_render_context (self);
  else if (gtk_widget_get_realized (self->gl_area))
    gl_realize_cb (GTK_GL_AREA (self->gl_area), self);
}

/**
 * mis_video_area_clear:
 *
 * Forgets the last frame, before another film is loaded: until its first
 * frame arrives the area is black and no "frame-drawn" is emitted.
 */
void
mis_video_area_clear (MisVideoArea *self)
{
  g_return_if_fail (MIS_IS_VIDEO_AREA (self));

  self->has_frame = FALSE;
  if (self->sw != NULL)
    mis_sw_renderer_clear (self->sw);
  if (self->picture != NULL)
    gtk_picture_set_paintable (GTK_PICTURE (self->picture), NULL);
}

/**
 * mis_video_area_get_ready:
 *
 * Returns: whether the area can draw the player's frames now.
 */
gboolean
mis_video_area_get_ready (MisVideoArea *self)
{
  g_return_val_if_fail (MIS_IS_VIDEO_AREA (self), FALSE);
  return self->render != NULL;
}

MisVideoRenderer
mis_video_area_get_renderer (MisVideoArea *self)
{
  g_return_val_if_fail (MIS_IS_VIDEO_AREA (self), MIS_VIDEO_RENDERER_GL);
  return self->renderer;
}

guint64
mis_video_area_get_frames_drawn (MisVideoArea *self)
{
  g_return_val_if_fail (MIS_IS_VIDEO_AREA (self), 0);
  return self->frames_drawn;
}
