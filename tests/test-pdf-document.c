/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-pdf-document.c: the manuals through the real poppler, on the test
 * PDF of tests/data/manual (made by make-manuals.py): pages render with ink
 * where the text is, the outline, page labels and links are read as the
 * file has them, the search finds words whatever their accents on the right
 * pages and places, a page range prints to a PDF file of that many pages,
 * and every broken file is refused with a message.
 */
#include "config.h"

#include <gtk/gtk.h>
#include <poppler.h>

#include "mis-pdf-document.h"
#include "mis-pdf-print.h"
#include "mis-print-policy.h"
#include "mis-test-util.h"

static GFile *
manual_file (const char *name)
{
  g_autofree char *path = g_build_filename (mis_test_data_dir (), "manual", name, NULL);
  return g_file_new_for_path (path);
}

static MisPdfDocument *
open_manual (const char  *name,
             const char  *password,
             GError     **error)
{
  g_autoptr(GFile) file = manual_file (name);
  g_autoptr(GAsyncResult) result = NULL;

  mis_pdf_document_load_async (file, password, NULL, mis_test_store_result_cb, &result);
  return mis_pdf_document_load_finish (mis_test_wait_result (&result), error);
}

static GdkTexture *
render (MisPdfDocument        *document,
        guint                  page,
        double                 scale,
        const graphene_rect_t *area,
        GError               **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  mis_pdf_document_render_async (document, page, scale, area, G_PRIORITY_DEFAULT, NULL, mis_test_store_result_cb, &result);
  return mis_pdf_document_render_finish (document, mis_test_wait_result (&result), error);
}

/* The share of dark pixels in a rectangle of the texture. */
static double
ink (GdkTexture *texture,
     int         x0,
     int         y0,
     int         x1,
     int         y1)
{
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  g_autofree guchar *pixels = g_malloc ((gsize)width * height * 4);
  guint dark = 0, total = 0;

  gdk_texture_download (texture, pixels, (gsize)width * 4);
  for (int y = MAX (y0, 0); y < MIN (y1, height); y++)
    for (int x = MAX (x0, 0); x < MIN (x1, width); x++)
      {
        const guchar *p = pixels + ((gsize)y * width + x) * 4;

        total++;
        if (p[0] + p[1] + p[2] < 3 * 128)
          dark++;
      }
  return total ? (double)dark / total : 0;
}

static void
test_open (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MisPdfDocument) document = open_manual ("test-manual.pdf", NULL, &error);
  double width, height;

  g_assert_no_error (error);
  g_assert_cmpuint (mis_pdf_document_get_n_pages (document), ==, 6);
  g_assert_cmpstr (mis_pdf_document_get_title (document), ==, "Manuel de test");
  mis_pdf_document_get_page_size (document, 0, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 595, 0.01);
  g_assert_cmpfloat_with_epsilon (height, 842, 0.01);
}

static void
test_render_page (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MisPdfDocument) document = open_manual ("test-manual.pdf", NULL, &error);
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GdkTexture) part = NULL;

  /* Page "1" at 1.5 pixels per point: 893 x 1263. */
  texture = render (document, 2, 1.5, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, 893);
  g_assert_cmpint (gdk_texture_get_height (texture), ==, 1263);

  /* The dark band across the top, the title's ink, white paper below. */
  g_assert_cmpfloat (ink (texture, 0, 0, 893, 80), >, 0.95);
  g_assert_cmpfloat (ink (texture, 80, 160, 400, 215), >, 0.08);
  g_assert_cmpfloat (ink (texture, 0, 500, 893, 1200), <, 0.001);

  /* A part of the page, as the view renders at high zoom: the title's
   * corner, 300 x 100 pixels. */
  part = render (document, 2, 1.5, &GRAPHENE_RECT_INIT (80, 160, 300, 100), &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_texture_get_width (part), ==, 300);
  g_assert_cmpint (gdk_texture_get_height (part), ==, 100);
  g_assert_cmpfloat (ink (part, 0, 0, 300, 55), >, 0.08);
}

