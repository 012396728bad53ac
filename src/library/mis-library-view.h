/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-library-view.h: the kit's resources as a grid of cards, with search
 * and filters.
 */
#pragma once

#include <gtk/gtk.h>

#include "mis-hit-list.h"
#include "mis-kit.h"

G_BEGIN_DECLS

#define MIS_KIND_FILTER_ALL (-1)

#define MIS_TYPE_LIBRARY_VIEW (mis_library_view_get_type ())
G_DECLARE_FINAL_TYPE (MisLibraryView, mis_library_view, MIS, LIBRARY_VIEW, GtkWidget)

MisKit     *mis_library_view_get_kit            (MisLibraryView *self);
void        mis_library_view_set_kit            (MisLibraryView *self,
                                                 MisKit         *kit);
GListModel *mis_library_view_get_model          (MisLibraryView *self);
void        mis_library_view_set_kind_filter    (MisLibraryView *self,
                                                 int             kind);
void        mis_library_view_set_theme_filter   (MisLibraryView *self,
                                                 const char     *theme_id);
void        mis_library_view_set_audience_filter (MisLibraryView *self,
                                                  const char     *audience_id);
void        mis_library_view_set_search_text    (MisLibraryView *self,
                                                 const char     *text);
void        mis_library_view_clear_filters      (MisLibraryView *self);
gboolean    mis_library_view_is_showing_empty   (MisLibraryView *self);
void        mis_library_view_focus_grid         (MisLibraryView *self);
void        mis_library_view_reset              (MisLibraryView *self);
double      mis_library_view_get_scroll_position (MisLibraryView *self);
const char *mis_library_view_get_search_text    (MisLibraryView *self);
void        mis_library_view_index_texts        (MisLibraryView *self,
                                                 const char     *cache_dir);
void        mis_library_view_set_text_index     (MisLibraryView *self,
                                                 MisTextIndex   *index,
                                                 gboolean        complete);
MisHitList *mis_library_view_get_hit_list       (MisLibraryView *self);

G_END_DECLS
