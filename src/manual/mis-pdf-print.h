/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-pdf-print.h: printing a manual, or some of its pages, as handouts.
 */
#pragma once

#include <gtk/gtk.h>

#include "mis-pdf-document.h"

G_BEGIN_DECLS

GtkPrintOperation *mis_pdf_print_new          (MisPdfDocument  *document,
                                               guint            current_page,
                                               const char      *pages,
                                               GError         **error);
GArray            *mis_pdf_print_parse_pages  (const char      *pages,
                                               guint            n_pages,
                                               GError         **error);

G_END_DECLS
