/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * main.c: make-it-safe-kit, the publisher's tool: makes a kit from a folder
 * of media (init), keeps it up to date (update), checks it (check), copies
 * it to a USB stick with verification (copy) and lists what a translator has
 * to do (translate). Offline, in the user's language, exit status 0 only on
 * success.
 */
#define G_LOG_DOMAIN "make-it-safe-kit"

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <unistd.h>
#include <glib/gi18n.h>
#include <glib-unix.h>

#include "mis-kit-check.h"
#include "mis-kit-copy.h"
#include "mis-kit-scan.h"
#include "mis-kit-translate.h"
#include "mis-language.h"
#include "mis-paths.h"
#include "mis-pdf-document.h"
#include "mis-resource.h"

#define STATUS_USAGE 2

typedef int (*Command) (int argc, char **argv);

static void
print_messages (GPtrArray *messages)
{
  for (guint i = 0; i < messages->len; i++)
    g_print ("%s\n", (char *) g_ptr_array_index (messages, i));
}

/* Parses a command's options; prints its help on --help. */
static gboolean
parse (const char    *usage,
       const char    *summary,
       GOptionEntry  *entries,
       int           *argc,
       char        ***argv,
       int            n_args,
       int           *status)
{
  g_autoptr(GOptionContext) context = g_option_context_new (usage);
  g_autoptr(GError) error = NULL;

  g_option_context_set_summary (context, summary);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, argc, argv, &error))
    {
      g_printerr ("make-it-safe-kit: %s\n", error->message);
      *status = STATUS_USAGE;
      return FALSE;
    }
  if (*argc != n_args + 1)
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);
      g_printerr ("%s", help);
      *status = STATUS_USAGE;
      return FALSE;
    }
  return TRUE;
}

static int
command_init (int    argc,
              char **argv)
{
  g_autofree char *language = NULL;
  g_autofree char *title = NULL;
  gboolean force = FALSE;
  GOptionEntry entries[] = {
    { "language", 'l', 0, G_OPTION_ARG_STRING, &language, N_("The kit’s language (default: fr)"), N_("CODE") },
    { "title", 't', 0, G_OPTION_ARG_STRING, &title, N_("The kit’s title (default: made from the folder’s name)"),
      N_("TEXT") },
    { "force", 'f', 0, G_OPTION_ARG_NONE, &force, N_("Replace an index.json already there"), NULL },
    { NULL }
  };
  g_autoptr(GPtrArray) messages = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) dir = NULL;
  int status = 0;

  if (!parse (_("init DIR"), _("Writes an index.json for the films, picture folders and PDFs in DIR."),
              entries, &argc, &argv, 1, &status))
    return status;
  if (language == NULL)
    language = g_strdup ("fr");
  if (!mis_language_code_is_valid (language))
    {
      g_printerr (_("make-it-safe-kit: “%s” is not a language code such as fr, nl, de or en\n"), language);
      return STATUS_USAGE;
    }

  dir = g_file_new_for_commandline_arg (argv[1]);
  if (!mis_kit_scan_init (dir, language, title, force ? MIS_KIT_SCAN_FORCE : MIS_KIT_SCAN_NONE, messages, &error))
    {
      print_messages (messages);
      g_printerr ("make-it-safe-kit: %s\n", error->message);
      return 1;
    }
  print_messages (messages);
  g_print (_("index.json written. Check the kit with: make-it-safe-kit check %s\n"), argv[1]);
  return 0;
}

static int
command_update (int    argc,
                char **argv)
{
  GOptionEntry entries[] = { { NULL } };
  g_autoptr(GPtrArray) messages = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) dir = NULL;
  int status = 0;

  if (!parse (_("update DIR"),
              _("Adds new files to DIR’s index.json, says which are missing, and refreshes durations, pages and "
                "SHA-256 values, keeping everything written by hand."),
              entries, &argc, &argv, 1, &status))
    return status;

  dir = g_file_new_for_commandline_arg (argv[1]);
  if (!mis_kit_scan_update (dir, messages, &error))
    {
      print_messages (messages);
      g_printerr ("make-it-safe-kit: %s\n", error->message);
      return 1;
    }
  print_messages (messages);
  return 0;
}

