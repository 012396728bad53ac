/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-kit-tool.c: make-it-safe-kit as a publisher runs it, on a folder of
 * real small media made for each test: a film with two audio tracks and two
 * subtitle files, a photo-novel of pages 1 to 12 named without padding, a
 * PDF with a title and one without, and a broken video and picture among
 * them. init, then update after adding, removing and changing files, check,
 * translate; and the copy with its verification, refusing a damaged file
 * and leaving nothing behind when interrupted.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "mis-kit-copy.h"
#include "mis-test-util.h"

static int
run_tool (char       **out,
          const char  *first,
          ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  g_autofree char *stdout_text = NULL;
  const char *arg;
  int status = 0;
  va_list args;

  g_ptr_array_add (argv, (gpointer) g_getenv ("MAKE_IT_SAFE_KIT_BIN"));
  va_start (args, first);
  for (arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_assert_nonnull (argv->pdata[0]);
  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, &stdout_text, &err, &status, &error);
  g_assert_no_error (error);
  if (out != NULL)
    *out = g_strconcat (stdout_text, err, NULL);
  g_test_message ("%s%s", stdout_text, err);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

static void
copy_in (const char *from,
         const char *dir,
         const char *to)
{
  g_autofree char *target = g_build_filename (dir, to, NULL);
  g_autofree char *parent = g_path_get_dirname (target);
  g_autoptr(GFile) source = g_file_new_for_path (from);
  g_autoptr(GFile) destination = g_file_new_for_path (target);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (parent, 0755), ==, 0);
  g_file_copy (source, destination, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
}

static void
write_in (const char *dir,
          const char *to,
          const char *contents)
{
  g_autofree char *target = g_build_filename (dir, to, NULL);
  g_autofree char *parent = g_path_get_dirname (target);

  g_assert_cmpint (g_mkdir_with_parents (parent, 0755), ==, 0);
  g_assert_true (g_file_set_contents (target, contents, -1, NULL));
}

/* The publisher's folder: media and nothing else. */
static char *
make_media_folder (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("mis-media-XXXXXX", &error);
  const char *sample = mis_test_sample_kit_dir ();
  g_autofree char *film = g_build_filename (sample, "films", "film-passwords.webm", NULL);
  g_autofree char *fr = g_build_filename (sample, "films", "film-passwords.fr.vtt", NULL);
  g_autofree char *nl = g_build_filename (sample, "films", "film-passwords.nl.vtt", NULL);
  g_autofree char *page = g_build_filename (mis_test_data_dir (), "images", "page.jpg", NULL);
  g_autofree char *titled = g_build_filename (mis_test_data_dir (), "manual", "test-manual.pdf", NULL);
  g_autofree char *untitled = g_build_filename (mis_test_data_dir (), "kit-good", "manuals", "guide.pdf", NULL);

  g_assert_no_error (error);
  copy_in (film, dir, "films/Le_mot-de-passe.webm");
  copy_in (fr, dir, "films/Le_mot-de-passe.fr.vtt");
  copy_in (nl, dir, "films/Le_mot-de-passe.nl.vtt");
  for (guint i = 1; i <= 12; i++)
    {
      g_autofree char *name = g_strdup_printf ("histoire/%u.jpg", i);
      copy_in (page, dir, name);
    }
  copy_in (titled, dir, "manuels/guide-avec-titre.pdf");
  copy_in (untitled, dir, "manuels/sans-titre.pdf");
  write_in (dir, "films/casse.webm", "not a video at all");
  write_in (dir, "dessins/1.png", "not a picture");
  /* A name from an old Windows stick, in Latin-1: not UTF-8. */
  write_in (dir, "histoire/caf\xe9.jpg", "skipped before it is read");
  return dir;
}

static JsonObject *
read_index (const char *dir,
            JsonParser *parser)
{
  g_autofree char *path = g_build_filename (dir, "index.json", NULL);
  g_autoptr(GError) error = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  return json_node_get_object (json_parser_get_root (parser));
}

static JsonObject *
resource (JsonObject *index,
          const char *id)
{
  JsonArray *resources = json_object_get_array_member (index, "resources");

  for (guint i = 0; i < json_array_get_length (resources); i++)
    {
      JsonObject *object = json_array_get_object_element (resources, i);
      if (g_strcmp0 (json_object_get_string_member (object, "id"), id) == 0)
        return object;
    }
  g_error ("index.json has no resource %s", id);
}

static const char *
title_of (JsonObject *object)
{
  return json_object_get_string_member (json_object_get_object_member (object, "title"), "fr");
}

static void
assert_contains (const char *text,
                 const char *part)
{
  if (strstr (text, part) == NULL)
    g_error ("“%s” does not say “%s”", text, part);
}

static void
test_init (void)
{
  g_autofree char *dir = make_media_folder ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *out = NULL;
  g_autofree char *again = NULL;
  g_autofree char *check = NULL;
  g_autofree char *poster = g_build_filename (dir, "films", "Le_mot-de-passe-poster.jpg", NULL);
  JsonObject *index, *film, *novel, *titled, *untitled;
  JsonArray *pages, *audio;

  g_assert_cmpint (run_tool (&out, "init", dir, "--language", "fr", "--title", "Notre kit", NULL), ==, 0);
  /* What cannot be used is named, and the rest goes on. */
  assert_contains (out, "casse.webm: not a video the player can read");
  assert_contains (out, "1.png: not a picture");
  assert_contains (out, "a file name that is not UTF-8: skipped");
  assert_contains (out, "added film film-le-mot-de-passe");
  assert_contains (out, "To fill in by hand");

  index = read_index (dir, parser);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (index, "title"), "fr"), ==,
                   "Notre kit");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (index, "resources")), ==, 4);

  film = resource (index, "film-le-mot-de-passe");
  g_assert_cmpstr (title_of (film), ==, "Le mot de passe");
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (film, "duration"), 44.6, 0.2);
  audio = json_object_get_array_member (film, "audio");
  g_assert_cmpuint (json_array_get_length (audio), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (audio, 0), "language"), ==, "fr");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (audio, 1), "language"), ==, "nl");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (film, "subtitles")), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (film, "poster"), ==, "films/Le_mot-de-passe-poster.jpg");
  g_assert_true (g_file_test (poster, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (json_object_get_size (json_object_get_object_member (film, "sha256")), ==, 4);

  novel = resource (index, "novel-histoire");
  pages = json_object_get_array_member (novel, "pages");
  g_assert_cmpuint (json_array_get_length (pages), ==, 12);
  g_assert_cmpstr (json_array_get_string_element (pages, 1), ==, "histoire/2.jpg");
  g_assert_cmpstr (json_array_get_string_element (pages, 9), ==, "histoire/10.jpg");

  titled = resource (index, "manual-guide-avec-titre");
  untitled = resource (index, "manual-sans-titre");
  g_assert_cmpstr (title_of (titled), ==, "Manuel de test");
  g_assert_cmpstr (title_of (untitled), ==, "Sans titre");

  /* The kit it made is a kit: --check-kit accepts it, checksums and all. */
  g_assert_cmpint (run_tool (&check, "check", dir, NULL), ==, 0);
  assert_contains (check, "4 resources (1 film, 1 photo-novel, 2 manuals), 0 errors");

  /* An index.json is never replaced without --force. */
  g_assert_cmpint (run_tool (&again, "init", dir, NULL), ==, 1);
  assert_contains (again, "already has an index.json");

  mis_test_remove_tree (dir);
}

static void
test_update (void)
{
  g_autofree char *dir = make_media_folder ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonParser) updated = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *index_path = g_build_filename (dir, "index.json", NULL);
  g_autofree char *out = NULL;
  g_autofree char *old_sum = NULL;
  g_autofree char *other = g_build_filename (mis_test_data_dir (), "kit-good", "films", "poster2.jpg", NULL);
  g_autofree char *gone = g_build_filename (dir, "manuels", "sans-titre.pdf", NULL);
  JsonObject *index, *film, *novel;

  g_assert_cmpint (run_tool (NULL, "init", dir, NULL), ==, 0);

  /* The publisher writes by hand. */
  index = read_index (dir, parser);
  film = resource (index, "film-le-mot-de-passe");
  json_object_set_object_member (film, "title", json_object_new ());
  json_object_set_string_member (json_object_get_object_member (film, "title"), "fr", "Le mot de passe de Léa");
  json_object_set_object_member (film, "summary", json_object_new ());
  json_object_set_string_member (json_object_get_object_member (film, "summary"), "fr", "Léa prête son mot de passe.");
  json_object_set_string_member (film, "publisher_note", "checked in June");
  old_sum = g_strdup (json_object_get_string_member (json_object_get_object_member (resource (index, "novel-histoire"),
                                                                                    "sha256"), "histoire/2.jpg"));
  json_generator_set_root (generator, json_parser_get_root (parser));
  g_assert_true (json_generator_to_file (generator, index_path, NULL));

  /* Then files are added, changed and removed. */
  copy_in (other, dir, "histoire/13.jpg");
  copy_in (other, dir, "histoire/2.jpg");
  g_assert_cmpint (g_remove (gone), ==, 0);

  g_assert_cmpint (run_tool (&out, "update", dir, NULL), ==, 0);
  assert_contains (out, "missing: manuels/sans-titre.pdf (resource manual-sans-titre)");

  index = read_index (dir, updated);
  film = resource (index, "film-le-mot-de-passe");
  g_assert_cmpstr (title_of (film), ==, "Le mot de passe de Léa");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (film, "summary"), "fr"), ==,
                   "Léa prête son mot de passe.");
  g_assert_cmpstr (json_object_get_string_member (film, "publisher_note"), ==, "checked in June");
  novel = resource (index, "novel-histoire");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (novel, "pages")), ==, 13);
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (novel, "pages"), 12), ==,
                   "histoire/13.jpg");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (novel, "sha256"), "histoire/2.jpg"),
                   !=, old_sum);
  /* The missing manual stays, for the publisher to decide. */
  g_assert_nonnull (resource (index, "manual-sans-titre"));

  mis_test_remove_tree (dir);
}

