/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-pdf-document-private.h: what the document (mis-pdf-document.c: the
 * worker, opening and what is read once) shares with its jobs
 * (mis-pdf-jobs.c: rendering, text, search, printing).
 */
#pragma once

#include <poppler.h>

#include "mis-pdf-document.h"

G_BEGIN_DECLS

typedef struct
{
  double     width;
  double     height;
  char      *label;
  GPtrArray *links;
} PageInfo;

struct _MisPdfDocument
{
  GObject          parent_instance;

  GFile           *file;
  GThreadPool     *pool;
  guint64          next_sequence;

  /* Worker only. */
  PopplerDocument *document;

  /* Written by the opening job, read-only afterwards. */
  char            *title;
  PageInfo        *pages;
  guint            n_pages;
  double           max_width;
  double           max_height;
  gboolean         has_labels;
  GListStore      *outline;
};

/* Runs on the document's worker, which alone touches its PopplerDocument. */
typedef void (*MisPdfJobFunc) (MisPdfDocument *self,
                               GTask          *task);

void         _mis_pdf_document_queue_job (MisPdfDocument *self,
                                          GTask          *task,
                                          MisPdfJobFunc   func);
PopplerPage *_mis_pdf_document_get_page  (MisPdfDocument *self,
                                          guint           index,
                                          GError        **error);
gboolean     _mis_pdf_workers_stopping   (void);

G_END_DECLS
