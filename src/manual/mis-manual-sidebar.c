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

#define THUMB_WIDTH 120.0
/* Thumbnails kept (about 80 kB each): a long manual does not keep them all. */
#define MAX_THUMBS 200

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

static void
setup_thumbnail_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *page = mis_pdf_page_new (G_MAXUINT);

  gtk_widget_set_halign (page, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (page, "thumbnail");
  gtk_box_append (GTK_BOX (box), page);
  gtk_box_append (GTK_BOX (box), gtk_label_new (NULL));
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_list_item_set_child (item, box);
}

typedef struct
{
  MisManualView *self;
  MisPdfPage    *thumb;
  guint          page;
} ThumbRequest;

static void
thumbnail_rendered_cb (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  ThumbRequest *request = user_data;
  g_autoptr(GdkTexture) texture = mis_pdf_document_render_finish (MIS_PDF_DOCUMENT (object), result, NULL);

  if (texture != NULL && MIS_PDF_DOCUMENT (object) == request->self->document)
    {
      /* Rows on screen keep theirs; the others are made again if needed. */
      if (g_hash_table_size (request->self->thumbs) >= MAX_THUMBS)
        g_hash_table_remove_all (request->self->thumbs);
      g_hash_table_insert (request->self->thumbs, GUINT_TO_POINTER (request->page), g_object_ref (texture));
      /* The list recycles its rows: only if it still shows that page. */
      if (mis_pdf_page_get_index (request->thumb) == request->page)
        mis_pdf_page_set_texture (request->thumb, texture, 0);
    }

  g_object_unref (request->thumb);
  g_object_unref (request->self);
  g_free (request);
}

static void
bind_thumbnail_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   MisManualView            *self)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  MisPdfPage *thumb = MIS_PDF_PAGE (gtk_widget_get_first_child (box));
  guint position = gtk_list_item_get_position (item);
  GdkTexture *texture;
  double width, height, zoom;

  if (self->document == NULL || position >= n_pages (self))
    return;

  gtk_label_set_label (GTK_LABEL (gtk_widget_get_last_child (box)),
                       mis_pdf_document_get_page_label (self->document, position));
  mis_pdf_page_set_index (thumb, position);
  mis_pdf_document_get_page_size (self->document, position, &width, &height);
  zoom = MIN (THUMB_WIDTH / width, THUMB_WIDTH * 1.5 / height);
  mis_pdf_page_set_size (thumb, width, height, zoom);

  if ((texture = g_hash_table_lookup (self->thumbs, GUINT_TO_POINTER (position))) != NULL)
    mis_pdf_page_set_texture (thumb, texture, 0);
  else
    {
      ThumbRequest *request = g_new0 (ThumbRequest, 1);

      request->self = g_object_ref (self);
      request->thumb = g_object_ref (thumb);
      request->page = position;
      mis_pdf_document_render_async (self->document, position, zoom * device_scale (self), NULL,
                                     G_PRIORITY_LOW + 10, self->cancellable, thumbnail_rendered_cb, request);
    }
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
  gtk_string_list_splice (self->thumb_labels, 0, g_list_model_get_n_items (G_LIST_MODEL (self->thumb_labels)),
                          (const char * const *)labels);
}

void
_mis_manual_view_empty_sidebar (MisManualView *self)
{
  gtk_list_view_set_model (self->outline_list, NULL);
  g_clear_object (&self->outline_model);
  gtk_string_list_splice (self->thumb_labels, 0, g_list_model_get_n_items (G_LIST_MODEL (self->thumb_labels)), NULL);
  g_hash_table_remove_all (self->thumbs);
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
  g_autoptr(GtkListItemFactory) thumb_factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkSingleSelection) selection = NULL;

  g_signal_connect (outline_factory, "setup", G_CALLBACK (setup_outline_cb), NULL);
  g_signal_connect (outline_factory, "bind", G_CALLBACK (bind_outline_cb), self);
  gtk_list_view_set_factory (self->outline_list, outline_factory);

  g_signal_connect (thumb_factory, "setup", G_CALLBACK (setup_thumbnail_cb), NULL);
  g_signal_connect (thumb_factory, "bind", G_CALLBACK (bind_thumbnail_cb), self);
  gtk_list_view_set_factory (self->thumbnail_list, thumb_factory);
  selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->thumb_labels)));
  gtk_list_view_set_model (self->thumbnail_list, GTK_SELECTION_MODEL (selection));

  g_object_bind_property (self->flap, "reveal-flap", self->sidebar_button, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_signal_connect_object (self->flap, "notify::reveal-flap", G_CALLBACK (sidebar_toggled_cb), self, G_CONNECT_SWAPPED);
}
