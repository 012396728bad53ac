/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-test-window.h: the app's window for UI tests.
 */
#pragma once

#include "mis-window.h"

G_BEGIN_DECLS

gboolean   mis_test_init_ui      (int           *argc,
                                  char        ***argv);
MisWindow *mis_test_open_window  (const char    *kit_dir,
                                  MisStateStore *store);
void       mis_test_close_window (MisWindow     *window);
gboolean   mis_test_window_page_is (gpointer      window,
                                    gconstpointer page);

G_END_DECLS
