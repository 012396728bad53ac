/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-reading-model.c: a photo-novel is read one page at a time, or two
 * pages side by side (a spread) as in a printed album: the cover alone, then
 * pages 2 and 3, 4 and 5, and so on. Right-to-left albums are turned the
 * other way and their spreads are laid out the other way round, so "right"
 * and "left" (keys, clicks, swipes) are always what the reader sees.
 */
#define G_LOG_DOMAIN "mis-reading-model"

#include "mis-reading-model.h"

struct _MisReadingModel
{
  GObject             parent_instance;

  guint               n_pages;
  MisReadingDirection direction;
  gboolean            spread;
  guint               page;     /* the first page (reading order) of the view */
};

G_DEFINE_FINAL_TYPE (MisReadingModel, mis_reading_model, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PAGE,
  PROP_SPREAD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The first page of the view that shows @page. */
static guint
view_start (MisReadingModel *self,
            guint            page)
{
  if (!self->spread || page == 0)
    return page;

  /* Spreads are (1, 2), (3, 4)…: odd pages start them. */
  return page % 2 == 1 ? page : page - 1;
}

static gboolean
set_page (MisReadingModel *self,
          guint            page)
{
  if (self->n_pages == 0)
    return FALSE;

  page = view_start (self, MIN (page, self->n_pages - 1));
  if (page == self->page)
    return FALSE;

  self->page = page;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
  return TRUE;
}

static void
mis_reading_model_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  MisReadingModel *self = MIS_READING_MODEL (object);

  switch (prop_id)
    {
    case PROP_PAGE: g_value_set_uint (value, self->page); break;
    case PROP_SPREAD: g_value_set_boolean (value, self->spread); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mis_reading_model_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  MisReadingModel *self = MIS_READING_MODEL (object);

  switch (prop_id)
    {
    case PROP_PAGE: mis_reading_model_go_to (self, g_value_get_uint (value)); break;
    case PROP_SPREAD: mis_reading_model_set_spread (self, g_value_get_boolean (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mis_reading_model_class_init (MisReadingModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = mis_reading_model_get_property;
  object_class->set_property = mis_reading_model_set_property;

  properties[PROP_PAGE] =
    g_param_spec_uint ("page", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SPREAD] =
    g_param_spec_boolean ("spread", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mis_reading_model_init (MisReadingModel *self)
{
}

MisReadingModel *
mis_reading_model_new (guint               n_pages,
                       MisReadingDirection direction)
{
  MisReadingModel *self = g_object_new (MIS_TYPE_READING_MODEL, NULL);

  self->n_pages = n_pages;
  self->direction = direction;
  return self;
}

guint
mis_reading_model_get_n_pages (MisReadingModel *self)
{
  g_return_val_if_fail (MIS_IS_READING_MODEL (self), 0);
  return self->n_pages;
}

MisReadingDirection
mis_reading_model_get_direction (MisReadingModel *self)
{
  g_return_val_if_fail (MIS_IS_READING_MODEL (self), MIS_READING_DIRECTION_LTR);
  return self->direction;
}

/**
 * mis_reading_model_get_page:
 *
 * Returns: the first page (in reading order, from 0) of what is shown.
 */
guint
mis_reading_model_get_page (MisReadingModel *self)
{
  g_return_val_if_fail (MIS_IS_READING_MODEL (self), 0);
  return self->page;
}

gboolean
mis_reading_model_get_spread (MisReadingModel *self)
{
  g_return_val_if_fail (MIS_IS_READING_MODEL (self), FALSE);
  return self->spread;
}

/**
 * mis_reading_model_set_spread:
 *
 * Shows two pages side by side, or one; the page being read stays shown.
 */
void
mis_reading_model_set_spread (MisReadingModel *self,
                              gboolean         spread)
{
  guint page;

  g_return_if_fail (MIS_IS_READING_MODEL (self));

  spread = !!spread;
  if (self->spread == spread)
    return;

  /* The page being read stays in view: the view may start one page
   * earlier; "page" is notified only if it does. */
  page = self->page;
  self->spread = spread;
  set_page (self, page);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPREAD]);
}

/**
 * mis_reading_model_get_view:
 * @first: (out): the first page shown, in reading order, or -1 when none
 * @second: (out): the second page of a spread, or -1
 */
void
mis_reading_model_get_view (MisReadingModel *self,
                            int             *first,
                            int             *second)
{
  g_return_if_fail (MIS_IS_READING_MODEL (self));

  mis_reading_model_get_view_of (self, self->page, first, second);
}

/**
 * mis_reading_model_get_view_of:
 * @page: a page, from 0
 * @first: (out): the first page of the view that shows @page, or -1 when
 *   there is no such page
 * @second: (out): the second page of that view when it is a spread, or -1
 *
 * What going to @page would show: what to decode ahead of a turn.
 */
void
mis_reading_model_get_view_of (MisReadingModel *self,
                               guint            page,
                               int             *first,
                               int             *second)
{
  guint start;

  g_return_if_fail (MIS_IS_READING_MODEL (self));

  if (page >= self->n_pages)
    {
      *first = *second = -1;
      return;
    }

  start = view_start (self, page);
  *first = (int)start;
  *second = (self->spread && start > 0 && start + 1 < self->n_pages) ? (int)start + 1 : -1;
}

/**
 * mis_reading_model_get_screen_pages:
 * @left: (out): the page drawn on the left, or -1
 * @right: (out): the page drawn on the right, or -1
 *
 * A single page is given as @left.
 */
void
mis_reading_model_get_screen_pages (MisReadingModel *self,
                                    int             *left,
                                    int             *right)
{
  int first, second;

  mis_reading_model_get_view (self, &first, &second);

  if (second >= 0 && self->direction == MIS_READING_DIRECTION_RTL)
    {
      *left = second;
      *right = first;
    }
  else
    {
      *left = first;
      *right = second;
    }
}

gboolean
mis_reading_model_go_to (MisReadingModel *self,
                         guint            page)
{
  g_return_val_if_fail (MIS_IS_READING_MODEL (self), FALSE);
  return set_page (self, page);
}

gboolean
mis_reading_model_next (MisReadingModel *self)
{
  int first, second;

  g_return_val_if_fail (MIS_IS_READING_MODEL (self), FALSE);

  mis_reading_model_get_view (self, &first, &second);
  if (first < 0 || (guint)MAX (first, second) + 1 >= self->n_pages)
    return FALSE;

  return set_page (self, MAX (first, second) + 1);
}

gboolean
mis_reading_model_previous (MisReadingModel *self)
{
  g_return_val_if_fail (MIS_IS_READING_MODEL (self), FALSE);

  if (self->page == 0)
    return FALSE;

  return set_page (self, self->page - 1);
}

gboolean
mis_reading_model_first (MisReadingModel *self)
{
  g_return_val_if_fail (MIS_IS_READING_MODEL (self), FALSE);
  return set_page (self, 0);
}

gboolean
mis_reading_model_last (MisReadingModel *self)
{
  g_return_val_if_fail (MIS_IS_READING_MODEL (self), FALSE);
  return self->n_pages > 0 && set_page (self, self->n_pages - 1);
}

/**
 * mis_reading_model_turn_right:
 *
 * What the right arrow, a click on the right of the page or a swipe to the
 * left does: the next page in a left-to-right album, the previous one in a
 * right-to-left album.
 */
gboolean
mis_reading_model_turn_right (MisReadingModel *self)
{
  g_return_val_if_fail (MIS_IS_READING_MODEL (self), FALSE);

  return self->direction == MIS_READING_DIRECTION_RTL ? mis_reading_model_previous (self)
                                                      : mis_reading_model_next (self);
}

gboolean
mis_reading_model_turn_left (MisReadingModel *self)
{
  g_return_val_if_fail (MIS_IS_READING_MODEL (self), FALSE);

  return self->direction == MIS_READING_DIRECTION_RTL ? mis_reading_model_next (self)
                                                      : mis_reading_model_previous (self);
}

gboolean
mis_reading_model_is_first (MisReadingModel *self)
{
  g_return_val_if_fail (MIS_IS_READING_MODEL (self), TRUE);
  return self->page == 0;
}

gboolean
mis_reading_model_is_last (MisReadingModel *self)
{
  int first, second;

  g_return_val_if_fail (MIS_IS_READING_MODEL (self), TRUE);

  mis_reading_model_get_view (self, &first, &second);
  return first < 0 || (guint)MAX (first, second) + 1 >= self->n_pages;
}
