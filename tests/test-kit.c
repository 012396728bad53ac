/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-kit.c: the kit loader on the test kit and on kits broken in every way
 * a kit arrives broken: bad JSON, wrong types, missing fields and files,
 * duplicate ids, unknown kinds, and paths that try to leave the kit folder.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <unistd.h>

#include "mis-kit.h"
#include "mis-test-util.h"

#define HEADER \
  "{ \"format\": 1, \"id\": \"t\", \"title\": {\"fr\": \"Kit\", \"en\": \"Kit\"},\n" \
  "  \"default_language\": \"fr\", \"languages\": [\"fr\", \"en\"],\n" \
  "  \"themes\": [{\"id\": \"passwords\", \"title\": {\"fr\": \"Mots de passe\", \"en\": \"Passwords\"}}],\n" \
  "  \"resources\": [\n"
#define FOOTER "]}\n"
#define TITLE "\"title\": {\"fr\": \"Un titre\", \"en\": \"A title\"}"
#define FILM(id, file) \
  "{\"id\": \"" id "\", \"kind\": \"film\", " TITLE ", \"file\": \"" file "\"}"
#define NOVEL(id, pages) \
  "{\"id\": \"" id "\", \"kind\": \"photo-novel\", " TITLE ", \"pages\": [" pages "]}"
#define MANUAL(id, file) \
  "{\"id\": \"" id "\", \"kind\": \"manual\", " TITLE ", \"file\": \"" file "\"}"

static MisKit *
load_dir (const char  *dir,
          GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (dir);
  return mis_kit_load (file, MIS_KIT_LOAD_FLAGS_NONE, NULL, error);
}

/* Loads a kit made from @index_json, which must load. */
static MisKit *
load_json (const char *index_json)
{
  g_autofree char *dir = mis_test_make_kit (index_json);
  g_autoptr(GError) error = NULL;
  MisKit *kit = load_dir (dir, &error);

  g_assert_no_error (error);
  g_assert_nonnull (kit);
  mis_test_remove_tree (dir);
  return kit;
}

static GError *
load_json_error (const char *index_json)
{
  g_autofree char *dir = mis_test_make_kit (index_json);
  GError *error = NULL;
  g_autoptr(MisKit) kit = load_dir (dir, &error);

  g_assert_null (kit);
  g_assert_nonnull (error);
  mis_test_remove_tree (dir);
  return error;
}

static gboolean
has_problem (MisKit             *kit,
             MisProblemSeverity  severity,
             const char         *line)
{
  GPtrArray *problems = mis_kit_get_problems (kit);

  for (guint i = 0; i < problems->len; i++)
    {
      MisKitProblem *problem = g_ptr_array_index (problems, i);
      g_autofree char *text = mis_kit_problem_to_string (problem);

      if (mis_kit_problem_get_severity (problem) == severity && g_str_equal (text, line))
        return TRUE;
    }

  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *text = mis_kit_problem_to_string (g_ptr_array_index (problems, i));
      g_test_message ("problem: %s", text);
    }
  return FALSE;
}

