/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-renderer.h: GTK's renderer, chosen for the machine before GTK starts.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean    mis_renderer_is_software (void);
const char *mis_renderer_choose      (void);
gboolean    mis_renderer_has_gl      (void);

G_END_DECLS
