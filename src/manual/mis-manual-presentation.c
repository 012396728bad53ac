/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-manual-presentation.c: the manual reader's presentation mode (F5):
 * one page at a time, fitted to a black fullscreen window, for the wall of
 * a session room; the next page rendered ahead, arrows, Space and clicks to
 * move, an OSD with the page that hides itself, Escape back to the page
 * presented.
 */
#define G_LOG_DOMAIN "mis-manual-view"

#include "config.h"

#include <glib/gi18n.h>

#include "mis-manual-view-private.h"
#include "mis-profile.h"

static void show_slide (MisManualView *self);

static void
update_slide_chrome (MisManualView *self)
{
  g_autofree char *label = NULL;

  if (self->document == NULL)
    return;

  label = g_strdup_printf ("%u / %u", self->slide_page + 1, n_pages (self));
  gtk_label_set_label (self->slide_label, label);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "manual.slide-previous", self->slide_page > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "manual.slide-next", self->slide_page + 1 < n_pages (self));
}

typedef struct
{
  MisManualView *self;
  guint          page;
  double         scale;
} SlideRequest;

static void
slide_rendered_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  SlideRequest *request = user_data;
  g_autoptr(MisManualView) self = request->self;
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = mis_pdf_document_render_finish (MIS_PDF_DOCUMENT (object), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
      MIS_PDF_DOCUMENT (object) != self->document || request->scale != self->slide_scale)
    {
      g_free (request);
      return;
    }

  if (texture != NULL)
    g_hash_table_insert (self->slides, GUINT_TO_POINTER (request->page), g_object_ref (texture));
  if (mis_manual_model_get_presenting (self->model) && request->page == self->slide_page)
    {
      if (texture != NULL)
        mis_pdf_page_set_texture (self->slide, texture, request->scale);
      else
        mis_pdf_page_set_error (self->slide, error->message);
      _mis_manual_view_mark_page_shown (self, request->page);
    }
  g_free (request);
}

static void
render_slide (MisManualView *self,
              guint          page,
              int            priority)
{
  SlideRequest *request;

  if (page >= n_pages (self) || g_hash_table_contains (self->slides, GUINT_TO_POINTER (page)))
    return;

  request = g_new0 (SlideRequest, 1);
  request->self = g_object_ref (self);
  request->page = page;
  request->scale = self->slide_scale;
  mis_pdf_document_render_async (self->document, page, self->slide_scale, NULL, priority,
                                 self->slide_cancellable, slide_rendered_cb, request);
}

/* The page as large as the screen allows. */
void
_mis_manual_view_layout_slide (MisManualView *self)
{
  int width = gtk_widget_get_width (self->presentation);
  int height = gtk_widget_get_height (self->presentation);
  double page_width, page_height, zoom;

  if (width <= 1 || height <= 1)
    return;

  self->slide_width = width;
  self->slide_height = height;
  mis_pdf_document_get_page_size (self->document, self->slide_page, &page_width, &page_height);
  zoom = MIN (width / page_width, height / page_height);
  mis_pdf_page_set_size (self->slide, page_width, page_height, zoom);

  /* Every slide at one scale, so that the next ones come from the cache. */
  if (self->slide_scale != zoom * device_scale (self))
    {
      g_hash_table_remove_all (self->slides);
      self->slide_scale = zoom * device_scale (self);
    }
  show_slide (self);
}

static void
show_slide (MisManualView *self)
{
  GdkTexture *texture;

  mis_pdf_page_set_index (self->slide, self->slide_page);
  mis_pdf_page_set_label (self->slide, "");
  update_slide_chrome (self);

  if (self->slide_scale <= 0)
    return;

  if ((texture = g_hash_table_lookup (self->slides, GUINT_TO_POINTER (self->slide_page))) != NULL)
    {
      mis_pdf_page_set_texture (self->slide, texture, self->slide_scale);
      _mis_manual_view_mark_page_shown (self, self->slide_page);
    }
  else
    render_slide (self, self->slide_page, G_PRIORITY_HIGH);

  /* The next page ahead, so that it comes at once. */
  render_slide (self, self->slide_page + 1, G_PRIORITY_DEFAULT);
  if (self->slide_page > 0)
    render_slide (self, self->slide_page - 1, G_PRIORITY_LOW);

  /* Only the pages around stay. */
  {
    GHashTableIter iter;
    gpointer key;

    g_hash_table_iter_init (&iter, self->slides);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      if (GPOINTER_TO_UINT (key) + 1 < self->slide_page || GPOINTER_TO_UINT (key) > self->slide_page + 2)
        g_hash_table_iter_remove (&iter);
  }
}

