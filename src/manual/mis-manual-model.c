/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-manual-model.c: the reading position of a manual as properties, as
 * Papers keeps its document model apart from its view: the page being
 * read, the zoom, whether the zoom follows the width or the page or was
 * chosen, and whether the manual is presented full screen. The view, its
 * header and sidebar, the window and the tests all follow it through
 * notify::; each property is notified once per change.
 */
#define G_LOG_DOMAIN "mis-manual-model"

#include "config.h"

#include "mis-manual-enums.h"
#include "mis-manual-model.h"

struct _MisManualModel
{
  GObject      parent_instance;

  guint        n_pages;
  guint        page;
  double       zoom;
  MisManualFit fit;
  gboolean     presenting;
};

G_DEFINE_FINAL_TYPE (MisManualModel, mis_manual_model, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_N_PAGES,
  PROP_PAGE,
  PROP_ZOOM,
  PROP_FIT,
  PROP_PRESENTING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mis_manual_model_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  MisManualModel *self = MIS_MANUAL_MODEL (object);

  switch (prop_id)
    {
    case PROP_N_PAGES:
      g_value_set_uint (value, self->n_pages);
      break;
    case PROP_PAGE:
      g_value_set_uint (value, self->page);
      break;
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;
    case PROP_FIT:
      g_value_set_enum (value, self->fit);
      break;
    case PROP_PRESENTING:
      g_value_set_boolean (value, self->presenting);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mis_manual_model_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  MisManualModel *self = MIS_MANUAL_MODEL (object);

  switch (prop_id)
    {
    case PROP_N_PAGES:
      mis_manual_model_set_n_pages (self, g_value_get_uint (value));
      break;
    case PROP_PAGE:
      mis_manual_model_set_page (self, g_value_get_uint (value));
      break;
    case PROP_ZOOM:
      mis_manual_model_set_zoom (self, g_value_get_double (value));
      break;
    case PROP_FIT:
      mis_manual_model_set_fit (self, g_value_get_enum (value));
      break;
    case PROP_PRESENTING:
      mis_manual_model_set_presenting (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mis_manual_model_class_init (MisManualModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = mis_manual_model_get_property;
  object_class->set_property = mis_manual_model_set_property;

  properties[PROP_N_PAGES] =
    g_param_spec_uint ("n-pages", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * MisManualModel:page:
   *
   * The page being read, from 0: the one at the top of the screen.
   */
  properties[PROP_PAGE] =
    g_param_spec_uint ("page", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, MIS_MANUAL_MIN_ZOOM, MIS_MANUAL_MAX_ZOOM, 1,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FIT] =
    g_param_spec_enum ("fit", NULL, NULL, MIS_TYPE_MANUAL_FIT, MIS_MANUAL_FIT_WIDTH,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PRESENTING] =
    g_param_spec_boolean ("presenting", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mis_manual_model_init (MisManualModel *self)
{
  self->zoom = 1;
  self->fit = MIS_MANUAL_FIT_WIDTH;
}

MisManualModel *
mis_manual_model_new (void)
{
  return g_object_new (MIS_TYPE_MANUAL_MODEL, NULL);
}

guint
mis_manual_model_get_n_pages (MisManualModel *self)
{
  g_return_val_if_fail (MIS_IS_MANUAL_MODEL (self), 0);
  return self->n_pages;
}

/* A new manual, or none: the page is kept within it. */
void
mis_manual_model_set_n_pages (MisManualModel *self,
                              guint           n_pages)
{
  g_return_if_fail (MIS_IS_MANUAL_MODEL (self));

  if (self->n_pages == n_pages)
    return;

  self->n_pages = n_pages;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PAGES]);
  mis_manual_model_set_page (self, self->page);
}

guint
mis_manual_model_get_page (MisManualModel *self)
{
  g_return_val_if_fail (MIS_IS_MANUAL_MODEL (self), 0);
  return self->page;
}

void
mis_manual_model_set_page (MisManualModel *self,
                           guint           page)
{
  g_return_if_fail (MIS_IS_MANUAL_MODEL (self));

  page = self->n_pages > 0 ? MIN (page, self->n_pages - 1) : 0;
  if (self->page == page)
    return;

  self->page = page;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
}

double
mis_manual_model_get_zoom (MisManualModel *self)
{
  g_return_val_if_fail (MIS_IS_MANUAL_MODEL (self), 1);
  return self->zoom;
}

void
mis_manual_model_set_zoom (MisManualModel *self,
                           double          zoom)
{
  g_return_if_fail (MIS_IS_MANUAL_MODEL (self));

  zoom = CLAMP (zoom, MIS_MANUAL_MIN_ZOOM, MIS_MANUAL_MAX_ZOOM);
  if (self->zoom == zoom)
    return;

  self->zoom = zoom;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

MisManualFit
mis_manual_model_get_fit (MisManualModel *self)
{
  g_return_val_if_fail (MIS_IS_MANUAL_MODEL (self), MIS_MANUAL_FIT_WIDTH);
  return self->fit;
}

void
mis_manual_model_set_fit (MisManualModel *self,
                          MisManualFit    fit)
{
  g_return_if_fail (MIS_IS_MANUAL_MODEL (self));

  if (self->fit == fit)
    return;

  self->fit = fit;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIT]);
}

gboolean
mis_manual_model_get_presenting (MisManualModel *self)
{
  g_return_val_if_fail (MIS_IS_MANUAL_MODEL (self), FALSE);
  return self->presenting;
}

void
mis_manual_model_set_presenting (MisManualModel *self,
                                 gboolean        presenting)
{
  g_return_if_fail (MIS_IS_MANUAL_MODEL (self));

  presenting = !!presenting;
  if (self->presenting == presenting)
    return;

  self->presenting = presenting;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRESENTING]);
}
