/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-player.c: the film player in the real window, under a real display:
 * a film opened from the library draws real frames (checked in the pixels
 * of the video area) with the OpenGL and the software renderer (and, run as
 * test-player-app-renderer, with GDK's OpenGL off as the app starts without
 * a GPU), the
 * controls' actions work, a film offers to resume where it was stopped,
 * and a damaged film shows why it cannot play while the app goes on.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "mis-player-view.h"
#include "mis-renderer.h"
#include "mis-test-util.h"
#include "mis-test-window.h"
#include "mis-window.h"

/* Software OpenGL with a cold shader cache is slow to its first frames. */
#define WAIT_SECONDS 60

static void
count_cb (guint *count)
{
  (*count)++;
}

static gboolean
frames_drawn (gpointer window, gconstpointer data)
{
  MisVideoArea *area = mis_player_view_get_video_area (mis_window_get_player_view (window));
  return mis_video_area_get_frames_drawn (area) >= GPOINTER_TO_UINT (data);
}

static gboolean
player_state_is (gpointer window, gconstpointer data)
{
  return g_strcmp0 (mis_player_view_get_state (mis_window_get_player_view (window)), data) == 0;
}

static gboolean
paused_is (gpointer window, gconstpointer data)
{
  MisMpv *player = mis_player_view_get_player (mis_window_get_player_view (window));
  return player != NULL && mis_mpv_get_loaded (player) && mis_mpv_get_paused (player) == GPOINTER_TO_INT (data);
}

static gboolean
position_past (gpointer window, gconstpointer data)
{
  MisMpv *player = mis_player_view_get_player (mis_window_get_player_view (window));
  return player != NULL && mis_mpv_get_position (player) > *(const double *)data;
}

/* How much of the video area is not black, as the user sees it: the
 * window is drawn to a texture, and the area's part of it is counted. */
static double
lit_fraction (GtkWidget *widget)
{
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (widget));
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (root);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree guchar *pixels = NULL;
  int width = gtk_widget_get_width (root), height = gtk_widget_get_height (root);
  graphene_rect_t bounds, area;
  gsize lit = 0, total = 0;

  g_assert_true (gtk_widget_compute_bounds (widget, root, &area));
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  graphene_rect_init (&bounds, 0, 0, width, height);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (root)), node, &bounds);

  width = gdk_texture_get_width (texture);
  height = gdk_texture_get_height (texture);
  pixels = g_malloc ((gsize)width * height * 4);
  gdk_texture_download (texture, pixels, width * 4);

  for (int y = (int)area.origin.y; y < (int)(area.origin.y + area.size.height) && y < height; y++)
    for (int x = (int)area.origin.x; x < (int)(area.origin.x + area.size.width) && x < width; x++)
      {
        guchar *p = pixels + ((gsize)y * width + x) * 4;
        total++;
        if (p[0] + p[1] + p[2] > 60)
          lit++;
      }

  g_assert_cmpuint (total, >, 0);
  return (double)lit / total;
}

typedef struct
{
  GtkWidget *widget;
  double     lit;
  gulong     handler;
} Sample;

static void
after_paint_cb (GdkFrameClock *clock,
                Sample        *sample)
{
  g_signal_handler_disconnect (clock, sample->handler);
  sample->lit = lit_fraction (sample->widget);
}

/* A widget's picture exists only between a frame being painted and the next
 * change: sample it right after a paint. */
static double
lit_fraction_after_paint (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  Sample sample = { widget, -1, 0 };

  sample.handler = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &sample);
  gtk_widget_queue_draw (widget);
  while (sample.lit < 0)
    g_main_context_iteration (NULL, TRUE);

  return sample.lit;
}

static gboolean
duration_known (gpointer window, gconstpointer data)
{
  MisMpv *player = mis_player_view_get_player (mis_window_get_player_view (window));
  return player != NULL && mis_mpv_get_duration (player) > 0;
}

/* On a sample film, long enough that a slow first frame (a cold shader
 * cache under software OpenGL takes seconds) does not reach its end. */
