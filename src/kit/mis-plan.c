/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-plan.c: a session plan and its steps, read from JSON (index.json's
 * "sessions", or a file a facilitator imports) as strictly as the kit itself,
 * checked against the kit (a step naming a resource the kit lacks, a time
 * past a film's end or a page past the last is unavailable, with the reason,
 * and the rest of the plan runs), edited, and written back as JSON.
 *
 * Texts are language maps, as everywhere in a kit: a facilitator's own plan
 * holds its texts in the language the kit was shown in when they were typed.
 */
#define G_LOG_DOMAIN "mis-plan"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <glib/gi18n.h>

#include "mis-kit-json.h"
#include "mis-plan.h"

typedef struct
{
  double      time;
  MisLangMap *question;
} MisPausePoint;

struct _MisPlanStep
{
  GObject          parent_instance;

  MisPlanStepKind  kind;
  char            *resource_id;
  double           from;
  double           to;           /* < 0: the end of the film */
  GPtrArray       *pauses;       /* MisPausePoint, in time order */
  GArray          *pages;        /* guint, from 1 */
  MisLangMap      *text;         /* a discussion slide's question */
  guint            minutes;
  MisLangMap      *notes;
  char            *unavailable_reason;
};

struct _MisPlan
{
  GObject      parent_instance;

  char        *id;
  gboolean     from_kit;
  MisLangMap  *title;
  guint        duration;         /* minutes */
  GStrv        audiences;
  GStrv        themes;
  GListStore  *steps;            /* MisPlanStep */
};

G_DEFINE_FINAL_TYPE (MisPlanStep, mis_plan_step, G_TYPE_OBJECT)
G_DEFINE_FINAL_TYPE (MisPlan, mis_plan, G_TYPE_OBJECT)
G_DEFINE_QUARK (mis-plan-error-quark, mis_plan_error)

enum { STEP_CHANGED, N_STEP_SIGNALS };
enum { PLAN_CHANGED, N_PLAN_SIGNALS };
static guint step_signals[N_STEP_SIGNALS];
static guint plan_signals[N_PLAN_SIGNALS];

static void
pause_point_free (MisPausePoint *pause)
{
  g_clear_pointer (&pause->question, g_hash_table_unref);
  g_free (pause);
}

static MisLangMap *
lang_map_copy (MisLangMap *map)
{
  GHashTableIter iter;
  gpointer key, value;
  MisLangMap *copy;

  if (map == NULL)
    return NULL;

  copy = mis_lang_map_new ();
  g_hash_table_iter_init (&iter, map);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (copy, g_strdup (key), g_strdup (value));
  return copy;
}

/* Sets the text of @language in *@map; an empty text removes it, and a map
 * left empty is freed. */
static void
lang_map_set (MisLangMap **map,
              const char  *language,
              const char  *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));

  if (*stripped == '\0')
    {
      if (*map != NULL)
        g_hash_table_remove (*map, language);
      if (*map != NULL && g_hash_table_size (*map) == 0)
        g_clear_pointer (map, g_hash_table_unref);
      return;
    }

  if (*map == NULL)
    *map = mis_lang_map_new ();
  g_hash_table_insert (*map, g_strdup (language), g_steal_pointer (&stripped));
}

static const char *
lang_map_lookup (MisLangMap *map,
                 MisKit     *kit)
{
  if (kit == NULL)
    return mis_lang_map_lookup (map, NULL, NULL);
  return mis_lang_map_lookup (map, mis_kit_get_language (kit), mis_kit_get_default_language (kit));
}

/**
 * mis_plan_format_time:
 *
 * Returns: "0:12", "1:02:03", with a tenth when the time has one: pause
 *   points are set to the moment
 */
char *
mis_plan_format_time (double seconds)
{
  double tenths = round (seconds * 10);
  guint whole = (guint) (tenths / 10);
  guint tenth = (guint) fmod (tenths, 10);
  g_autofree char *text = mis_format_duration (whole);

  if (tenth == 0)
    return g_steal_pointer (&text);
  return g_strdup_printf ("%s.%u", text, tenth);
}

/**
 * mis_plan_parse_time:
 * @text: "12", "0:12", "0:12.5" (or "0:12,5"), "1:02:03"
 *
 * Returns: the time in seconds, or -1 when @text is not a time
 */
double
mis_plan_parse_time (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, ":", 0);
  guint n = g_strv_length (parts);
  double total = 0;

  if (n == 0 || n > 3)
    return -1;

  for (guint i = 0; i < n; i++)
    {
      char *end = NULL;
      double value;

      g_strstrip (parts[i]);
      /* Only the seconds may have a decimal part; "1,5" as in French too. */
      if (i == n - 1)
        g_strdelimit (parts[i], ",", '.');
      if (*parts[i] == '\0' || !g_ascii_isdigit (*parts[i]))
        return -1;
      value = g_ascii_strtod (parts[i], &end);
      if (end == NULL || *end != '\0' || (i < n - 1 && floor (value) != value) || value >= 1e6)
        return -1;
      if (i > 0 && value >= 60)
        return -1;
      total = total * 60 + value;
    }

  return total;
}

/* Steps ------------------------------------------------------------------ */

static void
mis_plan_step_finalize (GObject *object)
{
  MisPlanStep *self = MIS_PLAN_STEP (object);

  g_free (self->resource_id);
  g_ptr_array_unref (self->pauses);
  g_array_unref (self->pages);
  g_clear_pointer (&self->text, g_hash_table_unref);
  g_clear_pointer (&self->notes, g_hash_table_unref);
  g_free (self->unavailable_reason);

  G_OBJECT_CLASS (mis_plan_step_parent_class)->finalize (object);
}

