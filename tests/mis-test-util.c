/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-test-util.c: the test kit lives in tests/data/kit-good. Bad kits are
 * made in a temporary folder: a copy of its media (a copy, not links: a link
 * leading out of the kit is one of the things the loader must refuse) and
 * the index.json the test wants.
 */
#include "config.h"

#include <glib/gstdio.h>

#include "mis-test-util.h"

static const char *media[] = {
  "films/clip.webm", "films/clip.fr.vtt", "films/poster.png", "films/poster2.jpg",
  "photo-novels/story/01.jpg", "photo-novels/story/02.jpg", "photo-novels/story/03.png",
  "manuals/guide.pdf",
};

/* tests/data, found as GLib finds a test's files: through G_TEST_SRCDIR,
 * which meson test sets, or beside the test program. The fuzzers are no
 * GTest programs: they set G_TEST_SRCDIR themselves. */
const char *
mis_test_data_dir (void)
{
  static char *dir;

  if (dir == NULL && g_test_initialized ())
    dir = g_test_build_filename (G_TEST_DIST, "data", NULL);
  else if (dir == NULL)
    {
      g_assert_nonnull (g_getenv ("G_TEST_SRCDIR"));
      dir = g_build_filename (g_getenv ("G_TEST_SRCDIR"), "data", NULL);
    }
  return dir;
}

/* The sample kit the app bundles, at the top of the source tree. */
const char *
mis_test_sample_kit_dir (void)
{
  static char *dir;

  if (dir == NULL)
    dir = g_test_build_filename (G_TEST_DIST, "..", "data", "kit", NULL);
  return dir;
}

char *
mis_test_good_kit_dir (void)
{
  return g_build_filename (mis_test_data_dir (), "kit-good", NULL);
}

char *
mis_test_read_good_index (void)
{
  g_autofree char *dir = mis_test_good_kit_dir ();
  g_autofree char *path = g_build_filename (dir, "index.json", NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

/**
 * mis_test_make_kit:
 * @index_json: (nullable): the index to write; %NULL writes none
 *
 * Returns: a new kit folder with the test media; remove it with
 *   mis_test_remove_tree().
 */
char *
mis_test_make_kit (const char *index_json)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *good = mis_test_good_kit_dir ();
  char *dir = g_dir_make_tmp ("mis-kit-XXXXXX", &error);

  g_assert_no_error (error);

  for (gsize i = 0; i < G_N_ELEMENTS (media); i++)
    {
      g_autofree char *from = g_build_filename (good, media[i], NULL);
      g_autofree char *to = g_build_filename (dir, media[i], NULL);
      g_autofree char *to_dir = g_path_get_dirname (to);
      g_autoptr(GFile) source = g_file_new_for_path (from);
      g_autoptr(GFile) target = g_file_new_for_path (to);

      g_assert_cmpint (g_mkdir_with_parents (to_dir, 0755), ==, 0);
      g_file_copy (source, target, G_FILE_COPY_NONE, NULL, NULL, NULL, &error);
      g_assert_no_error (error);
    }

  if (index_json != NULL)
    {
      g_autofree char *index = g_build_filename (dir, "index.json", NULL);

      g_file_set_contents (index, index_json, -1, &error);
      g_assert_no_error (error);
    }

  return dir;
}

void
mis_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    while ((name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *child = g_build_filename (path, name, NULL);
        mis_test_remove_tree (child);
      }

  g_remove (path);
}

static gboolean
timeout_cb (gpointer user_data)
{
  *(gboolean *)user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/**
 * mis_test_wait_for:
 * @seconds: how long it may take before the test fails
 * @what: what is waited for, for the failure's message
 *
 * Runs the main loop until @condition holds.
 */
void
mis_test_wait_for (gpointer          subject,
                   MisTestCondition  condition,
                   gconstpointer     data,
                   guint             seconds,
                   const char       *what)
{
  gboolean timed_out = FALSE;
  guint source = g_timeout_add_seconds (seconds, timeout_cb, &timed_out);

  while (!condition (subject, data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (timed_out)
    g_error ("Timed out waiting for %s", what);
  g_source_remove (source);
}

/* A GAsyncReadyCallback that keeps the result in the GAsyncResult * that
 * @user_data points to, for mis_test_wait_result(). */
void
mis_test_store_result_cb (GObject      *object,
                          GAsyncResult *result,
                          gpointer      user_data)
{
  *(GAsyncResult **)user_data = g_object_ref (result);
}

/* Returns: (transfer none): the result, once the main loop has stored it
 * in @slot */
GAsyncResult *
mis_test_wait_result (GAsyncResult **slot)
{
  while (*slot == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *slot;
}
