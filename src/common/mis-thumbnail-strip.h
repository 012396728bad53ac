/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-thumbnail-strip.h: the pages of a photo-novel or a manual in small,
 * in a scrolled list; choosing one goes there.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Starts making page @page's thumbnail, @width x @height device pixels at
 * most, to call @callback with @callback_data; @finish then gives the
 * texture. Returns FALSE when there is nothing to make (no callback then). */
typedef gboolean    (*MisThumbnailLoadFunc)   (guint                page,
                                               int                  width,
                                               int                  height,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             callback_data,
                                               gpointer             user_data);
typedef GdkTexture *(*MisThumbnailFinishFunc) (GObject             *source,
                                               GAsyncResult        *result,
                                               gpointer             user_data);

#define MIS_TYPE_THUMBNAIL_STRIP (mis_thumbnail_strip_get_type ())
G_DECLARE_FINAL_TYPE (MisThumbnailStrip, mis_thumbnail_strip, MIS, THUMBNAIL_STRIP, GtkWidget)

void        mis_thumbnail_strip_set_loader (MisThumbnailStrip      *self,
                                            MisThumbnailLoadFunc    load,
                                            MisThumbnailFinishFunc  finish,
                                            gpointer                user_data);
void        mis_thumbnail_strip_set_pages  (MisThumbnailStrip      *self,
                                            const char * const     *labels);
guint       mis_thumbnail_strip_get_n_pages (MisThumbnailStrip     *self);
void        mis_thumbnail_strip_select     (MisThumbnailStrip      *self,
                                            guint                   page);
guint       mis_thumbnail_strip_get_selected (MisThumbnailStrip    *self);
void        mis_thumbnail_strip_activate   (MisThumbnailStrip      *self,
                                            guint                   page);
GdkTexture *mis_thumbnail_strip_get_texture (MisThumbnailStrip     *self,
                                             guint                  page);

G_END_DECLS
