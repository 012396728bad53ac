/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-mpv.c: real playback of the test kit's small film through libmpv
 * (video and audio decoded and dropped): duration, position, seeking, the
 * kit's subtitles, the end, resume positions, and files that cannot play.
 */
#include "config.h"

#include <glib/gstdio.h>

#include "mis-mpv.h"
#include "mis-resume.h"
#include "mis-test-util.h"

/* How long a wait on the player may take before the test fails. */
#define WAIT_SECONDS 20

static gboolean
is_loaded (gpointer player, gconstpointer data)
{
  return mis_mpv_get_loaded (player) && mis_mpv_get_duration (player) > 0;
}

static gboolean
has_error (gpointer player, gconstpointer data)
{
  return mis_mpv_get_error (player) != NULL;
}

static gboolean
position_past (gpointer player, gconstpointer data)
{
  return mis_mpv_get_position (player) > *(const double *)data;
}

static gboolean
at_eof (gpointer player, gconstpointer data)
{
  return mis_mpv_get_eof_reached (player);
}

static gboolean
has_subtitle_tracks (gpointer player, gconstpointer data)
{
  GPtrArray *tracks = mis_mpv_get_tracks (player);
  guint n = 0;

  for (guint i = 0; i < tracks->len; i++)
    if (((MisTrack *)g_ptr_array_index (tracks, i))->type == MIS_TRACK_SUBTITLE)
      n++;
  return n >= GPOINTER_TO_UINT (data);
}

static gboolean
subtitle_selected (gpointer player, gconstpointer data)
{
  return mis_mpv_get_subtitle_id (player) == *(const gint64 *)data;
}

static GFile *
kit_file (const char *relative)
{
  g_autofree char *dir = mis_test_good_kit_dir ();
  g_autofree char *path = g_build_filename (dir, relative, NULL);
  return g_file_new_for_path (path);
}

