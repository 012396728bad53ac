/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * main.c: starts Make-IT-Safe Viewer.
 */
#define G_LOG_DOMAIN "make-it-safe"

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "mis-application.h"
#include "mis-memory.h"
#include "mis-paths.h"
#include "mis-profile.h"
#include "mis-renderer.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(MisApplication) app = NULL;

  mis_profile_init ();
  mis_memory_tune ();

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, mis_paths_get_locale_dir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  mis_paths_setup_env ();
  mis_renderer_choose ();

  app = mis_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
