/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-state-store.c: what the app remembers survives a restart, is never
 * left half written, and in private mode never reaches the disk.
 */
#include <glib/gstdio.h>

#include "mis-resume.h"
#include "mis-state-store.h"
#include "mis-test-util.h"

static char *
make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("mis-state-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static guint
count_files (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  guint n = 0;

  while (dir != NULL && g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

static void
test_roundtrip (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "kit-a.ini", NULL);
  g_autoptr(GError) error = NULL;
  MisStateStore *store = mis_state_store_new (dir, FALSE);
  g_autofree char *language = NULL;

  mis_state_store_set_double (store, "kit-a", "film-1", "position", 12.5);
  mis_state_store_set_boolean (store, "kit-a", "film-1", "watched", TRUE);
  mis_state_store_set_string (store, "kit-a", NULL, "language", "nl");
  mis_state_store_set_double (store, "kit-b", "film-1", "position", 3);

  g_assert_cmpfloat (mis_state_store_get_double (store, "kit-a", "film-1", "position", 0), ==, 12.5);
  g_assert_true (mis_state_store_flush (store, &error));
  g_assert_no_error (error);
  g_assert_finalize_object (store);

  /* Exactly the two kits' files: no temporary file left behind. */
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (count_files (dir), ==, 2);

  store = mis_state_store_new (dir, FALSE);
  language = mis_state_store_get_string (store, "kit-a", NULL, "language");
  g_assert_cmpfloat (mis_state_store_get_double (store, "kit-a", "film-1", "position", 0), ==, 12.5);
  g_assert_true (mis_state_store_get_boolean (store, "kit-a", "film-1", "watched"));
  g_assert_false (mis_state_store_get_boolean (store, "kit-a", "film-2", "watched"));
  g_assert_cmpfloat (mis_state_store_get_double (store, "kit-a", "film-2", "position", -1), ==, -1);
  g_assert_cmpstr (language, ==, "nl");
  g_assert_cmpfloat (mis_state_store_get_double (store, "kit-b", "film-1", "position", 0), ==, 3);

  mis_state_store_forget_kit (store, "kit-a");
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpfloat (mis_state_store_get_double (store, "kit-a", "film-1", "position", 0), ==, 0);
  g_assert_finalize_object (store);

  mis_test_remove_tree (dir);
}

static gboolean
file_exists (gpointer      path,
             gconstpointer data)
{
  return g_file_test (path, G_FILE_TEST_EXISTS);
}

static void
test_saves_in_background (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "kit-a.ini", NULL);
  g_autoptr(MisStateStore) store = mis_state_store_new (dir, FALSE);

  mis_state_store_set_double (store, "kit-a", "film-1", "position", 42);
  /* Not on the caller's stack: the write happens a moment later. */
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  mis_test_wait_for (path, file_exists, NULL, 10, "the state file");

  mis_test_remove_tree (dir);
}

static void
test_private_mode (void)
{
  g_autofree char *dir = make_dir ();
  g_autoptr(GError) error = NULL;
  MisStateStore *normal = mis_state_store_new (dir, FALSE);
  MisStateStore *private_store;

  /* What an earlier, non-private session remembered... */
  mis_state_store_set_double (normal, "kit-a", "film-grooming", "position", 30);
  g_assert_true (mis_state_store_flush (normal, &error));
  g_assert_finalize_object (normal);

  /* ...is not shown to the next youth on a shared PC... */
  private_store = mis_state_store_new (dir, TRUE);
  g_assert_true (mis_state_store_get_private (private_store));
  g_assert_cmpfloat (mis_state_store_get_double (private_store, "kit-a", "film-grooming", "position", 0), ==, 0);

  /* ...and what they look at is remembered only until the app closes. */
  mis_state_store_set_double (private_store, "kit-a", "film-sexting", "position", 12);
  g_assert_cmpfloat (mis_state_store_get_double (private_store, "kit-a", "film-sexting", "position", 0), ==, 12);
  g_assert_true (mis_state_store_flush (private_store, &error));
  g_assert_finalize_object (private_store);

  normal = mis_state_store_new (dir, FALSE);
  g_assert_cmpfloat (mis_state_store_get_double (normal, "kit-a", "film-sexting", "position", 0), ==, 0);
  g_assert_cmpfloat (mis_state_store_get_double (normal, "kit-a", "film-grooming", "position", 0), ==, 30);
  g_assert_cmpuint (count_files (dir), ==, 1);
  g_assert_finalize_object (normal);

  mis_test_remove_tree (dir);
}

static void
test_damaged_file (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "kit-a.ini", NULL);
  g_autofree char *aside = g_build_filename (dir, "kit-a.ini.damaged", NULL);
  g_autoptr(GError) error = NULL;
  MisStateStore *store;

  g_file_set_contents (path, "\x01\x02 this is [not a key file\n=\n", -1, &error);
  g_assert_no_error (error);

  store = mis_state_store_new (dir, FALSE);
  g_test_expect_message ("mis-state-store", G_LOG_LEVEL_WARNING, "Ignoring unreadable state*");
  g_assert_cmpfloat (mis_state_store_get_double (store, "kit-a", "film-1", "position", 7), ==, 7);
  g_test_assert_expected_messages ();

  /* Set aside, not deleted: someone may want to look at it. */
  g_assert_true (g_file_test (aside, G_FILE_TEST_EXISTS));

  mis_state_store_set_double (store, "kit-a", "film-1", "position", 8);
  g_assert_true (mis_state_store_flush (store, &error));
  g_assert_finalize_object (store);

  store = mis_state_store_new (dir, FALSE);
  g_assert_cmpfloat (mis_state_store_get_double (store, "kit-a", "film-1", "position", 0), ==, 8);
  g_assert_finalize_object (store);

  mis_test_remove_tree (dir);
}

