/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-idle.c: handing work back to a main context from any thread, the way
 * the workers (poppler's, mpv's) report to the main loop.
 */
#define G_LOG_DOMAIN "mis-idle"

#include "config.h"

#include "mis-idle.h"

typedef struct
{
  GWeakRef        ref;
  MisWeakIdleFunc func;
} WeakIdle;

static gboolean
weak_idle_cb (gpointer data)
{
  WeakIdle *idle = data;
  g_autoptr(GObject) object = g_weak_ref_get (&idle->ref);

  /* Gone meanwhile: nothing to do. */
  if (object != NULL)
    idle->func (object);
  return G_SOURCE_REMOVE;
}

static void
weak_idle_free (gpointer data)
{
  WeakIdle *idle = data;

  g_weak_ref_clear (&idle->ref);
  g_free (idle);
}

/**
 * mis_idle_add_to:
 * @context: (nullable): where to run @func, %NULL for the global default
 *
 * Queues @func in @context from any thread. Unlike g_main_context_invoke(),
 * never runs it at once: not on @context's own thread, and not on a thread
 * that finds @context free (as when the process is exiting).
 */
void
mis_idle_add_to (GMainContext   *context,
                 int             priority,
                 GSourceFunc     func,
                 gpointer        data,
                 GDestroyNotify  notify)
{
  GSource *source = g_idle_source_new ();

  g_source_set_priority (source, priority);
  g_source_set_callback (source, func, data, notify);
  g_source_attach (source, context);
  g_source_unref (source);
}

/**
 * mis_idle_add_weak:
 * @context: (nullable): where to run @func, %NULL for the global default
 *
 * Runs @func on @object from an idle in @context, unless @object is gone by
 * then: the idle holds a weak reference, never keeping @object alive. Safe
 * to call from any thread (mpv calls its callbacks from its own), and never
 * runs @func at once, even from @context's own thread: mpv calls some of
 * its callbacks under its own lock.
 */
void
mis_idle_add_weak (GMainContext    *context,
                   int              priority,
                   gpointer         object,
                   MisWeakIdleFunc  func)
{
  WeakIdle *idle = g_new0 (WeakIdle, 1);

  g_weak_ref_init (&idle->ref, object);
  idle->func = func;
  mis_idle_add_to (context, priority, weak_idle_cb, idle, weak_idle_free);
}