static void
mis_plan_step_class_init (MisPlanStepClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mis_plan_step_finalize;

  /**
   * MisPlanStep::changed:
   *
   * Emitted when anything of the step was edited.
   */
  step_signals[STEP_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
mis_plan_step_init (MisPlanStep *self)
{
  self->to = -1;
  self->pauses = g_ptr_array_new_with_free_func ((GDestroyNotify) pause_point_free);
  self->pages = g_array_new (FALSE, FALSE, sizeof (guint));
}

static void
step_changed (MisPlanStep *self)
{
  g_signal_emit (self, step_signals[STEP_CHANGED], 0);
}

/**
 * mis_plan_step_new:
 * @resource_id: (nullable): the film, photo-novel or manual; %NULL for a
 *   discussion slide
 */
MisPlanStep *
mis_plan_step_new (MisPlanStepKind  kind,
                   const char      *resource_id)
{
  MisPlanStep *self;

  g_return_val_if_fail ((kind == MIS_PLAN_STEP_DISCUSSION) == (resource_id == NULL), NULL);

  self = g_object_new (MIS_TYPE_PLAN_STEP, NULL);
  self->kind = kind;
  self->resource_id = g_strdup (resource_id);
  return self;
}

/**
 * mis_plan_step_new_for_resource:
 *
 * Returns: a step that shows the whole of @resource: a film from start to
 *   end, every page of a photo-novel, the first page of a manual.
 */
MisPlanStep *
mis_plan_step_new_for_resource (MisResource *resource)
{
  static const MisPlanStepKind kinds[] = {
    [MIS_RESOURCE_KIND_FILM] = MIS_PLAN_STEP_FILM,
    [MIS_RESOURCE_KIND_PHOTO_NOVEL] = MIS_PLAN_STEP_PHOTO_NOVEL,
    [MIS_RESOURCE_KIND_MANUAL] = MIS_PLAN_STEP_MANUAL,
  };
  MisResourceKind kind;
  MisPlanStep *self;
  guint n_pages;

  g_return_val_if_fail (MIS_IS_RESOURCE (resource), NULL);

  kind = mis_resource_get_kind (resource);
  self = mis_plan_step_new (kinds[kind], mis_resource_get_id (resource));
  n_pages = kind == MIS_RESOURCE_KIND_PHOTO_NOVEL ? mis_resource_get_pages (resource)->len : 1;
  for (guint page = 1; kind != MIS_RESOURCE_KIND_FILM && page <= MIN (n_pages, MIS_PLAN_MAX_STEP_PAGES); page++)
    g_array_append_val (self->pages, page);

  return self;
}

MisPlanStep *
mis_plan_step_copy (MisPlanStep *self)
{
  MisPlanStep *copy;

  g_return_val_if_fail (MIS_IS_PLAN_STEP (self), NULL);

  copy = mis_plan_step_new (self->kind, self->resource_id);
  copy->from = self->from;
  copy->to = self->to;
  for (guint i = 0; i < self->pauses->len; i++)
    {
      MisPausePoint *pause = g_ptr_array_index (self->pauses, i);
      MisPausePoint *pause_copy = g_new0 (MisPausePoint, 1);

      pause_copy->time = pause->time;
      pause_copy->question = lang_map_copy (pause->question);
      g_ptr_array_add (copy->pauses, pause_copy);
    }
  g_array_append_vals (copy->pages, self->pages->data, self->pages->len);
  copy->text = lang_map_copy (self->text);
  copy->minutes = self->minutes;
  copy->notes = lang_map_copy (self->notes);
  copy->unavailable_reason = g_strdup (self->unavailable_reason);
  return copy;
}

MisPlanStepKind
mis_plan_step_get_kind (MisPlanStep *self)
{
  g_return_val_if_fail (MIS_IS_PLAN_STEP (self), MIS_PLAN_STEP_DISCUSSION);
  return self->kind;
}

const char *
mis_plan_step_get_resource_id (MisPlanStep *self)
{
  g_return_val_if_fail (MIS_IS_PLAN_STEP (self), NULL);
  return self->resource_id;
}

double
mis_plan_step_get_from (MisPlanStep *self)
{
  g_return_val_if_fail (MIS_IS_PLAN_STEP (self), 0);
  return self->from;
}

/**
 * mis_plan_step_get_to:
 *
 * Returns: where a film step ends, in seconds; negative for the film's end
 */
double
mis_plan_step_get_to (MisPlanStep *self)
{
  g_return_val_if_fail (MIS_IS_PLAN_STEP (self), -1);
  return self->to;
}

void
mis_plan_step_set_range (MisPlanStep *self,
                         double       from,
                         double       to)
{
  g_return_if_fail (MIS_IS_PLAN_STEP (self));

  self->from = MAX (from, 0);
  self->to = to >= 0 && to <= self->from ? -1 : to;
  step_changed (self);
}

guint
mis_plan_step_get_n_pauses (MisPlanStep *self)
{
  g_return_val_if_fail (MIS_IS_PLAN_STEP (self), 0);
  return self->pauses->len;
}

double
mis_plan_step_get_pause_time (MisPlanStep *self,
                              guint        index)
{
  g_return_val_if_fail (MIS_IS_PLAN_STEP (self), 0);
  g_return_val_if_fail (index < self->pauses->len, 0);
  return ((MisPausePoint *) g_ptr_array_index (self->pauses, index))->time;
}

const char *
mis_plan_step_get_pause_question (MisPlanStep *self,
                                  guint        index,
                                  MisKit      *kit)
{
  g_return_val_if_fail (MIS_IS_PLAN_STEP (self), NULL);
  g_return_val_if_fail (index < self->pauses->len, NULL);
  return lang_map_lookup (((MisPausePoint *) g_ptr_array_index (self->pauses, index))->question, kit);
}

void
mis_plan_step_clear_pauses (MisPlanStep *self)
{
  g_return_if_fail (MIS_IS_PLAN_STEP (self));

  g_ptr_array_set_size (self->pauses, 0);
  step_changed (self);
}

static int
compare_pauses (gconstpointer a,
                gconstpointer b)
{
  const MisPausePoint *pa = *(MisPausePoint * const *) a;
  const MisPausePoint *pb = *(MisPausePoint * const *) b;

  return (pa->time > pb->time) - (pa->time < pb->time);
}

static void
insert_pause (MisPlanStep *self,
              double       time,
              MisLangMap  *question)
{
  MisPausePoint *pause = g_new0 (MisPausePoint, 1);

  pause->time = time;
  pause->question = question;
  g_ptr_array_add (self->pauses, pause);
  g_ptr_array_sort (self->pauses, compare_pauses);
}

/**
 * mis_plan_step_add_pause:
 * @question: (nullable): what the group is asked while the film waits
 */
void
mis_plan_step_add_pause (MisPlanStep *self,
                         double       time,
                         const char  *language,
                         const char  *question)
{
  MisLangMap *map = NULL;

  g_return_if_fail (MIS_IS_PLAN_STEP (self));
  g_return_if_fail (language != NULL);

  lang_map_set (&map, language, question);
  insert_pause (self, MAX (time, 0), map);
  step_changed (self);
}

/**
 * mis_plan_step_get_pauses_text:
 *
 * Returns: the pause points as a facilitator edits them, one per line:
 *   "0:12 What should Léa answer?"
 */
char *
mis_plan_step_get_pauses_text (MisPlanStep *self,
                               MisKit      *kit)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (MIS_IS_PLAN_STEP (self), NULL);

  for (guint i = 0; i < self->pauses->len; i++)
    {
      MisPausePoint *pause = g_ptr_array_index (self->pauses, i);
      g_autofree char *time = mis_plan_format_time (pause->time);
      const char *question = lang_map_lookup (pause->question, kit);

      g_string_append_printf (text, "%s%s%s%s", i > 0 ? "\n" : "", time,
                              question != NULL ? " " : "", question != NULL ? question : "");
    }

  return g_string_free (text, FALSE);
}

/**
 * mis_plan_step_set_pauses_text:
 * @language: the language the questions are written in
 *
 * Reads lines as mis_plan_step_get_pauses_text() writes them. On a line
 * that does not start with a time, nothing is changed.
 */
gboolean
mis_plan_step_set_pauses_text (MisPlanStep  *self,
                               const char   *language,
                               const char   *text,
                               GError      **error)
{
  g_auto(GStrv) lines = NULL;
  g_autoptr(GPtrArray) pauses = g_ptr_array_new_with_free_func ((GDestroyNotify) pause_point_free);

  g_return_val_if_fail (MIS_IS_PLAN_STEP (self), FALSE);
  g_return_val_if_fail (language != NULL && text != NULL, FALSE);

  lines = g_strsplit (text, "\n", 0);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);
      const char *space = strpbrk (line, " \t");
      g_autofree char *time_text = g_strndup (line, space != NULL ? (gsize) (space - line) : strlen (line));
      double time;
      MisPausePoint *pause;

      if (*line == '\0')
        continue;

      time = mis_plan_parse_time (time_text);
      if (time < 0)
        {
          g_set_error (error, MIS_PLAN_ERROR, MIS_PLAN_ERROR_INVALID,
                       _("Line %u does not start with a time such as 0:12: “%s”"), i + 1, line);
          return FALSE;
        }

      pause = g_new0 (MisPausePoint, 1);
      pause->time = time;
      if (space != NULL)
        lang_map_set (&pause->question, language, space);
      g_ptr_array_add (pauses, pause);
    }

  g_ptr_array_set_size (self->pauses, 0);
  g_ptr_array_extend_and_steal (self->pauses, g_steal_pointer (&pauses));
  g_ptr_array_sort (self->pauses, compare_pauses);
  step_changed (self);
  return TRUE;
}

