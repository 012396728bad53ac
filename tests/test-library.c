/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-library.c: the library window on the test kit, under a real display
 * (Xvfb in CI): the grid lists the kit, each filter narrows it, search finds
 * by word starts without accents, a search with no match says so, the
 * language selector changes the texts, and going to a resource and back keeps
 * the search.
 */
#include "config.h"

#include <adwaita.h>

#include "mis-library-view.h"
#include "mis-resource-card.h"
#include "mis-test-util.h"
#include "mis-test-window.h"
#include "mis-window.h"

static void
count_cb (guint *count)
{
  (*count)++;
}

static guint
count_cards (GtkWidget *widget)
{
  guint n = MIS_IS_RESOURCE_CARD (widget) && mis_resource_card_get_resource (MIS_RESOURCE_CARD (widget)) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    n += count_cards (child);

  return n;
}

static void
wait_frames (GtkWidget *widget,
             guint      n)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  gint64 target;

  g_assert_nonnull (clock);
  target = gdk_frame_clock_get_frame_counter (clock) + n;
  while (gdk_frame_clock_get_frame_counter (clock) < target)
    {
      gtk_widget_queue_draw (widget);
      g_main_context_iteration (NULL, TRUE);
    }
}

static guint
shown (MisLibraryView *view)
{
  return g_list_model_get_n_items (mis_library_view_get_model (view));
}

static const char *
first_title (MisLibraryView *view)
{
  g_autoptr(MisResource) resource = g_list_model_get_item (mis_library_view_get_model (view), 0);
  return mis_resource_get_title (resource);
}

/* The first card of the grid. */
static MisResourceCard *
find_card (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      MisResourceCard *found;

      if (MIS_IS_RESOURCE_CARD (child) && mis_resource_card_get_resource (MIS_RESOURCE_CARD (child)))
        return MIS_RESOURCE_CARD (child);
      if ((found = find_card (child)) != NULL)
        return found;
    }
  return NULL;
}

/* What takes the focus in the grid is read out as the card it holds, not
 * as "GtkListItemWidget". */
static void
test_accessible_cards (void)
{
  g_autofree char *kit_dir = mis_test_good_kit_dir ();
  MisWindow *window = mis_test_open_window (kit_dir, NULL);
  MisResourceCard *card;
  MisResource *resource;
  GtkWidget *item;
  g_autofree char *label = NULL;

  wait_frames (GTK_WIDGET (window), 3);
  card = find_card (GTK_WIDGET (window));
  g_assert_nonnull (card);
  resource = mis_resource_card_get_resource (card);
  item = gtk_widget_get_parent (GTK_WIDGET (card));
  g_assert_true (gtk_widget_get_focusable (item));

  label = g_strdup_printf ("%s, %s", mis_resource_get_title (resource), "Film · 0:02");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (item), GTK_ACCESSIBLE_PROPERTY_LABEL, label);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (item), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       mis_resource_get_summary (resource));
  mis_test_close_window (window);
}

