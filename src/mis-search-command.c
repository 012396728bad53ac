/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-search-command.c: `make-it-safe --search WORDS [--kit DIR]` prints
 * where the kit says WORDS, one hit per line, for scripts and tests:
 *
 *   film-passwords 0:23 fr: Son ami Sam lui demande son mot de passe…
 *   manual-youth p.7: Choisir un mot de passe solide…
 *   novel-new-follower p.3 fr: Yasmine : …
 *
 * It reads what the library's search inside resources reads: the films'
 * subtitles, the photo-novels' words, the manuals' pages (each through its
 * own PDF worker, as the reader does). Exit status 0 when something is
 * found, 1 when nothing is or the kit cannot be read.
 */
#define G_LOG_DOMAIN "mis-search-command"

#include "config.h"


#include "mis-language.h"
#include "mis-manual-text.h"
#include "mis-search-command.h"
#include "mis-text-index.h"

#define SNIPPET_CHARS 100

static void
store_result_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

/* Every page of @manual into @index; FALSE with a message if it cannot be
 * read (the other resources are still searched). */
static gboolean
add_manual (MisTextIndex  *index,
            MisResource   *manual,
            GError       **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  g_autofree char *cache = g_build_filename (g_get_user_cache_dir (), "make-it-safe", "manual-text", NULL);

  mis_manual_text_add_async (index, manual, cache, NULL, store_result_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return mis_manual_text_add_finish (result, error);
}

/* Fixed, not translated: scripts read it. */
static char *
format_place (const MisTextEntry *entry)
{
  if (entry->time >= 0)
    return mis_format_duration (entry->time);
  if (entry->page_label != NULL)
    return g_strdup_printf ("p.%s", entry->page_label);
  return g_strdup_printf ("p.%d", entry->page + 1);
}

/**
 * mis_search_command:
 * @out: where the hits are written, one per line
 *
 * Returns: the exit status: 0 when something was found
 */
int
mis_search_command (GFile      *kit_dir,
                    const char *words,
                    GString    *out)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MisKit) kit = mis_kit_load (kit_dir, MIS_KIT_LOAD_FLAGS_NONE, NULL, &error);
  g_autoptr(MisTextIndex) index = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autofree char *language = NULL;
  GListModel *resources;

  if (kit == NULL)
    {
      g_printerr ("make-it-safe: %s\n", error->message);
      return 1;
    }

  index = mis_text_index_new ();
  mis_text_index_add_kit (index, kit, NULL);

  resources = mis_kit_get_resources (kit);
  for (guint i = 0; i < g_list_model_get_n_items (resources); i++)
    {
      g_autoptr(MisResource) resource = g_list_model_get_item (resources, i);
      g_autoptr(GError) manual_error = NULL;

      if (mis_resource_get_kind (resource) == MIS_RESOURCE_KIND_MANUAL && mis_resource_get_available (resource) &&
          !add_manual (index, resource, &manual_error))
        g_printerr ("make-it-safe: %s: %s\n", mis_resource_get_id (resource), manual_error->message);
    }

  language = mis_language_pick (mis_kit_get_languages (kit), mis_kit_get_default_language (kit),
                                g_get_language_names ());
  hits = mis_text_index_search (index, words, language);

  for (guint i = 0; i < hits->len; i++)
    {
      const MisTextEntry *hit = g_ptr_array_index (hits, i);
      g_autofree char *place = format_place (hit);
      g_autofree char *snippet = mis_text_entry_get_snippet (hit, words, SNIPPET_CHARS);

      g_string_append_printf (out, "%s %s", mis_resource_get_id (hit->resource), place);
      /* A manual is in one language; cues and bubbles say which. */
      if (hit->language != NULL && mis_resource_get_kind (hit->resource) != MIS_RESOURCE_KIND_MANUAL)
        g_string_append_printf (out, " %s", hit->language);
      g_string_append_printf (out, ": %s\n", snippet);
    }

  return hits->len > 0 ? 0 : 1;
}
