/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-manual.c: the manual reader in the real window, under a real display,
 * on the sample kit's youth manual: opened from the library, its first page
 * drawn with ink; the page entry, the outline and a link of the table of
 * contents go where they say; a search finds words without their accents;
 * presenting shows one page at a time and leaving comes back to it; the
 * page read is there again after a restart; a damaged manual shows poppler's
 * reason and the app goes on.
 */
#include "config.h"

#include <adwaita.h>

#include "mis-manual-view.h"
#include "mis-pdf-page.h"
#include "mis-test-util.h"
#include "mis-test-window.h"
#include "mis-window.h"

/* How long a wait on the reader may take before the test fails. */
#define WAIT_SECONDS 20

static gboolean
is_state (gpointer      view,
          gconstpointer state)
{
  return g_strcmp0 (mis_manual_view_get_state (view), state) == 0;
}

static gboolean
page_drawn (gpointer      view,
            gconstpointer page)
{
  return mis_manual_view_is_page_drawn (view, GPOINTER_TO_UINT (page));
}

/* Selects the page's words once its text has come from the worker. */
static gboolean
page_text_selected (gpointer      view,
                    gconstpointer data)
{
  g_autofree char *text = NULL;

  mis_manual_view_select_all_on_page (view);
  text = mis_manual_view_get_selected_text (view);
  return text != NULL;
}

static gboolean
search_done (gpointer      view,
             gconstpointer data)
{
  return mis_manual_view_get_n_matches (view) >= 0;
}

static gboolean
slide_drawn (gpointer      view,
             gconstpointer page)
{
  return mis_manual_view_get_presenting (view) && mis_manual_view_get_page (view) == GPOINTER_TO_UINT (page) &&
         mis_pdf_page_is_drawn (MIS_PDF_PAGE (mis_manual_view_get_slide (view)));
}

/* The share of non-white pixels of a page's rendering. */
static double
ink (GdkTexture *texture)
{
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  g_autofree guchar *pixels = g_malloc ((gsize)width * height * 4);
  gsize inked = 0;

  gdk_texture_download (texture, pixels, (gsize)width * 4);
  for (gsize i = 0; i < (gsize)width * height; i++)
    if (pixels[i * 4] < 200 || pixels[i * 4 + 1] < 200 || pixels[i * 4 + 2] < 200)
      inked++;
  return (double)inked / ((gsize)width * height);
}

static GtkWidget *
find_named (GtkWidget  *widget,
            GType       type,
            const char *css_class)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = NULL;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) && (css_class == NULL || gtk_widget_has_css_class (child, css_class)))
        found = child;
      else
        found = find_named (child, type, css_class);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The page in the scroll (not a thumbnail, not the presented one). */
static MisPdfPage *
find_page (GtkWidget *widget,
           GtkWidget *slide,
           guint      index)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      MisPdfPage *found;

      if (MIS_IS_PDF_PAGE (child) && child != slide && !gtk_widget_has_css_class (child, "thumbnail") &&
          mis_pdf_page_get_index (MIS_PDF_PAGE (child)) == index)
        return MIS_PDF_PAGE (child);
      if ((found = find_page (child, slide, index)) != NULL)
        return found;
    }
  return NULL;
}

static MisPdfPage *
scroll_page (MisManualView *view,
             guint          index)
{
  return find_page (GTK_WIDGET (view), mis_manual_view_get_slide (view), index);
}

/* The page being read drawn at the zoom shown, not a rendering at another
 * zoom stretched. */
static gboolean
current_page_sharp (gpointer      view,
                    gconstpointer data)
{
  double scale;
  GdkTexture *texture = mis_pdf_page_get_texture (scroll_page (view, mis_manual_view_get_page (view)), &scale);

  return texture != NULL &&
         G_APPROX_VALUE (scale, mis_manual_view_get_zoom (view) * gtk_widget_get_scale_factor (view), 1e-6);
}

