/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-search-command.h: make-it-safe --search WORDS, without a window.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

int mis_search_command (GFile      *kit_dir,
                        const char *words,
                        GString    *out);

G_END_DECLS
