/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-hit-list.h: the library's hits inside the films, manuals and
 * photo-novels, grouped by resource.
 */
#pragma once

#include <gtk/gtk.h>

#include "mis-kit.h"
#include "mis-text-index.h"

G_BEGIN_DECLS

/* Shown per resource before "Show all". */
#define MIS_HIT_LIST_FIRST_HITS 3
/* Resources shown before "Show more", and how many more it shows. */
#define MIS_HIT_LIST_FIRST_RESOURCES 20

#define MIS_TYPE_HIT_LIST (mis_hit_list_get_type ())
G_DECLARE_FINAL_TYPE (MisHitList, mis_hit_list, MIS, HIT_LIST, GtkWidget)

void        mis_hit_list_index_kit      (MisHitList   *self,
                                         MisKit       *kit,
                                         const char   *cache_dir);
void        mis_hit_list_set_index      (MisHitList   *self,
                                         MisKit       *kit,
                                         MisTextIndex *index,
                                         gboolean      complete);
void        mis_hit_list_set_query      (MisHitList   *self,
                                         const char   *query);
guint       mis_hit_list_get_n_hits     (MisHitList   *self);
gboolean    mis_hit_list_get_complete   (MisHitList   *self);
guint       mis_hit_list_get_n_resources (MisHitList  *self);
GtkListBox *mis_hit_list_get_list_box   (MisHitList   *self);
const MisTextEntry *mis_hit_list_get_row_hit (MisHitList    *self,
                                              GtkListBoxRow *row);
void        mis_hit_list_focus          (MisHitList   *self);

G_END_DECLS
