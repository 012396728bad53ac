/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-util.c: small helpers shared by the viewers: shortcuts, tooltips,
 * spinners, and work to do once a frame is on screen.
 */
#define G_LOG_DOMAIN "mis-util"

#include "config.h"

#include "mis-util.h"

typedef struct
{
  GtkWidget         *widget;     /* weak: the call ends when it is finalized */
  GdkFrameClock     *clock;
  gulong             paint_handler;
  MisAfterPaintFunc  func;
  gpointer           data;
  GDestroyNotify     destroy;
} AfterPaint;

static void
after_paint_free (AfterPaint *pending)
{
  /* A closed window's frame clock is disposed, and its handlers with it. */
  if (g_signal_handler_is_connected (pending->clock, pending->paint_handler))
    g_signal_handler_disconnect (pending->clock, pending->paint_handler);
  g_clear_object (&pending->clock);
  if (pending->destroy != NULL)
    pending->destroy (pending->data);
  g_free (pending);
}

static void
after_paint_widget_gone_cb (gpointer  data,
                            GObject  *where_the_widget_was)
{
  after_paint_free (data);
}

static void
after_paint_cb (GdkFrameClock *clock,
                AfterPaint    *pending)
{
  g_object_weak_unref (G_OBJECT (pending->widget), after_paint_widget_gone_cb, pending);
  pending->func (pending->widget, pending->data);
  after_paint_free (pending);
}

/**
 * mis_after_next_paint:
 * @destroy: (nullable): frees @data, whether @func ran or not
 *
 * Runs @func once the next frame of @widget's window has been painted,
 * right away when @widget has no frame clock. Holds no reference on
 * @widget: if it goes away first (its window closed before its first
 * paint), @func never runs and @data is freed then.
 */
void
mis_after_next_paint (GtkWidget         *widget,
                      MisAfterPaintFunc  func,
                      gpointer           data,
                      GDestroyNotify     destroy)
{
  GdkFrameClock *clock;
  AfterPaint *pending;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (func != NULL);

  if ((clock = gtk_widget_get_frame_clock (widget)) == NULL)
    {
      func (widget, data);
      if (destroy != NULL)
        destroy (data);
      return;
    }

  pending = g_new0 (AfterPaint, 1);
  pending->widget = widget;
  pending->clock = g_object_ref (clock);
  pending->func = func;
  pending->data = data;
  pending->destroy = destroy;
  pending->paint_handler = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), pending);
  g_object_weak_ref (G_OBJECT (widget), after_paint_widget_gone_cb, pending);
  gtk_widget_queue_draw (widget);
}

/**
 * mis_add_shortcut:
 * @trigger: as gtk_shortcut_trigger_parse_string() reads it
 * @arguments: (nullable) (transfer floating): for the action
 */
void
mis_add_shortcut (GtkShortcutController *controller,
                  const char            *trigger,
                  const char            *action,
                  GVariant              *arguments)
{
  GtkShortcut *shortcut = gtk_shortcut_new (gtk_shortcut_trigger_parse_string (trigger),
                                            gtk_named_action_new (action));

  if (arguments != NULL)
    gtk_shortcut_set_arguments (shortcut, arguments);
  gtk_shortcut_controller_add_shortcut (controller, shortcut);
}

/**
 * mis_widget_update_tooltip:
 * @text: (nullable): the tooltip, or %NULL for none
 *
 * Sets @widget's tooltip text only when it differs from the one it has.
 * GTK 4.8 asks the display where the pointer is whenever a visible widget's
 * tooltip is set, a round trip to the X server: done for every card bound at
 * a keystroke in the search, or at every pointer motion, it adds up to
 * frames.
 */
void
mis_widget_update_tooltip (GtkWidget  *widget,
                           const char *text)
{
  if (g_strcmp0 (gtk_widget_get_tooltip_text (widget), text) != 0)
    gtk_widget_set_tooltip_text (widget, text);
}

static void
spinner_map_cb (GtkWidget *spinner)
{
  gtk_spinner_set_spinning (GTK_SPINNER (spinner), TRUE);
}

static void
spinner_unmap_cb (GtkWidget *spinner)
{
  gtk_spinner_set_spinning (GTK_SPINNER (spinner), FALSE);
}

/**
 * mis_spinner_spin_when_shown:
 *
 * Makes @spinner spin while it is on screen, and only then. A spinning
 * spinner on a page of a stack that is no longer shown keeps its CSS
 * animation running in GTK 4.8: the window is restyled and laid out
 * again at every frame, 60 times a second, for as long as the app runs,
 * costing battery and delaying what the user asks for.
 */
void
mis_spinner_spin_when_shown (GtkSpinner *spinner)
{
  g_return_if_fail (GTK_IS_SPINNER (spinner));

  g_signal_connect (spinner, "map", G_CALLBACK (spinner_map_cb), NULL);
  g_signal_connect (spinner, "unmap", G_CALLBACK (spinner_unmap_cb), NULL);
  gtk_spinner_set_spinning (spinner, gtk_widget_get_mapped (GTK_WIDGET (spinner)));
}
