/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-page-cache.h: decoded pages, made in workers, kept within a memory
 * bound.
 */
#pragma once

#include <gdk/gdk.h>

G_BEGIN_DECLS

#define MIS_TYPE_PAGE_CACHE (mis_page_cache_get_type ())
G_DECLARE_FINAL_TYPE (MisPageCache, mis_page_cache, MIS, PAGE_CACHE, GObject)

MisPageCache *mis_page_cache_new          (gsize                max_bytes);
GdkTexture   *mis_page_cache_lookup       (MisPageCache        *self,
                                           GFile               *file,
                                           int                  width,
                                           int                  height);
void          mis_page_cache_load_async   (MisPageCache        *self,
                                           GFile               *file,
                                           int                  width,
                                           int                  height,
                                           int                  io_priority,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
GdkTexture   *mis_page_cache_load_finish  (MisPageCache        *self,
                                           GAsyncResult        *result,
                                           GError             **error);
gsize         mis_page_cache_get_size     (MisPageCache        *self);
guint         mis_page_cache_get_n_items  (MisPageCache        *self);

G_END_DECLS
