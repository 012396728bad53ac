/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-manual-view-private.h: what the parts of the manual reader share
 * (mis-manual-view.c the view itself, mis-manual-sidebar.c its sidebar,
 * mis-manual-search.c its search, mis-manual-presentation.c its
 * presentation mode).
 * Nothing outside src/manual/ includes this.
 */
#pragma once

#include <adwaita.h>

#include "mis-fullscreen-box.h"
#include "mis-manual-model.h"
#include "mis-manual-view.h"
#include "mis-pdf-page.h"
#include "mis-search-context.h"
#include "mis-thumbnail-strip.h"
#include "mis-zoom-controller.h"

G_BEGIN_DECLS

/* What the view keeps for each page of the manual. */
typedef struct
{
  MisPdfPage   *widget;        /* a child of pages_box */
  double        offset;        /* its top in pages_box, CSS pixels */
  GCancellable *render;        /* the whole page being rendered */
  double        render_scale;
  GCancellable *detail;        /* the part on screen being rendered sharp */
  GCancellable *text_job;
  MisPdfText   *text;          /* for selection, once known */
} PageSlot;

struct _MisManualView
{
  GtkWidget          parent_instance;

  GtkStack          *mode_stack;
  GtkStack          *stack;
  MisFullscreenBox  *fullscreen_box;
  GtkWidget         *header_box;
  AdwWindowTitle    *window_title;
  GtkToggleButton   *sidebar_button;
  GtkToggleButton   *search_button;
  GtkWidget         *print_button;
  GtkWidget         *present_button;
  GtkWidget         *menu_button;
  GtkWidget         *page_box;
  GtkEntry          *page_entry;
  GtkLabel          *n_pages_label;
  GtkSearchBar      *search_bar;
  GtkSearchEntry    *search_entry;
  GtkWidget         *previous_match_button;
  GtkWidget         *next_match_button;
  GtkLabel          *search_label;
  GtkProgressBar    *search_progress;
  GtkSpinner        *spinner;
  AdwStatusPage     *error_page;
  AdwStatusPage     *password_page;
  GtkPasswordEntry  *password_entry;
  GtkLabel          *password_error;
  AdwFlap           *flap;
  GtkStack          *outline_stack;
  GtkListView       *outline_list;
  MisThumbnailStrip *thumbnail_strip;
  GtkScrolledWindow *scroller;
  GtkBox            *pages_box;
  GtkWidget         *presentation;
  MisPdfPage        *slide;
  GtkRevealer       *slide_revealer;
  GtkLabel          *slide_label;

  MisKit            *kit;
  MisResource       *manual;
  MisStateStore     *store;
  MisPdfDocument    *document;
  GCancellable      *cancellable;     /* everything for this document */
  MisManualState     state;

  PageSlot          *slots;           /* one per page */
  guint              n_slots;
  double             content_height;
  MisManualModel    *model;           /* page, zoom, fit, presenting */
  double             pending_y;       /* a scroll waiting for the layout; < 0 for none */
  int                open_page;
  guint              layout_source;
  guint              renders_source;
  guint              scroll_source;
  int                last_width;
  int                last_height;
  int                slide_width;     /* the presentation's size the slide was laid out for */
  int                slide_height;
  int                narrow;          /* -1 before the first layout */
  gboolean           sidebar_wanted;

  /* Profile milestones. */
  gboolean           awaiting_first;
  int                requested_page;  /* from 1; 0 when none */

  /* Search. */
  MisSearchContext  *search;          /* while a manual is open */
  int                lit_match_page;  /* the page lighting the current match, or -1 */

  /* Selection, on one page. */
  int                select_page;
  int                select_from;
  int                select_to;
  double             drag_x;
  double             drag_y;

  /* Sidebar. */
  GtkTreeListModel  *outline_model;

  /* Presentation. */
  gboolean           fullscreened;    /* by presenting */
  gboolean           was_fullscreen;
  guint              slide_page;
  GHashTable        *slides;          /* page → GdkTexture at slide_scale */
  double             slide_scale;
  GCancellable      *slide_cancellable;

  MisZoomController *zoom_controller;

  /* What this computer allows: GNOME's lockdown, a shared computer. */
  gboolean           can_print;
  gboolean           can_save;
  gboolean           can_copy;
  char              *pending_find;
};

static inline MisPdfPage *
page_widget (MisManualView *self,
             guint          page)
{
  return page < self->n_slots ? self->slots[page].widget : NULL;
}

