/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-window-private.h: what the files of the window share: the instance
 * (mis-window.c), the session plans' part (mis-window-plans.c).
 */
#pragma once

#include <adwaita.h>

#include "mis-countdown.h"
#include "mis-manual-view.h"
#include "mis-neutral-screen.h"
#include "mis-plan-book.h"
#include "mis-plan-runner.h"
#include "mis-plans-view.h"
#include "mis-player-view.h"
#include "mis-quick-exit-hint.h"
#include "mis-reader-view.h"
#include "mis-resource-page.h"
#include "mis-window.h"

G_BEGIN_DECLS

/* A film found by its subtitles starts this much before the cue. */
#define MIS_WINDOW_HIT_LEAD_IN_S 2.0

struct _MisWindow
{
  AdwApplicationWindow  parent_instance;

  GtkStack             *cover_stack;
  MisQuickExitHint     *hint;
  MisCountdown         *countdown;
  MisNeutralScreen     *neutral_screen;
  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  GtkSpinner           *loading_spinner;
  AdwStatusPage        *error_page;
  MisLibraryView       *library_view;
  MisResourcePage      *resource_page;
  MisPlanRunner        *plan_runner;

  /* The viewers, each built the first time it is needed, then kept (a
   * reference of the window's own); NULL until then. */
  MisPlayerView        *player_view;
  MisReaderView        *reader_view;
  MisManualView        *manual_view;
  MisPlansView         *plans_view;
  gboolean              can_print;
  gboolean              can_save;
  gboolean              can_copy;

  GSettings            *settings;
  MisStateStore        *state_store;
  MisKit               *kit;
  GCancellable         *load_cancellable;
  GtkNativeDialog      *chooser;
  GtkWindow            *shortcuts_window;
  char                 *error_message;
  double                open_time;
  int                   open_page;
  GPtrArray            *toasts;
  gboolean              shared_computer;
  gboolean              film_playing;
  gboolean              index_pending;  /* the search's texts, read once the library shows */

  /* Session plans: mis-window-plans.c */
  MisPlanBook          *plan_book;
  char                 *pending_plan;
  char                 *mark_film;   /* the film of the player's mark */
  double                mark_time;
};

void     _mis_window_show_page       (MisWindow  *self,
                                      const char *name);
GtkWidget *_mis_window_add_viewer    (MisWindow  *self,
                                      GType       type,
                                      const char *name);
void     _mis_window_close_viewers   (MisWindow  *self);
MisPlansView *_mis_window_ensure_plans_view (MisWindow *self);
void     _mis_window_toast           (MisWindow  *self,
                                      const char *message);
void     _mis_window_add_toast       (MisWindow  *self,
                                      AdwToast   *toast);
void     _mis_window_update_playing  (MisWindow  *self);
void     _mis_window_update_title    (MisWindow  *self);
void     _mis_window_update_kit_actions (MisWindow *self);

void     _mis_window_plans_class_init (GtkWidgetClass *widget_class);
void     _mis_window_plans_init      (MisWindow  *self);
void     _mis_window_plans_dispose   (MisWindow  *self);
void     _mis_window_plans_set_kit   (MisWindow  *self);
void     _mis_window_plans_reset     (MisWindow  *self);
gboolean _mis_window_plans_silence   (MisWindow  *self);
gboolean _mis_window_plans_playing   (MisWindow  *self);

G_END_DECLS
