/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-pdf-page.h: one page of a manual on screen: its rendering when there is
 * one, else a blank sheet of the right size, with search hits and selection.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MIS_TYPE_PDF_PAGE (mis_pdf_page_get_type ())
G_DECLARE_FINAL_TYPE (MisPdfPage, mis_pdf_page, MIS, PDF_PAGE, GtkWidget)

GtkWidget  *mis_pdf_page_new            (guint            index);
guint       mis_pdf_page_get_index      (MisPdfPage      *self);
void        mis_pdf_page_set_index      (MisPdfPage      *self,
                                         guint            index);
void        mis_pdf_page_set_size       (MisPdfPage      *self,
                                         double           page_width,
                                         double           page_height,
                                         double           zoom);
double      mis_pdf_page_get_zoom       (MisPdfPage      *self);
int         mis_pdf_page_get_pixel_width  (MisPdfPage    *self);
int         mis_pdf_page_get_pixel_height (MisPdfPage    *self);
void        mis_pdf_page_set_label      (MisPdfPage      *self,
                                         const char      *label);
void        mis_pdf_page_set_texture    (MisPdfPage      *self,
                                         GdkTexture      *texture,
                                         double           scale);
GdkTexture *mis_pdf_page_get_texture    (MisPdfPage      *self,
                                         double          *scale);
void        mis_pdf_page_set_detail     (MisPdfPage      *self,
                                         GdkTexture      *texture,
                                         double           scale,
                                         const graphene_rect_t *area);
gboolean    mis_pdf_page_has_detail     (MisPdfPage      *self,
                                         double           scale,
                                         const graphene_rect_t *area);
void        mis_pdf_page_set_error      (MisPdfPage      *self,
                                         const char      *message);
const char *mis_pdf_page_get_error      (MisPdfPage      *self);
gboolean    mis_pdf_page_is_drawn       (MisPdfPage      *self);
gsize       mis_pdf_page_get_bytes      (MisPdfPage      *self);
void        mis_pdf_page_drop_textures  (MisPdfPage      *self);
void        mis_pdf_page_set_highlights (MisPdfPage      *self,
                                         GArray          *areas,
                                         GArray          *current);
void        mis_pdf_page_set_selection  (MisPdfPage      *self,
                                         GArray          *areas);

G_END_DECLS
