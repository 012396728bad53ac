/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-pdf-outline-item.c: one entry of a manual's table of contents, read
 * once when the manual opens: its title, the page it leads to, whether it
 * starts unfolded, and the entries under it.
 */
#define G_LOG_DOMAIN "mis-pdf-document"

#include "config.h"

#include "mis-pdf-outline-item.h"

struct _MisPdfOutlineItem
{
  GObject     parent_instance;
  char       *title;
  int         page;
  gboolean    expanded;
  GListStore *children;
};

G_DEFINE_FINAL_TYPE (MisPdfOutlineItem, mis_pdf_outline_item, G_TYPE_OBJECT)

static void
mis_pdf_outline_item_finalize (GObject *object)
{
  MisPdfOutlineItem *self = (MisPdfOutlineItem *)object;

  g_free (self->title);
  g_clear_object (&self->children);
  G_OBJECT_CLASS (mis_pdf_outline_item_parent_class)->finalize (object);
}

static void
mis_pdf_outline_item_class_init (MisPdfOutlineItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mis_pdf_outline_item_finalize;
}

static void
mis_pdf_outline_item_init (MisPdfOutlineItem *self)
{
  self->page = -1;
}

const char *
mis_pdf_outline_item_get_title (MisPdfOutlineItem *self)
{
  g_return_val_if_fail (MIS_IS_PDF_OUTLINE_ITEM (self), NULL);
  return self->title;
}

/* Returns: the page it leads to, from 0; -1 when it leads nowhere. */
int
mis_pdf_outline_item_get_page (MisPdfOutlineItem *self)
{
  g_return_val_if_fail (MIS_IS_PDF_OUTLINE_ITEM (self), -1);
  return self->page;
}

gboolean
mis_pdf_outline_item_get_expanded (MisPdfOutlineItem *self)
{
  g_return_val_if_fail (MIS_IS_PDF_OUTLINE_ITEM (self), FALSE);
  return self->expanded;
}

/* Returns: (nullable) (transfer none): NULL for a leaf. */
GListModel *
mis_pdf_outline_item_get_children (MisPdfOutlineItem *self)
{
  g_return_val_if_fail (MIS_IS_PDF_OUTLINE_ITEM (self), NULL);
  return self->children ? G_LIST_MODEL (self->children) : NULL;
}

/**
 * mis_pdf_outline_item_new:
 * @page: the page it leads to, from 0, or -1
 * @children: (transfer full) (nullable): MisPdfOutlineItems under it
 */
MisPdfOutlineItem *
mis_pdf_outline_item_new (const char *title,
                          int         page,
                          gboolean    expanded,
                          GListStore *children)
{
  MisPdfOutlineItem *self = g_object_new (MIS_TYPE_PDF_OUTLINE_ITEM, NULL);

  self->title = g_strdup (title ? title : "");
  self->page = page;
  self->expanded = expanded;
  self->children = children;
  return self;
}
