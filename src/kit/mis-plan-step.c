/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-plan-step.c: one step of a session plan: a film (from, to, and the
 * points where it stops on a question), pages of a photo-novel or manual
 * (as "4-7, 9"), or a discussion slide with its question and minutes; any
 * with notes for the facilitator alone. Times and pages as people type
 * them, and the sentence a plan's list and handout show for the step.
 */
#define G_LOG_DOMAIN "mis-plan"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <glib/gi18n.h>

#include "mis-plan-private.h"

G_DEFINE_FINAL_TYPE (MisPlanStep, mis_plan_step, G_TYPE_OBJECT)

enum { STEP_CHANGED, N_STEP_SIGNALS };
static guint step_signals[N_STEP_SIGNALS];

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

void
_mis_plan_step_insert_pause (MisPlanStep *self,
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
  _mis_plan_step_insert_pause (self, MAX (time, 0), map);
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
gboolean
_mis_plan_add_page_range (GArray      *pages,
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
    if (*g_strstrip (parts[i]) != '\0' && !_mis_plan_add_page_range (pages, parts[i], error))
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
