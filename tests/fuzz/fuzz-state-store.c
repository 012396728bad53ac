/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * fuzz-state-store.c: libFuzzer target for the file in which the app
 * remembers where each resource was left. Each input is that file as it
 * might be found after a crash or a hostile edit: it is read, asked for
 * values, changed, written back and read again.
 */
#include "config.h"

#include <stdint.h>
#include <glib/gstdio.h>

#include "fuzz-util.h"
#include "mis-state-store.h"
#include "mis-test-util.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

#define KIT_ID "fuzz-kit"

static char *state_dir;
static char *state_path;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  mis_fuzz_quiet_logs ();
  state_dir = g_dir_make_tmp ("mis-fuzz-state-XXXXXX", NULL);
  g_assert_nonnull (state_dir);
  state_path = g_build_filename (state_dir, KIT_ID ".ini", NULL);
  return 0;
}

static void
read_values (MisStateStore *store)
{
  static const char *resources[] = { NULL, "film-passwords", "manual-youth", "" };
  static const char *keys[] = { "position", "page", "zoom", "language", "finished" };

  for (guint r = 0; r < G_N_ELEMENTS (resources); r++)
    for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
      {
        g_autofree char *text = mis_state_store_get_string (store, KIT_ID, resources[r], keys[k]);

        (void) mis_state_store_get_double (store, KIT_ID, resources[r], keys[k], 0.0);
        (void) mis_state_store_get_boolean (store, KIT_ID, resources[r], keys[k]);
        if (text != NULL)
          g_assert_true (g_utf8_validate (text, -1, NULL));
      }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(MisStateStore) store = NULL;
  g_autoptr(MisStateStore) again = NULL;
  g_autofree char *aside = g_strconcat (state_path, ".damaged", NULL);
  g_autoptr(GError) error = NULL;

  g_remove (aside);
  if (!g_file_set_contents (state_path, (const char *) data, size, NULL))
    return 0;

  store = mis_state_store_new (state_dir, FALSE);
  read_values (store);
  mis_state_store_set_double (store, KIT_ID, "film-passwords", "position", 12.5);
  mis_state_store_set_string (store, KIT_ID, "manual-youth", "page", "ii");
  g_assert_true (mis_state_store_flush (store, &error));
  g_assert_no_error (error);

  /* What was written is read back, whatever the file held before. */
  again = mis_state_store_new (state_dir, FALSE);
  g_assert_cmpfloat (mis_state_store_get_double (again, KIT_ID, "film-passwords", "position", 0.0), ==, 12.5);
  {
    g_autofree char *page = mis_state_store_get_string (again, KIT_ID, "manual-youth", "page");
    g_assert_cmpstr (page, ==, "ii");
  }
  return 0;
}
