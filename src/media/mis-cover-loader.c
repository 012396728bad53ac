/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-cover-loader.c: a card shows a film's poster, a photo-novel's first
 * page or a manual's first page. Decoding a 1600x1200 JPEG or rendering a
 * PDF page takes tens of milliseconds on an old laptop, so it is done in a
 * worker at the size shown; the main thread only wraps the pixels in a
 * texture. A manual's first page is rendered by its MisPdfDocument, on that
 * document's own worker, as in the manual reader. Results are cached by file
 * and size, so going back to the library costs nothing; the cache keeps the
 * covers used last within a memory bound, so a kit of thousands of
 * resources does not keep every cover it ever showed.
 */
#define G_LOG_DOMAIN "mis-cover-loader"

#include "config.h"

#include <glib/gi18n.h>

#include "mis-cover-loader.h"
#include "mis-image.h"
#include "mis-pdf-document.h"

/* About 250 card covers of 240x180, or 60 of the resource page's. */
#define DEFAULT_MAX_BYTES (48 * 1024 * 1024)

typedef struct
{
  char       *key;
  GdkTexture *texture;
  gsize       bytes;
} CacheEntry;

struct _MisCoverLoader
{
  GObject     parent_instance;
  GHashTable *textures;     /* "path@WxH" → the GList link of its CacheEntry in lru */
  GQueue      lru;          /* CacheEntry, the most recently used first */
  gsize       bytes;
  gsize       max_bytes;
  GHashTable *page_counts;  /* path → page count of a PDF */
};

G_DEFINE_FINAL_TYPE (MisCoverLoader, mis_cover_loader, G_TYPE_OBJECT)

typedef struct
{
  MisResource *resource;
  GdkTexture  *texture;
  GFile   *file;
  gboolean is_pdf;
  int      width;
  int      height;
  char    *cache_key;
  gboolean cached;
  /* Results, filled by the worker. */
  MisImage *image;
  int       page_count;
} CoverJob;

static void
cover_job_free (CoverJob *job)
{
  g_clear_object (&job->resource);
  g_clear_object (&job->texture);
  g_clear_object (&job->file);
  g_free (job->cache_key);
  g_clear_pointer (&job->image, mis_image_free);
  g_free (job);
}

static void
cache_entry_free (CacheEntry *entry)
{
  g_free (entry->key);
  g_object_unref (entry->texture);
  g_free (entry);
}

static GdkTexture *
cache_lookup (MisCoverLoader *self,
              const char     *key)
{
  GList *link = g_hash_table_lookup (self->textures, key);

  if (link == NULL)
    return NULL;

  g_queue_unlink (&self->lru, link);
  g_queue_push_head_link (&self->lru, link);
  return ((CacheEntry *) link->data)->texture;
}

/* Keeps @texture, then forgets the covers used longest ago until the cache
 * is within its bound again (the newest stays, whatever its size). */
static void
cache_insert (MisCoverLoader *self,
              const char     *key,
              GdkTexture     *texture)
{
  CacheEntry *entry;

  if (g_hash_table_contains (self->textures, key))
    return;

  entry = g_new0 (CacheEntry, 1);
  entry->key = g_strdup (key);
  entry->texture = g_object_ref (texture);
  entry->bytes = (gsize) gdk_texture_get_width (texture) * gdk_texture_get_height (texture) * 4; /* at most: RGBA */
  g_queue_push_head (&self->lru, entry);
  g_hash_table_insert (self->textures, entry->key, self->lru.head);
  self->bytes += entry->bytes;

  while (self->bytes > self->max_bytes && self->lru.length > 1)
    {
      CacheEntry *oldest = g_queue_pop_tail (&self->lru);

      g_hash_table_remove (self->textures, oldest->key);
      self->bytes -= oldest->bytes;
      cache_entry_free (oldest);
    }
}

static void
mis_cover_loader_finalize (GObject *object)
{
  MisCoverLoader *self = (MisCoverLoader *)object;

  g_clear_pointer (&self->textures, g_hash_table_unref);
  g_queue_clear_full (&self->lru, (GDestroyNotify) cache_entry_free);
  g_clear_pointer (&self->page_counts, g_hash_table_unref);

  G_OBJECT_CLASS (mis_cover_loader_parent_class)->finalize (object);
}

static void
mis_cover_loader_class_init (MisCoverLoaderClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mis_cover_loader_finalize;
}

