/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-kit.h: a kit folder and its index.json, loaded, validated and exposed
 * as a list of resources.
 */
#pragma once

#include <gio/gio.h>

#include "mis-kit-types.h"
#include "mis-plan.h"
#include "mis-resource.h"

G_BEGIN_DECLS

#define MIS_KIT_FORMAT_VERSION 1

#define MIS_KIT_ERROR (mis_kit_error_quark ())

typedef enum
{
  MIS_KIT_ERROR_NOT_FOUND,
  MIS_KIT_ERROR_UNREADABLE,
  MIS_KIT_ERROR_SYNTAX,
  MIS_KIT_ERROR_INVALID,
  MIS_KIT_ERROR_UNSUPPORTED_FORMAT,
} MisKitError;

typedef enum
{
  MIS_KIT_LOAD_FLAGS_NONE       = 0,
  MIS_KIT_LOAD_VERIFY_CHECKSUMS = 1 << 0,
} MisKitLoadFlags;

typedef struct _MisKitTag MisKitTag;
typedef struct _MisKitContact MisKitContact;
typedef struct _MisKitProblem MisKitProblem;

#define MIS_TYPE_KIT (mis_kit_get_type ())
G_DECLARE_FINAL_TYPE (MisKit, mis_kit, MIS, KIT, GObject)

GQuark               mis_kit_error_quark          (void);

MisKit              *mis_kit_load                 (GFile                *directory,
                                                   MisKitLoadFlags       flags,
                                                   GCancellable         *cancellable,
                                                   GError              **error);
void                 mis_kit_load_async           (GFile                *directory,
                                                   MisKitLoadFlags       flags,
                                                   GCancellable         *cancellable,
                                                   GAsyncReadyCallback   callback,
                                                   gpointer              user_data);
MisKit              *mis_kit_load_finish          (GAsyncResult         *result,
                                                   GError              **error);

GFile               *mis_kit_get_directory        (MisKit      *self);
const char          *mis_kit_get_id               (MisKit      *self);
const char          *mis_kit_get_title            (MisKit      *self);
const char          *mis_kit_get_description      (MisKit      *self);
const char * const  *mis_kit_get_languages        (MisKit      *self);
const char          *mis_kit_get_default_language (MisKit      *self);
const char          *mis_kit_get_language         (MisKit      *self);
void                 mis_kit_set_language         (MisKit      *self,
                                                   const char  *language);
GListModel          *mis_kit_get_resources        (MisKit      *self);
MisResource         *mis_kit_lookup_resource      (MisKit      *self,
                                                   const char  *id);
guint                mis_kit_count_kind           (MisKit          *self,
                                                   MisResourceKind  kind);
GListModel          *mis_kit_get_plans            (MisKit      *self);
MisPlan             *mis_kit_lookup_plan          (MisKit      *self,
                                                   const char  *id);

GPtrArray           *mis_kit_get_themes           (MisKit      *self);
GPtrArray           *mis_kit_get_audiences        (MisKit      *self);
const char          *mis_kit_tag_get_id           (MisKitTag   *tag);
const char          *mis_kit_tag_get_title        (MisKit      *self,
                                                   MisKitTag   *tag);
const char          *mis_kit_get_audience_title   (MisKit      *self,
                                                   const char  *id);

GPtrArray           *mis_kit_get_contacts         (MisKit         *self);
const char          *mis_kit_contact_get_name     (MisKitContact  *contact);
const char          *mis_kit_contact_get_phone    (MisKitContact  *contact);
const char          *mis_kit_contact_get_url      (MisKitContact  *contact);
const char          *mis_kit_contact_get_description (MisKit        *self,
                                                      MisKitContact *contact);

GPtrArray           *mis_kit_get_problems         (MisKit         *self);
guint                mis_kit_count_problems       (MisKit             *self,
                                                   MisProblemSeverity  severity);
MisProblemSeverity   mis_kit_problem_get_severity (MisKitProblem  *problem);
const char          *mis_kit_problem_get_location (MisKitProblem  *problem);
const char          *mis_kit_problem_get_message  (MisKitProblem  *problem);
char                *mis_kit_problem_to_string    (MisKitProblem  *problem);
char                *mis_kit_problem_describe     (MisKit         *self,
                                                   MisKitProblem  *problem);

G_END_DECLS
