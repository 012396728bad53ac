/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-resource.c: a film, photo-novel or manual of the kit. Its texts are
 * language maps; the properties "title", "summary" and "theme-names" give
 * them in the kit language chosen by the user and notify when it changes, so
 * the library's cards follow the language selector without being rebuilt.
 */
#define G_LOG_DOMAIN "mis-resource"

#include "config.h"

#include <glib/gi18n.h>

#include "mis-kit-private.h"
#include "mis-search.h"

G_DEFINE_FINAL_TYPE (MisResource, mis_resource, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_TITLE,
  PROP_SUMMARY,
  PROP_THEME_NAMES,
  PROP_AVAILABLE,
  PROP_UNAVAILABLE_REASON,
  PROP_DURATION,
  PROP_PAGE_COUNT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
_mis_subtitle_free (MisSubtitle *subtitle)
{
  g_free (subtitle->language);
  g_clear_object (&subtitle->file);
  g_free (subtitle);
}

/* Missing pages and pages without text are kept as NULL entries, so that
 * page numbers stay those of the kit. */
static void
object_unref_nullable (gpointer object)
{
  if (object != NULL)
    g_object_unref (object);
}

static void
hash_table_unref_nullable (gpointer table)
{
  if (table != NULL)
    g_hash_table_unref (table);
}

static void
mis_resource_finalize (GObject *object)
{
  MisResource *self = (MisResource *)object;

  g_free (self->id);
  g_clear_pointer (&self->title, g_hash_table_unref);
  g_clear_pointer (&self->summary, g_hash_table_unref);
  g_clear_pointer (&self->themes, g_strfreev);
  g_clear_pointer (&self->audiences, g_strfreev);
  g_free (self->language);
  g_clear_object (&self->file);
  g_clear_object (&self->poster);
  g_clear_pointer (&self->subtitles, g_ptr_array_unref);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->page_texts, g_ptr_array_unref);
  g_free (self->unavailable_reason);
  g_free (self->shown_language);
  g_free (self->fallback_language);
  g_free (self->theme_names);
  g_clear_pointer (&self->search_words, g_strfreev);

  G_OBJECT_CLASS (mis_resource_parent_class)->finalize (object);
}

static void
mis_resource_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  MisResource *self = MIS_RESOURCE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_TITLE:
      g_value_set_string (value, mis_resource_get_title (self));
      break;
    case PROP_SUMMARY:
      g_value_set_string (value, mis_resource_get_summary (self));
      break;
    case PROP_THEME_NAMES:
      g_value_set_string (value, mis_resource_get_theme_names (self));
      break;
    case PROP_AVAILABLE:
      g_value_set_boolean (value, mis_resource_get_available (self));
      break;
    case PROP_UNAVAILABLE_REASON:
      g_value_set_string (value, self->unavailable_reason);
      break;
    case PROP_DURATION:
      g_value_set_double (value, self->duration);
      break;
    case PROP_PAGE_COUNT:
      g_value_set_uint (value, self->page_count);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mis_resource_class_init (MisResourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mis_resource_finalize;
  object_class->get_property = mis_resource_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       MIS_TYPE_RESOURCE_KIND, MIS_RESOURCE_KIND_FILM,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_THEME_NAMES] =
    g_param_spec_string ("theme-names", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AVAILABLE] =
    g_param_spec_boolean ("available", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UNAVAILABLE_REASON] =
    g_param_spec_string ("unavailable-reason", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DURATION] =
    g_param_spec_double ("duration", NULL, NULL, 0, G_MAXDOUBLE, 0,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PAGE_COUNT] =
    g_param_spec_uint ("page-count", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mis_resource_init (MisResource *self)
{
  self->subtitles = g_ptr_array_new_with_free_func ((GDestroyNotify)_mis_subtitle_free);
  self->pages = g_ptr_array_new_with_free_func (object_unref_nullable);
  self->page_texts = g_ptr_array_new_with_free_func (hash_table_unref_nullable);
  self->themes = g_new0 (char *, 1);
  self->audiences = g_new0 (char *, 1);
}

MisResource *
_mis_resource_new (void)
{
  return g_object_new (MIS_TYPE_RESOURCE, NULL);
}

void
_mis_resource_set_language (MisResource *self,
                            const char  *language,
                            const char  *fallback,
                            const char  *theme_names)
{
  g_autofree char *haystack = NULL;
  const char *title;
  const char *summary;

  g_return_if_fail (MIS_IS_RESOURCE (self));

  g_free (self->shown_language);
  self->shown_language = g_strdup (language);
  g_free (self->fallback_language);
  self->fallback_language = g_strdup (fallback);

  title = mis_lang_map_lookup (self->title, language, fallback);
  summary = mis_lang_map_lookup (self->summary, language, fallback);

  g_free (self->theme_names);
  self->theme_names = g_strdup (theme_names ? theme_names : "");

  haystack = g_strjoin (" ", title ? title : "", summary ? summary : "",
                        self->theme_names, NULL);
  g_clear_pointer (&self->search_words, g_strfreev);
  self->search_words = mis_search_tokenize (haystack);

  self->shown_title = title;
  self->shown_summary = summary;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUMMARY]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_THEME_NAMES]);
}

