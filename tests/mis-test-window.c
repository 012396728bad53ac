/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-test-window.c: a real window on a kit, as users get it, for the UI
 * tests; closed with every pending event handled.
 */
#include "config.h"

#include <adwaita.h>

#include "mis-test-window.h"

/**
 * mis_test_init_ui:
 *
 * Initialises GTest, GTK and libadwaita for a UI test.
 *
 * Returns: %FALSE when there is no display: the caller then runs its tests
 *   as skipped (CI runs them under xvfb-run).
 */
gboolean
mis_test_init_ui (int    *argc,
                  char ***argv)
{
  /* Not G_TEST_OPTION_ISOLATE_DIRS: it hides the system's data folders, and
   * with them the MIME database GTK needs to load its own icons. Windows get
   * a private state store instead, which writes nothing. */
  g_test_init (argc, argv, NULL);

  if (!gtk_init_check ())
    {
      g_test_skip ("No display: run the UI tests under xvfb-run");
      return FALSE;
    }

  adw_init ();

  /* The app's own style, as MisApplication loads it: sizes depend on it. */
  {
    g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (css, "/be/ecpat/MakeItSafe/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }
  return TRUE;
}

/**
 * mis_test_open_window:
 * @store: (nullable): where the window remembers things; %NULL for a
 *   private store that writes nothing
 *
 * Returns: (transfer none): the window, once its kit has loaded (or failed to).
 */
MisWindow *
mis_test_open_window (const char    *kit_dir,
                      MisStateStore *store)
{
  g_autoptr(MisStateStore) private_store = store ? NULL : mis_state_store_new (g_get_tmp_dir (), TRUE);
  g_autoptr(GFile) dir = g_file_new_for_path (kit_dir);
  MisWindow *window = g_object_new (MIS_TYPE_WINDOW, "state-store", store ? store : private_store, NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
  gtk_window_present (GTK_WINDOW (window));
  mis_window_load_kit (window, dir, NULL, -1, 0);

  while (g_strcmp0 (mis_window_get_visible_page (window), "loading") == 0)
    g_main_context_iteration (NULL, TRUE);

  return window;
}

/**
 * mis_test_window_page_is:
 * @page: a #MisWindowPage, in a pointer
 *
 * A #MisTestCondition: the window shows @page.
 */
gboolean
mis_test_window_page_is (gpointer      window,
                         gconstpointer page)
{
  return mis_window_get_page (window) == (MisWindowPage) GPOINTER_TO_INT (page);
}

void
mis_test_close_window (MisWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}
