/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-quick-exit-hint.c: after a first press of Shift, a small panel at the
 * top of the window says how many more presses hide the screen, and a bar
 * fills with each, so that the person knows it is coming and a Shift
 * pressed by chance is noticed. Set from the gesture's count; it does not
 * take clicks.
 */
#define G_LOG_DOMAIN "mis-quick-exit-hint"

#include "config.h"

#include <glib/gi18n.h>

#include "mis-quick-exit-hint.h"
#include "mis-shift-gesture.h"

struct _MisQuickExitHint
{
  GtkWidget    parent_instance;

  GtkRevealer *revealer;
  GtkLabel    *label;
  GtkLevelBar *level;
};

G_DEFINE_FINAL_TYPE (MisQuickExitHint, mis_quick_exit_hint, GTK_TYPE_WIDGET)

/**
 * mis_quick_exit_hint_set_presses:
 * @presses: how many presses of the gesture were made; 0 (or all of them)
 *   hides the hint
 */
void
mis_quick_exit_hint_set_presses (MisQuickExitHint *self,
                                 guint             presses)
{
  gboolean shown = presses > 0 && presses < MIS_SHIFT_GESTURE_PRESSES;

  g_return_if_fail (MIS_IS_QUICK_EXIT_HINT (self));

  if (shown)
    {
      guint left = MIS_SHIFT_GESTURE_PRESSES - presses;
      g_autofree char *text =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "Quick exit: press Shift %u more time",
                                      "Quick exit: press Shift %u more times", left),
                         left);

      gtk_label_set_text (self->label, text);
      gtk_level_bar_set_value (self->level, presses);
    }
  gtk_revealer_set_reveal_child (self->revealer, shown);
}

/* Returns: the presses the hint shows; 0 when it is hidden */
guint
mis_quick_exit_hint_get_presses (MisQuickExitHint *self)
{
  g_return_val_if_fail (MIS_IS_QUICK_EXIT_HINT (self), 0);

  if (!gtk_revealer_get_reveal_child (self->revealer))
    return 0;
  return (guint) gtk_level_bar_get_value (self->level);
}

static void
mis_quick_exit_hint_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), MIS_TYPE_QUICK_EXIT_HINT);

  G_OBJECT_CLASS (mis_quick_exit_hint_parent_class)->dispose (object);
}

static void
mis_quick_exit_hint_class_init (MisQuickExitHintClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mis_quick_exit_hint_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/be/ecpat/MakeItSafe/common/mis-quick-exit-hint.ui");
  gtk_widget_class_bind_template_child (widget_class, MisQuickExitHint, revealer);
  gtk_widget_class_bind_template_child (widget_class, MisQuickExitHint, label);
  gtk_widget_class_bind_template_child (widget_class, MisQuickExitHint, level);
}

static void
mis_quick_exit_hint_init (MisQuickExitHint *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
