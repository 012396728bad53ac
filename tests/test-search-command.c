/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-search-command.c: `make-it-safe --search WORDS [--kit DIR]` as a
 * script runs it: one hit per line (resource, place, language, words), the
 * kit's language first, exit status 0 with hits and 1 without; manuals
 * searched page by page through poppler; a damaged manual is named on
 * stderr and the rest still searched; no kit, a message and status 1.
 */
#include "mis-test-util.h"

static int
run_search (const char  *kit,
            const char  *words,
            char       **out,
            char       **err)
{
  const char *binary = g_getenv ("MAKE_IT_SAFE_BIN");
  const char *argv[] = { binary, "--search", words, "--kit", kit, NULL };
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_assert_nonnull (binary);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, out, err, &status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

static void
test_test_kit (void)
{
  g_autofree char *dir = mis_test_good_kit_dir ();
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  /* A cue of the film, and a page of the manual (page labels i, ii, 1…). */
  g_assert_cmpint (run_search (dir, "MOT pas", &out, &err), ==, 0);
  g_assert_cmpstr (out, ==, "film-passwords 0:01 fr: Ton mot de passe est à toi.\n"
                            "manual-coach p.2: Mots de passe\n");
  g_assert_cmpstr (err, ==, "");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_search (dir, "demande", &out, &err), ==, 0);
  g_assert_cmpstr (out, ==, "novel-story p.2 fr: Tu lui as demandé ?\n");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* The other languages too, after the kit's. */
  g_assert_cmpint (run_search (dir, "photo", &out, &err), ==, 0);
  g_assert_cmpstr (out, ==, "novel-story p.1 fr: Regarde cette photo !\n"
                            "novel-story p.1 en: Look at this photo!\n");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_search (dir, "introuvable", &out, &err), ==, 1);
  g_assert_cmpstr (out, ==, "");
}

static void
test_damaged_manual (void)
{
  g_autofree char *index = mis_test_read_good_index ();
  g_autoptr(GString) broken = g_string_new (index);
  g_autofree char *dir = NULL;
  g_autofree char *guide = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  /* No checksum to catch it first: the PDF itself is cut short. */
  g_string_replace (broken, ",\n      \"sha256\": { \"manuals/guide.pdf\": \"6b4318e5980059a8cb3b1d36d3c1a89b8d10f7f8a66f0fb677cb987a1adf5a41\" }", "", 1);
  dir = mis_test_make_kit (broken->str);
  guide = g_build_filename (dir, "manuals", "guide.pdf", NULL);
  g_assert_true (g_file_set_contents (guide, "%PDF-1.5\n", -1, NULL));

  g_assert_cmpint (run_search (dir, "mot pas", &out, &err), ==, 0);
  g_assert_cmpstr (out, ==, "film-passwords 0:01 fr: Ton mot de passe est à toi.\n");
  g_assert_true (g_str_has_prefix (err, "make-it-safe: manual-coach: "));
  mis_test_remove_tree (dir);
}

static void
test_sample_kit_manuals (void)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_auto(GStrv) lines = NULL;
  gboolean youth = FALSE, coach = FALSE;

  g_assert_cmpint (run_search (mis_test_sample_kit_dir (), "seance", &out, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i] != NULL && lines[i][0] != '\0'; i++)
    {
      youth |= g_str_has_prefix (lines[i], "manual-youth p.");
      coach |= g_str_has_prefix (lines[i], "manual-coach p.");
      /* Each line shows the word found. */
      g_assert_nonnull (strstr (lines[i], "éance"));
    }
  g_assert_true (youth);
  g_assert_true (coach);
}

static void
test_no_kit (void)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run_search ("/nonexistent-kit", "mot", &out, &err), ==, 1);
  g_assert_cmpstr (out, ==, "");
  g_assert_true (g_str_has_prefix (err, "make-it-safe: "));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/search-command/test-kit", test_test_kit);
  g_test_add_func ("/search-command/damaged-manual", test_damaged_manual);
  g_test_add_func ("/search-command/sample-kit-manuals", test_sample_kit_manuals);
  g_test_add_func ("/search-command/no-kit", test_no_kit);

  return g_test_run ();
}