static void
test_outline (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MisPdfDocument) document = open_manual ("test-manual.pdf", NULL, &error);
  GListModel *outline = mis_pdf_document_get_outline (document);
  g_autoptr(MisPdfOutlineItem) first = NULL;
  g_autoptr(MisPdfOutlineItem) words = NULL;
  g_autoptr(MisPdfOutlineItem) child = NULL;
  g_autoptr(MisPdfOutlineItem) last = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (outline), ==, 3);
  first = g_list_model_get_item (outline, 0);
  words = g_list_model_get_item (outline, 1);
  last = g_list_model_get_item (outline, 2);
  g_assert_cmpstr (mis_pdf_outline_item_get_title (first), ==, "Introduction");
  g_assert_cmpint (mis_pdf_outline_item_get_page (first), ==, 0);
  g_assert_null (mis_pdf_outline_item_get_children (first));
  g_assert_cmpstr (mis_pdf_outline_item_get_title (words), ==, "Mots de passe");
  g_assert_cmpint (mis_pdf_outline_item_get_page (words), ==, 2);
  g_assert_true (mis_pdf_outline_item_get_expanded (words));
  g_assert_cmpstr (mis_pdf_outline_item_get_title (last), ==, "Harcèlement");
  g_assert_cmpint (mis_pdf_outline_item_get_page (last), ==, 4);

  g_assert_cmpuint (g_list_model_get_n_items (mis_pdf_outline_item_get_children (words)), ==, 1);
  child = g_list_model_get_item (mis_pdf_outline_item_get_children (words), 0);
  g_assert_cmpstr (mis_pdf_outline_item_get_title (child), ==, "Un bon mot de passe");
  g_assert_cmpint (mis_pdf_outline_item_get_page (child), ==, 3);
}

static void
test_page_labels (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MisPdfDocument) document = open_manual ("test-manual.pdf", NULL, &error);
  g_autoptr(MisPdfDocument) plain = NULL;
  g_autoptr(GFile) sample = NULL;
  g_autofree char *path = g_build_filename (mis_test_data_dir (), "kit-good", "manuals", "guide.pdf", NULL);
  g_autoptr(GAsyncResult) result = NULL;

  g_assert_true (mis_pdf_document_has_page_labels (document));
  g_assert_cmpstr (mis_pdf_document_get_page_label (document, 0), ==, "i");
  g_assert_cmpstr (mis_pdf_document_get_page_label (document, 1), ==, "ii");
  g_assert_cmpstr (mis_pdf_document_get_page_label (document, 2), ==, "1");
  g_assert_cmpstr (mis_pdf_document_get_page_label (document, 5), ==, "4");

  /* What a reader types in the page entry: a label first, else a number. */
  g_assert_cmpint (mis_pdf_document_find_page (document, "ii"), ==, 1);
  g_assert_cmpint (mis_pdf_document_find_page (document, " II "), ==, 1);
  g_assert_cmpint (mis_pdf_document_find_page (document, "1"), ==, 2);
  g_assert_cmpint (mis_pdf_document_find_page (document, "6"), ==, 5);
  g_assert_cmpint (mis_pdf_document_find_page (document, "7"), ==, -1);
  g_assert_cmpint (mis_pdf_document_find_page (document, "xyz"), ==, -1);

  /* No labels in the file: the numbers. */
  sample = g_file_new_for_path (path);
  mis_pdf_document_load_async (sample, NULL, NULL, mis_test_store_result_cb, &result);
  plain = mis_pdf_document_load_finish (mis_test_wait_result (&result), &error);
  g_assert_no_error (error);
  g_assert_false (mis_pdf_document_has_page_labels (plain));
  g_assert_cmpstr (mis_pdf_document_get_page_label (plain, 2), ==, "3");
}

static void
test_links (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MisPdfDocument) document = open_manual ("test-manual.pdf", NULL, &error);
  GPtrArray *links = mis_pdf_document_get_links (document, 1);
  const MisPdfLink *internal = NULL, *external = NULL;

  g_assert_cmpuint (links->len, ==, 2);
  for (guint i = 0; i < links->len; i++)
    {
      const MisPdfLink *link = g_ptr_array_index (links, i);

      if (link->kind == MIS_PDF_LINK_PAGE)
        internal = link;
      else if (link->kind == MIS_PDF_LINK_URI)
        external = link;
    }

  /* "Aller au chapitre Harcèlement", drawn at y = 320 from the top. */
  g_assert_nonnull (internal);
  g_assert_cmpint (internal->page, ==, 4);
  g_assert_cmpfloat (internal->area.origin.y, <, 320);
  g_assert_cmpfloat (internal->area.origin.y + internal->area.size.height, >, 310);
  g_assert_cmpfloat (internal->area.origin.x, >=, 55);

  g_assert_nonnull (external);
  g_assert_cmpstr (external->uri, ==, "https://www.ecpat.org/");
  g_assert_cmpfloat (external->area.origin.y, >, 330);

  g_assert_cmpuint (mis_pdf_document_get_links (document, 0)->len, ==, 0);
}