static guint
count_pages (MisResource *manual,
             gpointer     user_data)
{
  return mis_pdf_document_count_pages (mis_resource_get_file (manual));
}

static int
command_check (int    argc,
               char **argv)
{
  GOptionEntry entries[] = { { NULL } };
  g_autoptr(GFile) dir = NULL;
  g_autoptr(GString) report = g_string_new (NULL);
  int status = 0;

  if (!parse (_("check DIR"), _("Checks the kit in DIR as make-it-safe --check-kit does."),
              entries, &argc, &argv, 1, &status))
    return status;

  dir = g_file_new_for_commandline_arg (argv[1]);
  status = mis_kit_check (dir, count_pages, NULL, report);
  fputs (report->str, stdout);
  return status;
}

/* Copy -------------------------------------------------------------------- */

typedef struct
{
  gboolean         terminal;
  MisKitCopyPhase  phase;      /* the last step a line was printed for */
  gboolean         line_open;
} CopyOutput;

static void
copy_progress (const MisKitCopyProgress *progress,
               gpointer                  data)
{
  CopyOutput *output = data;
  g_autofree char *line = NULL;

  if (progress->phase == MIS_KIT_COPY_PREPARING || progress->phase == MIS_KIT_COPY_DONE)
    {
      if (output->line_open)
        g_print ("\n");
      output->line_open = FALSE;
      if (progress->phase == MIS_KIT_COPY_PREPARING)
        g_print ("%s…\n", mis_kit_copy_phase_get_label (progress->phase));
      return;
    }

  line = mis_kit_copy_progress_to_string (progress);

  if (output->terminal)
    {
      /* One line, rewritten; cleared to its end. */
      g_print ("\r%s\033[K", line);
      output->line_open = TRUE;
    }
  else if (progress->files_done == progress->files_total && progress->phase != output->phase)
    {
      /* Not on a terminal (a log, a script): a line as each step ends. */
      g_print ("%s\n", line);
      output->phase = progress->phase;
    }
}

typedef struct
{
  GMainLoop  *loop;
  GFile      *copy;
  GPtrArray  *warnings;
  GError     *error;
} CopyWait;

static void
copied_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      data)
{
  CopyWait *wait = data;

  wait->copy = mis_kit_copy_finish (result, &wait->warnings, &wait->error);
  g_main_loop_quit (wait->loop);
}

static gboolean
interrupted_cb (gpointer data)
{
  g_cancellable_cancel (data);
  return G_SOURCE_CONTINUE;
}

