/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-pdf-page.c: a page of a manual. It has the page's size at the current
 * zoom from the start, so the scroll never jumps while pages arrive; until
 * its rendering comes it is a blank sheet with its label, and a rendering at
 * another zoom is stretched meanwhile rather than blanked. At high zoom a
 * sharp rendering of the part on screen (the detail) is drawn over it.
 */
#define G_LOG_DOMAIN "mis-pdf-page"

#include "config.h"

#include "mis-pdf-page.h"

struct _MisPdfPage
{
  GtkWidget        parent_instance;

  guint            index;
  double           page_width;     /* points */
  double           page_height;
  double           zoom;           /* CSS pixels per point */
  char            *label;
  char            *error;

  GdkTexture      *texture;
  double           texture_scale;  /* device pixels per point */
  GdkTexture      *detail;
  double           detail_scale;
  graphene_rect_t  detail_area;    /* points */

  GArray          *highlights;     /* graphene_rect_t, points */
  GArray          *current;
  GArray          *selection;
};

G_DEFINE_FINAL_TYPE (MisPdfPage, mis_pdf_page, GTK_TYPE_WIDGET)

static void
mis_pdf_page_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  MisPdfPage *self = MIS_PDF_PAGE (widget);

  *minimum = *natural = orientation == GTK_ORIENTATION_HORIZONTAL
    ? mis_pdf_page_get_pixel_width (self)
    : mis_pdf_page_get_pixel_height (self);
}

static void
append_areas (GtkSnapshot   *snapshot,
              GArray        *areas,
              double         zoom,
              const GdkRGBA *color)
{
  for (guint i = 0; areas != NULL && i < areas->len; i++)
    {
      const graphene_rect_t *area = &g_array_index (areas, graphene_rect_t, i);
      graphene_rect_t scaled;

      graphene_rect_init (&scaled, area->origin.x * zoom - 1, area->origin.y * zoom - 1,
                          area->size.width * zoom + 2, area->size.height * zoom + 2);
      gtk_snapshot_append_color (snapshot, color, &scaled);
    }
}

static void
append_centred_text (MisPdfPage  *self,
                     GtkSnapshot *snapshot,
                     const char  *text,
                     float        alpha)
{
  GtkWidget *widget = GTK_WIDGET (self);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, text);
  GdkRGBA color = { 0.2f, 0.2f, 0.2f, alpha };
  int text_width, text_height;

  pango_layout_set_width (layout, MAX (width - 24, 1) * PANGO_SCALE);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_get_pixel_size (layout, &text_width, &text_height);

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (12, MAX (0, (height - text_height) / 2)));
  gtk_snapshot_append_layout (snapshot, layout, &color);
  gtk_snapshot_restore (snapshot);
}

static void
mis_pdf_page_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  MisPdfPage *self = MIS_PDF_PAGE (widget);
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (widget), gtk_widget_get_height (widget));
  static const GdkRGBA white = { 1, 1, 1, 1 };
  static const GdkRGBA hit = { 0.96f, 0.83f, 0.18f, 0.45f };
  static const GdkRGBA current = { 0.90f, 0.38f, 0.0f, 0.55f };
  static const GdkRGBA selected = { 0.21f, 0.52f, 0.89f, 0.35f };

  gtk_snapshot_append_color (snapshot, &white, &bounds);

  if (self->texture != NULL)
    gtk_snapshot_append_texture (snapshot, self->texture, &bounds);
  if (self->detail != NULL)
    {
      graphene_rect_t area;

      graphene_rect_scale (&self->detail_area, self->zoom, self->zoom, &area);
      gtk_snapshot_append_texture (snapshot, self->detail, &area);
    }

  if (self->texture == NULL && self->error != NULL)
    append_centred_text (self, snapshot, self->error, 1.0f);
  else if (self->texture == NULL && self->label != NULL)
    append_centred_text (self, snapshot, self->label, 0.35f);

  append_areas (snapshot, self->highlights, self->zoom, &hit);
  append_areas (snapshot, self->current, self->zoom, &current);
  append_areas (snapshot, self->selection, self->zoom, &selected);
}

