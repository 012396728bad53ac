/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * fuzz-util.h: what the fuzz targets share.
 */
#pragma once

#include <glib.h>

void mis_fuzz_quiet_logs (void);
