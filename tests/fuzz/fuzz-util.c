/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * fuzz-util.c: damaged input is expected to be reported, so messages and
 * warnings are dropped (they would drown the fuzzer's own output); only
 * criticals and errors, which are bugs, stop the run.
 */
#include <stdlib.h>

#include "fuzz-util.h"

static GLogWriterOutput
quiet_writer (GLogLevelFlags   level,
              const GLogField *fields,
              gsize            n_fields,
              gpointer         user_data)
{
  if (level & (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_ERROR))
    {
      g_log_writer_standard_streams (level, fields, n_fields, user_data);
      abort ();
    }
  return G_LOG_WRITER_HANDLED;
}

void
mis_fuzz_quiet_logs (void)
{
  g_log_set_writer_func (quiet_writer, NULL, NULL);
}
