/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * bench-search.c: the search inside resources. Builds the index of a kit
 * (the films' subtitles and the photo-novels' words in a worker, then the
 * manuals' pages through their PDF workers), then times queries of one,
 * two and three words; then the same on a large kit made in memory from the
 * sample's own texts (100 manuals of 100 pages, 100 films with 4 subtitle
 * languages). Beside each, `grep -ric` of the same words (as one phrase)
 * over the same text, written to a file, as the reference: a process that
 * reads all of it once. A benchmark, not a test.
 *
 *   bench-search [KIT_DIR]
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <glib/gstdio.h>

#include "mis-manual-text.h"
#include "mis-test-util.h"
#include "mis-text-index.h"
#include "mis-webvtt.h"

#define QUERY_RUNS 50

static const char * const queries[] = { "mot", "mot pas", "mot de passe" };

static int
compare (const void *a,
         const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static MisTextIndex *
build (MisKit     *kit,
       const char *cache_dir,
       double     *films_ms,
       double     *manuals_ms)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *resources = mis_kit_get_resources (kit);
  MisTextIndex *index;
  double start = now_ms ();

  mis_text_index_build_async (kit, NULL, mis_test_store_result_cb, &result);
  index = mis_text_index_build_finish (mis_test_wait_result (&result), &error);
  g_assert_no_error (error);
  *films_ms = now_ms () - start;

  start = now_ms ();
  for (guint i = 0; i < g_list_model_get_n_items (resources); i++)
    {
      g_autoptr(MisResource) resource = g_list_model_get_item (resources, i);
      g_autoptr(GAsyncResult) added = NULL;

      if (mis_resource_get_kind (resource) != MIS_RESOURCE_KIND_MANUAL || !mis_resource_get_available (resource))
        continue;
      mis_manual_text_add_async (index, resource, cache_dir, NULL, mis_test_store_result_cb, &added);
      if (!mis_manual_text_add_finish (mis_test_wait_result (&added), &error))
        g_error ("%s", error->message);
    }
  *manuals_ms = now_ms () - start;
  return index;
}

static double
time_query (MisTextIndex *index,
            const char   *query,
            guint        *hits)
{
  double times[QUERY_RUNS];

  for (guint i = 0; i < QUERY_RUNS; i++)
    {
      double start = now_ms ();
      g_autoptr(GPtrArray) found = mis_text_index_search (index, query, "fr");

      times[i] = now_ms () - start;
      *hits = found->len;
    }
  qsort (times, QUERY_RUNS, sizeof (double), compare);
  return times[QUERY_RUNS / 2];
}

/* The same text in one file, for grep. */
static char *
write_text (MisTextIndex *index)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "bench-search.txt", NULL);

  for (guint i = 0; i < mis_text_index_get_n_entries (index); i++)
    g_string_append_printf (text, "%s\n", mis_text_index_get_entry (index, i)->text);
  g_assert_true (g_file_set_contents (path, text->str, text->len, NULL));
  return g_steal_pointer (&path);
}

static double
time_grep (const char *path,
           const char *query)
{
  g_autofree char *command = g_strdup_printf ("grep -ric '%s' %s", query, path);
  double times[5];

  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *out = NULL;
      double start = now_ms ();

      g_spawn_command_line_sync (command, &out, NULL, NULL, NULL);
      times[i] = now_ms () - start;
    }
  qsort (times, 5, sizeof (double), compare);
  return times[2];
}

static void
report_queries (const char   *what,
                MisTextIndex *index,
                double        goal_ms)
{
  g_autofree char *path = write_text (index);

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      guint hits = 0;
      double ms = time_query (index, queries[q], &hits);

      printf ("%-10s query %-16s %5u hits %8.2f ms   grep -ric %8.2f ms   goal < %.0f ms\n",
              what, queries[q], hits, ms, time_grep (path, queries[q]), goal_ms);
    }
  g_unlink (path);
}

/* 100 manuals of 100 pages and 100 films of 4 languages of 12 cues, from
 * the sample's own pages and cues, repeated. */
static MisTextIndex *
large_index (MisTextIndex *sample)
{
  g_autoptr(GPtrArray) pages = g_ptr_array_new ();
  g_autoptr(GPtrArray) cues = g_ptr_array_new_with_free_func ((GDestroyNotify) mis_cue_free);
  MisTextIndex *index = mis_text_index_new ();
  MisResource *film = NULL, *manual = NULL;
  const char *languages[] = { "fr", "nl", "de", "en" };

  for (guint i = 0; i < mis_text_index_get_n_entries (sample); i++)
    {
      const MisTextEntry *entry = mis_text_index_get_entry (sample, i);
      MisCue *cue;

      switch (mis_resource_get_kind (entry->resource))
        {
        case MIS_RESOURCE_KIND_FILM:
          film = entry->resource;
          cue = g_new0 (MisCue, 1);
          cue->start = entry->time;
          cue->end = entry->end;
          cue->text = g_strdup (entry->text);
          g_ptr_array_add (cues, cue);
          break;
        case MIS_RESOURCE_KIND_MANUAL:
          manual = entry->resource;
          g_ptr_array_add (pages, (gpointer) entry->text);
          break;
        default:
          break;
        }
    }
  g_assert_nonnull (film);
  g_assert_nonnull (manual);

  for (guint m = 0; m < 100; m++)
    for (guint p = 0; p < 100; p++)
      mis_text_index_add_page (index, manual, (int) p, NULL, "fr", g_ptr_array_index (pages, (m * 100 + p) % pages->len));

  for (guint f = 0; f < 100; f++)
    for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
      {
        g_autoptr(GPtrArray) film_cues = g_ptr_array_new ();

        for (guint c = 0; c < 12; c++)
          g_ptr_array_add (film_cues, g_ptr_array_index (cues, (f * 12 + c) % cues->len));
        mis_text_index_add_cues (index, film, languages[l], film_cues);
      }
  return index;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GFile) directory = g_file_new_for_path (argc > 1 ? argv[1] : g_getenv ("MIS_SAMPLE_KIT"));
  g_autoptr(GError) error = NULL;
  g_autoptr(MisKit) kit = NULL;
  g_autoptr(MisTextIndex) index = NULL;
  g_autoptr(MisTextIndex) large = NULL;
  g_autofree char *cache_dir = NULL;
  double films_ms, manuals_ms;

  kit = mis_kit_load (directory, MIS_KIT_LOAD_FLAGS_NONE, NULL, &error);
  if (kit == NULL)
    g_error ("%s", error->message);

  cache_dir = g_dir_make_tmp ("bench-search-XXXXXX", NULL);
  index = build (kit, cache_dir, &films_ms, &manuals_ms);
  printf ("sample kit: %u entries; index built in %.1f ms (films and photo-novels, in a worker) + %.1f ms (manuals, through their PDF workers)\n",
          mis_text_index_get_n_entries (index), films_ms, manuals_ms);
  {
    g_autoptr(MisTextIndex) again = NULL;

    /* The writes of the cache run in a worker: let them end. */
    g_usleep (300 * 1000);
    again = build (kit, cache_dir, &films_ms, &manuals_ms);
    printf ("sample kit, next start: %u entries; %.1f ms + %.1f ms (manuals, from the cache)\n",
            mis_text_index_get_n_entries (again), films_ms, manuals_ms);
  }
  mis_test_remove_tree (cache_dir);
  report_queries ("sample", index, 20);

  large = large_index (index);
  printf ("large kit: %u entries (100 manuals of 100 pages, 100 films x 4 languages x 12 cues)\n",
          mis_text_index_get_n_entries (large));
  report_queries ("large", large, 100);
  return 0;
}
