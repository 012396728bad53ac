/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-window.h: the app's one window: loading, error, library, resource page.
 */
#pragma once

#include <adwaita.h>

#include "mis-application.h"
#include "mis-kit.h"
#include "mis-library-view.h"
#include "mis-manual-view.h"
#include "mis-plan-runner.h"
#include "mis-plans-view.h"
#include "mis-player-view.h"
#include "mis-reader-view.h"

G_BEGIN_DECLS

/* The nicks are the names of the window's pages. */
typedef enum
{
  MIS_WINDOW_PAGE_LOADING,
  MIS_WINDOW_PAGE_ERROR,
  MIS_WINDOW_PAGE_LIBRARY,
  MIS_WINDOW_PAGE_RESOURCE,
  MIS_WINDOW_PAGE_PLAYER,
  MIS_WINDOW_PAGE_READER,
  MIS_WINDOW_PAGE_MANUAL,
  MIS_WINDOW_PAGE_PLANS,
  MIS_WINDOW_PAGE_RUNNER,
} MisWindowPage;

#define MIS_TYPE_WINDOW (mis_window_get_type ())
G_DECLARE_FINAL_TYPE (MisWindow, mis_window, MIS, WINDOW, AdwApplicationWindow)

MisWindow      *mis_window_new              (MisApplication *application);
void            mis_window_load_kit         (MisWindow      *self,
                                             GFile          *directory,
                                             const char     *open_id,
                                             double          open_time,
                                             int             open_page);
MisKit         *mis_window_get_kit          (MisWindow      *self);
MisLibraryView *mis_window_get_library_view (MisWindow      *self);
GtkWindow      *mis_window_get_shortcuts_window (MisWindow    *self);
const char     *mis_window_get_visible_page (MisWindow      *self);
MisWindowPage   mis_window_get_page         (MisWindow      *self);
const char     *mis_window_get_error_message (MisWindow     *self);
void            mis_window_show_resource    (MisWindow      *self,
                                             MisResource    *resource);
void            mis_window_show_library     (MisWindow      *self);
void            mis_window_play_film        (MisWindow      *self,
                                             MisResource    *film,
                                             double          start);
MisPlayerView  *mis_window_get_player_view  (MisWindow      *self);
void            mis_window_read             (MisWindow      *self,
                                             MisResource    *novel,
                                             int             page);
MisReaderView  *mis_window_get_reader_view  (MisWindow      *self);
void            mis_window_read_manual      (MisWindow      *self,
                                             MisResource    *manual,
                                             int             page);
MisManualView  *mis_window_get_manual_view  (MisWindow      *self);

void            mis_window_set_quick_exit_hint (MisWindow   *self,
                                                guint        presses);
guint           mis_window_get_quick_exit_hint (MisWindow   *self);
void            mis_window_set_countdown    (MisWindow      *self,
                                             guint           seconds);
guint           mis_window_get_countdown    (MisWindow      *self);
gboolean        mis_window_silence          (MisWindow      *self);
void            mis_window_cover            (MisWindow      *self);
void            mis_window_uncover          (MisWindow      *self);
gboolean        mis_window_get_covered      (MisWindow      *self);
void            mis_window_reset            (MisWindow      *self,
                                             gboolean        default_language);
gboolean        mis_window_get_film_playing (MisWindow      *self);
void            mis_window_set_shared_computer (MisWindow   *self,
                                                gboolean     shared_computer);
gboolean        mis_window_get_shared_computer (MisWindow   *self);

void            mis_window_show_plans       (MisWindow      *self);
void            mis_window_run_plan         (MisWindow      *self,
                                             MisPlan        *plan,
                                             guint           step);
void            mis_window_run_plan_when_loaded (MisWindow  *self,
                                                 const char *plan_id);
MisPlanBook    *mis_window_get_plan_book    (MisWindow      *self);
MisPlansView   *mis_window_get_plans_view   (MisWindow      *self);
MisPlanRunner  *mis_window_get_plan_runner  (MisWindow      *self);

G_END_DECLS
