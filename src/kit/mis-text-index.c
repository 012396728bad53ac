/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-text-index.c: one entry per place a resource says something: a cue
 * of a film's subtitles (in each language), a photo-novel page's words (in
 * each language), a manual's page. A query matches an entry when each of
 * its words starts a word of that entry, as the library's search does
 * (accents and case aside): "mot pas" finds the cue "ton mot de passe".
 *
 * The films' cues and the photo-novels' words are read here, in a worker
 * (mis_text_index_build_async()); the manuals' pages come from the PDF
 * worker of the layer above, through mis_text_index_add_page(). The index
 * is used on the main thread once built.
 *
 * A large kit may list the same manual more than once (one entry per
 * group, say): its pages are read once, and the other resources share
 * their text (mis_text_index_add_same_pages()).
 */
#define G_LOG_DOMAIN "mis-text-index"

#include "config.h"

#include <glib/gi18n.h>

#include "mis-kit-private.h"
#include "mis-search.h"
#include "mis-text-index.h"
#include "mis-webvtt.h"

struct _MisTextIndex
{
  GObject    parent_instance;

  GPtrArray  *entries;    /* MisTextEntry */
  GHashTable *pages;      /* MisResource * → GArray of guint: its pages' entries */
  GPtrArray  *warnings;   /* char *: files skipped, and why */
};

/* What an entry says, shared by the entries of one file's page. */
typedef struct
{
  char *text;
  GStrv words;
} Body;

static void
body_clear (Body *body)
{
  g_free (body->text);
  g_strfreev (body->words);
}

G_DEFINE_FINAL_TYPE (MisTextIndex, mis_text_index, G_TYPE_OBJECT)

static void
entry_free (MisTextEntry *entry)
{
  g_object_unref (entry->resource);
  g_free (entry->language);
  g_free (entry->page_label);
  g_rc_box_release_full (entry->body, (GDestroyNotify) body_clear);
  g_free (entry);
}

static MisTextEntry *
entry_new (MisResource *resource,
           const char  *language,
           double       time,
           double       end,
           int          page,
           const char  *page_label,
           Body        *body)
{
  MisTextEntry *entry = g_new0 (MisTextEntry, 1);

  entry->resource = g_object_ref (resource);
  entry->language = g_strdup (language);
  entry->time = time;
  entry->end = end;
  entry->page = page;
  entry->page_label = g_strdup (page_label);
  entry->body = body;
  entry->text = body->text;
  entry->words = (const char * const *) body->words;
  return entry;
}

static MisTextEntry *
add_entry (MisTextIndex *self,
           MisResource  *resource,
           const char   *language,
           double        time,
           double        end,
           int           page,
           const char   *page_label,
           const char   *text)
{
  MisTextEntry *entry;
  g_auto(GStrv) words = NULL;
  Body *body;

  if (text == NULL || (words = mis_search_tokenize (text)) == NULL || words[0] == NULL)
    return NULL;

  body = g_rc_box_new0 (Body);
  body->text = g_strdup (text);
  body->words = g_steal_pointer (&words);
  entry = entry_new (resource, language, time, end, page, page_label, body);
  g_ptr_array_add (self->entries, entry);
  return entry;
}

/* The entries of @resource's pages, in the order they were added. */
static void
remember_page (MisTextIndex *self,
               MisResource  *resource)
{
  GArray *positions = g_hash_table_lookup (self->pages, resource);
  guint position = self->entries->len - 1;

  if (positions == NULL)
    {
      positions = g_array_new (FALSE, FALSE, sizeof (guint));
      g_hash_table_insert (self->pages, g_object_ref (resource), positions);
    }
  g_array_append_val (positions, position);
}

/**
 * mis_text_index_add_cues:
 * @cues: (element-type MisCue): what mis_webvtt_load() read
 */
