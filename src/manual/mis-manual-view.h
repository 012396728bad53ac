/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-manual-view.h: the reader of the kit's training manuals (PDF).
 */
#pragma once

#include <gtk/gtk.h>

#include "mis-kit.h"
#include "mis-manual-model.h"
#include "mis-pdf-document.h"
#include "mis-search-context.h"
#include "mis-state-store.h"

G_BEGIN_DECLS

#define MIS_TYPE_MANUAL_VIEW (mis_manual_view_get_type ())
G_DECLARE_FINAL_TYPE (MisManualView, mis_manual_view, MIS, MANUAL_VIEW, GtkWidget)

typedef enum
{
  MIS_MANUAL_STATE_LOADING,
  MIS_MANUAL_STATE_PASSWORD,
  MIS_MANUAL_STATE_ERROR,
  MIS_MANUAL_STATE_DOCUMENT,
} MisManualState;

void            mis_manual_view_open            (MisManualView *self,
                                                 MisKit        *kit,
                                                 MisResource   *manual,
                                                 MisStateStore *store,
                                                 int            page);
void            mis_manual_view_close           (MisManualView *self);
void            mis_manual_view_find            (MisManualView *self,
                                                 const char    *text);
MisPdfDocument *mis_manual_view_get_document    (MisManualView *self);
const char     *mis_manual_view_get_state       (MisManualView *self);
MisManualState  mis_manual_view_get_view_state  (MisManualView *self);
guint           mis_manual_view_get_page        (MisManualView *self);
void            mis_manual_view_go_to_page      (MisManualView *self,
                                                 guint          page);
double          mis_manual_view_get_zoom        (MisManualView *self);
MisManualFit    mis_manual_view_get_fit         (MisManualView *self);
gboolean        mis_manual_view_is_page_drawn   (MisManualView *self,
                                                 guint          page);
void            mis_manual_view_search          (MisManualView *self,
                                                 const char    *text);
int             mis_manual_view_get_n_matches   (MisManualView *self);
int             mis_manual_view_get_current_match (MisManualView *self);
int             mis_manual_view_get_current_match_page (MisManualView *self);
MisSearchContext *mis_manual_view_get_search_context (MisManualView *self);
gboolean        mis_manual_view_get_presenting  (MisManualView *self);
GtkWidget      *mis_manual_view_get_slide       (MisManualView *self);
char           *mis_manual_view_get_selected_text (MisManualView *self);
void            mis_manual_view_select_all_on_page (MisManualView *self);
gboolean        mis_manual_view_activate_link   (MisManualView *self,
                                                 const MisPdfLink *link);
MisResource *mis_manual_view_get_manual (MisManualView *self);
MisManualModel *mis_manual_view_get_model (MisManualView *self);

G_END_DECLS