static void
mis_pdf_page_finalize (GObject *object)
{
  MisPdfPage *self = (MisPdfPage *)object;

  g_clear_object (&self->texture);
  g_clear_object (&self->detail);
  g_free (self->label);
  g_free (self->error);
  g_clear_pointer (&self->highlights, g_array_unref);
  g_clear_pointer (&self->current, g_array_unref);
  g_clear_pointer (&self->selection, g_array_unref);

  G_OBJECT_CLASS (mis_pdf_page_parent_class)->finalize (object);
}

static void
mis_pdf_page_class_init (MisPdfPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = mis_pdf_page_finalize;
  widget_class->measure = mis_pdf_page_measure;
  widget_class->snapshot = mis_pdf_page_snapshot;

  gtk_widget_class_set_css_name (widget_class, "mispdfpage");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
mis_pdf_page_init (MisPdfPage *self)
{
  self->page_width = 595;
  self->page_height = 842;
  self->zoom = 1;
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
}

GtkWidget *
mis_pdf_page_new (guint index)
{
  MisPdfPage *self = g_object_new (MIS_TYPE_PDF_PAGE, NULL);

  self->index = index;
  return GTK_WIDGET (self);
}

guint
mis_pdf_page_get_index (MisPdfPage *self)
{
  g_return_val_if_fail (MIS_IS_PDF_PAGE (self), 0);
  return self->index;
}

/* A page widget shows another page: what it showed goes. */
void
mis_pdf_page_set_index (MisPdfPage *self,
                        guint       index)
{
  g_return_if_fail (MIS_IS_PDF_PAGE (self));

  if (self->index == index)
    return;
  self->index = index;
  mis_pdf_page_drop_textures (self);
  mis_pdf_page_set_error (self, NULL);
  mis_pdf_page_set_highlights (self, NULL, NULL);
  mis_pdf_page_set_selection (self, NULL);
}

/**
 * mis_pdf_page_set_size:
 * @page_width: in points
 * @zoom: CSS pixels per point
 */
void
mis_pdf_page_set_size (MisPdfPage *self,
                       double      page_width,
                       double      page_height,
                       double      zoom)
{
  g_return_if_fail (MIS_IS_PDF_PAGE (self));

  if (self->page_width == page_width && self->page_height == page_height && self->zoom == zoom)
    return;

  self->page_width = page_width;
  self->page_height = page_height;
  self->zoom = zoom;
  /* A detail belongs to one zoom; the whole page stretches meanwhile. */
  g_clear_object (&self->detail);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

double
mis_pdf_page_get_zoom (MisPdfPage *self)
{
  g_return_val_if_fail (MIS_IS_PDF_PAGE (self), 1);
  return self->zoom;
}

int
mis_pdf_page_get_pixel_width (MisPdfPage *self)
{
  g_return_val_if_fail (MIS_IS_PDF_PAGE (self), 0);
  return MAX (1, (int)round (self->page_width * self->zoom));
}

int
mis_pdf_page_get_pixel_height (MisPdfPage *self)
{
  g_return_val_if_fail (MIS_IS_PDF_PAGE (self), 0);
  return MAX (1, (int)round (self->page_height * self->zoom));
}

/* The placeholder's words until the page is drawn. */
void
mis_pdf_page_set_label (MisPdfPage *self,
                        const char *label)
{
  g_return_if_fail (MIS_IS_PDF_PAGE (self));

  g_free (self->label);
  self->label = g_strdup (label);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * mis_pdf_page_set_texture:
 * @texture: (nullable): the whole page
 * @scale: device pixels per point it was rendered at
 */
void
mis_pdf_page_set_texture (MisPdfPage *self,
                          GdkTexture *texture,
                          double      scale)
{
  g_return_if_fail (MIS_IS_PDF_PAGE (self));

  g_set_object (&self->texture, texture);
  self->texture_scale = texture ? scale : 0;
  if (texture != NULL)
    g_clear_pointer (&self->error, g_free);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Returns: (transfer none) (nullable): the whole page's rendering */
GdkTexture *
mis_pdf_page_get_texture (MisPdfPage *self,
                          double     *scale)
{
  g_return_val_if_fail (MIS_IS_PDF_PAGE (self), NULL);

  if (scale != NULL)
    *scale = self->texture_scale;
  return self->texture;
}

/**
 * mis_pdf_page_set_detail:
 * @texture: (nullable): a sharp rendering of @area
 * @area: (nullable): in points
 */
void
mis_pdf_page_set_detail (MisPdfPage            *self,
                         GdkTexture            *texture,
                         double                 scale,
                         const graphene_rect_t *area)
{
  g_return_if_fail (MIS_IS_PDF_PAGE (self));

  g_set_object (&self->detail, texture);
  self->detail_scale = scale;
  if (area != NULL)
    self->detail_area = *area;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gboolean
mis_pdf_page_has_detail (MisPdfPage            *self,
                         double                 scale,
                         const graphene_rect_t *area)
{
  g_return_val_if_fail (MIS_IS_PDF_PAGE (self), FALSE);

  return self->detail != NULL && self->detail_scale == scale &&
         graphene_rect_contains_rect (&self->detail_area, area);
}

/* A page that cannot be drawn says so in its place. */
void
mis_pdf_page_set_error (MisPdfPage *self,
                        const char *message)
{
  g_return_if_fail (MIS_IS_PDF_PAGE (self));

  g_free (self->error);
  self->error = g_strdup (message);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  message ? message : "", -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

const char *
mis_pdf_page_get_error (MisPdfPage *self)
{
  g_return_val_if_fail (MIS_IS_PDF_PAGE (self), NULL);
  return self->error;
}

/* Returns: whether the page shows its content at the current zoom */
gboolean
mis_pdf_page_is_drawn (MisPdfPage *self)
{
  g_return_val_if_fail (MIS_IS_PDF_PAGE (self), FALSE);
  return self->texture != NULL;
}

gsize
mis_pdf_page_get_bytes (MisPdfPage *self)
{
  gsize bytes = 0;

  g_return_val_if_fail (MIS_IS_PDF_PAGE (self), 0);

  if (self->texture != NULL)
    bytes += (gsize)gdk_texture_get_width (self->texture) * gdk_texture_get_height (self->texture) * 4;
  if (self->detail != NULL)
    bytes += (gsize)gdk_texture_get_width (self->detail) * gdk_texture_get_height (self->detail) * 4;
  return bytes;
}

void
mis_pdf_page_drop_textures (MisPdfPage *self)
{
  g_return_if_fail (MIS_IS_PDF_PAGE (self));

  g_clear_object (&self->texture);
  g_clear_object (&self->detail);
  self->texture_scale = 0;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
set_areas (GArray **field,
           GArray  *areas)
{
  g_clear_pointer (field, g_array_unref);
  if (areas != NULL && areas->len > 0)
    *field = g_array_ref (areas);
}

/**
 * mis_pdf_page_set_highlights:
 * @areas: (nullable) (element-type graphene_rect_t): every search hit
 * @current: (nullable) (element-type graphene_rect_t): the hit gone to
 */
void
mis_pdf_page_set_highlights (MisPdfPage *self,
                             GArray     *areas,
                             GArray     *current)
{
  g_return_if_fail (MIS_IS_PDF_PAGE (self));

  set_areas (&self->highlights, areas);
  set_areas (&self->current, current);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
mis_pdf_page_set_selection (MisPdfPage *self,
                            GArray     *areas)
{
  g_return_if_fail (MIS_IS_PDF_PAGE (self));

  set_areas (&self->selection, areas);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
