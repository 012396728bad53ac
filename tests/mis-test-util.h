/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-test-util.h: helpers shared by the tests: the test kit, and kits made
 * on the fly from it with one thing broken.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

const char *mis_test_data_dir      (void);
const char *mis_test_sample_kit_dir (void);
char       *mis_test_good_kit_dir  (void);
char       *mis_test_make_kit      (const char *index_json);
void        mis_test_remove_tree   (const char *path);
char       *mis_test_read_good_index (void);

/* Whether what a test waits for has come, for @subject (a player, a
 * window…) and @data (what the condition compares with). */
typedef gboolean (*MisTestCondition) (gpointer      subject,
                                      gconstpointer data);

void        mis_test_wait_for      (gpointer          subject,
                                    MisTestCondition  condition,
                                    gconstpointer     data,
                                    guint             seconds,
                                    const char       *what);
void        mis_test_store_result_cb (GObject        *object,
                                      GAsyncResult   *result,
                                      gpointer        user_data);
GAsyncResult *mis_test_wait_result (GAsyncResult    **slot);

G_END_DECLS