static void
test_grid_and_filters (void)
{
  g_autofree char *kit_dir = mis_test_good_kit_dir ();
  MisWindow *window = mis_test_open_window (kit_dir, NULL);
  MisLibraryView *view = mis_window_get_library_view (window);

  g_assert_cmpstr (mis_window_get_visible_page (window), ==, "library");
  g_assert_cmpuint (shown (view), ==, 5);
  g_assert_false (mis_library_view_is_showing_empty (view));

  /* Films first, then photo-novels, then manuals. */
  g_assert_cmpstr (first_title (view), ==, "Le mot de passe de Léa");

  /* The cards are really drawn, with their resources: as many as the
   * window has room for (the grid makes cards for the rows on screen),
   * the first one the model's first. */
  wait_frames (GTK_WIDGET (window), 3);
  g_assert_cmpuint (count_cards (GTK_WIDGET (view)), >=, 1);
  g_assert_cmpuint (count_cards (GTK_WIDGET (view)), <=, shown (view));
  g_assert_cmpstr (mis_resource_get_title (mis_resource_card_get_resource (find_card (GTK_WIDGET (view)))), ==,
                   first_title (view));

  mis_library_view_set_kind_filter (view, MIS_RESOURCE_KIND_FILM);
  g_assert_cmpuint (shown (view), ==, 2);
  mis_library_view_set_kind_filter (view, MIS_RESOURCE_KIND_PHOTO_NOVEL);
  g_assert_cmpuint (shown (view), ==, 2);
  mis_library_view_set_kind_filter (view, MIS_RESOURCE_KIND_MANUAL);
  g_assert_cmpuint (shown (view), ==, 1);
  mis_library_view_set_kind_filter (view, MIS_KIND_FILTER_ALL);
  g_assert_cmpuint (shown (view), ==, 5);

  mis_library_view_set_theme_filter (view, "passwords");
  g_assert_cmpuint (shown (view), ==, 2);
  mis_library_view_set_kind_filter (view, MIS_RESOURCE_KIND_FILM);
  g_assert_cmpuint (shown (view), ==, 1);
  mis_library_view_set_kind_filter (view, MIS_KIND_FILTER_ALL);
  mis_library_view_set_theme_filter (view, NULL);
  g_assert_cmpuint (shown (view), ==, 5);

  mis_library_view_set_audience_filter (view, "coach");
  g_assert_cmpuint (shown (view), ==, 2);
  mis_library_view_clear_filters (view);
  g_assert_cmpuint (shown (view), ==, 5);

  mis_test_close_window (window);
}

static void
test_search (void)
{
  g_autofree char *kit_dir = mis_test_good_kit_dir ();
  MisWindow *window = mis_test_open_window (kit_dir, NULL);
  MisLibraryView *view = mis_window_get_library_view (window);

  mis_library_view_set_search_text (view, "securite");
  g_assert_cmpuint (shown (view), ==, 1);
  g_assert_cmpstr (first_title (view), ==, "Sécurité et rumeurs");

  mis_library_view_set_search_text (view, "mot pas");
  g_assert_cmpuint (shown (view), ==, 2);

  /* Search and filters together. */
  mis_library_view_set_kind_filter (view, MIS_RESOURCE_KIND_MANUAL);
  g_assert_cmpuint (shown (view), ==, 1);
  mis_library_view_set_kind_filter (view, MIS_KIND_FILTER_ALL);

  mis_library_view_set_search_text (view, "zzzz");
  g_assert_cmpuint (shown (view), ==, 0);
  g_assert_true (mis_library_view_is_showing_empty (view));

  mis_library_view_clear_filters (view);
  g_assert_cmpuint (shown (view), ==, 5);
  g_assert_false (mis_library_view_is_showing_empty (view));

  mis_test_close_window (window);
}

static void
test_language (void)
{
  g_autofree char *kit_dir = mis_test_good_kit_dir ();
  MisWindow *window = mis_test_open_window (kit_dir, NULL);
  MisLibraryView *view = mis_window_get_library_view (window);
  MisKit *kit = mis_window_get_kit (window);

  /* The tests run in the C locale: the kit's default language. */
  g_assert_cmpstr (mis_kit_get_language (kit), ==, "fr");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Kit de test");

  mis_kit_set_language (kit, "nl");
  g_assert_cmpstr (first_title (view), ==, "Het wachtwoord van Lea");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Testkit");

  /* Search follows the language shown. */
  mis_library_view_set_search_text (view, "wachtw");
  g_assert_cmpuint (shown (view), ==, 2);
  mis_library_view_set_search_text (view, "mot pas");
  g_assert_cmpuint (shown (view), ==, 0);

  mis_test_close_window (window);
}