static void
test_translate (void)
{
  g_autofree char *dir = make_media_folder ();
  g_autofree char *list = g_build_filename (dir, "..", "mis-translate-test.txt", NULL);
  g_autofree char *out = NULL;
  g_autofree char *contents = NULL;

  g_assert_cmpint (run_tool (NULL, "init", dir, NULL), ==, 0);
  g_assert_cmpint (run_tool (&out, "translate", dir, "nl", "--output", list, NULL), ==, 0);
  assert_contains (out, "texts to translate into “nl”");
  g_assert_true (g_file_get_contents (list, &contents, NULL, NULL));
  assert_contains (contents, "resources[0].title (film-le-mot-de-passe)\nfr: Le mot de passe\nnl: \n");
  /* The film has Dutch subtitles; no such line for it. */
  g_assert_null (strstr (contents, "no subtitles in “nl”"));
  g_remove (list);
  mis_test_remove_tree (dir);
}

static gboolean
tree_equal (const char *a,
            const char *b)
{
  g_autoptr(GDir) listing = g_dir_open (a, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *pa = g_build_filename (a, name, NULL);
      g_autofree char *pb = g_build_filename (b, name, NULL);
      g_autofree char *ca = NULL, *cb = NULL;
      gsize la = 0, lb = 0;

      if (g_file_test (pa, G_FILE_TEST_IS_DIR))
        {
          if (!tree_equal (pa, pb))
            return FALSE;
          continue;
        }
      if (!g_file_get_contents (pa, &ca, &la, NULL) || !g_file_get_contents (pb, &cb, &lb, NULL) ||
          la != lb || memcmp (ca, cb, la) != 0)
        return FALSE;
    }
  return TRUE;
}

