/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-shift-gesture.h: three presses of Shift in a row, the quick-exit
 * gesture, recognised from the key events it is fed.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* How many presses make the gesture, and how long each may follow the
 * previous one. */
#define MIS_SHIFT_GESTURE_PRESSES 3
#define MIS_SHIFT_GESTURE_INTERVAL_MS 1000

#define MIS_TYPE_SHIFT_GESTURE (mis_shift_gesture_get_type ())
G_DECLARE_FINAL_TYPE (MisShiftGesture, mis_shift_gesture, MIS, SHIFT_GESTURE, GObject)

MisShiftGesture *mis_shift_gesture_new       (void);
guint            mis_shift_gesture_get_count (MisShiftGesture *self);
void             mis_shift_gesture_key       (MisShiftGesture *self,
                                              guint            keyval,
                                              gboolean         pressed,
                                              guint32          time_ms);
void             mis_shift_gesture_reset     (MisShiftGesture *self);

G_END_DECLS
