/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-page-cache.c: a page turn must show the new page on the next frame, so
 * pages are decoded ahead in workers, at the size they are shown. Decoded
 * pages are kept, least recently used first out, within a bound in bytes:
 * memory stays flat however long someone reads. Two requests for the same
 * page at the same size share one decode.
 */
#define G_LOG_DOMAIN "mis-page-cache"

#include "config.h"

#include "mis-image.h"
#include "mis-page-cache.h"
#include "mis-kit-types.h"

typedef struct
{
  char       *key;
  GdkTexture *texture;
  gsize       size;
} Entry;

struct _MisPageCache
{
  GObject     parent_instance;

  gsize       max_bytes;
  gsize       bytes;
  GHashTable *entries;    /* key → GList link in lru, data Entry */
  GQueue      lru;        /* most recent at the head */
  GHashTable *in_flight;  /* key → GPtrArray of GTask waiting */
};

G_DEFINE_FINAL_TYPE (MisPageCache, mis_page_cache, G_TYPE_OBJECT)

typedef struct
{
  GFile    *file;
  int       width;
  int       height;
  char     *key;
  MisImage *image;
} DecodeJob;

static void
entry_free (Entry *entry)
{
  g_free (entry->key);
  g_clear_object (&entry->texture);
  g_free (entry);
}

static void
decode_job_free (DecodeJob *job)
{
  g_clear_object (&job->file);
  g_free (job->key);
  g_clear_pointer (&job->image, mis_image_free);
  g_free (job);
}

static char *
make_key (GFile *file,
          int    width,
          int    height)
{
  g_autofree char *uri = g_file_get_uri (file);
  return g_strdup_printf ("%s@%dx%d", uri, width, height);
}

static void
mis_page_cache_finalize (GObject *object)
{
  MisPageCache *self = (MisPageCache *)object;

  g_queue_clear_full (&self->lru, (GDestroyNotify)entry_free);
  g_clear_pointer (&self->entries, g_hash_table_unref);
  g_clear_pointer (&self->in_flight, g_hash_table_unref);

  G_OBJECT_CLASS (mis_page_cache_parent_class)->finalize (object);
}

static void
mis_page_cache_class_init (MisPageCacheClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mis_page_cache_finalize;
}

static void
mis_page_cache_init (MisPageCache *self)
{
  self->entries = g_hash_table_new (g_str_hash, g_str_equal);
  self->in_flight = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                           (GDestroyNotify)g_ptr_array_unref);
  g_queue_init (&self->lru);
}

/**
 * mis_page_cache_new:
 * @max_bytes: how much decoded pixel data to keep at most
 */
MisPageCache *
mis_page_cache_new (gsize max_bytes)
{
  MisPageCache *self = g_object_new (MIS_TYPE_PAGE_CACHE, NULL);

  self->max_bytes = max_bytes;
  return self;
}

static void
evict (MisPageCache *self)
{
  /* The newest entry always stays, even alone above the bound. */
  while (self->bytes > self->max_bytes && self->lru.length > 1)
    {
      Entry *entry = g_queue_pop_tail (&self->lru);

      g_hash_table_remove (self->entries, entry->key);
      self->bytes -= entry->size;
      g_debug ("Evicted %s", entry->key);
      entry_free (entry);
    }
}

static void
insert (MisPageCache *self,
        const char   *key,
        GdkTexture   *texture,
        gsize         size)
{
  Entry *entry;

  if (g_hash_table_contains (self->entries, key))
    return;

  entry = g_new0 (Entry, 1);
  entry->key = g_strdup (key);
  entry->texture = g_object_ref (texture);
  entry->size = size;
  g_queue_push_head (&self->lru, entry);
  g_hash_table_insert (self->entries, entry->key, self->lru.head);
  self->bytes += size;
  evict (self);
}

/**
 * mis_page_cache_lookup:
 *
 * Returns: (transfer full) (nullable): the page at that size, when decoded.
 */
