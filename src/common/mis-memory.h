/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-memory.h: how the process asks the C library for memory.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define MIS_MMAP_THRESHOLD (256 * 1024)

void mis_memory_tune (void);

G_END_DECLS