/**
 * mis_plan_step_get_pages:
 *
 * Returns: (array length=n_pages): the pages shown, from 1, in order
 */
const guint *
mis_plan_step_get_pages (MisPlanStep *self,
                         guint       *n_pages)
{
  g_return_val_if_fail (MIS_IS_PLAN_STEP (self), NULL);

  *n_pages = self->pages->len;
  return (const guint *) (gpointer) self->pages->data;
}

/**
 * mis_plan_step_get_pages_text:
 *
 * Returns: the pages as people write them: "4-7, 9"
 */
char *
mis_plan_step_get_pages_text (MisPlanStep *self)
{
  GString *text = g_string_new (NULL);
  const guint *pages = (const guint *) (gpointer) self->pages->data;

  g_return_val_if_fail (MIS_IS_PLAN_STEP (self), NULL);

  for (guint i = 0; i < self->pages->len;)
    {
      guint j = i;

      while (j + 1 < self->pages->len && pages[j + 1] == pages[j] + 1)
        j++;
      if (text->len > 0)
        g_string_append (text, ", ");
      if (j > i)
        g_string_append_printf (text, "%u-%u", pages[i], pages[j]);
      else
        g_string_append_printf (text, "%u", pages[i]);
      i = j + 1;
    }

  return g_string_free (text, FALSE);
}

/* Adds "7" or "4-7" (or "4–7") to @pages. */
static gboolean
add_page_range (GArray      *pages,
                const char  *range,
                GError     **error)
{
  g_autofree char *normal = g_strstrip (g_strdup (range));
  g_auto(GStrv) ends = NULL;
  guint64 first, last;
  char *dash;

  /* An en dash, as typography wants it, reads as a hyphen. */
  while ((dash = strstr (normal, "\u2013")) != NULL)
    {
      dash[0] = '-';
      memmove (dash + 1, dash + 3, strlen (dash + 3) + 1);
    }

  ends = g_strsplit (normal, "-", 2);
  if (ends[0] == NULL ||
      !g_ascii_string_to_unsigned (g_strstrip (ends[0]), 10, 1, G_MAXUINT, &first, NULL) ||
      !g_ascii_string_to_unsigned (ends[1] != NULL ? g_strstrip (ends[1]) : ends[0], 10, 1, G_MAXUINT, &last, NULL) ||
      last < first)
    {
      g_set_error (error, MIS_PLAN_ERROR, MIS_PLAN_ERROR_INVALID,
                   _("“%s” is not a page or a range of pages such as 4-7"), normal);
      return FALSE;
    }

  if (last - first + 1 + pages->len > MIS_PLAN_MAX_STEP_PAGES)
    {
      g_set_error (error, MIS_PLAN_ERROR, MIS_PLAN_ERROR_INVALID,
                   _("A step shows at most %u pages"), (guint) MIS_PLAN_MAX_STEP_PAGES);
      return FALSE;
    }

  for (guint64 page = first; page <= last; page++)
    {
      guint value = (guint) page;
      g_array_append_val (pages, value);
    }
  return TRUE;
}

/**
 * mis_plan_step_set_pages_text:
 * @text: pages and ranges separated by commas: "4-7, 9"
 */
