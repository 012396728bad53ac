/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-pdf-jobs.c: what a manual's worker does once it is open: render a
 * page or a part of it at a scale, read a page's text with each
 * character's box, search every page (the matches of each page reported as
 * it is searched) and draw pages for printing. Each runs on the document's
 * worker; each result comes back on the caller's main context.
 */
#define G_LOG_DOMAIN "mis-pdf-document"

#include "config.h"

#include <glib/gi18n.h>

#include "mis-idle.h"
#include "mis-kit-types.h"
#include "mis-pdf-document-private.h"

/* A rendered area larger than this is refused: the view renders big zooms
 * in pieces. 8192² fits GL's usual texture limit. */
#define MAX_RENDER_SIDE 8192
#define MAX_RENDER_PIXELS (48 * 1024 * 1024)

/* Rendering ------------------------------------------------------------------ */

typedef struct
{
  guint           page;
  double          scale;
  graphene_rect_t area;
} RenderData;

typedef struct
{
  GBytes *pixels;
  int     width;
  int     height;
  gsize   stride;
} Rendered;

static void
rendered_free (Rendered *rendered)
{
  g_bytes_unref (rendered->pixels);
  g_free (rendered);
}

/* The page is opaque once on white paper: its pixels are packed as RGB,
 * a quarter smaller, and the format GTK 4.8's cairo renderer (chosen on
 * software rasterisers) converts several times faster than cairo's own
 * premultiplied ARGB at each frame that draws the page (see mis-image.c). */
static GBytes *
pack_rgb (cairo_surface_t *surface,
          gsize           *out_stride)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  gsize src_stride = (gsize)cairo_image_surface_get_stride (surface);
  const guchar *src = cairo_image_surface_get_data (surface);
  gsize stride = ((gsize)width * 3 + 3) & ~(gsize)3;
  guchar *dst = g_malloc (stride * height);

  for (int y = 0; y < height; y++)
    {
      const guint32 *s = (const guint32 *)(src + y * src_stride);
      guchar *d = dst + y * stride;

      /* CAIRO_FORMAT_ARGB32: a native-endian 0xAARRGGBB word. */
      for (int x = 0; x < width; x++, d += 3)
        {
          d[0] = s[x] >> 16;
          d[1] = s[x] >> 8;
          d[2] = s[x];
        }
    }

  *out_stride = stride;
  return g_bytes_new_take (dst, stride * height);
}

static void
render_job (MisPdfDocument *self,
            GTask          *task)
{
  RenderData *data = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  PopplerPage *page = _mis_pdf_document_get_page (self, data->page, &error);
  cairo_surface_t *surface;
  cairo_t *cr;
  Rendered *rendered;
  int width = (int)ceil (data->area.size.width);
  int height = (int)ceil (data->area.size.height);

  if (page == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  cairo_translate (cr, -data->area.origin.x, -data->area.origin.y);
  cairo_scale (cr, data->scale, data->scale);
  poppler_page_render (page, cr);
  /* Paper is white under what the page leaves transparent. */
  cairo_set_operator (cr, CAIRO_OPERATOR_DEST_OVER);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  g_object_unref (page);

  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      g_task_return_new_error (task, MIS_PDF_ERROR, MIS_PDF_ERROR_PAGE,
                               _("Page %u cannot be drawn (%s)."), data->page + 1,
                               cairo_status_to_string (cairo_surface_status (surface)));
      cairo_surface_destroy (surface);
      return;
    }

  rendered = g_new0 (Rendered, 1);
  rendered->width = width;
  rendered->height = height;
  rendered->pixels = pack_rgb (surface, &rendered->stride);
  cairo_surface_destroy (surface);
  g_task_return_pointer (task, rendered, (GDestroyNotify)rendered_free);
}

/**
 * mis_pdf_document_render_async:
 * @scale: device pixels per point
 * @area: (nullable): the part of the page to render, in device pixels of
 *   the page at @scale; NULL for all of it
 * @priority: lower runs first
 *
 * Renders on the worker; the texture is opaque (white paper).
 */
