/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-fullscreen-box.c: what the film player, the photo-novel reader and
 * the manual share around their content, after GNOME Text Editor's
 * fullscreen box: a bar on top (the header), a bar below (the film's
 * controls, the photo-novel's pages), each in a revealer. In a window both
 * stay; in fullscreen they and the pointer go after a few seconds without
 * motion (MisAutohide) and come back when the pointer moves, unless the
 * viewer asks to keep them (a paused film). The box follows the window it
 * is put in, marks itself "fullscreen" for the style sheet, and leaves
 * fullscreen when asked (Escape in every viewer).
 *
 * In a template: <child type="top">, <child type="bottom">, and the content
 * as plain children, stacked in between.
 */
#define G_LOG_DOMAIN "mis-fullscreen-box"

#include "config.h"

#include "mis-fullscreen-box.h"

#define TRANSITION_MS 150

struct _MisFullscreenBox
{
  GtkWidget    parent_instance;

  GtkWidget   *top_revealer;
  GtkWidget   *bottom_revealer;
  MisAutohide *autohide;
  gboolean     keep_revealed;
  gboolean     hide_top;
  gboolean     revealed;
};

static void buildable_init (GtkBuildableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (MisFullscreenBox, mis_fullscreen_box, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE, buildable_init))

static GtkBuildableIface *parent_buildable;

enum {
  PROP_0,
  PROP_FULLSCREEN,
  PROP_REVEALED,
  PROP_KEEP_REVEALED,
  PROP_HIDE_TOP,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update (MisFullscreenBox *self)
{
  gboolean fullscreen = mis_autohide_get_fullscreen (self->autohide);
  gboolean revealed = !fullscreen || self->keep_revealed || mis_autohide_get_active (self->autohide);

  gtk_revealer_set_reveal_child (GTK_REVEALER (self->top_revealer), revealed && !self->hide_top);
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->bottom_revealer), revealed);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), revealed ? NULL : "none");
  if (fullscreen)
    gtk_widget_add_css_class (GTK_WIDGET (self), "fullscreen");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "fullscreen");

  if (revealed != self->revealed)
    {
      self->revealed = revealed;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVEALED]);
    }
}

static void
autohide_changed_cb (MisFullscreenBox *self)
{
  gboolean was_fullscreen = gtk_widget_has_css_class (GTK_WIDGET (self), "fullscreen");

  update (self);
  if (was_fullscreen != mis_autohide_get_fullscreen (self->autohide))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FULLSCREEN]);
}

/* The content goes between the bars, in the order given. */
static void
add_child (GtkBuildable *buildable,
           GtkBuilder   *builder,
           GObject      *child,
           const char   *type)
{
  MisFullscreenBox *self = MIS_FULLSCREEN_BOX (buildable);

  if (g_strcmp0 (type, "top") == 0)
    gtk_revealer_set_child (GTK_REVEALER (self->top_revealer), GTK_WIDGET (child));
  else if (g_strcmp0 (type, "bottom") == 0)
    gtk_revealer_set_child (GTK_REVEALER (self->bottom_revealer), GTK_WIDGET (child));
  else if (GTK_IS_WIDGET (child))
    gtk_widget_insert_before (GTK_WIDGET (child), GTK_WIDGET (self), self->bottom_revealer);
  else
    parent_buildable->add_child (buildable, builder, child, type);
}

static void
buildable_init (GtkBuildableIface *iface)
{
  parent_buildable = g_type_interface_peek_parent (iface);
  iface->add_child = add_child;
}

static void
mis_fullscreen_box_root (GtkWidget *widget)
{
  MisFullscreenBox *self = MIS_FULLSCREEN_BOX (widget);

  GTK_WIDGET_CLASS (mis_fullscreen_box_parent_class)->root (widget);
  mis_autohide_set_window (self->autohide, GTK_WINDOW (gtk_widget_get_root (widget)));
}

static void
mis_fullscreen_box_unroot (GtkWidget *widget)
{
  MisFullscreenBox *self = MIS_FULLSCREEN_BOX (widget);

  mis_autohide_set_window (self->autohide, NULL);
  GTK_WIDGET_CLASS (mis_fullscreen_box_parent_class)->unroot (widget);
}

static void
mis_fullscreen_box_dispose (GObject *object)
{
  MisFullscreenBox *self = MIS_FULLSCREEN_BOX (object);
  GtkWidget *child;

  g_clear_object (&self->autohide);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  self->top_revealer = self->bottom_revealer = NULL;

  G_OBJECT_CLASS (mis_fullscreen_box_parent_class)->dispose (object);
}

