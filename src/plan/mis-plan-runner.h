/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-plan-runner.h: runs a session plan full screen, step by step, with
 * a presenter's clicker.
 */
#pragma once

#include <gtk/gtk.h>

#include "mis-mpv.h"
#include "mis-plan-book.h"

G_BEGIN_DECLS

/* What the projected screen shows. */
typedef enum
{
  MIS_RUNNER_SHOWING_NOTHING,
  MIS_RUNNER_SHOWING_LOADING,
  MIS_RUNNER_SHOWING_FILM,       /* playing, paused, or ended */
  MIS_RUNNER_SHOWING_QUESTION,   /* a film stopped at a pause point, its question over it */
  MIS_RUNNER_SHOWING_PAGE,       /* a photo-novel or manual page, fitted */
  MIS_RUNNER_SHOWING_DISCUSSION,
  MIS_RUNNER_SHOWING_UNAVAILABLE,
} MisRunnerShowing;

#define MIS_TYPE_PLAN_RUNNER (mis_plan_runner_get_type ())
G_DECLARE_FINAL_TYPE (MisPlanRunner, mis_plan_runner, MIS, PLAN_RUNNER, GtkWidget)

void              mis_plan_runner_start       (MisPlanRunner *self,
                                               MisPlanBook   *book,
                                               MisPlan       *plan,
                                               guint          step);
void              mis_plan_runner_stop        (MisPlanRunner *self);
gboolean          mis_plan_runner_silence     (MisPlanRunner *self);
MisPlan          *mis_plan_runner_get_plan    (MisPlanRunner *self);
guint             mis_plan_runner_get_step    (MisPlanRunner *self);
void              mis_plan_runner_go_to       (MisPlanRunner *self,
                                               guint          step);
void              mis_plan_runner_next        (MisPlanRunner *self);
void              mis_plan_runner_previous    (MisPlanRunner *self);
MisRunnerShowing  mis_plan_runner_get_showing (MisPlanRunner *self);
const char       *mis_plan_runner_get_shown_text (MisPlanRunner *self);
GdkTexture       *mis_plan_runner_get_page_texture (MisPlanRunner *self);
guint             mis_plan_runner_get_page    (MisPlanRunner *self);
MisMpv           *mis_plan_runner_get_player  (MisPlanRunner *self);
gboolean          mis_plan_runner_get_playing (MisPlanRunner *self);

G_END_DECLS
