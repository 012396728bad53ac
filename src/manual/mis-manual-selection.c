/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-manual-selection.c: what the pointer does on a manual's pages: drag
 * to select words (each page's text and character boxes are read on the PDF
 * worker when first needed, and given to screen readers), Ctrl+C to copy
 * them, a click on a link to follow it. A link inside the manual goes to
 * its place; a web address is only shown, with an offer to copy it.
 */
#define G_LOG_DOMAIN "mis-manual-view"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "mis-manual-view-private.h"
#include "mis-util.h"


typedef struct
{
  MisManualView *self;
  guint          page;
} TextRequest;

static void
text_ready_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  TextRequest *request = user_data;
  g_autoptr(MisManualView) self = request->self;
  g_autoptr(GError) error = NULL;
  MisPdfText *text = mis_pdf_document_get_text_finish (MIS_PDF_DOCUMENT (object), result, &error);

  if (text != NULL && MIS_PDF_DOCUMENT (object) == self->document && request->page < n_pages (self))
    {
      g_clear_object (&self->slots[request->page].text_job);
      g_clear_pointer (&self->slots[request->page].text, mis_pdf_text_free);
      self->slots[request->page].text = text;

      /* A screen reader reads the page's words, as in Evince. */
      if (text->text != NULL && g_utf8_validate (text->text, -1, NULL))
        gtk_accessible_update_property (GTK_ACCESSIBLE (page_widget (self, request->page)),
                                        GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text->text, -1);
    }
  else
    mis_pdf_text_free (text);

  g_free (request);
}

void
_mis_manual_view_request_text (MisManualView *self,
                               guint          page)
{
  TextRequest *request;

  if (self->slots[page].text != NULL || self->slots[page].text_job != NULL)
    return;

  request = g_new0 (TextRequest, 1);
  request->self = g_object_ref (self);
  request->page = page;
  self->slots[page].text_job = g_cancellable_new ();
  mis_pdf_document_get_text_async (self->document, page, self->slots[page].text_job, text_ready_cb, request);
}

static int
char_at (MisPdfText *text,
         double      x,
         double      y)
{
  double best = G_MAXDOUBLE;
  int found = -1;

  for (guint i = 0; i < text->n_areas; i++)
    {
      const graphene_rect_t *area = &text->areas[i];
      double dx = MAX (0, MAX (area->origin.x - x, x - (area->origin.x + area->size.width)));
      double dy = MAX (0, MAX (area->origin.y - y, y - (area->origin.y + area->size.height)));
      /* Lines matter more than columns. */
      double distance = dx * dx + 4 * dy * dy;

      if (distance < best)
        {
          best = distance;
          found = (int)i;
        }
    }
  return found;
}

void
_mis_manual_view_clear_selection (MisManualView *self)
{
  if (self->select_page >= 0 && (guint)self->select_page < n_pages (self))
    mis_pdf_page_set_selection (page_widget (self, self->select_page), NULL);
  self->select_page = -1;
  self->select_from = self->select_to = -1;
}

static void
show_selection (MisManualView *self)
{
  MisPdfText *text = self->slots[self->select_page].text;
  g_autoptr(GArray) areas = g_array_new (FALSE, FALSE, sizeof (graphene_rect_t));
  int from = MIN (self->select_from, self->select_to);
  int to = MAX (self->select_from, self->select_to);

  /* One rectangle per line rather than per letter. */
  for (int i = from; i <= to && i >= 0 && (guint)i < text->n_areas; i++)
    {
      const graphene_rect_t *area = &text->areas[i];
      graphene_rect_t *last = areas->len ? &g_array_index (areas, graphene_rect_t, areas->len - 1) : NULL;

      if (area->size.width <= 0 || area->size.height <= 0)
        continue;
      if (last != NULL && fabs (last->origin.y - area->origin.y) < area->size.height / 2)
        graphene_rect_union (last, area, last);
      else
        g_array_append_val (areas, *area);
    }
  mis_pdf_page_set_selection (page_widget (self, self->select_page), areas);
}

static const MisPdfLink *
link_at (MisManualView *self,
         guint          page,
         double         x,
         double         y)
{
  GPtrArray *links = mis_pdf_document_get_links (self->document, page);

  for (guint i = 0; i < links->len; i++)
    {
      const MisPdfLink *link = g_ptr_array_index (links, i);

      if (graphene_rect_contains_point (&link->area, &GRAPHENE_POINT_INIT (x, y)))
        return link;
    }
  return NULL;
}

static void
drag_begin_cb (GtkGestureDrag *gesture,
               double          x,
               double          y,
               MisManualView  *self)
{
  MisPdfPage *page = MIS_PDF_PAGE (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture)));
  GdkEventSequence *sequence = gtk_gesture_single_get_current_sequence (GTK_GESTURE_SINGLE (gesture));
  GdkEvent *event = gtk_gesture_get_last_event (GTK_GESTURE (gesture), sequence);

  /* Fingers scroll; the mouse selects. */
  if (event != NULL && gdk_event_get_event_type (event) == GDK_TOUCH_BEGIN)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }

  gtk_widget_grab_focus (GTK_WIDGET (self->pages_box));
  _mis_manual_view_clear_selection (self);
  self->drag_x = x / mis_manual_model_get_zoom (self->model);
  self->drag_y = y / mis_manual_model_get_zoom (self->model);
  self->select_page = (int)mis_pdf_page_get_index (page);
  _mis_manual_view_request_text (self, (guint)self->select_page);
}

static void
drag_update_cb (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                MisManualView  *self)
{
  MisPdfText *text;

  if (self->select_page < 0 || (text = self->slots[self->select_page].text) == NULL)
    return;
  if (fabs (dx) < 4 && fabs (dy) < 4)
    return;

  self->select_from = char_at (text, self->drag_x, self->drag_y);
  self->select_to = char_at (text, self->drag_x + dx / mis_manual_model_get_zoom (self->model), self->drag_y + dy / mis_manual_model_get_zoom (self->model));
  show_selection (self);
}

