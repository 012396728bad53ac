/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-search-context.c: the words searched over a whole manual on its PDF
 * worker, as Papers' search context does. Matches come page by page as the
 * worker finds them (MisSearchContext::page-found), so that the first ones
 * are lit while the rest of a long manual is still searched; the current
 * match is the first one from the page being read as soon as one is found
 * there, or the first of all once the search ends. Next and previous wrap
 * around. A new query, or stop, forgets the old matches: none of them
 * arrives afterwards.
 */
#define G_LOG_DOMAIN "mis-search-context"

#include "config.h"

#include "mis-search-context.h"

struct _MisSearchContext
{
  GObject         parent_instance;

  MisPdfDocument *document;
  char           *query;
  guint           from_page;
  GCancellable   *cancellable;
  double          progress;

  GPtrArray      *matches;     /* MisPdfMatch, in page order */
  GHashTable     *page_hits;   /* page -> GArray of graphene_rect_t */
  int             current;
};

G_DEFINE_FINAL_TYPE (MisSearchContext, mis_search_context, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_QUERY,
  PROP_SEARCHING,
  PROP_PROGRESS,
  PROP_N_MATCHES,
  PROP_CURRENT_MATCH,
  N_PROPS
};

enum {
  PAGE_FOUND,
  FINISHED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
set_current (MisSearchContext *self,
             int               index)
{
  if (self->current == index)
    return;

  self->current = index;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT_MATCH]);
}

static void
add_found (MisSearchContext *self,
           GPtrArray        *found)
{
  guint first_new = self->matches->len;

  if (found == NULL || found->len == 0)
    return;

  for (guint i = 0; i < found->len; i++)
    {
      MisPdfMatch *match = mis_pdf_match_copy (g_ptr_array_index (found, i));
      GArray *hits = g_hash_table_lookup (self->page_hits, GINT_TO_POINTER (match->page));

      if (hits == NULL)
        {
          hits = g_array_new (FALSE, FALSE, sizeof (graphene_rect_t));
          g_hash_table_insert (self->page_hits, GINT_TO_POINTER (match->page), hits);
        }
      g_array_append_vals (hits, match->areas->data, match->areas->len);
      g_ptr_array_add (self->matches, match);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_MATCHES]);

  /* Each page once, in order. */
  for (guint i = first_new; i < self->matches->len; i++)
    {
      MisPdfMatch *match = g_ptr_array_index (self->matches, i);

      if (i == first_new || match->page != ((MisPdfMatch *)g_ptr_array_index (self->matches, i - 1))->page)
        g_signal_emit (self, signals[PAGE_FOUND], 0, (guint)match->page);
    }

  if (self->current < 0)
    for (guint i = first_new; i < self->matches->len; i++)
      if ((guint)((MisPdfMatch *)g_ptr_array_index (self->matches, i))->page >= self->from_page)
        {
          set_current (self, (int)i);
          break;
        }
}

static void
progress_cb (double     fraction,
             GPtrArray *found,
             gpointer   user_data)
{
  MisSearchContext *self = user_data;

  add_found (self, found);
  self->progress = fraction;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);
}

static void
find_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(MisSearchContext) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) all = mis_pdf_document_find_finish (MIS_PDF_DOCUMENT (object), result, &error);

  /* Stopped, or replaced by another query: nothing of it is kept. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->cancellable);
  if (error != NULL)
    g_warning ("Searching the manual: %s", error->message);

  /* Nothing from the page being read on: the first match of all. */
  if (self->current < 0 && self->matches->len > 0)
    set_current (self, 0);

  self->progress = 1;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCHING]);
  g_signal_emit (self, signals[FINISHED], 0);
}

