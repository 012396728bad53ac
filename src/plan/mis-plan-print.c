/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-plan-print.c: a plan's handout, for the facilitator's hand: the
 * title, the duration, then each step with what it shows (the resource,
 * times or pages), its questions and the facilitator's notes. Laid out
 * with Pango in blocks that never break across pages; usually one page,
 * two for a long plan.
 */
#define G_LOG_DOMAIN "mis-plan-print"

#include "config.h"

#include <glib/gi18n.h>

#include "mis-kit.h"
#include "mis-plan-print.h"

#define BLOCK_GAP 10.0   /* points between two blocks */

typedef struct
{
  MisPlan   *plan;
  MisKit    *kit;
  GPtrArray *blocks;     /* PangoLayout, laid out for the page width */
  GArray    *first;      /* guint: the first block of each page */
} Handout;

static void
handout_free (gpointer data)
{
  Handout *handout = data;

  g_object_unref (handout->plan);
  g_object_unref (handout->kit);
  g_clear_pointer (&handout->blocks, g_ptr_array_unref);
  g_clear_pointer (&handout->first, g_array_unref);
  g_free (handout);
}

static PangoLayout *
add_block (Handout         *handout,
           GtkPrintContext *context,
           const char      *markup,
           double           size,
           double           indent)
{
  PangoLayout *layout = gtk_print_context_create_pango_layout (context);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans");

  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) ((gtk_print_context_get_width (context) - indent) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_markup (layout, markup, -1);
  g_object_set_data (G_OBJECT (layout), "indent", GINT_TO_POINTER ((int) indent));
  g_ptr_array_add (handout->blocks, layout);
  return layout;
}

static void
add_step_blocks (Handout         *handout,
                 GtkPrintContext *context,
                 guint            index,
                 MisPlanStep     *step)
{
  g_autofree char *description = mis_plan_step_describe (step, handout->kit);
  g_autofree char *escaped = g_markup_escape_text (description, -1);
  g_autoptr(GString) body = g_string_new (NULL);
  const char *notes = mis_plan_step_get_notes (step, handout->kit);
  const char *reason = mis_plan_step_get_unavailable_reason (step);
  g_autofree char *title = g_strdup_printf ("<b>%u. %s</b>", index + 1, escaped);

  if (mis_plan_step_get_kind (step) == MIS_PLAN_STEP_FILM)
    for (guint i = 0; i < mis_plan_step_get_n_pauses (step); i++)
      {
        g_autofree char *at = mis_format_duration (mis_plan_step_get_pause_time (step, i));
        const char *question = mis_plan_step_get_pause_question (step, i, handout->kit);
        g_autofree char *line = g_markup_printf_escaped (_("Pause at %s: %s"), at, question != NULL ? question : "");

        g_string_append_printf (body, "%s%s", body->len > 0 ? "\n" : "", line);
      }

  if (reason != NULL)
    {
      g_autofree char *line = g_markup_printf_escaped (_("Unavailable: %s"), reason);
      g_string_append_printf (body, "%s<b>%s</b>", body->len > 0 ? "\n" : "", line);
    }

  if (notes != NULL)
    {
      g_autofree char *line = g_markup_printf_escaped (_("Notes: %s"), notes);
      g_string_append_printf (body, "%s<i>%s</i>", body->len > 0 ? "\n" : "", line);
    }

  if (body->len > 0)
    g_string_prepend (body, "\n");
  g_string_prepend (body, title);
  add_block (handout, context, body->str, 11, 0);
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                Handout           *handout)
{
  g_autofree char *title = g_markup_escape_text (mis_plan_get_title (handout->plan, handout->kit), -1);
  g_autofree char *heading = g_strdup_printf ("<b>%s</b>", title);
  guint n_steps = mis_plan_get_n_steps (handout->plan);
  g_autofree char *summary = mis_plan_describe_length (handout->plan);
  double height = gtk_print_context_get_height (context);
  double used = 0;

  g_clear_pointer (&handout->blocks, g_ptr_array_unref);
  g_clear_pointer (&handout->first, g_array_unref);
  handout->blocks = g_ptr_array_new_with_free_func (g_object_unref);
  handout->first = g_array_new (FALSE, FALSE, sizeof (guint));

  add_block (handout, context, heading, 18, 0);
  add_block (handout, context, summary, 11, 0);
  for (guint i = 0; i < n_steps; i++)
    add_step_blocks (handout, context, i, mis_plan_get_step (handout->plan, i));

  /* A block that does not fit in what is left of a page starts the next. */
  for (guint i = 0; i < handout->blocks->len; i++)
    {
      int block_height;

      pango_layout_get_size (g_ptr_array_index (handout->blocks, i), NULL, &block_height);
      if (i == 0 || (used > 0 && used + block_height / (double) PANGO_SCALE > height))
        {
          g_array_append_val (handout->first, i);
          used = 0;
        }
      used += block_height / (double) PANGO_SCALE + BLOCK_GAP;
    }

  gtk_print_operation_set_n_pages (operation, (int) handout->first->len);
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              Handout           *handout)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  guint first = g_array_index (handout->first, guint, page);
  guint end = (guint) page + 1 < handout->first->len ? g_array_index (handout->first, guint, page + 1)
                                                      : handout->blocks->len;
  double y = 0;

  cairo_set_source_rgb (cr, 0, 0, 0);
  for (guint i = first; i < end; i++)
    {
      PangoLayout *layout = g_ptr_array_index (handout->blocks, i);
      int block_height;

      cairo_move_to (cr, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (layout), "indent")), y);
      pango_cairo_show_layout (cr, layout);
      pango_layout_get_size (layout, NULL, &block_height);
      y += block_height / (double) PANGO_SCALE + BLOCK_GAP;
    }
}

/**
 * mis_plan_print_new:
 *
 * Returns: (transfer full): a print operation for @plan's handout, in the
 *   language @kit is shown in
 */
GtkPrintOperation *
mis_plan_print_new (MisPlan *plan,
                    MisKit  *kit)
{
  GtkPrintOperation *operation;
  Handout *handout;
  g_autofree char *job_name = NULL;

  g_return_val_if_fail (MIS_IS_PLAN (plan), NULL);
  g_return_val_if_fail (MIS_IS_KIT (kit), NULL);

  handout = g_new0 (Handout, 1);
  handout->plan = g_object_ref (plan);
  handout->kit = g_object_ref (kit);

  operation = gtk_print_operation_new ();
  job_name = g_strdup (mis_plan_get_title (plan, kit));
  gtk_print_operation_set_job_name (operation, job_name);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_object_set_data_full (G_OBJECT (operation), "mis-handout", handout, handout_free);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), handout);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), handout);
  return operation;
}
