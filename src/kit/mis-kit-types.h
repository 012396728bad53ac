/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-kit-types.h: the kit's forward declarations and enums, which the
 * whole app shares. Their GTypes (MIS_TYPE_RESOURCE_KIND…) are generated
 * from this file by gnome.mkenums_simple, in mis-kit-enums.h.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* A function as a GTask source tag. ISO C has no conversion between function
 * and object pointers; going through an integer is the portable spelling
 * that -Wpedantic accepts. */
#define MIS_SOURCE_TAG(function) ((gpointer)(guintptr)(function))

typedef struct _MisKit MisKit;
typedef struct _MisResource MisResource;
typedef struct _MisStateStore MisStateStore;
typedef struct _MisPlan MisPlan;
typedef struct _MisPlanStep MisPlanStep;

typedef enum
{
  MIS_RESOURCE_KIND_FILM,
  MIS_RESOURCE_KIND_PHOTO_NOVEL,
  MIS_RESOURCE_KIND_MANUAL,
} MisResourceKind;

typedef enum
{
  MIS_READING_DIRECTION_LTR,
  MIS_READING_DIRECTION_RTL,
} MisReadingDirection;

/* What a step of a session plan shows. */
typedef enum
{
  MIS_PLAN_STEP_FILM,
  MIS_PLAN_STEP_PHOTO_NOVEL,
  MIS_PLAN_STEP_MANUAL,
  MIS_PLAN_STEP_DISCUSSION,
} MisPlanStepKind;

typedef enum
{
  MIS_PROBLEM_WARNING,
  MIS_PROBLEM_ERROR,
} MisProblemSeverity;

G_END_DECLS