void
_mis_resource_set_unavailable (MisResource *self,
                               const char  *reason)
{
  gboolean was_available = self->unavailable_reason == NULL;

  /* The first reason is the one users need: keep it. */
  if (!was_available)
    return;

  self->unavailable_reason = g_strdup (reason);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AVAILABLE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNAVAILABLE_REASON]);
}

const char *
mis_resource_get_id (MisResource *self)
{
  g_return_val_if_fail (MIS_IS_RESOURCE (self), NULL);
  return self->id;
}

/**
 * mis_resource_get_position:
 *
 * Returns: where the resource stands in the kit's index, from 0.
 */
guint
mis_resource_get_position (MisResource *self)
{
  g_return_val_if_fail (MIS_IS_RESOURCE (self), 0);
  return self->position;
}

MisResourceKind
mis_resource_get_kind (MisResource *self)
{
  g_return_val_if_fail (MIS_IS_RESOURCE (self), MIS_RESOURCE_KIND_FILM);
  return self->kind;
}

/**
 * mis_resource_get_title:
 *
 * Returns: the title in the kit language (or its fallback), never %NULL.
 */
const char *
mis_resource_get_title (MisResource *self)
{
  g_return_val_if_fail (MIS_IS_RESOURCE (self), NULL);

  if (self->shown_title == NULL)
    self->shown_title = mis_lang_map_lookup (self->title, NULL, NULL);

  return self->shown_title ? self->shown_title : self->id;
}

const char *
mis_resource_get_summary (MisResource *self)
{
  g_return_val_if_fail (MIS_IS_RESOURCE (self), NULL);

  if (self->shown_summary == NULL)
    self->shown_summary = mis_lang_map_lookup (self->summary, NULL, NULL);

  return self->shown_summary ? self->shown_summary : "";
}

const char *
mis_resource_get_theme_names (MisResource *self)
{
  g_return_val_if_fail (MIS_IS_RESOURCE (self), NULL);
  return self->theme_names ? self->theme_names : "";
}

const char * const *
mis_resource_get_themes (MisResource *self)
{
  g_return_val_if_fail (MIS_IS_RESOURCE (self), NULL);
  return (const char * const *)self->themes;
}

const char * const *
mis_resource_get_audiences (MisResource *self)
{
  g_return_val_if_fail (MIS_IS_RESOURCE (self), NULL);
  return (const char * const *)self->audiences;
}

const char *
mis_resource_get_language (MisResource *self)
{
  g_return_val_if_fail (MIS_IS_RESOURCE (self), NULL);
  return self->language;
}

gboolean
mis_resource_get_available (MisResource *self)
{
  g_return_val_if_fail (MIS_IS_RESOURCE (self), FALSE);
  return self->unavailable_reason == NULL;
}

const char *
mis_resource_get_unavailable_reason (MisResource *self)
{
  g_return_val_if_fail (MIS_IS_RESOURCE (self), NULL);
  return self->unavailable_reason;
}

/**
 * mis_resource_get_file:
 *
 * Returns: (nullable) (transfer none): the film's video or the manual's PDF;
 *   %NULL when it is missing or was refused.
 */
GFile *
mis_resource_get_file (MisResource *self)
{
  g_return_val_if_fail (MIS_IS_RESOURCE (self), NULL);
  return self->file;
}

GFile *
mis_resource_get_poster (MisResource *self)
{
  g_return_val_if_fail (MIS_IS_RESOURCE (self), NULL);
  return self->poster;
}

double
mis_resource_get_duration (MisResource *self)
{
  g_return_val_if_fail (MIS_IS_RESOURCE (self), 0);
  return self->duration;
}

guint
mis_resource_get_page_count (MisResource *self)
{
  g_return_val_if_fail (MIS_IS_RESOURCE (self), 0);
  return self->page_count;
}

/**
 * mis_resource_set_page_count:
 *
 * A manual learns its page count only once its PDF has been opened.
 */
void
mis_resource_set_page_count (MisResource *self,
                             guint        page_count)
{
  g_return_if_fail (MIS_IS_RESOURCE (self));

  if (self->page_count == page_count)
    return;

  self->page_count = page_count;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE_COUNT]);
}

/**
 * mis_resource_get_pages:
 *
 * Returns: (transfer none) (element-type GFile): a photo-novel's pages in
 *   reading order; an entry is %NULL where that page's file is missing.
 */
GPtrArray *
mis_resource_get_pages (MisResource *self)
{
  g_return_val_if_fail (MIS_IS_RESOURCE (self), NULL);
  return self->pages;
}