void
mis_text_index_add_cues (MisTextIndex *self,
                         MisResource  *film,
                         const char   *language,
                         GPtrArray    *cues)
{
  g_return_if_fail (MIS_IS_TEXT_INDEX (self));
  g_return_if_fail (MIS_IS_RESOURCE (film));
  g_return_if_fail (cues != NULL);

  for (guint i = 0; i < cues->len; i++)
    {
      MisCue *cue = g_ptr_array_index (cues, i);

      add_entry (self, film, language, cue->start, cue->end, -1, NULL, cue->text);
    }
}

/**
 * mis_text_index_add_page:
 * @page: from 0
 * @page_label: (nullable): the page's own label ("ii", "7")
 * @language: (nullable): the text's language, when known
 */
void
mis_text_index_add_page (MisTextIndex *self,
                         MisResource  *resource,
                         int           page,
                         const char   *page_label,
                         const char   *language,
                         const char   *text)
{
  g_return_if_fail (MIS_IS_TEXT_INDEX (self));
  g_return_if_fail (MIS_IS_RESOURCE (resource));
  g_return_if_fail (page >= 0);

  if (add_entry (self, resource, language, -1, -1, page, page_label, text) != NULL)
    remember_page (self, resource);
}

/**
 * mis_text_index_add_same_pages:
 * @like: a resource of the same file, whose pages were added with
 *   mis_text_index_add_page()
 *
 * Adds for @resource every page added for @like, sharing their text: the
 * file is not read again, and its words are not kept twice.
 *
 * Returns: how many pages were added
 */
guint
mis_text_index_add_same_pages (MisTextIndex *self,
                               MisResource  *resource,
                               MisResource  *like)
{
  GArray *positions;

  g_return_val_if_fail (MIS_IS_TEXT_INDEX (self), 0);
  g_return_val_if_fail (MIS_IS_RESOURCE (resource), 0);
  g_return_val_if_fail (MIS_IS_RESOURCE (like), 0);

  if (resource == like || (positions = g_hash_table_lookup (self->pages, like)) == NULL)
    return 0;

  for (guint i = 0; i < positions->len; i++)
    {
      const MisTextEntry *page = g_ptr_array_index (self->entries, g_array_index (positions, guint, i));

      g_ptr_array_add (self->entries,
                       entry_new (resource, page->language, page->time, page->end, page->page, page->page_label,
                                  g_rc_box_acquire (page->body)));
    }
  return positions->len;
}

static void
add_novel (MisTextIndex *self,
           MisResource  *novel)
{
  for (guint page = 0; page < novel->page_texts->len; page++)
    {
      MisLangMap *texts = g_ptr_array_index (novel->page_texts, page);
      GHashTableIter iter;
      const char *language, *text;

      if (texts == NULL)
        continue;

      g_hash_table_iter_init (&iter, texts);
      while (g_hash_table_iter_next (&iter, (gpointer *) &language, (gpointer *) &text))
        add_entry (self, novel, language, -1, -1, (int) page, NULL, text);
    }
}

static void
add_film (MisTextIndex *self,
          MisResource  *film,
          GCancellable *cancellable)
{
  for (guint i = 0; i < film->subtitles->len; i++)
    {
      MisSubtitle *subtitle = g_ptr_array_index (film->subtitles, i);
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) cues = mis_webvtt_load (subtitle->file, cancellable, &error);

      if (cues != NULL)
        mis_text_index_add_cues (self, film, subtitle->language, cues);
      else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          /* The rest of the kit stays searchable. */
          g_warning ("%s: %s", film->id, error->message);
          g_ptr_array_add (self->warnings, g_strdup_printf ("%s: %s", film->id, error->message));
        }
    }
}

/**
 * mis_text_index_add_kit:
 *
 * Adds what the films' subtitles and the photo-novels' pages say (blocking:
 * it reads the subtitle files). Manuals are added page by page with
 * mis_text_index_add_page().
 */
