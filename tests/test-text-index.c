/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-text-index.c: the search inside resources on the test kit: a word
 * in a film's subtitles finds the film at the cue's time, in a photo-novel
 * page finds that page (in each language, the kit's first), in a manual
 * page finds that page with its label; accents and case do not matter;
 * every word must be in the same cue or page; a broken subtitle file is
 * reported and the rest stays searchable; a manual listed twice shares the
 * pages read once.
 */
#include "config.h"

#include "mis-kit.h"
#include "mis-test-util.h"
#include "mis-text-index.h"

static MisKit *
load_kit (const char *dir)
{
  g_autoptr(GFile) directory = g_file_new_for_path (dir);
  g_autoptr(GError) error = NULL;
  MisKit *kit = mis_kit_load (directory, MIS_KIT_LOAD_FLAGS_NONE, NULL, &error);

  g_assert_no_error (error);
  return kit;
}

static MisTextIndex *
build (MisKit *kit)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  MisTextIndex *index;

  mis_text_index_build_async (kit, NULL, mis_test_store_result_cb, &result);
  index = mis_text_index_build_finish (mis_test_wait_result (&result), &error);
  g_assert_no_error (error);
  return index;
}

static const MisTextEntry *
only_hit (MisTextIndex *index,
          const char   *query,
          const char   *language)
{
  g_autoptr(GPtrArray) hits = mis_text_index_search (index, query, language);

  g_assert_cmpuint (hits->len, ==, 1);
  return g_ptr_array_index (hits, 0);
}

static void
test_films_and_photo_novels (void)
{
  g_autofree char *dir = mis_test_good_kit_dir ();
  g_autoptr(MisKit) kit = load_kit (dir);
  g_autoptr(MisTextIndex) index = build (kit);
  g_autoptr(GPtrArray) hits = NULL;
  g_autofree char *place = NULL;
  g_autofree char *snippet = NULL;
  const MisTextEntry *hit;

  g_assert_cmpuint (mis_text_index_get_warnings (index)->len, ==, 0);

  /* Word starts, any case, no accents: "Ton mot de passe est à toi." */
  hit = only_hit (index, "MOT pas", "fr");
  g_assert_cmpstr (mis_resource_get_id (hit->resource), ==, "film-passwords");
  g_assert_cmpfloat (hit->time, ==, 1);
  g_assert_cmpstr (hit->language, ==, "fr");
  place = mis_text_entry_format_place (hit);
  g_assert_cmpstr (place, ==, "0:01");
  g_assert_cmpstr (hit->text, ==, "Ton mot de passe est à toi.");

  hit = only_hit (index, "a toi", "fr");
  g_assert_cmpfloat (hit->time, ==, 1);

  /* A photo-novel's page, "Tu lui as demandé ?". */
  hit = only_hit (index, "demande lui", "fr");
  g_assert_cmpstr (mis_resource_get_id (hit->resource), ==, "novel-story");
  g_assert_cmpint (hit->page, ==, 1);
  g_clear_pointer (&place, g_free);
  place = mis_text_entry_format_place (hit);
  g_assert_cmpstr (place, ==, "p. 2");
  snippet = mis_text_entry_get_snippet (hit, "demande", 80);
  g_assert_cmpstr (snippet, ==, "Tu lui as demandé ?");

  /* The same page in each language that says it ("foto" in Dutch); the
   * kit's language first. */
  hits = mis_text_index_search (index, "photo", "en");
  g_assert_cmpuint (hits->len, ==, 2);
  g_assert_cmpstr (((MisTextEntry *) g_ptr_array_index (hits, 0))->language, ==, "en");
  g_assert_cmpstr (((MisTextEntry *) g_ptr_array_index (hits, 1))->language, ==, "fr");
  g_assert_cmpint (((MisTextEntry *) g_ptr_array_index (hits, 0))->page, ==, 0);
  g_clear_pointer (&hits, g_ptr_array_unref);

  /* Every word in one cue: "Bonjour !" and "... mot de passe ..." are two. */
  hits = mis_text_index_search (index, "bonjour passe", "fr");
  g_assert_cmpuint (hits->len, ==, 0);
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = mis_text_index_search (index, "introuvable", "fr");
  g_assert_cmpuint (hits->len, ==, 0);
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = mis_text_index_search (index, "  ", "fr");
  g_assert_cmpuint (hits->len, ==, 0);
}

static void
test_manual_pages (void)
{
  g_autofree char *dir = mis_test_good_kit_dir ();
  g_autoptr(MisKit) kit = load_kit (dir);
  g_autoptr(MisTextIndex) index = mis_text_index_new ();
  MisResource *manual = mis_kit_lookup_resource (kit, "manual-coach");
  g_autofree char *place = NULL;
  g_autofree char *snippet = NULL;
  g_autofree char *short_snippet = NULL;
  const MisTextEntry *hit;

  mis_text_index_add_page (index, manual, 0, "i", "fr", "Sommaire\n1. Bienvenue");
  mis_text_index_add_page (index, manual, 6, "5", "fr",
                           "Activité 3\nChoisir un mot de passe solide, une phrase que toi seul connais.\nDurée : 20 minutes");
  g_assert_cmpuint (mis_text_index_get_n_entries (index), ==, 2);

  hit = only_hit (index, "phrase seul", "fr");
  g_assert_cmpint (hit->page, ==, 6);
  place = mis_text_entry_format_place (hit);
  g_assert_cmpstr (place, ==, "p. 5");
  /* The line where the match is, not the page's first. */
  snippet = mis_text_entry_get_snippet (hit, "phrase", 200);
  g_assert_cmpstr (snippet, ==, "Choisir un mot de passe solide, une phrase que toi seul connais.");
  short_snippet = mis_text_entry_get_snippet (hit, "phrase", 20);
  g_assert_cmpint (g_utf8_strlen (short_snippet, -1), ==, 20);
  g_assert_true (g_str_has_suffix (short_snippet, "…"));
}

