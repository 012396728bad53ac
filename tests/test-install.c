/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-install.c: `meson install` puts everything a packaged GNOME app has
 * in its place, and the installed app runs from there: it prints its
 * version, checks its installed kit, and (with a display) shows its library
 * reading nothing from the source or build tree.
 */
#include "config.h"

#include "mis-test-util.h"

static char *destdir;

/* Relative to the prefix. */
static const char *expected_files[] = {
  "bin/make-it-safe",
  "bin/make-it-safe-kit",
  "share/applications/be.ecpat.MakeItSafe.desktop",
  "share/metainfo/be.ecpat.MakeItSafe.metainfo.xml",
  "share/icons/hicolor/scalable/apps/be.ecpat.MakeItSafe.svg",
  "share/icons/hicolor/symbolic/apps/be.ecpat.MakeItSafe-symbolic.svg",
  "share/glib-2.0/schemas/be.ecpat.MakeItSafe.gschema.xml",
  "share/locale/fr/LC_MESSAGES/make-it-safe.mo",
  "share/locale/nl/LC_MESSAGES/make-it-safe.mo",
  "share/locale/de/LC_MESSAGES/make-it-safe.mo",
  "share/man/man1/make-it-safe.1",
  "share/man/man1/make-it-safe-kit.1",
  "share/make-it-safe/kit/index.json",
  "share/make-it-safe/kit/manuals",
  "share/make-it-safe/kit/films",
  "share/make-it-safe/kit/photo-novels",
};

static char *
installed (const char *relative)
{
  return g_build_filename (destdir, MIS_PREFIX, relative, NULL);
}

static int
run (const char * const  *argv,
     char               **out,
     char               **err)
{
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, out, err, &status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

static void
install_once (void)
{
  const char *argv[] = { g_getenv ("MESON"), "install", "-C", MIS_BUILD_ROOT, "--no-rebuild",
                         "--quiet", "--destdir", NULL, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  destdir = g_dir_make_tmp ("mis-install-XXXXXX", NULL);
  argv[7] = destdir;
  g_assert_nonnull (argv[0]);
  if (run (argv, &out, &err) != 0)
    g_error ("meson install failed:\n%s\n%s", out, err);
}

static void
test_files (void)
{
  g_autofree char *generator = installed ("share/make-it-safe/kit/generate");

  for (guint i = 0; i < G_N_ELEMENTS (expected_files); i++)
    {
      g_autofree char *path = installed (expected_files[i]);

      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        g_error ("not installed: %s", expected_files[i]);
    }

  /* The script that made the sample kit is not part of it. */
  g_assert_false (g_file_test (generator, G_FILE_TEST_EXISTS));
}

static void
test_version (void)
{
  g_autofree char *binary = installed ("bin/make-it-safe");
  const char *argv[] = { binary, "--version", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run (argv, &out, &err), ==, 0);
  g_assert_cmpstr (out, ==, "make-it-safe " PACKAGE_VERSION "\n");
}

static void
test_check_installed_kit (void)
{
  g_autofree char *binary = installed ("bin/make-it-safe");
  g_autofree char *kit = installed ("share/make-it-safe/kit");
  const char *argv[] = { binary, "--check-kit", kit, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run (argv, &out, &err), ==, 0);
  g_test_message ("%s", out);
  g_assert_nonnull (strstr (out, " 0 errors, 0 warnings\n"));
}

/* The publisher's tool, installed beside the app, checks the installed kit. */
static void
test_kit_tool_installed (void)
{
  g_autofree char *binary = installed ("bin/make-it-safe-kit");
  g_autofree char *kit = installed ("share/make-it-safe/kit");
  const char *argv[] = { binary, "check", kit, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run (argv, &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, " 0 errors, 0 warnings\n"));
}

static void
test_runs_from_prefix (void)
{
  g_autofree char *strace = g_find_program_in_path ("strace");
  g_autofree char *binary = installed ("bin/make-it-safe");
  g_autofree char *schemas = installed ("share/glib-2.0/schemas");
  g_autofree char *index = installed ("share/make-it-safe/kit/index.json");
  g_autofree char *trace_path = g_build_filename (destdir, "trace", NULL);
  g_autofree char *cache = g_build_filename (destdir, "cache", NULL);
  g_autofree char *source_root = realpath (MIS_SOURCE_ROOT, NULL);
  g_autofree char *trace = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) env = g_get_environ ();
  g_auto(GStrv) lines = NULL;
  int status = 0;

  if (g_getenv ("DISPLAY") == NULL)
    {
      g_test_skip ("no display");
      return;
    }
  if (strace == NULL)
    {
      g_test_skip ("strace is not installed");
      return;
    }

  /* What the package's trigger does on a real system. */
  {
    const char *argv[] = { g_getenv ("GLIB_COMPILE_SCHEMAS"), schemas, NULL };
    g_assert_cmpint (run (argv, &out, &err), ==, 0);
  }

  {
    const char *argv[] = { strace, "-f", "-qq", "-e", "trace=open,openat,execve", "-o", trace_path,
                           binary, "--private", NULL };

    /* Nothing points the app at the build tree. */
    env = g_environ_unsetenv (env, "GSETTINGS_SCHEMA_DIR");
    env = g_environ_unsetenv (env, "G_TEST_SRCDIR");
    env = g_environ_unsetenv (env, "G_TEST_BUILDDIR");
    env = g_environ_setenv (env, "XDG_CACHE_HOME", cache, TRUE);
    env = g_environ_setenv (env, "MAKEITSAFE_PROFILE", "1", TRUE);
    env = g_environ_setenv (env, "MAKEITSAFE_PROFILE_EXIT", "library-shown", TRUE);
    g_clear_pointer (&err, g_free);
    g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, &err, &status, &error);
    g_assert_no_error (error);
  }

  g_test_message ("%s", err);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  /* The sample kit's eleven resources, from the installed kit. */
  g_assert_nonnull (strstr (err, "library-shown 11"));
  /* Its settings schema was found: no warning that it is missing. */
  g_assert_null (strstr (err, "is not installed"));

  g_file_get_contents (trace_path, &trace, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (trace, index));

  lines = g_strsplit (trace, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (strstr (lines[i], source_root) != NULL && strstr (lines[i], destdir) == NULL)
      g_error ("the installed app read the source tree: %s", lines[i]);

  /* The library plays no film: libmpv and its hundred-odd libraries are
   * opened with the first film, not at start. */
  g_assert_null (strstr (trace, "libmpv.so"));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  install_once ();
  g_test_add_func ("/install/files", test_files);
  g_test_add_func ("/install/version", test_version);
  g_test_add_func ("/install/check-installed-kit", test_check_installed_kit);
  g_test_add_func ("/install/kit-tool", test_kit_tool_installed);
  g_test_add_func ("/install/runs-from-prefix", test_runs_from_prefix);

  status = g_test_run ();
  mis_test_remove_tree (destdir);
  g_free (destdir);
  return status;
}