static void
test_good_kit (void)
{
  g_autofree char *dir = mis_test_good_kit_dir ();
  g_autoptr(GError) error = NULL;
  g_autoptr(MisKit) kit = load_dir (dir, &error);
  MisResource *film, *novel, *manual;
  GListModel *resources;

  g_assert_no_error (error);
  g_assert_cmpstr (mis_kit_get_id (kit), ==, "test-kit");
  g_assert_cmpstr (mis_kit_get_title (kit), ==, "Kit de test");
  g_assert_cmpuint (mis_kit_get_problems (kit)->len, ==, 0);

  resources = mis_kit_get_resources (kit);
  g_assert_true (g_list_model_get_item_type (resources) == MIS_TYPE_RESOURCE);
  g_assert_cmpuint (g_list_model_get_n_items (resources), ==, 5);
  g_assert_cmpuint (mis_kit_count_kind (kit, MIS_RESOURCE_KIND_FILM), ==, 2);
  g_assert_cmpuint (mis_kit_count_kind (kit, MIS_RESOURCE_KIND_PHOTO_NOVEL), ==, 2);
  g_assert_cmpuint (mis_kit_count_kind (kit, MIS_RESOURCE_KIND_MANUAL), ==, 1);
  g_assert_cmpuint (mis_kit_get_themes (kit)->len, ==, 4);
  g_assert_cmpuint (mis_kit_get_audiences (kit)->len, ==, 2);
  g_assert_cmpuint (mis_kit_get_contacts (kit)->len, ==, 1);

  film = mis_kit_lookup_resource (kit, "film-passwords");
  g_assert_nonnull (film);
  g_assert_true (mis_resource_get_available (film));
  g_assert_cmpstr (mis_resource_get_title (film), ==, "Le mot de passe de Léa");
  g_assert_cmpstr (mis_resource_get_theme_names (film), ==, "Sécurisation des mots de passe");
  g_assert_cmpfloat (mis_resource_get_duration (film), ==, 2);
  g_assert_cmpuint (mis_resource_get_subtitles (film)->len, ==, 1);
  g_assert_true (g_file_query_exists (mis_resource_get_file (film), NULL));
  g_assert_true (g_file_query_exists (mis_resource_get_poster (film), NULL));

  novel = mis_kit_lookup_resource (kit, "novel-story");
  g_assert_cmpuint (mis_resource_get_pages (novel)->len, ==, 3);
  g_assert_cmpuint (mis_resource_get_page_count (novel), ==, 3);
  g_assert_cmpstr (mis_resource_get_page_text (novel, 1), ==, "Tu lui as demandé ?");
  g_assert_null (mis_resource_get_page_text (novel, 2));
  g_assert_cmpint (mis_resource_get_direction (novel), ==, MIS_READING_DIRECTION_LTR);

  manual = mis_kit_lookup_resource (kit, "manual-coach");
  g_assert_cmpint (mis_resource_get_kind (manual), ==, MIS_RESOURCE_KIND_MANUAL);
  g_assert_true (mis_resource_get_cover_file (manual) == mis_resource_get_file (manual));

  g_assert_null (mis_kit_lookup_resource (kit, "no-such-id"));
  g_assert_finalize_object (g_steal_pointer (&kit));
}

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  MisKit **kit = user_data;
  g_autoptr(GError) error = NULL;

  *kit = mis_kit_load_finish (result, &error);
  g_assert_no_error (error);
}

static void
test_async (void)
{
  g_autofree char *dir = mis_test_good_kit_dir ();
  g_autoptr(GFile) file = g_file_new_for_path (dir);
  MisKit *kit = NULL;

  mis_kit_load_async (file, MIS_KIT_LOAD_FLAGS_NONE, NULL, loaded_cb, &kit);
  while (kit == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpuint (g_list_model_get_n_items (mis_kit_get_resources (kit)), ==, 5);
  g_assert_finalize_object (kit);
}

static void
test_missing_folder (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MisKit) kit = load_dir ("/nonexistent/kit", &error);

  g_assert_null (kit);
  g_assert_error (error, MIS_KIT_ERROR, MIS_KIT_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "/nonexistent/kit"));
}

static void
test_no_index (void)
{
  g_autofree char *dir = mis_test_make_kit (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(MisKit) kit = load_dir (dir, &error);

  g_assert_error (error, MIS_KIT_ERROR, MIS_KIT_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "no index.json"));
  mis_test_remove_tree (dir);
}

static void
test_broken_json (void)
{
  g_autoptr(GError) error = load_json_error ("{\n  \"format\": 1,\n  \"id\": \"x\",\n  \"resources\": [1, 2,\n}\n");

  g_assert_error (error, MIS_KIT_ERROR, MIS_KIT_ERROR_SYNTAX);
  g_assert_true (g_str_has_prefix (error->message, "index.json: line 5, column 1: not valid JSON"));
}

/* json-glib quotes the string at fault cut inside a character (found by
 * fuzz-kit): the message stays valid text, with its line and column. */
