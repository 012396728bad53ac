/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-page-view.h: draws one page, or two side by side, fitted or zoomed.
 */
#pragma once

#include <gtk/gtk.h>

#include "mis-zoom-controller.h"

G_BEGIN_DECLS

typedef enum
{
  MIS_FIT_PAGE,
  MIS_FIT_WIDTH,
  MIS_FIT_FREE,
} MisFitMode;

/* Left and right as on the screen; forward and back as in the story. */
typedef enum
{
  MIS_PAGE_TURN_LEFT,
  MIS_PAGE_TURN_RIGHT,
  MIS_PAGE_TURN_FORWARD,
  MIS_PAGE_TURN_BACK,
} MisPageTurn;

#define MIS_TYPE_PAGE_VIEW (mis_page_view_get_type ())
G_DECLARE_FINAL_TYPE (MisPageView, mis_page_view, MIS, PAGE_VIEW, GtkWidget)

GtkWidget  *mis_page_view_new          (void);
void        mis_page_view_set_n_slots  (MisPageView *self,
                                        guint        n_slots);
void        mis_page_view_set_slot     (MisPageView *self,
                                        guint        slot,
                                        GdkTexture  *texture,
                                        const char  *error);
GdkTexture *mis_page_view_get_texture  (MisPageView *self,
                                        guint        slot);
void        mis_page_view_get_decode_size (MisPageView *self,
                                           guint        n_pages,
                                           int         *width,
                                           int         *height);
MisFitMode  mis_page_view_get_fit      (MisPageView *self);
void        mis_page_view_set_fit      (MisPageView *self,
                                        MisFitMode   fit);
double      mis_page_view_get_zoom     (MisPageView *self);
void        mis_page_view_set_zoom     (MisPageView *self,
                                        double       zoom);
void        mis_page_view_pan          (MisPageView *self,
                                        double       dx,
                                        double       dy);
void        mis_page_view_get_pan      (MisPageView *self,
                                        double      *x,
                                        double      *y);
gboolean    mis_page_view_can_pan      (MisPageView *self);
MisZoomController *mis_page_view_get_zoom_controller (MisPageView *self);

G_END_DECLS
