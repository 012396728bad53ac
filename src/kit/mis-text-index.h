/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-text-index.h: what the kit says inside its resources (films'
 * subtitles, photo-novels' words, manuals' pages), searchable as one.
 */
#pragma once

#include <gio/gio.h>

#include "mis-kit.h"
#include "mis-resource.h"

G_BEGIN_DECLS

typedef struct
{
  MisResource *resource;
  char        *language;    /* of the text; NULL when the kit does not say */
  double       time;        /* films: the cue's start in seconds; else -1 */
  double       end;
  int          page;        /* photo-novels and manuals: from 0; else -1 */
  char        *page_label;  /* manuals: the page's label, when it has one */
  const char  *text;        /* as shown */
  const char * const *words; /* folded, for matching */
  /* < private > */
  gpointer     body;        /* owns text and words; shared by the
                             * resources that show the same file */
} MisTextEntry;

#define MIS_TYPE_TEXT_INDEX (mis_text_index_get_type ())
G_DECLARE_FINAL_TYPE (MisTextIndex, mis_text_index, MIS, TEXT_INDEX, GObject)

MisTextIndex *mis_text_index_new          (void);
void          mis_text_index_add_cues     (MisTextIndex  *self,
                                           MisResource   *film,
                                           const char    *language,
                                           GPtrArray     *cues);
void          mis_text_index_add_page     (MisTextIndex  *self,
                                           MisResource   *resource,
                                           int            page,
                                           const char    *page_label,
                                           const char    *language,
                                           const char    *text);
guint         mis_text_index_add_same_pages (MisTextIndex *self,
                                           MisResource   *resource,
                                           MisResource   *like);
void          mis_text_index_add_kit      (MisTextIndex  *self,
                                           MisKit        *kit,
                                           GCancellable  *cancellable);
guint         mis_text_index_get_n_entries (MisTextIndex *self);
const MisTextEntry *mis_text_index_get_entry (MisTextIndex *self,
                                           guint          i);
GPtrArray    *mis_text_index_get_warnings (MisTextIndex  *self);
GPtrArray    *mis_text_index_search       (MisTextIndex  *self,
                                           const char    *query,
                                           const char    *language);
char         *mis_text_entry_get_snippet  (const MisTextEntry *entry,
                                           const char         *query,
                                           guint               max_chars);
char         *mis_text_entry_format_place (const MisTextEntry *entry);

void          mis_text_index_build_async  (MisKit              *kit,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
MisTextIndex *mis_text_index_build_finish (GAsyncResult        *result,
                                           GError             **error);

G_END_DECLS
