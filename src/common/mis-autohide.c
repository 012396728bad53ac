/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-autohide.c: the film player and the photo-novel reader, projected in
 * fullscreen, hide their controls and the pointer after a few seconds
 * without motion, and show them again when the pointer moves. This object
 * follows the window's fullscreen state and the pointer over one widget,
 * and says "changed" when the controls should appear or go; each viewer
 * decides what else keeps them shown (a paused film, say).
 */
#define G_LOG_DOMAIN "mis-autohide"

#include "config.h"

#include "mis-autohide.h"

#define HIDE_DELAY_MS 3000

struct _MisAutohide
{
  GObject    parent_instance;

  GtkWindow *window;
  gboolean   fullscreen;
  gboolean   active;
  double     pointer_x;
  double     pointer_y;
  guint      hide_delay_ms;
  guint      hide_source;
};

G_DEFINE_FINAL_TYPE (MisAutohide, mis_autohide, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
hide_cb (gpointer user_data)
{
  MisAutohide *self = user_data;

  self->hide_source = 0;
  self->active = FALSE;
  g_signal_emit (self, signals[CHANGED], 0);
  return G_SOURCE_REMOVE;
}

static void
motion_cb (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           MisAutohide              *self)
{
  /* Revealing controls moves widgets under a still pointer, and GTK reports
   * that as motion: only a real move counts. */
  if (ABS (x - self->pointer_x) < 2 && ABS (y - self->pointer_y) < 2)
    return;

  self->pointer_x = x;
  self->pointer_y = y;
  mis_autohide_poke (self);
}

static void
fullscreen_changed_cb (MisAutohide *self)
{
  self->fullscreen = self->window != NULL && gtk_window_is_fullscreen (self->window);
  if (self->fullscreen)
    mis_autohide_poke (self);
  else
    g_signal_emit (self, signals[CHANGED], 0);
}

static void
mis_autohide_dispose (GObject *object)
{
  MisAutohide *self = (MisAutohide *)object;

  /* Quietly: the viewer is going away. */
  if (self->window != NULL)
    g_signal_handlers_disconnect_by_data (self->window, self);
  self->window = NULL;
  g_clear_handle_id (&self->hide_source, g_source_remove);

  G_OBJECT_CLASS (mis_autohide_parent_class)->dispose (object);
}

static void
mis_autohide_class_init (MisAutohideClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = mis_autohide_dispose;

  /**
   * MisAutohide::changed:
   *
   * The fullscreen state or the pointer's activity changed.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
mis_autohide_init (MisAutohide *self)
{
  self->hide_delay_ms = HIDE_DELAY_MS;
}

/**
 * mis_autohide_new:
 * @widget: the widget whose pointer motion reveals the controls
 */
MisAutohide *
mis_autohide_new (GtkWidget *widget)
{
  MisAutohide *self = g_object_new (MIS_TYPE_AUTOHIDE, NULL);
  GtkEventController *motion = gtk_event_controller_motion_new ();

  g_signal_connect_object (motion, "motion", G_CALLBACK (motion_cb), self, 0);
  gtk_widget_add_controller (widget, motion);
  return self;
}

/**
 * mis_autohide_watch:
 * @widget: another widget whose pointer motion reveals the controls (a
 *   manual's presentation, beside its pages)
 */
void
mis_autohide_watch (MisAutohide *self,
                    GtkWidget   *widget)
{
  GtkEventController *motion;

  g_return_if_fail (MIS_IS_AUTOHIDE (self));
  g_return_if_fail (GTK_IS_WIDGET (widget));

  motion = gtk_event_controller_motion_new ();
  g_signal_connect_object (motion, "motion", G_CALLBACK (motion_cb), self, 0);
  gtk_widget_add_controller (widget, motion);
}

/**
 * mis_autohide_set_window:
 * @window: (nullable): the window the widget is in (from its root and
 *   unroot vfuncs)
 */
void
mis_autohide_set_window (MisAutohide *self,
                         GtkWindow   *window)
{
  g_return_if_fail (MIS_IS_AUTOHIDE (self));

  if (self->window != NULL)
    g_signal_handlers_disconnect_by_data (self->window, self);
  self->window = window;
  if (window != NULL)
    g_signal_connect_object (window, "notify::fullscreened", G_CALLBACK (fullscreen_changed_cb),
                             self, G_CONNECT_SWAPPED);
  fullscreen_changed_cb (self);
}

GtkWindow *
mis_autohide_get_window (MisAutohide *self)
{
  g_return_val_if_fail (MIS_IS_AUTOHIDE (self), NULL);
  return self->window;
}

gboolean
mis_autohide_get_fullscreen (MisAutohide *self)
{
  g_return_val_if_fail (MIS_IS_AUTOHIDE (self), FALSE);
  return self->fullscreen;
}

/**
 * mis_autohide_get_active:
 *
 * Returns: whether the pointer moved in the last few seconds.
 */
gboolean
mis_autohide_get_active (MisAutohide *self)
{
  g_return_val_if_fail (MIS_IS_AUTOHIDE (self), FALSE);
  return self->active;
}

/**
 * mis_autohide_poke:
 *
 * Shows the controls now, and hides them again a few seconds later.
 */
void
mis_autohide_poke (MisAutohide *self)
{
  g_return_if_fail (MIS_IS_AUTOHIDE (self));

  self->active = TRUE;
  g_clear_handle_id (&self->hide_source, g_source_remove);
  self->hide_source = g_timeout_add (self->hide_delay_ms, hide_cb, self);
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * mis_autohide_set_hide_delay:
 * @milliseconds: how long the controls stay after the pointer stops (3 s
 *   unless set)
 */
void
mis_autohide_set_hide_delay (MisAutohide *self,
                             guint        milliseconds)
{
  g_return_if_fail (MIS_IS_AUTOHIDE (self));
  self->hide_delay_ms = milliseconds;
}

void
mis_autohide_leave_fullscreen (MisAutohide *self)
{
  g_return_if_fail (MIS_IS_AUTOHIDE (self));

  if (self->window != NULL && gtk_window_is_fullscreen (self->window))
    gtk_window_unfullscreen (self->window);
}

/**
 * mis_autohide_stop:
 *
 * Forgets the pending hide, when the viewer closes.
 */
void
mis_autohide_stop (MisAutohide *self)
{
  g_return_if_fail (MIS_IS_AUTOHIDE (self));
  g_clear_handle_id (&self->hide_source, g_source_remove);
}
