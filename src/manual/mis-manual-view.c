/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-manual-view.c: the training manuals, for a facilitator preparing a
 * session on a laptop or showing a page to a group. Pages follow each other
 * in one vertical scroll at the window's width; the sidebar has the table of
 * contents and the pages in small; the search finds words across the whole
 * manual whatever their accents; a page range prints as handouts; F5 shows
 * one page at a time, fullscreen, for a projector.
 *
 * Every page has its size from the start and shows a blank sheet until the
 * document's worker has rendered it: the pages on screen first, then their
 * neighbours; a page that scrolls away before its turn is cancelled, and
 * renderings far from the screen are dropped beyond a memory bound.
 *
 * The sidebar is in mis-manual-sidebar.c, the search bar in
 * mis-manual-search.c and the presentation mode in
 * mis-manual-presentation.c; they share the instance struct through
 * mis-manual-view-private.h.
 */
#define G_LOG_DOMAIN "mis-manual-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "mis-safety-buttons.h"
#include "mis-fullscreen-box.h"
#include "mis-manual-enums.h"
#include "mis-manual-view-private.h"
#include "mis-pdf-page.h"
#include "mis-pdf-print.h"
#include "mis-print-policy.h"
#include "mis-profile.h"
#include "mis-resume.h"
#include "mis-util.h"
#include "mis-zoom-controller.h"


G_DEFINE_FINAL_TYPE (MisManualView, mis_manual_view, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_STATE,
  PROP_CAN_PRINT,
  PROP_CAN_SAVE,
  PROP_CAN_COPY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The state is also the name of the page of the stack that shows it. */
static const char * const state_names[] = {
  [MIS_MANUAL_STATE_LOADING] = "loading",
  [MIS_MANUAL_STATE_PASSWORD] = "password",
  [MIS_MANUAL_STATE_ERROR] = "error",
  [MIS_MANUAL_STATE_DOCUMENT] = "document",
};

/* Printing turned off leaves no button that does nothing. */
static void
update_permissions (MisManualView *self)
{
  gboolean can_print = self->can_print && self->state == MIS_MANUAL_STATE_DOCUMENT;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "manual.print", can_print);
  gtk_widget_set_visible (self->print_button, can_print);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "manual.copy", self->can_copy);
}

static void
set_state (MisManualView  *self,
           MisManualState  state)
{
  gboolean changed = self->state != state;

  self->state = state;
  gtk_stack_set_visible_child_name (self->stack, state_names[state]);

  for (const char * const *action = (const char * const []) { "manual.present", "manual.search",
                                                              "manual.zoom-in", "manual.zoom-out", "manual.fit-width",
                                                              "manual.fit-page", NULL };
       *action != NULL; action++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), *action, state == MIS_MANUAL_STATE_DOCUMENT);

  /* Only the way back while there is no document to work on. */
  {
    GtkWidget *tools[] = { self->page_box, GTK_WIDGET (self->sidebar_button), GTK_WIDGET (self->search_button),
                           self->print_button, self->present_button, self->menu_button };

    for (guint i = 0; i < G_N_ELEMENTS (tools); i++)
      gtk_widget_set_visible (tools[i], state == MIS_MANUAL_STATE_DOCUMENT);
  }
  update_permissions (self);

  if (changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

void
_mis_manual_view_save_state (MisManualView *self)
{
  const char *kit_id;
  const char *manual_id;

  if (self->manual == NULL || self->document == NULL)
    return;

  kit_id = mis_kit_get_id (self->kit);
  manual_id = mis_resource_get_id (self->manual);
  mis_resume_save_page (self->store, kit_id, manual_id, mis_manual_model_get_page (self->model));
  mis_resume_save_zoom (self->store, kit_id, manual_id,
                        mis_manual_model_get_fit (self->model) == MIS_MANUAL_FIT_WIDTH ? MIS_RESUME_FIT_WIDTH :
                        mis_manual_model_get_fit (self->model) == MIS_MANUAL_FIT_PAGE ? MIS_RESUME_FIT_PAGE : mis_manual_model_get_zoom (self->model));
}

/* Pages ---------------------------------------------------------------------- */

static void
create_pages (MisManualView *self)
{
  guint count = mis_pdf_document_get_n_pages (self->document);

  self->slots = g_new0 (PageSlot, count);
  self->n_slots = count;
  mis_manual_model_set_n_pages (self->model, count);

  for (guint i = 0; i < count; i++)
    {
      GtkWidget *page = mis_pdf_page_new (i);
      const char *label = mis_pdf_document_get_page_label (self->document, i);
      g_autofree char *accessible = g_strdup_printf (_("Page %s"), label);

      mis_pdf_page_set_label (MIS_PDF_PAGE (page), label);
      gtk_widget_set_halign (page, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (page), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);

      _mis_manual_view_attach_page_input (self, MIS_PDF_PAGE (page));

      gtk_box_append (self->pages_box, page);
      self->slots[i].widget = MIS_PDF_PAGE (page);
    }
}

static void
destroy_pages (MisManualView *self)
{
  for (guint i = 0; i < self->n_slots; i++)
    {
      PageSlot *slot = &self->slots[i];

      _mis_manual_view_cancel_job (&slot->render);
      _mis_manual_view_cancel_job (&slot->detail);
      _mis_manual_view_cancel_job (&slot->text_job);
      g_clear_pointer (&slot->text, mis_pdf_text_free);
      gtk_box_remove (self->pages_box, GTK_WIDGET (slot->widget));
    }
  g_clear_pointer (&self->slots, g_free);
  self->n_slots = 0;
  mis_manual_model_set_n_pages (self->model, 0);
  self->content_height = 0;
}

/* Actions ------------------------------------------------------------------ */

static void
slide_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  MisManualView *self = MIS_MANUAL_VIEW (widget);

  if (g_str_equal (action_name, "manual.slide-next"))
    _mis_manual_view_go_to_slide (self, self->slide_page + 1);
  else if (g_str_equal (action_name, "manual.slide-previous") && self->slide_page > 0)
    _mis_manual_view_go_to_slide (self, self->slide_page - 1);
  else if (g_str_equal (action_name, "manual.slide-first"))
    _mis_manual_view_go_to_slide (self, 0);
  else if (g_str_equal (action_name, "manual.slide-last") && n_pages (self) > 0)
    _mis_manual_view_go_to_slide (self, n_pages (self) - 1);
  else if (g_str_equal (action_name, "manual.leave-presentation"))
    _mis_manual_view_leave_presentation (self);
}

