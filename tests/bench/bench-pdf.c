/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * bench-pdf.c: the manual reader's work alone, through the app's own
 * MisPdfDocument: opening a manual and rendering one page at a scale, and
 * searching the whole manual. The figures go beside pdftoppm in
 * bench-manual.sh.
 *
 *   bench-pdf render FILE PAGE SCALE [RUNS]   prints "OPEN_AND_RENDER RENDER" medians in ms
 *   bench-pdf search FILE WORDS [RUNS]        prints "SEARCH HITS PAGES", the median in ms
 */
#include "config.h"

#include <stdlib.h>

#include "mis-pdf-document.h"
#include "mis-test-util.h"

static int
compare (const void *a,
         const void *b)
{
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

static double
median (double *times,
        int     n)
{
  qsort (times, (size_t)n, sizeof (double), compare);
  return times[n / 2];
}

static MisPdfDocument *
open_document (GFile *file)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  MisPdfDocument *document;

  mis_pdf_document_load_async (file, NULL, NULL, mis_test_store_result_cb, &result);
  if (!(document = mis_pdf_document_load_finish (mis_test_wait_result (&result), &error)))
    g_error ("%s", error->message);
  return document;
}

static void
render (MisPdfDocument *document,
        guint           page,
        double          scale)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = NULL;

  mis_pdf_document_render_async (document, page, scale, NULL, G_PRIORITY_DEFAULT, NULL, mis_test_store_result_cb, &result);
  if (!(texture = mis_pdf_document_render_finish (document, mis_test_wait_result (&result), &error)))
    g_error ("%s", error->message);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GFile) file = NULL;
  int runs;
  double *first, *again;

  if (argc >= 5 && g_str_equal (argv[1], "render"))
    {
      guint page = (guint)atoi (argv[3]) - 1;
      double scale = g_ascii_strtod (argv[4], NULL);

      runs = argc > 5 ? atoi (argv[5]) : 7;
      file = g_file_new_for_commandline_arg (argv[2]);
      first = g_new0 (double, runs);
      again = g_new0 (double, runs);
      for (int i = 0; i < runs; i++)
        {
          gint64 start = g_get_monotonic_time ();
          g_autoptr(MisPdfDocument) document = open_document (file);

          render (document, page, scale);
          first[i] = (g_get_monotonic_time () - start) / 1000.0;
          start = g_get_monotonic_time ();
          render (document, page, scale);
          again[i] = (g_get_monotonic_time () - start) / 1000.0;
        }
      g_print ("%.1f %.1f\n", median (first, runs), median (again, runs));
      g_free (first);
      g_free (again);
      return 0;
    }

  if (argc >= 4 && g_str_equal (argv[1], "search"))
    {
      g_autoptr(MisPdfDocument) document = NULL;
      guint hits = 0;

      runs = argc > 4 ? atoi (argv[4]) : 7;
      file = g_file_new_for_commandline_arg (argv[2]);
      document = open_document (file);
      first = g_new0 (double, runs);
      for (int i = 0; i < runs; i++)
        {
          g_autoptr(GAsyncResult) result = NULL;
          g_autoptr(GPtrArray) matches = NULL;
          gint64 start = g_get_monotonic_time ();

          mis_pdf_document_find_async (document, argv[3], NULL, NULL, mis_test_store_result_cb, &result);
          matches = mis_pdf_document_find_finish (document, mis_test_wait_result (&result), NULL);
          first[i] = (g_get_monotonic_time () - start) / 1000.0;
          hits = matches ? matches->len : 0;
        }
      g_print ("%.1f %u %u\n", median (first, runs), hits, mis_pdf_document_get_n_pages (document));
      g_free (first);
      return 0;
    }

  g_printerr ("usage: bench-pdf render FILE PAGE SCALE [RUNS]\n"
              "       bench-pdf search FILE WORDS [RUNS]\n");
  return 2;
}
