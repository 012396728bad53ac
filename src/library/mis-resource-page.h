/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-resource-page.h: what a resource is about, before opening it.
 */
#pragma once

#include <gtk/gtk.h>

#include "mis-kit.h"

G_BEGIN_DECLS

#define MIS_TYPE_RESOURCE_PAGE (mis_resource_page_get_type ())
G_DECLARE_FINAL_TYPE (MisResourcePage, mis_resource_page, MIS, RESOURCE_PAGE, GtkWidget)

void         mis_resource_page_set_resource (MisResourcePage *self,
                                             MisKit          *kit,
                                             MisResource     *resource);
MisResource *mis_resource_page_get_resource (MisResourcePage *self);

void         mis_resource_page_focus_main_action (MisResourcePage *self);

G_END_DECLS
