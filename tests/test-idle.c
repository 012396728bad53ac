/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-idle.c: handing work back to the main loop, as poppler's and mpv's
 * workers do: never at once, from any thread, and never to an object that
 * is gone by then.
 */
#include "config.h"

#include "mis-idle.h"

static void
count_cb (gpointer object)
{
  guint *count = g_object_get_data (object, "count");

  (*count)++;
}

static void
drain (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
test_weak_alive (void)
{
  g_autoptr(GObject) object = g_object_new (G_TYPE_OBJECT, NULL);
  guint count = 0;

  g_object_set_data (object, "count", &count);
  mis_idle_add_weak (NULL, G_PRIORITY_DEFAULT, object, count_cb);
  /* Queued, not run at once, even on the context's own thread. */
  g_assert_cmpuint (count, ==, 0);
  drain ();
  g_assert_cmpuint (count, ==, 1);
}

static void
test_weak_gone (void)
{
  GObject *object = g_object_new (G_TYPE_OBJECT, NULL);
  guint count = 0;

  g_object_set_data (object, "count", &count);
  mis_idle_add_weak (NULL, G_PRIORITY_DEFAULT, object, count_cb);
  /* The idle holds no reference: the object goes, and nothing runs. */
  g_assert_finalize_object (object);
  drain ();
  g_assert_cmpuint (count, ==, 0);
}

static gpointer
queue_from_thread (gpointer object)
{
  mis_idle_add_weak (NULL, G_PRIORITY_DEFAULT, object, count_cb);
  return NULL;
}

static void
test_weak_from_thread (void)
{
  g_autoptr(GObject) object = g_object_new (G_TYPE_OBJECT, NULL);
  GThread *thread;
  guint count = 0;

  g_object_set_data (object, "count", &count);
  thread = g_thread_new ("worker", queue_from_thread, object);
  g_thread_join (thread);
  g_assert_cmpuint (count, ==, 0);
  drain ();
  g_assert_cmpuint (count, ==, 1);
}

static gboolean
set_flag_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
test_add_to_own_context (void)
{
  g_autoptr(GMainContext) context = g_main_context_new ();
  gboolean ran = FALSE;

  /* Unlike g_main_context_invoke(), never at once, even when nobody owns
   * @context (as when the process exits). */
  mis_idle_add_to (context, G_PRIORITY_DEFAULT, set_flag_cb, &ran, NULL);
  g_assert_false (ran);
  g_main_context_iteration (context, FALSE);
  g_assert_true (ran);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/idle/weak-alive", test_weak_alive);
  g_test_add_func ("/idle/weak-gone", test_weak_gone);
  g_test_add_func ("/idle/weak-from-thread", test_weak_from_thread);
  g_test_add_func ("/idle/add-to-own-context", test_add_to_own_context);

  return g_test_run ();
}
