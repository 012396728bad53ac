/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-thumbnail-strip.c: the photo-novel's strip under its pages and the
 * manual's "Pages" in its sidebar are one widget: a list view in a scrolled
 * window, a picture and a label a row, the picture made by the viewer's
 * loader (the photo-novel's page cache, the manual's PDF worker) when its
 * row is bound. The list recycles its rows, so a thumbnail that arrives is
 * shown only if its row still shows that page; the thumbnails made are
 * kept, up to MAX_TEXTURES, for rows that scroll back. Choosing a row says
 * MisThumbnailStrip::page-activated.
 */
#define G_LOG_DOMAIN "mis-thumbnail-strip"

#include "config.h"

#include <glib/gi18n.h>

#include "mis-thumbnail-strip.h"

/* About 30-80 kB each: a long manual does not keep them all. */
#define MAX_TEXTURES 200

struct _MisThumbnailStrip
{
  GtkWidget               parent_instance;

  GtkWidget              *scroller;
  GtkListView            *list;
  GtkStringList          *labels;
  GtkSingleSelection     *selection;
  GHashTable             *textures;    /* page → GdkTexture */
  GCancellable           *cancellable;

  GtkOrientation          orientation;
  int                     thumb_width;
  int                     thumb_height;

  MisThumbnailLoadFunc    load;
  MisThumbnailFinishFunc  finish;
  gpointer                loader_data;
};

G_DEFINE_FINAL_TYPE_WITH_CODE (MisThumbnailStrip, mis_thumbnail_strip, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_ORIENTABLE, NULL))

enum {
  PROP_0,
  PROP_THUMB_WIDTH,
  PROP_THUMB_HEIGHT,
  PROP_ORIENTATION,
  N_PROPS = PROP_ORIENTATION
};

enum {
  PAGE_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

typedef struct
{
  MisThumbnailStrip *self;
  GtkPicture        *picture;
  guint              page;
  GCancellable      *cancellable;   /* the document's it was asked for */
} Request;

static void
request_free (Request *request)
{
  g_object_unref (request->picture);
  g_object_unref (request->self);
  g_object_unref (request->cancellable);
  g_free (request);
}

/* Which page a recycled row shows now. */
static GQuark page_quark;

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  Request *request = user_data;
  MisThumbnailStrip *self = request->self;
  g_autoptr(GdkTexture) texture = self->finish ? self->finish (source, result, self->loader_data) : NULL;

  /* Not for a document shown before this one. */
  if (texture != NULL && !g_cancellable_is_cancelled (request->cancellable))
    {
      if (g_hash_table_size (self->textures) >= MAX_TEXTURES)
        g_hash_table_remove_all (self->textures);
      g_hash_table_insert (self->textures, GUINT_TO_POINTER (request->page), g_object_ref (texture));

      if (GPOINTER_TO_UINT (g_object_get_qdata (G_OBJECT (request->picture), page_quark)) == request->page + 1)
        gtk_picture_set_paintable (request->picture, GDK_PAINTABLE (texture));
    }

  request_free (request);
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          MisThumbnailStrip        *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *picture = gtk_picture_new ();

  gtk_widget_set_size_request (picture, self->thumb_width, self->thumb_height);
  gtk_widget_set_halign (picture, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (picture, "thumbnail");
  gtk_box_append (GTK_BOX (box), picture);
  gtk_box_append (GTK_BOX (box), gtk_label_new (NULL));
  gtk_list_item_set_child (item, box);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         MisThumbnailStrip        *self)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkPicture *picture = GTK_PICTURE (gtk_widget_get_first_child (box));
  guint page = gtk_list_item_get_position (item);
  const char *label = gtk_string_list_get_string (self->labels, page);
  g_autofree char *accessible = g_strdup_printf (_("Page %s"), label ? label : "");
  int scale = gtk_widget_get_scale_factor (box);
  GdkTexture *texture;
  Request *request;

  gtk_label_set_label (GTK_LABEL (gtk_widget_get_last_child (box)), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  g_object_set_qdata (G_OBJECT (picture), page_quark, GUINT_TO_POINTER (page + 1));

  if ((texture = g_hash_table_lookup (self->textures, GUINT_TO_POINTER (page))) != NULL)
    {
      gtk_picture_set_paintable (picture, GDK_PAINTABLE (texture));
      return;
    }

  gtk_picture_set_paintable (picture, NULL);
  if (self->load == NULL)
    return;

  request = g_new0 (Request, 1);
  request->self = g_object_ref (self);
  request->picture = g_object_ref (picture);
  request->page = page;
  request->cancellable = g_object_ref (self->cancellable);
  if (!self->load (page, self->thumb_width * scale, self->thumb_height * scale, request->cancellable, loaded_cb,
                   request, self->loader_data))
    request_free (request);
}

static void
activate_cb (MisThumbnailStrip *self,
             guint              position)
{
  g_signal_emit (self, signals[PAGE_ACTIVATED], 0, position);
}

/* A row of pages scrolls sideways, a column up and down. */
static void
set_orientation (MisThumbnailStrip *self,
                 GtkOrientation     orientation)
{
  gboolean horizontal = orientation == GTK_ORIENTATION_HORIZONTAL;

  self->orientation = orientation;
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->list), orientation);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller),
                                  horizontal ? GTK_POLICY_AUTOMATIC : GTK_POLICY_NEVER,
                                  horizontal ? GTK_POLICY_NEVER : GTK_POLICY_AUTOMATIC);
}

