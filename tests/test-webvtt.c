/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-webvtt.c: the films' subtitles as the search reads them, from real
 * files: timings (with and without hours), identifiers, cue settings,
 * markup and character references dropped, lines kept, NOTE and STYLE
 * blocks skipped, a byte-order mark and CRLF line ends, cues with broken
 * timings skipped and the rest kept, and files that are not WebVTT (SRT,
 * a video, too large) refused with their name.
 */
#include "config.h"

#include <stdio.h>

#include "mis-kit.h"
#include "mis-test-util.h"
#include "mis-webvtt.h"

static GFile *
subtitle_file (const char *name)
{
  g_autofree char *path = g_build_filename (mis_test_data_dir (), "subtitles", name, NULL);

  return g_file_new_for_path (path);
}

static GPtrArray *
load (const char  *name,
      GError     **error)
{
  g_autoptr(GFile) file = subtitle_file (name);

  return mis_webvtt_load (file, NULL, error);
}

static MisCue *
cue (GPtrArray *cues,
     guint      i)
{
  return g_ptr_array_index (cues, i);
}

static void
test_cues (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) cues = load ("cues.vtt", &error);

  g_assert_no_error (error);
  /* The NOTE and STYLE blocks are not cues. */
  g_assert_cmpuint (cues->len, ==, 3);

  g_assert_cmpfloat_with_epsilon (cue (cues, 0)->start, 0.6, 1e-9);
  g_assert_cmpfloat_with_epsilon (cue (cues, 0)->end, 5.917, 1e-9);
  g_assert_cmpstr (cue (cues, 0)->text, ==, "Léa crée son compte avec un mot de passe facile.");

  g_assert_cmpfloat_with_epsilon (cue (cues, 1)->start, 8.437, 1e-9);
  g_assert_cmpstr (cue (cues, 1)->text, ==, "Sam : « Donne-moi ton mot de passe ! »\nLéa : Non & non.");

  /* Hours, a timestamp tag inside the text, &lt;. */
  g_assert_cmpfloat_with_epsilon (cue (cues, 2)->start, 3723.25, 1e-9);
  g_assert_cmpstr (cue (cues, 2)->text, ==, "Tom <3 Léa pour toujours");
}

static void
test_bom_crlf (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) cues = load ("bom-crlf.vtt", &error);

  g_assert_no_error (error);
  g_assert_cmpuint (cues->len, ==, 2);
  g_assert_cmpfloat_with_epsilon (cue (cues, 0)->start, 1, 1e-9);
  g_assert_cmpfloat_with_epsilon (cue (cues, 0)->end, 2.5, 1e-9);
  g_assert_cmpstr (cue (cues, 0)->text, ==, "Bonjour,\ntout le monde.");
  g_assert_cmpstr (cue (cues, 1)->text, ==, "Au revoir.");
}

static void
test_broken_timings (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) cues = load ("broken-timings.vtt", &error);

  g_assert_no_error (error);
  g_assert_cmpuint (cues->len, ==, 1);
  g_assert_cmpstr (cue (cues, 0)->text, ==, "the only good cue");
  g_assert_cmpfloat_with_epsilon (cue (cues, 0)->start, 7, 1e-9);
}

static void
test_not_webvtt (void)
{
  const char *names[] = { "not-webvtt.srt", "garbage.vtt", "missing.vtt" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) cues = load (names[i], &error);

      g_assert_null (cues);
      g_assert_nonnull (error);
      g_assert_true (g_str_has_prefix (error->message, names[i]));
      g_test_message ("%s", error->message);
    }

  /* Text in memory: empty, a header only, and no header. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) none = mis_webvtt_parse ("WEBVTT\n", -1, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (none->len, ==, 0);
    g_assert_null (mis_webvtt_parse ("", 0, &error));
    g_assert_error (error, MIS_KIT_ERROR, MIS_KIT_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_null (mis_webvtt_parse ("WEBVTTX\n\n00:01.000 --> 00:02.000\nx\n", -1, &error));
    g_assert_error (error, MIS_KIT_ERROR, MIS_KIT_ERROR_INVALID);
  }
}

static void
test_too_large (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("mis-vtt-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "huge.vtt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) cues = NULL;
  FILE *out = fopen (path, "w");

  /* Sparse: the size is what counts, not the bytes written. */
  g_assert_nonnull (out);
  fputs ("WEBVTT\n\n", out);
  g_assert_cmpint (fseek (out, MIS_WEBVTT_MAX_SIZE + 1, SEEK_SET), ==, 0);
  fputc ('\n', out);
  fclose (out);

  cues = mis_webvtt_load (file, NULL, &error);
  g_assert_null (cues);
  g_assert_error (error, MIS_KIT_ERROR, MIS_KIT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "huge.vtt"));
  mis_test_remove_tree (dir);
}

/* Reading given up (the app closing) is not a broken file. */
static void
test_cancelled (void)
{
  g_autoptr(GFile) file = subtitle_file ("cues.vtt");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) cues = NULL;

  g_cancellable_cancel (cancellable);
  cues = mis_webvtt_load (file, cancellable, &error);
  g_assert_null (cues);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/webvtt/cues", test_cues);
  g_test_add_func ("/webvtt/bom-crlf", test_bom_crlf);
  g_test_add_func ("/webvtt/broken-timings", test_broken_timings);
  g_test_add_func ("/webvtt/not-webvtt", test_not_webvtt);
  g_test_add_func ("/webvtt/too-large", test_too_large);
  g_test_add_func ("/webvtt/cancelled", test_cancelled);

  return g_test_run ();
}