static void
test_broken_json_cut_character (void)
{
  g_autoptr(GError) error = load_json_error ("{ \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxééééééééééééééééééé\" \"b\" }");

  g_assert_error (error, MIS_KIT_ERROR, MIS_KIT_ERROR_SYNTAX);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_true (g_str_has_prefix (error->message, "index.json: line 1, column 74: not valid JSON"));
}

static void
test_empty_index (void)
{
  g_autoptr(GError) error = load_json_error ("");

  g_assert_error (error, MIS_KIT_ERROR, MIS_KIT_ERROR_SYNTAX);
  g_assert_cmpstr (error->message, ==, "index.json is empty");
}

static void
test_not_an_object (void)
{
  g_autoptr(GError) error = load_json_error ("[1, 2, 3]");

  g_assert_error (error, MIS_KIT_ERROR, MIS_KIT_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "index.json: expected an object at the top, found a list");
}

static void
test_header_errors (void)
{
  g_autoptr(GError) no_id = load_json_error (
    "{\"format\": 1, \"title\": \"T\", \"default_language\": \"fr\", \"languages\": [\"fr\"], \"resources\": []}");
  g_autoptr(GError) bad_default = load_json_error (
    "{\"format\": 1, \"id\": \"k\", \"title\": \"T\", \"default_language\": \"de\", \"languages\": [\"fr\"], \"resources\": []}");
  g_autoptr(GError) future = load_json_error (
    "{\"format\": 2, \"id\": \"k\", \"title\": \"T\", \"default_language\": \"fr\", \"languages\": [\"fr\"], \"resources\": []}");

  g_assert_error (no_id, MIS_KIT_ERROR, MIS_KIT_ERROR_INVALID);
  g_assert_cmpstr (no_id->message, ==, "index.json: id: required but missing");
  g_assert_cmpstr (bad_default->message, ==, "index.json: default_language: “de” is not one of the kit’s languages");
  g_assert_error (future, MIS_KIT_ERROR, MIS_KIT_ERROR_UNSUPPORTED_FORMAT);
}

static void
test_wrong_type (void)
{
  g_autoptr(MisKit) kit = load_json (HEADER
    FILM ("a", "films/clip.webm") ",\n"
    "{\"id\": \"b\", \"kind\": \"film\", \"title\": 42, \"file\": \"films/clip.webm\"},\n"
    "{\"id\": \"c\", \"kind\": \"film\", " TITLE ", \"file\": \"films/clip.webm\", \"duration\": \"long\"}\n"
    FOOTER);

  g_assert_true (has_problem (kit, MIS_PROBLEM_ERROR, "index.json: resources[1].title: expected an object, found a number"));
  g_assert_true (has_problem (kit, MIS_PROBLEM_ERROR, "index.json: resources[2].duration: expected a number of seconds"));
  /* A resource without a title is left out; a wrong optional field is not. */
  g_assert_null (mis_kit_lookup_resource (kit, "b"));
  g_assert_nonnull (mis_kit_lookup_resource (kit, "a"));
  g_assert_nonnull (mis_kit_lookup_resource (kit, "c"));
}

static void
test_missing_required (void)
{
  g_autoptr(MisKit) kit = load_json (HEADER
    "{\"id\": \"a\", " TITLE ", \"file\": \"films/clip.webm\"},\n"
    "{\"id\": \"b\", \"kind\": \"film\", " TITLE "},\n"
    NOVEL ("c", "\"photo-novels/story/01.jpg\"")
    FOOTER);
  MisResource *b;

  g_assert_true (has_problem (kit, MIS_PROBLEM_ERROR, "index.json: resources[0].kind: required but missing"));
  g_assert_true (has_problem (kit, MIS_PROBLEM_ERROR, "index.json: resources[1].file: required but missing"));
  g_assert_null (mis_kit_lookup_resource (kit, "a"));
  b = mis_kit_lookup_resource (kit, "b");
  g_assert_nonnull (b);
  g_assert_false (mis_resource_get_available (b));
  g_assert_nonnull (mis_kit_lookup_resource (kit, "c"));
}

