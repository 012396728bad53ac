/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-kit-private.h: what the kit loader needs to build kits and resources.
 * Nothing outside src/kit/ and the tests includes this.
 */
#pragma once

#include "mis-kit.h"
#include "mis-language.h"
#include "mis-resource.h"

G_BEGIN_DECLS

struct _MisResource
{
  GObject              parent_instance;

  char                *id;
  guint                position;
  guint                index_position;  /* in index.json's "resources", for problems */
  MisResourceKind      kind;
  MisLangMap          *title;
  MisLangMap          *summary;
  GStrv                themes;
  GStrv                audiences;
  char                *language;

  GFile               *file;
  GFile               *poster;
  double               duration;
  GPtrArray           *subtitles;   /* MisSubtitle */
  GPtrArray           *pages;       /* GFile */
  GPtrArray           *page_texts;  /* MisLangMap, or NULL entries */
  MisReadingDirection  direction;
  guint                page_count;

  char                *unavailable_reason;

  /* In the kit language, refreshed by _mis_resource_set_language(). */
  char                *shown_language;
  char                *fallback_language;
  const char          *shown_title;
  const char          *shown_summary;
  char                *theme_names;
  GStrv                search_words;
};

MisResource *_mis_resource_new           (void);
void         _mis_resource_set_language  (MisResource *self,
                                          const char  *language,
                                          const char  *fallback,
                                          const char  *theme_names);
void         _mis_resource_set_unavailable (MisResource *self,
                                            const char  *reason);
void         _mis_subtitle_free          (MisSubtitle *subtitle);

struct _MisKit
{
  GObject      parent_instance;

  GFile       *directory;
  char        *real_root;
  char        *id;
  MisLangMap  *title;
  MisLangMap  *description;
  GStrv        languages;
  char        *default_language;
  char        *language;
  GPtrArray   *themes;      /* MisKitTag */
  GPtrArray   *audiences;   /* MisKitTag */
  GPtrArray   *contacts;    /* MisKitContact */
  GPtrArray   *problems;    /* MisKitProblem */
  GListStore  *resources;   /* MisResource */
  GHashTable  *by_id;       /* id → MisResource, borrowed */
  GListStore  *plans;       /* MisPlan: index.json's "sessions" */
};

MisKit      *_mis_kit_new                (void);
void         _mis_kit_tag_free           (MisKitTag     *tag);
void         _mis_kit_contact_free       (MisKitContact *contact);
void         _mis_kit_problem_free       (MisKitProblem *problem);
MisKit      *_mis_kit_read               (GFile           *directory,
                                          MisKitLoadFlags  flags,
                                          GCancellable    *cancellable,
                                          GError         **error);

struct _MisKitTag
{
  char       *id;
  MisLangMap *title;
};

struct _MisKitContact
{
  char       *name;
  char       *phone;
  char       *url;
  MisLangMap *description;
};

struct _MisKitProblem
{
  MisProblemSeverity  severity;
  char               *location;
  char               *message;
};

G_END_DECLS