static void
present_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  _mis_manual_view_present (MIS_MANUAL_VIEW (widget));
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MisManualView *self = MIS_MANUAL_VIEW (widget);

  if (self->document == NULL)
    return;

  if (g_str_equal (action_name, "manual.zoom-in"))
    mis_zoom_controller_zoom_in (self->zoom_controller);
  else if (g_str_equal (action_name, "manual.zoom-out"))
    mis_zoom_controller_zoom_out (self->zoom_controller);
  else if (g_str_equal (action_name, "manual.fit-page"))
    _mis_manual_view_set_zoom (self, _mis_manual_view_fit_zoom (self, MIS_MANUAL_FIT_PAGE), MIS_MANUAL_FIT_PAGE, -1);
  else
    _mis_manual_view_set_zoom (self, _mis_manual_view_fit_zoom (self, MIS_MANUAL_FIT_WIDTH), MIS_MANUAL_FIT_WIDTH, -1);
}

static void
scroll_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MisManualView *self = MIS_MANUAL_VIEW (widget);
  GtkAdjustment *adjustment = vadjustment (self);
  double value = gtk_adjustment_get_value (adjustment);
  double page_size = gtk_adjustment_get_page_size (adjustment);

  if (self->document == NULL)
    return;

  if (g_str_equal (action_name, "manual.screen-down"))
    gtk_adjustment_set_value (adjustment, value + page_size * 0.9);
  else if (g_str_equal (action_name, "manual.screen-up"))
    gtk_adjustment_set_value (adjustment, value - page_size * 0.9);
  else if (g_str_equal (action_name, "manual.line-down"))
    gtk_adjustment_set_value (adjustment, value + 48);
  else if (g_str_equal (action_name, "manual.line-up"))
    gtk_adjustment_set_value (adjustment, value - 48);
  else if (g_str_equal (action_name, "manual.next-page") && mis_manual_model_get_page (self->model) + 1 < n_pages (self))
    _mis_manual_view_go_to (self, mis_manual_model_get_page (self->model) + 1, -1);
  else if (g_str_equal (action_name, "manual.previous-page") && mis_manual_model_get_page (self->model) > 0)
    _mis_manual_view_go_to (self, mis_manual_model_get_page (self->model) - 1, -1);
  else if (g_str_equal (action_name, "manual.first-page"))
    _mis_manual_view_go_to (self, 0, -1);
  else if (g_str_equal (action_name, "manual.last-page"))
    _mis_manual_view_go_to (self, n_pages (self) - 1, -1);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MisManualView *self = MIS_MANUAL_VIEW (widget);

  if (self->document == NULL)
    return;
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
focus_page_entry_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  MisManualView *self = MIS_MANUAL_VIEW (widget);

  if (self->document != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->page_entry));
}

static void
toggle_sidebar_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  MisManualView *self = MIS_MANUAL_VIEW (widget);

  if (self->document != NULL)
    adw_flap_set_reveal_flap (self->flap, !adw_flap_get_reveal_flap (self->flap));
}