static GPtrArray *
find (MisPdfDocument *document,
      const char     *text)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *matches;

  mis_pdf_document_find_async (document, text, NULL, NULL, mis_test_store_result_cb, &result);
  matches = mis_pdf_document_find_finish (document, mis_test_wait_result (&result), &error);
  g_assert_no_error (error);
  return matches;
}

static void
test_search (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MisPdfDocument) document = open_manual ("test-manual.pdf", NULL, &error);
  g_autoptr(GPtrArray) plain = NULL;
  g_autoptr(GPtrArray) accented = NULL;
  g_autoptr(GPtrArray) words = NULL;
  g_autoptr(GPtrArray) none = NULL;
  MisPdfMatch *match;
  const graphene_rect_t *area;

  /* "Sécurité" twice: page "2" (index 3) and page "3" (index 4), one with a
   * capital; typed with or without accents. */
  plain = find (document, "securite");
  accented = find (document, "SÉCURITÉ");
  g_assert_cmpuint (plain->len, ==, 2);
  g_assert_cmpuint (accented->len, ==, 2);
  match = g_ptr_array_index (plain, 0);
  g_assert_cmpint (match->page, ==, 3);
  match = g_ptr_array_index (plain, 1);
  g_assert_cmpint (match->page, ==, 4);

  /* "La Sécurité de chacun compte." is the second line, its baseline at
   * y = 230 from the top, after "La " from x = 60. */
  g_assert_cmpuint (match->areas->len, ==, 1);
  area = &g_array_index (match->areas, graphene_rect_t, 0);
  g_assert_cmpfloat (area->origin.y, >, 210);
  g_assert_cmpfloat (area->origin.y, <, 230);
  g_assert_cmpfloat (area->origin.y + area->size.height, >, 225);
  g_assert_cmpfloat (area->origin.x, >, 70);
  g_assert_cmpfloat (area->size.width, >, 50);

  /* Words across spaces, not inside "Mots de passe": page "1" and the
   * title of page "2". */
  words = find (document, "mot de passe");
  g_assert_cmpuint (words->len, ==, 2);
  g_assert_cmpint (((MisPdfMatch *)g_ptr_array_index (words, 0))->page, ==, 2);
  g_assert_cmpint (((MisPdfMatch *)g_ptr_array_index (words, 1))->page, ==, 3);

  none = find (document, "zzzz");
  g_assert_cmpuint (none->len, ==, 0);
}

static gboolean have_display;

static void
check_print_range (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MisPdfDocument) document = open_manual ("test-manual.pdf", NULL, &error);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autofree char *dir = g_dir_make_tmp ("mis-print-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "handouts.pdf", NULL);
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  PopplerDocument *printed;
  PopplerPage *page;
  g_autofree char *text = NULL;
  GtkPrintOperationResult result;

  /* Pages 3 to 4 and 6: the handouts of the activity. */
  operation = mis_pdf_print_new (document, 0, "3-4, 6", &error);
  g_assert_no_error (error);
  gtk_print_operation_set_export_filename (operation, path);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);

  printed = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (poppler_document_get_n_pages (printed), ==, 3);
  page = poppler_document_get_page (printed, 2);
  text = poppler_page_get_text (page);
  g_assert_nonnull (strstr (text, "Fiche à imprimer"));
  g_object_unref (page);
  g_object_unref (printed);

  /* Ranges that are not pages of the manual are refused. */
  g_assert_null (mis_pdf_print_new (document, 0, "5-9", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_null (mis_pdf_print_new (document, 0, "deux", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);

  mis_test_remove_tree (dir);
}

/* Where saving to disk is off, GTK's "Print to File" (settings with an
 * output URI) is refused before a page is drawn; paper is not. */
static void
test_print_refuses_files (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MisPdfDocument) document = NULL;
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GtkPrintSettings) settings = gtk_print_settings_new ();
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *uri = NULL;
  GtkPrintOperationResult result;

  if (!have_display)
    {
      g_test_skip ("printing needs GTK, and GTK a display");
      return;
    }

  document = open_manual ("test-manual.pdf", NULL, &error);
  g_assert_no_error (error);
  dir = g_dir_make_tmp ("mis-print-XXXXXX", NULL);
  path = g_build_filename (dir, "copy.pdf", NULL);
  uri = g_filename_to_uri (path, NULL, NULL);

  g_assert_false (mis_print_saves_to_file (settings));
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_URI, uri);
  g_assert_true (mis_print_saves_to_file (settings));

  operation = mis_pdf_print_new (document, 0, NULL, &error);
  g_assert_no_error (error);
  gtk_print_operation_set_print_settings (operation, settings);
  gtk_print_operation_set_export_filename (operation, path);
  mis_print_refuse_files (operation);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, !=, GTK_PRINT_OPERATION_RESULT_ERROR);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_true (mis_print_was_refused (operation));
  g_assert_cmpint (gtk_print_operation_get_status (operation), ==, GTK_PRINT_STATUS_FINISHED_ABORTED);

  mis_test_remove_tree (dir);
}

