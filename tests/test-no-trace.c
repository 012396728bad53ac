/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-no-trace.c: in private mode, what one youth looked at must not be
 * found by the next in their home folder. The whole app runs in this
 * process, with HOME and the XDG folders in a new temporary folder, through
 * the library (with a search), a film, a photo-novel and a manual (with a
 * search), and quits. Then every file under HOME is compared with the
 * listing taken before: a file created or changed must be one of the caches
 * that say nothing of what was viewed (fontconfig's, Mesa's shaders), and
 * no file may contain the id or a title of a resource, or the words
 * searched.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "mis-test-app.h"
#include "mis-test-window.h"
#include "mis-test-util.h"
#include "mis-window.h"

#define SEARCH_WORDS "mot de passe"
#define MANUAL_WORDS "seance"

/* What may change under HOME: the system's own files, the same whatever
 * was viewed. */
static const char * const allowed[] = {
  ".cache/fontconfig/",             /* fonts */
  ".cache/mesa_shader_cache/",      /* OpenGL shaders */
  ".cache/mesa_shader_cache_db/",
  ".config/pulse/",                 /* PulseAudio's client: its cookie, a link to its runtime folder */
  NULL
};

static char *home;

/* path relative to HOME → SHA-256 of its content */
static void
list_tree (GHashTable *listing,
           const char *path,
           const char *relative)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    return;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      g_autofree char *child_relative = relative ? g_build_filename (relative, name, NULL) : g_strdup (name);

      if (g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        g_hash_table_insert (listing, g_steal_pointer (&child_relative), g_file_read_link (child, NULL));
      else if (g_file_test (child, G_FILE_TEST_IS_DIR))
        {
          g_hash_table_insert (listing, g_strconcat (child_relative, "/", NULL), g_strdup ("folder"));
          list_tree (listing, child, child_relative);
        }
      else
        {
          g_autofree char *contents = NULL;
          gsize length = 0;

          g_file_get_contents (child, &contents, &length, NULL);
          g_hash_table_insert (listing, g_steal_pointer (&child_relative),
                               g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length));
        }
    }
}

static GHashTable *
snapshot (void)
{
  GHashTable *listing = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  list_tree (listing, home, NULL);
  return listing;
}

static gboolean
is_allowed (const char *relative)
{
  for (guint i = 0; allowed[i] != NULL; i++)
    if (g_str_has_prefix (relative, allowed[i]) ||
        g_str_equal (relative, allowed[i]) ||
        g_str_has_prefix (allowed[i], relative))   /* the folders leading there */
      return TRUE;
  return FALSE;
}

/* Case-insensitive, in bytes: ids and titles are what matters. */
static gboolean
contains (const char *haystack,
          gsize       length,
          const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; n > 0 && i + n <= length; i++)
    if (g_ascii_strncasecmp (haystack + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}

typedef struct
{
  MisWindow      *window;
  GPtrArray      *secrets;   /* ids, titles, words searched */
} Run;

static gboolean
film_played (gpointer      view,
             gconstpointer data)
{
  MisMpv *player = mis_player_view_get_player (view);

  return player != NULL && mis_mpv_get_position (player) > 1;
}

static gboolean
novel_turned (gpointer      view,
              gconstpointer data)
{
  return mis_reading_model_get_page (mis_reader_view_get_model (view)) == 1;
}

static gboolean
manual_open (gpointer      view,
             gconstpointer data)
{
  return mis_manual_view_get_view_state (view) == MIS_MANUAL_STATE_DOCUMENT;
}

static gboolean
manual_searched (gpointer      view,
                 gconstpointer data)
{
  return mis_manual_view_get_n_matches (view) > 0;
}

static void
keep_secret (Run        *run,
             const char *text)
{
  if (text != NULL && strlen (text) >= 4)
    g_ptr_array_add (run->secrets, g_strdup (text));
}

static void
view (Run        *run,
      const char *id)
{
  MisKit *kit = mis_window_get_kit (run->window);
  MisResource *resource = mis_kit_lookup_resource (kit, id);
  g_autofree char *language = g_strdup (mis_kit_get_language (kit));

  g_assert_nonnull (resource);
  keep_secret (run, id);
  for (const char * const *l = mis_kit_get_languages (kit); *l != NULL; l++)
    {
      mis_kit_set_language (kit, *l);
      keep_secret (run, mis_resource_get_title (resource));
    }
  mis_kit_set_language (kit, language);

  mis_window_show_resource (run->window, resource);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (run->window), "win.open-resource", "s", id));
}

