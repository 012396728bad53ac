/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-resource-card.c: a card of the library: cover, title, kind and length,
 * themes. Cards are recycled by the grid as it scrolls, so a card cancels
 * the cover it was waiting for when it is given another resource, and its
 * labels follow the resource's properties (the kit language can change
 * while the card is shown).
 */
#define G_LOG_DOMAIN "mis-resource-card"

#include "config.h"

#include <glib/gi18n.h>

#include "mis-cover-picture.h"
#include "mis-resource-card.h"
#include "mis-util.h"

#define COVER_WIDTH 200
#define COVER_HEIGHT 130

struct _MisResourceCard
{
  GtkWidget     parent_instance;

  GtkWidget    *box;
  MisCoverPicture *cover;
  GtkLabel     *title_label;
  GtkLabel     *meta_label;
  GtkLabel     *themes_label;
  GtkWidget    *unavailable_badge;

  MisResource  *resource;
  GSignalGroup *signals;
};

G_DEFINE_FINAL_TYPE (MisResourceCard, mis_resource_card, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_RESOURCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * mis_resource_format_length:
 *
 * Returns: (nullable): "1:05" for a film, "12 pages" for a photo-novel or a
 *   manual; %NULL while unknown.
 */
char *
mis_resource_format_length (MisResource *resource)
{
  MisResourceKind kind = mis_resource_get_kind (resource);
  guint pages = mis_resource_get_page_count (resource);

  if (kind == MIS_RESOURCE_KIND_FILM && mis_resource_get_duration (resource) > 0)
    return mis_format_duration (mis_resource_get_duration (resource));
  if (kind != MIS_RESOURCE_KIND_FILM && pages > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u page", "%u pages", pages), pages);

  return NULL;
}

/**
 * mis_resource_describe_length:
 *
 * Returns: "Film · 1:05", "Photo-novel · 12 pages", "Manual · 36 pages".
 */
char *
mis_resource_describe_length (MisResource *resource)
{
  const char *label = mis_resource_kind_get_label (mis_resource_get_kind (resource));
  g_autofree char *length = mis_resource_format_length (resource);

  if (length == NULL)
    return g_strdup (label);

  /* TRANSLATORS: kind and length of a resource, as in "Film · 1:05" */
  return g_strdup_printf (_("%s · %s"), label, length);
}

static void
update_labels (MisResourceCard *self)
{
  g_autofree char *meta = NULL;
  g_autofree char *accessible = NULL;
  GtkWidget *parent;
  const char *summary;
  const char *reason;

  if (self->resource == NULL)
    return;

  meta = mis_resource_describe_length (self->resource);
  gtk_label_set_label (self->title_label, mis_resource_get_title (self->resource));
  gtk_label_set_label (self->meta_label, meta);
  gtk_label_set_label (self->themes_label, mis_resource_get_theme_names (self->resource));
  gtk_widget_set_visible (GTK_WIDGET (self->themes_label),
                          *mis_resource_get_theme_names (self->resource) != '\0');

  reason = mis_resource_get_unavailable_reason (self->resource);
  gtk_widget_set_visible (self->unavailable_badge, reason != NULL);
  mis_widget_update_tooltip (GTK_WIDGET (self), reason);

  if (reason != NULL)
    accessible = g_strdup_printf ("%s, %s. %s", mis_resource_get_title (self->resource), meta, reason);
  else
    accessible = g_strdup_printf ("%s, %s", mis_resource_get_title (self->resource), meta);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  mis_resource_get_theme_names (self->resource),
                                  -1);

  /* The grid's item around the card takes the focus: a screen reader reads
   * it, not the card (GTK 4.8 has no accessible label for list items). */
  summary = mis_resource_get_summary (self->resource);
  if ((parent = gtk_widget_get_parent (GTK_WIDGET (self))) != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (parent),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, summary ? summary : "",
                                    -1);
}

static void
mis_resource_card_dispose (GObject *object)
{
  MisResourceCard *self = (MisResourceCard *)object;
  GtkWidget *child;

  g_clear_object (&self->signals);
  g_clear_object (&self->resource);
  gtk_widget_dispose_template (GTK_WIDGET (self), MIS_TYPE_RESOURCE_CARD);
  /* GTK 4.8 unparents only the template children bound by name. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (mis_resource_card_parent_class)->dispose (object);
}

static void
mis_resource_card_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  MisResourceCard *self = MIS_RESOURCE_CARD (object);

  switch (prop_id)
    {
    case PROP_RESOURCE:
      g_value_set_object (value, self->resource);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mis_resource_card_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  MisResourceCard *self = MIS_RESOURCE_CARD (object);

  switch (prop_id)
    {
    case PROP_RESOURCE:
      mis_resource_card_set_resource (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mis_resource_card_class_init (MisResourceCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mis_resource_card_dispose;
  object_class->get_property = mis_resource_card_get_property;
  object_class->set_property = mis_resource_card_set_property;

  properties[PROP_RESOURCE] =
    g_param_spec_object ("resource", NULL, NULL, MIS_TYPE_RESOURCE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (MIS_TYPE_COVER_PICTURE);
  gtk_widget_class_set_template_from_resource (widget_class, "/be/ecpat/MakeItSafe/library/mis-resource-card.ui");
  gtk_widget_class_bind_template_child (widget_class, MisResourceCard, box);
  gtk_widget_class_bind_template_child (widget_class, MisResourceCard, cover);
  gtk_widget_class_bind_template_child (widget_class, MisResourceCard, title_label);
  gtk_widget_class_bind_template_child (widget_class, MisResourceCard, meta_label);
  gtk_widget_class_bind_template_child (widget_class, MisResourceCard, themes_label);
  gtk_widget_class_bind_template_child (widget_class, MisResourceCard, unavailable_badge);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "misresourcecard");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
mis_resource_card_init (MisResourceCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_widget_set_size_request (GTK_WIDGET (self->cover), COVER_WIDTH, COVER_HEIGHT);

  self->signals = g_signal_group_new (MIS_TYPE_RESOURCE);
  g_signal_group_connect_swapped (self->signals, "notify::title", G_CALLBACK (update_labels), self);
  g_signal_group_connect_swapped (self->signals, "notify::theme-names", G_CALLBACK (update_labels), self);
  g_signal_group_connect_swapped (self->signals, "notify::page-count", G_CALLBACK (update_labels), self);
  g_signal_group_connect_swapped (self->signals, "notify::available", G_CALLBACK (update_labels), self);
}

GtkWidget *
mis_resource_card_new (void)
{
  return g_object_new (MIS_TYPE_RESOURCE_CARD, NULL);
}

MisResource *
mis_resource_card_get_resource (MisResourceCard *self)
{
  g_return_val_if_fail (MIS_IS_RESOURCE_CARD (self), NULL);
  return self->resource;
}

void
mis_resource_card_set_resource (MisResourceCard *self,
                                MisResource     *resource)
{
  g_return_if_fail (MIS_IS_RESOURCE_CARD (self));
  g_return_if_fail (!resource || MIS_IS_RESOURCE (resource));

  if (!g_set_object (&self->resource, resource))
    return;

  g_signal_group_set_target (self->signals, resource);
  update_labels (self);
  mis_cover_picture_set_resource (self->cover, self->resource, COVER_WIDTH, COVER_HEIGHT);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESOURCE]);
}
