/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-countdown.c: before a shared computer starts again for the next
 * person, the window dims and a card asks "Still there?" with the seconds
 * left in large type, readable from across the room. Any input answers it
 * (the app watches input, not this widget); 0 seconds hides it.
 */
#define G_LOG_DOMAIN "mis-countdown"

#include "config.h"

#include <glib/gi18n.h>

#include "mis-countdown.h"

struct _MisCountdown
{
  GtkWidget    parent_instance;

  GtkRevealer *revealer;
  GtkLabel    *number_label;
  GtkLabel    *detail_label;
  guint        seconds;
};

G_DEFINE_FINAL_TYPE (MisCountdown, mis_countdown, GTK_TYPE_WIDGET)

/**
 * mis_countdown_set_seconds:
 * @seconds: the seconds left before the reset; 0 hides the countdown
 */
void
mis_countdown_set_seconds (MisCountdown *self,
                           guint         seconds)
{
  g_return_if_fail (MIS_IS_COUNTDOWN (self));

  self->seconds = seconds;
  if (seconds > 0)
    {
      g_autofree char *number = g_strdup_printf ("%u", seconds);
      g_autofree char *detail =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "In %u second, everything closes and the app starts again for the next person.",
                                      "In %u seconds, everything closes and the app starts again for the next person.",
                                      seconds),
                         seconds);

      gtk_label_set_text (self->number_label, number);
      gtk_label_set_text (self->detail_label, detail);
    }
  gtk_widget_set_visible (GTK_WIDGET (self), seconds > 0);
  gtk_revealer_set_reveal_child (self->revealer, seconds > 0);
}

guint
mis_countdown_get_seconds (MisCountdown *self)
{
  g_return_val_if_fail (MIS_IS_COUNTDOWN (self), 0);
  return self->seconds;
}

static void
mis_countdown_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), MIS_TYPE_COUNTDOWN);

  G_OBJECT_CLASS (mis_countdown_parent_class)->dispose (object);
}

static void
mis_countdown_class_init (MisCountdownClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mis_countdown_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/be/ecpat/MakeItSafe/common/mis-countdown.ui");
  gtk_widget_class_bind_template_child (widget_class, MisCountdown, revealer);
  gtk_widget_class_bind_template_child (widget_class, MisCountdown, number_label);
  gtk_widget_class_bind_template_child (widget_class, MisCountdown, detail_label);
}

static void
mis_countdown_init (MisCountdown *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
