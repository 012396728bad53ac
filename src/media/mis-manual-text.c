/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-manual-text.c: the text of every page of a manual, read through the
 * manual's own PDF worker (as the reader reads it), then added to the
 * index on the main thread, with each page's label and the manual's
 * language. The document is closed once its last page is read.
 *
 * Reading a manual's text is the slow part of the index: with a cache
 * folder (never in private mode), the pages are kept there, one key file
 * per manual named by a hash of its path, valid while the file keeps its
 * size and modification time; the next start reads that instead, in a
 * worker, and writes it there (atomically) after a first reading.
 */
#define G_LOG_DOMAIN "mis-manual-text"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>

#include "mis-manual-text.h"

#define CACHE_GROUP "manual"

typedef struct
{
  MisTextIndex   *index;
  MisResource    *manual;
  MisPdfDocument *document;
  guint           pending;
  GError         *error;
  char           *cache_path;   /* NULL: no cache */
  GPtrArray      *labels;       /* per page, for the cache; NULL entries */
  GPtrArray      *texts;
} AddData;

static void
add_data_free (AddData *data)
{
  g_object_unref (data->index);
  g_object_unref (data->manual);
  g_clear_object (&data->document);
  g_clear_error (&data->error);
  g_free (data->cache_path);
  g_clear_pointer (&data->labels, g_ptr_array_unref);
  g_clear_pointer (&data->texts, g_ptr_array_unref);
  g_free (data);
}

/* "size mtime": what must not have changed since the text was cached. */
static char *
file_stamp (GFile *file)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_TIME_MODIFIED,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);

  if (info == NULL)
    return NULL;
  return g_strdup_printf ("%" G_GOFFSET_FORMAT " %" G_GUINT64_FORMAT, g_file_info_get_size (info),
                          g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED));
}

/* In a worker: the cached pages, if the cache says this very file. */
static void
read_cache_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  AddData *data = task_data;
  g_autoptr(GKeyFile) cache = g_key_file_new ();
  g_autofree char *stamp = file_stamp (mis_resource_get_file (data->manual));
  g_autofree char *cached_stamp = NULL;
  g_auto(GStrv) labels = NULL;
  g_auto(GStrv) texts = NULL;
  gsize n_labels = 0, n_texts = 0;

  if (stamp == NULL || !g_key_file_load_from_file (cache, data->cache_path, G_KEY_FILE_NONE, NULL) ||
      !(cached_stamp = g_key_file_get_string (cache, CACHE_GROUP, "stamp", NULL)) ||
      strcmp (stamp, cached_stamp) != 0 ||
      !(labels = g_key_file_get_string_list (cache, CACHE_GROUP, "labels", &n_labels, NULL)) ||
      !(texts = g_key_file_get_string_list (cache, CACHE_GROUP, "texts", &n_texts, NULL)) ||
      n_labels != n_texts)
    {
      g_task_return_pointer (task, NULL, NULL);
      return;
    }

  /* The labels travel with the texts: a page's label, "" for none. Set
   * before returning, which hands the task to the main thread. */
  g_object_set_data_full (G_OBJECT (task), "mis-labels", g_steal_pointer (&labels), (GDestroyNotify) g_strfreev);
  g_task_return_pointer (task, g_steal_pointer (&texts), (GDestroyNotify) g_strfreev);
}

static void
write_cache_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  AddData *data = task_data;
  g_autoptr(GKeyFile) cache = g_key_file_new ();
  g_autofree char *stamp = file_stamp (mis_resource_get_file (data->manual));
  g_autofree char *dir = g_path_get_dirname (data->cache_path);
  g_autoptr(GError) error = NULL;

  if (stamp != NULL)
    {
      g_key_file_set_string (cache, CACHE_GROUP, "stamp", stamp);
      g_key_file_set_string_list (cache, CACHE_GROUP, "labels", (const char * const *) data->labels->pdata, data->labels->len);
      g_key_file_set_string_list (cache, CACHE_GROUP, "texts", (const char * const *) data->texts->pdata, data->texts->len);
      if (g_mkdir_with_parents (dir, 0700) != 0 || !g_key_file_save_to_file (cache, data->cache_path, &error))
        g_debug ("The manual's text could not be cached: %s", error ? error->message : g_strerror (errno));
    }
  g_task_return_boolean (task, TRUE);
}

typedef struct
{
  GTask *task;
  guint  page;
} PageRequest;

static void
finish_if_done (GTask *task)
{
  AddData *data = g_task_get_task_data (task);

  if (data->pending > 0)
    return;
  if (data->error != NULL)
    {
      g_task_return_error (task, g_steal_pointer (&data->error));
      return;
    }

  /* Every page read: kept for the next start, then done. */
  if (data->cache_path != NULL && !g_task_return_error_if_cancelled (task))
    {
      g_autoptr(GTask) writer = g_task_new (NULL, NULL, NULL, NULL);

      g_ptr_array_add (data->labels, NULL);
      g_ptr_array_add (data->texts, NULL);
      g_task_set_task_data (writer, g_task_get_task_data (task), NULL);
      /* The writer borrows the data: the task it belongs to waits for it. */
      g_object_set_data_full (G_OBJECT (writer), "mis-owner", g_object_ref (task), g_object_unref);
      g_task_run_in_thread (writer, write_cache_thread);
    }
  if (!g_task_had_error (task))
    g_task_return_boolean (task, TRUE);
}

