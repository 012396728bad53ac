/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-cover-picture.h: a resource's cover, or the icon of its kind until
 * the cover has been made (or when it has none).
 */
#pragma once

#include <gtk/gtk.h>

#include "mis-resource.h"

G_BEGIN_DECLS

#define MIS_TYPE_COVER_PICTURE (mis_cover_picture_get_type ())
G_DECLARE_FINAL_TYPE (MisCoverPicture, mis_cover_picture, MIS, COVER_PICTURE, GtkWidget)

const char *mis_resource_kind_icon_name (MisResourceKind kind);

void mis_cover_picture_set_resource (MisCoverPicture *self,
                                     MisResource     *resource,
                                     int              width,
                                     int              height);

G_END_DECLS