gboolean
mis_plan_step_set_pages_text (MisPlanStep  *self,
                              const char   *text,
                              GError      **error)
{
  g_autoptr(GArray) pages = g_array_new (FALSE, FALSE, sizeof (guint));
  g_auto(GStrv) parts = NULL;

  g_return_val_if_fail (MIS_IS_PLAN_STEP (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  parts = g_strsplit_set (text, ",;", 0);
  for (guint i = 0; parts[i] != NULL; i++)
    if (*g_strstrip (parts[i]) != '\0' && !add_page_range (pages, parts[i], error))
      return FALSE;

  if (pages->len == 0)
    {
      g_set_error_literal (error, MIS_PLAN_ERROR, MIS_PLAN_ERROR_INVALID,
                           _("Give at least one page"));
      return FALSE;
    }

  g_array_set_size (self->pages, 0);
  g_array_append_vals (self->pages, pages->data, pages->len);
  step_changed (self);
  return TRUE;
}

const char *
mis_plan_step_get_text (MisPlanStep *self,
                        MisKit      *kit)
{
  g_return_val_if_fail (MIS_IS_PLAN_STEP (self), NULL);
  return lang_map_lookup (self->text, kit);
}

void
mis_plan_step_set_text (MisPlanStep *self,
                        const char  *language,
                        const char  *text)
{
  g_return_if_fail (MIS_IS_PLAN_STEP (self));
  g_return_if_fail (language != NULL);

  lang_map_set (&self->text, language, text);
  step_changed (self);
}

guint
mis_plan_step_get_minutes (MisPlanStep *self)
{
  g_return_val_if_fail (MIS_IS_PLAN_STEP (self), 0);
  return self->minutes;
}

void
mis_plan_step_set_minutes (MisPlanStep *self,
                           guint        minutes)
{
  g_return_if_fail (MIS_IS_PLAN_STEP (self));

  self->minutes = MIN (minutes, 24 * 60);
  step_changed (self);
}

/**
 * mis_plan_step_get_notes:
 *
 * Returns: (nullable): the facilitator's notes: on the handout and in the
 *   presenter's step list, never on the projected screen
 */
const char *
mis_plan_step_get_notes (MisPlanStep *self,
                         MisKit      *kit)
{
  g_return_val_if_fail (MIS_IS_PLAN_STEP (self), NULL);
  return lang_map_lookup (self->notes, kit);
}

void
mis_plan_step_set_notes (MisPlanStep *self,
                         const char  *language,
                         const char  *notes)
{
  g_return_if_fail (MIS_IS_PLAN_STEP (self));
  g_return_if_fail (language != NULL);

  lang_map_set (&self->notes, language, notes);
  step_changed (self);
}

/**
 * mis_plan_step_get_unavailable_reason:
 *
 * Returns: (nullable): why the step cannot be shown, as mis_plan_check()
 *   or the runner found it; %NULL when it can
 */
const char *
mis_plan_step_get_unavailable_reason (MisPlanStep *self)
{
  g_return_val_if_fail (MIS_IS_PLAN_STEP (self), NULL);
  return self->unavailable_reason;
}

void
mis_plan_step_set_unavailable_reason (MisPlanStep *self,
                                      const char  *reason)
{
  g_return_if_fail (MIS_IS_PLAN_STEP (self));
  g_free (self->unavailable_reason);
  self->unavailable_reason = g_strdup (reason);
}

/**
 * mis_plan_step_describe:
 *
 * Returns: one line saying what the step shows, for lists and the
 *   handout: "Film “Lea's password”, 0:00 – 0:44, 2 pauses"
 */
char *
mis_plan_step_describe (MisPlanStep *self,
                        MisKit      *kit)
{
  MisResource *resource = NULL;
  const char *title;
  g_autofree char *pages = NULL;

  g_return_val_if_fail (MIS_IS_PLAN_STEP (self), NULL);

  if (self->kind == MIS_PLAN_STEP_DISCUSSION)
    {
      const char *text = lang_map_lookup (self->text, kit);

      if (self->minutes > 0)
        /* Translators: a discussion slide in a plan: its question, then its duration */
        return g_strdup_printf (ngettext ("Discussion: %s (%u minute)", "Discussion: %s (%u minutes)",
                                          self->minutes),
                                text != NULL ? text : "", self->minutes);
      return g_strdup_printf (_("Discussion: %s"), text != NULL ? text : "");
    }

  if (kit != NULL)
    resource = mis_kit_lookup_resource (kit, self->resource_id);
  title = resource != NULL ? mis_resource_get_title (resource) : self->resource_id;

  if (self->kind == MIS_PLAN_STEP_FILM)
    {
      g_autofree char *from = mis_plan_format_time (self->from);
      g_autofree char *to = self->to >= 0 ? mis_plan_format_time (self->to)
                          : resource != NULL && mis_resource_get_duration (resource) > 0
                            ? mis_format_duration (mis_resource_get_duration (resource)) : g_strdup (_("the end"));
      guint n = self->pauses->len;

      if (n == 0)
        /* Translators: a film in a plan: its title, where it starts and where it stops */
        return g_strdup_printf (_("Film “%s”, %s – %s"), title, from, to);
      return g_strdup_printf (ngettext ("Film “%s”, %s – %s, %u pause", "Film “%s”, %s – %s, %u pauses", n),
                              title, from, to, n);
    }

  pages = mis_plan_step_get_pages_text (self);
  if (self->kind == MIS_PLAN_STEP_PHOTO_NOVEL)
    /* Translators: photo-novel pages in a plan: its title, then the pages ("4-7") */
    return g_strdup_printf (ngettext ("Photo-novel “%s”, page %s", "Photo-novel “%s”, pages %s",
                                      self->pages->len),
                            title, pages);
  return g_strdup_printf (ngettext ("Manual “%s”, page %s", "Manual “%s”, pages %s", self->pages->len),
                          title, pages);
}

/* Plans ------------------------------------------------------------------ */

static void
mis_plan_finalize (GObject *object)
{
  MisPlan *self = MIS_PLAN (object);

  g_free (self->id);
  g_clear_pointer (&self->title, g_hash_table_unref);
  g_strfreev (self->audiences);
  g_strfreev (self->themes);
  g_object_unref (self->steps);

  G_OBJECT_CLASS (mis_plan_parent_class)->finalize (object);
}

static void
mis_plan_class_init (MisPlanClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mis_plan_finalize;

  /**
   * MisPlan::changed:
   *
   * Emitted when anything of the plan or of one of its steps was edited,
   * so that it can be saved.
   */
  plan_signals[PLAN_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
mis_plan_init (MisPlan *self)
{
  self->steps = g_list_store_new (MIS_TYPE_PLAN_STEP);
  self->audiences = g_new0 (char *, 1);
  self->themes = g_new0 (char *, 1);
}

static void
plan_changed (MisPlan *self)
{
  g_signal_emit (self, plan_signals[PLAN_CHANGED], 0);
}

MisPlan *
mis_plan_new (const char *id)
{
  MisPlan *self;

  g_return_val_if_fail (_mis_json_id_is_valid (id), NULL);

  self = g_object_new (MIS_TYPE_PLAN, NULL);
  self->id = g_strdup (id);
  return self;
}

/**
 * mis_plan_duplicate:
 *
 * Returns: (transfer full): a copy of @self, the facilitator's own (so a
 *   kit plan can be changed), named @id
 */
MisPlan *
mis_plan_duplicate (MisPlan    *self,
                    const char *id)
{
  MisPlan *copy;

  g_return_val_if_fail (MIS_IS_PLAN (self), NULL);

  copy = mis_plan_new (id);
  copy->title = lang_map_copy (self->title);
  copy->duration = self->duration;
  g_strfreev (copy->audiences);
  copy->audiences = g_strdupv (self->audiences);
  g_strfreev (copy->themes);
  copy->themes = g_strdupv (self->themes);
  for (guint i = 0; i < mis_plan_get_n_steps (self); i++)
    {
      g_autoptr(MisPlanStep) step = mis_plan_step_copy (mis_plan_get_step (self, i));
      mis_plan_append_step (copy, step);
    }
  return copy;
}

const char *
mis_plan_get_id (MisPlan *self)
{
  g_return_val_if_fail (MIS_IS_PLAN (self), NULL);
  return self->id;
}

/**
 * mis_plan_get_from_kit:
 *
 * Returns: whether the plan is the kit's (and so cannot be edited)
 */
gboolean
mis_plan_get_from_kit (MisPlan *self)
{
  g_return_val_if_fail (MIS_IS_PLAN (self), FALSE);
  return self->from_kit;
}

const char *
mis_plan_get_title (MisPlan *self,
                    MisKit  *kit)
{
  const char *title;

  g_return_val_if_fail (MIS_IS_PLAN (self), NULL);

  title = lang_map_lookup (self->title, kit);
  return title != NULL ? title : _("Untitled Plan");
}

void
mis_plan_set_title (MisPlan    *self,
                    const char *language,
                    const char *title)
{
  g_return_if_fail (MIS_IS_PLAN (self));
  g_return_if_fail (language != NULL);

  lang_map_set (&self->title, language, title);
  plan_changed (self);
}

/**
 * mis_plan_get_duration:
 *
 * Returns: the intended duration, in minutes; 0 when not given
 */
guint
mis_plan_get_duration (MisPlan *self)
{
  g_return_val_if_fail (MIS_IS_PLAN (self), 0);
  return self->duration;
}

/**
 * mis_plan_describe_length:
 *
 * Returns: (transfer full): the plan's length as a user reads it in a list or
 *   on a handout: "45 minutes · 6 steps", or "6 steps" with no duration given
 */
char *
mis_plan_describe_length (MisPlan *self)
{
  guint n_steps;
  g_autofree char *steps = NULL;

  g_return_val_if_fail (MIS_IS_PLAN (self), NULL);

  n_steps = mis_plan_get_n_steps (self);
  steps = g_strdup_printf (ngettext ("%u step", "%u steps", n_steps), n_steps);
  if (self->duration == 0)
    return g_steal_pointer (&steps);
  /* Translators: a plan's length, in a list and on its handout: "45 minutes · 6 steps" */
  return g_strdup_printf (ngettext ("%u minute · %s", "%u minutes · %s", self->duration), self->duration, steps);
}

void
mis_plan_set_duration (MisPlan *self,
                       guint    minutes)
{
  g_return_if_fail (MIS_IS_PLAN (self));

  self->duration = MIN (minutes, 24 * 60);
  plan_changed (self);
}

const char * const *
mis_plan_get_audiences (MisPlan *self)
{
  g_return_val_if_fail (MIS_IS_PLAN (self), NULL);
  return (const char * const *) self->audiences;
}

const char * const *
mis_plan_get_themes (MisPlan *self)
{
  g_return_val_if_fail (MIS_IS_PLAN (self), NULL);
  return (const char * const *) self->themes;
}

/**
 * mis_plan_get_steps:
 *
 * Returns: (transfer none): the steps, #MisPlanStep
 */
GListModel *
mis_plan_get_steps (MisPlan *self)
{
  g_return_val_if_fail (MIS_IS_PLAN (self), NULL);
  return G_LIST_MODEL (self->steps);
}

guint
mis_plan_get_n_steps (MisPlan *self)
{
  g_return_val_if_fail (MIS_IS_PLAN (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->steps));
}

/**
 * mis_plan_get_step:
 *
 * Returns: (transfer none) (nullable): the step at @position
 */
MisPlanStep *
mis_plan_get_step (MisPlan *self,
                   guint    position)
{
  g_autoptr(MisPlanStep) step = NULL;

  g_return_val_if_fail (MIS_IS_PLAN (self), NULL);

  /* The store keeps its own reference. */
  step = g_list_model_get_item (G_LIST_MODEL (self->steps), position);
  return step;
}

void
mis_plan_insert_step (MisPlan     *self,
                      guint        position,
                      MisPlanStep *step)
{
  g_return_if_fail (MIS_IS_PLAN (self));
  g_return_if_fail (MIS_IS_PLAN_STEP (step));

  g_signal_connect_object (step, "changed", G_CALLBACK (plan_changed), self, G_CONNECT_SWAPPED);
  g_list_store_insert (self->steps, MIN (position, mis_plan_get_n_steps (self)), step);
  plan_changed (self);
}

void
mis_plan_append_step (MisPlan     *self,
                      MisPlanStep *step)
{
  mis_plan_insert_step (self, G_MAXUINT, step);
}

void
mis_plan_remove_step (MisPlan *self,
                      guint    position)
{
  MisPlanStep *step;

  g_return_if_fail (MIS_IS_PLAN (self));
  g_return_if_fail (position < mis_plan_get_n_steps (self));

  step = mis_plan_get_step (self, position);
  g_signal_handlers_disconnect_by_data (step, self);
  g_list_store_remove (self->steps, position);
  plan_changed (self);
}

/**
 * mis_plan_move_step:
 * @to: the step's position after the move
 */
void
mis_plan_move_step (MisPlan *self,
                    guint    from,
                    guint    to)
{
  g_autoptr(MisPlanStep) step = NULL;
  guint n;

  g_return_if_fail (MIS_IS_PLAN (self));

  n = mis_plan_get_n_steps (self);
  g_return_if_fail (from < n && to < n);
  if (from == to)
    return;

  step = g_object_ref (mis_plan_get_step (self, from));
  g_list_store_remove (self->steps, from);
  g_list_store_insert (self->steps, to, step);
  plan_changed (self);
}

/* Checking against the kit ---------------------------------------------- */

static MisKitProblem *
new_problem (MisProblemSeverity  severity,
             const char         *location,
             const char         *message)
{
  MisKitProblem *problem = g_new0 (MisKitProblem, 1);

  problem->severity = severity;
  problem->location = g_strdup (location);
  problem->message = g_strdup (message);
  return problem;
}

static char *
check_step (MisPlanStep          *step,
            MisKit               *kit,
            MisPlanPageCountFunc  page_count,
            gpointer              user_data)
{
  static const MisResourceKind kinds[] = {
    [MIS_PLAN_STEP_FILM] = MIS_RESOURCE_KIND_FILM,
    [MIS_PLAN_STEP_PHOTO_NOVEL] = MIS_RESOURCE_KIND_PHOTO_NOVEL,
    [MIS_PLAN_STEP_MANUAL] = MIS_RESOURCE_KIND_MANUAL,
  };
  MisResource *resource;
  guint n_pages = 0;

  if (step->kind == MIS_PLAN_STEP_DISCUSSION)
    return NULL;

  resource = mis_kit_lookup_resource (kit, step->resource_id);
  if (resource == NULL)
    return g_strdup_printf (_("The kit has no resource “%s”."), step->resource_id);
  if (mis_resource_get_kind (resource) != kinds[step->kind])
    return g_strdup_printf (_("“%s” is not a %s."), step->resource_id,
                            mis_resource_kind_get_label (kinds[step->kind]));
  if (!mis_resource_get_available (resource))
    return g_strdup (mis_resource_get_unavailable_reason (resource));

  if (step->kind == MIS_PLAN_STEP_FILM)
    {
      double duration = mis_resource_get_duration (resource);
      double last = step->to >= 0 ? step->to : step->from;

      for (guint i = 0; i < step->pauses->len; i++)
        last = MAX (last, ((MisPausePoint *) g_ptr_array_index (step->pauses, i))->time);
      if (duration > 0 && last > duration + 0.5)
        {
          g_autofree char *at = mis_plan_format_time (last);
          g_autofree char *end = mis_plan_format_time (duration);
          return g_strdup_printf (_("%s is after the end of the film (%s)."), at, end);
        }
      return NULL;
    }

  if (step->kind == MIS_PLAN_STEP_PHOTO_NOVEL)
    n_pages = mis_resource_get_pages (resource)->len;
  else if ((n_pages = mis_resource_get_page_count (resource)) == 0 && page_count != NULL)
    n_pages = page_count (resource, user_data);

  for (guint i = 0; n_pages > 0 && i < step->pages->len; i++)
    if (g_array_index (step->pages, guint, i) > n_pages)
      return mis_plan_describe_page_past_end (g_array_index (step->pages, guint, i), n_pages);
  return NULL;
}

/**
 * mis_plan_describe_page_past_end:
 * @page: from 1
 *
 * Returns: why a step cannot show @page, as the check and the runner say it
 */
char *
mis_plan_describe_page_past_end (guint page,
                                 guint n_pages)
{
  return g_strdup_printf (ngettext ("Page %u is past the end (the resource has %u page).",
                                    "Page %u is past the end (the resource has %u pages).", n_pages),
                          page, n_pages);
}

/**
 * mis_plan_check:
 * @page_count: (nullable): finds a manual's page count when the kit does
 *   not know it yet
 * @location: (nullable): the plan's JSON path, for @problems
 * @problems: (nullable): receives a #MisKitProblem for each step that
 *   cannot be shown
 *
 * Marks each step that cannot be shown with its reason.
 *
 * Returns: how many steps cannot be shown
 */
guint
mis_plan_check (MisPlan              *self,
                MisKit               *kit,
                MisPlanPageCountFunc  page_count,
                gpointer              user_data,
                const char           *location,
                GPtrArray            *problems)
{
  guint unavailable = 0;

  g_return_val_if_fail (MIS_IS_PLAN (self), 0);
  g_return_val_if_fail (MIS_IS_KIT (kit), 0);

  for (guint i = 0; i < mis_plan_get_n_steps (self); i++)
    {
      MisPlanStep *step = mis_plan_get_step (self, i);
      g_autofree char *reason = check_step (step, kit, page_count, user_data);

      mis_plan_step_set_unavailable_reason (step, reason);
      if (reason == NULL)
        continue;

      unavailable++;
      if (problems != NULL)
        {
          g_autofree char *where = g_strdup_printf ("%s%ssteps[%u]", location != NULL ? location : "",
                                                    location != NULL ? "." : "", i);
          g_ptr_array_add (problems, new_problem (MIS_PROBLEM_ERROR, where, reason));
        }
    }

  return unavailable;
}

/* Reading ---------------------------------------------------------------- */

static gboolean
read_time (MisKitReader *loader,
           JsonObject   *object,
           const char   *location,
           const char   *name,
           double       *time)
{
  JsonNode *node = _mis_json_get_member (loader, object, location, name, JSON_NODE_VALUE, FALSE,
                                         MIS_PROBLEM_ERROR);
  g_autofree char *where = NULL;
  double value;

  if (node == NULL)
    return FALSE;

  where = _mis_json_child_location (location, name);
  if (!_mis_json_is_number (node))
    {
      _mis_kit_problem (loader, MIS_PROBLEM_ERROR, where, _("expected %s, found %s"),
                        _("a number"), _mis_json_type_name (node));
      return FALSE;
    }

  value = json_node_get_double (node);
  if (!isfinite (value) || value < 0 || value > 1e6)
    {
      _mis_kit_problem (loader, MIS_PROBLEM_ERROR, where, _("expected a time in seconds, found %g"), value);
      return FALSE;
    }

  *time = value;
  return TRUE;
}

static void
read_pauses (MisKitReader *loader,
             MisPlanStep  *step,
             JsonObject   *object,
             const char   *location)
{
  JsonNode *node = _mis_json_get_member (loader, object, location, "pauses", JSON_NODE_ARRAY, FALSE,
                                         MIS_PROBLEM_ERROR);
  g_autofree char *where = _mis_json_child_location (location, "pauses");
  JsonArray *array;

  if (node == NULL)
    return;

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      g_autofree char *element_where = _mis_json_index_location (where, i);
      double time = 0;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        {
          _mis_kit_problem (loader, MIS_PROBLEM_ERROR, element_where, _("expected %s, found %s"),
                            _("an object"), _mis_json_type_name (element));
          continue;
        }
      if (!read_time (loader, json_node_get_object (element), element_where, "time", &time))
        {
          if (!json_object_has_member (json_node_get_object (element), "time"))
            _mis_kit_problem (loader, MIS_PROBLEM_ERROR, element_where, _("a pause needs a “time”"));
          continue;
        }
      insert_pause (step, time,
                    _mis_json_read_lang_map (loader, json_node_get_object (element), element_where,
                                             "question", FALSE, MIS_PROBLEM_ERROR));
    }
}

static gboolean
read_page_element (MisKitReader *loader,
                   GArray       *pages,
                   JsonNode     *element,
                   const char   *where)
{
  g_autoptr(GError) error = NULL;

  if (_mis_json_is_number (element))
    {
      double value = json_node_get_double (element);

      if (value >= 1 && value <= G_MAXINT && floor (value) == value)
        {
          guint page = (guint) value;

          if (pages->len < MIS_PLAN_MAX_STEP_PAGES)
            {
              g_array_append_val (pages, page);
              return TRUE;
            }
          _mis_kit_problem (loader, MIS_PROBLEM_ERROR, where, _("A step shows at most %u pages"),
                            (guint) MIS_PLAN_MAX_STEP_PAGES);
          return FALSE;
        }
    }
  else if (_mis_json_is_string (element))
    {
      if (add_page_range (pages, json_node_get_string (element), &error))
        return TRUE;
      _mis_kit_problem (loader, MIS_PROBLEM_ERROR, where, "%s", error->message);
      return FALSE;
    }

  _mis_kit_problem (loader, MIS_PROBLEM_ERROR, where,
                    _("expected a page number from 1 or a range such as “4-7”"));
  return FALSE;
}

static void
read_pages (MisKitReader *loader,
            MisPlanStep  *step,
            JsonObject   *object,
            const char   *location)
{
  JsonNode *node = json_object_get_member (object, "pages");
  JsonNode *page = json_object_get_member (object, "page");
  g_autofree char *where = NULL;

  if (page != NULL)
    {
      where = _mis_json_child_location (location, "page");
      read_page_element (loader, step->pages, page, where);
    }
  else if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      where = _mis_json_child_location (location, "pages");
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          g_autofree char *element_where = _mis_json_index_location (where, i);

          if (!read_page_element (loader, step->pages, json_array_get_element (array, i), element_where))
            break;
        }
    }
  else if (node != NULL)
    {
      where = _mis_json_child_location (location, "pages");
      read_page_element (loader, step->pages, node, where);
    }

  if (step->pages->len == 0 && (node == NULL && page == NULL))
    _mis_kit_problem (loader, MIS_PROBLEM_ERROR, location, _("a step of pages needs “page” or “pages”"));
}

static MisPlanStep *
read_step (MisKitReader *loader,
           JsonNode     *node,
           const char   *location)
{
  g_autoptr(MisPlanStep) step = NULL;
  g_autofree char *kind_where = _mis_json_child_location (location, "kind");
  JsonObject *object;
  const char *kind;
  const char *resource;
  guint n_problems = loader->problems->len;
  JsonNode *minutes;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      _mis_kit_problem (loader, MIS_PROBLEM_ERROR, location, _("expected %s, found %s"),
                        _("an object"), _mis_json_type_name (node));
      return NULL;
    }
  object = json_node_get_object (node);

  kind = _mis_json_get_string (loader, object, location, "kind", TRUE, MIS_PROBLEM_ERROR);
  if (kind == NULL)
    return NULL;

  step = g_object_new (MIS_TYPE_PLAN_STEP, NULL);
  if (g_str_equal (kind, "film"))
    step->kind = MIS_PLAN_STEP_FILM;
  else if (g_str_equal (kind, "photo-novel"))
    step->kind = MIS_PLAN_STEP_PHOTO_NOVEL;
  else if (g_str_equal (kind, "manual"))
    step->kind = MIS_PLAN_STEP_MANUAL;
  else if (g_str_equal (kind, "discussion"))
    step->kind = MIS_PLAN_STEP_DISCUSSION;
  else
    {
      _mis_kit_problem (loader, MIS_PROBLEM_ERROR, kind_where,
                        _("unknown kind “%s” (expected “film”, “photo-novel”, “manual” or “discussion”)"),
                        kind);
      return NULL;
    }

  if (step->kind == MIS_PLAN_STEP_DISCUSSION)
    {
      step->text = _mis_json_read_lang_map (loader, object, location, "text", TRUE, MIS_PROBLEM_ERROR);
      minutes = _mis_json_get_member (loader, object, location, "minutes", JSON_NODE_VALUE, FALSE,
                                      MIS_PROBLEM_ERROR);
      if (minutes != NULL && _mis_json_is_number (minutes) &&
          json_node_get_double (minutes) >= 0 && json_node_get_double (minutes) <= 24 * 60)
        step->minutes = (guint) json_node_get_double (minutes);
      else if (minutes != NULL)
        {
          g_autofree char *where = _mis_json_child_location (location, "minutes");
          _mis_kit_problem (loader, MIS_PROBLEM_ERROR, where, _("expected a number of minutes"));
        }
    }
  else
    {
      resource = _mis_json_get_string (loader, object, location, "resource", TRUE, MIS_PROBLEM_ERROR);
      step->resource_id = g_strdup (resource);
    }

  if (step->kind == MIS_PLAN_STEP_FILM)
    {
      read_time (loader, object, location, "from", &step->from);
      if (read_time (loader, object, location, "to", &step->to) && step->to <= step->from)
        {
          g_autofree char *where = _mis_json_child_location (location, "to");
          _mis_kit_problem (loader, MIS_PROBLEM_ERROR, where, _("“to” must come after “from”"));
        }
      read_pauses (loader, step, object, location);
    }
  else if (step->kind != MIS_PLAN_STEP_DISCUSSION)
    read_pages (loader, step, object, location);

  step->notes = _mis_json_read_lang_map (loader, object, location, "notes", FALSE, MIS_PROBLEM_WARNING);

  /* A step with an error is left out: what it would show is not known. */
  for (guint i = n_problems; i < loader->problems->len; i++)
    if (((MisKitProblem *) g_ptr_array_index (loader->problems, i))->severity == MIS_PROBLEM_ERROR)
      return NULL;

  return g_steal_pointer (&step);
}