void
mis_pdf_document_render_async (MisPdfDocument        *self,
                               guint                  page,
                               double                 scale,
                               const graphene_rect_t *area,
                               int                    priority,
                               GCancellable          *cancellable,
                               GAsyncReadyCallback    callback,
                               gpointer               user_data)
{
  g_autoptr(GTask) task = NULL;
  RenderData *data;
  double width, height;

  g_return_if_fail (MIS_IS_PDF_DOCUMENT (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, MIS_SOURCE_TAG (mis_pdf_document_render_async));
  g_task_set_priority (task, priority);

  if (page >= self->n_pages || !(scale > 0))
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, "No such page");
      return;
    }

  data = g_new0 (RenderData, 1);
  data->page = page;
  data->scale = scale;
  width = ceil (self->pages[page].width * scale);
  height = ceil (self->pages[page].height * scale);
  if (area != NULL)
    graphene_rect_intersection (area, &GRAPHENE_RECT_INIT (0, 0, width, height), &data->area);
  else
    graphene_rect_init (&data->area, 0, 0, width, height);
  graphene_rect_round_extents (&data->area, &data->area);
  g_task_set_task_data (task, data, g_free);

  if (data->area.size.width < 1 || data->area.size.height < 1 ||
      data->area.size.width > MAX_RENDER_SIDE || data->area.size.height > MAX_RENDER_SIDE ||
      data->area.size.width * data->area.size.height > MAX_RENDER_PIXELS)
    {
      g_task_return_new_error (task, MIS_PDF_ERROR, MIS_PDF_ERROR_PAGE,
                               _("Page %u is too large to be drawn at this zoom."), page + 1);
      return;
    }

  _mis_pdf_document_queue_job (self, g_steal_pointer (&task), render_job);
}

/* Returns: (transfer full): the rendered area; made here, on the main thread */
GdkTexture *
mis_pdf_document_render_finish (MisPdfDocument  *self,
                                GAsyncResult    *result,
                                GError         **error)
{
  Rendered *rendered;
  GdkTexture *texture;

  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  if (!(rendered = g_task_propagate_pointer (G_TASK (result), error)))
    return NULL;

  texture = gdk_memory_texture_new (rendered->width, rendered->height, GDK_MEMORY_R8G8B8,
                                    rendered->pixels, rendered->stride);
  rendered_free (rendered);
  return texture;
}

/* Text ----------------------------------------------------------------------- */