/* Found by the fuzzer: a file damaged after a few good lines. What was read
 * before the damage is not on disk any more once the file is set aside, so
 * writing one of those values again must still save it. */
static void
test_damaged_after_good_lines (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "kit-a.ini", NULL);
  g_autoptr(GError) error = NULL;
  MisStateStore *store;

  g_file_set_contents (path, "[film-1]\nposition=12.5\n\n[manual]\nz\x91\xc2 1o25\n", -1, &error);
  g_assert_no_error (error);

  store = mis_state_store_new (dir, FALSE);
  g_test_expect_message ("mis-state-store", G_LOG_LEVEL_WARNING, "Ignoring unreadable state*");
  g_assert_cmpfloat (mis_state_store_get_double (store, "kit-a", "film-1", "position", 0), ==, 0);
  g_test_assert_expected_messages ();

  mis_state_store_set_double (store, "kit-a", "film-1", "position", 12.5);
  g_assert_true (mis_state_store_flush (store, &error));
  g_assert_no_error (error);
  g_assert_finalize_object (store);

  store = mis_state_store_new (dir, FALSE);
  g_assert_cmpfloat (mis_state_store_get_double (store, "kit-a", "film-1", "position", 0), ==, 12.5);
  g_assert_finalize_object (store);

  mis_test_remove_tree (dir);
}

/* Found by the fuzzer: a value that does not parse (here it ends in a lone
 * backslash) reads as no value, and writing the value it almost was saves it. */
static void
test_damaged_value (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "kit-a.ini", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  MisStateStore *store;

  g_file_set_contents (path, "[film-1]\nposition=12.5\\\nlanguage=fr\\\n", -1, &error);
  g_assert_no_error (error);

  store = mis_state_store_new (dir, FALSE);
  g_assert_cmpfloat (mis_state_store_get_double (store, "kit-a", "film-1", "position", 0), ==, 0);
  text = mis_state_store_get_string (store, "kit-a", "film-1", "language");
  g_assert_null (text);

  mis_state_store_set_double (store, "kit-a", "film-1", "position", 12.5);
  mis_state_store_set_string (store, "kit-a", "film-1", "language", "fr");
  g_assert_true (mis_state_store_flush (store, &error));
  g_assert_no_error (error);
  g_assert_finalize_object (store);

  store = mis_state_store_new (dir, FALSE);
  g_assert_cmpfloat (mis_state_store_get_double (store, "kit-a", "film-1", "position", 0), ==, 12.5);
  text = mis_state_store_get_string (store, "kit-a", "film-1", "language");
  g_assert_cmpstr (text, ==, "fr");
  g_assert_finalize_object (store);

  mis_test_remove_tree (dir);
}

/* A store made private saves what was changed before, then nothing more,
 * and forgets what it had read. */
static void
test_make_private (void)
{
  g_autofree char *dir = make_dir ();
  MisStateStore *store = mis_state_store_new (dir, FALSE);
  g_autoptr(GError) error = NULL;

  mis_state_store_set_double (store, "kit-a", "film-1", "position", 42);
  mis_state_store_make_private (store);
  g_assert_true (mis_state_store_get_private (store));
  g_assert_cmpfloat (mis_state_store_get_double (store, "kit-a", "film-1", "position", 0), ==, 0);

  mis_state_store_set_double (store, "kit-a", "film-1", "position", 99);
  mis_state_store_set_string (store, "kit-a", "manual", "page", "7");
  g_assert_cmpfloat (mis_state_store_get_double (store, "kit-a", "film-1", "position", 0), ==, 99);
  g_assert_true (mis_state_store_flush (store, &error));
  g_assert_finalize_object (store);

  store = mis_state_store_new (dir, FALSE);
  g_assert_cmpfloat (mis_state_store_get_double (store, "kit-a", "film-1", "position", 0), ==, 42);
  g_assert_null (mis_state_store_get_string (store, "kit-a", "manual", "page"));
  g_assert_finalize_object (store);

  mis_test_remove_tree (dir);
}

