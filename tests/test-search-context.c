/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-search-context.c: a manual's search, on the real test PDF through
 * poppler, no display: matches arrive page by page before the search ends,
 * the current match is the first from the page being read, next and
 * previous wrap, and a new query leaves nothing of the old one.
 */
#include "config.h"

#include "mis-search-context.h"
#include "mis-test-util.h"

typedef struct
{
  GString *log;       /* "p3 p4 F": pages found, then finished */
  gboolean finished;
} Events;

static void
page_found_cb (MisSearchContext *search,
               guint             page,
               Events           *events)
{
  /* A page's hits are there when it is announced. */
  g_assert_nonnull (mis_search_context_get_page_hits (search, page));
  g_string_append_printf (events->log, "p%u ", page);
}

static void
finished_cb (MisSearchContext *search,
             Events           *events)
{
  g_assert_false (mis_search_context_get_searching (search));
  g_string_append (events->log, "F");
  events->finished = TRUE;
}

static gboolean
is_finished (gpointer      subject,
             gconstpointer data)
{
  return ((Events *)subject)->finished;
}

static void
search (MisSearchContext *context,
        Events           *events,
        const char       *query,
        guint             from_page)
{
  g_string_truncate (events->log, 0);
  events->finished = FALSE;
  mis_search_context_start (context, query, from_page);
  g_assert_true (mis_search_context_get_searching (context));
  mis_test_wait_for (events, is_finished, NULL, 20, "the search to end");
}

static MisPdfDocument *
open_test_manual (void)
{
  g_autofree char *path = g_build_filename (mis_test_data_dir (), "manual", "test-manual.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  MisPdfDocument *document;

  mis_pdf_document_load_async (file, NULL, NULL, mis_test_store_result_cb, &result);
  document = mis_pdf_document_load_finish (mis_test_wait_result (&result), &error);
  g_assert_no_error (error);
  return document;
}

static void
test_pages_as_found (void)
{
  g_autoptr(MisPdfDocument) document = open_test_manual ();
  MisSearchContext *context = mis_search_context_new (document);
  Events events = { g_string_new (NULL), FALSE };
  const MisPdfMatch *match;

  g_signal_connect (context, "page-found", G_CALLBACK (page_found_cb), &events);
  g_signal_connect (context, "finished", G_CALLBACK (finished_cb), &events);

  /* "Sécurité" is on the fourth and fifth pages (3 and 4 from 0): each
   * announced as searched, in order, before the end. */
  search (context, &events, "securite", 0);
  g_assert_cmpstr (events.log->str, ==, "p3 p4 F");
  g_assert_cmpuint (mis_search_context_get_n_matches (context), ==, 2);
  g_assert_cmpfloat (mis_search_context_get_progress (context), ==, 1);
  g_assert_cmpstr (mis_search_context_get_query (context), ==, "securite");
  g_assert_null (mis_search_context_get_page_hits (context, 0));
  g_assert_cmpuint (mis_search_context_get_page_hits (context, 4)->len, ==, 1);

  /* Read from the first page: the first match is current. */
  g_assert_cmpint (mis_search_context_get_current_match (context), ==, 0);
  match = mis_search_context_get_match (context, 0);
  g_assert_cmpint (match->page, ==, 3);
  g_assert_null (mis_search_context_get_match (context, 2));

  /* Next and previous go round. */
  mis_search_context_next (context);
  g_assert_cmpint (mis_search_context_get_current_match (context), ==, 1);
  mis_search_context_next (context);
  g_assert_cmpint (mis_search_context_get_current_match (context), ==, 0);
  mis_search_context_previous (context);
  g_assert_cmpint (mis_search_context_get_current_match (context), ==, 1);

  /* Read from the fifth page: its match; from past the last one: the first. */
  search (context, &events, "SÉCURITÉ", 4);
  g_assert_cmpint (mis_search_context_get_current_match (context), ==, 1);
  search (context, &events, "securite", 5);
  g_assert_cmpint (mis_search_context_get_current_match (context), ==, 0);

  /* Nothing found: no current match, nothing lit. */
  search (context, &events, "zebre volant", 0);
  g_assert_cmpstr (events.log->str, ==, "F");
  g_assert_cmpuint (mis_search_context_get_n_matches (context), ==, 0);
  g_assert_cmpint (mis_search_context_get_current_match (context), ==, -1);
  mis_search_context_next (context);
  g_assert_cmpint (mis_search_context_get_current_match (context), ==, -1);

  g_string_free (events.log, TRUE);
  g_assert_finalize_object (context);
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

/* Typing on: each query replaces the last; no page of an old one shows. */
static void
test_new_query_replaces (void)
{
  g_autoptr(MisPdfDocument) document = open_test_manual ();
  MisSearchContext *context = mis_search_context_new (document);
  Events events = { g_string_new (NULL), FALSE };
  guint current_notifications = 0;

  g_signal_connect (context, "page-found", G_CALLBACK (page_found_cb), &events);
  g_signal_connect (context, "finished", G_CALLBACK (finished_cb), &events);

  mis_search_context_start (context, "securite", 0);
  search (context, &events, "zebre volant", 0);
  g_assert_cmpstr (events.log->str, ==, "F");
  g_assert_cmpuint (mis_search_context_get_n_matches (context), ==, 0);

  /* Stopped: no query, no matches, and what was on its way never comes. */
  search (context, &events, "securite", 0);
  g_signal_connect (context, "notify::current-match", G_CALLBACK (count_notify_cb), &current_notifications);
  mis_search_context_start (context, "securite", 0);
  mis_search_context_stop (context);
  g_assert_false (mis_search_context_get_searching (context));
  g_assert_null (mis_search_context_get_query (context));
  g_assert_cmpuint (mis_search_context_get_n_matches (context), ==, 0);
  g_assert_cmpint (mis_search_context_get_current_match (context), ==, -1);
  g_string_truncate (events.log, 0);
  for (guint i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);
  g_usleep (100000);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpstr (events.log->str, ==, "");
  /* Back to -1 once when stopped; nothing after. */
  g_assert_cmpuint (current_notifications, ==, 1);

  /* An empty query searches nothing. */
  mis_search_context_start (context, "   ", 0);
  g_assert_false (mis_search_context_get_searching (context));

  g_string_free (events.log, TRUE);
  g_assert_finalize_object (context);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/search-context/pages-as-found", test_pages_as_found);
  g_test_add_func ("/search-context/new-query-replaces", test_new_query_replaces);

  return g_test_run ();
}
