/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-resource-page.c: the page between the library and a viewer: a big
 * cover, the title and summary in the kit language, who it is for, how long
 * it is, which subtitles it has, and one large button to open it. A
 * facilitator preparing a session reads this before projecting anything.
 */
#define G_LOG_DOMAIN "mis-resource-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "mis-safety-buttons.h"
#include "mis-cover-picture.h"
#include "mis-language.h"
#include "mis-resource-card.h"
#include "mis-resource-page.h"

/* The box the cover is decoded to fit, in logical pixels: at least as large
 * as it is ever shown (300x216 in the frame, taller for a portrait manual
 * page beside a long title), so that it is never scaled up and blurred. */
#define COVER_WIDTH 480
#define COVER_HEIGHT 480

struct _MisResourcePage
{
  GtkWidget       parent_instance;

  AdwWindowTitle *window_title;
  GtkScrolledWindow *scroller;
  MisCoverPicture *cover;
  GtkLabel       *kind_label;
  GtkLabel       *title_label;
  GtkLabel       *length_label;
  GtkButton      *open_button;
  GtkLabel       *unavailable_label;
  GtkLabel       *summary_label;
  AdwActionRow   *themes_row;
  AdwActionRow   *audiences_row;
  AdwActionRow   *language_row;
  AdwActionRow   *subtitles_row;

  MisKit         *kit;
  MisResource    *resource;
};

G_DEFINE_FINAL_TYPE (MisResourcePage, mis_resource_page, GTK_TYPE_WIDGET)

static char *
join_audiences (MisResourcePage *self)
{
  const char * const *ids = mis_resource_get_audiences (self->resource);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) titles = NULL;

  for (guint i = 0; ids[i] != NULL; i++)
    g_strv_builder_add (builder, mis_kit_get_audience_title (self->kit, ids[i]));

  titles = g_strv_builder_end (builder);
  return g_strjoinv (_(" · "), titles);
}

static char *
join_subtitles (MisResourcePage *self)
{
  GPtrArray *subtitles = mis_resource_get_subtitles (self->resource);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) names = NULL;

  for (guint i = 0; i < subtitles->len; i++)
    {
      MisSubtitle *subtitle = g_ptr_array_index (subtitles, i);
      g_strv_builder_add (builder, mis_language_display_name (subtitle->language));
    }

  names = g_strv_builder_end (builder);
  return g_strjoinv (", ", names);
}

static const char *
open_label (MisResourceKind kind)
{
  switch (kind)
    {
    case MIS_RESOURCE_KIND_FILM: return _("_Play the Film");
    case MIS_RESOURCE_KIND_PHOTO_NOVEL: return _("_Read the Photo-Novel");
    case MIS_RESOURCE_KIND_MANUAL: return _("_Open the Manual");
    default: g_assert_not_reached ();
    }
}

static void
set_row (AdwActionRow *row,
         const char   *text)
{
  gboolean has_text = text != NULL && *text != '\0';

  gtk_widget_set_visible (GTK_WIDGET (row), has_text);
  if (has_text)
    adw_action_row_set_subtitle (row, text);
}

static void
update (MisResourcePage *self)
{
  g_autofree char *length = NULL;
  g_autofree char *audiences = NULL;
  g_autofree char *subtitles = NULL;
  MisResourceKind kind;
  const char *reason;

  if (self->resource == NULL)
    return;

  kind = mis_resource_get_kind (self->resource);
  length = mis_resource_format_length (self->resource);
  audiences = join_audiences (self);
  subtitles = join_subtitles (self);
  reason = mis_resource_get_unavailable_reason (self->resource);

  adw_window_title_set_title (self->window_title, mis_resource_get_title (self->resource));
  gtk_label_set_label (self->kind_label, mis_resource_kind_get_label (kind));
  gtk_label_set_label (self->title_label, mis_resource_get_title (self->resource));
  gtk_label_set_label (self->length_label, length);
  gtk_widget_set_visible (GTK_WIDGET (self->length_label), length != NULL);
  gtk_label_set_label (self->summary_label, mis_resource_get_summary (self->resource));
  gtk_widget_set_visible (GTK_WIDGET (self->summary_label), *mis_resource_get_summary (self->resource) != '\0');

  gtk_button_set_label (self->open_button, open_label (kind));
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->open_button), "s",
                                    mis_resource_get_id (self->resource));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->open_button), "win.open-resource");
  gtk_widget_set_sensitive (GTK_WIDGET (self->open_button), reason == NULL);
  gtk_label_set_label (self->unavailable_label, reason);
  gtk_widget_set_visible (GTK_WIDGET (self->unavailable_label), reason != NULL);

  set_row (self->themes_row, mis_resource_get_theme_names (self->resource));
  set_row (self->audiences_row, audiences);
  set_row (self->language_row, mis_language_display_name (mis_resource_get_language (self->resource)));
  set_row (self->subtitles_row, kind == MIS_RESOURCE_KIND_FILM ? subtitles : NULL);
}