void
_mis_manual_view_go_to_slide (MisManualView *self,
                              guint          page)
{
  if (!mis_manual_model_get_presenting (self->model) || page >= n_pages (self) || page == self->slide_page)
    return;

  _mis_manual_view_mark_page_requested (self, page);

  self->slide_page = page;
  _mis_manual_view_layout_slide (self);
}

void
_mis_manual_view_update_chrome (MisManualView *self)
{
  gboolean fullscreen = mis_autohide_get_fullscreen (autohide (self));
  gboolean active = mis_autohide_get_active (autohide (self));
  gboolean presenting = mis_manual_model_get_presenting (self->model);

  /* Reading: the search bar keeps the header. Presenting: the page number
   * and the pointer come with motion, and go. */
  mis_fullscreen_box_set_keep_revealed (self->fullscreen_box, gtk_search_bar_get_search_mode (self->search_bar));
  gtk_revealer_set_reveal_child (self->slide_revealer, presenting && active);
  gtk_widget_set_cursor_from_name (self->presentation, !presenting || active ? NULL : "none");

  /* The window left fullscreen while presenting (the window manager, F11):
   * presenting ends too. Not before the window got there. */
  if (mis_manual_model_get_presenting (self->model) && self->fullscreened && self->was_fullscreen && !fullscreen)
    gtk_widget_activate_action (GTK_WIDGET (self), "manual.leave-presentation", NULL);
  self->was_fullscreen = fullscreen;
}

void
_mis_manual_view_present (MisManualView *self)
{
  GtkWindow *window = GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));

  if (self->document == NULL || mis_manual_model_get_presenting (self->model))
    return;

  mis_manual_model_set_presenting (self->model, TRUE);
  self->slide_page = mis_manual_model_get_page (self->model);
  self->slide_cancellable = g_cancellable_new ();
  gtk_stack_set_visible_child_name (self->mode_stack, "presentation");
  self->fullscreened = FALSE;
  if (window != NULL && !gtk_window_is_fullscreen (window))
    {
      gtk_window_fullscreen (window);
      self->fullscreened = TRUE;
    }
  gtk_widget_grab_focus (self->presentation);
  mis_pdf_page_set_index (self->slide, self->slide_page);
  update_slide_chrome (self);
  _mis_manual_view_queue_layout (self);
  _mis_manual_view_layout_slide (self);
}

void
_mis_manual_view_leave_presentation (MisManualView *self)
{
  GtkWindow *window = GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
  guint page = self->slide_page;

  if (!mis_manual_model_get_presenting (self->model))
    return;

  mis_manual_model_set_presenting (self->model, FALSE);
  _mis_manual_view_cancel_job (&self->slide_cancellable);
  g_hash_table_remove_all (self->slides);
  self->slide_scale = 0;
  self->slide_width = self->slide_height = 0;
  mis_pdf_page_drop_textures (self->slide);
  gtk_stack_set_visible_child_name (self->mode_stack, "reading");
  if (self->fullscreened && window != NULL && gtk_window_is_fullscreen (window))
    gtk_window_unfullscreen (window);
  self->fullscreened = FALSE;
  gtk_revealer_set_reveal_child (self->slide_revealer, FALSE);

  /* Back where the group was. */
  if (self->document != NULL)
    {
      self->open_page = (int)page;
      _mis_manual_view_set_current_page (self, page);
      _mis_manual_view_queue_layout (self);
    }
  gtk_widget_grab_focus (GTK_WIDGET (self->pages_box));
}

void
_mis_manual_view_slide_click_cb (GtkGestureClick *gesture,
                                 int              n_press,
                                 double           x,
                                 double           y,
                                 MisManualView   *self)
{
  if (x < gtk_widget_get_width (self->presentation) / 3.0)
    _mis_manual_view_go_to_slide (self, self->slide_page > 0 ? self->slide_page - 1 : 0);
  else
    _mis_manual_view_go_to_slide (self, self->slide_page + 1);
}

