/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-cover-loader.h: the pictures on the library's cards, made off the main
 * thread and kept, within a memory bound, for the session.
 */
#pragma once

#include <gtk/gtk.h>

#include "mis-resource.h"

G_BEGIN_DECLS

#define MIS_TYPE_COVER_LOADER (mis_cover_loader_get_type ())
G_DECLARE_FINAL_TYPE (MisCoverLoader, mis_cover_loader, MIS, COVER_LOADER, GObject)

MisCoverLoader *mis_cover_loader_get_default (void);
MisCoverLoader *mis_cover_loader_new         (gsize                max_bytes);
gsize           mis_cover_loader_get_cached_bytes (MisCoverLoader *self);
void            mis_cover_loader_load_async  (MisCoverLoader      *self,
                                              MisResource         *resource,
                                              int                  width,
                                              int                  height,
                                              GCancellable        *cancellable,
                                              GAsyncReadyCallback  callback,
                                              gpointer             user_data);
GdkTexture     *mis_cover_loader_load_finish (MisCoverLoader      *self,
                                              GAsyncResult        *result,
                                              GError             **error);

G_END_DECLS