static void
mis_resource_page_dispose (GObject *object)
{
  MisResourcePage *self = (MisResourcePage *)object;
  GtkWidget *child;

  if (self->resource != NULL)
    g_signal_handlers_disconnect_by_data (self->resource, self);
  g_clear_object (&self->resource);
  g_clear_object (&self->kit);
  gtk_widget_dispose_template (GTK_WIDGET (self), MIS_TYPE_RESOURCE_PAGE);
  /* GTK 4.8 unparents only the template children bound by name. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (mis_resource_page_parent_class)->dispose (object);
}

static void
mis_resource_page_class_init (MisResourcePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mis_resource_page_dispose;

  g_type_ensure (MIS_TYPE_COVER_PICTURE);
  g_type_ensure (MIS_TYPE_SAFETY_BUTTONS);
  gtk_widget_class_set_template_from_resource (widget_class, "/be/ecpat/MakeItSafe/library/mis-resource-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MisResourcePage, window_title);
  gtk_widget_class_bind_template_child (widget_class, MisResourcePage, scroller);
  gtk_widget_class_bind_template_child (widget_class, MisResourcePage, cover);
  gtk_widget_class_bind_template_child (widget_class, MisResourcePage, kind_label);
  gtk_widget_class_bind_template_child (widget_class, MisResourcePage, title_label);
  gtk_widget_class_bind_template_child (widget_class, MisResourcePage, length_label);
  gtk_widget_class_bind_template_child (widget_class, MisResourcePage, open_button);
  gtk_widget_class_bind_template_child (widget_class, MisResourcePage, unavailable_label);
  gtk_widget_class_bind_template_child (widget_class, MisResourcePage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, MisResourcePage, themes_row);
  gtk_widget_class_bind_template_child (widget_class, MisResourcePage, audiences_row);
  gtk_widget_class_bind_template_child (widget_class, MisResourcePage, language_row);
  gtk_widget_class_bind_template_child (widget_class, MisResourcePage, subtitles_row);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.show-library", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
mis_resource_page_init (MisResourcePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * mis_resource_page_set_resource:
 *
 * Shows @resource, scrolled to the top, with its cover loading.
 */
void
mis_resource_page_set_resource (MisResourcePage *self,
                                MisKit          *kit,
                                MisResource     *resource)
{

  g_return_if_fail (MIS_IS_RESOURCE_PAGE (self));
  g_return_if_fail (MIS_IS_KIT (kit));
  g_return_if_fail (MIS_IS_RESOURCE (resource));

  if (self->resource != NULL)
    g_signal_handlers_disconnect_by_data (self->resource, self);
  g_set_object (&self->kit, kit);
  g_set_object (&self->resource, resource);

  g_signal_connect_swapped (resource, "notify::title", G_CALLBACK (update), self);
  g_signal_connect_swapped (resource, "notify::page-count", G_CALLBACK (update), self);
  update (self);

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);

  mis_cover_picture_set_resource (self->cover, resource, COVER_WIDTH, COVER_HEIGHT);
}

MisResource *
mis_resource_page_get_resource (MisResourcePage *self)
{
  g_return_val_if_fail (MIS_IS_RESOURCE_PAGE (self), NULL);
  return self->resource;
}

/**
 * mis_resource_page_focus_main_action:
 *
 * Gives the keyboard focus to what the page is for ("Watch the film",
 * "Read"), so that Enter opens the resource; Back stays one Tab away.
 */
void
mis_resource_page_focus_main_action (MisResourcePage *self)
{
  g_return_if_fail (MIS_IS_RESOURCE_PAGE (self));

  if (gtk_widget_get_sensitive (GTK_WIDGET (self->open_button)))
    gtk_widget_grab_focus (GTK_WIDGET (self->open_button));
}
