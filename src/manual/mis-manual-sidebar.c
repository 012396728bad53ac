/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-manual-sidebar.c: the manual reader's sidebar: the table of contents
 * (the PDF's outline, expandable) and the pages in small, rendered on the
 * document's worker as they scroll into view; choosing one goes there. On a
 * narrow window it folds over the pages and goes away once used.
 */
#define G_LOG_DOMAIN "mis-manual-view"

#include "config.h"

#include <glib/gi18n.h>

#include "mis-manual-view-private.h"


static GListModel *
outline_children_cb (gpointer item,
                     gpointer user_data)
{
  GListModel *children = mis_pdf_outline_item_get_children (item);

  return children ? g_object_ref (children) : NULL;
}

static void
setup_outline_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  user_data)
{
  GtkWidget *expander = gtk_tree_expander_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *page = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_add_css_class (page, "dim-label");
  gtk_widget_add_css_class (page, "numeric");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), page);
  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), box);
  gtk_list_item_set_child (item, expander);
}

static void
bind_outline_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 MisManualView            *self)
{
  GtkTreeListRow *row = gtk_list_item_get_item (item);
  MisPdfOutlineItem *entry = gtk_tree_list_row_get_item (row);
  GtkWidget *expander = gtk_list_item_get_child (item);
  GtkWidget *box = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (expander));
  int page = mis_pdf_outline_item_get_page (entry);

  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), row);
  gtk_label_set_label (GTK_LABEL (gtk_widget_get_first_child (box)), mis_pdf_outline_item_get_title (entry));
  gtk_label_set_label (GTK_LABEL (gtk_widget_get_last_child (box)),
                       page >= 0 && self->document ? mis_pdf_document_get_page_label (self->document, (guint)page) : "");
  g_object_unref (entry);
}

static void
hide_folded_sidebar (MisManualView *self)
{
  if (adw_flap_get_folded (self->flap))
    adw_flap_set_reveal_flap (self->flap, FALSE);
}

static void
outline_activate_cb (MisManualView *self,
                     guint          position)
{
  g_autoptr(GtkTreeListRow) row = g_list_model_get_item (G_LIST_MODEL (self->outline_model), position);
  g_autoptr(MisPdfOutlineItem) entry = row ? gtk_tree_list_row_get_item (row) : NULL;

  if (entry != NULL && mis_pdf_outline_item_get_page (entry) >= 0)
    {
      _mis_manual_view_go_to (self, (guint)mis_pdf_outline_item_get_page (entry), -1);
      hide_folded_sidebar (self);
    }
}

static void
thumbnail_activate_cb (MisManualView *self,
                       guint          position)
{
  _mis_manual_view_go_to (self, position, -1);
  hide_folded_sidebar (self);
}

/* The "Pages" thumbnails, rendered on the document's worker at the size
 * that fits the row. */
static gboolean
load_thumbnail (guint                page,
                int                  width,
                int                  height,
                GCancellable        *cancellable,
                GAsyncReadyCallback  callback,
                gpointer             callback_data,
                gpointer             user_data)
{
  MisManualView *self = user_data;
  double page_width, page_height;

  if (self->document == NULL || page >= n_pages (self))
    return FALSE;

  mis_pdf_document_get_page_size (self->document, page, &page_width, &page_height);
  mis_pdf_document_render_async (self->document, page, MIN (width / page_width, height / page_height), NULL,
                                 G_PRIORITY_LOW + 10, cancellable, callback, callback_data);
  return TRUE;
}

static GdkTexture *
finish_thumbnail (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  return mis_pdf_document_render_finish (MIS_PDF_DOCUMENT (source), result, NULL);
}

void
_mis_manual_view_fill_sidebar (MisManualView *self)
{
  GListModel *outline = mis_pdf_document_get_outline (self->document);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) labels = NULL;
  g_autoptr(GtkSingleSelection) selection = NULL;

  self->outline_model = gtk_tree_list_model_new (g_object_ref (outline), FALSE, TRUE, outline_children_cb, NULL, NULL);
  selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->outline_model)));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  gtk_single_selection_set_selected (selection, GTK_INVALID_LIST_POSITION);
  gtk_list_view_set_model (self->outline_list, GTK_SELECTION_MODEL (selection));
  gtk_stack_set_visible_child_name (self->outline_stack, g_list_model_get_n_items (outline) > 0 ? "list" : "empty");

  for (guint i = 0; i < n_pages (self); i++)
    g_strv_builder_add (builder, mis_pdf_document_get_page_label (self->document, i));
  labels = g_strv_builder_end (builder);
  mis_thumbnail_strip_set_pages (self->thumbnail_strip, (const char * const *)labels);
}

void
_mis_manual_view_empty_sidebar (MisManualView *self)
{
  gtk_list_view_set_model (self->outline_list, NULL);
  g_clear_object (&self->outline_model);
  mis_thumbnail_strip_set_pages (self->thumbnail_strip, NULL);
}

static void
sidebar_toggled_cb (MisManualView *self)
{
  /* What the reader chose on a wide window is kept for wide windows. */
  if (!self->narrow)
    self->sidebar_wanted = adw_flap_get_reveal_flap (self->flap);
}

void
_mis_manual_view_class_init_sidebar (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, outline_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, thumbnail_activate_cb);
}

void
_mis_manual_view_init_sidebar (MisManualView *self)
{
  g_autoptr(GtkListItemFactory) outline_factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (outline_factory, "setup", G_CALLBACK (setup_outline_cb), NULL);
  g_signal_connect (outline_factory, "bind", G_CALLBACK (bind_outline_cb), self);
  gtk_list_view_set_factory (self->outline_list, outline_factory);

  mis_thumbnail_strip_set_loader (self->thumbnail_strip, load_thumbnail, finish_thumbnail, self);

  g_object_bind_property (self->flap, "reveal-flap", self->sidebar_button, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_signal_connect_object (self->flap, "notify::reveal-flap", G_CALLBACK (sidebar_toggled_cb), self, G_CONNECT_SWAPPED);
}