static void
page_text_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autofree PageRequest *request = user_data;
  g_autoptr(GTask) task = request->task;
  AddData *data = g_task_get_task_data (task);
  MisPdfDocument *document = MIS_PDF_DOCUMENT (object);
  g_autoptr(GError) error = NULL;
  g_autoptr(MisPdfText) text = mis_pdf_document_get_text_finish (document, result, &error);

  if (text != NULL)
    {
      const char *label = mis_pdf_document_has_page_labels (document)
                            ? mis_pdf_document_get_page_label (document, request->page) : NULL;

      mis_text_index_add_page (data->index, data->manual, (int) request->page, label,
                               mis_resource_get_language (data->manual), text->text);
      if (data->texts != NULL)
        {
          g_free (g_ptr_array_index (data->labels, request->page));
          g_ptr_array_index (data->labels, request->page) = g_strdup (label ? label : "");
          g_free (g_ptr_array_index (data->texts, request->page));
          g_ptr_array_index (data->texts, request->page) = g_strdup (text->text);
        }
    }
  else if (data->error == NULL)
    data->error = g_steal_pointer (&error);

  data->pending--;
  finish_if_done (task);
}

static void
document_loaded_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  AddData *data = g_task_get_task_data (task);
  GError *error = NULL;
  guint n;

  if (!(data->document = mis_pdf_document_load_finish (result, &error)))
    {
      g_task_return_error (task, error);
      return;
    }

  n = mis_pdf_document_get_n_pages (data->document);
  data->pending = n;
  if (data->cache_path != NULL)
    {
      data->labels = g_ptr_array_new_full (n + 1, g_free);
      data->texts = g_ptr_array_new_full (n + 1, g_free);
      g_ptr_array_set_size (data->labels, n);
      g_ptr_array_set_size (data->texts, n);
    }
  for (guint page = 0; page < n; page++)
    {
      PageRequest *request = g_new0 (PageRequest, 1);

      request->task = g_object_ref (task);
      request->page = page;
      mis_pdf_document_get_text_async (data->document, page, g_task_get_cancellable (task), page_text_cb, request);
    }
  finish_if_done (task);
}

static void
cache_read_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  GTask *task = user_data;
  AddData *data = g_task_get_task_data (task);
  g_auto(GStrv) texts = g_task_propagate_pointer (G_TASK (result), NULL);
  char **labels = g_object_get_data (G_OBJECT (result), "mis-labels");

  if (g_task_return_error_if_cancelled (task))
    {
      g_object_unref (task);
      return;
    }

  if (texts == NULL)
    {
      /* Not cached, or for another version of the file: read it. */
      mis_pdf_document_load_async (mis_resource_get_file (data->manual), NULL, g_task_get_cancellable (task),
                                   document_loaded_cb, task);
      return;
    }

  for (guint page = 0; texts[page] != NULL; page++)
    mis_text_index_add_page (data->index, data->manual, (int) page, *labels[page] ? labels[page] : NULL,
                             mis_resource_get_language (data->manual), texts[page]);
  g_task_return_boolean (task, TRUE);
  g_object_unref (task);
}

/**
 * mis_manual_text_add_async:
 * @cache_dir: (nullable): where the pages' text is kept between starts;
 *   %NULL to keep nothing (private mode)
 *
 * Adds every page of @manual to @index, one entry per page.
 */
void
mis_manual_text_add_async (MisTextIndex        *index,
                           MisResource         *manual,
                           const char          *cache_dir,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  GTask *task;
  AddData *data;

  g_return_if_fail (MIS_IS_TEXT_INDEX (index));
  g_return_if_fail (MIS_IS_RESOURCE (manual));
  g_return_if_fail (mis_resource_get_kind (manual) == MIS_RESOURCE_KIND_MANUAL);

  data = g_new0 (AddData, 1);
  data->index = g_object_ref (index);
  data->manual = g_object_ref (manual);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, MIS_SOURCE_TAG (mis_manual_text_add_async));
  g_task_set_task_data (task, data, (GDestroyNotify) add_data_free);

  if (cache_dir != NULL)
    {
      g_autofree char *uri = g_file_get_uri (mis_resource_get_file (manual));
      g_autofree char *name = g_compute_checksum_for_string (G_CHECKSUM_SHA256, uri, -1);
      g_autoptr(GTask) reader = g_task_new (NULL, cancellable, cache_read_cb, task);

      data->cache_path = g_build_filename (cache_dir, name, NULL);
      g_task_set_task_data (reader, data, NULL);
      g_task_run_in_thread (reader, read_cache_thread);
      return;
    }

  mis_pdf_document_load_async (mis_resource_get_file (manual), NULL, cancellable, document_loaded_cb, task);
}

/**
 * mis_manual_text_add_finish:
 *
 * Returns: %FALSE with a message if the manual (or a page) could not be
 *   read; the pages read before are in the index all the same
 */
gboolean
mis_manual_text_add_finish (GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == MIS_SOURCE_TAG (mis_manual_text_add_async), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
