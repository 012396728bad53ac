/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-neutral-screen.h: what the quick exit shows: a plain clock.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MIS_TYPE_NEUTRAL_SCREEN (mis_neutral_screen_get_type ())
G_DECLARE_FINAL_TYPE (MisNeutralScreen, mis_neutral_screen, MIS, NEUTRAL_SCREEN, GtkWidget)

const char *mis_neutral_screen_get_title     (void);
const char *mis_neutral_screen_get_icon_name (void);

G_END_DECLS
