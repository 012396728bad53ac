/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-shift-gesture.c: the quick exit must work everywhere: in fullscreen,
 * while a film plays, with a menu or a dialog open. Escape is taken by too
 * many things, so the gesture is the one GOV.UK's "Exit this page" uses:
 * Shift pressed three times in a row, each press within a second of the
 * previous one. Any other key in between starts again, so that typing
 * capitals never triggers it; a held Shift repeating counts once.
 *
 * The app feeds it every key event of every window, popover and dialog
 * before any widget sees them (mis-application.c), and lets Shift go on to
 * do what it does.
 */
#define G_LOG_DOMAIN "mis-shift-gesture"

#include "config.h"

#include "mis-shift-gesture.h"

struct _MisShiftGesture
{
  GObject  parent_instance;

  guint    count;
  guint32  last_press_ms;
  gboolean shift_down;
  guint    expire_source;
};

G_DEFINE_FINAL_TYPE (MisShiftGesture, mis_shift_gesture, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_COUNT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  TRIGGERED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
is_shift (guint keyval)
{
  return keyval == GDK_KEY_Shift_L || keyval == GDK_KEY_Shift_R;
}

static void
set_count (MisShiftGesture *self,
           guint            count)
{
  if (self->count == count)
    return;

  self->count = count;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNT]);
}

/* The hint a count shows must not stay after the gesture was given up. */
static gboolean
expire_cb (gpointer user_data)
{
  MisShiftGesture *self = user_data;

  self->expire_source = 0;
  set_count (self, 0);
  return G_SOURCE_REMOVE;
}

/**
 * mis_shift_gesture_key:
 * @keyval: the key pressed or released
 * @time_ms: the event's time, in milliseconds
 *
 * Feeds one key event, with the event's own time: the app calls this for
 * each key; tests, with their own clock.
 */
void
mis_shift_gesture_key (MisShiftGesture *self,
                       guint            keyval,
                       gboolean         pressed,
                       guint32          time_ms)
{
  g_return_if_fail (MIS_IS_SHIFT_GESTURE (self));

  if (!is_shift (keyval))
    {
      if (pressed)
        mis_shift_gesture_reset (self);
      return;
    }

  if (!pressed)
    {
      self->shift_down = FALSE;
      return;
    }

  /* Auto-repeat of a held key, or the other Shift pressed with it. */
  if (self->shift_down)
    return;
  self->shift_down = TRUE;

  if (self->count > 0 && (guint32)(time_ms - self->last_press_ms) > MIS_SHIFT_GESTURE_INTERVAL_MS)
    set_count (self, 0);

  self->last_press_ms = time_ms;
  g_clear_handle_id (&self->expire_source, g_source_remove);

  if (self->count + 1 >= MIS_SHIFT_GESTURE_PRESSES)
    {
      set_count (self, 0);
      g_signal_emit (self, signals[TRIGGERED], 0);
      return;
    }

  set_count (self, self->count + 1);
  self->expire_source = g_timeout_add (MIS_SHIFT_GESTURE_INTERVAL_MS, expire_cb, self);
}

void
mis_shift_gesture_reset (MisShiftGesture *self)
{
  g_return_if_fail (MIS_IS_SHIFT_GESTURE (self));

  g_clear_handle_id (&self->expire_source, g_source_remove);
  set_count (self, 0);
}

/**
 * mis_shift_gesture_get_count:
 *
 * Returns: how many presses of the gesture have been made so far, for a
 *   hint that grows with each; back to 0 after the gesture or a pause.
 */
guint
mis_shift_gesture_get_count (MisShiftGesture *self)
{
  g_return_val_if_fail (MIS_IS_SHIFT_GESTURE (self), 0);
  return self->count;
}

static void
mis_shift_gesture_dispose (GObject *object)
{
  MisShiftGesture *self = (MisShiftGesture *)object;

  g_clear_handle_id (&self->expire_source, g_source_remove);

  G_OBJECT_CLASS (mis_shift_gesture_parent_class)->dispose (object);
}

static void
mis_shift_gesture_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  MisShiftGesture *self = MIS_SHIFT_GESTURE (object);

  switch (prop_id)
    {
    case PROP_COUNT:
      g_value_set_uint (value, self->count);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mis_shift_gesture_class_init (MisShiftGestureClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mis_shift_gesture_dispose;
  object_class->get_property = mis_shift_gesture_get_property;

  properties[PROP_COUNT] =
    g_param_spec_uint ("count", NULL, NULL, 0, MIS_SHIFT_GESTURE_PRESSES, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * MisShiftGesture::triggered:
   *
   * Shift was pressed three times in a row.
   */
  signals[TRIGGERED] =
    g_signal_new ("triggered", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
mis_shift_gesture_init (MisShiftGesture *self)
{
}

MisShiftGesture *
mis_shift_gesture_new (void)
{
  return g_object_new (MIS_TYPE_SHIFT_GESTURE, NULL);
}
