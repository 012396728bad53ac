/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-reading-model.h: where a reader is in a photo-novel, one page or two
 * at a time, in either reading direction. Pure logic, no widgets.
 */
#pragma once

#include <glib-object.h>

#include "mis-kit-types.h"

G_BEGIN_DECLS

#define MIS_TYPE_READING_MODEL (mis_reading_model_get_type ())
G_DECLARE_FINAL_TYPE (MisReadingModel, mis_reading_model, MIS, READING_MODEL, GObject)

MisReadingModel *mis_reading_model_new          (guint                n_pages,
                                                 MisReadingDirection  direction);
guint            mis_reading_model_get_n_pages  (MisReadingModel     *self);
MisReadingDirection mis_reading_model_get_direction (MisReadingModel *self);
guint            mis_reading_model_get_page     (MisReadingModel     *self);
gboolean         mis_reading_model_get_spread   (MisReadingModel     *self);
void             mis_reading_model_set_spread   (MisReadingModel     *self,
                                                 gboolean             spread);
void             mis_reading_model_get_view     (MisReadingModel     *self,
                                                 int                 *first,
                                                 int                 *second);
void             mis_reading_model_get_view_of  (MisReadingModel     *self,
                                                 guint                page,
                                                 int                 *first,
                                                 int                 *second);
void             mis_reading_model_get_screen_pages (MisReadingModel *self,
                                                     int             *left,
                                                     int             *right);
gboolean         mis_reading_model_go_to        (MisReadingModel     *self,
                                                 guint                page);
gboolean         mis_reading_model_next         (MisReadingModel     *self);
gboolean         mis_reading_model_previous     (MisReadingModel     *self);
gboolean         mis_reading_model_first        (MisReadingModel     *self);
gboolean         mis_reading_model_last         (MisReadingModel     *self);
gboolean         mis_reading_model_turn_right   (MisReadingModel     *self);
gboolean         mis_reading_model_turn_left    (MisReadingModel     *self);
gboolean         mis_reading_model_is_first     (MisReadingModel     *self);
gboolean         mis_reading_model_is_last      (MisReadingModel     *self);

G_END_DECLS