static MisMpv *
new_player (void)
{
  g_autoptr(GError) error = NULL;
  MisMpv *player = mis_mpv_new (MIS_MPV_OUTPUT_NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (player);
  return player;
}

static void
test_playback (void)
{
  g_autoptr(GFile) film = kit_file ("films/clip.webm");
  MisMpv *player = new_player ();
  double half = 0.5;

  mis_mpv_set_paused (player, FALSE);
  mis_mpv_load (player, film, 0);
  mis_test_wait_for (player, is_loaded, NULL, WAIT_SECONDS, "the film to load");

  g_assert_cmpfloat_with_epsilon (mis_mpv_get_duration (player), 2.0, 0.15);
  g_assert_null (mis_mpv_get_error (player));

  /* The position advances in real time... */
  mis_test_wait_for (player, position_past, &half, WAIT_SECONDS, "the position to advance");
  g_assert_false (mis_mpv_get_paused (player));

  /* ...and the last frame stays at the end. */
  mis_test_wait_for (player, at_eof, NULL, WAIT_SECONDS, "the end of the film");
  g_assert_true (mis_mpv_get_eof_reached (player));
  g_assert_true (mis_mpv_get_loaded (player));

  g_assert_finalize_object (player);
}

static void
test_seek_and_start (void)
{
  g_autoptr(GFile) film = kit_file ("films/clip.webm");
  MisMpv *player = new_player ();
  double target = 1.2;

  /* Opening at a time, paused, as when offering to resume. */
  mis_mpv_set_paused (player, TRUE);
  mis_mpv_load (player, film, 1.0);
  mis_test_wait_for (player, is_loaded, NULL, WAIT_SECONDS, "the film to load");
  mis_test_wait_for (player, position_past, &(double){ 0.9 }, WAIT_SECONDS, "the start position");
  g_assert_cmpfloat_with_epsilon (mis_mpv_get_position (player), 1.0, 0.11);
  g_assert_true (mis_mpv_get_paused (player));

  mis_mpv_seek (player, 0.2);
  while (ABS (mis_mpv_get_position (player) - 0.2) > 0.11)
    g_main_context_iteration (NULL, TRUE);

  mis_mpv_seek_relative (player, 1.0);
  mis_test_wait_for (player, position_past, &(double){ 1.1 }, WAIT_SECONDS, "the relative seek");
  g_assert_cmpfloat_with_epsilon (mis_mpv_get_position (player), target, 0.11);

  g_assert_finalize_object (player);
}

static void
test_subtitles (void)
{
  g_autoptr(GFile) film = kit_file ("films/clip.webm");
  g_autoptr(GFile) french = kit_file ("films/clip.fr.vtt");
  g_autoptr(GFile) broken = g_file_new_for_path ("/nonexistent/broken.vtt");
  MisMpv *player = new_player ();
  GPtrArray *tracks;
  gint64 french_id = 0, off = 0;

  mis_mpv_set_preferred_subtitle_language (player, "fr");
  mis_mpv_add_subtitle (player, french, "fr", "Français");
  mis_mpv_add_subtitle (player, broken, "nl", "Nederlands");
  mis_mpv_set_paused (player, TRUE);
  mis_mpv_load (player, film, 0);
  mis_test_wait_for (player, has_subtitle_tracks, GUINT_TO_POINTER (1), WAIT_SECONDS, "the subtitle track");

  tracks = mis_mpv_get_tracks (player);
  for (guint i = 0; i < tracks->len; i++)
    {
      MisTrack *track = g_ptr_array_index (tracks, i);
      if (track->type == MIS_TRACK_SUBTITLE)
        {
          g_assert_cmpstr (track->language, ==, "fr");
          french_id = track->id;
        }
    }
  g_assert_cmpint (french_id, >, 0);

  /* The kit language's subtitles are on from the start. */
  mis_test_wait_for (player, subtitle_selected, &french_id, WAIT_SECONDS, "French subtitles to be selected");

  g_assert_true (mis_mpv_select_subtitle_language (player, NULL));
  mis_test_wait_for (player, subtitle_selected, &off, WAIT_SECONDS, "subtitles to be turned off");
  g_assert_false (mis_mpv_select_subtitle_language (player, "de"));
  g_assert_true (mis_mpv_select_subtitle_language (player, "fr"));
  mis_test_wait_for (player, subtitle_selected, &french_id, WAIT_SECONDS, "French subtitles again");

  g_assert_finalize_object (player);
}

static gboolean
audio_language_is (gpointer      player,
                   gconstpointer language)
{
  gint64 id = mis_mpv_get_audio_id (player);
  GPtrArray *all = mis_mpv_get_tracks (player);

  for (guint i = 0; id > 0 && i < all->len; i++)
    {
      MisTrack *track = g_ptr_array_index (all, i);
      if (track->type == MIS_TRACK_AUDIO && track->id == id)
        return g_strcmp0 (track->language, language) == 0;
    }
  return FALSE;
}

/* A film with a Dutch dub plays it for a Dutch kit, and French for French:
 * the sample kit's film-passwords has both tracks, named "fre" and "dut"
 * in the file where the kit says "fr" and "nl". */
static void
test_audio_language (void)
{
  g_autofree char *path = g_build_filename (mis_test_sample_kit_dir (), "films", "film-passwords.webm", NULL);
  g_autoptr(GFile) film = g_file_new_for_path (path);
  MisMpv *player = new_player ();

  mis_mpv_set_paused (player, TRUE);
  mis_mpv_set_preferred_audio_language (player, "nl");
  mis_mpv_load (player, film, 0);
  mis_test_wait_for (player, audio_language_is, "dut", WAIT_SECONDS, "the Dutch audio track");

  mis_mpv_set_preferred_audio_language (player, "fr");
  mis_mpv_load (player, film, 0);
  mis_test_wait_for (player, audio_language_is, "fre", WAIT_SECONDS, "the French audio track");

  g_assert_finalize_object (player);
}

static void
test_bad_files (void)
{
  g_autofree char *dir = g_dir_make_tmp ("mis-mpv-XXXXXX", NULL);
  g_autofree char *corrupt_path = g_build_filename (dir, "corrupt.webm", NULL);
  g_autofree char *empty_path = g_build_filename (dir, "empty.mp4", NULL);
  g_autofree char *truncated_path = g_build_filename (dir, "truncated.webm", NULL);
  g_autoptr(GFile) good = kit_file ("films/clip.webm");
  g_autoptr(GFile) corrupt = g_file_new_for_path (corrupt_path);
  g_autoptr(GFile) empty = g_file_new_for_path (empty_path);
  g_autoptr(GFile) truncated = g_file_new_for_path (truncated_path);
  g_autofree char *contents = NULL;
  gsize length = 0;
  MisMpv *player = new_player ();

  g_assert_true (g_file_set_contents (corrupt_path, "This is not a film at all, just words.\n", -1, NULL));
  g_assert_true (g_file_set_contents (empty_path, "", 0, NULL));
  g_assert_true (g_file_load_contents (good, NULL, &contents, &length, NULL, NULL));
  g_assert_true (g_file_set_contents (truncated_path, contents, length / 2, NULL));

  mis_mpv_load (player, corrupt, 0);
  mis_test_wait_for (player, has_error, NULL, WAIT_SECONDS, "the corrupt file's error");
  g_assert_false (mis_mpv_get_loaded (player));
  /* A sentence a youth understands, mpv's reason on a line of its own. */
  g_assert_true (g_str_has_prefix (mis_mpv_get_error (player), "This film cannot be played: "));
  g_assert_nonnull (strstr (mis_mpv_get_error (player), "\nDetails: "));

  mis_mpv_load (player, empty, 0);
  mis_test_wait_for (player, has_error, NULL, WAIT_SECONDS, "the empty file's error");

  /* A truncated film plays what it has. */
  mis_mpv_set_paused (player, FALSE);
  mis_mpv_load (player, truncated, 0);
  mis_test_wait_for (player, is_loaded, NULL, WAIT_SECONDS, "the truncated film to load");
  g_assert_null (mis_mpv_get_error (player));
  mis_test_wait_for (player, at_eof, NULL, WAIT_SECONDS, "the end of what is there");

  /* And the player still plays a good file afterwards. */
  mis_mpv_load (player, good, 0);
  mis_test_wait_for (player, is_loaded, NULL, WAIT_SECONDS, "the good film after the bad ones");
  g_assert_null (mis_mpv_get_error (player));

  g_assert_finalize_object (player);
  mis_test_remove_tree (dir);
}

static void
test_resume (void)
{
  g_autofree char *dir = g_dir_make_tmp ("mis-resume-XXXXXX", NULL);
  MisStateStore *store = mis_state_store_new (dir, FALSE);
  g_autoptr(GError) error = NULL;

  g_assert_cmpfloat (mis_resume_get_position (store, "kit", "film", 60), ==, 0);

  mis_resume_save (store, "kit", "film", 32.5, 60);
  g_assert_cmpfloat (mis_resume_get_position (store, "kit", "film", 60), ==, 32.5);
  g_assert_true (mis_state_store_flush (store, &error));
  g_assert_finalize_object (store);

  /* Across a restart. */
  store = mis_state_store_new (dir, FALSE);
  g_assert_cmpfloat (mis_resume_get_position (store, "kit", "film", 60), ==, 32.5);
  g_assert_false (mis_resume_get_watched (store, "kit", "film"));

  /* A few seconds in is not worth offering, nor a few seconds from the end. */
  mis_resume_save (store, "kit", "film", 3, 60);
  g_assert_cmpfloat (mis_resume_get_position (store, "kit", "film", 60), ==, 0);
  mis_resume_save (store, "kit", "film", 57, 60);
  g_assert_cmpfloat (mis_resume_get_position (store, "kit", "film", 60), ==, 0);

  /* Played to the end: watched, and the next time starts from the top. */
  mis_resume_save (store, "kit", "film", 40, 60);
  mis_resume_save (store, "kit", "film", 59.5, 60);
  g_assert_true (mis_resume_get_watched (store, "kit", "film"));
  g_assert_cmpfloat (mis_resume_get_position (store, "kit", "film", 60), ==, 0);

  g_assert_finalize_object (store);
  mis_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/mpv/playback", test_playback);
  g_test_add_func ("/mpv/seek-and-start", test_seek_and_start);
  g_test_add_func ("/mpv/subtitles", test_subtitles);
  g_test_add_func ("/mpv/audio-language", test_audio_language);
  g_test_add_func ("/mpv/bad-files", test_bad_files);
  g_test_add_func ("/mpv/resume", test_resume);

  return g_test_run ();
}
