/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-inactivity.h: on a shared computer, noticing that the person in front
 * of it has gone: a warning with a countdown, then "expired".
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  MIS_INACTIVITY_STATE_ACTIVE,   /* someone is there, or the timer is off */
  MIS_INACTIVITY_STATE_WARNING,  /* counting down before the reset */
} MisInactivityState;

/* Microseconds on a monotonic clock; tests pass their own. */
typedef gint64 (*MisClockFunc) (gpointer data);

#define MIS_TYPE_INACTIVITY (mis_inactivity_get_type ())
G_DECLARE_FINAL_TYPE (MisInactivity, mis_inactivity, MIS, INACTIVITY, GObject)

MisInactivity      *mis_inactivity_new           (void);
void                mis_inactivity_set_clock     (MisInactivity *self,
                                                  MisClockFunc   func,
                                                  gpointer       data);
void                mis_inactivity_set_timeout   (MisInactivity *self,
                                                  guint          seconds);
guint               mis_inactivity_get_timeout   (MisInactivity *self);
void                mis_inactivity_set_countdown (MisInactivity *self,
                                                  guint          seconds);
void                mis_inactivity_set_enabled   (MisInactivity *self,
                                                  gboolean       enabled);
gboolean            mis_inactivity_get_enabled   (MisInactivity *self);
void                mis_inactivity_set_inhibited (MisInactivity *self,
                                                  gboolean       inhibited);
MisInactivityState  mis_inactivity_get_state     (MisInactivity *self);
guint               mis_inactivity_get_remaining (MisInactivity *self);
void                mis_inactivity_poke          (MisInactivity *self);
void                mis_inactivity_check         (MisInactivity *self);

G_END_DECLS
