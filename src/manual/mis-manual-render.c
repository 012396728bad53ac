/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-manual-render.c: which pages of a manual are rendered, and when. The
 * pages on screen first, at the zoom shown; their neighbours at a lower
 * priority; a page that scrolls away before its turn is cancelled; past a
 * size, the whole page stays at a bearable scale and the part on screen is
 * rendered sharp on top; renderings far from the screen are dropped once
 * they hold more than CACHE_BYTES.
 */
#define G_LOG_DOMAIN "mis-manual-view"

#include "config.h"

#include <math.h>

#include "mis-manual-view-private.h"
#include "mis-profile.h"

/* The whole page is rendered up to this many device pixels; past it the
 * part on screen is rendered sharp on top. */
#define MAX_FULL_PIXELS (12 * 1024 * 1024)
#define CACHE_BYTES (96 * 1024 * 1024)

typedef struct
{
  MisManualView   *self;
  guint            page;
  double           scale;
  gboolean         detail;
  graphene_rect_t  area;      /* detail: points */
  GCancellable    *cancellable;
} RenderRequest;

static void
render_request_free (RenderRequest *request)
{
  g_object_unref (request->self);
  g_object_unref (request->cancellable);
  g_free (request);
}

static void
page_rendered_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  RenderRequest *request = user_data;
  MisManualView *self = request->self;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  GCancellable **job;
  MisPdfPage *page;

  texture = mis_pdf_document_render_finish (MIS_PDF_DOCUMENT (object), result, &error);

  if (g_cancellable_is_cancelled (request->cancellable) || MIS_PDF_DOCUMENT (object) != self->document)
    {
      render_request_free (request);
      return;
    }

  job = request->detail ? &self->slots[request->page].detail : &self->slots[request->page].render;
  if (*job == request->cancellable)
    g_clear_object (job);

  page = page_widget (self, request->page);
  if (request->detail)
    {
      if (texture != NULL)
        mis_pdf_page_set_detail (page, texture, request->scale, &request->area);
    }
  else if (texture != NULL)
    {
      if (mis_profile_enabled ())
        {
          /* For the benchmark: the scale to compare with pdftoppm at. */
          g_autofree char *detail = g_strdup_printf ("%u %.4f", request->page + 1, request->scale);
          mis_profile_mark ("page-rendered", detail);
        }
      mis_pdf_page_set_texture (page, texture, request->scale);
      _mis_manual_view_mark_page_shown (self, request->page);
    }
  else
    {
      g_debug ("page %u: %s", request->page + 1, error->message);
      mis_pdf_page_set_error (page, error->message);
      _mis_manual_view_mark_page_shown (self, request->page);
    }

  render_request_free (request);
  _mis_manual_view_queue_update_renders (self);
}

static GCancellable *
request_render (MisManualView         *self,
                guint                  page,
                double                 scale,
                const graphene_rect_t *area,
                int                    priority)
{
  RenderRequest *request = g_new0 (RenderRequest, 1);
  graphene_rect_t pixels;

  request->self = g_object_ref (self);
  request->page = page;
  request->scale = scale;
  request->cancellable = g_cancellable_new ();
  if (area != NULL)
    {
      request->detail = TRUE;
      request->area = *area;
      graphene_rect_scale (area, scale, scale, &pixels);
    }

  mis_pdf_document_render_async (self->document, page, scale, area ? &pixels : NULL, priority,
                                 request->cancellable, page_rendered_cb, request);
  return g_object_ref (request->cancellable);
}

void
_mis_manual_view_cancel_job (GCancellable **job)
{
  if (*job != NULL)
    {
      g_cancellable_cancel (*job);
      g_clear_object (job);
    }
}

/* The scale the whole page is rendered at: sharp, up to a size. */
static double
full_scale (MisManualView *self,
            guint          page,
            double         wanted)
{
  double width, height;

  mis_pdf_document_get_page_size (self->document, page, &width, &height);
  return MIN (wanted, sqrt (MAX_FULL_PIXELS / (width * height)));
}