static void
mis_cover_loader_init (MisCoverLoader *self)
{
  self->textures = g_hash_table_new (g_str_hash, g_str_equal);
  self->max_bytes = DEFAULT_MAX_BYTES;
  self->page_counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/**
 * mis_cover_loader_get_default:
 *
 * Returns: (transfer none): the app's cover loader.
 */
MisCoverLoader *
mis_cover_loader_get_default (void)
{
  static MisCoverLoader *instance;

  if (instance == NULL)
    instance = mis_cover_loader_new (DEFAULT_MAX_BYTES);

  return instance;
}

/**
 * mis_cover_loader_new:
 * @max_bytes: how much memory the cached covers may take
 */
MisCoverLoader *
mis_cover_loader_new (gsize max_bytes)
{
  MisCoverLoader *self = g_object_new (MIS_TYPE_COVER_LOADER, NULL);

  self->max_bytes = max_bytes;
  return self;
}

/* The memory the cached covers take now. */
gsize
mis_cover_loader_get_cached_bytes (MisCoverLoader *self)
{
  g_return_val_if_fail (MIS_IS_COVER_LOADER (self), 0);
  return self->bytes;
}

static void
cover_worker (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  CoverJob *job = task_data;
  g_autoptr(GError) error = NULL;

  if (g_task_return_error_if_cancelled (task))
    return;

  if ((job->image = mis_image_decode (job->file, job->width, job->height, &error)) == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
pdf_rendered_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  CoverJob *job = g_task_get_task_data (task);
  GError *error = NULL;

  if ((job->texture = mis_pdf_document_render_finish (MIS_PDF_DOCUMENT (object), result, &error)) == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/* The first page, as large as fits the box. */
static void
pdf_loaded_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  CoverJob *job = g_task_get_task_data (task);
  GError *error = NULL;
  g_autoptr(MisPdfDocument) document = mis_pdf_document_load_finish (result, &error);
  GCancellable *cancellable;
  double page_width, page_height;
  int priority;

  if (document == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  job->page_count = (int)mis_pdf_document_get_n_pages (document);
  mis_pdf_document_get_page_size (document, 0, &page_width, &page_height);
  priority = g_task_get_priority (task);
  cancellable = g_task_get_cancellable (task);
  mis_pdf_document_render_async (document, 0, MIN (job->width / page_width, job->height / page_height), NULL,
                                 priority, cancellable, pdf_rendered_cb, g_steal_pointer (&task));
}

/**
 * mis_cover_loader_load_async:
 * @width: @height: the box the cover is shown in, in device pixels
 *
 * Makes the resource's cover. For a manual, also tells the resource its page
 * count once the PDF has been opened.
 */
void
mis_cover_loader_load_async (MisCoverLoader      *self,
                             MisResource         *resource,
                             int                  width,
                             int                  height,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *path = NULL;
  GFile *file;
  CoverJob *job;

  g_return_if_fail (MIS_IS_COVER_LOADER (self));
  g_return_if_fail (MIS_IS_RESOURCE (resource));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, MIS_SOURCE_TAG (mis_cover_loader_load_async));
  g_task_set_priority (task, G_PRIORITY_LOW);

  file = mis_resource_get_cover_file (resource);
  if (file == NULL || (path = g_file_get_path (file)) == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("No cover picture"));
      return;
    }

  job = g_new0 (CoverJob, 1);
  job->resource = g_object_ref (resource);
  job->file = g_object_ref (file);
  job->is_pdf = mis_resource_get_kind (resource) == MIS_RESOURCE_KIND_MANUAL;
  job->width = MAX (width, 1);
  job->height = MAX (height, 1);
  job->cache_key = g_strdup_printf ("%s@%dx%d", path, job->width, job->height);
  g_task_set_task_data (task, job, (GDestroyNotify)cover_job_free);

  if ((job->texture = cache_lookup (self, job->cache_key)) != NULL)
    {
      g_object_ref (job->texture);
      job->cached = TRUE;
      job->page_count = GPOINTER_TO_INT (g_hash_table_lookup (self->page_counts, path));
      g_task_return_boolean (task, TRUE);
      return;
    }

  if (job->is_pdf)
    mis_pdf_document_load_async (file, NULL, cancellable, pdf_loaded_cb, g_steal_pointer (&task));
  else
    g_task_run_in_thread (task, cover_worker);
}

/**
 * mis_cover_loader_load_finish:
 *
 * Returns: (transfer full): the cover, or %NULL with @error set.
 */
GdkTexture *
mis_cover_loader_load_finish (MisCoverLoader  *self,
                              GAsyncResult    *result,
                              GError         **error)
{
  CoverJob *job;

  g_return_val_if_fail (MIS_IS_COVER_LOADER (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == MIS_SOURCE_TAG (mis_cover_loader_load_async), NULL);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return NULL;

  job = g_task_get_task_data (G_TASK (result));

  if (job->is_pdf && job->page_count > 0)
    {
      g_hash_table_replace (self->page_counts, g_file_get_path (job->file),
                            GINT_TO_POINTER (job->page_count));
      mis_resource_set_page_count (job->resource, job->page_count);
    }

  if (job->texture == NULL)
    job->texture = mis_image_to_texture (job->image);
  if (!job->cached)
    {
      cache_insert (self, job->cache_key, job->texture);
      job->cached = TRUE;
    }

  return g_object_ref (job->texture);
}