static void
escape_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MisManualView *self = MIS_MANUAL_VIEW (widget);

  if (self->select_page >= 0)
    _mis_manual_view_clear_selection (self);
  else
    mis_fullscreen_box_leave_fullscreen (self->fullscreen_box);
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               MisManualView           *self)
{
  g_autoptr(GError) error = NULL;

  if (mis_print_was_refused (operation))
    {
      GtkWidget *dialog;

      dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                       _("Saving to a File Is Turned Off"),
                                       _("On this computer, manuals can be printed on paper but not saved to a file. Choose a printer instead."));
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
  else if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      GtkWidget *dialog;

      gtk_print_operation_get_error (operation, &error);
      dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                       _("The Manual Could Not Be Printed"),
                                       error ? error->message : NULL);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  MisManualView *self = MIS_MANUAL_VIEW (widget);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;

  if (self->document == NULL || !self->can_print)
    return;

  operation = mis_pdf_print_new (self->document, mis_manual_model_get_page (self->model), NULL, NULL);
  if (!self->can_save)
    mis_print_refuse_files (operation);
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), self, 0);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_WINDOW (gtk_widget_get_root (widget)), &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    print_done_cb (operation, GTK_PRINT_OPERATION_RESULT_ERROR, self);
}

static void
page_entry_activate_cb (MisManualView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->page_entry));
  int page = self->document ? mis_pdf_document_find_page (self->document, text) : -1;

  if (page < 0)
    {
      gtk_widget_error_bell (GTK_WIDGET (self->page_entry));
      gtk_widget_add_css_class (GTK_WIDGET (self->page_entry), "error");
      return;
    }

  gtk_widget_remove_css_class (GTK_WIDGET (self->page_entry), "error");
  gtk_widget_grab_focus (GTK_WIDGET (self->pages_box));
  _mis_manual_view_go_to (self, (guint)page, -1);
}

/* Ctrl+wheel keeps the top of the screen in place; a pinch keeps what is
 * between the fingers. */
static void
zoom_requested_cb (MisManualView *self,
                   double         zoom,
                   double         anchor_y)
{
  if (self->document != NULL)
    _mis_manual_view_set_zoom (self, zoom, MIS_MANUAL_FIT_NONE, anchor_y);
}

/* Opening ------------------------------------------------------------------ */

static void load (MisManualView *self,
                  const char    *password);

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(MisManualView) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(MisPdfDocument) document = mis_pdf_document_load_finish (result, &error);
  double zoom;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->manual == NULL)
    return;

  if (document == NULL)
    {
      if (g_error_matches (error, MIS_PDF_ERROR, MIS_PDF_ERROR_NEEDS_PASSWORD) ||
          g_error_matches (error, MIS_PDF_ERROR, MIS_PDF_ERROR_WRONG_PASSWORD))
        {
          gtk_label_set_label (self->password_error,
                               error->code == MIS_PDF_ERROR_WRONG_PASSWORD ? error->message : "");
          gtk_editable_set_text (GTK_EDITABLE (self->password_entry), "");
          set_state (self, MIS_MANUAL_STATE_PASSWORD);
          gtk_widget_grab_focus (GTK_WIDGET (self->password_entry));
        }
      else
        {
          g_printerr ("make-it-safe: %s: %s\n", mis_resource_get_id (self->manual), error->message);
          adw_status_page_set_description (self->error_page, error->message);
          set_state (self, MIS_MANUAL_STATE_ERROR);
        }
      return;
    }

  self->document = g_steal_pointer (&document);
  _mis_manual_view_set_search_document (self, self->document);
  create_pages (self);
  _mis_manual_view_fill_sidebar (self);

  zoom = mis_resume_get_zoom (self->store, mis_kit_get_id (self->kit), mis_resource_get_id (self->manual));
  mis_manual_model_set_fit (self->model, zoom == MIS_RESUME_FIT_WIDTH ? MIS_MANUAL_FIT_WIDTH :
                                         zoom == MIS_RESUME_FIT_PAGE ? MIS_MANUAL_FIT_PAGE : MIS_MANUAL_FIT_NONE);
  mis_manual_model_set_zoom (self->model, zoom > 0 ? zoom : 1);
  self->open_page = CLAMP (self->open_page, 0, (int)n_pages (self) - 1);
  mis_manual_model_set_page (self->model, (guint)self->open_page);
  _mis_manual_view_layout_pages (self);

  /* At once: the first page renders while GTK lays the pages out. And
   * before the pages are shown: the sidebar then appears as it is, rather
   * than sliding in (which libadwaita 1.2 can get wrong on the first
   * frames). */
  g_clear_handle_id (&self->layout_source, g_source_remove);
  _mis_manual_view_layout_idle_cb (self);

  set_state (self, MIS_MANUAL_STATE_DOCUMENT);
  _mis_manual_view_update_indicator (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->pages_box));

  if (self->pending_find != NULL)
    {
      g_autofree char *text = g_steal_pointer (&self->pending_find);

      mis_manual_view_find (self, text);
    }
}

