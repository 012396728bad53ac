/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-plans.c: session plans in the real window, on the test kit's real
 * film, PDF and pictures: a kit plan run step by step (the film stops at
 * its pause point with the question over it, the next press plays on, the
 * manual page shows fitted, Escape and Continue come back to the step),
 * steps that cannot be shown, "Add to a Plan" from the viewers, the step
 * editor, and the handout printed to a PDF read back by poppler.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <poppler.h>

#include "mis-add-to-plan-dialog.h"
#include "mis-hit-list.h"
#include "mis-plan-print.h"
#include "mis-step-editor.h"
#include "mis-test-util.h"
#include "mis-test-window.h"

#define WAIT_SECONDS 30

static gboolean
showing_is (gpointer      subject,
            gconstpointer data)
{
  return mis_plan_runner_get_showing (subject) == (MisRunnerShowing) GPOINTER_TO_INT (data);
}

static gboolean
playing_is (gpointer      subject,
            gconstpointer data)
{
  return mis_plan_runner_get_playing (subject) == GPOINTER_TO_INT (data);
}

static gboolean
mpv_paused (gpointer      player,
            gconstpointer data)
{
  return mis_mpv_get_paused (player);
}

static gboolean
step_is (gpointer      subject,
         gconstpointer data)
{
  return mis_plan_runner_get_step (subject) == GPOINTER_TO_UINT (data);
}

static gboolean
page_shown_is (gpointer      subject,
               gconstpointer data)
{
  return mis_plan_runner_get_showing (subject) == MIS_RUNNER_SHOWING_PAGE &&
         mis_plan_runner_get_page (subject) == GPOINTER_TO_UINT (data);
}

static gboolean
film_ended (gpointer      subject,
            gconstpointer data)
{
  MisMpv *player = mis_plan_runner_get_player (subject);
  return player != NULL && mis_mpv_get_eof_reached (player);
}

static void
press_next (MisPlanRunner *runner)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (runner), "runner.next", NULL));
}

/* A page fills the screen along one side, with its own shape: decoded or
 * rendered at that size, or, for an image smaller than the screen (the
 * test kit's are 120 x 90), at its own size, which the picture scales up as
 * it draws. */
static void
assert_fitted (MisPlanRunner *runner,
               int            image_width)
{
  GdkTexture *texture = mis_plan_runner_get_page_texture (runner);
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (runner));
  int width = gtk_widget_get_width (GTK_WIDGET (runner)) * scale;
  int height = gtk_widget_get_height (GTK_WIDGET (runner)) * scale;

  g_assert_nonnull (texture);
  g_assert_cmpint (gdk_texture_get_width (texture), <=, width + 1);
  g_assert_cmpint (gdk_texture_get_height (texture), <=, height + 1);
  if (image_width > 0 && image_width < width - 2)
    g_assert_cmpint (gdk_texture_get_width (texture), ==, image_width);
  else
    g_assert_true (gdk_texture_get_width (texture) >= width - 2 || gdk_texture_get_height (texture) >= height - 2);
}

