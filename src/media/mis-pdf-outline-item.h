/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-pdf-outline-item.h: an entry of a manual's table of contents.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define MIS_TYPE_PDF_OUTLINE_ITEM (mis_pdf_outline_item_get_type ())
G_DECLARE_FINAL_TYPE (MisPdfOutlineItem, mis_pdf_outline_item, MIS, PDF_OUTLINE_ITEM, GObject)

const char *mis_pdf_outline_item_get_title    (MisPdfOutlineItem *self);
int         mis_pdf_outline_item_get_page     (MisPdfOutlineItem *self);
gboolean    mis_pdf_outline_item_get_expanded (MisPdfOutlineItem *self);
GListModel *mis_pdf_outline_item_get_children (MisPdfOutlineItem *self);

MisPdfOutlineItem *mis_pdf_outline_item_new   (const char *title,
                                               int         page,
                                               gboolean    expanded,
                                               GListStore *children);

G_END_DECLS