void
mis_text_index_add_kit (MisTextIndex *self,
                        MisKit       *kit,
                        GCancellable *cancellable)
{
  GListModel *resources;

  g_return_if_fail (MIS_IS_TEXT_INDEX (self));
  g_return_if_fail (MIS_IS_KIT (kit));

  resources = mis_kit_get_resources (kit);
  for (guint i = 0; i < g_list_model_get_n_items (resources); i++)
    {
      g_autoptr(MisResource) resource = g_list_model_get_item (resources, i);

      if (g_cancellable_is_cancelled (cancellable))
        return;
      if (!mis_resource_get_available (resource))
        continue;

      if (resource->kind == MIS_RESOURCE_KIND_FILM)
        add_film (self, resource, cancellable);
      else if (resource->kind == MIS_RESOURCE_KIND_PHOTO_NOVEL)
        add_novel (self, resource);
    }
}

guint
mis_text_index_get_n_entries (MisTextIndex *self)
{
  g_return_val_if_fail (MIS_IS_TEXT_INDEX (self), 0);
  return self->entries->len;
}

/**
 * mis_text_index_get_entry:
 * @i: from 0 to mis_text_index_get_n_entries() - 1
 *
 * Returns: (transfer none): the entry, in the order they were added
 */
const MisTextEntry *
mis_text_index_get_entry (MisTextIndex *self,
                          guint         i)
{
  g_return_val_if_fail (MIS_IS_TEXT_INDEX (self), NULL);
  g_return_val_if_fail (i < self->entries->len, NULL);
  return g_ptr_array_index (self->entries, i);
}

/**
 * mis_text_index_get_warnings:
 *
 * Returns: (transfer none) (element-type utf8): the files that could not
 *   be read, each with its resource and the reason
 */
GPtrArray *
mis_text_index_get_warnings (MisTextIndex *self)
{
  g_return_val_if_fail (MIS_IS_TEXT_INDEX (self), NULL);
  return self->warnings;
}

typedef struct
{
  const char *language;
} SortData;

/* The kit's language first; then as the library orders resources; then in
 * the film's or the book's own order. */
static int
compare_hits (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  const MisTextEntry *x = *(const MisTextEntry * const *) a;
  const MisTextEntry *y = *(const MisTextEntry * const *) b;
  const SortData *data = user_data;
  gboolean x_first = x->language == NULL || g_strcmp0 (x->language, data->language) == 0;
  gboolean y_first = y->language == NULL || g_strcmp0 (y->language, data->language) == 0;

  if (x_first != y_first)
    return x_first ? -1 : 1;
  if (x->resource != y->resource)
    return (int) mis_resource_get_position (x->resource) - (int) mis_resource_get_position (y->resource);
  if (g_strcmp0 (x->language, y->language) != 0)
    return g_strcmp0 (x->language, y->language);
  if (x->page != y->page)
    return x->page - y->page;
  return (x->time > y->time) - (x->time < y->time);
}

/**
 * mis_text_index_search:
 * @query: what the user typed
 * @language: (nullable): the kit's language, whose hits come first
 *
 * Returns: (transfer container) (element-type MisTextEntry): the entries
 *   where every word of @query starts a word, best first; empty for an
 *   empty query
 */
