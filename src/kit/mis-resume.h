/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-resume.h: where a film was stopped, and whether it was watched.
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

G_END_DECLS
