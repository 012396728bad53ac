/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-reader-view.h: the photo-novel reader.
 */
#pragma once

#include <gtk/gtk.h>

#include "mis-kit.h"
#include "mis-page-view.h"
#include "mis-thumbnail-strip.h"
#include "mis-reading-model.h"
#include "mis-state-store.h"

G_BEGIN_DECLS

#define MIS_TYPE_READER_VIEW (mis_reader_view_get_type ())
G_DECLARE_FINAL_TYPE (MisReaderView, mis_reader_view, MIS, READER_VIEW, GtkWidget)

void             mis_reader_view_open          (MisReaderView *self,
                                                MisKit        *kit,
                                                MisResource   *novel,
                                                MisStateStore *store,
                                                int            page);
void             mis_reader_view_close         (MisReaderView *self);
MisReadingModel *mis_reader_view_get_model     (MisReaderView *self);
MisPageView     *mis_reader_view_get_page_view (MisReaderView *self);
MisThumbnailStrip *mis_reader_view_get_strip  (MisReaderView *self);
gboolean         mis_reader_view_get_text_shown (MisReaderView *self);
void             mis_reader_view_show_words    (MisReaderView *self,
                                                const char    *query,
                                                const char    *language);
const char      *mis_reader_view_get_text      (MisReaderView *self);
MisResource *mis_reader_view_get_novel (MisReaderView *self);

G_END_DECLS