static void
load (MisManualView *self,
      const char    *password)
{
  set_state (self, MIS_MANUAL_STATE_LOADING);
  mis_pdf_document_load_async (mis_resource_get_file (self->manual), password, self->cancellable,
                               loaded_cb, g_object_ref (self));
}

static void
unlock_cb (MisManualView *self)
{
  const char *password = gtk_editable_get_text (GTK_EDITABLE (self->password_entry));

  if (self->manual != NULL && *password != '\0')
    load (self, password);
}

/* GObject ------------------------------------------------------------------ */

static void
mis_manual_view_dispose (GObject *object)
{
  MisManualView *self = (MisManualView *)object;
  GtkWidget *child;

  mis_manual_view_close (self);
  g_clear_handle_id (&self->layout_source, g_source_remove);
  g_clear_handle_id (&self->renders_source, g_source_remove);
  g_clear_handle_id (&self->scroll_source, g_source_remove);
  g_clear_object (&self->zoom_controller);
  gtk_widget_dispose_template (GTK_WIDGET (self), MIS_TYPE_MANUAL_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->slides, g_hash_table_unref);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (mis_manual_view_parent_class)->dispose (object);
}

static void
mis_manual_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MisManualView *self = MIS_MANUAL_VIEW (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;
    case PROP_CAN_PRINT:
      g_value_set_boolean (value, self->can_print);
      break;
    case PROP_CAN_SAVE:
      g_value_set_boolean (value, self->can_save);
      break;
    case PROP_CAN_COPY:
      g_value_set_boolean (value, self->can_copy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mis_manual_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  MisManualView *self = MIS_MANUAL_VIEW (object);
  gboolean *field;

  switch (prop_id)
    {
    case PROP_CAN_PRINT:
      field = &self->can_print;
      break;
    case PROP_CAN_SAVE:
      field = &self->can_save;
      break;
    case PROP_CAN_COPY:
      field = &self->can_copy;
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  if (*field == g_value_get_boolean (value))
    return;

  *field = g_value_get_boolean (value);
  update_permissions (self);
  g_object_notify_by_pspec (object, pspec);
}

static void
mis_manual_view_class_init (MisManualViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mis_manual_view_dispose;
  object_class->get_property = mis_manual_view_get_property;
  object_class->set_property = mis_manual_view_set_property;

  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL,
                       MIS_TYPE_MANUAL_STATE, MIS_MANUAL_STATE_LOADING,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * MisManualView:can-print:
   *
   * Whether the manual may be printed (off under GNOME's lockdown
   * "disable-printing", and on a shared computer unless allowed).
   */
  properties[PROP_CAN_PRINT] =
    g_param_spec_boolean ("can-print", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * MisManualView:can-save:
   *
   * Whether printing may go to a file ("disable-save-to-disk").
   */
  properties[PROP_CAN_SAVE] =
    g_param_spec_boolean ("can-save", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * MisManualView:can-copy:
   *
   * Whether selected text and link addresses may be copied to the
   * clipboard.
   */
  properties[PROP_CAN_COPY] =
    g_param_spec_boolean ("can-copy", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  widget_class->measure = _mis_manual_view_measure;
  widget_class->size_allocate = _mis_manual_view_size_allocate;

  g_type_ensure (MIS_TYPE_PDF_PAGE);
  g_type_ensure (MIS_TYPE_SAFETY_BUTTONS);
  g_type_ensure (MIS_TYPE_FULLSCREEN_BOX);
  g_type_ensure (MIS_TYPE_THUMBNAIL_STRIP);
  gtk_widget_class_set_template_from_resource (widget_class, "/be/ecpat/MakeItSafe/manual/mis-manual-view.ui");
  gtk_widget_class_bind_template_child (widget_class, MisManualView, mode_stack);
  gtk_widget_class_bind_template_child (widget_class, MisManualView, stack);
  gtk_widget_class_bind_template_child (widget_class, MisManualView, fullscreen_box);
  gtk_widget_class_bind_template_child (widget_class, MisManualView, header_box);
  gtk_widget_class_bind_template_child (widget_class, MisManualView, window_title);
  gtk_widget_class_bind_template_child (widget_class, MisManualView, sidebar_button);
  gtk_widget_class_bind_template_child (widget_class, MisManualView, search_button);
  gtk_widget_class_bind_template_child (widget_class, MisManualView, print_button);
  gtk_widget_class_bind_template_child (widget_class, MisManualView, present_button);
  gtk_widget_class_bind_template_child (widget_class, MisManualView, menu_button);
  gtk_widget_class_bind_template_child (widget_class, MisManualView, page_box);
  gtk_widget_class_bind_template_child (widget_class, MisManualView, page_entry);
  gtk_widget_class_bind_template_child (widget_class, MisManualView, n_pages_label);
  gtk_widget_class_bind_template_child (widget_class, MisManualView, search_bar);
  gtk_widget_class_bind_template_child (widget_class, MisManualView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, MisManualView, previous_match_button);
  gtk_widget_class_bind_template_child (widget_class, MisManualView, next_match_button);
  gtk_widget_class_bind_template_child (widget_class, MisManualView, search_label);
  gtk_widget_class_bind_template_child (widget_class, MisManualView, search_progress);
  gtk_widget_class_bind_template_child (widget_class, MisManualView, spinner);
  gtk_widget_class_bind_template_child (widget_class, MisManualView, error_page);
  gtk_widget_class_bind_template_child (widget_class, MisManualView, password_page);
  gtk_widget_class_bind_template_child (widget_class, MisManualView, password_entry);
  gtk_widget_class_bind_template_child (widget_class, MisManualView, password_error);
  gtk_widget_class_bind_template_child (widget_class, MisManualView, flap);
  gtk_widget_class_bind_template_child (widget_class, MisManualView, outline_stack);
  gtk_widget_class_bind_template_child (widget_class, MisManualView, outline_list);
  gtk_widget_class_bind_template_child (widget_class, MisManualView, thumbnail_strip);
  gtk_widget_class_bind_template_child (widget_class, MisManualView, scroller);
  gtk_widget_class_bind_template_child (widget_class, MisManualView, pages_box);
  gtk_widget_class_bind_template_child (widget_class, MisManualView, presentation);
  gtk_widget_class_bind_template_child (widget_class, MisManualView, slide);
  gtk_widget_class_bind_template_child (widget_class, MisManualView, slide_revealer);
  gtk_widget_class_bind_template_child (widget_class, MisManualView, slide_label);
  gtk_widget_class_bind_template_callback (widget_class, page_entry_activate_cb);
  _mis_manual_view_class_init_search (widget_class);
  _mis_manual_view_class_init_sidebar (widget_class);
  gtk_widget_class_bind_template_callback (widget_class, unlock_cb);

  gtk_widget_class_install_action (widget_class, "manual.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "manual.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "manual.fit-width", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "manual.fit-page", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "manual.screen-down", NULL, scroll_action);
  gtk_widget_class_install_action (widget_class, "manual.screen-up", NULL, scroll_action);
  gtk_widget_class_install_action (widget_class, "manual.line-down", NULL, scroll_action);
  gtk_widget_class_install_action (widget_class, "manual.line-up", NULL, scroll_action);
  gtk_widget_class_install_action (widget_class, "manual.next-page", NULL, scroll_action);
  gtk_widget_class_install_action (widget_class, "manual.previous-page", NULL, scroll_action);
  gtk_widget_class_install_action (widget_class, "manual.first-page", NULL, scroll_action);
  gtk_widget_class_install_action (widget_class, "manual.last-page", NULL, scroll_action);
  gtk_widget_class_install_action (widget_class, "manual.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "manual.focus-page-entry", NULL, focus_page_entry_action);
  gtk_widget_class_install_action (widget_class, "manual.toggle-sidebar", NULL, toggle_sidebar_action);
  gtk_widget_class_install_action (widget_class, "manual.copy", NULL, _mis_manual_view_copy_action);
  gtk_widget_class_install_action (widget_class, "manual.escape", NULL, escape_action);
  gtk_widget_class_install_action (widget_class, "manual.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "manual.present", NULL, present_action);
  gtk_widget_class_install_action (widget_class, "manual.slide-next", NULL, slide_action);
  gtk_widget_class_install_action (widget_class, "manual.slide-previous", NULL, slide_action);
  gtk_widget_class_install_action (widget_class, "manual.slide-first", NULL, slide_action);
  gtk_widget_class_install_action (widget_class, "manual.slide-last", NULL, slide_action);
  gtk_widget_class_install_action (widget_class, "manual.leave-presentation", NULL, slide_action);

  gtk_widget_class_set_css_name (widget_class, "mismanualview");
}

/* GtkSearchBar's own close button has no name for screen readers. */
static gboolean
name_search_close_button (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_BUTTON (child) && gtk_widget_has_css_class (child, "close"))
        {
          gtk_widget_set_tooltip_text (child, _("Close the Search"));
          gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          _("Close the search"), -1);
          return TRUE;
        }
      if (name_search_close_button (child))
        return TRUE;
    }
  return FALSE;
}

static void
mis_manual_view_init (MisManualView *self)
{
  GtkEventController *shortcuts, *slide_keys;
  GtkGesture *click;
  GtkShortcutController *keys;

  self->can_print = self->can_save = self->can_copy = TRUE;
  self->model = mis_manual_model_new ();
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The page column takes the keyboard focus back (after a search, after
   * presenting); the viewport GTK puts around it would then scroll to its
   * top, page 1. Where the reader is, the view decides. */
  gtk_viewport_set_scroll_to_focus (GTK_VIEWPORT (gtk_scrolled_window_get_child (self->scroller)), FALSE);
  name_search_close_button (GTK_WIDGET (self->search_bar));

  self->pending_y = -1;
  self->open_page = -1;
  self->select_page = -1;
  self->lit_match_page = -1;
  self->last_width = -1;
  self->narrow = -1;
  self->sidebar_wanted = TRUE;
  self->slides = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  mis_spinner_spin_when_shown (self->spinner);
  set_state (self, MIS_MANUAL_STATE_LOADING);

  _mis_manual_view_init_sidebar (self);
  g_object_bind_property (self->search_button, "active", self->search_bar, "search-mode-enabled",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  _mis_manual_view_init_search (self);

  g_signal_connect_object (vadjustment (self), "value-changed", G_CALLBACK (_mis_manual_view_scroll_value_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (vadjustment (self), "notify::upper", G_CALLBACK (_mis_manual_view_upper_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (vadjustment (self), "notify::page-size", G_CALLBACK (_mis_manual_view_queue_update_renders), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_scrolled_window_get_hadjustment (self->scroller), "notify::page-size",
                           G_CALLBACK (_mis_manual_view_queue_layout), self, G_CONNECT_SWAPPED);

  gtk_widget_set_focusable (GTK_WIDGET (self->pages_box), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->pages_box), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Pages of the manual"), -1);

  /* Reading keys bubble: the page entry and the search entry keep theirs. */
  shortcuts = gtk_shortcut_controller_new ();
  keys = GTK_SHORTCUT_CONTROLLER (shortcuts);
  mis_add_shortcut (keys, "Page_Down|space", "manual.screen-down", NULL);
  mis_add_shortcut (keys, "Page_Up|<Shift>space", "manual.screen-up", NULL);
  mis_add_shortcut (keys, "Down", "manual.line-down", NULL);
  mis_add_shortcut (keys, "Up", "manual.line-up", NULL);
  mis_add_shortcut (keys, "Right|<Control>Page_Down", "manual.next-page", NULL);
  mis_add_shortcut (keys, "Left|<Control>Page_Up", "manual.previous-page", NULL);
  mis_add_shortcut (keys, "Home|<Control>Home", "manual.first-page", NULL);
  mis_add_shortcut (keys, "End|<Control>End", "manual.last-page", NULL);
  mis_add_shortcut (keys, "<Control>plus|<Control>equal|<Control>KP_Add", "manual.zoom-in", NULL);
  mis_add_shortcut (keys, "<Control>minus|<Control>KP_Subtract", "manual.zoom-out", NULL);
  mis_add_shortcut (keys, "<Control>0|<Control>KP_0", "manual.fit-width", NULL);
  mis_add_shortcut (keys, "<Control>f|slash", "manual.search", NULL);
  mis_add_shortcut (keys, "<Control>l", "manual.focus-page-entry", NULL);
  mis_add_shortcut (keys, "F9", "manual.toggle-sidebar", NULL);
  mis_add_shortcut (keys, "<Control>c", "manual.copy", NULL);
  mis_add_shortcut (keys, "<Control>p", "manual.print", NULL);
  mis_add_shortcut (keys, "F5", "manual.present", NULL);
  mis_add_shortcut (keys, "F11", "win.fullscreen", NULL);
  mis_add_shortcut (keys, "Escape", "manual.escape", NULL);
  gtk_widget_add_controller (gtk_stack_get_child_by_name (self->mode_stack, "reading"), shortcuts);

  /* Presenting: no entries there, keys are caught before anything else. */
  slide_keys = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (slide_keys, GTK_PHASE_CAPTURE);
  keys = GTK_SHORTCUT_CONTROLLER (slide_keys);
  mis_add_shortcut (keys, "Right|Down|Page_Down|space|Return|KP_Enter|n", "manual.slide-next", NULL);
  mis_add_shortcut (keys, "Left|Up|Page_Up|BackSpace|<Shift>space|p", "manual.slide-previous", NULL);
  mis_add_shortcut (keys, "Home", "manual.slide-first", NULL);
  mis_add_shortcut (keys, "End", "manual.slide-last", NULL);
  mis_add_shortcut (keys, "Escape|F5|q", "manual.leave-presentation", NULL);
  gtk_widget_add_controller (self->presentation, slide_keys);
  gtk_widget_set_focusable (self->presentation, TRUE);

  click = gtk_gesture_click_new ();
  g_signal_connect (click, "released", G_CALLBACK (_mis_manual_view_slide_click_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->slide), GTK_EVENT_CONTROLLER (click));
  click = gtk_gesture_click_new ();
  g_signal_connect (click, "released", G_CALLBACK (_mis_manual_view_slide_click_cb), self);
  gtk_widget_add_controller (self->presentation, GTK_EVENT_CONTROLLER (click));

  self->zoom_controller = mis_zoom_controller_new (MIS_MANUAL_MIN_ZOOM, MIS_MANUAL_MAX_ZOOM);
  g_object_bind_property (self->model, "zoom", self->zoom_controller, "zoom", G_BINDING_SYNC_CREATE);
  mis_zoom_controller_attach (self->zoom_controller, GTK_WIDGET (self->scroller));
  g_signal_connect_object (self->zoom_controller, "zoom-requested", G_CALLBACK (zoom_requested_cb),
                           self, G_CONNECT_SWAPPED);

  mis_autohide_watch (autohide (self), self->presentation);
  g_signal_connect_object (autohide (self), "changed", G_CALLBACK (_mis_manual_view_update_chrome), self, G_CONNECT_SWAPPED);
}

/* Public ------------------------------------------------------------------- */

/**
 * mis_manual_view_open:
 * @page: the page to open at, from 0; negative for where the reader was
 */
void
mis_manual_view_open (MisManualView *self,
                      MisKit        *kit,
                      MisResource   *manual,
                      MisStateStore *store,
                      int            page)
{
  g_return_if_fail (MIS_IS_MANUAL_VIEW (self));
  g_return_if_fail (MIS_IS_KIT (kit));
  g_return_if_fail (MIS_IS_RESOURCE (manual));
  g_return_if_fail (MIS_IS_STATE_STORE (store));

  mis_manual_view_close (self);

  g_set_object (&self->kit, kit);
  g_set_object (&self->manual, manual);
  g_set_object (&self->store, store);
  self->cancellable = g_cancellable_new ();

  if (page < 0)
    page = (int)mis_resume_get_page (store, mis_kit_get_id (kit), mis_resource_get_id (manual));
  self->open_page = MAX (page, 0);

  adw_window_title_set_title (self->window_title, mis_resource_get_title (manual));
  adw_window_title_set_subtitle (self->window_title, NULL);
  mis_profile_mark ("resource-requested", mis_resource_get_id (manual));
  self->awaiting_first = TRUE;
  self->requested_page = 0;
  load (self, NULL);
}

/**
 * mis_manual_view_find:
 *
 * Opens the search bar with @text, and highlights its matches from the page
 * being read; Enter goes on to the next. Called right after
 * mis_manual_view_open(), it waits for the manual to load.
 */
void
mis_manual_view_find (MisManualView *self,
                      const char    *text)
{
  g_return_if_fail (MIS_IS_MANUAL_VIEW (self));
  g_return_if_fail (text != NULL);

  if (self->state != MIS_MANUAL_STATE_DOCUMENT)
    {
      g_free (self->pending_find);
      self->pending_find = g_strdup (text);
      return;
    }

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  /* At once, not after the entry's typing delay. */
  mis_manual_view_search (self, text);
}

void
mis_manual_view_close (MisManualView *self)
{
  g_return_if_fail (MIS_IS_MANUAL_VIEW (self));

  g_clear_pointer (&self->pending_find, g_free);

  if (mis_manual_model_get_presenting (self->model))
    _mis_manual_view_leave_presentation (self);
  _mis_manual_view_save_state (self);
  _mis_manual_view_clear_selection (self);
  _mis_manual_view_clear_search (self);
  if (self->search_bar != NULL)
    gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  _mis_manual_view_cancel_job (&self->cancellable);
  destroy_pages (self);
  if (self->thumbnail_strip != NULL)
    _mis_manual_view_empty_sidebar (self);
  _mis_manual_view_set_search_document (self, NULL);
  g_clear_object (&self->document);
  g_clear_object (&self->manual);
  g_clear_object (&self->kit);
  g_clear_object (&self->store);
  self->open_page = -1;
  self->pending_y = -1;
  mis_manual_model_set_page (self->model, 0);
  if (self->fullscreen_box != NULL)
    mis_autohide_stop (autohide (self));
}

/* Returns: (nullable) (transfer none): the manual open, once loaded */
MisPdfDocument *
mis_manual_view_get_document (MisManualView *self)
{
  g_return_val_if_fail (MIS_IS_MANUAL_VIEW (self), NULL);
  return self->document;
}

/* Returns: "loading", "error", "password" or "document" */
const char *
mis_manual_view_get_state (MisManualView *self)
{
  g_return_val_if_fail (MIS_IS_MANUAL_VIEW (self), NULL);
  return state_names[self->state];
}

/**
 * mis_manual_view_get_view_state:
 *
 * Returns: what the view shows; watch #MisManualView:state to follow it.
 */
MisManualState
mis_manual_view_get_view_state (MisManualView *self)
{
  g_return_val_if_fail (MIS_IS_MANUAL_VIEW (self), MIS_MANUAL_STATE_LOADING);
  return self->state;
}

guint
mis_manual_view_get_page (MisManualView *self)
{
  g_return_val_if_fail (MIS_IS_MANUAL_VIEW (self), 0);
  return mis_manual_model_get_presenting (self->model) ? self->slide_page : mis_manual_model_get_page (self->model);
}

void
mis_manual_view_go_to_page (MisManualView *self,
                            guint          page)
{
  g_return_if_fail (MIS_IS_MANUAL_VIEW (self));

  if (mis_manual_model_get_presenting (self->model))
    _mis_manual_view_go_to_slide (self, page);
  else
    _mis_manual_view_go_to (self, page, -1);
}

double
mis_manual_view_get_zoom (MisManualView *self)
{
  g_return_val_if_fail (MIS_IS_MANUAL_VIEW (self), 1);
  return mis_manual_model_get_zoom (self->model);
}

MisManualFit
mis_manual_view_get_fit (MisManualView *self)
{
  g_return_val_if_fail (MIS_IS_MANUAL_VIEW (self), MIS_MANUAL_FIT_WIDTH);
  return mis_manual_model_get_fit (self->model);
}

/* Returns: whether @page shows its content (or its error) */
gboolean
mis_manual_view_is_page_drawn (MisManualView *self,
                               guint          page)
{
  MisPdfPage *widget;

  g_return_val_if_fail (MIS_IS_MANUAL_VIEW (self), FALSE);

  if (mis_manual_model_get_presenting (self->model))
    return page == self->slide_page && mis_pdf_page_is_drawn (self->slide);
  if ((widget = page_widget (self, page)) == NULL)
    return FALSE;
  return mis_pdf_page_is_drawn (widget) || mis_pdf_page_get_error (widget) != NULL;
}

/* Returns: the number of matches of the last search, -1 while searching or
 * when there is none */
int
mis_manual_view_get_n_matches (MisManualView *self)
{
  g_return_val_if_fail (MIS_IS_MANUAL_VIEW (self), -1);

  if (self->search == NULL || mis_search_context_get_query (self->search) == NULL ||
      mis_search_context_get_searching (self->search))
    return -1;
  return (int)mis_search_context_get_n_matches (self->search);
}

int
mis_manual_view_get_current_match (MisManualView *self)
{
  g_return_val_if_fail (MIS_IS_MANUAL_VIEW (self), -1);
  return self->search ? mis_search_context_get_current_match (self->search) : -1;
}

/* Returns: the page of the match gone to, from 0, or -1 */
int
mis_manual_view_get_current_match_page (MisManualView *self)
{
  int current = mis_manual_view_get_current_match (self);

  g_return_val_if_fail (MIS_IS_MANUAL_VIEW (self), -1);

  if (current < 0)
    return -1;
  return mis_search_context_get_match (self->search, (guint)current)->page;
}

/**
 * mis_manual_view_get_search_context:
 *
 * Returns: (transfer none) (nullable): the search of the manual open
 */
MisSearchContext *
mis_manual_view_get_search_context (MisManualView *self)
{
  g_return_val_if_fail (MIS_IS_MANUAL_VIEW (self), NULL);
  return self->search;
}

gboolean
mis_manual_view_get_presenting (MisManualView *self)
{
  g_return_val_if_fail (MIS_IS_MANUAL_VIEW (self), FALSE);
  return mis_manual_model_get_presenting (self->model);
}

/* Returns: (transfer none): the page shown while presenting */
GtkWidget *
mis_manual_view_get_slide (MisManualView *self)
{
  g_return_val_if_fail (MIS_IS_MANUAL_VIEW (self), NULL);
  return GTK_WIDGET (self->slide);
}

/**
 * mis_manual_view_get_manual:
 *
 * Returns: (transfer none) (nullable): the resource open, if one is
 */
MisResource *
mis_manual_view_get_manual (MisManualView *self)
{
  g_return_val_if_fail (MIS_IS_MANUAL_VIEW (self), NULL);
  return self->manual;
}

/**
 * mis_manual_view_get_model:
 *
 * Returns: (transfer none): where the manual is being read; watch its
 *   properties to follow the page, the zoom and the presentation
 */
MisManualModel *
mis_manual_view_get_model (MisManualView *self)
{
  g_return_val_if_fail (MIS_IS_MANUAL_VIEW (self), NULL);
  return self->model;
}