static void
test_run_kit_plan (void)
{
  g_autofree char *kit = mis_test_good_kit_dir ();
  MisWindow *window = mis_test_open_window (kit, NULL);
  MisPlanBook *book = mis_window_get_plan_book (window);
  MisPlanRunner *runner = mis_window_get_plan_runner (window);
  MisPlan *plan = mis_plan_book_lookup (book, "session-test");
  MisMpv *player;

  g_assert_nonnull (plan);
  mis_window_run_plan (window, plan, 0);
  g_assert_cmpint (mis_window_get_page (window), ==, MIS_WINDOW_PAGE_RUNNER);

  /* The film plays, then stops at its pause point with the question. */
  mis_test_wait_for (runner, showing_is, GINT_TO_POINTER (MIS_RUNNER_SHOWING_QUESTION), WAIT_SECONDS,
                     "the film to stop at its pause point");
  player = mis_plan_runner_get_player (runner);
  /* mpv says it paused a moment after it was asked, through its events. */
  mis_test_wait_for (player, mpv_paused, NULL, WAIT_SECONDS, "mpv to report the film paused");
  g_assert_cmpfloat (mis_mpv_get_position (player), >=, 0.9);
  g_assert_cmpfloat (mis_mpv_get_position (player), <, 1.5);
  g_assert_cmpstr (mis_plan_runner_get_shown_text (runner), ==, "Que devrait faire Léa ?");
  g_assert_false (mis_window_get_film_playing (window));

  /* The next press plays on; a shared computer would wait meanwhile. */
  press_next (runner);
  g_assert_cmpint (mis_plan_runner_get_showing (runner), ==, MIS_RUNNER_SHOWING_FILM);
  mis_test_wait_for (runner, playing_is, GINT_TO_POINTER (TRUE), WAIT_SECONDS, "the film to play on");
  g_assert_true (mis_window_get_film_playing (window));
  mis_test_wait_for (runner, film_ended, NULL, WAIT_SECONDS, "the end of the film");
  g_assert_cmpuint (mis_plan_runner_get_step (runner), ==, 0);

  /* At its end, the next press goes to the next step: a manual page. */
  press_next (runner);
  mis_test_wait_for (runner, page_shown_is, GUINT_TO_POINTER (2), WAIT_SECONDS, "page 2 of the manual");
  g_assert_cmpuint (mis_plan_runner_get_step (runner), ==, 1);
  assert_fitted (runner, 0);
  g_assert_false (mis_window_get_film_playing (window));

  /* The photo-novel's pages 2 and 3, one per press. */
  press_next (runner);
  mis_test_wait_for (runner, page_shown_is, GUINT_TO_POINTER (2), WAIT_SECONDS, "page 2 of the photo-novel");
  g_assert_cmpuint (mis_plan_runner_get_step (runner), ==, 2);
  assert_fitted (runner, 120);
  press_next (runner);
  mis_test_wait_for (runner, page_shown_is, GUINT_TO_POINTER (3), WAIT_SECONDS, "page 3 of the photo-novel");
  g_assert_cmpuint (mis_plan_runner_get_step (runner), ==, 2);

  /* Back goes to the page before, then to the step before. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (runner), "runner.previous", NULL));
  mis_test_wait_for (runner, page_shown_is, GUINT_TO_POINTER (2), WAIT_SECONDS, "page 2 again");

  /* Escape leaves for the plan's page, and the step is remembered. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (runner), "runner.leave", NULL));
  g_assert_cmpint (mis_window_get_page (window), ==, MIS_WINDOW_PAGE_PLANS);
  g_assert_true (mis_plans_view_get_plan (mis_window_get_plans_view (window)) == plan);
  g_assert_cmpint (mis_plan_runner_get_showing (runner), ==, MIS_RUNNER_SHOWING_NOTHING);
  g_assert_cmpuint (mis_plan_book_get_step (book, plan), ==, 2);

  /* "Continue at Step 3" starts there. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (mis_window_get_plans_view (window)), "plans.continue", NULL));
  g_assert_cmpint (mis_window_get_page (window), ==, MIS_WINDOW_PAGE_RUNNER);
  mis_test_wait_for (runner, step_is, GUINT_TO_POINTER (2), WAIT_SECONDS, "step 3");
  mis_test_wait_for (runner, page_shown_is, GUINT_TO_POINTER (2), WAIT_SECONDS, "the photo-novel's first page");

  /* The last step: the discussion slide, in big type. */
  press_next (runner);
  press_next (runner);
  mis_test_wait_for (runner, showing_is, GINT_TO_POINTER (MIS_RUNNER_SHOWING_DISCUSSION), WAIT_SECONDS,
                     "the discussion slide");
  g_assert_cmpstr (mis_plan_runner_get_shown_text (runner), ==, "Qu'avez-vous appris ?");
  press_next (runner);
  g_assert_cmpuint (mis_plan_runner_get_step (runner), ==, 3);

  mis_test_close_window (window);
}

