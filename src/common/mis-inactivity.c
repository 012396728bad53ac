/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-inactivity.c: the idle reset of shared-computer mode. Input pokes the
 * timer (the app forwards every key, click, touch and motion); after
 * "timeout" seconds without any, the state becomes WARNING and "remaining"
 * counts the seconds of the countdown down; input then goes back to ACTIVE,
 * and the end of the countdown emits "expired". While inhibited (a film
 * playing to its end), time does not count.
 *
 * Motion is frequent: a poke only notes the time. One timeout is pending at
 * most, set for the next instant something can change, and checks again
 * when it fires. With a clock of the tests' own, no timeout is set: the
 * test moves its clock and calls mis_inactivity_check().
 */
#define G_LOG_DOMAIN "mis-inactivity"

#include "config.h"

#include "mis-common-enums.h"
#include "mis-inactivity.h"

#define DEFAULT_TIMEOUT_S (5 * 60)
#define DEFAULT_COUNTDOWN_S 30

struct _MisInactivity
{
  GObject             parent_instance;

  MisClockFunc        clock_func;
  gpointer            clock_data;
  guint               timeout_s;
  guint               countdown_s;
  gboolean            enabled;
  gboolean            inhibited;
  MisInactivityState  state;
  guint               remaining;
  gint64              last_input_us;
  guint               check_source;
};

