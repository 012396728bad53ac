/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-kit-copy.h: copies a kit folder to another disk (a USB stick), checks
 * every file read back from it, and never leaves behind something that
 * looks like a whole kit when it fails.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  MIS_KIT_COPY_PREPARING,   /* listing the files, checking the free space */
  MIS_KIT_COPY_COPYING,
  MIS_KIT_COPY_VERIFYING,   /* reading the copy back */
  MIS_KIT_COPY_DONE,
} MisKitCopyPhase;

typedef struct
{
  MisKitCopyPhase  phase;
  guint64          bytes_done;
  guint64          bytes_total;
  guint            files_done;
  guint            files_total;
  const char      *file;          /* relative path, or NULL */
  double           seconds_left;  /* an estimate; negative while unknown */
} MisKitCopyProgress;

typedef void (*MisKitCopyProgressFunc) (const MisKitCopyProgress *progress,
                                        gpointer                  user_data);

#define MIS_KIT_COPY_ERROR (mis_kit_copy_error_quark ())

typedef enum
{
  MIS_KIT_COPY_ERROR_EXISTS,
  MIS_KIT_COPY_ERROR_NO_SPACE,
  MIS_KIT_COPY_ERROR_DAMAGED,     /* a file of the kit does not match its SHA-256 */
  MIS_KIT_COPY_ERROR_VERIFY,      /* the copy read back differs */
  MIS_KIT_COPY_ERROR_TOO_LARGE,   /* a file the destination's file system cannot hold */
  MIS_KIT_COPY_ERROR_NOT_A_KIT,
} MisKitCopyError;

GQuark     mis_kit_copy_error_quark  (void);

GFile     *mis_kit_copy              (GFile                  *kit,
                                      GFile                  *destination,
                                      MisKitCopyProgressFunc  progress,
                                      gpointer                user_data,
                                      GPtrArray              *warnings,
                                      GCancellable           *cancellable,
                                      GError                **error);
void       mis_kit_copy_async        (GFile                  *kit,
                                      GFile                  *destination,
                                      MisKitCopyProgressFunc  progress,
                                      gpointer                user_data,
                                      GCancellable           *cancellable,
                                      GAsyncReadyCallback     callback,
                                      gpointer                callback_data);
GFile     *mis_kit_copy_finish       (GAsyncResult           *result,
                                      GPtrArray             **warnings,
                                      GError                **error);

const char *mis_kit_copy_phase_get_label  (MisKitCopyPhase           phase);
char      *mis_kit_copy_progress_to_string (const MisKitCopyProgress *progress);

char      *mis_kit_file_sha256       (GFile                  *file,
                                      GCancellable           *cancellable,
                                      GError                **error);

G_END_DECLS
