/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-kit-check.c: validates a kit without a window, for the people who
 * prepare a kit before it is copied to a centre's computers: one line per
 * problem, then a summary, and an exit status scripts can rely on.
 */
#define G_LOG_DOMAIN "mis-kit-check"

#include "config.h"

#include <glib/gi18n.h>

#include "mis-kit.h"
#include "mis-kit-check.h"

static void
append_summary (GString *report,
                guint    films,
                guint    photo_novels,
                guint    manuals,
                guint    errors,
                guint    warnings)
{
  /* Each count has its own plural form: "1 manual", "0 errors". */
  guint total = films + photo_novels + manuals;
  g_autofree char *resources = g_strdup_printf (ngettext ("%u resource", "%u resources", total), total);
  g_autofree char *film_text = g_strdup_printf (ngettext ("%u film", "%u films", films), films);
  g_autofree char *novel_text = g_strdup_printf (ngettext ("%u photo-novel", "%u photo-novels", photo_novels),
                                                 photo_novels);
  g_autofree char *manual_text = g_strdup_printf (ngettext ("%u manual", "%u manuals", manuals), manuals);
  g_autofree char *error_text = g_strdup_printf (ngettext ("%u error", "%u errors", errors), errors);
  g_autofree char *warning_text = g_strdup_printf (ngettext ("%u warning", "%u warnings", warnings), warnings);
  g_autofree char *kinds = g_strdup_printf ("%s, %s, %s", film_text, novel_text, manual_text);
  g_autofree char *problems = g_strdup_printf ("%s, %s", error_text, warning_text);

  g_string_append_printf (report, "%s (%s), %s\n", resources, kinds, problems);
}

/**
 * mis_kit_check_load:
 * @page_count: (nullable): counts a manual's pages, to check the plans
 *
 * Loads the kit as --check-kit does: every sha256 verified, the plans
 * checked. Slow on a large kit: for the command line or a worker thread.
 *
 * Returns: (transfer full): the kit, all problems in mis_kit_get_problems()
 */
MisKit *
mis_kit_check_load (GFile                *directory,
                    MisPlanPageCountFunc  page_count,
                    gpointer              user_data,
                    GCancellable         *cancellable,
                    GError              **error)
{
  g_autoptr(MisKit) kit = NULL;
  GListModel *plans;

  g_return_val_if_fail (G_IS_FILE (directory), NULL);

  kit = mis_kit_load (directory, MIS_KIT_LOAD_VERIFY_CHECKSUMS, cancellable, error);
  if (kit == NULL)
    return NULL;

  plans = mis_kit_get_plans (kit);
  for (guint i = 0; i < g_list_model_get_n_items (plans); i++)
    {
      g_autoptr(MisPlan) plan = g_list_model_get_item (plans, i);
      g_autofree char *where = g_strdup_printf ("sessions[%u]", i);

      mis_plan_check (plan, kit, page_count, user_data, where, mis_kit_get_problems (kit));
    }
  return g_steal_pointer (&kit);
}

/**
 * mis_kit_check:
 * @directory: the kit folder
 * @page_count: (nullable): counts a manual's pages, to check the plans
 * @report: receives the problem lines and the summary line
 *
 * Loads the kit, checking every sha256 given.
 *
 * Returns: the exit status: 0 when the kit has no errors, else 1.
 */
int
mis_kit_check (GFile                *directory,
               MisPlanPageCountFunc  page_count,
               gpointer              user_data,
               GString              *report)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MisKit) kit = NULL;
  GPtrArray *problems;
  guint errors;

  g_return_val_if_fail (G_IS_FILE (directory), 2);
  g_return_val_if_fail (report != NULL, 2);

  kit = mis_kit_check_load (directory, page_count, user_data, NULL, &error);
  if (kit == NULL)
    {
      g_string_append_printf (report, "%s\n", error->message);
      append_summary (report, 0, 0, 0, 1, 0);
      return 1;
    }

  problems = mis_kit_get_problems (kit);
  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *line = mis_kit_problem_to_string (g_ptr_array_index (problems, i));
      g_string_append_printf (report, "%s\n", line);
    }

  errors = mis_kit_count_problems (kit, MIS_PROBLEM_ERROR);
  append_summary (report,
                  mis_kit_count_kind (kit, MIS_RESOURCE_KIND_FILM),
                  mis_kit_count_kind (kit, MIS_RESOURCE_KIND_PHOTO_NOVEL),
                  mis_kit_count_kind (kit, MIS_RESOURCE_KIND_MANUAL),
                  errors,
                  mis_kit_count_problems (kit, MIS_PROBLEM_WARNING));

  return errors == 0 ? 0 : 1;
}
