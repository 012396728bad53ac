/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-profile.c: with MAKEITSAFE_PROFILE=1 the app prints one line per
 * milestone on stderr, "make-it-safe-profile: <ms> <milestone> [<detail>]",
 * the time counted from the start of the process (read from /proc, so that
 * the time spent loading libraries counts too). With
 * MAKEITSAFE_PROFILE_EXIT=<milestone> the app quits once that milestone has
 * been printed, so a benchmark can start it again and again.
 */
#define G_LOG_DOMAIN "mis-profile"

#include "config.h"

#include <stdio.h>
#include <time.h>
#include <unistd.h>

#include "mis-profile.h"
#include "mis-util.h"

static gboolean enabled;
static const char *exit_milestone;
static double start_ms;

static double
now_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_BOOTTIME, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

/* Field 22 of /proc/self/stat is the process start, in clock ticks since boot. */
static double
process_start_ms (void)
{
  g_autofree char *stat = NULL;
  const char *p;
  unsigned long long ticks;

  if (!g_file_get_contents ("/proc/self/stat", &stat, NULL, NULL) ||
      (p = strrchr (stat, ')')) == NULL)
    return now_ms ();

  /* After the command name: state is field 3, start time field 22. */
  p += 2;
  for (int field = 3; field < 22 && p != NULL; field++)
    {
      p = strchr (p, ' ');
      if (p != NULL)
        p++;
    }

  if (p == NULL || sscanf (p, "%llu", &ticks) != 1)
    return now_ms ();

  return ticks * 1000.0 / sysconf (_SC_CLK_TCK);
}

void
mis_profile_init (void)
{
  enabled = g_strcmp0 (g_getenv ("MAKEITSAFE_PROFILE"), "1") == 0;
  exit_milestone = g_getenv ("MAKEITSAFE_PROFILE_EXIT");
  if (exit_milestone != NULL && *exit_milestone == '\0')
    exit_milestone = NULL;

  if (enabled || exit_milestone != NULL)
    start_ms = process_start_ms ();
}

gboolean
mis_profile_enabled (void)
{
  return enabled || exit_milestone != NULL;
}

/**
 * mis_profile_mark:
 * @milestone: a name such as "library-shown"
 * @detail: (nullable): a number or an id
 *
 * Prints the milestone now; quits the app when it is the exit milestone.
 */
void
mis_profile_mark (const char *milestone,
                  const char *detail)
{
  GApplication *app;

  if (!mis_profile_enabled ())
    return;

  if (enabled)
    {
      fprintf (stderr, "make-it-safe-profile: %.1f %s%s%s\n",
               now_ms () - start_ms, milestone,
               detail ? " " : "", detail ? detail : "");
      fflush (stderr);
    }

  if (g_strcmp0 (milestone, exit_milestone) == 0 &&
      (app = g_application_get_default ()) != NULL)
    {
      exit_milestone = NULL;
      g_application_quit (app);
    }
}

typedef struct
{
  char *milestone;
  char *detail;
} PendingMark;

static void
pending_mark_free (PendingMark *mark)
{
  g_free (mark->milestone);
  g_free (mark->detail);
  g_free (mark);
}

static void
after_paint_cb (GtkWidget *widget,
                gpointer   data)
{
  PendingMark *mark = data;

  mis_profile_mark (mark->milestone, mark->detail);
}

/**
 * mis_profile_mark_after_frame:
 *
 * Prints the milestone once the next frame of @widget's window has been
 * painted: what the user sees, not what the code asked for.
 */
void
mis_profile_mark_after_frame (GtkWidget  *widget,
                              const char *milestone,
                              const char *detail)
{
  PendingMark *mark;

  if (!mis_profile_enabled ())
    return;

  mark = g_new0 (PendingMark, 1);
  mark->milestone = g_strdup (milestone);
  mark->detail = g_strdup (detail);
  mis_after_next_paint (widget, after_paint_cb, mark, (GDestroyNotify) pending_mark_free);
}
