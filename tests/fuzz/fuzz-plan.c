/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * fuzz-plan.c: libFuzzer target for plan files, which facilitators pass to
 * each other on USB sticks: each input is imported into the test kit's plan
 * book as the app's import does; what is accepted is described, checked,
 * exported and imported again.
 */
#include "config.h"

#include <stdint.h>

#include "fuzz-util.h"
#include "mis-kit.h"
#include "mis-plan-book.h"
#include "mis-state-store.h"
#include "mis-test-util.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static MisKit *kit;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autofree char *dir = NULL;
  g_autoptr(GFile) directory = NULL;

  mis_fuzz_quiet_logs ();
  g_setenv ("G_TEST_SRCDIR", MIS_FUZZ_TEST_SRCDIR, FALSE);
  dir = mis_test_good_kit_dir ();
  directory = g_file_new_for_path (dir);
  kit = mis_kit_load (directory, MIS_KIT_LOAD_FLAGS_NONE, NULL, NULL);
  g_assert_nonnull (kit);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(MisStateStore) store = mis_state_store_new ("/nonexistent", TRUE);
  g_autoptr(MisPlanBook) book = mis_plan_book_new (kit, store);
  g_autoptr(GError) error = NULL;
  g_autofree char *exported = NULL;
  g_autoptr(MisPlan) again = NULL;
  MisPlan *plan;
  gsize length = 0;

  plan = mis_plan_book_import (book, "plan.json", (const char *) data, size, &error);
  g_assert ((plan == NULL) != (error == NULL));
  if (plan == NULL)
    {
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      g_assert_cmpuint (g_list_model_get_n_items (mis_plan_book_get_own (book)), ==, 0);
      return 0;
    }

  for (guint i = 0; i < mis_plan_get_n_steps (plan); i++)
    {
      g_autofree char *description = mis_plan_step_describe (mis_plan_get_step (plan, i), kit);
      g_assert_true (g_utf8_validate (description, -1, NULL));
    }

  /* What was accepted goes out and comes back the same. */
  exported = mis_plan_export (plan, kit, &length);
  again = mis_plan_import (kit, "again.json", exported, length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mis_plan_get_n_steps (again), ==, mis_plan_get_n_steps (plan));
  return 0;
}
