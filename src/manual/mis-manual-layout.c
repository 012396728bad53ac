/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-manual-layout.c: the manual's pages in one vertical scroll: each
 * page's place at the zoom shown (fitted to the width or the page, or
 * chosen), the page being read (the one across the upper third of the
 * screen), scrolling to a page or a point of it, and zooming about a point
 * so that what is there stays there. The sizes are computed here; GTK lays
 * the page widgets out after them.
 */
#define G_LOG_DOMAIN "mis-manual-view"

#include "config.h"

#include <glib/gi18n.h>

#include "mis-manual-view-private.h"
#include "mis-profile.h"

#define PAGE_SPACING 12.0        /* between pages and around them, as in the template */
#define NARROW_WIDTH 1100

void
_mis_manual_view_layout_pages (MisManualView *self)
{
  double y = PAGE_SPACING;

  for (guint i = 0; i < n_pages (self); i++)
    {
      MisPdfPage *page = page_widget (self, i);
      double width, height;

      mis_pdf_document_get_page_size (self->document, i, &width, &height);
      mis_pdf_page_set_size (page, width, height, mis_manual_model_get_zoom (self->model));
      self->slots[i].offset = y;
      y += mis_pdf_page_get_pixel_height (page) + PAGE_SPACING;
    }
  self->content_height = y;
}

/* The page at a height of the scroll: the last one starting above it
 * (with half the gap between pages). Asked at every scroll step. */
static guint
page_at (MisManualView *self,
         double         y)
{
  guint low = 0, high = n_pages (self);

  while (high - low > 1)
    {
      guint middle = low + (high - low) / 2;

      if (self->slots[middle].offset - PAGE_SPACING / 2 <= y)
        low = middle;
      else
        high = middle;
    }
  return low;
}

/* The size of the scrolled pages: before the scroll is first allocated,
 * what it will be, so that the first page renders during the first frame
 * rather than after it. */
static void
viewport_size (MisManualView *self,
               double        *width,
               double        *height)
{
  int scroller_width = gtk_widget_get_width (GTK_WIDGET (self->scroller));
  int scroller_height = gtk_widget_get_height (GTK_WIDGET (self->scroller));

  if (scroller_width > 1 && scroller_height > 1)
    {
      *width = scroller_width;
      *height = scroller_height;
      return;
    }

  *width = gtk_widget_get_width (GTK_WIDGET (self));
  *height = gtk_widget_get_height (GTK_WIDGET (self)) - gtk_widget_get_height (gtk_widget_get_parent (self->header_box));
  if (adw_flap_get_reveal_flap (self->flap) && self->narrow == FALSE)
    {
      int minimum;

      gtk_widget_measure (adw_flap_get_flap (self->flap), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
      *width -= minimum + 1;
    }
}

/* The top of the screen in the scroll, or where it is about to be once a
 * pending scroll is done. */
static double
scroll_top (MisManualView *self)
{
  return self->pending_y >= 0 ? self->pending_y : gtk_adjustment_get_value (vadjustment (self));
}

/* The pages on screen, or about to be. */
void
_mis_manual_view_visible_range (MisManualView *self,
                                guint         *first,
                                guint         *last)
{
  double top = scroll_top (self);
  double width, height, bottom;

  viewport_size (self, &width, &height);
  bottom = top + MAX (height, 1);

  *first = page_at (self, top);
  *last = page_at (self, bottom);
}

/* Scrolls now when the layout has the pages' current sizes, else as soon
 * as it has. */
static gboolean
layout_done (MisManualView *self)
{
  return fabs (gtk_adjustment_get_upper (vadjustment (self)) - self->content_height) < 1;
}

static void
scroll_to_y (MisManualView *self,
             double         y)
{
  self->pending_y = MAX (0, y);
  if (layout_done (self))
    {
      gtk_adjustment_set_value (vadjustment (self), self->pending_y);
      self->pending_y = -1;
    }
}

/* Not while the viewport is being allocated: a scroll there is not
 * painted. Right after; as far as the layout goes until it is done. */
static gboolean
apply_pending_scroll_cb (gpointer user_data)
{
  MisManualView *self = user_data;

  self->scroll_source = 0;
  if (self->pending_y >= 0)
    {
      double y = self->pending_y;

      scroll_to_y (self, y);
      if (self->pending_y >= 0)
        gtk_adjustment_set_value (vadjustment (self), y);
    }
  return G_SOURCE_REMOVE;
}

void
_mis_manual_view_upper_changed_cb (MisManualView *self)
{
  if (self->pending_y >= 0 && self->scroll_source == 0)
    self->scroll_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, apply_pending_scroll_cb, self, NULL);
}

