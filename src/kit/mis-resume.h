/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-resume.h: where a resource was left: the point a film was stopped at
 * and whether it was watched, the page a photo-novel or manual was left at,
 * and how a manual was zoomed. Every viewer remembers through these, so the
 * keys of the state file are written in one place.
 */
#pragma once

#include "mis-state-store.h"

G_BEGIN_DECLS

/* Closer to either end than this, a film starts from the beginning. */
#define MIS_RESUME_MARGIN 5.0

double   mis_resume_get_position (MisStateStore *store,
                                  const char    *kit_id,
                                  const char    *resource_id,
                                  double         duration);
void     mis_resume_save         (MisStateStore *store,
                                  const char    *kit_id,
                                  const char    *resource_id,
                                  double         position,
                                  double         duration);
void     mis_resume_mark_watched (MisStateStore *store,
                                  const char    *kit_id,
                                  const char    *resource_id);
gboolean mis_resume_get_watched  (MisStateStore *store,
                                  const char    *kit_id,
                                  const char    *resource_id);

/* A manual shown fitted to the width or to the page, rather than at a scale. */
#define MIS_RESUME_FIT_WIDTH 0.0
#define MIS_RESUME_FIT_PAGE (-1.0)

guint    mis_resume_get_page     (MisStateStore *store,
                                  const char    *kit_id,
                                  const char    *resource_id);
void     mis_resume_save_page    (MisStateStore *store,
                                  const char    *kit_id,
                                  const char    *resource_id,
                                  guint          page);
double   mis_resume_get_zoom     (MisStateStore *store,
                                  const char    *kit_id,
                                  const char    *resource_id);
void     mis_resume_save_zoom    (MisStateStore *store,
                                  const char    *kit_id,
                                  const char    *resource_id,
                                  double         zoom);

G_END_DECLS
