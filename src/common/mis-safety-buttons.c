/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-safety-buttons.c: the buttons a youth may need at any moment, the
 * same in the library and in every viewer: "Quick exit" (app.quick-exit)
 * and, on a shared computer, "Help" (win.help-contacts), labelled where the
 * header has room and as icons where it has not.
 *
 * Whether "Help" shows follows the window's "shared-computer" property when
 * the window has one, so that a viewer's template need not pass it down.
 */
#define G_LOG_DOMAIN "mis-safety-buttons"

#include "config.h"

#include <adwaita.h>

#include "mis-safety-buttons.h"

struct _MisSafetyButtons
{
  GtkWidget  parent_instance;

  GtkWidget *squeezer;
  GtkWidget *help_button;
  GtkWidget *help_icon_button;
  GBinding  *root_binding;
  gboolean   show_help;
};

G_DEFINE_FINAL_TYPE (MisSafetyButtons, mis_safety_buttons, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SHOW_HELP,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mis_safety_buttons_root (GtkWidget *widget)
{
  MisSafetyButtons *self = MIS_SAFETY_BUTTONS (widget);
  GtkRoot *root;

  GTK_WIDGET_CLASS (mis_safety_buttons_parent_class)->root (widget);

  root = gtk_widget_get_root (widget);
  if (g_object_class_find_property (G_OBJECT_GET_CLASS (root), "shared-computer") != NULL)
    self->root_binding = g_object_bind_property (root, "shared-computer", self, "show-help",
                                                 G_BINDING_SYNC_CREATE);
}

static void
mis_safety_buttons_unroot (GtkWidget *widget)
{
  MisSafetyButtons *self = MIS_SAFETY_BUTTONS (widget);

  g_clear_pointer (&self->root_binding, g_binding_unbind);

  GTK_WIDGET_CLASS (mis_safety_buttons_parent_class)->unroot (widget);
}

static void
mis_safety_buttons_dispose (GObject *object)
{
  MisSafetyButtons *self = (MisSafetyButtons *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), MIS_TYPE_SAFETY_BUTTONS);

  G_OBJECT_CLASS (mis_safety_buttons_parent_class)->dispose (object);
}

static void
mis_safety_buttons_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  MisSafetyButtons *self = MIS_SAFETY_BUTTONS (object);

  switch (prop_id)
    {
    case PROP_SHOW_HELP:
      g_value_set_boolean (value, self->show_help);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mis_safety_buttons_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  MisSafetyButtons *self = MIS_SAFETY_BUTTONS (object);

  switch (prop_id)
    {
    case PROP_SHOW_HELP:
      mis_safety_buttons_set_show_help (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mis_safety_buttons_class_init (MisSafetyButtonsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mis_safety_buttons_dispose;
  object_class->get_property = mis_safety_buttons_get_property;
  object_class->set_property = mis_safety_buttons_set_property;
  widget_class->root = mis_safety_buttons_root;
  widget_class->unroot = mis_safety_buttons_unroot;

  properties[PROP_SHOW_HELP] =
    g_param_spec_boolean ("show-help", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/be/ecpat/MakeItSafe/common/mis-safety-buttons.ui");
  gtk_widget_class_bind_template_child (widget_class, MisSafetyButtons, squeezer);
  gtk_widget_class_bind_template_child (widget_class, MisSafetyButtons, help_button);
  gtk_widget_class_bind_template_child (widget_class, MisSafetyButtons, help_icon_button);
}

static void
mis_safety_buttons_init (MisSafetyButtons *self)
{
  g_type_ensure (ADW_TYPE_SQUEEZER);
  g_type_ensure (ADW_TYPE_BUTTON_CONTENT);
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
mis_safety_buttons_new (void)
{
  return g_object_new (MIS_TYPE_SAFETY_BUTTONS, NULL);
}

gboolean
mis_safety_buttons_get_show_help (MisSafetyButtons *self)
{
  g_return_val_if_fail (MIS_IS_SAFETY_BUTTONS (self), FALSE);
  return self->show_help;
}

/**
 * mis_safety_buttons_set_show_help:
 *
 * Shows "Help" beside "Quick exit"; set from the window's "shared-computer"
 * property when it has one.
 */
void
mis_safety_buttons_set_show_help (MisSafetyButtons *self,
                                  gboolean          show_help)
{
  g_return_if_fail (MIS_IS_SAFETY_BUTTONS (self));

  show_help = !!show_help;
  if (self->show_help == show_help)
    return;

  self->show_help = show_help;
  gtk_widget_set_visible (self->help_button, show_help);
  gtk_widget_set_visible (self->help_icon_button, show_help);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_HELP]);
}