static void
test_resource_page_and_back (void)
{
  g_autofree char *kit_dir = mis_test_good_kit_dir ();
  MisWindow *window = mis_test_open_window (kit_dir, NULL);
  MisLibraryView *view = mis_window_get_library_view (window);
  MisKit *kit = mis_window_get_kit (window);
  guint page_changes = 0;

  mis_library_view_set_kind_filter (view, MIS_RESOURCE_KIND_PHOTO_NOVEL);
  mis_library_view_set_search_text (view, "photo");
  g_assert_cmpuint (shown (view), ==, 1);

  g_signal_connect_swapped (window, "notify::page", G_CALLBACK (count_cb), &page_changes);
  mis_window_show_resource (window, mis_kit_lookup_resource (kit, "novel-story"));
  g_assert_cmpstr (mis_window_get_visible_page (window), ==, "resource");
  g_assert_cmpint (mis_window_get_page (window), ==, MIS_WINDOW_PAGE_RESOURCE);
  g_assert_cmpuint (page_changes, ==, 1);

  /* The keyboard is on "Read", so Enter opens the photo-novel. */
  {
    GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

    g_assert_true (GTK_IS_BUTTON (focus));
    g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (focus)), ==, "win.open-resource");
  }

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-library", NULL);
  g_assert_cmpstr (mis_window_get_visible_page (window), ==, "library");
  g_assert_cmpint (mis_window_get_page (window), ==, MIS_WINDOW_PAGE_LIBRARY);
  g_assert_cmpuint (page_changes, ==, 2);
  g_assert_cmpuint (shown (view), ==, 1);
  g_assert_cmpstr (first_title (view), ==, "La photo de trop");

  mis_test_close_window (window);
}

static void
test_missing_kit (void)
{
  MisWindow *window = mis_test_open_window ("/nonexistent/kit", NULL);

  g_assert_cmpstr (mis_window_get_visible_page (window), ==, "error");
  g_assert_cmpstr (mis_window_get_error_message (window), ==,
                   "The kit folder “/nonexistent/kit” does not exist or is not a folder.");

  mis_test_close_window (window);
}

static gboolean
is_mapped (gpointer      widget,
           gconstpointer data)
{
  return gtk_widget_get_mapped (widget);
}

static gboolean
index_complete (gpointer      hit_list,
                gconstpointer data)
{
  return mis_hit_list_get_complete (hit_list);
}

/* The first row showing a hit inside a resource of @kind. */
static GtkListBoxRow *
first_hit_of (MisHitList      *hit_list,
              MisResourceKind  kind)
{
  GtkListBox *list = mis_hit_list_get_list_box (hit_list);

  for (int i = 0; gtk_list_box_get_row_at_index (list, i) != NULL; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, i);
      const MisTextEntry *hit = mis_hit_list_get_row_hit (hit_list, row);

      if (hit != NULL && mis_resource_get_kind (hit->resource) == kind)
        return row;
    }
  return NULL;
}

static gboolean
manual_found (gpointer      view,
              gconstpointer data)
{
  return mis_manual_view_get_n_matches (view) > 0;
}

static gboolean
film_near (gpointer      view,
           gconstpointer data)
{
  MisMpv *player = mis_player_view_get_player (view);

  return player != NULL && mis_mpv_get_loaded (player) && mis_mpv_get_position (player) > 0;
}

static gboolean
subtitles_in (gpointer      view,
              gconstpointer data)
{
  g_autofree char *subtitles = NULL;

  g_object_get (view, "subtitle-language", &subtitles, NULL);
  return g_strcmp0 (subtitles, data) == 0;
}

/* Typing in the library finds what the films, manuals and photo-novels
 * say, and each hit opens its viewer there. */
