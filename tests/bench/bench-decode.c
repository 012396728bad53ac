/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * bench-decode.c: the reference for the photo-novel benchmark: how long one
 * page takes to decode alone, at a given size, with the app's own decoder.
 *
 *   bench-decode FILE WIDTH HEIGHT [RUNS]   prints the median in ms
 */
#include "config.h"

#include <stdlib.h>

#include "mis-image.h"

static int
compare (const void *a,
         const void *b)
{
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GFile) file = NULL;
  int width, height, runs;
  double *times;

  if (argc < 4)
    {
      g_printerr ("usage: bench-decode FILE WIDTH HEIGHT [RUNS]\n");
      return 2;
    }

  file = g_file_new_for_commandline_arg (argv[1]);
  width = atoi (argv[2]);
  height = atoi (argv[3]);
  runs = argc > 4 ? atoi (argv[4]) : 9;
  times = g_new (double, runs);

  for (int i = 0; i < runs; i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      g_autoptr(MisImage) image = mis_image_decode (file, width, height, &error);

      if (image == NULL)
        {
          g_printerr ("bench-decode: %s\n", error->message);
          return 1;
        }
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
    }

  qsort (times, runs, sizeof (double), compare);
  g_print ("%.1f\n", times[runs / 2]);
  g_free (times);
  return 0;
}