void
_mis_manual_view_update_indicator (MisManualView *self)
{
  guint page = mis_manual_model_get_page (self->model);
  const char *label;
  g_autofree char *of = NULL;
  g_autofree char *subtitle = NULL;

  if (self->document == NULL)
    return;

  label = mis_pdf_document_get_page_label (self->document, page);
  if (mis_pdf_document_has_page_labels (self->document))
    of = g_strdup_printf ("(%u / %u)", page + 1, n_pages (self));
  else
    of = g_strdup_printf ("/ %u", n_pages (self));

  if (!gtk_widget_has_focus (GTK_WIDGET (self->page_entry)) &&
      !gtk_widget_is_focus (gtk_widget_get_first_child (GTK_WIDGET (self->page_entry))))
    gtk_editable_set_text (GTK_EDITABLE (self->page_entry), label);
  gtk_label_set_label (self->n_pages_label, of);

  /* Translators: the page shown, "Page 3 of 24". */
  subtitle = g_strdup_printf (_("Page %u of %u"), page + 1, n_pages (self));
  adw_window_title_set_subtitle (self->window_title, subtitle);

  mis_thumbnail_strip_select (self->thumbnail_strip, page);
}

void
_mis_manual_view_set_current_page (MisManualView *self,
                                   guint          page)
{
  mis_manual_model_set_page (self->model, page);
  _mis_manual_view_update_indicator (self);
  _mis_manual_view_save_state (self);
}

static void
update_current_page (MisManualView *self)
{
  GtkAdjustment *adjustment = vadjustment (self);
  double value = gtk_adjustment_get_value (adjustment);
  double page_size = gtk_adjustment_get_page_size (adjustment);
  guint page;

  if (n_pages (self) == 0)
    return;

  /* The page across the upper third of the screen; at the very end, the
   * last one, however short. */
  if (value > 0 && value >= gtk_adjustment_get_upper (adjustment) - page_size - 1)
    page = page_at (self, value + page_size - 1);
  else
    page = page_at (self, value + page_size / 3);

  if (page != mis_manual_model_get_page (self->model))
    _mis_manual_view_set_current_page (self, page);
}

void
_mis_manual_view_scroll_value_changed_cb (MisManualView *self)
{
  if (self->document == NULL)
    return;
  update_current_page (self);
  _mis_manual_view_queue_update_renders (self);
}

void
_mis_manual_view_mark_page_shown (MisManualView *self,
                                  guint          page)
{
  guint first, last;

  _mis_manual_view_visible_range (self, &first, &last);
  if (self->awaiting_first && page >= first && page <= last)
    {
      self->awaiting_first = FALSE;
      mis_profile_mark_after_frame (GTK_WIDGET (self), "resource-shown", mis_resource_get_id (self->manual));
    }
  if (self->requested_page == (int)page + 1)
    {
      g_autofree char *number = g_strdup_printf ("%u", page + 1);

      self->requested_page = 0;
      mis_profile_mark_after_frame (GTK_WIDGET (self), "page-shown", number);
    }
}

/* For the page-requested and page-shown milestones. */
void
_mis_manual_view_mark_page_requested (MisManualView *self,
                                      guint          page)
{
  g_autofree char *number = NULL;

  if (!mis_profile_enabled ())
    return;

  number = g_strdup_printf ("%u", page + 1);
  self->requested_page = (int)page + 1;
  mis_profile_mark ("page-requested", number);
}

/* Navigation asked for by the reader (entry, outline, link, key, search):
 * @page comes to @y of the scroll. */
void
_mis_manual_view_scroll_to_page (MisManualView *self,
                                 guint          page,
                                 double         y)
{
  _mis_manual_view_mark_page_requested (self, page);

  scroll_to_y (self, y);
  _mis_manual_view_set_current_page (self, page);
  _mis_manual_view_update_renders (self);

  if (mis_pdf_page_is_drawn (page_widget (self, page)))
    _mis_manual_view_mark_page_shown (self, page);
}

/* An area of @page, from @y of the scroll and @height high, comes on the
 * screen, a third of the way down, unless it is there already. Before the
 * scroll is allocated, the screen is what it is about to be. */
void
_mis_manual_view_scroll_into_view (MisManualView *self,
                                   guint          page,
                                   double         y,
                                   double         height)
{
  double top = scroll_top (self);
  double width, screen_height;

  viewport_size (self, &width, &screen_height);
  if (y < top || y + height > top + screen_height)
    _mis_manual_view_scroll_to_page (self, page, y - screen_height / 3);
}

/* @top: points from the top of the page, or negative for its top */
void
_mis_manual_view_go_to (MisManualView *self,
                        guint          page,
                        double         top)
{
  double y;

  if (self->document == NULL || page >= n_pages (self))
    return;

  y = self->slots[page].offset - PAGE_SPACING / 2;
  if (top > 0)
    y += top * mis_manual_model_get_zoom (self->model);
  /* The first page is the very top: no scroll, so GTK shows no scrollbar
   * indicator to fade out a second later over a manual just opened. */
  else if (page == 0)
    y = 0;
  _mis_manual_view_scroll_to_page (self, page, y);
}

