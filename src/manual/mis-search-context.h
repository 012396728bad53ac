/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-search-context.h: a search of one manual, its matches as they are
 * found and the one the reader is at. No widgets.
 */
#pragma once

#include "mis-pdf-document.h"

G_BEGIN_DECLS

#define MIS_TYPE_SEARCH_CONTEXT (mis_search_context_get_type ())
G_DECLARE_FINAL_TYPE (MisSearchContext, mis_search_context, MIS, SEARCH_CONTEXT, GObject)

MisSearchContext  *mis_search_context_new               (MisPdfDocument   *document);
MisPdfDocument    *mis_search_context_get_document      (MisSearchContext *self);
void               mis_search_context_start             (MisSearchContext *self,
                                                         const char       *query,
                                                         guint             from_page);
void               mis_search_context_stop              (MisSearchContext *self);
const char        *mis_search_context_get_query         (MisSearchContext *self);
gboolean           mis_search_context_get_searching     (MisSearchContext *self);
double             mis_search_context_get_progress      (MisSearchContext *self);
guint              mis_search_context_get_n_matches     (MisSearchContext *self);
const MisPdfMatch *mis_search_context_get_match         (MisSearchContext *self,
                                                         guint             index);
int                mis_search_context_get_current_match (MisSearchContext *self);
void               mis_search_context_set_current_match (MisSearchContext *self,
                                                         int               index);
void               mis_search_context_next              (MisSearchContext *self);
void               mis_search_context_previous          (MisSearchContext *self);
GArray            *mis_search_context_get_page_hits     (MisSearchContext *self,
                                                         guint             page);

G_END_DECLS