static void
mis_fullscreen_box_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  MisFullscreenBox *self = MIS_FULLSCREEN_BOX (object);

  switch (prop_id)
    {
    case PROP_FULLSCREEN:
      g_value_set_boolean (value, mis_fullscreen_box_get_fullscreen (self));
      break;
    case PROP_REVEALED:
      g_value_set_boolean (value, self->revealed);
      break;
    case PROP_KEEP_REVEALED:
      g_value_set_boolean (value, self->keep_revealed);
      break;
    case PROP_HIDE_TOP:
      g_value_set_boolean (value, self->hide_top);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mis_fullscreen_box_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  MisFullscreenBox *self = MIS_FULLSCREEN_BOX (object);

  switch (prop_id)
    {
    case PROP_KEEP_REVEALED:
      mis_fullscreen_box_set_keep_revealed (self, g_value_get_boolean (value));
      break;
    case PROP_HIDE_TOP:
      mis_fullscreen_box_set_hide_top (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mis_fullscreen_box_class_init (MisFullscreenBoxClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mis_fullscreen_box_dispose;
  object_class->get_property = mis_fullscreen_box_get_property;
  object_class->set_property = mis_fullscreen_box_set_property;
  widget_class->root = mis_fullscreen_box_root;
  widget_class->unroot = mis_fullscreen_box_unroot;

  /**
   * MisFullscreenBox:fullscreen:
   *
   * The window the box is in is fullscreen.
   */
  properties[PROP_FULLSCREEN] =
    g_param_spec_boolean ("fullscreen", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * MisFullscreenBox:revealed:
   *
   * The bars are shown (always, in a window).
   */
  properties[PROP_REVEALED] =
    g_param_spec_boolean ("revealed", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * MisFullscreenBox:keep-revealed:
   *
   * The bars stay even in fullscreen with a still pointer: a paused film,
   * a question waiting.
   */
  properties[PROP_KEEP_REVEALED] =
    g_param_spec_boolean ("keep-revealed", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * MisFullscreenBox:hide-top:
   *
   * The top bar is hidden whatever the pointer does (a manual presented).
   */
  properties[PROP_HIDE_TOP] =
    g_param_spec_boolean ("hide-top", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "misfullscreenbox");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
}

static void
mis_fullscreen_box_init (MisFullscreenBox *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);

  self->revealed = TRUE;
  self->top_revealer = gtk_revealer_new ();
  gtk_revealer_set_transition_type (GTK_REVEALER (self->top_revealer), GTK_REVEALER_TRANSITION_TYPE_SLIDE_DOWN);
  gtk_revealer_set_transition_duration (GTK_REVEALER (self->top_revealer), TRANSITION_MS);
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->top_revealer), TRUE);
  gtk_widget_set_parent (self->top_revealer, GTK_WIDGET (self));

  self->bottom_revealer = gtk_revealer_new ();
  gtk_revealer_set_transition_type (GTK_REVEALER (self->bottom_revealer), GTK_REVEALER_TRANSITION_TYPE_SLIDE_UP);
  gtk_revealer_set_transition_duration (GTK_REVEALER (self->bottom_revealer), TRANSITION_MS);
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->bottom_revealer), TRUE);
  gtk_widget_set_parent (self->bottom_revealer, GTK_WIDGET (self));

  self->autohide = mis_autohide_new (GTK_WIDGET (self));
  g_signal_connect_object (self->autohide, "changed", G_CALLBACK (autohide_changed_cb), self, G_CONNECT_SWAPPED);
}

GtkWidget *
mis_fullscreen_box_new (void)
{
  return g_object_new (MIS_TYPE_FULLSCREEN_BOX, NULL);
}

/**
 * mis_fullscreen_box_get_autohide:
 *
 * Returns: (transfer none): what follows the pointer and the window's
 *   fullscreen state, for a viewer that hides more than the bars
 */
MisAutohide *
mis_fullscreen_box_get_autohide (MisFullscreenBox *self)
{
  g_return_val_if_fail (MIS_IS_FULLSCREEN_BOX (self), NULL);
  return self->autohide;
}

gboolean
mis_fullscreen_box_get_fullscreen (MisFullscreenBox *self)
{
  g_return_val_if_fail (MIS_IS_FULLSCREEN_BOX (self), FALSE);
  return self->autohide != NULL && mis_autohide_get_fullscreen (self->autohide);
}

gboolean
mis_fullscreen_box_get_revealed (MisFullscreenBox *self)
{
  g_return_val_if_fail (MIS_IS_FULLSCREEN_BOX (self), TRUE);
  return self->revealed;
}

gboolean
mis_fullscreen_box_get_keep_revealed (MisFullscreenBox *self)
{
  g_return_val_if_fail (MIS_IS_FULLSCREEN_BOX (self), FALSE);
  return self->keep_revealed;
}

void
mis_fullscreen_box_set_keep_revealed (MisFullscreenBox *self,
                                      gboolean          keep_revealed)
{
  g_return_if_fail (MIS_IS_FULLSCREEN_BOX (self));

  keep_revealed = !!keep_revealed;
  if (self->keep_revealed == keep_revealed)
    return;

  self->keep_revealed = keep_revealed;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KEEP_REVEALED]);
}

gboolean
mis_fullscreen_box_get_hide_top (MisFullscreenBox *self)
{
  g_return_val_if_fail (MIS_IS_FULLSCREEN_BOX (self), FALSE);
  return self->hide_top;
}

void
mis_fullscreen_box_set_hide_top (MisFullscreenBox *self,
                                 gboolean          hide_top)
{
  g_return_if_fail (MIS_IS_FULLSCREEN_BOX (self));

  hide_top = !!hide_top;
  if (self->hide_top == hide_top)
    return;

  self->hide_top = hide_top;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIDE_TOP]);
}

/**
 * mis_fullscreen_box_leave_fullscreen:
 *
 * Returns: whether the window was fullscreen (Escape did something)
 */
gboolean
mis_fullscreen_box_leave_fullscreen (MisFullscreenBox *self)
{
  g_return_val_if_fail (MIS_IS_FULLSCREEN_BOX (self), FALSE);

  if (!mis_fullscreen_box_get_fullscreen (self))
    return FALSE;
  mis_autohide_leave_fullscreen (self->autohide);
  return TRUE;
}