/* Nothing but what the test put there: no kit, no partial copy. */
static void
assert_empty (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  g_assert_null (g_dir_read_name (listing));
}

static void
cancel_after_first (const MisKitCopyProgress *progress,
                    gpointer                  data)
{
  if (progress->phase == MIS_KIT_COPY_COPYING && progress->files_done >= 1)
    g_cancellable_cancel (data);
}

static void
count_reports (const MisKitCopyProgress *progress,
               gpointer                  data)
{
  guint *phases = data;
  phases[progress->phase]++;
}

static void
test_copy (void)
{
  g_autofree char *kit = mis_test_good_kit_dir ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dest = g_dir_make_tmp ("mis-copy-XXXXXX", &error);
  g_autoptr(GFile) kit_file = g_file_new_for_path (kit);
  g_autoptr(GFile) dest_file = g_file_new_for_path (dest);
  g_autoptr(GFile) copy = NULL;
  g_autofree char *copy_path = NULL;
  g_autofree char *out = NULL;
  guint phases[MIS_KIT_COPY_DONE + 1] = { 0 };

  copy = mis_kit_copy (kit_file, dest_file, count_reports, phases, NULL, NULL, &error);
  g_assert_no_error (error);
  copy_path = g_file_get_path (copy);
  g_assert_true (g_str_has_suffix (copy_path, "/kit-good"));
  g_assert_true (tree_equal (kit, copy_path));
  g_assert_cmpuint (phases[MIS_KIT_COPY_VERIFYING], >, 0);
  g_assert_cmpuint (phases[MIS_KIT_COPY_DONE], ==, 1);

  /* A second copy to the same place is refused: nothing is overwritten. */
  g_assert_null (mis_kit_copy (kit_file, dest_file, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, MIS_KIT_COPY_ERROR, MIS_KIT_COPY_ERROR_EXISTS);
  g_clear_error (&error);
  mis_test_remove_tree (copy_path);

  /* The command line, as a script runs it: plain lines. */
  g_assert_cmpint (run_tool (&out, "copy", kit, dest, NULL), ==, 0);
  assert_contains (out, "Verifying the copy:");
  assert_contains (out, "every file checked");
  mis_test_remove_tree (dest);
}

static void
test_copy_refused (void)
{
  g_autofree char *kit = mis_test_make_kit (NULL);
  g_autofree char *good_index = mis_test_read_good_index ();
  g_autofree char *index = g_build_filename (kit, "index.json", NULL);
  g_autofree char *clip = g_build_filename (kit, "films", "clip.webm", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *dest = g_dir_make_tmp ("mis-copy-XXXXXX", &error);
  g_autoptr(GFile) kit_file = g_file_new_for_path (kit);
  g_autoptr(GFile) dest_file = g_file_new_for_path (dest);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *out = NULL;

  g_assert_true (g_file_set_contents (index, good_index, -1, NULL));

  /* Interrupted: the partial copy is gone. */
  g_assert_null (mis_kit_copy (kit_file, dest_file, cancel_after_first, cancellable, NULL, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  assert_empty (dest);

  /* A film damaged after its checksum was written: refused, named. */
  g_assert_true (g_file_set_contents (clip, "truncated", -1, NULL));
  g_assert_null (mis_kit_copy (kit_file, dest_file, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, MIS_KIT_COPY_ERROR, MIS_KIT_COPY_ERROR_DAMAGED);
  assert_contains (error->message, "films/clip.webm does not match its SHA-256");
  g_clear_error (&error);
  assert_empty (dest);
  g_assert_cmpint (run_tool (&out, "copy", kit, dest, NULL), ==, 1);
  assert_contains (out, "films/clip.webm does not match its SHA-256");
  assert_empty (dest);

  /* Not a kit. */
  g_assert_cmpint (g_remove (index), ==, 0);
  g_assert_null (mis_kit_copy (kit_file, dest_file, NULL, NULL, NULL, NULL, &error));
  g_assert_nonnull (error);
  assert_empty (dest);

  mis_test_remove_tree (kit);
  mis_test_remove_tree (dest);
}

static void
test_usage (void)
{
  g_autofree char *out = NULL;
  g_autofree char *help = NULL;

  g_assert_cmpint (run_tool (&out, "frobnicate", NULL), ==, 2);
  assert_contains (out, "unknown command");
  g_assert_cmpint (run_tool (&help, "copy", "--help", NULL), ==, 0);
  assert_contains (help, "copy DIR DEST");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kit-tool/init", test_init);
  g_test_add_func ("/kit-tool/update", test_update);
  g_test_add_func ("/kit-tool/translate", test_translate);
  g_test_add_func ("/kit-tool/copy", test_copy);
  g_test_add_func ("/kit-tool/copy-refused", test_copy_refused);
  g_test_add_func ("/kit-tool/usage", test_usage);

  return g_test_run ();
}
