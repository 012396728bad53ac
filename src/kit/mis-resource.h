/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-resource.h: one item of the kit (a film, a photo-novel or a manual).
 */
#pragma once

#include <gio/gio.h>

#include "mis-kit-enums.h"
#include "mis-kit-types.h"

G_BEGIN_DECLS

#define MIS_TYPE_RESOURCE (mis_resource_get_type ())
G_DECLARE_FINAL_TYPE (MisResource, mis_resource, MIS, RESOURCE, GObject)

typedef struct
{
  char  *language;
  GFile *file;
} MisSubtitle;

const char          *mis_resource_get_id                 (MisResource *self);
guint                mis_resource_get_position           (MisResource *self);
MisResourceKind      mis_resource_get_kind               (MisResource *self);
const char          *mis_resource_get_title              (MisResource *self);
const char          *mis_resource_get_summary            (MisResource *self);
const char          *mis_resource_get_theme_names        (MisResource *self);
const char * const  *mis_resource_get_themes             (MisResource *self);
const char * const  *mis_resource_get_audiences          (MisResource *self);
const char          *mis_resource_get_language           (MisResource *self);
gboolean             mis_resource_get_available          (MisResource *self);
const char          *mis_resource_get_unavailable_reason (MisResource *self);
GFile               *mis_resource_get_file               (MisResource *self);
GFile               *mis_resource_get_poster             (MisResource *self);
double               mis_resource_get_duration           (MisResource *self);
guint                mis_resource_get_page_count         (MisResource *self);
void                 mis_resource_set_page_count         (MisResource *self,
                                                          guint        page_count);
GPtrArray           *mis_resource_get_pages              (MisResource *self);
const char          *mis_resource_get_page_text          (MisResource *self,
                                                          guint        page);
const char          *mis_resource_get_page_text_in       (MisResource *self,
                                                          guint        page,
                                                          const char  *language);
MisReadingDirection  mis_resource_get_direction          (MisResource *self);
GPtrArray           *mis_resource_get_subtitles          (MisResource *self);
GFile               *mis_resource_get_cover_file         (MisResource *self);
gboolean             mis_resource_matches                (MisResource        *self,
                                                          const char * const *query_words);

const char          *mis_resource_kind_to_string         (MisResourceKind kind);
const char          *mis_resource_kind_get_label         (MisResourceKind kind);
char                *mis_format_duration                 (double          seconds);
char                *mis_format_speed                    (double          speed);

G_END_DECLS
