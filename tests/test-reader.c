/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-reader.c: the photo-novel reader in the real window, under a real
 * display: opened from the library, pages turn and the drawn page changes,
 * the words of the page are shown on request, a missing page says so in its
 * place while the others work, and reopening goes back to the page read.
 */
#include "config.h"

#include <adwaita.h>

#include "mis-reader-view.h"
#include "mis-test-util.h"
#include "mis-test-window.h"
#include "mis-window.h"

static gboolean
slot_drawn (gpointer      view,
            gconstpointer slot)
{
  return mis_page_view_get_texture (view, GPOINTER_TO_UINT (slot)) != NULL;
}

/* Waits for the page in @slot to be drawn, and returns its average colour
 * (the same page at another size keeps it). */
static guint32
wait_for_page (MisWindow *window,
               guint      slot)
{
  MisPageView *view = mis_reader_view_get_page_view (mis_window_get_reader_view (window));
  GdkTexture *texture;
  g_autofree guchar *pixels = NULL;
  int w, h;

  mis_test_wait_for (view, slot_drawn, GUINT_TO_POINTER (slot), 20, "the page to be drawn");
  texture = mis_page_view_get_texture (view, slot);

  w = gdk_texture_get_width (texture);
  h = gdk_texture_get_height (texture);
  pixels = g_malloc ((gsize)w * h * 4);
  gdk_texture_download (texture, pixels, w * 4);
  {
    guint64 sum[3] = { 0, 0, 0 };

    for (gsize i = 0; i < (gsize)w * h; i++)
      for (int c = 0; c < 3; c++)
        sum[c] += pixels[i * 4 + c];

    /* Rounded to steps of 16: scaling blurs the last bits. */
    return (guint32)((sum[0] / ((gsize)w * h)) & 0xf0) << 16 |
           (guint32)((sum[1] / ((gsize)w * h)) & 0xf0) << 8 |
           (guint32)((sum[2] / ((gsize)w * h)) & 0xf0);
  }
}

static gboolean
thumbnail_made (gpointer      strip,
                gconstpointer page)
{
  return mis_thumbnail_strip_get_texture (strip, GPOINTER_TO_UINT (page)) != NULL;
}

static guint
current_page (MisWindow *window)
{
  return mis_reading_model_get_page (mis_reader_view_get_model (mis_window_get_reader_view (window)));
}

static void
test_turn_pages (void)
{
  g_autofree char *kit_dir = mis_test_good_kit_dir ();
  g_autoptr(MisStateStore) store = mis_state_store_new (g_get_tmp_dir (), TRUE);
  MisWindow *window = mis_test_open_window (kit_dir, store);
  MisReaderView *reader = mis_window_get_reader_view (window);
  MisThumbnailStrip *strip;
  guint32 first, second;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-resource", "s", "novel-story");
  g_assert_cmpstr (mis_window_get_visible_page (window), ==, "reader");
  g_assert_cmpuint (current_page (window), ==, 0);
  first = wait_for_page (window, 0);

  /* Right arrow, Page Down, a click on the right third: the next page. */
  gtk_widget_activate_action (GTK_WIDGET (reader), "reader.turn-right", NULL);
  g_assert_cmpuint (current_page (window), ==, 1);
  second = wait_for_page (window, 0);
  g_assert_cmpuint (first, !=, second);

  gtk_widget_activate_action (GTK_WIDGET (reader), "reader.last", NULL);
  g_assert_cmpuint (current_page (window), ==, 2);
  gtk_widget_activate_action (GTK_WIDGET (reader), "reader.next", NULL);
  g_assert_cmpuint (current_page (window), ==, 2);
  gtk_widget_activate_action (GTK_WIDGET (reader), "reader.first", NULL);
  g_assert_cmpuint (current_page (window), ==, 0);
  g_assert_cmpuint (wait_for_page (window, 0), ==, first);

  /* The strip: a thumbnail a page, drawn, the page read selected; a
   * thumbnail goes straight to its page. */
  strip = mis_reader_view_get_strip (reader);
  g_assert_cmpuint (mis_thumbnail_strip_get_n_pages (strip), ==, 3);
  g_assert_cmpuint (mis_thumbnail_strip_get_selected (strip), ==, 0);
  mis_test_wait_for (strip, thumbnail_made, GUINT_TO_POINTER (0), 20, "the first thumbnail");
  g_assert_cmpint (gdk_texture_get_width (mis_thumbnail_strip_get_texture (strip, 0)), <=, 96);
  mis_thumbnail_strip_activate (strip, 2);
  g_assert_cmpuint (current_page (window), ==, 2);
  g_assert_cmpuint (mis_thumbnail_strip_get_selected (strip), ==, 2);
  mis_thumbnail_strip_activate (strip, 0);
  g_assert_cmpuint (current_page (window), ==, 0);

  /* T: the words of the page, in the kit language. */
  g_assert_false (mis_reader_view_get_text_shown (reader));
  gtk_widget_activate_action (GTK_WIDGET (reader), "reader.toggle-text", NULL);
  g_assert_true (mis_reader_view_get_text_shown (reader));

  mis_test_close_window (window);
}