/**
 * mis_resource_get_page_text:
 * @page: counted from 0
 *
 * Returns: (nullable): the words of the page's speech bubbles in the kit
 *   language.
 */
const char *
mis_resource_get_page_text (MisResource *self,
                            guint        page)
{
  g_return_val_if_fail (MIS_IS_RESOURCE (self), NULL);

  if (page >= self->page_texts->len)
    return NULL;

  return mis_lang_map_lookup (g_ptr_array_index (self->page_texts, page),
                              self->shown_language, self->fallback_language);
}

/**
 * mis_resource_get_page_text_in:
 * @page: counted from 0
 * @language: (nullable): the language wanted; %NULL for the kit language
 *
 * Returns: (nullable): the words of the page's speech bubbles in
 *   @language, else as mis_resource_get_page_text() gives them.
 */
const char *
mis_resource_get_page_text_in (MisResource *self,
                               guint        page,
                               const char  *language)
{
  g_return_val_if_fail (MIS_IS_RESOURCE (self), NULL);

  if (page >= self->page_texts->len)
    return NULL;

  return mis_lang_map_lookup (g_ptr_array_index (self->page_texts, page),
                              language ? language : self->shown_language, self->shown_language);
}

MisReadingDirection
mis_resource_get_direction (MisResource *self)
{
  g_return_val_if_fail (MIS_IS_RESOURCE (self), MIS_READING_DIRECTION_LTR);
  return self->direction;
}

/**
 * mis_resource_get_subtitles:
 *
 * Returns: (transfer none) (element-type MisSubtitle): a film's subtitles
 *   whose files exist inside the kit.
 */
GPtrArray *
mis_resource_get_subtitles (MisResource *self)
{
  g_return_val_if_fail (MIS_IS_RESOURCE (self), NULL);
  return self->subtitles;
}

/**
 * mis_resource_get_cover_file:
 *
 * Returns: (nullable) (transfer none): what the library shows on the card:
 *   the film's poster, the photo-novel's first page, the manual's PDF.
 */
GFile *
mis_resource_get_cover_file (MisResource *self)
{
  g_return_val_if_fail (MIS_IS_RESOURCE (self), NULL);

  switch (self->kind)
    {
    case MIS_RESOURCE_KIND_FILM:
      return self->poster;
    case MIS_RESOURCE_KIND_PHOTO_NOVEL:
      return self->pages->len > 0 ? g_ptr_array_index (self->pages, 0) : NULL;
    case MIS_RESOURCE_KIND_MANUAL:
      return self->file;
    default:
      g_assert_not_reached ();
    }
}

gboolean
mis_resource_matches (MisResource        *self,
                      const char * const *query_words)
{
  g_return_val_if_fail (MIS_IS_RESOURCE (self), FALSE);

  if (self->search_words == NULL)
    _mis_resource_set_language (self, NULL, NULL, NULL);

  return mis_search_match (query_words, (const char * const *)self->search_words);
}

const char *
mis_resource_kind_to_string (MisResourceKind kind)
{
  switch (kind)
    {
    case MIS_RESOURCE_KIND_FILM: return "film";
    case MIS_RESOURCE_KIND_PHOTO_NOVEL: return "photo-novel";
    case MIS_RESOURCE_KIND_MANUAL: return "manual";
    default: g_assert_not_reached ();
    }
}

const char *
mis_resource_kind_get_label (MisResourceKind kind)
{
  switch (kind)
    {
    case MIS_RESOURCE_KIND_FILM: return _("Film");
    case MIS_RESOURCE_KIND_PHOTO_NOVEL: return _("Photo-novel");
    case MIS_RESOURCE_KIND_MANUAL: return _("Manual");
    default: g_assert_not_reached ();
    }
}

/**
 * mis_format_duration:
 *
 * Returns: a duration as users read it: "1:05", "12:30", "1:02:03".
 */
char *
mis_format_duration (double seconds)
{
  guint total = seconds > 0 ? (guint)(seconds + 0.5) : 0;
  guint h = total / 3600, m = (total / 60) % 60, s = total % 60;

  if (h > 0)
    return g_strdup_printf ("%u:%02u:%02u", h, m, s);

  return g_strdup_printf ("%u:%02u", m, s);
}

/**
 * mis_format_speed:
 *
 * Returns: a playback speed as users read it, with their language's decimal
 *   separator: "0.75×" in English, "0,75×" in French. (The C library's own
 *   separator cannot be used: mpv needs LC_NUMERIC to be "C".)
 */
char *
mis_format_speed (double speed)
{
  /* Translators: the decimal separator of your language, as in "0,75×". */
  const char *separator = C_("decimal separator", ".");
  g_autofree char *number = g_strdup_printf ("%g", speed);
  GString *text = g_string_new (number);

  g_string_replace (text, ".", separator, 0);
  g_string_append (text, "×");
  return g_string_free (text, FALSE);
}
