/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-plan.c: session plans without a display: read from real kits
 * (the test kit and the sample kit), edited, kept in the state store,
 * exported and imported, and every kind of bad plan file refused.
 */
#include <glib/gstdio.h>

#include "mis-kit.h"
#include "mis-plan-book.h"
#include "mis-state-store.h"
#include "mis-test-util.h"

static MisKit *
load_kit (const char *dir)
{
  g_autoptr(GFile) directory = g_file_new_for_path (dir);
  g_autoptr(GError) error = NULL;
  MisKit *kit = mis_kit_load (directory, MIS_KIT_LOAD_FLAGS_NONE, NULL, &error);

  g_assert_no_error (error);
  return kit;
}

static MisKit *
load_good_kit (void)
{
  g_autofree char *dir = mis_test_good_kit_dir ();
  return load_kit (dir);
}

static void
test_kit_plan (void)
{
  g_autoptr(MisKit) kit = load_good_kit ();
  MisPlan *plan;
  MisPlanStep *step;
  g_autofree char *pages = NULL;
  g_autofree char *film = NULL;
  g_autofree char *pauses = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (mis_kit_get_plans (kit)), ==, 1);
  plan = mis_kit_lookup_plan (kit, "session-test");
  g_assert_nonnull (plan);
  g_assert_true (mis_plan_get_from_kit (plan));
  g_assert_cmpstr (mis_plan_get_title (plan, kit), ==, "Séance d'essai");
  g_assert_cmpuint (mis_plan_get_duration (plan), ==, 20);
  g_assert_cmpstrv (mis_plan_get_audiences (plan), ((const char *[]) { "youth", NULL }));
  g_assert_cmpuint (mis_plan_get_n_steps (plan), ==, 4);

  step = mis_plan_get_step (plan, 0);
  g_assert_cmpint (mis_plan_step_get_kind (step), ==, MIS_PLAN_STEP_FILM);
  g_assert_cmpstr (mis_plan_step_get_resource_id (step), ==, "film-passwords");
  g_assert_cmpuint (mis_plan_step_get_n_pauses (step), ==, 1);
  g_assert_cmpfloat (mis_plan_step_get_pause_time (step, 0), ==, 1.0);
  g_assert_cmpstr (mis_plan_step_get_pause_question (step, 0, kit), ==, "Que devrait faire Léa ?");
  g_assert_cmpfloat (mis_plan_step_get_to (step), <, 0);
  g_assert_null (mis_plan_step_get_unavailable_reason (step));
  film = mis_plan_step_describe (step, kit);
  g_assert_cmpstr (film, ==, "Film “Le mot de passe de Léa”, 0:00 – 0:02, 1 pause");

  /* Texts follow the language the kit is shown in. */
  mis_kit_set_language (kit, "en");
  g_assert_cmpstr (mis_plan_get_title (plan, kit), ==, "Test session");
  g_assert_cmpstr (mis_plan_step_get_notes (step, kit), ==, "Let three youths answer.");
  pauses = mis_plan_step_get_pauses_text (step, kit);
  g_assert_cmpstr (pauses, ==, "0:01 What should Lea do?");

  step = mis_plan_get_step (plan, 2);
  g_assert_cmpint (mis_plan_step_get_kind (step), ==, MIS_PLAN_STEP_PHOTO_NOVEL);
  pages = mis_plan_step_get_pages_text (step);
  g_assert_cmpstr (pages, ==, "2-3");

  step = mis_plan_get_step (plan, 3);
  g_assert_cmpint (mis_plan_step_get_kind (step), ==, MIS_PLAN_STEP_DISCUSSION);
  g_assert_cmpstr (mis_plan_step_get_text (step, kit), ==, "What did you learn?");
  g_assert_cmpuint (mis_plan_step_get_minutes (step), ==, 5);

  g_assert_finalize_object (g_steal_pointer (&kit));
}

