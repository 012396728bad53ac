/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * fuzz-kit.c: libFuzzer target for the kit loader. Each input is written as
 * the index.json of a kit that holds the test kit's real media, then loaded
 * as the app loads it and checked as `--check-kit` checks it.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <glib/gstdio.h>

#include "mis-kit.h"
#include "mis-kit-check.h"
#include "mis-resource.h"
#include "mis-search.h"
#include "mis-test-util.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static char *kit_dir;
static char *index_path;

/* Damaged input is expected to be reported: only criticals (bugs) stop the
 * run, everything else would drown the fuzzer's own output. */
static GLogWriterOutput
quiet_writer (GLogLevelFlags   level,
              const GLogField *fields,
              gsize            n_fields,
              gpointer         user_data)
{
  if (level & (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_ERROR))
    {
      g_log_writer_standard_streams (level, fields, n_fields, user_data);
      abort ();
    }
  return G_LOG_WRITER_HANDLED;
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_log_set_writer_func (quiet_writer, NULL, NULL);
  g_setenv ("MIS_TEST_DATA", MIS_FUZZ_TEST_DATA, FALSE);
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

  mis_kit_check (directory, report);
  g_assert_true (g_utf8_validate (report->str, report->len, NULL));
  return 0;
}
