/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-check-kit.c: `make-it-safe --check-kit DIR` as the person preparing
 * a kit runs it: one line per problem, a summary, an exit status.
 */
#include "mis-test-util.h"

static int
run_check (const char  *dir,
           char       **out)
{
  const char *binary = g_getenv ("MAKE_IT_SAFE_BIN");
  const char *argv[] = { binary, "--check-kit", dir, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  int status = 0;

  g_assert_nonnull (binary);
  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, out, &err, &status, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (err, ==, "");

  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

static void
test_good (void)
{
  g_autofree char *dir = mis_test_good_kit_dir ();
  g_autofree char *out = NULL;

  g_assert_cmpint (run_check (dir, &out), ==, 0);
  g_assert_cmpstr (out, ==, "5 resources (2 films, 2 photo-novels, 1 manual), 0 errors, 0 warnings\n");
}

static void
test_problems (void)
{
  g_autofree char *index = mis_test_read_good_index ();
  g_autoptr(GString) broken = g_string_new (index);
  g_autofree char *dir = NULL;
  g_autofree char *out = NULL;
  g_autofree char *clip = NULL;

  g_string_replace (broken, "\"photo-novels/story/02.jpg\", \"photo-novels/story/03.png\"",
                    "\"photo-novels/story/02.jpg\", \"photo-novels/x/03.jpg\"", 1);
  g_string_replace (broken, "\"poster\": \"films/poster2.jpg\"", "\"poster\": \"../poster2.jpg\"", 1);
  g_string_replace (broken, "\"audiences\": [\"coach\"],\n      \"pages\"",
                    "\"audiences\": [\"parents\"],\n      \"pages\"", 1);
  dir = mis_test_make_kit (broken->str);

  /* A film damaged after its checksum was written. */
  clip = g_build_filename (dir, "films", "clip.webm", NULL);
  g_assert_true (g_file_set_contents (clip, "truncated", -1, NULL));

  g_assert_cmpint (run_check (dir, &out), ==, 1);
  g_assert_cmpstr (out, ==,
    "index.json: resources[0].sha256[\"films/clip.webm\"]: checksum mismatch: films/clip.webm has changed or is damaged\n"
    "index.json: resources[1].poster: path leads outside the kit folder: ../poster2.jpg\n"
    "index.json: resources[2].pages[2]: file not found: photo-novels/x/03.jpg\n"
    "index.json: resources[3].audiences[0]: unknown id “parents”\n"
    "5 resources (2 films, 2 photo-novels, 1 manual), 3 errors, 1 warning\n");

  mis_test_remove_tree (dir);
}

static void
test_warnings_only (void)
{
  g_autofree char *index = mis_test_read_good_index ();
  g_autoptr(GString) changed = g_string_new (index);
  g_autofree char *dir = NULL;
  g_autofree char *out = NULL;

  g_string_replace (changed, "\"title\": { \"fr\": \"Deux pages\", \"nl\": \"Twee pagina's\", \"en\": \"Two pages\" }",
                    "\"title\": { \"fr\": \"Deux pages\" }", 1);
  dir = mis_test_make_kit (changed->str);

  /* Warnings alone do not fail the check. */
  g_assert_cmpint (run_check (dir, &out), ==, 0);
  g_assert_cmpstr (out, ==,
    "index.json: resources[3].title: no text in “nl”\n"
    "index.json: resources[3].title: no text in “en”\n"
    "5 resources (2 films, 2 photo-novels, 1 manual), 0 errors, 2 warnings\n");

  mis_test_remove_tree (dir);
}

static void
test_unreadable (void)
{
  g_autofree char *dir = mis_test_make_kit ("{ \"format\": 1,\n  \"id\": }");
  g_autofree char *out = NULL;
  g_autofree char *missing_out = NULL;

  g_assert_cmpint (run_check (dir, &out), ==, 1);
  g_assert_true (g_str_has_prefix (out, "index.json: line 2, column 9: not valid JSON: "));
  g_assert_true (g_str_has_suffix (out, "\n0 resources (0 films, 0 photo-novels, 0 manuals), 1 error, 0 warnings\n"));

  g_assert_cmpint (run_check ("/nonexistent/kit", &missing_out), ==, 1);
  g_assert_cmpstr (missing_out, ==,
    "The kit folder “/nonexistent/kit” does not exist or is not a folder.\n"
    "0 resources (0 films, 0 photo-novels, 0 manuals), 1 error, 0 warnings\n");

  mis_test_remove_tree (dir);
}

static void
test_deep_nesting (void)
{
  g_autoptr(GString) index = g_string_new ("{\"format\":1,\"x\":");
  g_autofree char *dir = NULL;
  g_autofree char *out = NULL;

  /* 200 000 levels overflowed the stack of the recursive JSON parser. */
  for (guint i = 0; i < 200000; i++)
    g_string_append_c (index, '[');
  for (guint i = 0; i < 200000; i++)
    g_string_append_c (index, ']');
  g_string_append_c (index, '}');
  dir = mis_test_make_kit (index->str);

  g_assert_cmpint (run_check (dir, &out), ==, 1);
  g_assert_cmpstr (out, ==,
    "index.json: line 1, column 80: nested more than 64 levels deep\n"
    "0 resources (0 films, 0 photo-novels, 0 manuals), 1 error, 0 warnings\n");

  mis_test_remove_tree (dir);
}

/* Subtitles that mpv may still play but the search cannot read. */
static void
test_unreadable_subtitles (void)
{
  g_autofree char *index = mis_test_read_good_index ();
  g_autoptr(GString) broken = g_string_new (index);
  g_autofree char *dir = NULL;
  g_autofree char *out = NULL;

  g_assert_cmpuint (g_string_replace (broken, "films/clip.fr.vtt", "films/poster.png", 1), ==, 1);
  dir = mis_test_make_kit (broken->str);

  g_assert_cmpint (run_check (dir, &out), ==, 0);
  g_assert_cmpstr (out, ==,
    "index.json: resources[0].subtitles[0].file: these subtitles cannot be searched: "
    "poster.png: not a subtitle file: it is not text in UTF-8\n"
    "5 resources (2 films, 2 photo-novels, 1 manual), 0 errors, 1 warning\n");
  mis_test_remove_tree (dir);
}

/* Plans name resources, times and pages: each mistake is found, with the
 * step's JSON path; the manual's pages are counted in its PDF. */
static void
test_plans (void)
{
  g_autofree char *index = mis_test_read_good_index ();
  g_autoptr(GString) broken = g_string_new (index);
  g_autofree char *dir = NULL;
  g_autofree char *out = NULL;

  g_string_replace (broken, "\"time\": 1.0", "\"time\": 30", 1);
  g_string_replace (broken, "\"resource\": \"manual-coach\", \"page\": 2",
                    "\"resource\": \"manual-coach\", \"page\": 7", 1);
  g_string_replace (broken, "\"resource\": \"novel-story\"", "\"resource\": \"novel-gone\"", 1);
  g_string_replace (broken, "\"kind\": \"discussion\", \"text\"", "\"kind\": \"quiz\", \"text\"", 1);
  dir = mis_test_make_kit (broken->str);

  g_assert_cmpint (run_check (dir, &out), ==, 1);
  g_assert_cmpstr (out, ==,
    "index.json: sessions[0].steps[3].kind: unknown kind “quiz” (expected “film”, “photo-novel”, “manual” or “discussion”)\n"
    "index.json: sessions[0].steps[0]: 0:30 is after the end of the film (0:02).\n"
    "index.json: sessions[0].steps[1]: Page 7 is past the end (the resource has 3 pages).\n"
    "index.json: sessions[0].steps[2]: The kit has no resource “novel-gone”.\n"
    "5 resources (2 films, 2 photo-novels, 1 manual), 4 errors, 0 warnings\n");

  mis_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/check-kit/good", test_good);
  g_test_add_func ("/check-kit/problems", test_problems);
  g_test_add_func ("/check-kit/warnings-only", test_warnings_only);
  g_test_add_func ("/check-kit/unreadable", test_unreadable);
  g_test_add_func ("/check-kit/deep-nesting", test_deep_nesting);

  g_test_add_func ("/check-kit/unreadable-subtitles", test_unreadable_subtitles);
  g_test_add_func ("/check-kit/plans", test_plans);

  return g_test_run ();
}
