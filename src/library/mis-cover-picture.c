/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-cover-picture.c: the cover of a card and of the resource page. The
 * kind's icon shows at once; the cover, made by the cover loader off the
 * main thread, replaces it when it comes, unless another resource was asked
 * for meanwhile (that request is cancelled).
 */
#define G_LOG_DOMAIN "mis-cover-picture"

#include "config.h"

#include "mis-cover-loader.h"
#include "mis-cover-picture.h"

struct _MisCoverPicture
{
  GtkWidget     parent_instance;

  GtkStack     *stack;
  GtkImage     *placeholder;
  GtkPicture   *picture;
  GCancellable *cancellable;
};

G_DEFINE_FINAL_TYPE (MisCoverPicture, mis_cover_picture, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_ICON_SIZE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The icon standing for a kind of resource, where it has no cover. */
const char *
mis_resource_kind_icon_name (MisResourceKind kind)
{
  switch (kind)
    {
    case MIS_RESOURCE_KIND_FILM: return "video-x-generic-symbolic";
    case MIS_RESOURCE_KIND_PHOTO_NOVEL: return "image-x-generic-symbolic";
    case MIS_RESOURCE_KIND_MANUAL: return "x-office-document-symbolic";
    default: g_assert_not_reached ();
    }
}

static void
cover_loaded_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(MisCoverPicture) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = mis_cover_loader_load_finish (MIS_COVER_LOADER (object), result, &error);

  if (texture == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_debug ("No cover: %s", error->message);
      return;
    }

  gtk_picture_set_paintable (self->picture, GDK_PAINTABLE (texture));
  gtk_stack_set_visible_child (self->stack, GTK_WIDGET (self->picture));
}

/**
 * mis_cover_picture_set_resource:
 * @resource: (nullable): whose cover to show
 * @width: @height: the box it is made to fit, in logical pixels
 */
void
mis_cover_picture_set_resource (MisCoverPicture *self,
                                MisResource     *resource,
                                int              width,
                                int              height)
{
  int scale;

  g_return_if_fail (MIS_IS_COVER_PICTURE (self));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  gtk_picture_set_paintable (self->picture, NULL);
  gtk_stack_set_visible_child (self->stack, GTK_WIDGET (self->placeholder));

  if (resource == NULL)
    return;

  gtk_image_set_from_icon_name (self->placeholder, mis_resource_kind_icon_name (mis_resource_get_kind (resource)));

  scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  mis_cover_loader_load_async (mis_cover_loader_get_default (), resource, width * scale, height * scale,
                               self->cancellable, cover_loaded_cb, g_object_ref (self));
}

static void
mis_cover_picture_dispose (GObject *object)
{
  MisCoverPicture *self = (MisCoverPicture *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->stack != NULL)
    {
      gtk_widget_unparent (GTK_WIDGET (self->stack));
      self->stack = NULL;
    }

  G_OBJECT_CLASS (mis_cover_picture_parent_class)->dispose (object);
}

static void
mis_cover_picture_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  MisCoverPicture *self = MIS_COVER_PICTURE (object);

  switch (prop_id)
    {
    case PROP_ICON_SIZE:
      g_value_set_int (value, gtk_image_get_pixel_size (self->placeholder));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mis_cover_picture_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  MisCoverPicture *self = MIS_COVER_PICTURE (object);

  switch (prop_id)
    {
    case PROP_ICON_SIZE:
      gtk_image_set_pixel_size (self->placeholder, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mis_cover_picture_class_init (MisCoverPictureClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mis_cover_picture_dispose;
  object_class->get_property = mis_cover_picture_get_property;
  object_class->set_property = mis_cover_picture_set_property;

  /* The kind's icon, in pixels, while there is no cover. */
  properties[PROP_ICON_SIZE] =
    g_param_spec_int ("icon-size", NULL, NULL, 16, 512, 64,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "miscoverpicture");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PRESENTATION);
}

static void
mis_cover_picture_init (MisCoverPicture *self)
{
  self->stack = GTK_STACK (gtk_stack_new ());
  self->placeholder = GTK_IMAGE (gtk_image_new_from_icon_name ("image-x-generic-symbolic"));
  self->picture = GTK_PICTURE (gtk_picture_new ());

  gtk_image_set_pixel_size (self->placeholder, 64);
  gtk_widget_add_css_class (GTK_WIDGET (self->placeholder), "dim-label");
  gtk_picture_set_content_fit (self->picture, GTK_CONTENT_FIT_CONTAIN);
  gtk_picture_set_can_shrink (self->picture, TRUE);
  gtk_stack_add_child (self->stack, GTK_WIDGET (self->placeholder));
  gtk_stack_add_child (self->stack, GTK_WIDGET (self->picture));
  gtk_widget_set_parent (GTK_WIDGET (self->stack), GTK_WIDGET (self));
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
}
