/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-instances.c: a second `make-it-safe` hands its command line to the
 * one already running. When it asks for --private, what is opened from then
 * on must not be saved: on a shared computer the next youth would find it.
 */
#include "config.h"

#include "mis-test-util.h"

/* Reads the app's milestones until @milestone. */
static void
wait_for_milestone (GDataInputStream *err,
                    const char       *milestone)
{
  for (;;)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *line = g_data_input_stream_read_line_utf8 (err, NULL, NULL, &error);

      g_assert_no_error (error);
      if (line == NULL)
        g_error ("the app ended before %s", milestone);
      if (strstr (line, milestone) != NULL)
        return;
    }
}

/* The app, as it will run here: its state in @state_dir, quitting once
 * @exit_milestone is on screen. */
static GSubprocessLauncher *
app_launcher (const char       *state_dir,
              const char       *exit_milestone,
              GSubprocessFlags  stderr_flag)
{
  GSubprocessLauncher *launcher = g_subprocess_launcher_new (stderr_flag | G_SUBPROCESS_FLAGS_STDOUT_SILENCE);

  g_subprocess_launcher_setenv (launcher, "XDG_STATE_HOME", state_dir, TRUE);
  g_subprocess_launcher_setenv (launcher, "MAKEITSAFE_PROFILE", "1", TRUE);
  g_subprocess_launcher_setenv (launcher, "MAKEITSAFE_PROFILE_EXIT", exit_milestone, TRUE);
  return launcher;
}

/* Starts the app, opens a photo-novel at page 2 from a second instance
 * (private or not), lets it quit, and returns what it saved. */
static char *
open_from_second_instance (gboolean private_second)
{
  const char *binary = g_getenv ("MAKE_IT_SAFE_BIN");
  const char *kit = mis_test_sample_kit_dir ();
  g_autofree char *home = g_dir_make_tmp ("mis-instances-XXXXXX", NULL);
  g_autofree char *state_dir = g_build_filename (home, "state", NULL);
  g_autofree char *state_file = g_build_filename (state_dir, "make-it-safe", "make-it-safe-sample.ini", NULL);
  g_autoptr(GSubprocessLauncher) launcher = app_launcher (state_dir, "page-shown", G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GSubprocess) first = NULL;
  g_autoptr(GSubprocess) second = NULL;
  g_autoptr(GDataInputStream) err = NULL;
  g_autoptr(GError) error = NULL;
  char *saved = NULL;


  first = g_subprocess_launcher_spawn (launcher, &error, binary, "--kit", kit, NULL);
  g_assert_no_error (error);
  err = g_data_input_stream_new (g_subprocess_get_stderr_pipe (first));
  wait_for_milestone (err, "library-shown");

  {
    const char *argv[] = { binary, "--kit", kit, "--open", "novel-one-photo-too-many", "--page", "2",
                           private_second ? "--private" : NULL, NULL };

    second = g_subprocess_launcher_spawnv (launcher, argv, &error);
  }
  g_assert_no_error (error);
  g_assert_true (g_subprocess_wait_check (second, NULL, &error));
  g_assert_no_error (error);

  /* The first instance shows the page, then quits (and saves). */
  wait_for_milestone (err, "page-shown");
  g_assert_true (g_subprocess_wait_check (first, NULL, &error));
  g_assert_no_error (error);

  if (!g_file_get_contents (state_file, &saved, NULL, NULL))
    saved = g_strdup ("");
  mis_test_remove_tree (home);
  return saved;
}

static void
test_saving (void)
{
  g_autofree char *saved = open_from_second_instance (FALSE);

  /* Without --private, the page is remembered: the check below can fail. */
  g_assert_nonnull (strstr (saved, "[novel-one-photo-too-many]"));
  g_assert_nonnull (strstr (saved, "page=2"));
}

static void
test_private_wins (void)
{
  g_autofree char *saved = open_from_second_instance (TRUE);

  g_assert_null (strstr (saved, "novel-one-photo-too-many"));
}

/* Quitting saves where the film is now, not where it was last saved: it
 * quits at its first frame, 3 s in, before the first 10 s save. */
static void
test_quit_saves_position (void)
{
  const char *binary = g_getenv ("MAKE_IT_SAFE_BIN");
  const char *kit = mis_test_sample_kit_dir ();
  g_autofree char *home = g_dir_make_tmp ("mis-instances-XXXXXX", NULL);
  g_autofree char *state_dir = g_build_filename (home, "state", NULL);
  g_autofree char *state_file = g_build_filename (state_dir, "make-it-safe", "make-it-safe-sample.ini", NULL);
  g_autoptr(GSubprocessLauncher) launcher = app_launcher (state_dir, "resource-shown",
                                                         G_SUBPROCESS_FLAGS_STDERR_SILENCE);
  g_autoptr(GSubprocess) app = NULL;
  g_autoptr(GKeyFile) saved = g_key_file_new ();
  g_autoptr(GError) error = NULL;

  app = g_subprocess_launcher_spawn (launcher, &error, binary, "--kit", kit,
                                     "--open", "film-passwords", "--time", "3", NULL);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_wait_check (app, NULL, &error));
  g_assert_no_error (error);

  g_key_file_load_from_file (saved, state_file, G_KEY_FILE_NONE, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (g_key_file_get_double (saved, "film-passwords", "position", NULL), >=, 2.9);
  mis_test_remove_tree (home);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_test_skip ("no display");
      return g_test_run ();
    }

  g_test_add_func ("/instances/saving", test_saving);
  g_test_add_func ("/instances/private-wins", test_private_wins);
  g_test_add_func ("/instances/quit-saves-position", test_quit_saves_position);

  return g_test_run ();
}
