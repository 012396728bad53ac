/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-memory.c: a laptop left on all day in a youth centre opens and
 * closes the same manuals and photo-novels again and again. Their large
 * buffers come and go (a rendered page is 2 to 30 MB, a decoded photo 1 to
 * 8 MB, a frame of video 1 to 8 MB). glibc maps such a buffer and unmaps it
 * when freed, but each free of a mapped buffer raises its threshold, after
 * which buffers of that size come from the heaps of the threads that made
 * them and stay there, split and half used: the process grew by 17 to 22 MB
 * over 30 manuals opened and closed (tests/bench/bench-cycles). With the
 * threshold fixed, large buffers always go back to the system: 9 MB.
 * A threshold the user set (MALLOC_MMAP_THRESHOLD_) is kept.
 */
#define G_LOG_DOMAIN "mis-memory"

#include "config.h"

#include "mis-memory.h"

#ifdef __GLIBC__
#include <malloc.h>
#endif

void
mis_memory_tune (void)
{
#ifdef __GLIBC__
  if (g_getenv ("MALLOC_MMAP_THRESHOLD_") == NULL && mallopt (M_MMAP_THRESHOLD, MIS_MMAP_THRESHOLD) != 1)
    g_debug ("The C library refused an mmap threshold of %d bytes", MIS_MMAP_THRESHOLD);
#endif
}
