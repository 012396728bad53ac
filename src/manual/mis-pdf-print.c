/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-pdf-print.c: GtkPrintOperation over a manual. Each page is drawn by
 * poppler for printing on the document's worker, as Evince does: the
 * operation defers the page, the worker draws it on the printer's cairo
 * context, and the page is finished back on the main thread. The window
 * stays responsive while a long manual prints.
 */
#define G_LOG_DOMAIN "mis-pdf-print"

#include "config.h"

#include <glib/gi18n.h>

#include "mis-pdf-print.h"

typedef struct
{
  MisPdfDocument *document;
  GArray         *pages;    /* guint, from 0; NULL for every page */
} PrintJob;

static void
print_job_free (gpointer data)
{
  PrintJob *job = data;

  g_object_unref (job->document);
  g_clear_pointer (&job->pages, g_array_unref);
  g_free (job);
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PrintJob          *job)
{
  gtk_print_operation_set_n_pages (operation, job->pages ? (int)job->pages->len
                                                         : (int)mis_pdf_document_get_n_pages (job->document));
}

typedef struct
{
  GtkPrintOperation *operation;
  cairo_t           *cr;
} PendingPage;

static void
page_printed_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  PendingPage *pending = user_data;
  g_autoptr(GError) error = NULL;

  if (!mis_pdf_document_print_finish (MIS_PDF_DOCUMENT (object), result, &error))
    g_warning ("%s", error->message);

  cairo_restore (pending->cr);
  gtk_print_operation_draw_page_finish (pending->operation);
  cairo_destroy (pending->cr);
  g_object_unref (pending->operation);
  g_free (pending);
}

/* The page fitted to the paper and centred, as a handout wants it. */
static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              PrintJob          *job)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double paper_width = gtk_print_context_get_width (context);
  double paper_height = gtk_print_context_get_height (context);
  guint page = job->pages ? g_array_index (job->pages, guint, page_nr) : (guint)page_nr;
  PendingPage *pending;
  double width, height, scale;

  mis_pdf_document_get_page_size (job->document, page, &width, &height);
  scale = MIN (paper_width / width, paper_height / height);

  cairo_save (cr);
  cairo_translate (cr, (paper_width - width * scale) / 2, (paper_height - height * scale) / 2);
  cairo_scale (cr, scale, scale);

  pending = g_new0 (PendingPage, 1);
  pending->operation = g_object_ref (operation);
  pending->cr = cairo_reference (cr);
  gtk_print_operation_set_defer_drawing (operation);
  mis_pdf_document_print_async (job->document, page, cr, NULL, page_printed_cb, pending);
}

/**
 * mis_pdf_print_parse_pages:
 * @pages: "1-3, 6", pages counted from 1
 *
 * Returns: (transfer full) (element-type guint): the pages from 0, in the
 *   order given, or NULL with @error set
 */
GArray *
mis_pdf_print_parse_pages (const char  *pages,
                           guint        n_pages,
                           GError     **error)
{
  g_autoptr(GArray) result = g_array_new (FALSE, FALSE, sizeof (guint));
  g_auto(GStrv) parts = NULL;

  g_return_val_if_fail (pages != NULL, NULL);

  parts = g_strsplit (pages, ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_auto(GStrv) bounds = g_strsplit (g_strstrip (parts[i]), "-", 2);
      guint64 first, last;

      if (bounds[0] == NULL || *bounds[0] == '\0')
        continue;
      if (!g_ascii_string_to_unsigned (g_strstrip (bounds[0]), 10, 1, n_pages, &first, NULL) ||
          !g_ascii_string_to_unsigned (g_strstrip (bounds[1] ? bounds[1] : bounds[0]), 10, first, n_pages, &last, NULL))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                       _("“%s” is not a range of pages between 1 and %u."), parts[i], n_pages);
          return NULL;
        }
      for (guint64 p = first; p <= last; p++)
        {
          guint page = (guint)p - 1;
          g_array_append_val (result, page);
        }
    }

  if (result->len == 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, _("No page to print."));
      return NULL;
    }
  return g_steal_pointer (&result);
}

/**
 * mis_pdf_print_new:
 * @current_page: from 0, for the dialog's "Current page"
 * @pages: (nullable): the pages to print ("2-3, 5"); NULL for every page, or
 *   those chosen in the print dialog
 *
 * Returns: (transfer full): an operation to run, NULL with @error set when
 *   @pages is not a range of this manual's pages
 */
GtkPrintOperation *
mis_pdf_print_new (MisPdfDocument  *document,
                   guint            current_page,
                   const char      *pages,
                   GError         **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autofree char *name = NULL;
  PrintJob *job;

  g_return_val_if_fail (MIS_IS_PDF_DOCUMENT (document), NULL);

  job = g_new0 (PrintJob, 1);
  job->document = g_object_ref (document);
  if (pages != NULL &&
      !(job->pages = mis_pdf_print_parse_pages (pages, mis_pdf_document_get_n_pages (document), error)))
    {
      print_job_free (job);
      return NULL;
    }

  operation = gtk_print_operation_new ();
  name = mis_pdf_document_get_title (document)
    ? g_strdup (mis_pdf_document_get_title (document))
    : g_file_get_basename (mis_pdf_document_get_file (document));
  gtk_print_operation_set_job_name (operation, name);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_allow_async (operation, TRUE);
  gtk_print_operation_set_current_page (operation, (int)current_page);
  gtk_print_operation_set_n_pages (operation, job->pages ? (int)job->pages->len
                                                         : (int)mis_pdf_document_get_n_pages (document));
  g_object_set_data_full (G_OBJECT (operation), "mis-print-job", job, print_job_free);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), job);

  return g_steal_pointer (&operation);
}
