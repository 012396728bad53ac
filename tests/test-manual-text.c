/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-manual-text.c: a manual's pages into the search inside resources,
 * through poppler: one entry per page with words; kept in a cache
 * folder, read back from it at the next start while the PDF is unchanged,
 * and read again from the PDF once it has changed; nothing kept without a
 * cache folder (private mode).
 */
#include "config.h"

#include <glib/gstdio.h>

#include "mis-manual-text.h"
#include "mis-test-util.h"

static MisTextIndex *
index_manual (MisResource *manual,
              const char  *cache_dir)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  MisTextIndex *index = mis_text_index_new ();

  mis_manual_text_add_async (index, manual, cache_dir, NULL, mis_test_store_result_cb, &result);
  g_assert_true (mis_manual_text_add_finish (mis_test_wait_result (&result), &error));
  g_assert_no_error (error);
  return index;
}

/* The cache file, once written: its name is a hash; while it is written
 * atomically, a temporary file with a dot in its name stands beside it. */
static char *
find_cache_file (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    if (strchr (name, '.') == NULL)
      return g_build_filename (dir, name, NULL);
  return NULL;
}

/* The cache is written in a worker after the result: wait for it. */
static char *
wait_for_cache_file (const char *dir)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  char *path;

  while ((path = find_cache_file (dir)) == NULL)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (10000);
    }
  return path;
}

static void
test_pages_and_cache (void)
{
  g_autofree char *kit_dir = mis_test_make_kit (NULL);
  g_autofree char *cache_dir = g_dir_make_tmp ("mis-cache-XXXXXX", NULL);
  g_autofree char *guide = NULL;
  g_autofree char *cache_file = NULL;
  g_autoptr(GFile) directory = NULL;
  g_autoptr(MisKit) kit = NULL;
  g_autoptr(MisTextIndex) first = NULL;
  g_autoptr(MisTextIndex) second = NULL;
  g_autoptr(MisTextIndex) third = NULL;
  g_autoptr(MisTextIndex) private_index = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GKeyFile) cache = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *index_json = mis_test_read_good_index ();
  g_autofree char *index_path = NULL;
  MisResource *manual;
  const MisTextEntry *hit;
  const char *texts[] = { "Mot de passe de test", "rien", "rien", NULL };

  /* The test kit, in a folder of its own: its PDF is changed below. */
  index_path = g_build_filename (kit_dir, "index.json", NULL);
  g_assert_true (g_file_set_contents (index_path, index_json, -1, NULL));
  directory = g_file_new_for_path (kit_dir);
  kit = mis_kit_load (directory, MIS_KIT_LOAD_FLAGS_NONE, NULL, &error);
  g_assert_no_error (error);
  manual = mis_kit_lookup_resource (kit, "manual-coach");

  first = index_manual (manual, cache_dir);
  /* Three pages, "Manuel du coach", "Mots de passe", "Harcèlement en
   * ligne", without labels of their own. */
  g_assert_cmpuint (mis_text_index_get_n_entries (first), ==, 3);
  hits = mis_text_index_search (first, "mots passe", "fr");
  g_assert_cmpuint (hits->len, ==, 1);
  hit = g_ptr_array_index (hits, 0);
  g_assert_cmpint (hit->page, ==, 1);
  g_assert_null (hit->page_label);
  g_assert_cmpstr (hit->language, ==, "fr");
  g_clear_pointer (&hits, g_ptr_array_unref);

  cache_file = wait_for_cache_file (cache_dir);

  /* The next start reads the cache: one whose texts were changed shows. */
  g_assert_true (g_key_file_load_from_file (cache, cache_file, G_KEY_FILE_NONE, NULL));
  g_key_file_set_string_list (cache, "manual", "texts", texts, 3);
  g_assert_true (g_key_file_save_to_file (cache, cache_file, NULL));
  second = index_manual (manual, cache_dir);
  hits = mis_text_index_search (second, "test", "fr");
  g_assert_cmpuint (hits->len, ==, 1);
  g_assert_cmpint (((MisTextEntry *) g_ptr_array_index (hits, 0))->page, ==, 0);
  g_clear_pointer (&hits, g_ptr_array_unref);

  /* The PDF changed since (a new time): read from it again. */
  guide = g_build_filename (kit_dir, "manuals", "guide.pdf", NULL);
  {
    g_autoptr(GFile) file = g_file_new_for_path (guide);
    g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED, G_FILE_QUERY_INFO_NONE, NULL, NULL);
    guint64 mtime = g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED);

    g_assert_true (g_file_set_attribute_uint64 (file, G_FILE_ATTRIBUTE_TIME_MODIFIED, mtime - 100,
                                                G_FILE_QUERY_INFO_NONE, NULL, NULL));
  }
  third = index_manual (manual, cache_dir);
  hits = mis_text_index_search (third, "test", "fr");
  g_assert_cmpuint (hits->len, ==, 0);
  g_clear_pointer (&hits, g_ptr_array_unref);

  /* ...and kept again, for this version of the file. */
  {
    gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
    g_auto(GStrv) cached = NULL;

    do
      {
        g_autoptr(GKeyFile) again = g_key_file_new ();

        g_assert_cmpint (g_get_monotonic_time (), <, end);
        g_main_context_iteration (NULL, FALSE);
        g_usleep (10000);
        g_clear_pointer (&cached, g_strfreev);
        if (g_key_file_load_from_file (again, cache_file, G_KEY_FILE_NONE, NULL))
          cached = g_key_file_get_string_list (again, "manual", "texts", NULL, NULL);
      }
    while (cached == NULL || g_strcmp0 (cached[0], texts[0]) == 0);
    g_assert_true (g_str_has_prefix (cached[1], "Mots de passe"));
  }

  /* Without a cache folder, nothing is written anywhere. */
  mis_test_remove_tree (cache_dir);
  private_index = index_manual (manual, NULL);
  g_assert_cmpuint (mis_text_index_get_n_entries (private_index), ==, 3);
  g_assert_false (g_file_test (cache_dir, G_FILE_TEST_EXISTS));

  mis_test_remove_tree (kit_dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/manual-text/pages-and-cache", test_pages_and_cache);

  return g_test_run ();
}
