/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-neutral-screen.c: after a quick exit, someone looking over a youth's
 * shoulder must see nothing about online safety: the window becomes a
 * plain clock, the time in large digits and the date, titled "Clock". The
 * time is set when the screen appears and at each new minute while shown.
 */
#define G_LOG_DOMAIN "mis-neutral-screen"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "mis-neutral-screen.h"

struct _MisNeutralScreen
{
  GtkWidget  parent_instance;

  GtkWidget *box;
  GtkLabel  *time_label;
  GtkLabel  *date_label;
  guint      minute_source;
};

G_DEFINE_FINAL_TYPE (MisNeutralScreen, mis_neutral_screen, GTK_TYPE_WIDGET)

static gboolean minute_cb (gpointer user_data);

static void
update (MisNeutralScreen *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  /* Translators: the time on the neutral screen of a quick exit; see
   * g_date_time_format(). No seconds: it changes once a minute. */
  g_autofree char *time = g_date_time_format (now, C_("neutral screen", "%H:%M"));
  /* Translators: the date below it, as a clock shows it ("Thursday 3
   * December 2026"); see g_date_time_format(). */
  g_autofree char *date = g_date_time_format (now, C_("neutral screen", "%A %-d %B %Y"));

  gtk_label_set_text (self->time_label, time);
  gtk_label_set_text (self->date_label, date);

  g_clear_handle_id (&self->minute_source, g_source_remove);
  self->minute_source = g_timeout_add_seconds (60 - g_date_time_get_second (now), minute_cb, self);
}

static gboolean
minute_cb (gpointer user_data)
{
  MisNeutralScreen *self = user_data;

  self->minute_source = 0;
  update (self);
  return G_SOURCE_REMOVE;
}

static void
mis_neutral_screen_map (GtkWidget *widget)
{
  update (MIS_NEUTRAL_SCREEN (widget));
  GTK_WIDGET_CLASS (mis_neutral_screen_parent_class)->map (widget);
}

static void
mis_neutral_screen_unmap (GtkWidget *widget)
{
  g_clear_handle_id (&MIS_NEUTRAL_SCREEN (widget)->minute_source, g_source_remove);
  GTK_WIDGET_CLASS (mis_neutral_screen_parent_class)->unmap (widget);
}

static void
mis_neutral_screen_dispose (GObject *object)
{
  MisNeutralScreen *self = (MisNeutralScreen *)object;

  g_clear_handle_id (&self->minute_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), MIS_TYPE_NEUTRAL_SCREEN);

  G_OBJECT_CLASS (mis_neutral_screen_parent_class)->dispose (object);
}

static void
mis_neutral_screen_class_init (MisNeutralScreenClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mis_neutral_screen_dispose;
  widget_class->map = mis_neutral_screen_map;
  widget_class->unmap = mis_neutral_screen_unmap;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/be/ecpat/MakeItSafe/mis-neutral-screen.ui");
  gtk_widget_class_bind_template_child (widget_class, MisNeutralScreen, box);
  gtk_widget_class_bind_template_child (widget_class, MisNeutralScreen, time_label);
  gtk_widget_class_bind_template_child (widget_class, MisNeutralScreen, date_label);
}

static void
mis_neutral_screen_init (MisNeutralScreen *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * mis_neutral_screen_get_title:
 *
 * Returns: the window title while the neutral screen shows.
 */
const char *
mis_neutral_screen_get_title (void)
{
  return C_("neutral screen", "Clock");
}

/**
 * mis_neutral_screen_get_icon_name:
 *
 * Returns: the window icon (the taskbar's) while the neutral screen shows.
 */
const char *
mis_neutral_screen_get_icon_name (void)
{
  return "preferences-system-time";
}