static void
test_missing_file (void)
{
  g_autoptr(MisKit) kit = load_json (HEADER
    FILM ("gone", "films/missing.webm") ",\n"
    NOVEL ("novel", "\"photo-novels/story/01.jpg\", \"photo-novels/story/missing.jpg\"") ",\n"
    MANUAL ("manual", "manuals/guide.pdf")
    FOOTER);
  MisResource *gone = mis_kit_lookup_resource (kit, "gone");
  MisResource *novel = mis_kit_lookup_resource (kit, "novel");

  /* Still in the library, marked unavailable with the reason. */
  g_assert_nonnull (gone);
  g_assert_false (mis_resource_get_available (gone));
  g_assert_nonnull (strstr (mis_resource_get_unavailable_reason (gone), "file not found: films/missing.webm"));
  g_assert_null (mis_resource_get_file (gone));
  g_assert_true (has_problem (kit, MIS_PROBLEM_ERROR,
                              "index.json: resources[0].file: file not found: films/missing.webm"));

  /* One missing page: the photo-novel still opens, the page is a hole. */
  g_assert_true (has_problem (kit, MIS_PROBLEM_ERROR,
                              "index.json: resources[1].pages[1]: file not found: photo-novels/story/missing.jpg"));
  g_assert_true (mis_resource_get_available (novel));
  g_assert_cmpuint (mis_resource_get_pages (novel)->len, ==, 2);
  g_assert_null (g_ptr_array_index (mis_resource_get_pages (novel), 1));

  g_assert_true (mis_resource_get_available (mis_kit_lookup_resource (kit, "manual")));
}

static void
test_path_escapes (void)
{
  g_autoptr(MisKit) kit = load_json (HEADER
    FILM ("absolute", "/etc/passwd") ",\n"
    FILM ("parent", "../../../../etc/passwd") ",\n"
    FILM ("sneaky", "films/../../x.webm") ",\n"
    FILM ("fine", "films/./clip.webm")
    FOOTER);

  g_assert_true (has_problem (kit, MIS_PROBLEM_ERROR,
                              "index.json: resources[0].file: path leads outside the kit folder: /etc/passwd"));
  g_assert_true (has_problem (kit, MIS_PROBLEM_ERROR,
                              "index.json: resources[1].file: path leads outside the kit folder: ../../../../etc/passwd"));
  g_assert_true (has_problem (kit, MIS_PROBLEM_ERROR,
                              "index.json: resources[2].file: path leads outside the kit folder: films/../../x.webm"));
  g_assert_false (mis_resource_get_available (mis_kit_lookup_resource (kit, "absolute")));
  g_assert_null (mis_resource_get_file (mis_kit_lookup_resource (kit, "absolute")));
  g_assert_false (mis_resource_get_available (mis_kit_lookup_resource (kit, "parent")));
  g_assert_true (mis_resource_get_available (mis_kit_lookup_resource (kit, "fine")));
}