G_DEFINE_FINAL_TYPE (MisInactivity, mis_inactivity, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STATE,
  PROP_REMAINING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  EXPIRED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gint64
real_clock (gpointer data)
{
  return g_get_monotonic_time ();
}

static gint64
now (MisInactivity *self)
{
  return self->clock_func (self->clock_data);
}

static void
set_state (MisInactivity      *self,
           MisInactivityState  state,
           guint               remaining)
{
  gboolean state_changed = self->state != state;
  gboolean remaining_changed = self->remaining != remaining;

  self->state = state;
  self->remaining = remaining;
  if (state_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
  if (remaining_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REMAINING]);
}

static gboolean
check_cb (gpointer user_data)
{
  MisInactivity *self = user_data;

  self->check_source = 0;
  mis_inactivity_check (self);
  return G_SOURCE_REMOVE;
}

static void
schedule (MisInactivity *self,
          gint64         delay_us)
{
  g_clear_handle_id (&self->check_source, g_source_remove);
  if (self->clock_func != real_clock)
    return;

  /* Rounded up: a check a little early would find nothing to do and set
   * another timeout. */
  self->check_source = g_timeout_add ((guint) MAX (1, (delay_us + 999) / 1000), check_cb, self);
  g_source_set_name_by_id (self->check_source, "[mis] inactivity check");
}

/**
 * mis_inactivity_check:
 *
 * Looks at the clock: warns, counts down or expires as the time since the
 * last input says. Called by the timer; tests call it after moving their
 * clock.
 */
void
mis_inactivity_check (MisInactivity *self)
{
  gint64 timeout_us, end_us, idle_us;

  g_return_if_fail (MIS_IS_INACTIVITY (self));

  if (!self->enabled || self->inhibited)
    {
      g_clear_handle_id (&self->check_source, g_source_remove);
      set_state (self, MIS_INACTIVITY_STATE_ACTIVE, 0);
      return;
    }

  timeout_us = (gint64) self->timeout_s * G_USEC_PER_SEC;
  end_us = timeout_us + (gint64) self->countdown_s * G_USEC_PER_SEC;
  idle_us = now (self) - self->last_input_us;

  if (idle_us < timeout_us)
    {
      set_state (self, MIS_INACTIVITY_STATE_ACTIVE, 0);
      schedule (self, timeout_us - idle_us);
    }
  else if (idle_us < end_us)
    {
      gint64 left_us = end_us - idle_us;

      /* "30" for the first second, "1" for the last one. */
      set_state (self, MIS_INACTIVITY_STATE_WARNING,
                 (guint) ((left_us + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC));
      schedule (self, left_us % G_USEC_PER_SEC ? left_us % G_USEC_PER_SEC : G_USEC_PER_SEC);
    }
  else
    {
      self->last_input_us = now (self);
      set_state (self, MIS_INACTIVITY_STATE_ACTIVE, 0);
      schedule (self, timeout_us);
      g_signal_emit (self, signals[EXPIRED], 0);
    }
}

/**
 * mis_inactivity_poke:
 *
 * Someone is there: restarts the wait, and ends a countdown.
 */
void
mis_inactivity_poke (MisInactivity *self)
{
  g_return_if_fail (MIS_IS_INACTIVITY (self));

  self->last_input_us = now (self);

  if (self->state == MIS_INACTIVITY_STATE_WARNING)
    mis_inactivity_check (self);
  else if (self->enabled && !self->inhibited && self->check_source == 0)
    mis_inactivity_check (self);
}

/**
 * mis_inactivity_set_clock:
 * @func: (nullable): the clock; %NULL for the real one
 *
 * For tests: with a clock of their own, no timer runs.
 */
void
mis_inactivity_set_clock (MisInactivity *self,
                          MisClockFunc   func,
                          gpointer       data)
{
  g_return_if_fail (MIS_IS_INACTIVITY (self));

  self->clock_func = func ? func : real_clock;
  self->clock_data = data;
  self->last_input_us = now (self);
  mis_inactivity_check (self);
}

void
mis_inactivity_set_timeout (MisInactivity *self,
                            guint          seconds)
{
  g_return_if_fail (MIS_IS_INACTIVITY (self));
  g_return_if_fail (seconds > 0);

  self->timeout_s = seconds;
  mis_inactivity_check (self);
}

guint
mis_inactivity_get_timeout (MisInactivity *self)
{
  g_return_val_if_fail (MIS_IS_INACTIVITY (self), 0);
  return self->timeout_s;
}

void
mis_inactivity_set_countdown (MisInactivity *self,
                              guint          seconds)
{
  g_return_if_fail (MIS_IS_INACTIVITY (self));
  g_return_if_fail (seconds > 0);

  self->countdown_s = seconds;
  mis_inactivity_check (self);
}

/**
 * mis_inactivity_set_enabled:
 *
 * Starts (from now) or stops watching; off at first.
 */
void
mis_inactivity_set_enabled (MisInactivity *self,
                            gboolean       enabled)
{
  g_return_if_fail (MIS_IS_INACTIVITY (self));

  enabled = !!enabled;
  if (self->enabled == enabled)
    return;

  self->enabled = enabled;
  self->last_input_us = now (self);
  mis_inactivity_check (self);
}

gboolean
mis_inactivity_get_enabled (MisInactivity *self)
{
  g_return_val_if_fail (MIS_IS_INACTIVITY (self), FALSE);
  return self->enabled;
}

/**
 * mis_inactivity_set_inhibited:
 *
 * While inhibited, no warning and no reset; the wait starts again from the
 * moment it ends (a film watched to its end leaves the full time).
 */
void
mis_inactivity_set_inhibited (MisInactivity *self,
                              gboolean       inhibited)
{
  g_return_if_fail (MIS_IS_INACTIVITY (self));

  inhibited = !!inhibited;
  if (self->inhibited == inhibited)
    return;

  self->inhibited = inhibited;
  self->last_input_us = now (self);
  mis_inactivity_check (self);
}

MisInactivityState
mis_inactivity_get_state (MisInactivity *self)
{
  g_return_val_if_fail (MIS_IS_INACTIVITY (self), MIS_INACTIVITY_STATE_ACTIVE);
  return self->state;
}

/**
 * mis_inactivity_get_remaining:
 *
 * Returns: in the WARNING state, the whole seconds left before the reset;
 *   0 otherwise.
 */
guint
mis_inactivity_get_remaining (MisInactivity *self)
{
  g_return_val_if_fail (MIS_IS_INACTIVITY (self), 0);
  return self->remaining;
}

static void
mis_inactivity_dispose (GObject *object)
{
  MisInactivity *self = (MisInactivity *)object;

  g_clear_handle_id (&self->check_source, g_source_remove);

  G_OBJECT_CLASS (mis_inactivity_parent_class)->dispose (object);
}

static void
mis_inactivity_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  MisInactivity *self = MIS_INACTIVITY (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;
    case PROP_REMAINING:
      g_value_set_uint (value, self->remaining);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mis_inactivity_class_init (MisInactivityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mis_inactivity_dispose;
  object_class->get_property = mis_inactivity_get_property;

  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL, MIS_TYPE_INACTIVITY_STATE, MIS_INACTIVITY_STATE_ACTIVE,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REMAINING] =
    g_param_spec_uint ("remaining", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * MisInactivity::expired:
   *
   * The countdown ended with no input: time to reset.
   */
  signals[EXPIRED] =
    g_signal_new ("expired", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
mis_inactivity_init (MisInactivity *self)
{
  self->clock_func = real_clock;
  self->timeout_s = DEFAULT_TIMEOUT_S;
  self->countdown_s = DEFAULT_COUNTDOWN_S;
  self->last_input_us = now (self);
}

MisInactivity *
mis_inactivity_new (void)
{
  return g_object_new (MIS_TYPE_INACTIVITY, NULL);
}
