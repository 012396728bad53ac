/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-step-editor.c: edits one step of a facilitator's plan: where a film
 * starts and stops and its pause points (one per line, "0:12 Question"),
 * the pages shown ("4-7, 9"), a discussion slide's text and minutes, and
 * the notes. Nothing changes until Save, and nothing when a field is wrong:
 * the message says which.
 */
#define G_LOG_DOMAIN "mis-step-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "mis-step-editor.h"

struct _MisStepEditor
{
  AdwWindow      parent_instance;

  AdwEntryRow   *from_row;
  AdwEntryRow   *to_row;
  AdwEntryRow   *pages_row;
  AdwEntryRow   *text_row;
  GtkWidget     *minutes_row;
  GtkSpinButton *minutes_spin;
  GtkWidget     *pauses_group;
  GtkTextView   *pauses_view;
  GtkTextView   *notes_view;
  GtkLabel      *error_label;

  MisKit        *kit;
  MisPlanStep   *step;
};

G_DEFINE_FINAL_TYPE (MisStepEditor, mis_step_editor, ADW_TYPE_WINDOW)

static char *
text_of (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
show_error (MisStepEditor *self,
            const char    *message)
{
  gtk_label_set_label (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

static gboolean
read_time_row (MisStepEditor *self,
               AdwEntryRow   *row,
               double         empty,
               double        *time)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  g_autofree char *message = NULL;

  if (*text == '\0')
    {
      *time = empty;
      return TRUE;
    }

  if ((*time = mis_plan_parse_time (text)) >= 0)
    return TRUE;

  message = g_strdup_printf (_("“%s” is not a time such as 1:05."), text);
  show_error (self, message);
  gtk_widget_grab_focus (GTK_WIDGET (row));
  return FALSE;
}

/**
 * mis_step_editor_save:
 *
 * Checks every field, then writes them all to the step.
 *
 * Returns: whether the step was changed; if not, the dialog says why
 */
gboolean
mis_step_editor_save (MisStepEditor *self)
{
  g_autoptr(MisPlanStep) draft = mis_plan_step_copy (self->step);
  g_autoptr(GError) error = NULL;
  g_autofree char *notes = text_of (self->notes_view);
  const char *language = mis_kit_get_language (self->kit);
  double from = 0, to = -1;

  g_return_val_if_fail (MIS_IS_STEP_EDITOR (self), FALSE);

  /* Everything is tried on a copy first, so that a mistake in the last field
   * leaves the step as it was. */
  switch (mis_plan_step_get_kind (self->step))
    {
    case MIS_PLAN_STEP_FILM:
      {
        g_autofree char *pauses = text_of (self->pauses_view);

        if (!read_time_row (self, self->from_row, 0, &from) || !read_time_row (self, self->to_row, -1, &to))
          return FALSE;
        if (to >= 0 && to <= from)
          {
            show_error (self, _("The film must stop after it starts."));
            return FALSE;
          }
        mis_plan_step_set_range (draft, from, to);
        if (!mis_plan_step_set_pauses_text (draft, language, pauses, &error))
          {
            show_error (self, error->message);
            return FALSE;
          }
      }
      break;
    case MIS_PLAN_STEP_PHOTO_NOVEL:
    case MIS_PLAN_STEP_MANUAL:
      if (!mis_plan_step_set_pages_text (draft, gtk_editable_get_text (GTK_EDITABLE (self->pages_row)), &error))
        {
          show_error (self, error->message);
          return FALSE;
        }
      break;
    case MIS_PLAN_STEP_DISCUSSION:
    default:
      mis_plan_step_set_text (draft, language, gtk_editable_get_text (GTK_EDITABLE (self->text_row)));
      if (mis_plan_step_get_text (draft, self->kit) == NULL)
        {
          show_error (self, _("Write the question or instruction the group will see."));
          return FALSE;
        }
      mis_plan_step_set_minutes (draft, (guint) gtk_spin_button_get_value_as_int (self->minutes_spin));
      break;
    }

  /* All is well: the same edits, on the step itself. */
  switch (mis_plan_step_get_kind (self->step))
    {
    case MIS_PLAN_STEP_FILM:
      {
        g_autofree char *pauses = mis_plan_step_get_pauses_text (draft, self->kit);

        mis_plan_step_set_range (self->step, from, to);
        mis_plan_step_set_pauses_text (self->step, language, pauses, NULL);
      }
      break;
    case MIS_PLAN_STEP_PHOTO_NOVEL:
    case MIS_PLAN_STEP_MANUAL:
      mis_plan_step_set_pages_text (self->step, gtk_editable_get_text (GTK_EDITABLE (self->pages_row)), NULL);
      break;
    case MIS_PLAN_STEP_DISCUSSION:
    default:
      mis_plan_step_set_text (self->step, language, gtk_editable_get_text (GTK_EDITABLE (self->text_row)));
      mis_plan_step_set_minutes (self->step, mis_plan_step_get_minutes (draft));
      break;
    }
  mis_plan_step_set_notes (self->step, language, notes);
  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  if (mis_step_editor_save (MIS_STEP_EDITOR (widget)))
    gtk_window_destroy (GTK_WINDOW (widget));
}

static void
fill (MisStepEditor *self)
{
  MisPlanStepKind kind = mis_plan_step_get_kind (self->step);
  gboolean film = kind == MIS_PLAN_STEP_FILM;
  gboolean pages = kind == MIS_PLAN_STEP_PHOTO_NOVEL || kind == MIS_PLAN_STEP_MANUAL;
  gboolean discussion = kind == MIS_PLAN_STEP_DISCUSSION;
  const char *notes = mis_plan_step_get_notes (self->step, self->kit);
  g_autofree char *description = mis_plan_step_describe (self->step, self->kit);

  gtk_window_set_title (GTK_WINDOW (self), description);
  gtk_widget_set_visible (GTK_WIDGET (self->from_row), film);
  gtk_widget_set_visible (GTK_WIDGET (self->to_row), film);
  gtk_widget_set_visible (self->pauses_group, film);
  gtk_widget_set_visible (GTK_WIDGET (self->pages_row), pages);
  gtk_widget_set_visible (GTK_WIDGET (self->text_row), discussion);
  gtk_widget_set_visible (self->minutes_row, discussion);

  if (film)
    {
      g_autofree char *from = mis_plan_format_time (mis_plan_step_get_from (self->step));
      g_autofree char *to = mis_plan_step_get_to (self->step) >= 0
                            ? mis_plan_format_time (mis_plan_step_get_to (self->step)) : g_strdup ("");
      g_autofree char *pauses = mis_plan_step_get_pauses_text (self->step, self->kit);

      gtk_editable_set_text (GTK_EDITABLE (self->from_row), from);
      gtk_editable_set_text (GTK_EDITABLE (self->to_row), to);
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->pauses_view), pauses, -1);
    }
  else if (pages)
    {
      g_autofree char *text = mis_plan_step_get_pages_text (self->step);
      gtk_editable_set_text (GTK_EDITABLE (self->pages_row), text);
    }
  else
    {
      const char *text = mis_plan_step_get_text (self->step, self->kit);

      gtk_editable_set_text (GTK_EDITABLE (self->text_row), text != NULL ? text : "");
      gtk_spin_button_set_value (self->minutes_spin, mis_plan_step_get_minutes (self->step));
    }

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view), notes != NULL ? notes : "", -1);
}