static gboolean
settled_cb (gpointer data)
{
  *(gboolean *)data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Lets scrolling animations (GTK's take 200 ms) run to their end. */
static void
settle (void)
{
  gboolean done = FALSE;

  g_timeout_add (500, settled_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static void
count_cb (guint *count)
{
  (*count)++;
}

static MisManualView *
open_manual (MisWindow *window)
{
  MisManualView *view = mis_window_get_manual_view (window);
  guint changes = 0;
  gulong handler = g_signal_connect_swapped (view, "notify::state", G_CALLBACK (count_cb), &changes);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-resource", "s", "manual-youth");
  g_assert_cmpstr (mis_window_get_visible_page (window), ==, "manual");
  mis_test_wait_for (view, is_state, "document", WAIT_SECONDS, "the manual to open");

  /* The state is a property the window can watch: one notification per
   * change, whether this view was new (loading, then the document) or had
   * shown a manual before. */
  g_assert_cmpint (mis_manual_view_get_view_state (view), ==, MIS_MANUAL_STATE_DOCUMENT);
  g_assert_cmpuint (changes, >=, 1);
  g_assert_cmpuint (changes, <=, 2);
  g_signal_handler_disconnect (view, handler);
  return view;
}

static void
test_read (void)
{
  g_autofree char *kit_dir = g_strdup (mis_test_sample_kit_dir ());
  g_autoptr(MisStateStore) store = mis_state_store_new (g_get_tmp_dir (), TRUE);
  MisWindow *window = mis_test_open_window (kit_dir, store);
  MisManualView *view = open_manual (window);
  MisPdfDocument *document = mis_manual_view_get_document (view);
  GtkWidget *page_entry, *outline;
  GPtrArray *links;
  const MisPdfLink *link = NULL;
  MisPdfPage *first;
  double zoom;
  guint page_notifications;
  gulong page_handler;

  g_assert_cmpuint (mis_pdf_document_get_n_pages (document), ==, 24);
  g_assert_cmpuint (mis_manual_view_get_page (view), ==, 0);
  g_assert_cmpint (mis_manual_view_get_fit (view), ==, MIS_MANUAL_FIT_WIDTH);
  mis_test_wait_for (view, page_drawn, GUINT_TO_POINTER (0), WAIT_SECONDS, "the first page");

  /* The cover: a coloured page with its title, not a blank sheet. */
  first = scroll_page (view, 0);
  g_assert_nonnull (first);
  g_assert_cmpfloat (ink (mis_pdf_page_get_texture (first, NULL)), >, 0.3);

  /* The words of the page can be selected and copied. */
  mis_test_wait_for (view, page_text_selected, NULL, WAIT_SECONDS, "the text of the first page");
  {
    g_autofree char *text = mis_manual_view_get_selected_text (view);

    g_assert_nonnull (strstr (text, "Manuel des"));
    g_assert_nonnull (strstr (text, "animateurs"));

    /* A screen reader gets the same words. */
    gtk_test_accessible_assert_property (GTK_ACCESSIBLE (first), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text);
  }

  /* Fit width: the page as wide as the view, less its margins. */
  g_assert_cmpfloat (mis_manual_view_get_zoom (view), >, 0.5);

  /* The page entry: "12" then Enter. */
  page_entry = find_named (GTK_WIDGET (view), GTK_TYPE_ENTRY, NULL);
  gtk_editable_set_text (GTK_EDITABLE (page_entry), "12");
  g_signal_emit_by_name (page_entry, "activate");
  g_assert_cmpuint (mis_manual_view_get_page (view), ==, 11);
  mis_test_wait_for (view, page_drawn, GUINT_TO_POINTER (11), WAIT_SECONDS, "page 12");
  gtk_editable_set_text (GTK_EDITABLE (page_entry), "99");
  g_signal_emit_by_name (page_entry, "activate");
  g_assert_cmpuint (mis_manual_view_get_page (view), ==, 11);
  g_assert_true (gtk_widget_has_css_class (page_entry, "error"));

  /* Keys: next page, last, first; the model says each page once. */
  page_notifications = 0;
  page_handler = g_signal_connect_swapped (mis_manual_view_get_model (view), "notify::page",
                                           G_CALLBACK (count_cb), &page_notifications);
  gtk_widget_activate_action (GTK_WIDGET (view), "manual.next-page", NULL);
  g_assert_cmpuint (mis_manual_view_get_page (view), ==, 12);
  gtk_widget_activate_action (GTK_WIDGET (view), "manual.last-page", NULL);
  g_assert_cmpuint (mis_manual_view_get_page (view), ==, 23);
  gtk_widget_activate_action (GTK_WIDGET (view), "manual.first-page", NULL);
  g_assert_cmpuint (mis_manual_view_get_page (view), ==, 0);
  g_assert_cmpuint (page_notifications, ==, 3);
  g_assert_cmpuint (mis_manual_model_get_page (mis_manual_view_get_model (view)), ==, 0);
  g_signal_handler_disconnect (mis_manual_view_get_model (view), page_handler);

  /* The outline's third chapter, "2. Préparer une séance", on page 5. */
  outline = find_named (GTK_WIDGET (view), GTK_TYPE_LIST_VIEW, NULL);
  g_assert_nonnull (outline);
  g_signal_emit_by_name (outline, "activate", 3);
  g_assert_cmpuint (mis_manual_view_get_page (view), ==, 4);
  mis_test_wait_for (view, page_drawn, GUINT_TO_POINTER (4), WAIT_SECONDS, "the outline's page");

  /* A link of the table of contents (page 2) to a later page. */
  links = mis_pdf_document_get_links (document, 1);
  for (guint i = 0; i < links->len && link == NULL; i++)
    if (((MisPdfLink *)g_ptr_array_index (links, i))->kind == MIS_PDF_LINK_PAGE &&
        ((MisPdfLink *)g_ptr_array_index (links, i))->page > 6)
      link = g_ptr_array_index (links, i);
  g_assert_nonnull (link);
  g_assert_true (mis_manual_view_activate_link (view, link));
  g_assert_cmpuint (mis_manual_view_get_page (view), ==, (guint)link->page);

  /* Zoom in, then fit the width again: the same zoom as before (with no
   * main loop turn between, so the window cannot have changed size). */
  gtk_widget_activate_action (GTK_WIDGET (view), "manual.fit-width", NULL);
  zoom = mis_manual_view_get_zoom (view);
  gtk_widget_activate_action (GTK_WIDGET (view), "manual.zoom-in", NULL);
  g_assert_cmpfloat (mis_manual_view_get_zoom (view), >, zoom);
  g_assert_cmpint (mis_manual_view_get_fit (view), ==, MIS_MANUAL_FIT_NONE);
  gtk_widget_activate_action (GTK_WIDGET (view), "manual.fit-width", NULL);
  g_assert_cmpfloat_with_epsilon (mis_manual_view_get_zoom (view), zoom, 0.001);
  g_assert_cmpint (mis_manual_view_get_fit (view), ==, MIS_MANUAL_FIT_WIDTH);

  /* Zoomed in, the page being read is drawn again at the new zoom. */
  gtk_widget_activate_action (GTK_WIDGET (view), "manual.zoom-in", NULL);
  mis_test_wait_for (view, current_page_sharp, NULL, WAIT_SECONDS, "the page read, zoomed");

  mis_test_close_window (window);
}

static void
test_search (void)
{
  g_autofree char *kit_dir = g_strdup (mis_test_sample_kit_dir ());
  g_autoptr(MisStateStore) store = mis_state_store_new (g_get_tmp_dir (), TRUE);
  MisWindow *window = mis_test_open_window (kit_dir, store);
  MisManualView *view = open_manual (window);
  guint page;
  int count;

  /* Typed fast without accents, as youths do: "séance" is found, first on
   * the cover, then in the table of contents. */
  gtk_widget_activate_action (GTK_WIDGET (view), "manual.search", NULL);
  mis_manual_view_search (view, "seance");
  mis_test_wait_for (view, search_done, NULL, WAIT_SECONDS, "the search");
  count = mis_manual_view_get_n_matches (view);
  g_assert_cmpint (count, >, 3);
  g_assert_cmpint (mis_manual_view_get_current_match (view), ==, 0);
  g_assert_cmpint (mis_manual_view_get_current_match_page (view), ==, 0);
  g_assert_cmpuint (mis_manual_view_get_page (view), ==, 0);

  /* Enter: the next one, in the table of contents, drawn (whether the
   * view had to move for it depends on the window's height). */
  gtk_widget_activate_action (GTK_WIDGET (view), "manual.search", NULL);
  g_signal_emit_by_name (find_named (GTK_WIDGET (view), GTK_TYPE_SEARCH_ENTRY, NULL), "activate");
  g_assert_cmpint (mis_manual_view_get_current_match (view), ==, 1);
  g_assert_cmpint (mis_manual_view_get_current_match_page (view), ==, 1);
  g_assert_cmpuint (mis_manual_view_get_page (view), <=, 1);
  mis_test_wait_for (view, page_drawn, GUINT_TO_POINTER (1), WAIT_SECONDS, "the page of the second match");

  /* Shift+Enter twice: back to the first, then round to the last, far in
   * the manual: the view goes to its page. */
  g_signal_emit_by_name (find_named (GTK_WIDGET (view), GTK_TYPE_SEARCH_ENTRY, NULL), "previous-match");
  g_signal_emit_by_name (find_named (GTK_WIDGET (view), GTK_TYPE_SEARCH_ENTRY, NULL), "previous-match");
  g_assert_cmpint (mis_manual_view_get_current_match (view), ==, count - 1);
  page = (guint)mis_manual_view_get_current_match_page (view);
  g_assert_cmpuint (page, >, 5);
  g_assert_cmpuint (mis_manual_view_get_page (view), ==, page);
  mis_test_wait_for (view, page_drawn, GUINT_TO_POINTER (page), WAIT_SECONDS, "the page of the last match");

  mis_manual_view_search (view, "zzzzqq");
  mis_test_wait_for (view, search_done, NULL, WAIT_SECONDS, "the empty search");
  g_assert_cmpint (mis_manual_view_get_n_matches (view), ==, 0);

  /* The bar's close button says what it does. */
  {
    GtkWidget *bar = find_named (GTK_WIDGET (view), GTK_TYPE_SEARCH_BAR, NULL);
    GtkWidget *close = find_named (bar, GTK_TYPE_BUTTON, "close");

    g_assert_nonnull (close);
    g_assert_cmpstr (gtk_widget_get_tooltip_text (close), ==, "Close the Search");
  }

  /* Escape closes the bar and leaves the reader where they were, as the
   * close button does (it went back to page 1). */
  g_signal_emit_by_name (find_named (GTK_WIDGET (view), GTK_TYPE_SEARCH_ENTRY, NULL), "stop-search");
  settle ();
  g_assert_cmpuint (mis_manual_view_get_page (view), ==, page);

  mis_test_close_window (window);
}

static void
test_present_and_resume (void)
{
  g_autofree char *kit_dir = g_strdup (mis_test_sample_kit_dir ());
  g_autofree char *state_dir = g_dir_make_tmp ("mis-manual-XXXXXX", NULL);
  g_autoptr(MisStateStore) store = mis_state_store_new (state_dir, FALSE);
  MisWindow *window = mis_test_open_window (kit_dir, store);
  MisManualView *view = open_manual (window);

  mis_manual_view_go_to_page (view, 6);

  /* F5: page 7 alone, drawn; the arrows move; Escape comes back to it. */
  gtk_widget_activate_action (GTK_WIDGET (view), "manual.present", NULL);
  g_assert_true (mis_manual_view_get_presenting (view));
  mis_test_wait_for (view, slide_drawn, GUINT_TO_POINTER (6), WAIT_SECONDS, "the slide");
  gtk_widget_activate_action (GTK_WIDGET (view), "manual.slide-next", NULL);
  mis_test_wait_for (view, slide_drawn, GUINT_TO_POINTER (7), WAIT_SECONDS, "the next slide");
  g_assert_cmpfloat (ink (mis_pdf_page_get_texture (MIS_PDF_PAGE (mis_manual_view_get_slide (view)), NULL)), >, 0.01);
  gtk_widget_activate_action (GTK_WIDGET (view), "manual.leave-presentation", NULL);
  g_assert_false (mis_manual_view_get_presenting (view));
  g_assert_cmpuint (mis_manual_view_get_page (view), ==, 7);
  mis_test_wait_for (view, page_drawn, GUINT_TO_POINTER (7), WAIT_SECONDS, "the page presented last");

  /* Another time, the same page. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-library", NULL);
  mis_test_close_window (window);
  g_assert_true (mis_state_store_flush (store, NULL));

  {
    g_autoptr(MisStateStore) again = mis_state_store_new (state_dir, FALSE);

    window = mis_test_open_window (kit_dir, again);
    view = open_manual (window);
    g_assert_cmpuint (mis_manual_view_get_page (view), ==, 7);
    mis_test_wait_for (view, page_drawn, GUINT_TO_POINTER (7), WAIT_SECONDS, "the page read last time");
    mis_test_close_window (window);
  }

  mis_test_remove_tree (state_dir);
}

static void
test_damaged (void)
{
  g_autofree char *index = mis_test_read_good_index ();
  g_autofree char *kit_dir = mis_test_make_kit (index);
  g_autofree char *pdf = g_build_filename (kit_dir, "manuals", "guide.pdf", NULL);
  g_autoptr(MisStateStore) store = mis_state_store_new (g_get_tmp_dir (), TRUE);
  g_autoptr(GError) error = NULL;
  MisWindow *window;
  MisManualView *view;
  AdwStatusPage *status;

  g_file_set_contents (pdf, "%PDF-1.4\nnot really\n", -1, &error);
  g_assert_no_error (error);

  window = mis_test_open_window (kit_dir, store);
  view = mis_window_get_manual_view (window);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-resource", "s", "manual-coach");
  mis_test_wait_for (view, is_state, "error", WAIT_SECONDS, "the error page");
  status = ADW_STATUS_PAGE (find_named (GTK_WIDGET (view), ADW_TYPE_STATUS_PAGE, NULL));
  g_assert_nonnull (strstr (adw_status_page_get_description (status), "guide.pdf"));
  g_assert_nonnull (strstr (adw_status_page_get_description (status), "damaged"));

  /* The app goes on: back to the library. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-library", NULL);
  g_assert_cmpstr (mis_window_get_visible_page (window), ==, "library");

  mis_test_close_window (window);
  mis_test_remove_tree (kit_dir);
}

int
main (int   argc,
      char *argv[])
{
  if (!mis_test_init_ui (&argc, &argv))
    return g_test_run ();

  g_test_add_func ("/manual/read", test_read);
  g_test_add_func ("/manual/search", test_search);
  g_test_add_func ("/manual/present-and-resume", test_present_and_resume);
  g_test_add_func ("/manual/damaged", test_damaged);

  return g_test_run ();
}