static void
test_missing_page (void)
{
  g_autofree char *index = mis_test_read_good_index ();
  g_autoptr(GString) broken = g_string_new (index);
  g_autofree char *kit_dir = NULL;
  g_autoptr(MisStateStore) store = mis_state_store_new (g_get_tmp_dir (), TRUE);
  MisWindow *window;
  MisReaderView *reader;

  g_string_replace (broken, "\"photo-novels/story/02.jpg\", \"photo-novels/story/03.png\"",
                    "\"photo-novels/story/gone.jpg\", \"photo-novels/story/03.png\"", 1);
  kit_dir = mis_test_make_kit (broken->str);
  window = mis_test_open_window (kit_dir, store);
  reader = mis_window_get_reader_view (window);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-resource", "s", "novel-story");
  wait_for_page (window, 0);

  /* The missing page is a hole; the pages after it still work. */
  gtk_widget_activate_action (GTK_WIDGET (reader), "reader.next", NULL);
  g_assert_null (mis_page_view_get_texture (mis_reader_view_get_page_view (reader), 0));
  gtk_widget_activate_action (GTK_WIDGET (reader), "reader.next", NULL);
  wait_for_page (window, 0);

  /* Escape, in a window (not fullscreen), goes back to the library. */
  gtk_widget_activate_action (GTK_WIDGET (reader), "reader.leave-fullscreen", NULL);
  g_assert_cmpstr (mis_window_get_visible_page (window), !=, "reader");

  mis_test_close_window (window);
  mis_test_remove_tree (kit_dir);
}

static void
test_resume (void)
{
  g_autofree char *kit_dir = mis_test_good_kit_dir ();
  g_autofree char *state_dir = g_dir_make_tmp ("mis-reader-XXXXXX", NULL);
  MisStateStore *store = mis_state_store_new (state_dir, FALSE);
  MisWindow *window = mis_test_open_window (kit_dir, store);
  g_autoptr(GError) error = NULL;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-resource", "s", "novel-story");
  gtk_widget_activate_action (GTK_WIDGET (mis_window_get_reader_view (window)), "reader.last", NULL);
  mis_test_close_window (window);
  g_assert_true (mis_state_store_flush (store, &error));
  g_assert_finalize_object (store);

  store = mis_state_store_new (state_dir, FALSE);
  window = mis_test_open_window (kit_dir, store);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-resource", "s", "novel-story");
  g_assert_cmpuint (current_page (window), ==, 2);
  mis_test_close_window (window);
  g_assert_finalize_object (store);
  mis_test_remove_tree (state_dir);
}

static void
test_spread (void)
{
  g_autofree char *kit_dir = mis_test_good_kit_dir ();
  g_autoptr(MisStateStore) store = mis_state_store_new (g_get_tmp_dir (), TRUE);
  MisWindow *window = mis_test_open_window (kit_dir, store);
  MisReaderView *reader;
  MisReadingModel *model;

  mis_window_read (window, mis_kit_lookup_resource (mis_window_get_kit (window), "novel-story"), 1);
  reader = mis_window_get_reader_view (window);
  model = mis_reader_view_get_model (reader);
  mis_reading_model_set_spread (model, TRUE);

  /* Pages 2 and 3 side by side, both drawn. */
  wait_for_page (window, 0);
  wait_for_page (window, 1);

  mis_test_close_window (window);
}

/* A search's hit in another language: the page's words in that language,
 * the words found in bold; turning the page keeps them. */
static void
test_words_found (void)
{
  g_autofree char *kit_dir = mis_test_good_kit_dir ();
  g_autoptr(MisStateStore) store = mis_state_store_new (g_get_tmp_dir (), TRUE);
  MisWindow *window = mis_test_open_window (kit_dir, store);
  MisReaderView *reader = mis_window_get_reader_view (window);

  g_assert_cmpstr (mis_kit_get_language (mis_window_get_kit (window)), ==, "fr");
  mis_window_read (window, mis_kit_lookup_resource (mis_window_get_kit (window), "novel-story"), 0);
  wait_for_page (window, 0);
  g_assert_false (mis_reader_view_get_text_shown (reader));

  mis_reader_view_show_words (reader, "KIJK", "nl");
  g_assert_true (mis_reader_view_get_text_shown (reader));
  g_assert_cmpstr (mis_reader_view_get_text (reader), ==, "<b>Kijk</b> naar deze foto!");

  gtk_widget_activate_action (GTK_WIDGET (reader), "reader.next", NULL);
  g_assert_cmpstr (mis_reader_view_get_text (reader), ==, "Heb je het haar gevraagd?");

  /* Opened again, as the library opens it: the kit's language, no bold. */
  mis_window_read (window, mis_kit_lookup_resource (mis_window_get_kit (window), "novel-story"), 0);
  wait_for_page (window, 0);
  g_assert_cmpstr (mis_reader_view_get_text (reader), ==, "Regarde cette photo !");

  mis_test_close_window (window);
}

