/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-manual-search.c: the manual reader's search bar. The words are
 * searched over the whole manual on its PDF worker, with progress; the
 * matches are lit on every page, the count shown, and Enter and Shift+Enter
 * go from one to the next, starting from the page being read.
 */
#define G_LOG_DOMAIN "mis-manual-view"

#include "config.h"

#include <glib/gi18n.h>

#include "mis-manual-view-private.h"
#include "mis-profile.h"

static void
show_search_count (MisManualView *self)
{
  g_autofree char *label = NULL;
  int count = self->matches ? (int)self->matches->len : 0;

  if (self->matches == NULL)
    label = g_strdup ("");
  else if (count == 0)
    label = g_strdup (_("Not found"));
  else if (self->current_match >= 0)
    label = g_strdup_printf ("%d / %d", self->current_match + 1, count);
  else
    label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d match", "%d matches", (gulong)count), count);

  gtk_label_set_label (self->search_label, label);
  gtk_widget_set_sensitive (self->previous_match_button, count > 0);
  gtk_widget_set_sensitive (self->next_match_button, count > 0);
}

void
_mis_manual_view_clear_search (MisManualView *self)
{
  _mis_manual_view_cancel_job (&self->search_cancellable);
  for (guint i = 0; self->page_hits && i < self->page_hits->len; i++)
    if (g_ptr_array_index (self->page_hits, i) != NULL)
      mis_pdf_page_set_highlights (page_widget (self, i), NULL, NULL);
  g_clear_pointer (&self->page_hits, g_ptr_array_unref);
  g_clear_pointer (&self->matches, g_ptr_array_unref);
  self->current_match = -1;
  gtk_widget_set_visible (GTK_WIDGET (self->search_progress), FALSE);
  show_search_count (self);
}

/* Pages without hits have none. */
static void
free_hits (gpointer hits)
{
  if (hits != NULL)
    g_array_unref (hits);
}

static void
highlight_page (MisManualView *self,
                guint          page)
{
  GArray *hits = g_ptr_array_index (self->page_hits, page);
  MisPdfMatch *current = self->current_match >= 0 ? g_ptr_array_index (self->matches, self->current_match) : NULL;

  mis_pdf_page_set_highlights (page_widget (self, page), hits,
                               current && (guint)current->page == page ? current->areas : NULL);
}

static void
go_to_match (MisManualView *self,
             int            index)
{
  MisPdfMatch *previous = self->current_match >= 0 ? g_ptr_array_index (self->matches, self->current_match) : NULL;
  MisPdfMatch *match;
  const graphene_rect_t *area;
  GtkAdjustment *adjustment = vadjustment (self);
  double y, value, page_size;

  if (self->matches == NULL || self->matches->len == 0)
    return;

  self->current_match = (index + (int)self->matches->len) % (int)self->matches->len;
  match = g_ptr_array_index (self->matches, self->current_match);
  if (previous != NULL)
    highlight_page (self, (guint)previous->page);
  highlight_page (self, (guint)match->page);
  show_search_count (self);

  /* Scrolled to only when off the screen, to a third of its height. */
  area = &g_array_index (match->areas, graphene_rect_t, 0);
  y = self->slots[match->page].offset + area->origin.y * self->zoom;
  value = gtk_adjustment_get_value (adjustment);
  page_size = gtk_adjustment_get_page_size (adjustment);
  if (y < value || y + area->size.height * self->zoom > value + page_size)
    _mis_manual_view_scroll_to_page (self, (guint)match->page, y - page_size / 3);
}

static void
search_progress_cb (double   fraction,
                    gpointer user_data)
{
  MisManualView *self = user_data;
  g_autofree char *label = g_strdup_printf (_("Searching… %d %%"), (int)(fraction * 100));

  gtk_progress_bar_set_fraction (self->search_progress, fraction);
  gtk_label_set_label (self->search_label, label);
}

static void
search_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(MisManualView) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) matches = mis_pdf_document_find_finish (MIS_PDF_DOCUMENT (object), result, &error);
  g_autofree char *count = NULL;
  int first = 0;

  if (matches == NULL || MIS_PDF_DOCUMENT (object) != self->document)
    return;

  g_clear_object (&self->search_cancellable);
  gtk_widget_set_visible (GTK_WIDGET (self->search_progress), FALSE);
  self->matches = g_steal_pointer (&matches);
  self->page_hits = g_ptr_array_new_full (n_pages (self), free_hits);
  g_ptr_array_set_size (self->page_hits, (int)n_pages (self));

  for (guint i = 0; i < self->matches->len; i++)
    {
      MisPdfMatch *match = g_ptr_array_index (self->matches, i);
      GArray *hits = g_ptr_array_index (self->page_hits, match->page);

      if (hits == NULL)
        g_ptr_array_index (self->page_hits, match->page) = hits = g_array_new (FALSE, FALSE, sizeof (graphene_rect_t));
      g_array_append_vals (hits, match->areas->data, match->areas->len);
    }
  for (guint i = 0; i < n_pages (self); i++)
    if (g_ptr_array_index (self->page_hits, i) != NULL)
      highlight_page (self, i);

  count = g_strdup_printf ("%u", self->matches->len);
  mis_profile_mark ("search-done", count);

  /* The first match from the page being read. */
  for (guint i = 0; i < self->matches->len; i++)
    if ((guint)((MisPdfMatch *)g_ptr_array_index (self->matches, i))->page >= self->current_page)
      {
        first = (int)i;
        break;
      }
  show_search_count (self);
  go_to_match (self, first);
}

/**
 * mis_manual_view_search:
 * @text: words to find; empty to stop searching
 *
 * Searches the whole manual in the background; hits are shown as they are
 * known, the view goes to the first one from the page being read.
 */
void
mis_manual_view_search (MisManualView *self,
                        const char    *text)
{
  g_autofree char *query = NULL;

  g_return_if_fail (MIS_IS_MANUAL_VIEW (self));

  _mis_manual_view_clear_search (self);
  query = g_strstrip (g_strdup (text ? text : ""));
  if (self->document == NULL || *query == '\0')
    return;

  self->search_cancellable = g_cancellable_new ();
  gtk_progress_bar_set_fraction (self->search_progress, 0);
  gtk_widget_set_visible (GTK_WIDGET (self->search_progress), TRUE);
  mis_profile_mark ("search-requested", query);
  mis_pdf_document_find_async (self->document, query, search_progress_cb, self->search_cancellable,
                               search_done_cb, g_object_ref (self));
}

static void
search_changed_cb (MisManualView *self)
{
  mis_manual_view_search (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
search_next_cb (MisManualView *self)
{
  go_to_match (self, self->current_match + 1);
}

static void
search_previous_cb (MisManualView *self)
{
  go_to_match (self, self->current_match - 1);
}

static void
stop_search_cb (MisManualView *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->pages_box));
}

static void
search_mode_cb (MisManualView *self)
{
  if (!gtk_search_bar_get_search_mode (self->search_bar))
    {
      _mis_manual_view_clear_search (self);
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
    }
}

void
_mis_manual_view_class_init_search (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_next_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_previous_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
}

void
_mis_manual_view_init_search (MisManualView *self)
{
  g_signal_connect_object (self->search_bar, "notify::search-mode-enabled", G_CALLBACK (search_mode_cb), self,
                           G_CONNECT_SWAPPED);
}