/**
 * _mis_plan_read:
 * @from_kit: whether the plan is the kit's own (index.json's "sessions")
 *
 * Returns: (nullable): the plan, or %NULL when it has no usable id, title
 *   or step; every problem is reported to @loader
 */
MisPlan *
_mis_plan_read (MisKitReader *loader,
                JsonNode     *node,
                const char   *location,
                gboolean      from_kit)
{
  g_autoptr(MisPlan) plan = NULL;
  g_autofree char *steps_where = _mis_json_child_location (location, "steps");
  JsonObject *object;
  const char *id;
  JsonNode *duration;
  JsonNode *steps;
  JsonArray *array;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      _mis_kit_problem (loader, MIS_PROBLEM_ERROR, location, _("expected %s, found %s"),
                        _("an object"), _mis_json_type_name (node));
      return NULL;
    }
  object = json_node_get_object (node);

  id = _mis_json_get_string (loader, object, location, "id", TRUE, MIS_PROBLEM_ERROR);
  if (id != NULL && !_mis_json_id_is_valid (id))
    {
      g_autofree char *where = _mis_json_child_location (location, "id");
      _mis_kit_problem (loader, MIS_PROBLEM_ERROR, where,
                        _("“%s” is not a valid id (use letters, digits, “-”, “_” and “.”)"), id);
      return NULL;
    }
  if (id == NULL)
    return NULL;

  plan = mis_plan_new (id);
  plan->from_kit = from_kit;
  plan->title = _mis_json_read_lang_map (loader, object, location, "title", TRUE, MIS_PROBLEM_ERROR);
  if (plan->title == NULL)
    return NULL;

  duration = _mis_json_get_member (loader, object, location, "duration", JSON_NODE_VALUE, FALSE,
                                   MIS_PROBLEM_ERROR);
  if (duration != NULL && _mis_json_is_number (duration) &&
      json_node_get_double (duration) >= 0 && json_node_get_double (duration) <= 24 * 60)
    plan->duration = (guint) json_node_get_double (duration);
  else if (duration != NULL)
    {
      g_autofree char *where = _mis_json_child_location (location, "duration");
      _mis_kit_problem (loader, MIS_PROBLEM_ERROR, where, _("expected a number of minutes"));
    }

  g_strfreev (plan->audiences);
  plan->audiences = _mis_json_read_id_list (loader, object, location, "audiences", loader->kit->audiences);
  g_strfreev (plan->themes);
  plan->themes = _mis_json_read_id_list (loader, object, location, "themes", loader->kit->themes);

  steps = _mis_json_get_member (loader, object, location, "steps", JSON_NODE_ARRAY, TRUE, MIS_PROBLEM_ERROR);
  if (steps == NULL)
    return NULL;

  array = json_node_get_array (steps);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *where = _mis_json_index_location (steps_where, i);
      g_autoptr(MisPlanStep) step = read_step (loader, json_array_get_element (array, i), where);

      if (step != NULL)
        mis_plan_append_step (plan, step);
    }

  if (mis_plan_get_n_steps (plan) == 0)
    {
      _mis_kit_problem (loader, MIS_PROBLEM_ERROR, steps_where, _("a plan needs at least one step"));
      return NULL;
    }

  return g_steal_pointer (&plan);
}

