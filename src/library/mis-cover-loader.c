/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-cover-loader.c: a card shows a film's poster, a photo-novel's first
 * page or a manual's first page. Decoding a 1600x1200 JPEG or rendering a
 * PDF page takes tens of milliseconds on an old laptop, so it is done in a
 * worker at the size shown; the main thread only wraps the pixels in a
 * texture. Each PDF is opened by the one job that renders it, so no poppler
 * document is ever shared between threads. Results are cached by file and
 * size, so going back to the library costs nothing.
 */
#define G_LOG_DOMAIN "mis-cover-loader"

#include "config.h"

#include <glib/gi18n.h>
#include <poppler.h>

#include "mis-cover-loader.h"
#include "mis-image.h"

struct _MisCoverLoader
{
  GObject     parent_instance;
  GHashTable *textures;     /* "path@WxH" → GdkTexture */
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
mis_cover_loader_finalize (GObject *object)
{
  MisCoverLoader *self = (MisCoverLoader *)object;

  g_clear_pointer (&self->textures, g_hash_table_unref);
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
  self->textures = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
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
    instance = g_object_new (MIS_TYPE_COVER_LOADER, NULL);

  return instance;
}

static gboolean
render_pdf (CoverJob      *job,
            GCancellable  *cancellable,
            GError       **error)
{
  /* poppler-glib 22.12 defines no autoptr cleanups. */
  PopplerDocument *document;
  PopplerPage *page;
  cairo_surface_t *surface;
  cairo_t *cr;
  double page_width, page_height, scale;

  if (!(document = poppler_document_new_from_gfile (job->file, NULL, cancellable, error)))
    return FALSE;

  job->page_count = poppler_document_get_n_pages (document);
  page = job->page_count > 0 ? poppler_document_get_page (document, 0) : NULL;
  g_object_unref (document);
  if (page == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("The manual has no pages"));
      return FALSE;
    }

  poppler_page_get_size (page, &page_width, &page_height);
  page_width = CLAMP (page_width, 1, 14400);
  page_height = CLAMP (page_height, 1, 14400);
  scale = MIN (job->width / page_width, job->height / page_height);
  job->image = g_new0 (MisImage, 1);
  job->image->width = MAX (1, (int)(page_width * scale));
  job->image->height = MAX (1, (int)(page_height * scale));

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, job->image->width, job->image->height);
  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  poppler_page_render (page, cr);
  g_object_unref (page);
  /* Paper is white: paint it under what the page drew. */
  cairo_set_operator (cr, CAIRO_OPERATOR_DEST_OVER);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  /* Cairo's ARGB32 is GDK's default memory format. */
  job->image->stride = cairo_image_surface_get_stride (surface);
  job->image->format = GDK_MEMORY_DEFAULT;
  job->image->pixels = g_bytes_new (cairo_image_surface_get_data (surface),
                                    job->image->stride * job->image->height);
  cairo_surface_destroy (surface);
  return TRUE;
}

static void
cover_worker (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  CoverJob *job = task_data;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (g_task_return_error_if_cancelled (task))
    return;

  if (job->is_pdf)
    ok = render_pdf (job, cancellable, &error);
  else
    ok = (job->image = mis_image_decode (job->file, job->width, job->height, &error)) != NULL;

  if (!ok)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
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

  if ((job->texture = g_hash_table_lookup (self->textures, job->cache_key)) != NULL)
    {
      g_object_ref (job->texture);
      job->page_count = GPOINTER_TO_INT (g_hash_table_lookup (self->page_counts, path));
      g_task_return_boolean (task, TRUE);
      return;
    }

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
  g_autoptr(GdkTexture) texture = NULL;

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

  if (job->texture != NULL)
    return g_object_ref (job->texture);

  texture = mis_image_to_texture (job->image);
  job->texture = g_object_ref (texture);
  g_hash_table_replace (self->textures, g_strdup (job->cache_key), g_object_ref (texture));

  return g_steal_pointer (&texture);
}
