/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-manual-text.h: a manual's pages into the search inside resources.
 */
#pragma once

#include "mis-pdf-document.h"
#include "mis-text-index.h"

G_BEGIN_DECLS

void     mis_manual_text_add_async  (MisTextIndex        *index,
                                     MisResource         *manual,
                                     const char          *cache_dir,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data);
gboolean mis_manual_text_add_finish (GAsyncResult        *result,
                                     GError             **error);

G_END_DECLS
