/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * fuzz-kit.c: libFuzzer target for the kit loader. Each input is written as
 * the index.json of a kit that holds the test kit's real media, then loaded
 * as the app loads it and checked as `--check-kit` checks it.
 */
#include "config.h"

#include <stdint.h>
#include <glib/gstdio.h>

#include "fuzz-util.h"
#include "mis-kit.h"
#include "mis-kit-check.h"
#include "mis-resource.h"
#include "mis-search.h"
#include "mis-test-util.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static char *kit_dir;
static char *index_path;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  mis_fuzz_quiet_logs ();
  g_setenv ("G_TEST_SRCDIR", MIS_FUZZ_TEST_SRCDIR, FALSE);
  kit_dir = mis_test_make_kit (NULL);
  index_path = g_build_filename (kit_dir, "index.json", NULL);
  return 0;
}

static void
read_kit (MisKit *kit)
{
  const char * const *languages = mis_kit_get_languages (kit);
  GListModel *resources = mis_kit_get_resources (kit);

  for (guint l = 0; languages != NULL && languages[l] != NULL; l++)
    {
      mis_kit_set_language (kit, languages[l]);

      for (guint i = 0; i < g_list_model_get_n_items (resources); i++)
        {
          g_autoptr(MisResource) resource = g_list_model_get_item (resources, i);
          g_auto(GStrv) words = mis_search_tokenize (mis_resource_get_title (resource));

          (void) words;
        }
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GFile) directory = g_file_new_for_path (kit_dir);
  g_autoptr(GString) report = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(MisKit) kit = NULL;

  if (!g_file_set_contents (index_path, (const char *) data, size, NULL))
    return 0;

  kit = mis_kit_load (directory, MIS_KIT_LOAD_FLAGS_NONE, NULL, &error);
  g_assert ((kit == NULL) != (error == NULL));
  if (kit != NULL)
    read_kit (kit);
  else
    g_assert_true (g_utf8_validate (error->message, -1, NULL));

  mis_kit_check (directory, NULL, NULL, report);
  g_assert_true (g_utf8_validate (report->str, report->len, NULL));
  return 0;
}