static void
mis_step_editor_dispose (GObject *object)
{
  MisStepEditor *self = MIS_STEP_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MIS_TYPE_STEP_EDITOR);
  g_clear_object (&self->kit);
  g_clear_object (&self->step);

  G_OBJECT_CLASS (mis_step_editor_parent_class)->dispose (object);
}

static void
mis_step_editor_class_init (MisStepEditorClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = mis_step_editor_dispose;

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, "/be/ecpat/MakeItSafe/plan/mis-step-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, MisStepEditor, from_row);
  gtk_widget_class_bind_template_child (widget_class, MisStepEditor, to_row);
  gtk_widget_class_bind_template_child (widget_class, MisStepEditor, pages_row);
  gtk_widget_class_bind_template_child (widget_class, MisStepEditor, text_row);
  gtk_widget_class_bind_template_child (widget_class, MisStepEditor, minutes_row);
  gtk_widget_class_bind_template_child (widget_class, MisStepEditor, minutes_spin);
  gtk_widget_class_bind_template_child (widget_class, MisStepEditor, pauses_group);
  gtk_widget_class_bind_template_child (widget_class, MisStepEditor, pauses_view);
  gtk_widget_class_bind_template_child (widget_class, MisStepEditor, notes_view);
  gtk_widget_class_bind_template_child (widget_class, MisStepEditor, error_label);
}

static void
mis_step_editor_init (MisStepEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * mis_step_editor_new:
 * @step: the step, changed on Save
 */
MisStepEditor *
mis_step_editor_new (GtkWindow   *parent,
                     MisKit      *kit,
                     MisPlanStep *step)
{
  MisStepEditor *self;

  g_return_val_if_fail (MIS_IS_KIT (kit), NULL);
  g_return_val_if_fail (MIS_IS_PLAN_STEP (step), NULL);

  self = g_object_new (MIS_TYPE_STEP_EDITOR, "transient-for", parent, NULL);
  self->kit = g_object_ref (kit);
  self->step = g_object_ref (step);
  fill (self);
  return self;
}
