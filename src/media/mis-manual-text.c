/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-manual-text.c: the text of every page of a manual, read through the
 * manual's own PDF worker (as the reader reads it), then added to the
 * index on the main thread, with each page's label and the manual's
 * language. The document is closed once its last page is read.
 */
#define G_LOG_DOMAIN "mis-manual-text"

#include "config.h"

#include "mis-manual-text.h"

typedef struct
{
  MisTextIndex   *index;
  MisResource    *manual;
  MisPdfDocument *document;
  guint           pending;
  GError         *error;
} AddData;

static void
add_data_free (AddData *data)
{
  g_object_unref (data->index);
  g_object_unref (data->manual);
  g_clear_object (&data->document);
  g_clear_error (&data->error);
  g_free (data);
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
    g_task_return_error (task, g_steal_pointer (&data->error));
  else
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
    mis_text_index_add_page (data->index, data->manual, (int) request->page,
                             mis_pdf_document_has_page_labels (document)
                               ? mis_pdf_document_get_page_label (document, request->page) : NULL,
                             mis_resource_get_language (data->manual), text->text);
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
  for (guint page = 0; page < n; page++)
    {
      PageRequest *request = g_new0 (PageRequest, 1);

      request->task = g_object_ref (task);
      request->page = page;
      mis_pdf_document_get_text_async (data->document, page, g_task_get_cancellable (task), page_text_cb, request);
    }
  finish_if_done (task);
}

/**
 * mis_manual_text_add_async:
 *
 * Adds every page of @manual to @index, one entry per page.
 */
void
mis_manual_text_add_async (MisTextIndex        *index,
                           MisResource         *manual,
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