/* The sample kit's two plans: about 45 and 90 minutes, each step shows. */
static void
test_sample_plans (void)
{
  g_autoptr(MisKit) kit = load_kit (mis_test_sample_kit_dir ());
  MisPlan *short_plan = mis_kit_lookup_plan (kit, "session-passwords-privacy");
  MisPlan *long_plan = mis_kit_lookup_plan (kit, "session-grooming-sexting");
  GListModel *plans = mis_kit_get_plans (kit);

  g_assert_nonnull (short_plan);
  g_assert_nonnull (long_plan);
  g_assert_cmpuint (mis_plan_get_duration (short_plan), ==, 45);
  g_assert_cmpuint (mis_plan_get_duration (long_plan), ==, 90);
  g_assert_cmpuint (mis_kit_count_problems (kit, MIS_PROBLEM_ERROR), ==, 0);

  for (guint i = 0; i < g_list_model_get_n_items (plans); i++)
    {
      g_autoptr(MisPlan) plan = g_list_model_get_item (plans, i);
      guint pauses = 0;

      for (guint j = 0; j < mis_plan_get_n_steps (plan); j++)
        {
          MisPlanStep *step = mis_plan_get_step (plan, j);

          g_assert_null (mis_plan_step_get_unavailable_reason (step));
          pauses += mis_plan_step_get_n_pauses (step);
        }
      g_assert_cmpuint (pauses, >=, 3);
    }
}

static void
count_cb (guint *count)
{
  (*count)++;
}

