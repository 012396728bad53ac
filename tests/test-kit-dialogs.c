/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-kit-dialogs.c: "Copy This Kit…" and "Check This Kit" in the real
 * window: the test kit copied through the dialog and read back, a damaged
 * file refused with its name, the problems of a broken kit shown with the
 * resource's title, and no copying on a shared computer.
 */
#include "config.h"

#include <glib/gstdio.h>

#include "mis-check-kit-dialog.h"
#include "mis-copy-kit-dialog.h"
#include "mis-test-util.h"
#include "mis-test-window.h"

#define WAIT_SECONDS 30

static gboolean
copy_ended (gpointer      dialog,
            gconstpointer data)
{
  MisCopyKitState state = mis_copy_kit_dialog_get_state (dialog);
  return state == MIS_COPY_KIT_DONE || state == MIS_COPY_KIT_FAILED;
}

static gboolean
check_done (gpointer      dialog,
            gconstpointer data)
{
  return mis_check_kit_dialog_get_done (dialog);
}

static MisCopyKitDialog *
find_copy_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (MIS_IS_COPY_KIT_DIALOG (toplevel))
        return MIS_COPY_KIT_DIALOG (toplevel);
    }
  return NULL;
}

static char *
make_test_kit (void)
{
  g_autofree char *index = mis_test_read_good_index ();
  return mis_test_make_kit (index);
}

static void
test_copy (void)
{
  g_autofree char *kit = make_test_kit ();
  g_autofree char *name = g_path_get_basename (kit);
  g_autoptr(GError) error = NULL;
  g_autofree char *dest = g_dir_make_tmp ("mis-stick-XXXXXX", &error);
  g_autofree char *copied_index = g_build_filename (dest, name, "index.json", NULL);
  g_autofree char *clip = g_build_filename (kit, "films", "clip.webm", NULL);
  g_autoptr(GFile) dest_file = g_file_new_for_path (dest);
  MisWindow *window = mis_test_open_window (kit, NULL);
  MisCopyKitDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.copy-kit", NULL));
  dialog = find_copy_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpint (mis_copy_kit_dialog_get_state (dialog), ==, MIS_COPY_KIT_CHOOSING);

  mis_copy_kit_dialog_copy_to (dialog, dest_file);
  g_assert_cmpint (mis_copy_kit_dialog_get_state (dialog), ==, MIS_COPY_KIT_COPYING);
  mis_test_wait_for (dialog, copy_ended, NULL, WAIT_SECONDS, "the copy to end");
  g_assert_cmpint (mis_copy_kit_dialog_get_state (dialog), ==, MIS_COPY_KIT_DONE);
  g_assert_nonnull (strstr (mis_copy_kit_dialog_get_message (dialog), "Every file was read back"));
  g_assert_true (g_file_test (copied_index, G_FILE_TEST_IS_REGULAR));
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* A damaged film: refused, named, nothing left on the stick. */
  {
    g_autofree char *copied = g_build_filename (dest, name, NULL);
    mis_test_remove_tree (copied);
  }
  g_assert_true (g_file_set_contents (clip, "damaged", -1, NULL));
  dialog = mis_copy_kit_dialog_new (GTK_WINDOW (window), mis_kit_get_directory (mis_window_get_kit (window)));
  gtk_window_present (GTK_WINDOW (dialog));
  mis_copy_kit_dialog_copy_to (dialog, dest_file);
  mis_test_wait_for (dialog, copy_ended, NULL, WAIT_SECONDS, "the copy to be refused");
  g_assert_cmpint (mis_copy_kit_dialog_get_state (dialog), ==, MIS_COPY_KIT_FAILED);
  g_assert_nonnull (strstr (mis_copy_kit_dialog_get_message (dialog), "films/clip.webm does not match"));
  {
    g_autoptr(GDir) listing = g_dir_open (dest, 0, NULL);
    g_assert_null (g_dir_read_name (listing));
  }
  gtk_window_destroy (GTK_WINDOW (dialog));

  mis_test_close_window (window);
  mis_test_remove_tree (dest);
  mis_test_remove_tree (kit);
}

static void
test_check (void)
{
  g_autofree char *good = mis_test_read_good_index ();
  g_autoptr(GString) broken = g_string_new (good);
  g_autofree char *kit = NULL;
  MisWindow *window;
  MisCheckKitDialog *dialog;
  GPtrArray *lines;
  gboolean named = FALSE;

  g_string_replace (broken, "\"photo-novels/story/03.png\"", "\"photo-novels/story/04.png\"", 1);
  kit = mis_test_make_kit (broken->str);
  window = mis_test_open_window (kit, NULL);

  dialog = mis_check_kit_dialog_new (GTK_WINDOW (window), mis_kit_get_directory (mis_window_get_kit (window)));
  gtk_window_present (GTK_WINDOW (dialog));
  mis_test_wait_for (dialog, check_done, NULL, WAIT_SECONDS, "the check");
  lines = mis_check_kit_dialog_get_lines (dialog);
  g_assert_cmpuint (lines->len, >=, 1);
  for (guint i = 0; i < lines->len; i++)
    named |= strstr (g_ptr_array_index (lines, i),
                     "La photo de trop (pages[2]): file not found: photo-novels/story/04.png") != NULL;
  g_assert_true (named);
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* On a shared computer, nobody copies the kit: the menu has no such item. */
  mis_window_set_shared_computer (window, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.copy-kit", NULL);
  g_assert_null (find_copy_dialog ());

  mis_test_close_window (window);
  mis_test_remove_tree (kit);
}

int
main (int   argc,
      char *argv[])
{
  if (!mis_test_init_ui (&argc, &argv))
    return g_test_run ();

  g_test_add_func ("/kit-dialogs/copy", test_copy);
  g_test_add_func ("/kit-dialogs/check", test_check);

  return g_test_run ();
}