static void
test_print_range (void)
{
  if (!have_display)
    {
      g_test_skip ("printing needs GTK, and GTK a display");
      return;
    }
  check_print_range ();
}

static void
test_bad_files (void)
{
  const struct { const char *name; GQuark domain; int code; const char *words; } cases[] = {
    { "missing.pdf", G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "missing" },
    { "empty.pdf", MIS_PDF_ERROR, MIS_PDF_ERROR_DAMAGED, "empty" },
    { "truncated.pdf", MIS_PDF_ERROR, MIS_PDF_ERROR_DAMAGED, "truncated.pdf" },
    { "corrupt.pdf", MIS_PDF_ERROR, MIS_PDF_ERROR_DAMAGED, "corrupt.pdf" },
    { "not-a-pdf.pdf", MIS_PDF_ERROR, MIS_PDF_ERROR_DAMAGED, "not a PDF" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(MisPdfDocument) document = open_manual (cases[i].name, NULL, &error);

      g_test_message ("%s: %s", cases[i].name, error ? error->message : "(opened)");
      g_assert_null (document);
      g_assert_error (error, cases[i].domain, cases[i].code);
      g_assert_nonnull (strstr (error->message, cases[i].words));
    }
}

static void
test_password (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MisPdfDocument) locked = open_manual ("protected.pdf", NULL, &error);
  g_autoptr(MisPdfDocument) wrong = NULL;
  g_autoptr(MisPdfDocument) open = NULL;

  g_assert_null (locked);
  g_assert_error (error, MIS_PDF_ERROR, MIS_PDF_ERROR_NEEDS_PASSWORD);
  g_clear_error (&error);

  wrong = open_manual ("protected.pdf", "guess", &error);
  g_assert_null (wrong);
  g_assert_error (error, MIS_PDF_ERROR, MIS_PDF_ERROR_WRONG_PASSWORD);
  g_clear_error (&error);

  open = open_manual ("protected.pdf", "secret", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mis_pdf_document_get_n_pages (open), ==, 6);
}

/* A page of 2 000 000 x 3 points: clamped, and drawn. */
static void
test_absurd_page (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MisPdfDocument) document = open_manual ("absurd.pdf", NULL, &error);
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GdkTexture) huge = NULL;
  double width, height;

  g_assert_no_error (error);
  mis_pdf_document_get_page_size (document, 0, &width, &height);
  g_assert_cmpfloat (width, ==, MIS_PDF_MAX_PAGE_SIDE);
  g_assert_cmpfloat (height, ==, 3);

  texture = render (document, 0, 0.5, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, 7200);

  /* Asked too big, it says so rather than eating the memory. */
  huge = render (document, 0, 4, NULL, &error);
  g_assert_null (huge);
  g_assert_error (error, MIS_PDF_ERROR, MIS_PDF_ERROR_PAGE);
}

int
main (int   argc,
      char *argv[])
{
  /* Only printing needs GTK, and with it a display; the rest runs anywhere. */
  g_test_init (&argc, &argv, NULL);
  have_display = gtk_init_check ();

  g_test_add_func ("/pdf/open", test_open);
  g_test_add_func ("/pdf/render-page", test_render_page);
  g_test_add_func ("/pdf/outline", test_outline);
  g_test_add_func ("/pdf/page-labels", test_page_labels);
  g_test_add_func ("/pdf/links", test_links);
  g_test_add_func ("/pdf/search", test_search);
  g_test_add_func ("/pdf/print-range", test_print_range);
  g_test_add_func ("/pdf/print-refuses-files", test_print_refuses_files);
  g_test_add_func ("/pdf/bad-files", test_bad_files);
  g_test_add_func ("/pdf/password", test_password);
  g_test_add_func ("/pdf/absurd-page", test_absurd_page);

  return g_test_run ();
}
