/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-manual-search.c: the manual reader's search bar, over a
 * MisSearchContext: the words are searched over the whole manual on its PDF
 * worker, with progress; each page's matches are lit as soon as it is
 * searched, the count shown, and Enter and Shift+Enter go from one to the
 * next, starting from the page being read.
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
  int count = self->search ? (int)mis_search_context_get_n_matches (self->search) : 0;
  int current = self->search ? mis_search_context_get_current_match (self->search) : -1;
  gboolean searching = self->search != NULL && mis_search_context_get_searching (self->search);

  if (self->search == NULL || mis_search_context_get_query (self->search) == NULL)
    label = g_strdup ("");
  else if (searching && current < 0)
    label = g_strdup_printf (_("Searching… %d %%"), (int)(mis_search_context_get_progress (self->search) * 100));
  else if (count == 0)
    label = g_strdup (_("Not found"));
  else if (current >= 0)
    label = g_strdup_printf ("%d / %d", current + 1, count);
  else
    label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d match", "%d matches", (gulong)count), count);

  gtk_label_set_label (self->search_label, label);
  gtk_widget_set_sensitive (self->previous_match_button, count > 0);
  gtk_widget_set_sensitive (self->next_match_button, count > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->search_progress), searching);
  if (searching)
    gtk_progress_bar_set_fraction (self->search_progress, mis_search_context_get_progress (self->search));
}

/* The page's matches lit, the current one apart. */
static void
highlight_page (MisManualView *self,
                guint          page)
{
  int current = mis_search_context_get_current_match (self->search);
  const MisPdfMatch *match = current >= 0 ? mis_search_context_get_match (self->search, (guint)current) : NULL;

  if (page >= n_pages (self))
    return;
  mis_pdf_page_set_highlights (page_widget (self, page), mis_search_context_get_page_hits (self->search, page),
                               match && (guint)match->page == page ? match->areas : NULL);
}

void
_mis_manual_view_clear_search (MisManualView *self)
{
  if (self->search == NULL)
    return;

  for (guint i = 0; i < n_pages (self); i++)
    if (mis_search_context_get_page_hits (self->search, i) != NULL)
      mis_pdf_page_set_highlights (page_widget (self, i), NULL, NULL);
  self->lit_match_page = -1;
  mis_search_context_stop (self->search);
  show_search_count (self);
}

static void
page_found_cb (MisManualView *self,
               guint          page)
{
  highlight_page (self, page);
}

/* The match gone to: lit apart, and scrolled to when off the screen, to a
 * third of its height. */
static void
current_match_cb (MisManualView *self)
{
  int current = mis_search_context_get_current_match (self->search);
  const MisPdfMatch *match;
  const graphene_rect_t *area;
  double zoom;

  if (self->lit_match_page >= 0)
    highlight_page (self, (guint)self->lit_match_page);
  self->lit_match_page = -1;
  show_search_count (self);
  if (current < 0)
    return;

  match = mis_search_context_get_match (self->search, (guint)current);
  self->lit_match_page = match->page;
  highlight_page (self, (guint)match->page);

  area = &g_array_index (match->areas, graphene_rect_t, 0);
  zoom = mis_manual_model_get_zoom (self->model);
  _mis_manual_view_scroll_into_view (self, (guint)match->page,
                                     self->slots[match->page].offset + area->origin.y * zoom,
                                     area->size.height * zoom);
}

static void
search_finished_cb (MisManualView *self)
{
  g_autofree char *count = g_strdup_printf ("%u", mis_search_context_get_n_matches (self->search));

  mis_profile_mark ("search-done", count);
  show_search_count (self);
}

/* A new manual, a new search context. */
void
_mis_manual_view_set_search_document (MisManualView  *self,
                                      MisPdfDocument *document)
{
  if (self->search != NULL)
    {
      _mis_manual_view_clear_search (self);
      g_signal_handlers_disconnect_by_data (self->search, self);
      g_clear_object (&self->search);
    }
  if (document == NULL)
    return;

  self->search = mis_search_context_new (document);
  g_signal_connect_object (self->search, "page-found", G_CALLBACK (page_found_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search, "notify::current-match", G_CALLBACK (current_match_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search, "notify::n-matches", G_CALLBACK (show_search_count), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search, "notify::progress", G_CALLBACK (show_search_count), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search, "finished", G_CALLBACK (search_finished_cb), self, G_CONNECT_SWAPPED);
}

/**
 * mis_manual_view_search:
 * @text: words to find; empty to stop searching
 *
 * Searches the whole manual in the background. Each page's hits are lit as
 * soon as it is searched; the view goes to the first one from the page being
 * read as soon as it is found.
 */
void
mis_manual_view_search (MisManualView *self,
                        const char    *text)
{
  g_autofree char *query = NULL;

  g_return_if_fail (MIS_IS_MANUAL_VIEW (self));

  _mis_manual_view_clear_search (self);
  query = g_strstrip (g_strdup (text ? text : ""));
  if (self->search == NULL || *query == '\0')
    return;

  mis_profile_mark ("search-requested", query);
  mis_search_context_start (self->search, query, mis_manual_model_get_page (self->model));
  show_search_count (self);
}

static void
search_changed_cb (MisManualView *self)
{
  mis_manual_view_search (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
search_next_cb (MisManualView *self)
{
  if (self->search != NULL)
    mis_search_context_next (self->search);
}

static void
search_previous_cb (MisManualView *self)
{
  if (self->search != NULL)
    mis_search_context_previous (self->search);
}

static void
stop_search_cb (MisManualView *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->pages_box));
}

/* While searching, the header stays even in fullscreen. */
static void
search_mode_cb (MisManualView *self)
{
  if (!gtk_search_bar_get_search_mode (self->search_bar))
    {
      _mis_manual_view_clear_search (self);
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
    }
  _mis_manual_view_update_chrome (self);
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
