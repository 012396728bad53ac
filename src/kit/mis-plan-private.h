/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-plan-private.h: what a plan's files share (mis-plan.c, the plan and
 * its reading and writing; mis-plan-step.c, the steps): the structures and
 * the language-map helpers.
 */
#pragma once

#include "mis-kit.h"
#include "mis-language.h"
#include "mis-plan.h"

G_BEGIN_DECLS

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

static inline void
pause_point_free (MisPausePoint *pause)
{
  g_clear_pointer (&pause->question, g_hash_table_unref);
  g_free (pause);
}

static inline MisLangMap *
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
static inline void
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

static inline const char *
lang_map_lookup (MisLangMap *map,
                 MisKit     *kit)
{
  if (kit == NULL)
    return mis_lang_map_lookup (map, NULL, NULL);
  return mis_lang_map_lookup (map, mis_kit_get_language (kit), mis_kit_get_default_language (kit));
}

void     _mis_plan_step_insert_pause (MisPlanStep *self,
                                      double       time,
                                      MisLangMap  *question);
gboolean _mis_plan_add_page_range    (GArray      *pages,
                                      const char  *range,
                                      GError     **error);

G_END_DECLS