static void
test_broken_subtitles (void)
{
  g_autofree char *good = mis_test_read_good_index ();
  g_autoptr(GString) index_json = g_string_new (good);
  g_autofree char *dir = NULL;
  g_autoptr(MisKit) kit = NULL;
  g_autoptr(MisTextIndex) index = NULL;
  GPtrArray *warnings;

  /* The film's subtitles point at its poster: not WebVTT. */
  g_assert_cmpuint (g_string_replace (index_json, "films/clip.fr.vtt", "films/poster.png", 1), ==, 1);
  dir = mis_test_make_kit (index_json->str);
  kit = load_kit (dir);

  g_test_expect_message ("mis-text-index", G_LOG_LEVEL_WARNING, "*poster.png*");
  index = build (kit);
  g_test_assert_expected_messages ();

  warnings = mis_text_index_get_warnings (index);
  g_assert_cmpuint (warnings->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 0), "film-passwords: poster.png"));
  /* The photo-novel is still found. */
  g_assert_cmpstr (mis_resource_get_id (only_hit (index, "regarde", "fr")->resource), ==, "novel-story");

  mis_test_remove_tree (dir);
}

/* The same manual listed twice: the second shares the pages read for the
 * first, and a search finds both. */
static void
test_same_pages (void)
{
  g_autofree char *good = mis_test_read_good_index ();
  g_autoptr(GString) index_json = g_string_new (good);
  g_autofree char *dir = NULL;
  g_autoptr(MisKit) kit = NULL;
  g_autoptr(MisTextIndex) index = mis_text_index_new ();
  g_autoptr(GPtrArray) hits = NULL;
  MisResource *manual, *copy;
  const MisTextEntry *a, *b;

  g_assert_cmpuint (g_string_replace (index_json, "\n  ],\n  \"sessions\"",
                                      ",\n    { \"id\": \"manual-copy\", \"kind\": \"manual\",\n"
                                      "      \"title\": { \"fr\": \"Copie\", \"nl\": \"Kopie\", \"en\": \"Copy\" },\n"
                                      "      \"file\": \"manuals/guide.pdf\" }\n  ],\n  \"sessions\"", 1), ==, 1);
  dir = mis_test_make_kit (index_json->str);
  kit = load_kit (dir);
  manual = mis_kit_lookup_resource (kit, "manual-coach");
  copy = mis_kit_lookup_resource (kit, "manual-copy");

  mis_text_index_add_page (index, manual, 0, "i", "fr", "Sommaire");
  mis_text_index_add_page (index, manual, 6, "5", "fr", "Choisir un mot de passe solide");
  g_assert_cmpuint (mis_text_index_add_same_pages (index, copy, manual), ==, 2);
  g_assert_cmpuint (mis_text_index_get_n_entries (index), ==, 4);
  /* Nothing more to share from a resource without pages. */
  g_assert_cmpuint (mis_text_index_add_same_pages (index, manual, mis_kit_lookup_resource (kit, "film-passwords")), ==, 0);

  hits = mis_text_index_search (index, "passe solide", "fr");
  g_assert_cmpuint (hits->len, ==, 2);
  a = g_ptr_array_index (hits, 0);
  b = g_ptr_array_index (hits, 1);
  g_assert_true (a->resource != b->resource);
  g_assert_true (a->resource == manual || a->resource == copy);
  g_assert_true (b->resource == manual || b->resource == copy);
  g_assert_cmpint (b->page, ==, 6);
  g_assert_cmpstr (b->page_label, ==, "5");
  /* One text, kept once. */
  g_assert_true (a->text == b->text);

  mis_test_remove_tree (dir);
}

/* The app closing while the kit is read: cancelled, quietly. */
static void
test_cancelled (void)
{
  g_autofree char *dir = mis_test_good_kit_dir ();
  g_autoptr(MisKit) kit = load_kit (dir);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MisTextIndex) index = NULL;

  mis_text_index_build_async (kit, cancellable, mis_test_store_result_cb, &result);
  g_cancellable_cancel (cancellable);
  index = mis_text_index_build_finish (mis_test_wait_result (&result), &error);
  g_assert_null (index);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/text-index/films-and-photo-novels", test_films_and_photo_novels);
  g_test_add_func ("/text-index/manual-pages", test_manual_pages);
  g_test_add_func ("/text-index/same-pages", test_same_pages);
  g_test_add_func ("/text-index/broken-subtitles", test_broken_subtitles);
  g_test_add_func ("/text-index/cancelled", test_cancelled);

  return g_test_run ();
}