/* A step that cannot be shown says why; the plan goes on past it. */
static void
test_unavailable_steps (void)
{
  g_autofree char *kit = mis_test_good_kit_dir ();
  MisWindow *window = mis_test_open_window (kit, NULL);
  MisPlanBook *book = mis_window_get_plan_book (window);
  MisPlanRunner *runner = mis_window_get_plan_runner (window);
  MisPlan *plan = mis_plan_book_create (book, "Essai");
  g_autoptr(MisPlanStep) past_end = mis_plan_step_new (MIS_PLAN_STEP_MANUAL, "manual-coach");
  g_autoptr(MisPlanStep) gone = mis_plan_step_new (MIS_PLAN_STEP_FILM, "film-gone");
  g_autoptr(MisPlanStep) talk = mis_plan_step_new (MIS_PLAN_STEP_DISCUSSION, NULL);

  g_assert_true (mis_plan_step_set_pages_text (past_end, "9", NULL));
  mis_plan_step_set_text (talk, "fr", "Et maintenant ?");
  mis_plan_append_step (plan, past_end);
  mis_plan_append_step (plan, gone);
  mis_plan_append_step (plan, talk);

  mis_window_run_plan (window, plan, 0);
  mis_test_wait_for (runner, showing_is, GINT_TO_POINTER (MIS_RUNNER_SHOWING_UNAVAILABLE), WAIT_SECONDS,
                     "the page past the end to be refused");
  g_assert_cmpstr (mis_plan_runner_get_shown_text (runner), ==, "Page 9 is past the end (the resource has 3 pages).");
  press_next (runner);
  g_assert_cmpint (mis_plan_runner_get_showing (runner), ==, MIS_RUNNER_SHOWING_UNAVAILABLE);
  g_assert_cmpstr (mis_plan_runner_get_shown_text (runner), ==, "The kit has no resource “film-gone”.");
  press_next (runner);
  g_assert_cmpint (mis_plan_runner_get_showing (runner), ==, MIS_RUNNER_SHOWING_DISCUSSION);

  mis_test_close_window (window);
}

static MisAddToPlanDialog *
find_add_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (MIS_IS_ADD_TO_PLAN_DIALOG (toplevel))
        return MIS_ADD_TO_PLAN_DIALOG (toplevel);
    }
  return NULL;
}

static gboolean
manual_on_page (gpointer      subject,
                gconstpointer data)
{
  return mis_manual_view_get_page (subject) == GPOINTER_TO_UINT (data);
}