static void
text_job (MisPdfDocument *self,
          GTask          *task)
{
  guint index = GPOINTER_TO_UINT (g_task_get_task_data (task));
  g_autoptr(GError) error = NULL;
  PopplerPage *page = _mis_pdf_document_get_page (self, index, &error);
  PopplerRectangle *rects = NULL;
  guint n_rects = 0;
  MisPdfText *text;
  glong n_chars;

  if (page == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  text = g_new0 (MisPdfText, 1);
  text->text = poppler_page_get_text (page);
  if (text->text == NULL)
    text->text = g_strdup ("");
  n_chars = g_utf8_strlen (text->text, -1);

  /* One area per character of the text, in the same order. */
  if (!poppler_page_get_text_layout (page, &rects, &n_rects))
    n_rects = 0;
  text->n_areas = MIN (n_rects, (guint)n_chars);
  text->areas = g_new0 (graphene_rect_t, MAX (text->n_areas, 1));
  for (guint i = 0; i < text->n_areas; i++)
    graphene_rect_init (&text->areas[i], rects[i].x1, rects[i].y1,
                        rects[i].x2 - rects[i].x1, rects[i].y2 - rects[i].y1);

  g_free (rects);
  g_object_unref (page);
  g_task_return_pointer (task, text, (GDestroyNotify)mis_pdf_text_free);
}

void
mis_pdf_document_get_text_async (MisPdfDocument      *self,
                                 guint                page,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (MIS_IS_PDF_DOCUMENT (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, MIS_SOURCE_TAG (mis_pdf_document_get_text_async));
  g_task_set_priority (task, G_PRIORITY_LOW);
  g_task_set_task_data (task, GUINT_TO_POINTER (page), NULL);
  _mis_pdf_document_queue_job (self, task, text_job);
}

/* Returns: (transfer full): the page's text and where each character is */
MisPdfText *
mis_pdf_document_get_text_finish (MisPdfDocument  *self,
                                  GAsyncResult    *result,
                                  GError         **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Search --------------------------------------------------------------------- */

typedef struct
{
  char               *text;
  MisPdfProgressFunc  progress;
  gpointer            user_data;
  GMainContext       *context;
} FindData;

static void
find_data_free (FindData *data)
{
  g_free (data->text);
  g_main_context_unref (data->context);
  g_free (data);
}

typedef struct
{
  GTask     *task;
  double     fraction;
  GPtrArray *found;
} Progress;

static gboolean
progress_cb (gpointer user_data)
{
  Progress *progress = user_data;
  FindData *data = g_task_get_task_data (progress->task);
  GCancellable *cancellable = g_task_get_cancellable (progress->task);

  if (data->progress != NULL && !g_cancellable_is_cancelled (cancellable))
    data->progress (progress->fraction, progress->found, data->user_data);
  return G_SOURCE_REMOVE;
}

static void
progress_free (gpointer user_data)
{
  Progress *progress = user_data;

  g_object_unref (progress->task);
  g_ptr_array_unref (progress->found);
  g_free (progress);
}

/* Accents dropped: poppler then ignores them on the page's side too (it
 * does so only for a plain ASCII query), so "securite" and "sécurité" both
 * find "Sécurité". Case is ignored by poppler. */
static char *
fold_query (const char *text)
{
  g_autofree char *decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_NFD);
  GString *out = g_string_new (NULL);

  for (const char *p = decomposed; p != NULL && *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_type (c) != G_UNICODE_NON_SPACING_MARK)
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static void
find_job (MisPdfDocument *self,
          GTask          *task)
{
  FindData *data = g_task_get_task_data (task);
  g_autoptr(GPtrArray) matches = g_ptr_array_new_with_free_func ((GDestroyNotify)mis_pdf_match_free);
  gint64 last_report = 0;
  guint reported = 0;   /* matches already reported */

  for (guint i = 0; i < self->n_pages; i++)
    {
      PopplerPage *page;
      GList *rects;
      MisPdfMatch *match = NULL;
      double width, height;
      gint64 now;

      if (g_task_return_error_if_cancelled (task))
        return;
      if (_mis_pdf_workers_stopping ())
        {
          g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "The app is closing");
          return;
        }

      if ((page = poppler_document_get_page (self->document, i)) == NULL)
        continue;

      poppler_page_get_size (page, &width, &height);
      rects = poppler_page_find_text_with_options (page, data->text,
                                                   POPPLER_FIND_IGNORE_DIACRITICS | POPPLER_FIND_MULTILINE);
      for (GList *l = rects; l != NULL; l = l->next)
        {
          PopplerRectangle *rect = l->data;
          graphene_rect_t area;

          if (match == NULL)
            {
              match = g_new0 (MisPdfMatch, 1);
              match->page = (int)i;
              match->areas = g_array_new (FALSE, FALSE, sizeof (graphene_rect_t));
              g_ptr_array_add (matches, match);
            }

          /* poppler counts from the bottom of the page. */
          graphene_rect_init (&area, MIN (rect->x1, rect->x2), height - MAX (rect->y1, rect->y2),
                              ABS (rect->x2 - rect->x1), ABS (rect->y2 - rect->y1));
          g_array_append_val (match->areas, area);

          if (!poppler_rectangle_find_get_match_continued (rect))
            match = NULL;
        }
      g_list_free_full (rects, (GDestroyNotify)poppler_rectangle_free);
      g_object_unref (page);

      /* A page's matches as soon as it is searched, so that they show at
       * once; otherwise a few reports a second are enough for a progress bar. */
      now = g_get_monotonic_time ();
      if (data->progress != NULL &&
          (matches->len > reported || now - last_report > 50000 || i + 1 == self->n_pages))
        {
          Progress *progress = g_new0 (Progress, 1);

          last_report = now;
          progress->task = g_object_ref (task);
          progress->fraction = (double)(i + 1) / self->n_pages;
          progress->found = g_ptr_array_new_full (matches->len - reported, (GDestroyNotify)mis_pdf_match_free);
          for (; reported < matches->len; reported++)
            g_ptr_array_add (progress->found, mis_pdf_match_copy (g_ptr_array_index (matches, reported)));
          mis_idle_add_to (data->context, G_PRIORITY_DEFAULT, progress_cb, progress, progress_free);
        }
    }

  g_task_return_pointer (task, g_steal_pointer (&matches), (GDestroyNotify)g_ptr_array_unref);
}

/**
 * mis_pdf_document_find_async:
 * @progress: (nullable) (scope notified): called on the calling thread's
 *   main context as pages are searched, with the matches found on them,
 *   until @cancellable is cancelled; every call comes before @callback
 *
 * Searches every page, ignoring case and accents.
 */
void
mis_pdf_document_find_async (MisPdfDocument      *self,
                             const char          *text,
                             MisPdfProgressFunc   progress,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  GTask *task;
  FindData *data;

  g_return_if_fail (MIS_IS_PDF_DOCUMENT (self));
  g_return_if_fail (text != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, MIS_SOURCE_TAG (mis_pdf_document_find_async));
  g_task_set_priority (task, G_PRIORITY_DEFAULT + 10);
  data = g_new0 (FindData, 1);
  data->text = fold_query (text);
  data->progress = progress;
  data->user_data = user_data;
  data->context = g_main_context_ref_thread_default ();
  g_task_set_task_data (task, data, (GDestroyNotify)find_data_free);
  _mis_pdf_document_queue_job (self, task, find_job);
}

/* Returns: (transfer full) (element-type MisPdfMatch): in page order */
GPtrArray *
mis_pdf_document_find_finish (MisPdfDocument  *self,
                              GAsyncResult    *result,
                              GError         **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Printing ------------------------------------------------------------------- */

typedef struct
{
  guint    page;
  cairo_t *cr;
} PrintData;

static void
print_data_free (PrintData *data)
{
  cairo_destroy (data->cr);
  g_free (data);
}

static void
print_job (MisPdfDocument *self,
           GTask          *task)
{
  PrintData *data = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  PopplerPage *page = _mis_pdf_document_get_page (self, data->page, &error);

  if (page == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  cairo_save (data->cr);
  poppler_page_render_for_printing (page, data->cr);
  cairo_restore (data->cr);
  g_object_unref (page);
  g_task_return_boolean (task, TRUE);
}

/**
 * mis_pdf_document_print_async:
 * @cr: the printer's cairo context, scaled to points; the caller leaves it
 *   alone until the job is done
 *
 * Draws @page for printing on the worker, as Evince does: the print
 * operation defers the page until then.
 */
void
mis_pdf_document_print_async (MisPdfDocument      *self,
                              guint                page,
                              cairo_t             *cr,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  GTask *task;
  PrintData *data;

  g_return_if_fail (MIS_IS_PDF_DOCUMENT (self));
  g_return_if_fail (cr != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, MIS_SOURCE_TAG (mis_pdf_document_print_async));
  g_task_set_priority (task, G_PRIORITY_HIGH);
  data = g_new0 (PrintData, 1);
  data->page = page;
  data->cr = cairo_reference (cr);
  g_task_set_task_data (task, data, (GDestroyNotify)print_data_free);
  _mis_pdf_document_queue_job (self, task, print_job);
}

gboolean
mis_pdf_document_print_finish (MisPdfDocument  *self,
                               GAsyncResult    *result,
                               GError         **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
