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

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = G_TYPE_CHECK_INSTANCE_TYPE (child, type) ? child : find_descendant (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
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
  GtkWidget *strip;
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

  /* A thumbnail of the strip (the reader's only list): straight to its page. */
  strip = find_descendant (GTK_WIDGET (reader), GTK_TYPE_LIST_VIEW);
  g_assert_nonnull (strip);
  g_signal_emit_by_name (strip, "activate", 2);
  g_assert_cmpuint (current_page (window), ==, 2);
  g_signal_emit_by_name (strip, "activate", 0);
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

int
main (int   argc,
      char *argv[])
{
  if (!mis_test_init_ui (&argc, &argv))
    return g_test_run ();

  g_test_add_func ("/reader/turn-pages", test_turn_pages);
  g_test_add_func ("/reader/missing-page", test_missing_page);
  g_test_add_func ("/reader/resume", test_resume);
  g_test_add_func ("/reader/spread", test_spread);
  g_test_add_func ("/reader/words-found", test_words_found);

  return g_test_run ();
}