static void
test_search_inside (void)
{
  MisWindow *window = mis_test_open_window (mis_test_sample_kit_dir (), NULL);
  MisLibraryView *library = mis_window_get_library_view (window);
  MisHitList *hits = mis_library_view_get_hit_list (library);
  GtkListBoxRow *row;
  const MisTextEntry *hit;
  g_autofree char *accessible = NULL;
  int page;
  double time;

  mis_test_wait_for (hits, index_complete, NULL, 60, "the text index");
  mis_library_view_set_search_text (library, "mot pas");
  g_assert_cmpuint (mis_hit_list_get_n_hits (hits), >, 10);
  mis_test_wait_for (hits, is_mapped, NULL, 10, "the hits beside the cards");

  /* A hit of each kind, read like the screen. */
  g_assert_nonnull (first_hit_of (hits, MIS_RESOURCE_KIND_FILM));
  g_assert_nonnull (first_hit_of (hits, MIS_RESOURCE_KIND_PHOTO_NOVEL));
  row = first_hit_of (hits, MIS_RESOURCE_KIND_MANUAL);
  g_assert_nonnull (row);
  hit = mis_hit_list_get_row_hit (hits, row);
  page = hit->page;
  {
    g_autofree char *place = mis_text_entry_format_place (hit);
    g_autofree char *words = mis_text_entry_get_snippet (hit, "mot pas", 140);

    accessible = g_strdup_printf ("Manual %s, at %s: %s", mis_resource_get_title (hit->resource), place, words);
    gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible);
  }

  /* The manual at that page, its own search filled and its matches lit. */
  g_signal_emit_by_name (mis_hit_list_get_list_box (hits), "row-activated", row);
  mis_test_wait_for (window, mis_test_window_page_is, GINT_TO_POINTER (MIS_WINDOW_PAGE_MANUAL), 10, "the manual");
  mis_test_wait_for (mis_window_get_manual_view (window), manual_found, NULL, 30, "the search in the manual");
  g_assert_cmpint (mis_manual_view_get_page (mis_window_get_manual_view (window)), ==, page);
  g_assert_cmpint (mis_manual_view_get_current_match_page (mis_window_get_manual_view (window)), ==, page);

  /* Back: the search is as it was. */
  mis_window_show_library (window);
  g_assert_cmpstr (mis_library_view_get_search_text (library), ==, "mot pas");
  g_assert_cmpuint (mis_hit_list_get_n_hits (hits), >, 10);

  /* The film, a little before the cue, with its subtitles in that
   * language. */
  row = first_hit_of (hits, MIS_RESOURCE_KIND_FILM);
  hit = mis_hit_list_get_row_hit (hits, row);
  time = hit->time;
  {
    g_autofree char *language = g_strdup (hit->language);

    g_signal_emit_by_name (mis_hit_list_get_list_box (hits), "row-activated", row);
    mis_test_wait_for (mis_window_get_player_view (window), film_near, NULL, 30, "the film");
    g_assert_cmpfloat (mis_mpv_get_position (mis_player_view_get_player (mis_window_get_player_view (window))), <=, time);
    /* The subtitles are added once mpv has loaded the file, a moment later. */
    mis_test_wait_for (mis_window_get_player_view (window), subtitles_in, language, 10, "the hit's subtitles");
  }
  mis_window_show_library (window);

  /* The photo-novel at that page, its words shown, those found in bold. */
  row = first_hit_of (hits, MIS_RESOURCE_KIND_PHOTO_NOVEL);
  hit = mis_hit_list_get_row_hit (hits, row);
  page = hit->page;
  g_signal_emit_by_name (mis_hit_list_get_list_box (hits), "row-activated", row);
  mis_test_wait_for (window, mis_test_window_page_is, GINT_TO_POINTER (MIS_WINDOW_PAGE_READER), 10, "the photo-novel");
  g_assert_cmpuint (mis_reading_model_get_page (mis_reader_view_get_model (mis_window_get_reader_view (window))), ==, (guint) page);
  g_assert_true (mis_reader_view_get_text_shown (mis_window_get_reader_view (window)));
  g_assert_nonnull (strstr (mis_reader_view_get_text (mis_window_get_reader_view (window)), "<b>mot</b>"));

  mis_test_close_window (window);
}

/* The rows showing a hit. */
static guint
count_hit_rows (MisHitList *hit_list)
{
  GtkListBox *list = mis_hit_list_get_list_box (hit_list);
  guint n = 0;

  for (int i = 0; gtk_list_box_get_row_at_index (list, i) != NULL; i++)
    if (mis_hit_list_get_row_hit (hit_list, gtk_list_box_get_row_at_index (list, i)) != NULL)
      n++;
  return n;
}

