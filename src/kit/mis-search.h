/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-search.h: accent- and case-insensitive word-prefix search, shared by the
 * library and the viewers so that every search in the app behaves alike.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char      *mis_search_fold     (const char         *text);
GStrv      mis_search_tokenize (const char         *text);
char      *mis_search_markup   (const char         *text,
                                const char * const *query_words);
gboolean   mis_search_match    (const char * const *query_words,
                                const char * const *text_words);

G_END_DECLS