GPtrArray *
mis_text_index_search (MisTextIndex *self,
                       const char   *query,
                       const char   *language)
{
  g_auto(GStrv) query_words = NULL;
  GPtrArray *hits;
  SortData data = { language };

  g_return_val_if_fail (MIS_IS_TEXT_INDEX (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  hits = g_ptr_array_new ();
  query_words = mis_search_tokenize (query);
  if (query_words == NULL || query_words[0] == NULL)
    return hits;

  for (guint i = 0; i < self->entries->len; i++)
    {
      MisTextEntry *entry = g_ptr_array_index (self->entries, i);

      if (mis_search_match ((const char * const *) query_words, (const char * const *) entry->words))
        g_ptr_array_add (hits, entry);
    }

  g_ptr_array_sort_with_data (hits, compare_hits, &data);
  return hits;
}

/* How many of the query's words start a word of @line. */
static guint
count_words (const char         *line,
             const char * const *query_words)
{
  g_auto(GStrv) words = mis_search_tokenize (line);
  guint count = 0;

  for (guint q = 0; query_words[q] != NULL; q++)
    for (guint i = 0; words != NULL && words[i] != NULL; i++)
      if (g_str_has_prefix (words[i], query_words[q]))
        {
          count++;
          break;
        }
  return count;
}

/**
 * mis_text_entry_get_snippet:
 * @max_chars: at most this many characters, an ellipsis included
 *
 * Returns: (transfer full): the line of the entry with the most words of
 *   @query (the first of them), shortened if need be
 */
char *
mis_text_entry_get_snippet (const MisTextEntry *entry,
                            const char         *query,
                            guint               max_chars)
{
  g_auto(GStrv) query_words = mis_search_tokenize (query);
  g_auto(GStrv) lines = NULL;
  g_autofree char *line = NULL;
  g_autofree char *start = NULL;
  glong length;

  g_return_val_if_fail (entry != NULL, NULL);
  g_return_val_if_fail (max_chars > 1, NULL);

  /* Cues and speech bubbles are short: all of them, on one line. */
  if (entry->time >= 0 || mis_resource_get_kind (entry->resource) == MIS_RESOURCE_KIND_PHOTO_NOVEL)
    line = g_strdup (entry->text);
  else
    {
      guint best = 0, best_count = 0;

      lines = g_strsplit (entry->text, "\n", -1);
      for (guint i = 0; lines[i] != NULL && query_words != NULL; i++)
        {
          guint count = count_words (lines[i], (const char * const *) query_words);

          if (count > best_count)
            best = i, best_count = count;
        }
      line = g_strdup (lines[best] ? lines[best] : "");
    }

  g_strdelimit (line, "\n\t\r", ' ');
  g_strstrip (line);
  length = g_utf8_strlen (line, -1);
  if (length <= (glong) max_chars)
    return g_steal_pointer (&line);

  start = g_utf8_substring (line, 0, max_chars - 1);
  return g_strconcat (start, "…", NULL);
}

/**
 * mis_text_entry_format_place:
 *
 * Returns: (transfer full): where the entry is, as the app says it:
 *   "0:23" in a film, "p. 7" (or the page's label) in a book
 */
char *
mis_text_entry_format_place (const MisTextEntry *entry)
{
  g_return_val_if_fail (entry != NULL, NULL);

  if (entry->time >= 0)
    return mis_format_duration (entry->time);
  if (entry->page_label != NULL)
    return g_strdup_printf (_("p. %s"), entry->page_label);
  return g_strdup_printf (_("p. %d"), entry->page + 1);
}

static void
build_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  g_autoptr(MisTextIndex) index = mis_text_index_new ();

  mis_text_index_add_kit (index, task_data, cancellable);
  if (!g_task_return_error_if_cancelled (task))
    g_task_return_pointer (task, g_steal_pointer (&index), g_object_unref);
}

/**
 * mis_text_index_build_async:
 *
 * Reads what the kit's films and photo-novels say, in a worker.
 */
void
mis_text_index_build_async (MisKit              *kit,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (MIS_IS_KIT (kit));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, MIS_SOURCE_TAG (mis_text_index_build_async));
  g_task_set_task_data (task, g_object_ref (kit), g_object_unref);
  g_task_run_in_thread (task, build_thread);
}

MisTextIndex *
mis_text_index_build_finish (GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == MIS_SOURCE_TAG (mis_text_index_build_async), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
mis_text_index_finalize (GObject *object)
{
  MisTextIndex *self = (MisTextIndex *)object;

  g_clear_pointer (&self->pages, g_hash_table_unref);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_pointer (&self->warnings, g_ptr_array_unref);

  G_OBJECT_CLASS (mis_text_index_parent_class)->finalize (object);
}

static void
mis_text_index_class_init (MisTextIndexClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mis_text_index_finalize;
}

static void
mis_text_index_init (MisTextIndex *self)
{
  self->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
  self->pages = g_hash_table_new_full (NULL, NULL, g_object_unref, (GDestroyNotify) g_array_unref);
  self->warnings = g_ptr_array_new_with_free_func (g_free);
}

MisTextIndex *
mis_text_index_new (void)
{
  return g_object_new (MIS_TYPE_TEXT_INDEX, NULL);
}