static void
mis_search_context_dispose (GObject *object)
{
  MisSearchContext *self = MIS_SEARCH_CONTEXT (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (mis_search_context_parent_class)->dispose (object);
}

static void
mis_search_context_finalize (GObject *object)
{
  MisSearchContext *self = MIS_SEARCH_CONTEXT (object);

  g_free (self->query);
  g_ptr_array_unref (self->matches);
  g_hash_table_unref (self->page_hits);

  G_OBJECT_CLASS (mis_search_context_parent_class)->finalize (object);
}

static void
mis_search_context_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  MisSearchContext *self = MIS_SEARCH_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_QUERY:
      g_value_set_string (value, self->query);
      break;
    case PROP_SEARCHING:
      g_value_set_boolean (value, mis_search_context_get_searching (self));
      break;
    case PROP_PROGRESS:
      g_value_set_double (value, self->progress);
      break;
    case PROP_N_MATCHES:
      g_value_set_uint (value, self->matches->len);
      break;
    case PROP_CURRENT_MATCH:
      g_value_set_int (value, self->current);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mis_search_context_class_init (MisSearchContextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mis_search_context_dispose;
  object_class->finalize = mis_search_context_finalize;
  object_class->get_property = mis_search_context_get_property;

  properties[PROP_QUERY] =
    g_param_spec_string ("query", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SEARCHING] =
    g_param_spec_boolean ("searching", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * MisSearchContext:progress:
   *
   * The share of the pages searched, from 0 to 1.
   */
  properties[PROP_PROGRESS] =
    g_param_spec_double ("progress", NULL, NULL, 0, 1, 0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_MATCHES] =
    g_param_spec_uint ("n-matches", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * MisSearchContext:current-match:
   *
   * The match the reader is at, or -1 while there is none.
   */
  properties[PROP_CURRENT_MATCH] =
    g_param_spec_int ("current-match", NULL, NULL, -1, G_MAXINT, -1,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * MisSearchContext::page-found:
   * @page: a page with matches, from 0
   *
   * The matches of @page are known; pages come in order.
   */
  signals[PAGE_FOUND] =
    g_signal_new ("page-found", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  /**
   * MisSearchContext::finished:
   *
   * Every page was searched.
   */
  signals[FINISHED] =
    g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
mis_search_context_init (MisSearchContext *self)
{
  self->matches = g_ptr_array_new_with_free_func ((GDestroyNotify)mis_pdf_match_free);
  self->page_hits = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify)g_array_unref);
  self->current = -1;
}

MisSearchContext *
mis_search_context_new (MisPdfDocument *document)
{
  MisSearchContext *self;

  g_return_val_if_fail (MIS_IS_PDF_DOCUMENT (document), NULL);

  self = g_object_new (MIS_TYPE_SEARCH_CONTEXT, NULL);
  self->document = g_object_ref (document);
  return self;
}

MisPdfDocument *
mis_search_context_get_document (MisSearchContext *self)
{
  g_return_val_if_fail (MIS_IS_SEARCH_CONTEXT (self), NULL);
  return self->document;
}

/**
 * mis_search_context_start:
 * @query: the words; empty, or only spaces, searches nothing
 * @from_page: the page being read: the current match is the first one from it
 *
 * Forgets the last search and starts this one.
 */
void
mis_search_context_start (MisSearchContext *self,
                          const char       *query,
                          guint             from_page)
{
  g_autofree char *words = NULL;

  g_return_if_fail (MIS_IS_SEARCH_CONTEXT (self));

  mis_search_context_stop (self);
  words = g_strstrip (g_strdup (query ? query : ""));
  if (*words == '\0')
    return;

  self->query = g_steal_pointer (&words);
  self->from_page = from_page;
  self->cancellable = g_cancellable_new ();
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUERY]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCHING]);
  mis_pdf_document_find_async (self->document, self->query, progress_cb, self->cancellable,
                               find_done_cb, g_object_ref (self));
}

/* No search, no matches. */
void
mis_search_context_stop (MisSearchContext *self)
{
  gboolean had_query;
  gboolean had_matches;

  g_return_if_fail (MIS_IS_SEARCH_CONTEXT (self));

  had_query = self->query != NULL;
  had_matches = self->matches->len > 0;
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->query, g_free);
  g_ptr_array_set_size (self->matches, 0);
  g_hash_table_remove_all (self->page_hits);
  self->progress = 0;
  set_current (self, -1);

  if (had_matches)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_MATCHES]);
  if (had_query)
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUERY]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCHING]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);
    }
}

const char *
mis_search_context_get_query (MisSearchContext *self)
{
  g_return_val_if_fail (MIS_IS_SEARCH_CONTEXT (self), NULL);
  return self->query;
}

gboolean
mis_search_context_get_searching (MisSearchContext *self)
{
  g_return_val_if_fail (MIS_IS_SEARCH_CONTEXT (self), FALSE);
  return self->cancellable != NULL;
}

double
mis_search_context_get_progress (MisSearchContext *self)
{
  g_return_val_if_fail (MIS_IS_SEARCH_CONTEXT (self), 0);
  return self->progress;
}

guint
mis_search_context_get_n_matches (MisSearchContext *self)
{
  g_return_val_if_fail (MIS_IS_SEARCH_CONTEXT (self), 0);
  return self->matches->len;
}

/* Returns: (transfer none) (nullable): match @index, in page order */
const MisPdfMatch *
mis_search_context_get_match (MisSearchContext *self,
                              guint             index)
{
  g_return_val_if_fail (MIS_IS_SEARCH_CONTEXT (self), NULL);
  return index < self->matches->len ? g_ptr_array_index (self->matches, index) : NULL;
}

int
mis_search_context_get_current_match (MisSearchContext *self)
{
  g_return_val_if_fail (MIS_IS_SEARCH_CONTEXT (self), -1);
  return self->current;
}

/* Any index: it wraps around the matches known. */
void
mis_search_context_set_current_match (MisSearchContext *self,
                                      int               index)
{
  int n;

  g_return_if_fail (MIS_IS_SEARCH_CONTEXT (self));

  n = (int)self->matches->len;
  if (n == 0)
    return;
  set_current (self, ((index % n) + n) % n);
}

void
mis_search_context_next (MisSearchContext *self)
{
  g_return_if_fail (MIS_IS_SEARCH_CONTEXT (self));
  mis_search_context_set_current_match (self, self->current + 1);
}

void
mis_search_context_previous (MisSearchContext *self)
{
  g_return_if_fail (MIS_IS_SEARCH_CONTEXT (self));
  mis_search_context_set_current_match (self, self->current < 0 ? -1 : self->current - 1);
}

/* Returns: (transfer none) (nullable) (element-type graphene_rect_t): every
 *   match's areas on @page, in points from its top left; %NULL for none */
GArray *
mis_search_context_get_page_hits (MisSearchContext *self,
                                  guint             page)
{
  g_return_val_if_fail (MIS_IS_SEARCH_CONTEXT (self), NULL);
  return g_hash_table_lookup (self->page_hits, GUINT_TO_POINTER (page));
}
