/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-plan.h: session plans, an ordered list of steps (film moments with
 * pause points, photo-novel pages, manual pages, discussion slides) that a
 * facilitator runs in front of a group. Plans come from the kit's index.json
 * or are the facilitator's own, kept in a MisPlanBook.
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "mis-kit-types.h"

G_BEGIN_DECLS

#define MIS_PLAN_ERROR (mis_plan_error_quark ())

typedef enum
{
  MIS_PLAN_ERROR_INVALID,     /* not a plan, or a plan with errors */
  MIS_PLAN_ERROR_TOO_LARGE,
  MIS_PLAN_ERROR_OTHER_KIT,
} MisPlanError;

/* The most pages one step may show, so that "1-99999999" stays a mistake
 * and never a very long list. */
#define MIS_PLAN_MAX_STEP_PAGES 500
#define MIS_PLAN_MAX_FILE_SIZE (1024 * 1024)

/* Finds how many pages a manual has (kit plans are checked before its PDF
 * is opened by anything else): 0 when unknown. */
typedef guint (*MisPlanPageCountFunc) (MisResource *manual,
                                       gpointer     user_data);

#define MIS_TYPE_PLAN_STEP (mis_plan_step_get_type ())
G_DECLARE_FINAL_TYPE (MisPlanStep, mis_plan_step, MIS, PLAN_STEP, GObject)

#define MIS_TYPE_PLAN (mis_plan_get_type ())
G_DECLARE_FINAL_TYPE (MisPlan, mis_plan, MIS, PLAN, GObject)

GQuark           mis_plan_error_quark           (void);

MisPlanStep     *mis_plan_step_new              (MisPlanStepKind  kind,
                                                 const char      *resource_id);
MisPlanStep     *mis_plan_step_new_for_resource (MisResource     *resource);
MisPlanStep     *mis_plan_step_copy             (MisPlanStep     *self);
MisPlanStepKind  mis_plan_step_get_kind         (MisPlanStep     *self);
const char      *mis_plan_step_get_resource_id  (MisPlanStep     *self);
double           mis_plan_step_get_from         (MisPlanStep     *self);
double           mis_plan_step_get_to           (MisPlanStep     *self);
void             mis_plan_step_set_range        (MisPlanStep     *self,
                                                 double           from,
                                                 double           to);
guint            mis_plan_step_get_n_pauses     (MisPlanStep     *self);
double           mis_plan_step_get_pause_time   (MisPlanStep     *self,
                                                 guint            index);
const char      *mis_plan_step_get_pause_question (MisPlanStep   *self,
                                                   guint          index,
                                                   MisKit        *kit);
void             mis_plan_step_clear_pauses     (MisPlanStep     *self);
void             mis_plan_step_add_pause        (MisPlanStep     *self,
                                                 double           time,
                                                 const char      *language,
                                                 const char      *question);
char            *mis_plan_step_get_pauses_text  (MisPlanStep     *self,
                                                 MisKit          *kit);
gboolean         mis_plan_step_set_pauses_text  (MisPlanStep     *self,
                                                 const char      *language,
                                                 const char      *text,
                                                 GError         **error);
const guint     *mis_plan_step_get_pages        (MisPlanStep     *self,
                                                 guint           *n_pages);
char            *mis_plan_step_get_pages_text   (MisPlanStep     *self);
gboolean         mis_plan_step_set_pages_text   (MisPlanStep     *self,
                                                 const char      *text,
                                                 GError         **error);
const char      *mis_plan_step_get_text         (MisPlanStep     *self,
                                                 MisKit          *kit);
void             mis_plan_step_set_text         (MisPlanStep     *self,
                                                 const char      *language,
                                                 const char      *text);
guint            mis_plan_step_get_minutes      (MisPlanStep     *self);
void             mis_plan_step_set_minutes      (MisPlanStep     *self,
                                                 guint            minutes);
const char      *mis_plan_step_get_notes        (MisPlanStep     *self,
                                                 MisKit          *kit);
void             mis_plan_step_set_notes        (MisPlanStep     *self,
                                                 const char      *language,
                                                 const char      *notes);
const char      *mis_plan_step_get_unavailable_reason (MisPlanStep *self);
void             mis_plan_step_set_unavailable_reason (MisPlanStep *self,
                                                       const char  *reason);
double           mis_plan_parse_time            (const char      *text);
char            *mis_plan_format_time           (double           seconds);
char            *mis_plan_step_describe         (MisPlanStep     *self,
                                                 MisKit          *kit);

MisPlan         *mis_plan_new                   (const char      *id);
MisPlan         *mis_plan_duplicate             (MisPlan         *self,
                                                 const char      *id);
const char      *mis_plan_get_id                (MisPlan         *self);
gboolean         mis_plan_get_from_kit          (MisPlan         *self);
const char      *mis_plan_get_title             (MisPlan         *self,
                                                 MisKit          *kit);
void             mis_plan_set_title             (MisPlan         *self,
                                                 const char      *language,
                                                 const char      *title);
guint            mis_plan_get_duration          (MisPlan         *self);
void             mis_plan_set_duration          (MisPlan         *self,
                                                 guint            minutes);
char            *mis_plan_describe_length       (MisPlan         *self);
const char * const *mis_plan_get_audiences      (MisPlan         *self);
const char * const *mis_plan_get_themes         (MisPlan         *self);
GListModel      *mis_plan_get_steps             (MisPlan         *self);
MisPlanStep     *mis_plan_get_step              (MisPlan         *self,
                                                 guint            position);
guint            mis_plan_get_n_steps           (MisPlan         *self);
void             mis_plan_insert_step           (MisPlan         *self,
                                                 guint            position,
                                                 MisPlanStep     *step);
void             mis_plan_append_step           (MisPlan         *self,
                                                 MisPlanStep     *step);
void             mis_plan_remove_step           (MisPlan         *self,
                                                 guint            position);
void             mis_plan_move_step             (MisPlan         *self,
                                                 guint            from,
                                                 guint            to);

char            *mis_plan_describe_page_past_end (guint           page,
                                                  guint           n_pages);
guint            mis_plan_check                 (MisPlan              *self,
                                                 MisKit               *kit,
                                                 MisPlanPageCountFunc  page_count,
                                                 gpointer              user_data,
                                                 const char           *location,
                                                 GPtrArray            *problems);

JsonNode        *mis_plan_to_json               (MisPlan         *self);
char            *mis_plan_export                (MisPlan         *self,
                                                 MisKit          *kit,
                                                 gsize           *length);
MisPlan         *mis_plan_import                (MisKit          *kit,
                                                 const char      *name,
                                                 const char      *contents,
                                                 gsize            length,
                                                 GError         **error);

G_END_DECLS