/* Writing ---------------------------------------------------------------- */

static void
add_lang_map (JsonBuilder *builder,
              const char  *name,
              MisLangMap  *map)
{
  g_autoptr(GList) languages = NULL;

  if (map == NULL)
    return;

  /* In a stable order, so that a saved plan diffs well. */
  languages = g_list_sort (g_hash_table_get_keys (map), (GCompareFunc) strcmp);
  json_builder_set_member_name (builder, name);
  json_builder_begin_object (builder);
  for (const GList *l = languages; l != NULL; l = l->next)
    {
      json_builder_set_member_name (builder, l->data);
      json_builder_add_string_value (builder, g_hash_table_lookup (map, l->data));
    }
  json_builder_end_object (builder);
}

static void
add_id_list (JsonBuilder        *builder,
             const char         *name,
             const char * const *ids)
{
  if (ids == NULL || ids[0] == NULL)
    return;

  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; ids[i] != NULL; i++)
    json_builder_add_string_value (builder, ids[i]);
  json_builder_end_array (builder);
}

static void
add_step (JsonBuilder *builder,
          MisPlanStep *step)
{
  static const char * const kinds[] = { "film", "photo-novel", "manual", "discussion" };

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "kind");
  json_builder_add_string_value (builder, kinds[step->kind]);
  if (step->resource_id != NULL)
    {
      json_builder_set_member_name (builder, "resource");
      json_builder_add_string_value (builder, step->resource_id);
    }

  if (step->kind == MIS_PLAN_STEP_FILM)
    {
      json_builder_set_member_name (builder, "from");
      json_builder_add_double_value (builder, step->from);
      if (step->to >= 0)
        {
          json_builder_set_member_name (builder, "to");
          json_builder_add_double_value (builder, step->to);
        }
      if (step->pauses->len > 0)
        {
          json_builder_set_member_name (builder, "pauses");
          json_builder_begin_array (builder);
          for (guint i = 0; i < step->pauses->len; i++)
            {
              MisPausePoint *pause = g_ptr_array_index (step->pauses, i);

              json_builder_begin_object (builder);
              json_builder_set_member_name (builder, "time");
              json_builder_add_double_value (builder, pause->time);
              add_lang_map (builder, "question", pause->question);
              json_builder_end_object (builder);
            }
          json_builder_end_array (builder);
        }
    }
  else if (step->kind == MIS_PLAN_STEP_DISCUSSION)
    {
      add_lang_map (builder, "text", step->text);
      if (step->minutes > 0)
        {
          json_builder_set_member_name (builder, "minutes");
          json_builder_add_int_value (builder, step->minutes);
        }
    }
  else
    {
      g_autofree char *text = mis_plan_step_get_pages_text (step);
      g_auto(GStrv) ranges = g_strsplit (text, ", ", 0);

      json_builder_set_member_name (builder, "pages");
      json_builder_begin_array (builder);
      for (guint i = 0; ranges[i] != NULL; i++)
        if (strchr (ranges[i], '-') != NULL)
          json_builder_add_string_value (builder, ranges[i]);
        else
          json_builder_add_int_value (builder, g_ascii_strtoll (ranges[i], NULL, 10));
      json_builder_end_array (builder);
    }

  add_lang_map (builder, "notes", step->notes);
  json_builder_end_object (builder);
}