GdkTexture *
mis_page_cache_lookup (MisPageCache *self,
                       GFile        *file,
                       int           width,
                       int           height)
{
  g_autofree char *key = NULL;
  GList *link;

  g_return_val_if_fail (MIS_IS_PAGE_CACHE (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  key = make_key (file, width, height);
  if (!(link = g_hash_table_lookup (self->entries, key)))
    return NULL;

  /* Used: to the front of the queue. */
  g_queue_unlink (&self->lru, link);
  g_queue_push_head_link (&self->lru, link);

  return g_object_ref (((Entry *)link->data)->texture);
}

static void
decode_worker (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  DecodeJob *job = task_data;
  GError *error = NULL;

  if (!(job->image = mis_image_decode (job->file, job->width, job->height, &error)))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/* Back on the main thread: cache the page and answer everyone waiting. */
static void
decode_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  MisPageCache *self = MIS_PAGE_CACHE (object);
  DecodeJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GPtrArray) waiting = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *key = NULL;

  /* Stolen: the table's key and list are ours now. */
  g_hash_table_steal_extended (self->in_flight, job->key, (gpointer *)&key, (gpointer *)&waiting);

  if (g_task_propagate_boolean (G_TASK (result), &error))
    {
      texture = mis_image_to_texture (job->image);
      insert (self, key, texture, mis_image_get_size (job->image));
    }

  for (guint i = 0; waiting != NULL && i < waiting->len; i++)
    {
      GTask *task = g_ptr_array_index (waiting, i);

      if (g_task_return_error_if_cancelled (task))
        continue;
      if (texture != NULL)
        g_task_return_pointer (task, g_object_ref (texture), g_object_unref);
      else
        g_task_return_error (task, g_error_copy (error));
    }
}

/**
 * mis_page_cache_load_async:
 * @width: @height: the box the page is shown in, in device pixels
 *
 * Decodes the page in a worker, or answers at once from the cache.
 */
void
mis_page_cache_load_async (MisPageCache        *self,
                           GFile               *file,
                           int                  width,
                           int                  height,
                           int                  io_priority,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GdkTexture) cached = NULL;
  g_autofree char *key = NULL;
  GPtrArray *waiting;

  g_return_if_fail (MIS_IS_PAGE_CACHE (self));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, MIS_SOURCE_TAG (mis_page_cache_load_async));

  if ((cached = mis_page_cache_lookup (self, file, width, height)) != NULL)
    {
      g_task_return_pointer (task, g_steal_pointer (&cached), g_object_unref);
      return;
    }

  key = make_key (file, width, height);
  if ((waiting = g_hash_table_lookup (self->in_flight, key)) != NULL)
    {
      g_ptr_array_add (waiting, g_steal_pointer (&task));
      return;
    }

  waiting = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (waiting, g_steal_pointer (&task));
  g_hash_table_insert (self->in_flight, g_strdup (key), waiting);

  {
    /* The decode itself is shared and not cancelled: another request may
     * still want the page, and the cache keeps it for the next turn. */
    g_autoptr(GTask) decode = g_task_new (self, NULL, decode_done_cb, NULL);
    DecodeJob *job = g_new0 (DecodeJob, 1);

    job->file = g_object_ref (file);
    job->width = width;
    job->height = height;
    job->key = g_steal_pointer (&key);
    g_task_set_task_data (decode, job, (GDestroyNotify)decode_job_free);
    g_task_set_priority (decode, io_priority);
    g_task_set_source_tag (decode, MIS_SOURCE_TAG (decode_worker));
    g_task_run_in_thread (decode, decode_worker);
  }
}

/**
 * mis_page_cache_load_finish:
 *
 * Returns: (transfer full): the page, or %NULL with @error set to a
 *   sentence naming the file.
 */
GdkTexture *
mis_page_cache_load_finish (MisPageCache  *self,
                            GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (MIS_IS_PAGE_CACHE (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

gsize
mis_page_cache_get_size (MisPageCache *self)
{
  g_return_val_if_fail (MIS_IS_PAGE_CACHE (self), 0);
  return self->bytes;
}

guint
mis_page_cache_get_n_items (MisPageCache *self)
{
  g_return_val_if_fail (MIS_IS_PAGE_CACHE (self), 0);
  return self->lru.length;
}