/* A click, not a drag: a link, if there is one. */
static void
drag_end_cb (GtkGestureDrag *gesture,
             double          dx,
             double          dy,
             MisManualView  *self)
{
  MisPdfPage *page = MIS_PDF_PAGE (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture)));
  const MisPdfLink *link;

  if (fabs (dx) >= 4 || fabs (dy) >= 4)
    return;

  link = link_at (self, mis_pdf_page_get_index (page), self->drag_x, self->drag_y);
  if (link != NULL)
    mis_manual_view_activate_link (self, link);
}

static void
motion_cb (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           MisManualView            *self)
{
  MisPdfPage *page = MIS_PDF_PAGE (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller)));
  const MisPdfLink *link = link_at (self, mis_pdf_page_get_index (page), x / mis_manual_model_get_zoom (self->model), y / mis_manual_model_get_zoom (self->model));
  const char *cursor_name = link != NULL ? "pointer" : "text";
  GdkCursor *cursor = gtk_widget_get_cursor (GTK_WIDGET (page));

  /* At every motion: change the page only when the link under the pointer
   * does. */
  if (cursor == NULL || g_strcmp0 (gdk_cursor_get_name (cursor), cursor_name) != 0)
    gtk_widget_set_cursor_from_name (GTK_WIDGET (page), cursor_name);
  mis_widget_update_tooltip (GTK_WIDGET (page), link && link->kind == MIS_PDF_LINK_URI ? link->uri : NULL);
}

/* Links ---------------------------------------------------------------------- */

static void
link_dialog_response_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         MisManualView    *self)
{
  const char *uri = g_object_get_data (G_OBJECT (dialog), "uri");

  if (g_strcmp0 (response, "copy") == 0 && uri != NULL)
    gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), uri);
}

/**
 * mis_manual_view_activate_link:
 *
 * A place in the manual is gone to. A web address is shown with an offer to
 * copy it: the app never opens a browser (the computer is offline, and a
 * youth should not land on the web from a manual).
 *
 * Returns: whether the link led somewhere in the manual
 */
gboolean
mis_manual_view_activate_link (MisManualView    *self,
                               const MisPdfLink *link)
{
  GtkWidget *dialog;

  g_return_val_if_fail (MIS_IS_MANUAL_VIEW (self), FALSE);
  g_return_val_if_fail (link != NULL, FALSE);

  if (link->kind == MIS_PDF_LINK_PAGE)
    {
      _mis_manual_view_go_to (self, (guint)link->page, link->top);
      return TRUE;
    }

  if (link->kind == MIS_PDF_LINK_URI && self->can_copy)
    {
      dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                       _("A Link to a Website"), NULL);
      adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                      _("This link leads to %s\n\nThe app does not open websites. Copy the address to open it later on a device connected to the internet."),
                                      link->uri);
      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                        "close", _("_Close"),
                                        "copy", _("C_opy the Address"),
                                        NULL);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "copy", ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "copy");
      g_object_set_data_full (G_OBJECT (dialog), "uri", g_strdup (link->uri), g_free);
    }
  else if (link->kind == MIS_PDF_LINK_URI)
    {
      /* A shared computer: nothing left in the clipboard for the next
       * person; the address can still be read and noted. */
      dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                       _("A Link to a Website"), NULL);
      adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                      _("This link leads to %s\n\nThe app does not open websites. Note the address to open it later on a device connected to the internet."),
                                      link->uri);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
    }
  else
    {
      dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                       _("This Link Cannot Be Followed"),
                                       _("It leads outside the manual, to something this app does not open."));
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
    }

  g_signal_connect_object (dialog, "response", G_CALLBACK (link_dialog_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return FALSE;
}

/* Drag to select, click to follow, the pointer over a link. */
void
_mis_manual_view_attach_page_input (MisManualView *self,
                                    MisPdfPage    *page)
{
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();

  g_signal_connect (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (page), GTK_EVENT_CONTROLLER (drag));
  g_signal_connect (motion, "motion", G_CALLBACK (motion_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (page), motion);
}

/* Copying ---------------------------------------------------------------------- */

void
_mis_manual_view_copy_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  MisManualView *self = MIS_MANUAL_VIEW (widget);
  g_autofree char *text = NULL;

  if (!self->can_copy)
    return;

  text = mis_manual_view_get_selected_text (self);
  if (text != NULL)
    gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
}

/* Returns: (nullable) (transfer full): the selected text */
char *
mis_manual_view_get_selected_text (MisManualView *self)
{
  MisPdfText *text;
  int from, to;

  g_return_val_if_fail (MIS_IS_MANUAL_VIEW (self), NULL);

  if (self->select_page < 0 || self->select_from < 0 || (text = self->slots[self->select_page].text) == NULL)
    return NULL;

  from = MIN (self->select_from, self->select_to);
  to = MAX (self->select_from, self->select_to);
  return g_utf8_substring (text->text, from, to + 1);
}

/* Selects the words of the page being read, once its text is known. */
void
mis_manual_view_select_all_on_page (MisManualView *self)
{
  MisPdfText *text;

  g_return_if_fail (MIS_IS_MANUAL_VIEW (self));

  if (self->document == NULL || (text = self->slots[mis_manual_model_get_page (self->model)].text) == NULL || text->n_areas == 0)
    return;

  _mis_manual_view_clear_selection (self);
  self->select_page = (int)mis_manual_model_get_page (self->model);
  self->select_from = 0;
  self->select_to = (int)text->n_areas - 1;
  show_selection (self);
}