/* Zoom about a point of the screen (from the top of the viewport), or its
 * top when @at_y is negative: what is there stays there. */
void
_mis_manual_view_set_zoom (MisManualView *self,
                           double         zoom,
                           MisManualFit   fit,
                           double         at_y)
{
  double anchor_y;
  guint page;
  double fraction;

  zoom = CLAMP (zoom, MIS_MANUAL_MIN_ZOOM, MIS_MANUAL_MAX_ZOOM);
  mis_manual_model_set_fit (self->model, fit);
  if (self->document == NULL)
    {
      mis_manual_model_set_zoom (self->model, zoom);
      return;
    }
  if (zoom == mis_manual_model_get_zoom (self->model))
    {
      _mis_manual_view_save_state (self);
      return;
    }

  anchor_y = scroll_top (self) + MAX (at_y, 0);
  page = page_at (self, anchor_y);
  fraction = (anchor_y - self->slots[page].offset) / MAX (1, mis_pdf_page_get_pixel_height (page_widget (self, page)));

  mis_manual_model_set_zoom (self->model, zoom);
  _mis_manual_view_layout_pages (self);
  scroll_to_y (self, self->slots[page].offset + fraction * mis_pdf_page_get_pixel_height (page_widget (self, page)) - MAX (at_y, 0));
  _mis_manual_view_save_state (self);
  _mis_manual_view_queue_update_renders (self);
}

double
_mis_manual_view_fit_zoom (MisManualView *self,
                           MisManualFit   fit)
{
  double max_width, max_height, width, height;

  viewport_size (self, &width, &height);
  mis_pdf_document_get_max_page_size (self->document, &max_width, &max_height);
  if (width <= 1 || height <= 1)
    return mis_manual_model_get_zoom (self->model);

  /* Room for the margins and the overlay scrollbar. */
  if (fit == MIS_MANUAL_FIT_WIDTH)
    return (width - 3 * PAGE_SPACING) / max_width;
  return MIN ((width - 3 * PAGE_SPACING) / max_width, (height - 2 * PAGE_SPACING) / max_height);
}

/* After the allocation, not during it: the sidebar folds on narrow
 * windows, and a fitted zoom follows the width. */
gboolean
_mis_manual_view_layout_idle_cb (gpointer user_data)
{
  MisManualView *self = user_data;
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int narrow = width < NARROW_WIDTH;

  self->layout_source = 0;

  if (narrow != self->narrow)
    {
      self->narrow = narrow;
      adw_flap_set_fold_policy (self->flap, narrow ? ADW_FLAP_FOLD_POLICY_ALWAYS : ADW_FLAP_FOLD_POLICY_NEVER);
      adw_flap_set_reveal_flap (self->flap, !narrow && self->sidebar_wanted);
    }

  if (self->document != NULL)
    {
      if (mis_manual_model_get_fit (self->model) != MIS_MANUAL_FIT_NONE)
        _mis_manual_view_set_zoom (self, _mis_manual_view_fit_zoom (self, mis_manual_model_get_fit (self->model)), mis_manual_model_get_fit (self->model), -1);
      if (self->open_page >= 0 && gtk_widget_get_height (GTK_WIDGET (self)) > 1)
        {
          guint page = (guint)self->open_page;

          self->open_page = -1;
          _mis_manual_view_go_to (self, page, -1);
        }
      if (mis_manual_model_get_presenting (self->model))
        _mis_manual_view_layout_slide (self);
      _mis_manual_view_queue_update_renders (self);
    }

  return G_SOURCE_REMOVE;
}

void
_mis_manual_view_queue_layout (MisManualView *self)
{
  if (self->layout_source == 0)
    self->layout_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE + 15, _mis_manual_view_layout_idle_cb, self, NULL);
}

void
_mis_manual_view_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  MisManualView *self = MIS_MANUAL_VIEW (widget);

  gtk_widget_allocate (GTK_WIDGET (self->mode_stack), width, height, baseline, NULL);

  /* A new size; or presenting, and the black screen has got its size
   * since the slide was laid out (it had none until shown). */
  if (width != self->last_width || height != self->last_height ||
      (mis_manual_model_get_presenting (self->model) &&
       (gtk_widget_get_width (self->presentation) != self->slide_width ||
        gtk_widget_get_height (self->presentation) != self->slide_height)))
    {
      self->last_width = width;
      self->last_height = height;
      _mis_manual_view_queue_layout (self);
    }
}

void
_mis_manual_view_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  gtk_widget_measure (GTK_WIDGET (MIS_MANUAL_VIEW (widget)->mode_stack), orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}