static void
update_page_render (MisManualView *self,
                    guint          page,
                    gboolean       visible,
                    int            priority)
{
  MisPdfPage *widget = page_widget (self, page);
  double wanted = mis_manual_model_get_zoom (self->model) * device_scale (self);
  double scale = full_scale (self, page, wanted);
  double current;

  mis_pdf_page_get_texture (widget, &current);
  if (current != scale && (self->slots[page].render == NULL || self->slots[page].render_scale != scale))
    {
      _mis_manual_view_cancel_job (&self->slots[page].render);
      self->slots[page].render_scale = scale;
      self->slots[page].render = request_render (self, page, scale, NULL, priority);
    }

  /* Beyond the whole page's bound: the part on screen, sharp. */
  if (visible && scale < wanted)
    {
      GtkAdjustment *vadj = vadjustment (self);
      GtkAdjustment *hadj = gtk_scrolled_window_get_hadjustment (self->scroller);
      double page_left = (MAX (gtk_adjustment_get_upper (hadj), gtk_widget_get_width (GTK_WIDGET (self->scroller))) -
                          mis_pdf_page_get_pixel_width (widget)) / 2;
      graphene_rect_t screen, area;

      /* The screen in the page's points, and some more around it. */
      graphene_rect_init (&screen,
                          (gtk_adjustment_get_value (hadj) - page_left) / mis_manual_model_get_zoom (self->model),
                          (gtk_adjustment_get_value (vadj) - self->slots[page].offset) / mis_manual_model_get_zoom (self->model),
                          gtk_adjustment_get_page_size (hadj) / mis_manual_model_get_zoom (self->model),
                          gtk_adjustment_get_page_size (vadj) / mis_manual_model_get_zoom (self->model));
      graphene_rect_inset (&screen, -screen.size.width / 4, -screen.size.height / 4);
      {
        double width, height;

        mis_pdf_document_get_page_size (self->document, page, &width, &height);
        if (!graphene_rect_intersection (&screen, &GRAPHENE_RECT_INIT (0, 0, width, height), &area))
          return;
      }
      if (!mis_pdf_page_has_detail (widget, wanted, &area) && self->slots[page].detail == NULL)
        self->slots[page].detail = request_render (self, page, wanted, &area, priority);
    }

  if (visible && self->slots[page].text == NULL)
    _mis_manual_view_request_text (self, page);
}

/* Renderings far from the screen go first when over the bound. */
static void
trim_cache (MisManualView *self,
            guint          first,
            guint          last)
{
  gsize total = 0;
  guint below = 0, above = n_pages (self);

  for (guint i = 0; i < n_pages (self); i++)
    total += mis_pdf_page_get_bytes (page_widget (self, i));

  while (total > CACHE_BYTES && (below < first || above > last + 1))
    {
      guint victim;
      MisPdfPage *widget;

      /* The farther end first. */
      if (below < first && (above <= last + 1 || first - below > above - 1 - last))
        victim = below++;
      else
        victim = --above;

      widget = page_widget (self, victim);
      total -= mis_pdf_page_get_bytes (widget);
      mis_pdf_page_drop_textures (widget);
    }
}

void
_mis_manual_view_update_renders (MisManualView *self)
{
  guint first, last;

  g_clear_handle_id (&self->renders_source, g_source_remove);

  /* Not before the page to open at is known. */
  if (self->document == NULL || n_pages (self) == 0 || self->open_page >= 0 ||
      gtk_widget_get_height (GTK_WIDGET (self)) <= 1)
    return;

  _mis_manual_view_visible_range (self, &first, &last);

  /* Off the screen and not next to it: not worth rendering now. */
  for (guint i = 0; i < n_pages (self); i++)
    {
      if (i + 1 < first || i > last + 1)
        _mis_manual_view_cancel_job (&self->slots[i].render);
      if (i < first || i > last)
        _mis_manual_view_cancel_job (&self->slots[i].detail);
    }

  for (guint i = first; i <= last; i++)
    update_page_render (self, i, TRUE, G_PRIORITY_DEFAULT + (int)(i - first));
  if (last + 1 < n_pages (self))
    update_page_render (self, last + 1, FALSE, G_PRIORITY_LOW);
  if (first > 0)
    update_page_render (self, first - 1, FALSE, G_PRIORITY_LOW + 1);

  trim_cache (self, first > 0 ? first - 1 : 0, MIN (last + 1, n_pages (self) - 1));
}

static gboolean
update_renders_cb (gpointer user_data)
{
  MisManualView *self = user_data;

  self->renders_source = 0;
  _mis_manual_view_update_renders (self);
  return G_SOURCE_REMOVE;
}

void
_mis_manual_view_queue_update_renders (MisManualView *self)
{
  if (self->renders_source == 0)
    self->renders_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE + 20, update_renders_cb, self, NULL);
}
