/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-pdf-document.h: a PDF manual, read and rendered by poppler on one
 * worker thread of its own.
 */
#pragma once

#include <gtk/gtk.h>

#include "mis-pdf-outline-item.h"

G_BEGIN_DECLS

#define MIS_PDF_ERROR (mis_pdf_error_quark ())

typedef enum
{
  MIS_PDF_ERROR_NEEDS_PASSWORD,
  MIS_PDF_ERROR_WRONG_PASSWORD,
  MIS_PDF_ERROR_DAMAGED,
  MIS_PDF_ERROR_PAGE,
} MisPdfError;

/* Largest page side, in points: PDF's own limit (200 inches). */
#define MIS_PDF_MAX_PAGE_SIDE 14400.0
#define MIS_PDF_MIN_PAGE_SIDE 1.0

typedef enum
{
  MIS_PDF_LINK_PAGE,      /* a place in the manual */
  MIS_PDF_LINK_URI,       /* a web address: shown, never opened */
  MIS_PDF_LINK_OTHER,     /* another file, a form, JavaScript…: ignored */
} MisPdfLinkKind;

/* Areas are in points from the page's top-left corner. */
typedef struct
{
  graphene_rect_t area;
  MisPdfLinkKind  kind;
  int             page;    /* MIS_PDF_LINK_PAGE: from 0 */
  double          top;     /* MIS_PDF_LINK_PAGE: points from the top, or -1 */
  char           *uri;     /* MIS_PDF_LINK_URI */
} MisPdfLink;

typedef struct
{
  int     page;
  GArray *areas;          /* graphene_rect_t: a match split over lines has several */
} MisPdfMatch;

typedef struct
{
  char            *text;
  graphene_rect_t *areas;  /* one per character of text */
  guint            n_areas;
} MisPdfText;

MisPdfMatch *mis_pdf_match_copy (const MisPdfMatch *match);
void         mis_pdf_match_free (MisPdfMatch       *match);
void         mis_pdf_text_free  (MisPdfText        *text);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MisPdfText, mis_pdf_text_free)

#define MIS_TYPE_PDF_DOCUMENT (mis_pdf_document_get_type ())
G_DECLARE_FINAL_TYPE (MisPdfDocument, mis_pdf_document, MIS, PDF_DOCUMENT, GObject)

GQuark          mis_pdf_error_quark               (void);

void            mis_pdf_document_stop_workers     (void);

void            mis_pdf_document_load_async       (GFile               *file,
                                                   const char          *password,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
MisPdfDocument *mis_pdf_document_load_finish      (GAsyncResult        *result,
                                                   GError             **error);

guint           mis_pdf_document_count_pages      (GFile          *file);
GFile          *mis_pdf_document_get_file         (MisPdfDocument *self);
const char     *mis_pdf_document_get_title        (MisPdfDocument *self);
guint           mis_pdf_document_get_n_pages      (MisPdfDocument *self);
void            mis_pdf_document_get_page_size    (MisPdfDocument *self,
                                                   guint           page,
                                                   double         *width,
                                                   double         *height);
void            mis_pdf_document_get_max_page_size (MisPdfDocument *self,
                                                    double         *width,
                                                    double         *height);
const char     *mis_pdf_document_get_page_label   (MisPdfDocument *self,
                                                   guint           page);
gboolean        mis_pdf_document_has_page_labels  (MisPdfDocument *self);
int             mis_pdf_document_find_page        (MisPdfDocument *self,
                                                   const char     *label_or_number);
GPtrArray      *mis_pdf_document_get_links        (MisPdfDocument *self,
                                                   guint           page);
GListModel     *mis_pdf_document_get_outline      (MisPdfDocument *self);

void            mis_pdf_document_render_async     (MisPdfDocument      *self,
                                                   guint                page,
                                                   double               scale,
                                                   const graphene_rect_t *area,
                                                   int                  priority,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
GdkTexture     *mis_pdf_document_render_finish    (MisPdfDocument      *self,
                                                   GAsyncResult        *result,
                                                   GError             **error);

void            mis_pdf_document_get_text_async   (MisPdfDocument      *self,
                                                   guint                page,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
MisPdfText     *mis_pdf_document_get_text_finish  (MisPdfDocument      *self,
                                                   GAsyncResult        *result,
                                                   GError             **error);

/* @found: (element-type MisPdfMatch) (transfer none): the matches of the
 * pages searched since the last call, in page order */
typedef void (*MisPdfProgressFunc) (double     fraction,
                                    GPtrArray *found,
                                    gpointer   user_data);

void            mis_pdf_document_find_async       (MisPdfDocument      *self,
                                                   const char          *text,
                                                   MisPdfProgressFunc   progress,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
GPtrArray      *mis_pdf_document_find_finish      (MisPdfDocument      *self,
                                                   GAsyncResult        *result,
                                                   GError             **error);

void            mis_pdf_document_print_async      (MisPdfDocument      *self,
                                                   guint                page,
                                                   cairo_t             *cr,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
gboolean        mis_pdf_document_print_finish     (MisPdfDocument      *self,
                                                   GAsyncResult        *result,
                                                   GError             **error);

G_END_DECLS