static void
test_add_to_plan (void)
{
  g_autofree char *kit = mis_test_good_kit_dir ();
  MisWindow *window = mis_test_open_window (kit, NULL);
  MisPlanBook *book = mis_window_get_plan_book (window);
  MisKit *kit_object = mis_window_get_kit (window);
  MisPlan *plan = mis_plan_book_create (book, "Mardi");
  MisAddToPlanDialog *dialog;
  MisPlanStep *step;
  g_autofree char *pages = NULL;

  /* From a resource's page: the whole photo-novel. */
  mis_window_show_resource (window, mis_kit_lookup_resource (kit_object, "novel-story"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-to-plan", NULL));
  dialog = find_add_dialog ();
  g_assert_nonnull (dialog);
  mis_add_to_plan_dialog_add (dialog, plan);
  g_assert_null (find_add_dialog ());
  g_assert_cmpuint (mis_plan_get_n_steps (plan), ==, 1);
  step = mis_plan_get_step (plan, 0);
  g_assert_cmpint (mis_plan_step_get_kind (step), ==, MIS_PLAN_STEP_PHOTO_NOVEL);
  pages = mis_plan_step_get_pages_text (step);
  g_assert_cmpstr (pages, ==, "1-3");

  /* From the manual: the page read. */
  mis_window_read_manual (window, mis_kit_lookup_resource (kit_object, "manual-coach"), 2);
  mis_test_wait_for (mis_window_get_manual_view (window), manual_on_page, GUINT_TO_POINTER (2), WAIT_SECONDS,
                     "the manual at page 3");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-to-plan", NULL));
  mis_add_to_plan_dialog_add (find_add_dialog (), plan);
  step = mis_plan_get_step (plan, 1);
  g_clear_pointer (&pages, g_free);
  pages = mis_plan_step_get_pages_text (step);
  g_assert_cmpint (mis_plan_step_get_kind (step), ==, MIS_PLAN_STEP_MANUAL);
  g_assert_cmpstr (pages, ==, "3");

  /* Nothing to add from the library itself. */
  mis_window_show_library (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-to-plan", NULL));
  g_assert_null (find_add_dialog ());

  mis_test_close_window (window);
}

static gboolean
index_complete (gpointer      hit_list,
                gconstpointer data)
{
  return mis_hit_list_get_complete (hit_list);
}

/* The button of a hit row: the last child of the row's box. */
static GtkWidget *
add_button_of (GtkListBoxRow *row)
{
  GtkWidget *box = gtk_list_box_row_get_child (row);
  GtkWidget *button = gtk_widget_get_last_child (box);

  g_assert_true (GTK_IS_BUTTON (button));
  return button;
}

/* A search hit goes straight into a plan: the film from a little before the
 * words, the page where they are. */
static void
test_add_from_hit (void)
{
  MisWindow *window = mis_test_open_window (mis_test_sample_kit_dir (), NULL);
  MisLibraryView *library = mis_window_get_library_view (window);
  MisHitList *hits = mis_library_view_get_hit_list (library);
  MisPlan *plan = mis_plan_book_create (mis_window_get_plan_book (window), "Mots de passe");
  GtkListBox *list;
  gboolean film_done = FALSE, page_done = FALSE;

  mis_test_wait_for (hits, index_complete, NULL, 60, "the text index");
  mis_library_view_set_search_text (library, "mot pas");
  list = mis_hit_list_get_list_box (hits);
  for (int i = 0; gtk_list_box_get_row_at_index (list, i) != NULL && !(film_done && page_done); i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, i);
      const MisTextEntry *hit = mis_hit_list_get_row_hit (hits, row);
      MisPlanStep *step;

      if (hit == NULL || (mis_resource_get_kind (hit->resource) == MIS_RESOURCE_KIND_FILM ? film_done : page_done))
        continue;

      g_signal_emit_by_name (add_button_of (row), "clicked");
      g_assert_nonnull (find_add_dialog ());
      mis_add_to_plan_dialog_add (find_add_dialog (), plan);
      step = mis_plan_get_step (plan, mis_plan_get_n_steps (plan) - 1);
      g_assert_cmpstr (mis_plan_step_get_resource_id (step), ==, mis_resource_get_id (hit->resource));

      if (mis_resource_get_kind (hit->resource) == MIS_RESOURCE_KIND_FILM)
        {
          g_assert_cmpint (mis_plan_step_get_kind (step), ==, MIS_PLAN_STEP_FILM);
          g_assert_cmpfloat (mis_plan_step_get_from (step), ==, MAX (0, hit->time - 2));
          film_done = TRUE;
        }
      else
        {
          g_autofree char *pages = mis_plan_step_get_pages_text (step);
          g_autofree char *expected = g_strdup_printf ("%d", hit->page + 1);

          g_assert_cmpstr (pages, ==, expected);
          page_done = TRUE;
        }
    }
  g_assert_true (film_done && page_done);

  mis_test_close_window (window);
}

static void
test_step_editor (void)
{
  g_autofree char *kit_dir = mis_test_good_kit_dir ();
  MisWindow *window = mis_test_open_window (kit_dir, NULL);
  MisKit *kit = mis_window_get_kit (window);
  g_autoptr(MisPlanStep) film = mis_plan_step_new (MIS_PLAN_STEP_FILM, "film-passwords");
  MisStepEditor *editor = mis_step_editor_new (GTK_WINDOW (window), kit, film);
  GtkWidget *from_row = NULL;
  g_autofree char *pauses = NULL;

  gtk_window_present (GTK_WINDOW (editor));
  /* The rows are the template's: found by their titles. */
  for (GtkWidget *w = GTK_WIDGET (editor); w != NULL;)
    {
      if (ADW_IS_ENTRY_ROW (w) && g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (w)), "Starts"))
        {
          from_row = w;
          break;
        }
      if (gtk_widget_get_first_child (w) != NULL)
        w = gtk_widget_get_first_child (w);
      else
        {
          while (w != NULL && gtk_widget_get_next_sibling (w) == NULL)
            w = gtk_widget_get_parent (w);
          w = w != NULL ? gtk_widget_get_next_sibling (w) : NULL;
        }
    }
  g_assert_nonnull (from_row);

  gtk_editable_set_text (GTK_EDITABLE (from_row), "soon");
  g_assert_false (mis_step_editor_save (editor));
  g_assert_cmpfloat (mis_plan_step_get_from (film), ==, 0);

  gtk_editable_set_text (GTK_EDITABLE (from_row), "0:01");
  g_assert_true (mis_step_editor_save (editor));
  g_assert_cmpfloat (mis_plan_step_get_from (film), ==, 1);
  pauses = mis_plan_step_get_pauses_text (film, kit);
  g_assert_cmpstr (pauses, ==, "");

  gtk_window_destroy (GTK_WINDOW (editor));
  mis_test_close_window (window);
}