static inline GtkAdjustment *
vadjustment (MisManualView *self)
{
  return gtk_scrolled_window_get_vadjustment (self->scroller);
}

static inline double
device_scale (MisManualView *self)
{
  return MAX (1, gtk_widget_get_scale_factor (GTK_WIDGET (self)));
}

/* Follows the pointer and the window's fullscreen state: the reading
 * page's bars, and the presentation's page number. */
static inline MisAutohide *
autohide (MisManualView *self)
{
  return mis_fullscreen_box_get_autohide (self->fullscreen_box);
}

static inline guint
n_pages (MisManualView *self)
{
  return self->n_slots;
}

void _mis_manual_view_scroll_to_page    (MisManualView  *self,
                                         guint           page,
                                         double          y);
void _mis_manual_view_scroll_into_view  (MisManualView  *self,
                                         guint           page,
                                         double          y,
                                         double          height);
void _mis_manual_view_cancel_job        (GCancellable  **job);
void _mis_manual_view_go_to             (MisManualView  *self,
                                         guint           page,
                                         double          top);
void _mis_manual_view_mark_page_requested (MisManualView *self,
                                           guint          page);
void _mis_manual_view_mark_page_shown   (MisManualView  *self,
                                         guint           page);
void _mis_manual_view_queue_layout      (MisManualView  *self);
void _mis_manual_view_visible_range     (MisManualView  *self,
                                         guint          *first,
                                         guint          *last);
void _mis_manual_view_set_current_page  (MisManualView  *self,
                                         guint           page);

/* mis-manual-presentation.c */
void _mis_manual_view_present           (MisManualView  *self);
void _mis_manual_view_leave_presentation (MisManualView *self);
void _mis_manual_view_layout_slide      (MisManualView  *self);
void _mis_manual_view_go_to_slide       (MisManualView  *self,
                                         guint           page);
void _mis_manual_view_update_chrome     (MisManualView  *self);
void _mis_manual_view_slide_click_cb    (GtkGestureClick *gesture,
                                         int              n_press,
                                         double           x,
                                         double           y,
                                         MisManualView   *self);

/* mis-manual-sidebar.c */
void _mis_manual_view_fill_sidebar      (MisManualView  *self);
void _mis_manual_view_empty_sidebar     (MisManualView  *self);
void _mis_manual_view_class_init_sidebar (GtkWidgetClass *widget_class);
void _mis_manual_view_init_sidebar      (MisManualView  *self);

/* mis-manual-search.c */
void _mis_manual_view_clear_search      (MisManualView  *self);
void _mis_manual_view_set_search_document (MisManualView  *self,
                                           MisPdfDocument *document);
void _mis_manual_view_class_init_search (GtkWidgetClass *widget_class);
void _mis_manual_view_init_search       (MisManualView  *self);

/* mis-manual-layout.c */
void     _mis_manual_view_layout_pages      (MisManualView  *self);
gboolean _mis_manual_view_layout_idle_cb    (gpointer        user_data);
void     _mis_manual_view_update_indicator  (MisManualView  *self);
void     _mis_manual_view_set_zoom          (MisManualView  *self,
                                             double          zoom,
                                             MisManualFit    fit,
                                             double          at_y);
double   _mis_manual_view_fit_zoom          (MisManualView  *self,
                                             MisManualFit    fit);
void     _mis_manual_view_scroll_value_changed_cb (MisManualView *self);
void     _mis_manual_view_upper_changed_cb  (MisManualView  *self);
void     _mis_manual_view_size_allocate     (GtkWidget      *widget,
                                             int             width,
                                             int             height,
                                             int             baseline);
void     _mis_manual_view_measure           (GtkWidget      *widget,
                                             GtkOrientation  orientation,
                                             int             for_size,
                                             int            *minimum,
                                             int            *natural,
                                             int            *minimum_baseline,
                                             int            *natural_baseline);

/* mis-manual-view.c */
void     _mis_manual_view_save_state        (MisManualView  *self);

/* mis-manual-render.c */
void _mis_manual_view_update_renders    (MisManualView  *self);
void _mis_manual_view_queue_update_renders (MisManualView *self);

/* mis-manual-selection.c */
void _mis_manual_view_attach_page_input (MisManualView  *self,
                                         MisPdfPage     *page);
void _mis_manual_view_request_text      (MisManualView  *self,
                                         guint           page);
void _mis_manual_view_clear_selection   (MisManualView  *self);
void _mis_manual_view_copy_action       (GtkWidget      *widget,
                                         const char     *action_name,
                                         GVariant       *parameter);

G_END_DECLS
