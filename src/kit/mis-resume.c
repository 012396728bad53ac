/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-resume.c: a facilitator stops a film to discuss, closes the laptop,
 * and comes back the next week: the film offers to go on where it was.
 * Positions a few seconds from the start or the end are not worth offering.
 */
#define G_LOG_DOMAIN "mis-resume"

#include "mis-resume.h"

#include <math.h>

#define POSITION_KEY "position"
#define WATCHED_KEY "watched"
#define PAGE_KEY "page"
#define ZOOM_KEY "zoom"

/**
 * mis_resume_get_position:
 * @duration: the film's length, or 0 when not known yet
 *
 * Returns: where to offer to resume, or 0 to start from the beginning.
 */
double
mis_resume_get_position (MisStateStore *store,
                         const char    *kit_id,
                         const char    *resource_id,
                         double         duration)
{
  double position;

  g_return_val_if_fail (MIS_IS_STATE_STORE (store), 0);

  position = mis_state_store_get_double (store, kit_id, resource_id, POSITION_KEY, 0);
  if (position < MIS_RESUME_MARGIN)
    return 0;
  if (duration > 0 && position > duration - MIS_RESUME_MARGIN)
    return 0;

  return position;
}

/**
 * mis_resume_save:
 *
 * Remembers @position; at the very end, the film is marked watched and the
 * next opening starts from the beginning.
 */
void
mis_resume_save (MisStateStore *store,
                 const char    *kit_id,
                 const char    *resource_id,
                 double         position,
                 double         duration)
{
  g_return_if_fail (MIS_IS_STATE_STORE (store));

  if (duration > 0 && position >= duration - 1)
    {
      mis_resume_mark_watched (store, kit_id, resource_id);
      return;
    }

  mis_state_store_set_double (store, kit_id, resource_id, POSITION_KEY, MAX (position, 0));
}

void
mis_resume_mark_watched (MisStateStore *store,
                         const char    *kit_id,
                         const char    *resource_id)
{
  g_return_if_fail (MIS_IS_STATE_STORE (store));

  mis_state_store_set_boolean (store, kit_id, resource_id, WATCHED_KEY, TRUE);
  mis_state_store_set_double (store, kit_id, resource_id, POSITION_KEY, 0);
}

gboolean
mis_resume_get_watched (MisStateStore *store,
                        const char    *kit_id,
                        const char    *resource_id)
{
  g_return_val_if_fail (MIS_IS_STATE_STORE (store), FALSE);
  return mis_state_store_get_boolean (store, kit_id, resource_id, WATCHED_KEY);
}

/**
 * mis_resume_get_page:
 *
 * Returns: the page a photo-novel or manual was left at, counted from 0;
 *   0 when it was never opened (the file counts pages from 1, as people do).
 */
guint
mis_resume_get_page (MisStateStore *store,
                     const char    *kit_id,
                     const char    *resource_id)
{
  double page;

  g_return_val_if_fail (MIS_IS_STATE_STORE (store), 0);

  page = mis_state_store_get_double (store, kit_id, resource_id, PAGE_KEY, 1);
  if (!(page >= 1) || page > G_MAXINT)
    return 0;

  return (guint)page - 1;
}

void
mis_resume_save_page (MisStateStore *store,
                      const char    *kit_id,
                      const char    *resource_id,
                      guint          page)
{
  g_return_if_fail (MIS_IS_STATE_STORE (store));

  mis_state_store_set_double (store, kit_id, resource_id, PAGE_KEY, (double)page + 1);
}

/**
 * mis_resume_get_zoom:
 *
 * Returns: the scale a manual was read at, or %MIS_RESUME_FIT_WIDTH (also
 *   when never opened) or %MIS_RESUME_FIT_PAGE.
 */
double
mis_resume_get_zoom (MisStateStore *store,
                     const char    *kit_id,
                     const char    *resource_id)
{
  double zoom;

  g_return_val_if_fail (MIS_IS_STATE_STORE (store), MIS_RESUME_FIT_WIDTH);

  zoom = mis_state_store_get_double (store, kit_id, resource_id, ZOOM_KEY, MIS_RESUME_FIT_WIDTH);
  if (zoom < 0)
    return MIS_RESUME_FIT_PAGE;
  if (!(zoom > 0) || !isfinite (zoom))
    return MIS_RESUME_FIT_WIDTH;

  return zoom;
}

void
mis_resume_save_zoom (MisStateStore *store,
                      const char    *kit_id,
                      const char    *resource_id,
                      double         zoom)
{
  g_return_if_fail (MIS_IS_STATE_STORE (store));

  mis_state_store_set_double (store, kit_id, resource_id, ZOOM_KEY, zoom < 0 ? MIS_RESUME_FIT_PAGE : zoom);
}
