/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-profile.h: measurable milestones for benchmarks
 * (MAKEITSAFE_PROFILE=1, MAKEITSAFE_PROFILE_EXIT=<milestone>).
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void     mis_profile_init            (void);
gboolean mis_profile_enabled         (void);
void     mis_profile_mark            (const char *milestone,
                                      const char *detail);
void     mis_profile_mark_after_frame (GtkWidget  *widget,
                                       const char *milestone,
                                       const char *detail);

G_END_DECLS