static void
test_symlink_escapes (void)
{
  g_autofree char *dir = mis_test_make_kit (HEADER
    FILM ("link-file", "films/evil.webm") ",\n"
    FILM ("link-dir", "outside/clip.webm") ",\n"
    FILM ("link-missing", "outside/nothing.webm") ",\n"
    FILM ("link-inside", "films/alias.webm")
    FOOTER);
  g_autofree char *outside = g_dir_make_tmp ("mis-outside-XXXXXX", NULL);
  g_autofree char *outside_file = g_build_filename (outside, "clip.webm", NULL);
  g_autofree char *evil = g_build_filename (dir, "films", "evil.webm", NULL);
  g_autofree char *outside_link = g_build_filename (dir, "outside", NULL);
  g_autofree char *alias = g_build_filename (dir, "films", "alias.webm", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(MisKit) kit = NULL;

  g_file_set_contents (outside_file, "not in the kit", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (symlink (outside_file, evil), ==, 0);
  g_assert_cmpint (symlink (outside, outside_link), ==, 0);
  g_assert_cmpint (symlink ("clip.webm", alias), ==, 0);

  kit = load_dir (dir, &error);
  g_assert_no_error (error);

  g_assert_true (has_problem (kit, MIS_PROBLEM_ERROR,
                              "index.json: resources[0].file: path leads outside the kit folder: films/evil.webm"));
  g_assert_true (has_problem (kit, MIS_PROBLEM_ERROR,
                              "index.json: resources[1].file: path leads outside the kit folder: outside/clip.webm"));
  g_assert_true (has_problem (kit, MIS_PROBLEM_ERROR,
                              "index.json: resources[2].file: path leads outside the kit folder: outside/nothing.webm"));
  g_assert_false (mis_resource_get_available (mis_kit_lookup_resource (kit, "link-file")));
  g_assert_null (mis_resource_get_file (mis_kit_lookup_resource (kit, "link-dir")));
  g_assert_true (mis_resource_get_available (mis_kit_lookup_resource (kit, "link-inside")));

  mis_test_remove_tree (dir);
  mis_test_remove_tree (outside);
}

static void
test_duplicate_and_unknown (void)
{
  g_autoptr(MisKit) kit = load_json (HEADER
    FILM ("same", "films/clip.webm") ",\n"
    MANUAL ("same", "manuals/guide.pdf") ",\n"
    "{\"id\": \"song\", \"kind\": \"song\", " TITLE "},\n"
    MANUAL ("other", "manuals/guide.pdf")
    FOOTER);

  g_assert_true (has_problem (kit, MIS_PROBLEM_ERROR,
                              "index.json: resources[1].id: duplicate id “same”: this resource is left out"));
  g_assert_true (has_problem (kit, MIS_PROBLEM_ERROR,
                              "index.json: resources[2].kind: unknown kind “song” (expected “film”, “photo-novel” or “manual”): this resource is left out"));
  g_assert_cmpuint (g_list_model_get_n_items (mis_kit_get_resources (kit)), ==, 2);
  g_assert_cmpint (mis_resource_get_kind (mis_kit_lookup_resource (kit, "same")), ==, MIS_RESOURCE_KIND_FILM);
  g_assert_nonnull (mis_kit_lookup_resource (kit, "other"));
}

static void
test_empty_photo_novel (void)
{
  g_autoptr(MisKit) kit = load_json (HEADER NOVEL ("empty", "") FOOTER);
  MisResource *empty = mis_kit_lookup_resource (kit, "empty");

  g_assert_nonnull (empty);
  g_assert_false (mis_resource_get_available (empty));
  g_assert_cmpstr (mis_resource_get_unavailable_reason (empty), ==, "This photo-novel has no pages.");
}

static void
test_warnings (void)
{
  g_autoptr(MisKit) kit = load_json (HEADER
    "{\"id\": \"a\", \"kind\": \"manual\", \"title\": {\"fr\": \"Seulement en français\"},"
    " \"themes\": [\"passwords\", \"dragons\"], \"file\": \"manuals/guide.pdf\"}"
    FOOTER);

  g_assert_true (has_problem (kit, MIS_PROBLEM_WARNING, "index.json: resources[0].title: no text in “en”"));
  g_assert_true (has_problem (kit, MIS_PROBLEM_WARNING, "index.json: resources[0].themes[1]: unknown id “dragons”"));
  g_assert_cmpuint (mis_kit_count_problems (kit, MIS_PROBLEM_ERROR), ==, 0);
  g_assert_true (mis_resource_get_available (mis_kit_lookup_resource (kit, "a")));
}

static void
test_checksums (void)
{
  const char *index = HEADER
    "{\"id\": \"a\", \"kind\": \"manual\", " TITLE ", \"file\": \"manuals/guide.pdf\","
    " \"sha256\": {\"manuals/guide.pdf\": \"0000000000000000000000000000000000000000000000000000000000000000\"}}"
    FOOTER;
  g_autofree char *dir = mis_test_make_kit (index);
  g_autoptr(GFile) file = g_file_new_for_path (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(MisKit) quick = mis_kit_load (file, MIS_KIT_LOAD_FLAGS_NONE, NULL, &error);
  g_autoptr(MisKit) checked = mis_kit_load (file, MIS_KIT_LOAD_VERIFY_CHECKSUMS, NULL, &error);

  g_assert_no_error (error);
  /* Loading for the window does not read every byte of every film. */
  g_assert_cmpuint (mis_kit_count_problems (quick, MIS_PROBLEM_ERROR), ==, 0);
  g_assert_true (has_problem (checked, MIS_PROBLEM_ERROR,
                              "index.json: resources[0].sha256[\"manuals/guide.pdf\"]: checksum mismatch: manuals/guide.pdf has changed or is damaged"));
  mis_test_remove_tree (dir);
}


/* A kit comes from a USB stick anyone may have written: none of these may
 * bring the loader (and with it the app or --check-kit) down. */
static char *
nested_index (guint depth)
{
  GString *json = g_string_new ("{\"format\": 1, \"x\": ");

  for (guint i = 0; i < depth; i++)
    g_string_append_c (json, '[');
  for (guint i = 0; i < depth; i++)
    g_string_append_c (json, ']');
  g_string_append (json, "}");
  return g_string_free (json, FALSE);
}

static void
test_deep_nesting (void)
{
  g_autofree char *deep = nested_index (200000);
  g_autofree char *just = nested_index (65);
  g_autoptr(GError) deep_error = load_json_error (deep);
  g_autoptr(GError) just_error = load_json_error (just);
  g_autoptr(GError) multiline = load_json_error ("{\"format\": 1,\n  \"title\": \"[[[[{{{{\",\n  \"x\": "
                                                 "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}");

  g_assert_error (deep_error, MIS_KIT_ERROR, MIS_KIT_ERROR_SYNTAX);
  /* The top object is level 1: the 64th bracket, column 20, is level 65. */
  g_assert_cmpstr (deep_error->message, ==, "index.json: line 1, column 83: nested more than 64 levels deep");
  g_assert_cmpstr (just_error->message, ==, "index.json: line 1, column 83: nested more than 64 levels deep");
  /* Brackets in strings do not count; lines and columns are the editor's. */
  g_assert_cmpstr (multiline->message, ==, "index.json: line 3, column 71: nested more than 64 levels deep");
}

static void
test_nesting_within_limit (void)
{
  g_autofree char *index = NULL;
  g_autoptr(GString) json = g_string_new (HEADER FILM ("clip", "films/clip.webm") FOOTER);
  g_autoptr(MisKit) kit = NULL;

  /* 64 levels in all: the top object and 63 lists in an unknown member. */
  g_string_truncate (json, json->len - 2);
  g_string_append (json, ", \"extra\": ");
  for (guint i = 0; i < 63; i++)
    g_string_append_c (json, '[');
  for (guint i = 0; i < 63; i++)
    g_string_append_c (json, ']');
  g_string_append (json, "}\n");

  kit = load_json (json->str);
  g_assert_nonnull (mis_kit_lookup_resource (kit, "clip"));
}

static void
test_too_large (void)
{
  g_autofree char *dir = mis_test_make_kit ("{}");
  g_autofree char *index = g_build_filename (dir, "index.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(MisKit) kit = NULL;
  FILE *file = fopen (index, "w");

  /* Sparse: 17 MB that take no room on disk, and are never read. */
  g_assert_nonnull (file);
  g_assert_cmpint (fseek (file, 17 * 1000 * 1000, SEEK_SET), ==, 0);
  g_assert_cmpint (fputc ('}', file), !=, EOF);
  g_assert_cmpint (fclose (file), ==, 0);

  kit = load_dir (dir, &error);
  g_assert_null (kit);
  g_assert_error (error, MIS_KIT_ERROR, MIS_KIT_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "index.json is too large (17.0\u00a0MB)");
  mis_test_remove_tree (dir);
}

static void
test_index_not_a_file (void)
{
  g_autofree char *dir = mis_test_make_kit ("{}");
  g_autofree char *index = g_build_filename (dir, "index.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(MisKit) kit = NULL;

  g_assert_cmpint (g_unlink (index), ==, 0);
  g_assert_cmpint (g_mkdir (index, 0700), ==, 0);

  kit = load_dir (dir, &error);
  g_assert_null (kit);
  g_assert_error (error, MIS_KIT_ERROR, MIS_KIT_ERROR_UNREADABLE);
  mis_test_remove_tree (dir);
}

static void
test_invalid_utf8 (void)
{
  g_autoptr(GError) error = load_json_error ("{\"format\": 1, \"id\": \"k\", \"title\": \"caf\xe9\"}");

  g_assert_error (error, MIS_KIT_ERROR, MIS_KIT_ERROR_SYNTAX);
  g_assert_true (g_str_has_prefix (error->message, "index.json: "));
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
}

static void
test_byte_order_mark (void)
{
  g_autoptr(MisKit) kit = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *index = g_strconcat ("\xef\xbb\xbf", HEADER FILM ("clip", "films/clip.webm") FOOTER, NULL);
  g_autofree char *dir = mis_test_make_kit (index);

  /* Windows editors write one; the kit must read the same without it. */
  kit = load_dir (dir, &error);
  g_assert_no_error (error);
  g_assert_nonnull (mis_kit_lookup_resource (kit, "clip"));
  mis_test_remove_tree (dir);
}

static void
test_huge_title (void)
{
  g_autoptr(GString) json = g_string_new (HEADER "{\"id\": \"clip\", \"kind\": \"film\", \"file\": \"films/clip.webm\", \"title\": \"");
  g_autoptr(MisKit) kit = NULL;
  MisResource *resource;

  for (guint i = 0; i < 1000 * 1000; i++)
    g_string_append (json, "abcdefghi ");
  g_string_append (json, "\"}" FOOTER);

  kit = load_json (json->str);
  resource = mis_kit_lookup_resource (kit, "clip");
  g_assert_nonnull (resource);
  g_assert_nonnull (mis_resource_get_title (resource));
}

static void
test_many_resources (void)
{
  g_autoptr(GString) json = g_string_new (HEADER);
  g_autoptr(MisKit) kit = NULL;

  for (guint i = 0; i < 20000; i++)
    g_string_append_printf (json, "%s{\"id\": \"film-%u\", \"kind\": \"film\", " TITLE ", \"file\": \"films/clip.webm\"}",
                            i > 0 ? ",\n" : "", i);
  g_string_append (json, FOOTER);

  kit = load_json (json->str);
  g_assert_cmpuint (g_list_model_get_n_items (mis_kit_get_resources (kit)), ==, 20000);
  g_assert_nonnull (mis_kit_lookup_resource (kit, "film-19999"));
}

/* Enums are GEnum types: a property says "manual", not 2. */
static void
test_kind_is_an_enum (void)
{
  g_autoptr(MisKit) kit = load_json (HEADER MANUAL ("guide", "manuals/guide.pdf") FOOTER);
  MisResource *resource = mis_kit_lookup_resource (kit, "guide");
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (resource), "kind");
  g_autoptr(GEnumClass) kinds = g_type_class_ref (MIS_TYPE_RESOURCE_KIND);
  MisResourceKind kind;

  g_assert_true (G_IS_PARAM_SPEC_ENUM (pspec));
  g_object_get (resource, "kind", &kind, NULL);
  g_assert_cmpint (kind, ==, MIS_RESOURCE_KIND_MANUAL);
  g_assert_cmpstr (g_enum_get_value (kinds, kind)->value_nick, ==, "manual");
}

static void
count_cb (guint *count)
{
  (*count)++;
}

static void
test_language (void)
{
  g_autofree char *dir = mis_test_good_kit_dir ();
  g_autoptr(MisKit) kit = load_dir (dir, NULL);
  MisResource *film = mis_kit_lookup_resource (kit, "film-passwords");
  MisResource *novel = mis_kit_lookup_resource (kit, "novel-short");
  guint notified = 0;

  g_signal_connect_swapped (film, "notify::title", G_CALLBACK (count_cb), &notified);

  g_assert_cmpstr (mis_kit_get_language (kit), ==, "fr");
  mis_kit_set_language (kit, "nl");
  g_assert_cmpstr (mis_kit_get_language (kit), ==, "nl");
  g_assert_cmpstr (mis_kit_get_title (kit), ==, "Testkit");
  g_assert_cmpstr (mis_resource_get_title (film), ==, "Het wachtwoord van Lea");
  g_assert_cmpstr (mis_resource_get_theme_names (film), ==, "Wachtwoordbeveiliging");
  /* No summary in any language: an empty text, never NULL. */
  g_assert_cmpstr (mis_resource_get_summary (novel), ==, "");
  mis_kit_set_language (kit, "en");
  g_assert_cmpstr (mis_resource_get_title (film), ==, "Lea's password");

  /* A language the kit does not have falls back to its default. */
  mis_kit_set_language (kit, "de");
  g_assert_cmpstr (mis_kit_get_language (kit), ==, "fr");
  g_assert_cmpstr (mis_resource_get_title (film), ==, "Le mot de passe de Léa");

  /* Cards follow the language through this signal: once per change. */
  g_assert_cmpuint (notified, ==, 3);
  mis_kit_set_language (kit, "fr");
  g_assert_cmpuint (notified, ==, 3);
}

static void
test_language_fallback_text (void)
{
  g_autoptr(MisKit) kit = load_json (HEADER
    "{\"id\": \"a\", \"kind\": \"manual\", \"title\": {\"fr\": \"Seulement en français\"},"
    " \"summary\": {\"en\": \"Only in English\"}, \"file\": \"manuals/guide.pdf\"}"
    FOOTER);
  MisResource *a = mis_kit_lookup_resource (kit, "a");

  mis_kit_set_language (kit, "en");
  g_assert_cmpstr (mis_resource_get_title (a), ==, "Seulement en français");
  mis_kit_set_language (kit, "fr");
  g_assert_cmpstr (mis_resource_get_summary (a), ==, "Only in English");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/kit/good", test_good_kit);
  g_test_add_func ("/kit/async", test_async);
  g_test_add_func ("/kit/missing-folder", test_missing_folder);
  g_test_add_func ("/kit/no-index", test_no_index);
  g_test_add_func ("/kit/broken-json", test_broken_json);
  g_test_add_func ("/kit/broken-json-cut-character", test_broken_json_cut_character);
  g_test_add_func ("/kit/empty-index", test_empty_index);
  g_test_add_func ("/kit/not-an-object", test_not_an_object);
  g_test_add_func ("/kit/header-errors", test_header_errors);
  g_test_add_func ("/kit/wrong-type", test_wrong_type);
  g_test_add_func ("/kit/missing-required", test_missing_required);
  g_test_add_func ("/kit/missing-file", test_missing_file);
  g_test_add_func ("/kit/path-escapes", test_path_escapes);
  g_test_add_func ("/kit/symlink-escapes", test_symlink_escapes);
  g_test_add_func ("/kit/duplicate-and-unknown", test_duplicate_and_unknown);
  g_test_add_func ("/kit/empty-photo-novel", test_empty_photo_novel);
  g_test_add_func ("/kit/warnings", test_warnings);
  g_test_add_func ("/kit/checksums", test_checksums);
  g_test_add_func ("/kit/kind-is-an-enum", test_kind_is_an_enum);
  g_test_add_func ("/kit/hostile/deep-nesting", test_deep_nesting);
  g_test_add_func ("/kit/hostile/nesting-within-limit", test_nesting_within_limit);
  g_test_add_func ("/kit/hostile/too-large", test_too_large);
  g_test_add_func ("/kit/hostile/index-not-a-file", test_index_not_a_file);
  g_test_add_func ("/kit/hostile/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/kit/hostile/byte-order-mark", test_byte_order_mark);
  g_test_add_func ("/kit/hostile/huge-title", test_huge_title);
  g_test_add_func ("/kit/hostile/many-resources", test_many_resources);
  g_test_add_func ("/kit/language", test_language);
  g_test_add_func ("/kit/language-fallback-text", test_language_fallback_text);

  return g_test_run ();
}