static void
check_film_draws (const char       *renderer,
                  MisVideoRenderer  expected)
{
  const char *kit_dir = mis_test_sample_kit_dir ();
  MisWindow *window;
  MisPlayerView *view;
  MisVideoArea *area;
  MisMpv *player;
  double lit;

  if (renderer != NULL)
    g_setenv ("MAKEITSAFE_VIDEO_RENDERER", renderer, TRUE);
  window = mis_test_open_window (kit_dir, NULL);
  view = mis_window_get_player_view (window);
  area = mis_player_view_get_video_area (view);

  /* The way a user opens a film: the button on its page. */
  mis_window_show_resource (window, mis_kit_lookup_resource (mis_window_get_kit (window), "film-passwords"));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-resource", "s", "film-passwords");
  g_assert_cmpstr (mis_window_get_visible_page (window), ==, "player");

  mis_test_wait_for (window, frames_drawn, GUINT_TO_POINTER (3), WAIT_SECONDS, "frames to be drawn");
  g_assert_cmpint (mis_video_area_get_renderer (area), ==, expected);

  /* The film's drawn scenes are bright: most of the area is lit. */
  lit = lit_fraction_after_paint (GTK_WIDGET (area));
  g_test_message ("%s renderer: %.0f%% of the video area lit", renderer ? renderer : "the app's", lit * 100);
  g_assert_cmpfloat (lit, >, 0.3);

  /* Space and K; the same action as the play button. */
  gtk_widget_activate_action (GTK_WIDGET (view), "player.play-pause", NULL);
  mis_test_wait_for (window, paused_is, GINT_TO_POINTER (TRUE), WAIT_SECONDS, "the film to pause");
  gtk_widget_activate_action (GTK_WIDGET (view), "player.play-pause", NULL);
  mis_test_wait_for (window, paused_is, GINT_TO_POINTER (FALSE), WAIT_SECONDS, "the film to play again");

  /* Played to the end: the last frame stays, with a way to watch again. */
  mis_test_wait_for (window, duration_known, NULL, WAIT_SECONDS, "the film's duration");
  player = mis_player_view_get_player (view);
  mis_mpv_seek (player, mis_mpv_get_duration (player) - 1);
  mis_test_wait_for (window, player_state_is, "end", WAIT_SECONDS, "the end of the film");
  g_assert_cmpfloat (lit_fraction_after_paint (GTK_WIDGET (area)), >, 0.3);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-library", NULL);
  g_assert_cmpstr (mis_window_get_visible_page (window), ==, "library");

  mis_test_close_window (window);
  g_unsetenv ("MAKEITSAFE_VIDEO_RENDERER");
}

static void
test_gl (void)
{
  check_film_draws ("gl", MIS_VIDEO_RENDERER_GL);
}

static void
test_software (void)
{
  check_film_draws ("sw", MIS_VIDEO_RENDERER_SW);
}

/* As the app starts where OpenGL is a software rasteriser (run with
 * MIS_TEST_CHOOSE_RENDERER=1 LIBGL_ALWAYS_SOFTWARE=1): GTK's cairo
 * renderer, GDK without OpenGL, and the film drawn all the same. */
static void
test_app_renderer (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (g_getenv ("GSK_RENDERER"), ==, "cairo");
  g_assert_false (mis_renderer_has_gl ());
  g_assert_false (gdk_display_prepare_gl (gdk_display_get_default (), &error));
  g_assert_nonnull (error);
  check_film_draws (NULL, MIS_VIDEO_RENDERER_SW);
}

