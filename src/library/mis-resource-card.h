/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-resource-card.h: one resource in the library's grid.
 */
#pragma once

#include <gtk/gtk.h>

#include "mis-resource.h"

G_BEGIN_DECLS

#define MIS_TYPE_RESOURCE_CARD (mis_resource_card_get_type ())
G_DECLARE_FINAL_TYPE (MisResourceCard, mis_resource_card, MIS, RESOURCE_CARD, GtkWidget)

GtkWidget   *mis_resource_card_new          (void);
MisResource *mis_resource_card_get_resource (MisResourceCard *self);
void         mis_resource_card_set_resource (MisResourceCard *self,
                                             MisResource     *resource);
char        *mis_resource_describe_length   (MisResource     *resource);
char        *mis_resource_format_length     (MisResource     *resource);

G_END_DECLS
