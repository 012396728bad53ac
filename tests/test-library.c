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

  /* The cards are really drawn, with their resources. */
  wait_frames (GTK_WIDGET (window), 3);
  g_assert_cmpuint (count_cards (GTK_WIDGET (view)), ==, 5);

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

  return g_test_run ();
}