static int
command_copy (int    argc,
              char **argv)
{
  GOptionEntry entries[] = { { NULL } };
  g_autoptr(GFile) kit = NULL;
  g_autoptr(GFile) destination = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  CopyOutput output = { isatty (STDOUT_FILENO), MIS_KIT_COPY_PREPARING, FALSE };
  CopyWait wait = { loop, NULL, NULL, NULL };
  guint sigint, sigterm;
  int status = 0;

  if (!parse (_("copy DIR DEST"),
              _("Copies the kit in DIR into the folder DEST (a USB stick), then reads every file back to check it. "
                "An interrupted copy leaves nothing that looks like a kit."),
              entries, &argc, &argv, 2, &status))
    return status;

  kit = g_file_new_for_commandline_arg (argv[1]);
  destination = g_file_new_for_commandline_arg (argv[2]);

  /* Ctrl+C cancels: the copy removes what it had written. */
  sigint = g_unix_signal_add (SIGINT, interrupted_cb, cancellable);
  sigterm = g_unix_signal_add (SIGTERM, interrupted_cb, cancellable);
  mis_kit_copy_async (kit, destination, copy_progress, &output, cancellable, copied_cb, &wait);
  g_main_loop_run (loop);
  g_source_remove (sigint);
  g_source_remove (sigterm);

  if (output.line_open)
    g_print ("\n");
  for (guint i = 0; wait.warnings != NULL && i < wait.warnings->len; i++)
    g_print (_("warning: %s\n"), (char *) g_ptr_array_index (wait.warnings, i));
  g_clear_pointer (&wait.warnings, g_ptr_array_unref);

  if (wait.copy == NULL)
    {
      if (g_error_matches (wait.error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_printerr (_("make-it-safe-kit: interrupted: the partial copy was removed\n"));
      else
        g_printerr ("make-it-safe-kit: %s\n", wait.error->message);
      g_clear_error (&wait.error);
      return 1;
    }

  {
    g_autofree char *where = g_file_get_parse_name (wait.copy);
    g_print (_("The kit was copied to %s and every file checked.\n"), where);
  }
  g_object_unref (wait.copy);
  return 0;
}

static int
command_translate (int    argc,
                   char **argv)
{
  g_autofree char *output = NULL;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the list to FILE (default: translate-LANG.txt)"),
      N_("FILE") },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) dir = NULL;
  g_autofree char *report = NULL;
  guint n_missing = 0;
  int status = 0;

  if (!parse (_("translate DIR LANG"),
              _("Lists every text of the kit in DIR that has no translation in LANG, for a translator."),
              entries, &argc, &argv, 2, &status))
    return status;
  if (!mis_language_code_is_valid (argv[2]))
    {
      g_printerr (_("make-it-safe-kit: “%s” is not a language code such as fr, nl, de or en\n"), argv[2]);
      return STATUS_USAGE;
    }

  dir = g_file_new_for_commandline_arg (argv[1]);
  if ((report = mis_kit_translate_report (dir, argv[2], &n_missing, &error)) == NULL)
    {
      g_printerr ("make-it-safe-kit: %s\n", error->message);
      return 1;
    }
  if (output == NULL)
    output = g_strdup_printf ("translate-%s.txt", argv[2]);
  if (!g_file_set_contents_full (output, report, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0644, &error))
    {
      g_printerr ("make-it-safe-kit: %s\n", error->message);
      return 1;
    }
  g_print (ngettext ("%u text to translate into “%s”, listed in %s\n",
                     "%u texts to translate into “%s”, listed in %s\n", n_missing),
           n_missing, argv[2], output);
  return 0;
}

static const struct
{
  const char *name;
  Command     run;
  const char *summary;
} commands[] = {
  { "init", command_init, N_("make a kit: write index.json for a folder of media") },
  { "update", command_update, N_("bring index.json up to date with its folder") },
  { "check", command_check, N_("check a kit, as make-it-safe --check-kit does") },
  { "copy", command_copy, N_("copy a kit to a USB stick or a folder, and verify the copy") },
  { "translate", command_translate, N_("list the texts a translator has to do") },
};

static void
print_usage (FILE *to)
{
  fprintf (to, "%s\n\n", _("Usage: make-it-safe-kit COMMAND [OPTION…] ARGUMENTS"));
  for (gsize i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (to, "  %-10s %s\n", commands[i].name, _(commands[i].summary));
  fprintf (to, "\n%s\n", _("“make-it-safe-kit COMMAND --help” tells more about each."));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  /* libmpv reads numbers the C way only: it refuses to start otherwise. */
  setlocale (LC_NUMERIC, "C");
  bindtextdomain (GETTEXT_PACKAGE, mis_paths_get_locale_dir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc < 2 || g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") || g_str_equal (argv[1], "help"))
    {
      print_usage (argc < 2 ? stderr : stdout);
      return argc < 2 ? STATUS_USAGE : 0;
    }
  if (g_str_equal (argv[1], "--version"))
    {
      g_print ("make-it-safe-kit %s\n", PACKAGE_VERSION);
      return 0;
    }

  for (gsize i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i].name))
      {
        /* The command sees itself as argv[0]. */
        g_set_prgname ("make-it-safe-kit");
        return commands[i].run (argc - 1, argv + 1);
      }

  g_printerr (_("make-it-safe-kit: unknown command “%s”\n\n"), argv[1]);
  print_usage (stderr);
  return STATUS_USAGE;
}
