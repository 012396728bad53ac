/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * bench-cycles.c: opens and closes each viewer a hundred times in the real
 * window on the sample kit (a film to its first frame, a photo-novel and a
 * manual to their first page) and prints the resident memory after ten
 * cycles and after a hundred: what grows each time would grow on a laptop
 * left on all day. A benchmark, not a test.
 *
 *   xvfb-run _build/tests/bench/bench-cycles [CYCLES]
 */
#include "config.h"

#include <adwaita.h>
#include <stdlib.h>

#include "mis-memory.h"
#include "mis-pdf-document.h"
#include "mis-renderer.h"
#include "mis-test-util.h"
#include "mis-window.h"

#define WAIT_SECONDS 30

static double
resident_mb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, "VmRSS:")) == NULL)
    return 0;
  return g_ascii_strtod (line + strlen ("VmRSS:"), NULL) / 1024.0;
}

static gboolean
film_shown (gpointer      window,
            gconstpointer data)
{
  MisPlayerView *player = mis_window_get_player_view (window);
  return mis_player_view_get_player (player) != NULL &&
         mis_video_area_get_frames_drawn (mis_player_view_get_video_area (player)) > 0;
}

static gboolean
novel_shown (gpointer      window,
             gconstpointer data)
{
  return mis_page_view_get_texture (mis_reader_view_get_page_view (mis_window_get_reader_view (window)), 0) != NULL;
}

static gboolean
manual_shown (gpointer      window,
              gconstpointer data)
{
  return g_strcmp0 (mis_manual_view_get_state (mis_window_get_manual_view (window)), "document") == 0;
}

static void
settle (void)
{
  for (guint i = 0; i < 5; i++)
    while (g_main_context_iteration (NULL, FALSE))
      ;
}

/* MIS_CYCLE=film, novel or manual cycles that viewer alone, to find which
 * one grows. */
static gboolean
wanted (const char *viewer)
{
  const char *only = g_getenv ("MIS_CYCLE");
  return only == NULL || g_str_equal (only, viewer);
}

static void
cycle (MisWindow *window,
       MisKit    *kit)
{
  if (wanted ("film"))
    {
  mis_window_play_film (window, mis_kit_lookup_resource (kit, "film-passwords"), 0);
  mis_test_wait_for (window, film_shown, NULL, WAIT_SECONDS, "the film's first frame");
  mis_window_show_library (window);
  settle ();
    }

  if (wanted ("novel"))
    {
  mis_window_read (window, mis_kit_lookup_resource (kit, "novel-one-photo-too-many"), 0);
  mis_test_wait_for (window, novel_shown, NULL, WAIT_SECONDS, "the photo-novel's page");
  mis_window_show_library (window);
  settle ();
    }

  if (wanted ("manual"))
    {
  mis_window_read_manual (window, mis_kit_lookup_resource (kit, "manual-youth"), 0);
  mis_test_wait_for (window, manual_shown, NULL, WAIT_SECONDS, "the manual");
  mis_window_show_library (window);
  settle ();
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(MisStateStore) store = NULL;
  g_autoptr(GFile) dir = NULL;
  guint cycles = argc > 1 ? (guint) atoi (argv[1]) : 100;
  MisWindow *window;
  MisKit *kit;
  double after_ten = 0;

  /* As the app starts: its memory settings, cairo on a software rasteriser. */
  mis_memory_tune ();
  mis_renderer_choose ();
  gtk_init ();
  adw_init ();
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);

  store = mis_state_store_new (g_get_tmp_dir (), TRUE);
  if (g_getenv ("MIS_SAMPLE_KIT") == NULL)
    {
      g_printerr ("bench-cycles: set MIS_SAMPLE_KIT to the sample kit's folder\n");
      return 2;
    }
  dir = g_file_new_for_path (g_getenv ("MIS_SAMPLE_KIT"));
  window = g_object_new (MIS_TYPE_WINDOW, "state-store", store, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
  gtk_window_present (GTK_WINDOW (window));
  mis_window_load_kit (window, dir, NULL, -1, 0);
  while (mis_window_get_kit (window) == NULL)
    g_main_context_iteration (NULL, TRUE);
  kit = mis_window_get_kit (window);

  for (guint i = 1; i <= cycles; i++)
    {
      cycle (window, kit);
      if (i == 10)
        after_ten = resident_mb ();
      /* A leak grows with every cycle; a cache stops at its bound. */
      if (i % 10 == 0)
        g_print ("  after %3u cycles: %.1f MB (%d PDF documents, %d textures alive)\n", i, resident_mb (),
                 g_type_get_instance_count (MIS_TYPE_PDF_DOCUMENT), g_type_get_instance_count (GDK_TYPE_TEXTURE));
    }

  g_print ("bench-cycles: %u cycles of a film, a photo-novel and a manual opened and closed\n", cycles);
  g_print ("  resident after 10 cycles: %.1f MB, after %u: %.1f MB, growth %.1f MB (goal < 5 MB)\n",
           after_ten, cycles, resident_mb (), resident_mb () - after_ten);
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