static void
walk_through (MisApplication *app,
              MisWindow      *window,
              gpointer        data)
{
  Run *run = data;

  run->window = window;
  g_assert_cmpint (mis_window_get_page (window), ==, MIS_WINDOW_PAGE_LIBRARY);

  keep_secret (run, SEARCH_WORDS);
  mis_library_view_set_search_text (mis_window_get_library_view (window), SEARCH_WORDS);
  mis_library_view_set_search_text (mis_window_get_library_view (window), NULL);

  view (run, "film-passwords");
  mis_test_wait_for (mis_window_get_player_view (window), film_played, NULL, 60, "the film playing");
  mis_window_show_library (window);

  view (run, "novel-new-follower");
  mis_test_wait_for (window, mis_test_window_page_is, GINT_TO_POINTER (MIS_WINDOW_PAGE_READER), 10, "the photo-novel");
  gtk_widget_activate_action (GTK_WIDGET (mis_window_get_reader_view (window)), "reader.next", NULL);
  mis_test_wait_for (mis_window_get_reader_view (window), novel_turned, NULL, 10, "page 2");
  mis_window_show_library (window);

  view (run, "manual-youth");
  mis_test_wait_for (mis_window_get_manual_view (window), manual_open, NULL, 60, "the manual");
  keep_secret (run, MANUAL_WORDS);
  mis_manual_view_search (mis_window_get_manual_view (window), MANUAL_WORDS);
  mis_test_wait_for (mis_window_get_manual_view (window), manual_searched, NULL, 60, "the search in the manual");
  mis_window_show_library (window);
}

static void
test_private_mode (void)
{
  const char *argv[] = { "make-it-safe", "--kit", mis_test_sample_kit_dir (), "--private", NULL };
  g_autoptr(GHashTable) before = snapshot ();
  g_autoptr(GHashTable) after = NULL;
  g_autoptr(GPtrArray) secrets = g_ptr_array_new_with_free_func (g_free);
  GHashTableIter iter;
  const char *path, *checksum;
  g_autofree char *forbidden = NULL;
  guint changed = 0;
  Run run = { 0 };

  run.secrets = secrets;
  mis_test_run_app (argv, walk_through, &run);

  after = snapshot ();
  g_assert_cmpuint (secrets->len, >=, 7);

  g_hash_table_iter_init (&iter, after);
  while (g_hash_table_iter_next (&iter, (gpointer *) &path, (gpointer *) &checksum))
    {
      const char *was = g_hash_table_lookup (before, path);
      g_autofree char *full = g_build_filename (home, path, NULL);
      g_autofree char *contents = NULL;
      gsize length = 0;

      if (g_strcmp0 (was, checksum) == 0)
        continue;

      changed++;
      g_test_message ("%s: %s", was ? "changed" : "created", path);
      if (!is_allowed (path))
        forbidden = g_strdup_printf ("The app left %s in the home folder (%s)", path, was ? "changed" : "created");

      if (g_file_get_contents (full, &contents, &length, NULL))
        for (guint i = 0; i < secrets->len; i++)
          if (contains (contents, length, g_ptr_array_index (secrets, i)))
            g_error ("%s names “%s”, which was viewed", path, (char *) g_ptr_array_index (secrets, i));
    }

  if (forbidden != NULL)
    g_error ("%s", forbidden);

  /* Nothing was deleted either: the person's own files are theirs. */
  g_hash_table_iter_init (&iter, before);
  while (g_hash_table_iter_next (&iter, (gpointer *) &path, NULL))
    g_assert_true (g_hash_table_contains (after, path));

  g_test_message ("%u files created or changed, all allowed", changed);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  /* Before anything reads them: GLib keeps the first values it sees. */
  home = g_dir_make_tmp ("mis-no-trace-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("HOME", home, TRUE);
  for (const char * const *v = (const char * const []) { "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME",
                                                         "XDG_STATE_HOME", NULL };
       *v != NULL; v++)
    g_unsetenv (*v);

  /* Something the person had already: it must be left as it was. */
  {
    g_autofree char *documents = g_build_filename (home, "Documents", NULL);
    g_autofree char *note = g_build_filename (documents, "note.txt", NULL);

    g_mkdir_with_parents (documents, 0700);
    g_file_set_contents (note, "mine", -1, NULL);
  }

  g_test_init (&argc, &argv, NULL);

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    g_test_skip ("No display: run the UI tests under xvfb-run");
  else
    g_test_add_func ("/no-trace/private-mode", test_private_mode);

  status = g_test_run ();
  mis_test_remove_tree (home);
  return status;
}