/**
 * mis_plan_to_json:
 *
 * Returns: (transfer full): the plan as index.json's "sessions" hold it
 */
JsonNode *
mis_plan_to_json (MisPlan *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();

  g_return_val_if_fail (MIS_IS_PLAN (self), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, self->id);
  add_lang_map (builder, "title", self->title);
  if (self->duration > 0)
    {
      json_builder_set_member_name (builder, "duration");
      json_builder_add_int_value (builder, self->duration);
    }
  add_id_list (builder, "audiences", (const char * const *) self->audiences);
  add_id_list (builder, "themes", (const char * const *) self->themes);
  json_builder_set_member_name (builder, "steps");
  json_builder_begin_array (builder);
  for (guint i = 0; i < mis_plan_get_n_steps (self); i++)
    add_step (builder, mis_plan_get_step (self, i));
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/**
 * mis_plan_export:
 *
 * Returns: (transfer full): the contents of a plan file, to pass a plan to
 *   another facilitator with the same kit
 */
char *
mis_plan_export (MisPlan *self,
                 MisKit  *kit,
                 gsize   *length)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (MIS_IS_PLAN (self), NULL);
  g_return_val_if_fail (MIS_IS_KIT (kit), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "make-it-safe-plan");
  json_builder_add_int_value (builder, 1);
  json_builder_set_member_name (builder, "kit");
  json_builder_add_string_value (builder, mis_kit_get_id (kit));
  json_builder_set_member_name (builder, "plan");
  json_builder_add_value (builder, mis_plan_to_json (self));
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  return json_generator_to_data (generator, length);
}