static GdkTexture *
blank_texture (int width,
               int height)
{
  g_autoptr(GBytes) bytes = g_bytes_new_take (g_malloc0 ((gsize)width * height * 4), (gsize)width * height * 4);

  return gdk_memory_texture_new (width, height, GDK_MEMORY_R8G8B8A8, bytes, (gsize)width * 4);
}

static gboolean
widget_is_sized (gpointer      widget,
                 gconstpointer width)
{
  return gtk_widget_get_width (widget) == GPOINTER_TO_INT (width);
}

/* The page view alone, 800 x 600: how pages fit, zoom and pan, and the size
 * they are decoded at. */
static void
test_page_view (void)
{
  GtkWidget *window = gtk_window_new ();
  MisPageView *view = MIS_PAGE_VIEW (mis_page_view_new ());
  g_autoptr(GdkTexture) wide = blank_texture (400, 300);
  g_autoptr(GdkTexture) tall = blank_texture (300, 900);
  double x, y;
  int width, height;

  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  mis_page_view_set_n_slots (view, 1);
  mis_page_view_set_slot (view, 0, wide, NULL);
  gtk_window_present (GTK_WINDOW (window));
  mis_test_wait_for (view, widget_is_sized, GINT_TO_POINTER (800), 10, "the page view to be sized");
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (view)), ==, 600);

  /* Fitted: the whole page shows, nothing to pan; decoded at the view's
   * size, the size it is drawn at. */
  g_assert_cmpint (mis_page_view_get_fit (view), ==, MIS_FIT_PAGE);
  g_assert_false (mis_page_view_can_pan (view));
  mis_page_view_get_decode_size (view, 1, &width, &height);
  g_assert_cmpint (width, ==, 800);
  g_assert_cmpint (height, ==, 600);

  /* Zoomed twice: 1600 x 1200 in an 800 x 600 view, panned at most half
   * the overflow each way, decoded at twice the size. */
  mis_page_view_set_zoom (view, 2);
  g_assert_cmpint (mis_page_view_get_fit (view), ==, MIS_FIT_FREE);
  g_assert_true (mis_page_view_can_pan (view));
  mis_page_view_pan (view, 10000, -10000);
  mis_page_view_get_pan (view, &x, &y);
  g_assert_cmpfloat (x, ==, 400);
  g_assert_cmpfloat (y, ==, -300);
  mis_page_view_get_decode_size (view, 1, &width, &height);
  g_assert_cmpint (width, ==, 1600);
  g_assert_cmpint (height, ==, 1200);

  /* Zooming out keeps the pan within the smaller pages. */
  mis_page_view_set_zoom (view, 1.5);
  mis_page_view_get_pan (view, &x, &y);
  g_assert_cmpfloat (x, ==, 200);
  g_assert_cmpfloat (y, ==, -150);

  /* Beyond the limit, and through the zoom controller as the keys go. */
  mis_page_view_set_zoom (view, 100);
  g_assert_cmpfloat (mis_page_view_get_zoom (view), ==, 6);
  mis_zoom_controller_zoom_out (mis_page_view_get_zoom_controller (view));
  g_assert_cmpfloat_with_epsilon (mis_page_view_get_zoom (view), 6 / MIS_ZOOM_STEP, 1e-9);

  /* Back to fitting: zoom and pan forgotten. */
  mis_page_view_set_fit (view, MIS_FIT_PAGE);
  g_assert_cmpfloat (mis_page_view_get_zoom (view), ==, 1);
  g_assert_cmpfloat (mis_zoom_controller_get_zoom (mis_page_view_get_zoom_controller (view)), ==, 1);
  mis_page_view_get_pan (view, &x, &y);
  g_assert_cmpfloat (x, ==, 0);
  g_assert_cmpfloat (y, ==, 0);
  g_assert_false (mis_page_view_can_pan (view));

  /* A tall page fitted to the width is taller than the view: it pans
   * up and down only. */
  mis_page_view_set_slot (view, 0, tall, NULL);
  mis_page_view_set_fit (view, MIS_FIT_WIDTH);
  g_assert_true (mis_page_view_can_pan (view));
  mis_page_view_pan (view, 500, -5000);
  mis_page_view_get_pan (view, &x, &y);
  g_assert_cmpfloat (x, ==, 0);
  g_assert_cmpfloat (y, ==, -(2400 - 600) / 2);

  /* A spread: two pages share the width, less the gap between them. */
  mis_page_view_set_fit (view, MIS_FIT_PAGE);
  mis_page_view_set_n_slots (view, 2);
  mis_page_view_get_decode_size (view, 2, &width, &height);
  g_assert_cmpint (width, ==, 396);
  g_assert_cmpint (height, ==, 600);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  if (!mis_test_init_ui (&argc, &argv))
    return g_test_run ();

  g_test_add_func ("/reader/turn-pages", test_turn_pages);
  g_test_add_func ("/reader/page-view", test_page_view);
  g_test_add_func ("/reader/missing-page", test_missing_page);
  g_test_add_func ("/reader/resume", test_resume);
  g_test_add_func ("/reader/spread", test_spread);
  g_test_add_func ("/reader/words-found", test_words_found);

  return g_test_run ();
}
