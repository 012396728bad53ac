/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-webvtt.h: the cues of a film's subtitles (WebVTT), for searching
 * what the films say.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Larger than any subtitle file of a short film: refused, not read. */
#define MIS_WEBVTT_MAX_SIZE (4 * 1024 * 1024)

typedef struct
{
  double  start;   /* seconds */
  double  end;
  char   *text;    /* without markup; lines joined with "\n" */
} MisCue;

void       mis_cue_free      (MisCue        *cue);
GPtrArray *mis_webvtt_parse  (const char    *data,
                              gssize         length,
                              GError       **error);
GPtrArray *mis_webvtt_load   (GFile         *file,
                              GCancellable  *cancellable,
                              GError       **error);

G_END_DECLS