/* A kit listing one manual 25 times (one entry per group, say): the file
 * is read once and every entry is found; the first 20 show, then a row
 * shows the others. */
static void
test_search_inside_many (void)
{
  g_autofree char *good = mis_test_read_good_index ();
  g_autoptr(GString) index_json = g_string_new (good);
  g_autoptr(GString) copies = g_string_new (NULL);
  g_autofree char *dir = NULL;
  MisWindow *window;
  MisLibraryView *library;
  MisHitList *hits;
  GtkListBox *list;
  GtkListBoxRow *more;
  int more_position;

  for (guint i = 1; i < 25; i++)
    g_string_append_printf (copies,
                            ",\n    { \"id\": \"manual-copy-%u\", \"kind\": \"manual\",\n"
                            "      \"title\": { \"fr\": \"Copie %u\", \"nl\": \"Kopie %u\", \"en\": \"Copy %u\" },\n"
                            "      \"file\": \"manuals/guide.pdf\" }",
                            i, i, i, i);
  g_string_append (copies, "\n  ],\n  \"sessions\"");
  g_assert_cmpuint (g_string_replace (index_json, "\n  ],\n  \"sessions\"", copies->str, 1), ==, 1);
  dir = mis_test_make_kit (index_json->str);

  window = mis_test_open_window (dir, NULL);
  library = mis_window_get_library_view (window);
  hits = mis_library_view_get_hit_list (library);
  list = mis_hit_list_get_list_box (hits);
  mis_test_wait_for (hits, index_complete, NULL, 60, "the text index");

  /* "Harcèlement en ligne", the guide's third page, in each of them. */
  mis_library_view_set_search_text (library, "harcelement ligne");
  g_assert_cmpuint (mis_hit_list_get_n_resources (hits), ==, 25);
  g_assert_cmpuint (count_hit_rows (hits), ==, MIS_HIT_LIST_FIRST_RESOURCES);

  more_position = MIS_HIT_LIST_FIRST_RESOURCES;
  while (gtk_list_box_get_row_at_index (list, more_position + 1) != NULL)
    more_position++;
  more = gtk_list_box_get_row_at_index (list, more_position);
  g_assert_null (mis_hit_list_get_row_hit (hits, more));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (gtk_list_box_row_get_child (more))), ==,
                   "Show hits in 5 more films, manuals and photo-novels");

  /* All of them, the keyboard on the first hit of those added (after the
   * title of its manual). */
  g_signal_emit_by_name (list, "row-activated", more);
  g_assert_cmpuint (count_hit_rows (hits), ==, 25);
  g_assert_null (gtk_list_box_get_row_at_index (list, 25 * 2));
  while (mis_hit_list_get_row_hit (hits, (more = gtk_list_box_get_row_at_index (list, more_position))) == NULL)
    more_position++;
  g_assert_cmpint (mis_hit_list_get_row_hit (hits, more)->page, ==, 2);
  g_assert_cmpuint (more_position, ==, MIS_HIT_LIST_FIRST_RESOURCES * 2 + 1);
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (window)) == GTK_WIDGET (more));

  /* Another search shows the first 20 again. */
  mis_library_view_set_search_text (library, "harcelement");
  g_assert_cmpuint (count_hit_rows (hits), ==, MIS_HIT_LIST_FIRST_RESOURCES);

  mis_test_close_window (window);
  mis_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  if (!mis_test_init_ui (&argc, &argv))
    return g_test_run ();
  gtk_test_register_all_types ();

  g_test_add_func ("/library/grid-and-filters", test_grid_and_filters);
  g_test_add_func ("/library/search", test_search);
  g_test_add_func ("/library/language", test_language);
  g_test_add_func ("/library/resource-page-and-back", test_resource_page_and_back);
  g_test_add_func ("/library/missing-kit", test_missing_kit);
  g_test_add_func ("/library/accessible-cards", test_accessible_cards);
  g_test_add_func ("/library/search-inside", test_search_inside);
  g_test_add_func ("/library/search-inside-many", test_search_inside_many);

  return g_test_run ();
}