static void
set_invalid (GError    **error,
             const char *name,
             GPtrArray  *problems)
{
  g_autoptr(GString) message = g_string_new (NULL);
  guint shown = 0;

  g_string_printf (message, _("“%s” is not a plan that can be used:"), name);
  for (guint i = 0; i < problems->len && shown < 5; i++)
    {
      MisKitProblem *problem = g_ptr_array_index (problems, i);

      if (problem->severity != MIS_PROBLEM_ERROR)
        continue;
      g_string_append_printf (message, "\n%s%s%s", problem->location ? problem->location : "",
                              problem->location ? ": " : "", problem->message);
      shown++;
    }
  g_set_error_literal (error, MIS_PLAN_ERROR, MIS_PLAN_ERROR_INVALID, message->str);
}

/**
 * mis_plan_import:
 * @name: the file's name, for messages
 *
 * Reads a plan file written by mis_plan_export(), as strictly as a kit:
 * any error refuses the whole file. Steps that name what @kit lacks are
 * kept, marked unavailable.
 *
 * Returns: (transfer full): the plan, the facilitator's own
 */
MisPlan *
mis_plan_import (MisKit      *kit,
                 const char  *name,
                 const char  *contents,
                 gsize        length,
                 GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) _mis_kit_problem_free);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(MisPlan) plan = NULL;
  MisKitReader loader = { kit, MIS_KIT_LOAD_FLAGS_NONE, NULL, problems };
  JsonObject *root;
  JsonNode *node;
  const char *kit_id;

  g_return_val_if_fail (MIS_IS_KIT (kit), NULL);
  g_return_val_if_fail (name != NULL && contents != NULL, NULL);

  if (length > MIS_PLAN_MAX_FILE_SIZE)
    {
      g_autofree char *size = g_format_size (length);
      g_set_error (error, MIS_PLAN_ERROR, MIS_PLAN_ERROR_TOO_LARGE,
                   _("“%s” is too large to be a plan (%s)."), name, size);
      return NULL;
    }

  if (!_mis_json_check_nesting (name, contents, length, error))
    return NULL;

  if (!json_parser_load_from_data (parser, contents, length, &local_error))
    {
      g_autofree char *message = _mis_json_describe_syntax_error (name, local_error);
      g_set_error_literal (error, MIS_PLAN_ERROR, MIS_PLAN_ERROR_INVALID, message);
      return NULL;
    }

  node = json_parser_get_root (parser);
  /* Any value of any type may be anywhere: nothing is taken for granted. */
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node) ||
      !_mis_json_is_number (json_object_get_member ((root = json_node_get_object (node)), "make-it-safe-plan")))
    {
      g_set_error (error, MIS_PLAN_ERROR, MIS_PLAN_ERROR_INVALID,
                   _("“%s” is not a Make-IT-Safe plan."), name);
      return NULL;
    }

  if (json_node_get_double (json_object_get_member (root, "make-it-safe-plan")) != 1)
    {
      g_set_error (error, MIS_PLAN_ERROR, MIS_PLAN_ERROR_INVALID,
                   _("“%s” was made by a newer version of Make-IT-Safe."), name);
      return NULL;
    }

  node = json_object_get_member (root, "kit");
  kit_id = node != NULL && _mis_json_is_string (node) ? json_node_get_string (node) : NULL;
  if (g_strcmp0 (kit_id, mis_kit_get_id (kit)) != 0)
    {
      g_set_error (error, MIS_PLAN_ERROR, MIS_PLAN_ERROR_OTHER_KIT,
                   _("“%s” is a plan for another kit (“%s”), not for this one."),
                   name, kit_id != NULL ? kit_id : "?");
      return NULL;
    }

  node = json_object_get_member (root, "plan");
  if (node == NULL)
    {
      _mis_kit_problem (&loader, MIS_PROBLEM_ERROR, "plan", _("required but missing"));
      set_invalid (error, name, problems);
      return NULL;
    }

  plan = _mis_plan_read (&loader, node, "plan", FALSE);
  for (guint i = 0; i < problems->len; i++)
    if (((MisKitProblem *) g_ptr_array_index (problems, i))->severity == MIS_PROBLEM_ERROR)
      {
        set_invalid (error, name, problems);
        return NULL;
      }
  g_assert (plan != NULL);

  mis_plan_check (plan, kit, NULL, NULL, NULL, NULL);
  return g_steal_pointer (&plan);
}
