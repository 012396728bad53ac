/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-test-app.h: the whole app, run in the test's process as users run it.
 */
#pragma once

#include "mis-application.h"
#include "mis-window.h"

G_BEGIN_DECLS

typedef void (*MisTestAppSteps) (MisApplication *app,
                                 MisWindow      *window,
                                 gpointer        data);

void mis_test_run_app (const char * const *argv,
                       MisTestAppSteps     steps,
                       gpointer            data);

G_END_DECLS