static void
test_unsafe_kit_id (void)
{
  g_autofree char *dir = make_dir ();
  g_autoptr(MisStateStore) store = mis_state_store_new (dir, FALSE);

  g_test_expect_message ("mis-state-store", G_LOG_LEVEL_CRITICAL, "Refusing state for kit id “../escape”");
  mis_state_store_set_string (store, "../escape", NULL, "language", "fr");
  g_test_assert_expected_messages ();
  g_assert_cmpuint (count_files (dir), ==, 0);

  mis_test_remove_tree (dir);
}

/* A shared computer's reset: what the last youth watched is forgotten at
 * once, and a store that saves to disk keeps its own. */
static void
test_forget_session (void)
{
  g_autofree char *dir = make_dir ();
  g_autoptr(GError) error = NULL;
  MisStateStore *private_store = mis_state_store_new (dir, TRUE);
  MisStateStore *normal = mis_state_store_new (dir, FALSE);

  mis_state_store_set_double (private_store, "kit-a", "film-sexting", "position", 12);
  mis_state_store_set_boolean (private_store, "kit-b", "film-grooming", "watched", TRUE);
  mis_state_store_forget_session (private_store);
  g_assert_cmpfloat (mis_state_store_get_double (private_store, "kit-a", "film-sexting", "position", -1), ==, -1);
  g_assert_false (mis_state_store_get_boolean (private_store, "kit-b", "film-grooming", "watched"));

  mis_state_store_set_double (normal, "kit-a", "film-privacy", "position", 7);
  mis_state_store_forget_session (normal);
  g_assert_cmpfloat (mis_state_store_get_double (normal, "kit-a", "film-privacy", "position", -1), ==, 7);
  g_assert_true (mis_state_store_flush (normal, &error));
  g_assert_no_error (error);

  g_assert_finalize_object (private_store);
  g_assert_finalize_object (normal);
  mis_test_remove_tree (dir);
}

/* Photo-novels and manuals open where they were left, at the zoom they
 * were read at; a damaged value in the file opens at the start. */
static void
test_resume_page (void)
{
  g_autofree char *dir = g_dir_make_tmp ("mis-resume-XXXXXX", NULL);
  MisStateStore *store = mis_state_store_new (dir, FALSE);
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (mis_resume_get_page (store, "kit", "manual"), ==, 0);
  g_assert_cmpfloat (mis_resume_get_zoom (store, "kit", "manual"), ==, MIS_RESUME_FIT_WIDTH);

  mis_resume_save_page (store, "kit", "manual", 7);
  mis_resume_save_zoom (store, "kit", "manual", 1.44);
  mis_resume_save_page (store, "kit", "novel", 3);
  mis_resume_save_zoom (store, "kit", "other", MIS_RESUME_FIT_PAGE);
  g_assert_true (mis_state_store_flush (store, &error));
  g_assert_finalize_object (store);

  store = mis_state_store_new (dir, FALSE);
  g_assert_cmpuint (mis_resume_get_page (store, "kit", "manual"), ==, 7);
  g_assert_cmpfloat (mis_resume_get_zoom (store, "kit", "manual"), ==, 1.44);
  g_assert_cmpuint (mis_resume_get_page (store, "kit", "novel"), ==, 3);
  g_assert_cmpfloat (mis_resume_get_zoom (store, "kit", "other"), ==, MIS_RESUME_FIT_PAGE);

  /* The file counts pages from 1, as people do. */
  g_assert_cmpfloat (mis_state_store_get_double (store, "kit", "manual", "page", 0), ==, 8);

  mis_state_store_set_double (store, "kit", "manual", "page", -4);
  g_assert_cmpuint (mis_resume_get_page (store, "kit", "manual"), ==, 0);
  mis_state_store_set_double (store, "kit", "manual", "page", 1e300);
  g_assert_cmpuint (mis_resume_get_page (store, "kit", "manual"), ==, 0);

  g_assert_finalize_object (store);
  mis_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/state-store/roundtrip", test_roundtrip);
  g_test_add_func ("/state-store/saves-in-background", test_saves_in_background);
  g_test_add_func ("/state-store/private-mode", test_private_mode);
  g_test_add_func ("/state-store/damaged-file", test_damaged_file);
  g_test_add_func ("/state-store/damaged-after-good-lines", test_damaged_after_good_lines);
  g_test_add_func ("/state-store/damaged-value", test_damaged_value);
  g_test_add_func ("/state-store/make-private", test_make_private);
  g_test_add_func ("/state-store/forget-session", test_forget_session);
  g_test_add_func ("/state-store/unsafe-kit-id", test_unsafe_kit_id);
  g_test_add_func ("/state-store/resume-page", test_resume_page);

  return g_test_run ();
}
