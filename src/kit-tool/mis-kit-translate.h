/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-kit-translate.h: the texts of a kit a translator has still to do.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

char *mis_kit_translate_report (GFile       *dir,
                                const char  *language,
                                guint       *n_missing,
                                GError     **error);

G_END_DECLS