/* The sample kit's films are long enough to stop in the middle. */
static void
test_resume (void)
{
  const char *kit_dir = mis_test_sample_kit_dir ();
  g_autofree char *state_dir = g_dir_make_tmp ("mis-player-XXXXXX", NULL);
  MisStateStore *store = mis_state_store_new (state_dir, FALSE);
  MisWindow *window = mis_test_open_window (kit_dir, store);
  MisResource *film = mis_kit_lookup_resource (mis_window_get_kit (window), "film-privacy");
  MisMpv *player;
  g_autoptr(GError) error = NULL;
  double target = 12;

  g_assert_nonnull (film);
  mis_window_play_film (window, film, 10);
  mis_test_wait_for (window, position_past, &target, WAIT_SECONDS, "the film to pass 12 s");
  player = mis_player_view_get_player (mis_window_get_player_view (window));
  mis_mpv_set_paused (player, TRUE);
  mis_test_wait_for (window, paused_is, GINT_TO_POINTER (TRUE), WAIT_SECONDS, "the pause");

  /* Closing the app remembers where the film was... */
  mis_test_close_window (window);
  g_assert_true (mis_state_store_flush (store, &error));
  g_assert_finalize_object (store);

  /* ...and the next time, it offers to go on from there. */
  store = mis_state_store_new (state_dir, FALSE);
  window = mis_test_open_window (kit_dir, store);
  film = mis_kit_lookup_resource (mis_window_get_kit (window), "film-privacy");
  {
    guint changes = 0;
    gulong handler = g_signal_connect_swapped (mis_window_get_player_view (window), "notify::state",
                                               G_CALLBACK (count_cb), &changes);

    mis_window_play_film (window, film, -1);
    g_assert_cmpstr (mis_player_view_get_state (mis_window_get_player_view (window)), ==, "resume");
    /* Observable: the window and the tests watch "state", not poll it. */
    g_assert_cmpint (mis_player_view_get_view_state (mis_window_get_player_view (window)), ==,
                     MIS_PLAYER_STATE_RESUME);
    g_assert_cmpuint (changes, ==, 1);
    g_signal_handler_disconnect (mis_window_get_player_view (window), handler);
  }
  player = mis_player_view_get_player (mis_window_get_player_view (window));
  mis_test_wait_for (window, position_past, &target, WAIT_SECONDS, "the film to open where it was");
  g_assert_true (mis_mpv_get_paused (player));

  gtk_widget_activate_action (GTK_WIDGET (mis_window_get_player_view (window)), "player.resume", NULL);
  mis_test_wait_for (window, paused_is, GINT_TO_POINTER (FALSE), WAIT_SECONDS, "the film to resume");
  g_assert_cmpstr (mis_player_view_get_state (mis_window_get_player_view (window)), ==, "video");

  mis_test_close_window (window);
  g_assert_finalize_object (store);
  mis_test_remove_tree (state_dir);
}

static void
test_damaged_film (void)
{
  g_autofree char *index = mis_test_read_good_index ();
  g_autofree char *kit_dir = mis_test_make_kit (index);
  g_autofree char *clip = g_build_filename (kit_dir, "films", "clip.webm", NULL);
  g_autoptr(MisStateStore) store = mis_state_store_new (g_get_tmp_dir (), TRUE);
  MisWindow *window;

  g_assert_true (g_file_set_contents (clip, "garbage, not a film", -1, NULL));
  window = mis_test_open_window (kit_dir, store);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-resource", "s", "film-passwords");
  mis_test_wait_for (window, player_state_is, "error", WAIT_SECONDS, "the error page");

  /* Back to the library, and the app goes on. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-library", NULL);
  g_assert_cmpstr (mis_window_get_visible_page (window), ==, "library");

  mis_test_close_window (window);
  mis_test_remove_tree (kit_dir);
}

int
main (int   argc,
      char *argv[])
{
  gboolean app_renderer = g_getenv ("MIS_TEST_CHOOSE_RENDERER") != NULL;

  if (app_renderer)
    mis_renderer_choose ();
  if (!mis_test_init_ui (&argc, &argv))
    return g_test_run ();

  if (app_renderer)
    {
      g_test_add_func ("/player/app-renderer", test_app_renderer);
      return g_test_run ();
    }
  g_test_add_func ("/player/gl", test_gl);
  g_test_add_func ("/player/software", test_software);
  g_test_add_func ("/player/resume", test_resume);
  g_test_add_func ("/player/damaged-film", test_damaged_film);

  return g_test_run ();
}
