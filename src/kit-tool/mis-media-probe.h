/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-media-probe.h: a kit's media read as the app reads them.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct
{
  double     duration;         /* seconds */
  gboolean   has_video;
  GPtrArray *audio_languages;  /* char *, two-letter codes; NULL entries for tracks without */
} MisVideoInfo;

void     mis_video_info_clear (MisVideoInfo  *info);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (MisVideoInfo, mis_video_info_clear)

gboolean mis_probe_video      (GFile         *file,
                               GFile         *poster,
                               MisVideoInfo  *info,
                               GError       **error);
gboolean mis_probe_pdf        (GFile         *file,
                               char         **title,
                               guint         *n_pages,
                               GError       **error);
gboolean mis_probe_image      (GFile         *file,
                               GError       **error);

G_END_DECLS