static char *
print_to_pdf (MisPlan *plan,
              MisKit  *kit,
              int     *n_pages)
{
  g_autoptr(GtkPrintOperation) operation = mis_plan_print_new (plan, kit);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "mis-handout-test.pdf", NULL);
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  PopplerDocument *document;
  GString *text = g_string_new (NULL);

  gtk_print_operation_set_export_filename (operation, path);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error), ==,
                   GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);

  document = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  *n_pages = poppler_document_get_n_pages (document);
  for (int i = 0; i < *n_pages; i++)
    {
      PopplerPage *page = poppler_document_get_page (document, i);
      g_autofree char *page_text = poppler_page_get_text (page);

      g_string_append (text, page_text);
      g_object_unref (page);
    }
  g_object_unref (document);
  g_remove (path);
  return g_string_free (text, FALSE);
}

static void
assert_contains (const char *text,
                 const char *part)
{
  if (strstr (text, part) == NULL)
    g_error ("The handout does not say “%s”:\n%s", part, text);
}

static void
test_handout (void)
{
  g_autofree char *kit_dir = mis_test_good_kit_dir ();
  MisWindow *window = mis_test_open_window (kit_dir, NULL);
  MisKit *kit = mis_window_get_kit (window);
  MisPlanBook *book = mis_window_get_plan_book (window);
  MisPlan *long_plan = mis_plan_book_create (book, "Une longue journée");
  g_autofree char *text = NULL;
  g_autofree char *long_text = NULL;
  int n_pages = 0;

  text = print_to_pdf (mis_kit_lookup_plan (kit, "session-test"), kit, &n_pages);
  g_assert_cmpint (n_pages, ==, 1);
  assert_contains (text, "Séance d'essai");
  assert_contains (text, "20 minutes");
  assert_contains (text, "Film “Le mot de passe de Léa”");
  assert_contains (text, "Que devrait faire Léa ?");
  assert_contains (text, "Laisser répondre trois jeunes.");
  assert_contains (text, "Manual “Manuel du coach”, page 2");
  assert_contains (text, "Qu'avez-vous appris ?");

  for (guint i = 0; i < 40; i++)
    {
      g_autoptr(MisPlanStep) step = mis_plan_step_new (MIS_PLAN_STEP_DISCUSSION, NULL);
      g_autofree char *question = g_strdup_printf ("Question %u : que feriez-vous à la place de Léa ?", i + 1);

      mis_plan_step_set_text (step, "fr", question);
      mis_plan_step_set_notes (step, "fr", "Laisser le temps de répondre, puis résumer au tableau.");
      mis_plan_append_step (long_plan, step);
    }
  long_text = print_to_pdf (long_plan, kit, &n_pages);
  g_assert_cmpint (n_pages, >=, 2);
  g_assert_cmpint (n_pages, <=, 4);
  assert_contains (long_text, "Question 40 :");

  mis_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  if (!mis_test_init_ui (&argc, &argv))
    return g_test_run ();

  g_test_add_func ("/plans/run-kit-plan", test_run_kit_plan);
  g_test_add_func ("/plans/unavailable-steps", test_unavailable_steps);
  g_test_add_func ("/plans/add-to-plan", test_add_to_plan);
  g_test_add_func ("/plans/add-from-hit", test_add_from_hit);
  g_test_add_func ("/plans/step-editor", test_step_editor);
  g_test_add_func ("/plans/handout", test_handout);

  return g_test_run ();
}