static void
test_editing (void)
{
  g_autoptr(MisKit) kit = load_good_kit ();
  g_autoptr(MisPlan) plan = mis_plan_new ("mine");
  g_autoptr(MisPlan) copy = NULL;
  g_autoptr(MisPlanStep) film = mis_plan_step_new_for_resource (mis_kit_lookup_resource (kit, "film-passwords"));
  g_autoptr(MisPlanStep) novel = mis_plan_step_new_for_resource (mis_kit_lookup_resource (kit, "novel-story"));
  g_autoptr(MisPlanStep) talk = mis_plan_step_new (MIS_PLAN_STEP_DISCUSSION, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *pages = NULL;
  g_autofree char *pauses = NULL;
  g_autofree char *length = NULL;
  guint changes = 0;

  g_signal_connect_swapped (plan, "changed", G_CALLBACK (count_cb), &changes);

  pages = mis_plan_step_get_pages_text (novel);
  g_assert_cmpstr (pages, ==, "1-3");

  mis_plan_append_step (plan, film);
  mis_plan_append_step (plan, novel);
  mis_plan_step_set_text (talk, "fr", "  Et vous ?  ");
  g_assert_cmpstr (mis_plan_step_get_text (talk, kit), ==, "Et vous ?");
  mis_plan_insert_step (plan, 0, talk);
  g_assert_cmpuint (changes, ==, 3);
  g_assert_true (mis_plan_get_step (plan, 0) == talk);

  /* An edit of a step in the plan is an edit of the plan (to be saved). */
  g_assert_true (mis_plan_step_set_pages_text (novel, "3, 1–2", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes, ==, 4);
  g_clear_pointer (&pages, g_free);
  pages = mis_plan_step_get_pages_text (novel);
  g_assert_cmpstr (pages, ==, "3, 1-2");

  g_assert_false (mis_plan_step_set_pages_text (novel, "4-2", &error));
  g_assert_error (error, MIS_PLAN_ERROR, MIS_PLAN_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (mis_plan_step_set_pages_text (novel, "1-99999999", &error));
  g_assert_error (error, MIS_PLAN_ERROR, MIS_PLAN_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (changes, ==, 4);

  g_assert_true (mis_plan_step_set_pauses_text (film, "fr", "1,5 Pourquoi ?\n\n0:01 Qui ?", &error));
  g_assert_no_error (error);
  pauses = mis_plan_step_get_pauses_text (film, kit);
  g_assert_cmpstr (pauses, ==, "0:01 Qui ?\n0:01.5 Pourquoi ?");
  g_assert_false (mis_plan_step_set_pauses_text (film, "fr", "soon Why?", &error));
  g_assert_error (error, MIS_PLAN_ERROR, MIS_PLAN_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (mis_plan_step_get_n_pauses (film), ==, 2);

  mis_plan_move_step (plan, 0, 2);
  g_assert_true (mis_plan_get_step (plan, 0) == film);
  g_assert_true (mis_plan_get_step (plan, 2) == talk);

  copy = mis_plan_duplicate (plan, "copy");
  mis_plan_remove_step (plan, 0);
  g_assert_cmpuint (mis_plan_get_n_steps (plan), ==, 2);
  g_assert_cmpuint (mis_plan_get_n_steps (copy), ==, 3);
  g_assert_false (mis_plan_get_step (copy, 0) == film);

  /* Its length, as the list of plans and the handout show it. */
  length = mis_plan_describe_length (plan);
  g_assert_cmpstr (length, ==, "2 steps");
  g_clear_pointer (&length, g_free);
  mis_plan_set_duration (plan, 45);
  length = mis_plan_describe_length (plan);
  g_assert_cmpstr (length, ==, "45 minutes · 2 steps");
  g_assert_cmpuint (mis_plan_step_get_n_pauses (mis_plan_get_step (copy, 0)), ==, 2);

  /* A step no longer in the plan is no longer its concern. */
  changes = 0;
  mis_plan_step_set_minutes (film, 3);
  g_assert_cmpuint (changes, ==, 0);

  g_assert_finalize_object (g_steal_pointer (&copy));
  g_assert_finalize_object (g_steal_pointer (&plan));
}

static void
test_book (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("mis-plans-XXXXXX", &error);
  g_autoptr(MisKit) kit = load_good_kit ();
  g_autoptr(MisStateStore) store = mis_state_store_new (dir, FALSE);
  g_autoptr(MisPlanBook) book = mis_plan_book_new (kit, store);
  g_autoptr(MisPlanBook) again = NULL;
  g_autoptr(MisStateStore) reopened = NULL;
  g_autoptr(MisPlanStep) step = mis_plan_step_new_for_resource (mis_kit_lookup_resource (kit, "manual-coach"));
  MisPlan *mine;
  MisPlan *copy;
  MisPlan *read_back;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (mis_plan_book_get_own (book)), ==, 0);
  g_assert_nonnull (mis_plan_book_lookup (book, "session-test"));

  mine = mis_plan_book_create (book, "Atelier du mardi");
  mis_plan_append_step (mine, step);
  g_assert_true (mis_plan_step_set_pages_text (step, "2-3", &error));
  copy = mis_plan_book_duplicate (book, mis_kit_lookup_plan (kit, "session-test"));
  g_assert_cmpstr (mis_plan_get_title (copy, kit), ==, "Séance d'essai (copy)");
  g_assert_false (mis_plan_get_from_kit (copy));
  mis_plan_remove_step (copy, 3);
  mis_plan_book_set_step (book, copy, 2);
  g_assert_cmpuint (g_list_model_get_n_items (mis_plan_book_get_own (book)), ==, 2);
  g_assert_true (mis_state_store_flush (store, &error));
  g_assert_no_error (error);

  /* Read back by another start of the app. */
  reopened = mis_state_store_new (dir, FALSE);
  again = mis_plan_book_new (kit, reopened);
  g_assert_cmpuint (g_list_model_get_n_items (mis_plan_book_get_own (again)), ==, 2);
  read_back = mis_plan_book_lookup (again, mis_plan_get_id (mine));
  g_assert_cmpstr (mis_plan_get_title (read_back, kit), ==, "Atelier du mardi");
  {
    g_autofree char *pages = mis_plan_step_get_pages_text (mis_plan_get_step (read_back, 0));
    g_assert_cmpstr (pages, ==, "2-3");
  }
  read_back = mis_plan_book_lookup (again, mis_plan_get_id (copy));
  g_assert_cmpuint (mis_plan_get_n_steps (read_back), ==, 3);
  g_assert_cmpuint (mis_plan_book_get_step (again, read_back), ==, 2);

  mis_plan_book_remove (again, read_back);
  g_assert_cmpuint (g_list_model_get_n_items (mis_plan_book_get_own (again)), ==, 1);
  /* The kit's plans are not the facilitator's to remove. */
  mis_plan_book_remove (again, mis_kit_lookup_plan (kit, "session-test"));
  g_assert_nonnull (mis_plan_book_lookup (again, "session-test"));
  mis_test_remove_tree (dir);
}

static void
test_book_private (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("mis-plans-XXXXXX", &error);
  g_autoptr(MisKit) kit = load_good_kit ();
  g_autoptr(MisStateStore) store = mis_state_store_new (dir, TRUE);
  g_autoptr(MisPlanBook) book = mis_plan_book_new (kit, store);
  g_autoptr(GDir) listing = NULL;

  mis_plan_book_create (book, "Secret");
  g_assert_true (mis_state_store_flush (store, &error));
  listing = g_dir_open (dir, 0, &error);
  g_assert_no_error (error);
  g_assert_null (g_dir_read_name (listing));
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static char *
export_good_plan (MisKit *kit,
                  gsize  *length)
{
  return mis_plan_export (mis_kit_lookup_plan (kit, "session-test"), kit, length);
}

static void
test_export_import (void)
{
  g_autoptr(MisKit) kit = load_good_kit ();
  g_autoptr(GError) error = NULL;
  g_autoptr(MisPlan) imported = NULL;
  g_autoptr(JsonNode) original = NULL;
  g_autoptr(JsonNode) read_back = NULL;
  gsize length = 0;
  g_autofree char *text = export_good_plan (kit, &length);

  g_assert_nonnull (strstr (text, "\"make-it-safe-plan\" : 1"));
  imported = mis_plan_import (kit, "plan.json", text, length, &error);
  g_assert_no_error (error);
  g_assert_false (mis_plan_get_from_kit (imported));
  original = mis_plan_to_json (mis_kit_lookup_plan (kit, "session-test"));
  read_back = mis_plan_to_json (imported);
  g_assert_true (json_node_equal (original, read_back));
}

static void
assert_refused (MisPlanBook *book,
                const char  *contents,
                gsize        length,
                int          code,
                const char  *message)
{
  g_autoptr(GError) error = NULL;
  guint before = g_list_model_get_n_items (mis_plan_book_get_own (book));

  g_assert_null (mis_plan_book_import (book, "plan.json", contents, length, &error));
  g_assert_error (error, MIS_PLAN_ERROR, code);
  if (strstr (error->message, message) == NULL)
    g_error ("“%s” does not say “%s”", error->message, message);
  g_assert_cmpuint (g_list_model_get_n_items (mis_plan_book_get_own (book)), ==, before);
}

static void
test_import_refused (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("mis-plans-XXXXXX", &error);
  g_autoptr(MisKit) kit = load_good_kit ();
  g_autoptr(MisStateStore) store = mis_state_store_new (dir, TRUE);
  g_autoptr(MisPlanBook) book = mis_plan_book_new (kit, store);
  gsize length = 0;
  g_autofree char *good = export_good_plan (kit, &length);
  g_autofree char *huge = g_malloc (MIS_PLAN_MAX_FILE_SIZE + 2);
  g_autoptr(GString) other = g_string_new (good);
  g_autoptr(GString) bad_step = g_string_new (good);
  g_autoptr(GString) missing = g_string_new (good);
  MisPlan *twice;

  assert_refused (book, good, length / 2, MIS_PLAN_ERROR_INVALID, "plan.json: line");
  assert_refused (book, "{ \"resources\": [] }", 19, MIS_PLAN_ERROR_INVALID,
                  "“plan.json” is not a Make-IT-Safe plan.");
  assert_refused (book, "[1, 2]", 6, MIS_PLAN_ERROR_INVALID, "is not a Make-IT-Safe plan");
  /* Found by fuzz-plan: members of another type than a plan file's. */
  assert_refused (book, "{\"make-it-safe-plan\": 1, \"kit\": {\"id\": \"test-kit\"}}", 51,
                  MIS_PLAN_ERROR_OTHER_KIT, "another kit");
  assert_refused (book, "{\"make-it-safe-plan\": \"1\", \"kit\": \"test-kit\"}", 45,
                  MIS_PLAN_ERROR_INVALID, "is not a Make-IT-Safe plan");
  assert_refused (book, "\xff\xfe", 2, MIS_PLAN_ERROR_INVALID, "plan.json");

  memset (huge, ' ', MIS_PLAN_MAX_FILE_SIZE + 1);
  huge[MIS_PLAN_MAX_FILE_SIZE + 1] = '\0';
  assert_refused (book, huge, MIS_PLAN_MAX_FILE_SIZE + 1, MIS_PLAN_ERROR_TOO_LARGE, "too large");

  g_string_replace (other, "\"test-kit\"", "\"another-kit\"", 1);
  g_string_replace (other, "\"kit\" : \"", "\"kit\" : \"x-", 1);
  assert_refused (book, other->str, other->len, MIS_PLAN_ERROR_OTHER_KIT, "another kit");

  g_string_replace (bad_step, "\"kind\" : \"manual\"", "\"kind\" : \"slideshow\"", 1);
  assert_refused (book, bad_step->str, bad_step->len, MIS_PLAN_ERROR_INVALID,
                  "plan.steps[1].kind: unknown kind “slideshow”");

  g_string_replace (missing, "\"steps\"", "\"stages\"", 1);
  assert_refused (book, missing->str, missing->len, MIS_PLAN_ERROR_INVALID, "plan.steps: required but missing");

  /* The same plan twice: both kept, the second under a new id. */
  g_assert_nonnull (mis_plan_book_import (book, "plan.json", good, length, &error));
  twice = mis_plan_book_import (book, "plan.json", good, length, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mis_plan_get_id (twice), !=, "session-test");
  g_assert_cmpuint (g_list_model_get_n_items (mis_plan_book_get_own (book)), ==, 2);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* A plan for this kit naming what the kit no longer has: imported, with
 * those steps unavailable and the reason. */
static void
test_import_unavailable (void)
{
  g_autoptr(MisKit) kit = load_good_kit ();
  g_autoptr(GError) error = NULL;
  g_autoptr(MisPlan) plan = NULL;
  gsize length = 0;
  g_autofree char *good = export_good_plan (kit, &length);
  g_autoptr(GString) changed = g_string_new (good);

  g_string_replace (changed, "\"resource\" : \"manual-coach\"", "\"resource\" : \"manual-gone\"", 1);
  g_string_replace (changed, "\"2-3\"", "\"2-9\"", 1);
  g_string_replace (changed, "\"time\" : 1.0", "\"time\" : 75", 1);
  plan = mis_plan_import (kit, "plan.json", changed->str, changed->len, &error);
  g_assert_no_error (error);

  g_assert_cmpstr (mis_plan_step_get_unavailable_reason (mis_plan_get_step (plan, 0)), ==,
                   "1:15 is after the end of the film (0:02).");
  g_assert_cmpstr (mis_plan_step_get_unavailable_reason (mis_plan_get_step (plan, 1)), ==,
                   "The kit has no resource “manual-gone”.");
  g_assert_cmpstr (mis_plan_step_get_unavailable_reason (mis_plan_get_step (plan, 2)), ==,
                   "Page 4 is past the end (the resource has 3 pages).");
  g_assert_null (mis_plan_step_get_unavailable_reason (mis_plan_get_step (plan, 3)));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/plan/kit-plan", test_kit_plan);
  g_test_add_func ("/plan/sample-kit", test_sample_plans);
  g_test_add_func ("/plan/editing", test_editing);
  g_test_add_func ("/plan/book", test_book);
  g_test_add_func ("/plan/book-private", test_book_private);
  g_test_add_func ("/plan/export-import", test_export_import);
  g_test_add_func ("/plan/import-refused", test_import_refused);
  g_test_add_func ("/plan/import-unavailable", test_import_unavailable);

  return g_test_run ();
}