static void
mis_thumbnail_strip_dispose (GObject *object)
{
  MisThumbnailStrip *self = MIS_THUMBNAIL_STRIP (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  g_clear_object (&self->selection);
  g_clear_object (&self->labels);
  g_clear_pointer (&self->textures, g_hash_table_unref);

  G_OBJECT_CLASS (mis_thumbnail_strip_parent_class)->dispose (object);
}

static void
mis_thumbnail_strip_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  MisThumbnailStrip *self = MIS_THUMBNAIL_STRIP (object);

  switch (prop_id)
    {
    case PROP_THUMB_WIDTH:
      g_value_set_int (value, self->thumb_width);
      break;
    case PROP_THUMB_HEIGHT:
      g_value_set_int (value, self->thumb_height);
      break;
    case PROP_ORIENTATION:
      g_value_set_enum (value, self->orientation);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mis_thumbnail_strip_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  MisThumbnailStrip *self = MIS_THUMBNAIL_STRIP (object);

  switch (prop_id)
    {
    case PROP_THUMB_WIDTH:
      self->thumb_width = g_value_get_int (value);
      break;
    case PROP_THUMB_HEIGHT:
      self->thumb_height = g_value_get_int (value);
      break;
    case PROP_ORIENTATION:
      set_orientation (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mis_thumbnail_strip_class_init (MisThumbnailStripClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mis_thumbnail_strip_dispose;
  object_class->get_property = mis_thumbnail_strip_get_property;
  object_class->set_property = mis_thumbnail_strip_set_property;

  properties[PROP_THUMB_WIDTH] =
    g_param_spec_int ("thumb-width", NULL, NULL, 16, 1024, 96,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_THUMB_HEIGHT] =
    g_param_spec_int ("thumb-height", NULL, NULL, 16, 1024, 72,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  g_object_class_override_property (object_class, PROP_ORIENTATION, "orientation");

  /**
   * MisThumbnailStrip::page-activated:
   * @page: the page chosen, from 0
   */
  signals[PAGE_ACTIVATED] =
    g_signal_new ("page-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  page_quark = g_quark_from_static_string ("mis-thumbnail-page");
  gtk_widget_class_set_css_name (widget_class, "misthumbnailstrip");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
mis_thumbnail_strip_init (MisThumbnailStrip *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  self->thumb_width = 96;
  self->thumb_height = 72;
  self->labels = gtk_string_list_new (NULL);
  self->textures = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  self->cancellable = g_cancellable_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), self);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->labels)));
  self->list = GTK_LIST_VIEW (gtk_list_view_new (GTK_SELECTION_MODEL (g_object_ref (self->selection)),
                                                 g_object_ref (factory)));
  gtk_list_view_set_single_click_activate (self->list, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Pages"), -1);
  g_signal_connect_object (self->list, "activate", G_CALLBACK (activate_cb), self, G_CONNECT_SWAPPED);

  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), GTK_WIDGET (self->list));
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));
  set_orientation (self, GTK_ORIENTATION_HORIZONTAL);
}

/**
 * mis_thumbnail_strip_set_loader:
 * @load: makes a thumbnail; called as rows are bound
 * @finish: gives it
 * @user_data: for both; must outlive the strip's use (the viewer owning it)
 */
void
mis_thumbnail_strip_set_loader (MisThumbnailStrip      *self,
                                MisThumbnailLoadFunc    load,
                                MisThumbnailFinishFunc  finish,
                                gpointer                user_data)
{
  g_return_if_fail (MIS_IS_THUMBNAIL_STRIP (self));

  self->load = load;
  self->finish = finish;
  self->loader_data = user_data;
}

/**
 * mis_thumbnail_strip_set_pages:
 * @labels: (nullable) (array zero-terminated=1): a label a page; %NULL for none
 *
 * Another document: the thumbnails made for the last one are forgotten,
 * and those on their way never show.
 */
void
mis_thumbnail_strip_set_pages (MisThumbnailStrip  *self,
                               const char * const *labels)
{
  g_return_if_fail (MIS_IS_THUMBNAIL_STRIP (self));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  g_hash_table_remove_all (self->textures);
  gtk_string_list_splice (self->labels, 0, g_list_model_get_n_items (G_LIST_MODEL (self->labels)), labels);
}

guint
mis_thumbnail_strip_get_n_pages (MisThumbnailStrip *self)
{
  g_return_val_if_fail (MIS_IS_THUMBNAIL_STRIP (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->labels));
}

/* The page being read: selected, and scrolled to. */
void
mis_thumbnail_strip_select (MisThumbnailStrip *self,
                            guint              page)
{
  g_return_if_fail (MIS_IS_THUMBNAIL_STRIP (self));

  if (page >= mis_thumbnail_strip_get_n_pages (self))
    return;
  gtk_single_selection_set_selected (self->selection, page);
  gtk_widget_activate_action (GTK_WIDGET (self->list), "list.scroll-to-item", "u", page);
}

guint
mis_thumbnail_strip_get_selected (MisThumbnailStrip *self)
{
  g_return_val_if_fail (MIS_IS_THUMBNAIL_STRIP (self), GTK_INVALID_LIST_POSITION);
  return gtk_single_selection_get_selected (self->selection);
}

/* What a click on the row does. */
void
mis_thumbnail_strip_activate (MisThumbnailStrip *self,
                              guint              page)
{
  g_return_if_fail (MIS_IS_THUMBNAIL_STRIP (self));
  g_signal_emit_by_name (self->list, "activate", page);
}

/* Returns: (transfer none) (nullable): page @page's thumbnail, once made */
GdkTexture *
mis_thumbnail_strip_get_texture (MisThumbnailStrip *self,
                                 guint              page)
{
  g_return_val_if_fail (MIS_IS_THUMBNAIL_STRIP (self), NULL);
  return g_hash_table_lookup (self->textures, GUINT_TO_POINTER (page));
}
