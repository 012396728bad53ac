/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-manual-model.h: where a manual is being read: the page, the zoom and
 * how it fits, and whether it is being presented. No widgets.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Points of the page to pixels of the screen, before the screen's scale. */
#define MIS_MANUAL_MIN_ZOOM 0.1
#define MIS_MANUAL_MAX_ZOOM 8.0

typedef enum
{
  MIS_MANUAL_FIT_WIDTH,
  MIS_MANUAL_FIT_PAGE,
  MIS_MANUAL_FIT_NONE,
} MisManualFit;

#define MIS_TYPE_MANUAL_MODEL (mis_manual_model_get_type ())
G_DECLARE_FINAL_TYPE (MisManualModel, mis_manual_model, MIS, MANUAL_MODEL, GObject)

MisManualModel *mis_manual_model_new            (void);
guint           mis_manual_model_get_n_pages    (MisManualModel *self);
void            mis_manual_model_set_n_pages    (MisManualModel *self,
                                                 guint           n_pages);
guint           mis_manual_model_get_page       (MisManualModel *self);
void            mis_manual_model_set_page       (MisManualModel *self,
                                                 guint           page);
double          mis_manual_model_get_zoom       (MisManualModel *self);
void            mis_manual_model_set_zoom       (MisManualModel *self,
                                                 double          zoom);
MisManualFit    mis_manual_model_get_fit        (MisManualModel *self);
void            mis_manual_model_set_fit        (MisManualModel *self,
                                                 MisManualFit    fit);
gboolean        mis_manual_model_get_presenting (MisManualModel *self);
void            mis_manual_model_set_presenting (MisManualModel *self,
                                                 gboolean        presenting);

G_END_DECLS
