/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-library-view.c: the first thing users see. The kit's resources go
 * through a sort model (films, then photo-novels, then manuals, each in the
 * kit's order) and a filter model (kind, theme, audience, search words) into
 * a grid of recycled cards. The filters live in the header so that a
 * facilitator sees at a glance why a film is not listed.
 */
#define G_LOG_DOMAIN "mis-library-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "mis-hit-list.h"
#include "mis-safety-buttons.h"
#include "mis-language.h"
#include "mis-library-view.h"
#include "mis-profile.h"
#include "mis-resource-card.h"
#include "mis-search.h"

struct _MisLibraryView
{
  GtkWidget           parent_instance;

  AdwWindowTitle     *window_title;
  GtkSearchEntry     *search_entry;
  GtkToggleButton    *kind_all;
  GtkToggleButton    *kind_films;
  GtkToggleButton    *kind_photo_novels;
  GtkToggleButton    *kind_manuals;
  GtkDropDown        *theme_dropdown;
  GtkDropDown        *audience_dropdown;
  GtkDropDown        *language_dropdown;
  AdwFlap            *flap;
  MisHitList         *hit_list;
  GtkStack           *content_stack;
  GtkGridView        *grid_view;
  AdwStatusPage      *empty_page;

  MisKit             *kit;
  GtkCustomFilter    *filter;
  GtkFilterListModel *filter_model;
  GtkSortListModel   *sort_model;
  GtkNoSelection     *selection;
  GStrv               query_words;
  int                 kind_filter;
  char               *theme_filter;
  char               *audience_filter;
  gboolean            updating;
  guint               hits_source;  /* the hits of the words typed, a moment later */
};

G_DEFINE_FINAL_TYPE (MisLibraryView, mis_library_view, GTK_TYPE_WIDGET)

enum {
  RESOURCE_ACTIVATED,
  HIT_ACTIVATED,
  HIT_ADD_TO_PLAN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  MisLibraryView *self = user_data;
  MisResource *resource = item;

  if (self->kind_filter != MIS_KIND_FILTER_ALL &&
      (int)mis_resource_get_kind (resource) != self->kind_filter)
    return FALSE;

  if (self->theme_filter != NULL &&
      !g_strv_contains (mis_resource_get_themes (resource), self->theme_filter))
    return FALSE;

  if (self->audience_filter != NULL &&
      !g_strv_contains (mis_resource_get_audiences (resource), self->audience_filter))
    return FALSE;

  return mis_resource_matches (resource, (const char * const *)self->query_words);
}

static int
sort_func (gconstpointer a,
           gconstpointer b,
           gpointer      user_data)
{
  MisResourceKind kind_a = mis_resource_get_kind ((MisResource *)a);
  MisResourceKind kind_b = mis_resource_get_kind ((MisResource *)b);

  if (kind_a != kind_b)
    return (int)kind_a - (int)kind_b;

  /* Same kind: keep the order the kit's author chose. */
  return (int)mis_resource_get_position ((MisResource *)a) -
         (int)mis_resource_get_position ((MisResource *)b);
}

static void
update_empty_state (MisLibraryView *self)
{
  guint total = self->kit ? g_list_model_get_n_items (mis_kit_get_resources (self->kit)) : 0;
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));

  if (shown > 0)
    {
      gtk_stack_set_visible_child_name (self->content_stack, "grid");
      return;
    }

  if (total == 0)
    {
      adw_status_page_set_icon_name (self->empty_page, "folder-symbolic");
      adw_status_page_set_title (self->empty_page, _("This Kit Is Empty"));
      adw_status_page_set_description (self->empty_page, _("Its index lists no film, photo-novel or manual."));
    }
  else
    {
      adw_status_page_set_icon_name (self->empty_page, "edit-find-symbolic");
      adw_status_page_set_title (self->empty_page, _("No Results"));
      adw_status_page_set_description (self->empty_page,
                                       _("Nothing matches this search and these filters. Try other words, or show everything again."));
    }

  gtk_stack_set_visible_child_name (self->content_stack, "empty");
}

static void
refilter (MisLibraryView *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_empty_state (self);
}

static GtkStringList *
tag_list (MisLibraryView *self,
          GPtrArray      *tags,
          const char     *all_label)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  gtk_string_list_append (list, all_label);
  for (guint i = 0; i < tags->len; i++)
    gtk_string_list_append (list, mis_kit_tag_get_title (self->kit, g_ptr_array_index (tags, i)));

  return list;
}

/* Rebuilds the texts of the dropdowns in the kit language, keeping what is
 * selected. */
static void
update_kit_texts (MisLibraryView *self)
{
  g_autoptr(GtkStringList) themes = NULL;
  g_autoptr(GtkStringList) audiences = NULL;
  guint theme_selected = gtk_drop_down_get_selected (self->theme_dropdown);
  guint audience_selected = gtk_drop_down_get_selected (self->audience_dropdown);
  const char * const *languages;

  if (self->kit == NULL)
    return;

  self->updating = TRUE;

  adw_window_title_set_title (self->window_title, mis_kit_get_title (self->kit));

  themes = tag_list (self, mis_kit_get_themes (self->kit), _("All Themes"));
  gtk_drop_down_set_model (self->theme_dropdown, G_LIST_MODEL (themes));
  gtk_drop_down_set_selected (self->theme_dropdown,
                              theme_selected == GTK_INVALID_LIST_POSITION ? 0 : theme_selected);
  gtk_widget_set_visible (GTK_WIDGET (self->theme_dropdown), mis_kit_get_themes (self->kit)->len > 0);

  audiences = tag_list (self, mis_kit_get_audiences (self->kit), _("All Audiences"));
  gtk_drop_down_set_model (self->audience_dropdown, G_LIST_MODEL (audiences));
  gtk_drop_down_set_selected (self->audience_dropdown,
                              audience_selected == GTK_INVALID_LIST_POSITION ? 0 : audience_selected);
  gtk_widget_set_visible (GTK_WIDGET (self->audience_dropdown), mis_kit_get_audiences (self->kit)->len > 0);

  languages = mis_kit_get_languages (self->kit);
  for (guint i = 0; languages[i] != NULL; i++)
    if (g_strcmp0 (languages[i], mis_kit_get_language (self->kit)) == 0)
      gtk_drop_down_set_selected (self->language_dropdown, i);

  self->updating = FALSE;

  /* Search words match texts of the language shown. */
  refilter (self);
}

static void
theme_selected_cb (MisLibraryView *self)
{
  guint selected = gtk_drop_down_get_selected (self->theme_dropdown);
  GPtrArray *themes;

  if (self->updating || self->kit == NULL)
    return;

  themes = mis_kit_get_themes (self->kit);
  g_clear_pointer (&self->theme_filter, g_free);
  if (selected > 0 && selected <= themes->len)
    self->theme_filter = g_strdup (mis_kit_tag_get_id (g_ptr_array_index (themes, selected - 1)));

  refilter (self);
}

static void
audience_selected_cb (MisLibraryView *self)
{
  guint selected = gtk_drop_down_get_selected (self->audience_dropdown);
  GPtrArray *audiences;

  if (self->updating || self->kit == NULL)
    return;

  audiences = mis_kit_get_audiences (self->kit);
  g_clear_pointer (&self->audience_filter, g_free);
  if (selected > 0 && selected <= audiences->len)
    self->audience_filter = g_strdup (mis_kit_tag_get_id (g_ptr_array_index (audiences, selected - 1)));

  refilter (self);
}

static void
language_selected_cb (MisLibraryView *self)
{
  guint selected = gtk_drop_down_get_selected (self->language_dropdown);
  const char * const *languages;

  if (self->updating || self->kit == NULL)
    return;

  languages = mis_kit_get_languages (self->kit);
  if (selected < g_strv_length ((GStrv)languages))
    mis_kit_set_language (self->kit, languages[selected]);
}

static void
kind_toggled_cb (GtkToggleButton *button,
                 MisLibraryView  *self)
{
  if (!gtk_toggle_button_get_active (button) || self->updating)
    return;

  if (button == self->kind_films)
    self->kind_filter = MIS_RESOURCE_KIND_FILM;
  else if (button == self->kind_photo_novels)
    self->kind_filter = MIS_RESOURCE_KIND_PHOTO_NOVEL;
  else if (button == self->kind_manuals)
    self->kind_filter = MIS_RESOURCE_KIND_MANUAL;
  else
    self->kind_filter = MIS_KIND_FILTER_ALL;

  refilter (self);
}

/* The hits inside the resources show beside the cards while searching. */
static void
update_hits (MisLibraryView *self)
{
  gboolean searching = self->query_words != NULL && self->query_words[0] != NULL;

  mis_hit_list_set_query (self->hit_list, searching ? gtk_editable_get_text (GTK_EDITABLE (self->search_entry)) : NULL);
  adw_flap_set_reveal_flap (self->flap, searching);
}

/* The cards are refiltered at each keystroke; the search inside the
 * resources waits for a pause in the typing: on a large kit it takes longer
 * than the cards, and a keystroke must show at once. */
#define HITS_DELAY_MS 150

static gboolean
hits_timeout_cb (gpointer data)
{
  MisLibraryView *self = data;

  self->hits_source = 0;
  update_hits (self);
  return G_SOURCE_REMOVE;
}

static void
flush_hits (MisLibraryView *self)
{
  if (self->hits_source == 0)
    return;
  g_clear_handle_id (&self->hits_source, g_source_remove);
  update_hits (self);
}

static void
search_changed_cb (MisLibraryView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  /* From a keystroke to the grid refiltered on screen, for the benchmarks. */
  if (mis_profile_enabled ())
    mis_profile_mark ("search-typed", text);

  g_clear_pointer (&self->query_words, g_strfreev);
  self->query_words = mis_search_tokenize (text);
  refilter (self);
  g_clear_handle_id (&self->hits_source, g_source_remove);
  self->hits_source = g_timeout_add (HITS_DELAY_MS, hits_timeout_cb, self);

  if (mis_profile_enabled ())
    {
      g_autofree char *count = g_strdup_printf ("%u", g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)));
      mis_profile_mark_after_frame (GTK_WIDGET (self), "search-shown", count);
    }
}

static void
hit_activated_cb (MisLibraryView *self,
                  gpointer        hit,
                  const char     *query)
{
  g_signal_emit (self, signals[HIT_ACTIVATED], 0, hit, query);
}

static void
hit_add_to_plan_cb (MisLibraryView *self,
                    gpointer        hit)
{
  g_signal_emit (self, signals[HIT_ADD_TO_PLAN], 0, hit);
}

/* Down from the search entry goes to the hits, when there are some. */
static gboolean
entry_key_cb (GtkEventControllerKey *controller,
              guint                  keyval,
              guint                  keycode,
              GdkModifierType        state,
              MisLibraryView        *self)
{
  if ((keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down) && adw_flap_get_reveal_flap (self->flap) &&
      mis_hit_list_get_n_hits (self->hit_list) > 0)
    {
      mis_hit_list_focus (self->hit_list);
      return GDK_EVENT_STOP;
    }
  return GDK_EVENT_PROPAGATE;
}

static void
grid_activate_cb (MisLibraryView *self,
                  guint           position)
{
  g_autoptr(MisResource) resource = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (resource != NULL)
    g_signal_emit (self, signals[RESOURCE_ACTIVATED], 0, resource);
}

static void
clear_filters_cb (MisLibraryView *self)
{
  mis_library_view_clear_filters (self);
}

static void
setup_card_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  gtk_list_item_set_child (item, mis_resource_card_new ());
}

static void
bind_card_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  mis_resource_card_set_resource (MIS_RESOURCE_CARD (gtk_list_item_get_child (item)),
                                  gtk_list_item_get_item (item));
}

static void
unbind_card_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  mis_resource_card_set_resource (MIS_RESOURCE_CARD (gtk_list_item_get_child (item)), NULL);
}

static void
setup_label_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);
  int shortest = GPOINTER_TO_INT (user_data);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (shortest > 0)
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 16);
      /* Shortened further only on a narrow window (360 px). */
      gtk_label_set_width_chars (GTK_LABEL (label), shortest);
    }
  gtk_list_item_set_child (item, label);
}

static void
bind_label_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  GtkStringObject *string = gtk_list_item_get_item (item);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), gtk_string_object_get_string (string));
  gtk_widget_set_tooltip_text (gtk_list_item_get_child (item), gtk_string_object_get_string (string));
}

/* @shortest: the fewest characters shown before the ellipsis; 0 for the
 * whole text */
static GtkListItemFactory *
label_factory (int shortest)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_label_cb), GINT_TO_POINTER (shortest));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_label_cb), NULL);
  return factory;
}

/* Theme names can be long ("Sécurisation des mots de passe"): the button
 * shows them shortened, so that the filter bar still fits a 1024 pixel
 * screen, and the list shows them whole. The language, in the header with
 * "Quick exit", gives way most on a narrow window. */
static void
set_up_dropdown (GtkDropDown *dropdown,
                 int          shortest)
{
  g_autoptr(GtkListItemFactory) button = label_factory (shortest);
  g_autoptr(GtkListItemFactory) list = label_factory (0);

  gtk_drop_down_set_factory (dropdown, button);
  gtk_drop_down_set_list_factory (dropdown, list);
}

static gboolean
focus_search_cb (GtkWidget *widget,
                 GVariant  *args,
                 gpointer   user_data)
{
  MisLibraryView *self = MIS_LIBRARY_VIEW (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  return TRUE;
}

static void
stop_search_cb (MisLibraryView *self)
{
  if (*gtk_editable_get_text (GTK_EDITABLE (self->search_entry)) != '\0')
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  mis_library_view_focus_grid (self);
}

static void
mis_library_view_dispose (GObject *object)
{
  MisLibraryView *self = (MisLibraryView *)object;
  GtkWidget *child;

  g_clear_handle_id (&self->hits_source, g_source_remove);
  if (self->kit != NULL)
    g_signal_handlers_disconnect_by_data (self->kit, self);
  g_clear_object (&self->kit);
  gtk_widget_dispose_template (GTK_WIDGET (self), MIS_TYPE_LIBRARY_VIEW);
  /* GTK 4.8 unparents only the template children bound by name. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->selection);
  g_clear_pointer (&self->query_words, g_strfreev);
  g_clear_pointer (&self->theme_filter, g_free);
  g_clear_pointer (&self->audience_filter, g_free);

  G_OBJECT_CLASS (mis_library_view_parent_class)->dispose (object);
}

static void
mis_library_view_class_init (MisLibraryViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mis_library_view_dispose;

  /**
   * MisLibraryView::resource-activated:
   *
   * A card was chosen, by click, tap or Enter.
   */
  signals[RESOURCE_ACTIVATED] =
    g_signal_new ("resource-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, MIS_TYPE_RESOURCE);

  /**
   * MisLibraryView::hit-activated:
   * @hit: (type gpointer): the #MisTextEntry, inside a resource
   * @query: what was searched
   */
  signals[HIT_ACTIVATED] =
    g_signal_new ("hit-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_POINTER, G_TYPE_STRING);

  /**
   * MisLibraryView::hit-add-to-plan:
   * @hit: (type gpointer): the #MisTextEntry to add to a session plan
   */
  signals[HIT_ADD_TO_PLAN] =
    g_signal_new ("hit-add-to-plan", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_POINTER);

  g_type_ensure (MIS_TYPE_SAFETY_BUTTONS);
  g_type_ensure (MIS_TYPE_HIT_LIST);
  gtk_widget_class_set_template_from_resource (widget_class, "/be/ecpat/MakeItSafe/library/mis-library-view.ui");
  gtk_widget_class_bind_template_child (widget_class, MisLibraryView, flap);
  gtk_widget_class_bind_template_child (widget_class, MisLibraryView, hit_list);
  gtk_widget_class_bind_template_child (widget_class, MisLibraryView, window_title);
  gtk_widget_class_bind_template_child (widget_class, MisLibraryView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, MisLibraryView, kind_all);
  gtk_widget_class_bind_template_child (widget_class, MisLibraryView, kind_films);
  gtk_widget_class_bind_template_child (widget_class, MisLibraryView, kind_photo_novels);
  gtk_widget_class_bind_template_child (widget_class, MisLibraryView, kind_manuals);
  gtk_widget_class_bind_template_child (widget_class, MisLibraryView, theme_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MisLibraryView, audience_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MisLibraryView, language_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MisLibraryView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, MisLibraryView, grid_view);
  gtk_widget_class_bind_template_child (widget_class, MisLibraryView, empty_page);
  gtk_widget_class_bind_template_callback (widget_class, theme_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, audience_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, language_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, kind_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, grid_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, clear_filters_cb);
  gtk_widget_class_bind_template_callback (widget_class, hit_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, hit_add_to_plan_cb);

  gtk_widget_class_add_binding (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, focus_search_cb, NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
mis_library_view_init (MisLibraryView *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  self->kind_filter = MIS_KIND_FILTER_ALL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->sort_model = gtk_sort_list_model_new (NULL, GTK_SORTER (gtk_custom_sorter_new (sort_func, NULL, NULL)));
  self->filter_model = gtk_filter_list_model_new (G_LIST_MODEL (self->sort_model), GTK_FILTER (self->filter));
  self->selection = gtk_no_selection_new (G_LIST_MODEL (self->filter_model));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_card_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_card_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_card_cb), NULL);
  gtk_grid_view_set_factory (self->grid_view, factory);
  gtk_grid_view_set_model (self->grid_view, GTK_SELECTION_MODEL (self->selection));

  set_up_dropdown (self->theme_dropdown, 5);
  set_up_dropdown (self->audience_dropdown, 5);
  set_up_dropdown (self->language_dropdown, 2);

  g_signal_connect_object (self->filter_model, "items-changed",
                           G_CALLBACK (update_empty_state), self, G_CONNECT_SWAPPED);

  /* Typing anywhere in the library searches. */
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));

  {
    GtkEventController *keys = gtk_event_controller_key_new ();

    g_signal_connect_object (keys, "key-pressed", G_CALLBACK (entry_key_cb), self, 0);
    gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);
  }
}

MisKit *
mis_library_view_get_kit (MisLibraryView *self)
{
  g_return_val_if_fail (MIS_IS_LIBRARY_VIEW (self), NULL);
  return self->kit;
}

void
mis_library_view_set_kit (MisLibraryView *self,
                          MisKit         *kit)
{
  g_autoptr(GtkStringList) languages = NULL;

  g_return_if_fail (MIS_IS_LIBRARY_VIEW (self));
  g_return_if_fail (!kit || MIS_IS_KIT (kit));

  if (self->kit == kit)
    return;

  if (self->kit != NULL)
    g_signal_handlers_disconnect_by_data (self->kit, self);
  g_set_object (&self->kit, kit);

  self->updating = TRUE;
  gtk_drop_down_set_selected (self->theme_dropdown, 0);
  gtk_drop_down_set_selected (self->audience_dropdown, 0);
  languages = gtk_string_list_new (NULL);
  if (kit != NULL)
    for (const char * const *l = mis_kit_get_languages (kit); *l != NULL; l++)
      gtk_string_list_append (languages, mis_language_display_name (*l));
  gtk_drop_down_set_model (self->language_dropdown, G_LIST_MODEL (languages));
  gtk_widget_set_visible (GTK_WIDGET (self->language_dropdown),
                          g_list_model_get_n_items (G_LIST_MODEL (languages)) > 1);
  self->updating = FALSE;

  g_clear_pointer (&self->theme_filter, g_free);
  g_clear_pointer (&self->audience_filter, g_free);

  gtk_sort_list_model_set_model (self->sort_model, kit ? mis_kit_get_resources (kit) : NULL);
  /* No hits from the kit before until this one's texts are read. */
  mis_hit_list_set_index (self->hit_list, kit, NULL, FALSE);

  if (kit != NULL)
    {
      g_signal_connect_swapped (kit, "notify::language", G_CALLBACK (update_kit_texts), self);
      update_kit_texts (self);
    }

  update_empty_state (self);
}

/**
 * mis_library_view_get_model:
 *
 * Returns: (transfer none): the resources shown, in the order shown.
 */
GListModel *
mis_library_view_get_model (MisLibraryView *self)
{
  g_return_val_if_fail (MIS_IS_LIBRARY_VIEW (self), NULL);
  return G_LIST_MODEL (self->filter_model);
}

/**
 * mis_library_view_set_kind_filter:
 * @kind: a #MisResourceKind, or %MIS_KIND_FILTER_ALL
 */
void
mis_library_view_set_kind_filter (MisLibraryView *self,
                                  int             kind)
{
  GtkToggleButton *button;

  g_return_if_fail (MIS_IS_LIBRARY_VIEW (self));

  switch (kind)
    {
    case MIS_RESOURCE_KIND_FILM: button = self->kind_films; break;
    case MIS_RESOURCE_KIND_PHOTO_NOVEL: button = self->kind_photo_novels; break;
    case MIS_RESOURCE_KIND_MANUAL: button = self->kind_manuals; break;
    default: button = self->kind_all; break;
    }

  gtk_toggle_button_set_active (button, TRUE);
}

static void
select_tag (GtkDropDown *dropdown,
            GPtrArray   *tags,
            const char  *id)
{
  guint position = 0;

  for (guint i = 0; id != NULL && i < tags->len; i++)
    if (g_strcmp0 (mis_kit_tag_get_id (g_ptr_array_index (tags, i)), id) == 0)
      position = i + 1;

  gtk_drop_down_set_selected (dropdown, position);
}

void
mis_library_view_set_theme_filter (MisLibraryView *self,
                                   const char     *theme_id)
{
  g_return_if_fail (MIS_IS_LIBRARY_VIEW (self));
  g_return_if_fail (self->kit != NULL);

  select_tag (self->theme_dropdown, mis_kit_get_themes (self->kit), theme_id);
}

void
mis_library_view_set_audience_filter (MisLibraryView *self,
                                      const char     *audience_id)
{
  g_return_if_fail (MIS_IS_LIBRARY_VIEW (self));
  g_return_if_fail (self->kit != NULL);

  select_tag (self->audience_dropdown, mis_kit_get_audiences (self->kit), audience_id);
}

/**
 * mis_library_view_set_search_text:
 *
 * Searches now, without the entry's typing delay.
 */
void
mis_library_view_set_search_text (MisLibraryView *self,
                                  const char     *text)
{
  g_return_if_fail (MIS_IS_LIBRARY_VIEW (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text ? text : "");
  search_changed_cb (self);
  /* Asked for in code (a search from the command line, a test): at once. */
  flush_hits (self);
}

void
mis_library_view_clear_filters (MisLibraryView *self)
{
  g_return_if_fail (MIS_IS_LIBRARY_VIEW (self));

  self->updating = TRUE;
  gtk_drop_down_set_selected (self->theme_dropdown, 0);
  gtk_drop_down_set_selected (self->audience_dropdown, 0);
  gtk_toggle_button_set_active (self->kind_all, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  self->updating = FALSE;

  self->kind_filter = MIS_KIND_FILTER_ALL;
  g_clear_pointer (&self->theme_filter, g_free);
  g_clear_pointer (&self->audience_filter, g_free);
  g_clear_pointer (&self->query_words, g_strfreev);
  refilter (self);
  g_clear_handle_id (&self->hits_source, g_source_remove);
  update_hits (self);
}

gboolean
mis_library_view_is_showing_empty (MisLibraryView *self)
{
  g_return_val_if_fail (MIS_IS_LIBRARY_VIEW (self), FALSE);
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "empty") == 0;
}

void
mis_library_view_focus_grid (MisLibraryView *self)
{
  g_return_if_fail (MIS_IS_LIBRARY_VIEW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->grid_view));
}

/**
 * mis_library_view_reset:
 *
 * As a new person finds it: every filter and the search cleared, the grid
 * scrolled to the top and focused.
 */
void
mis_library_view_reset (MisLibraryView *self)
{
  GtkAdjustment *vadjustment;

  g_return_if_fail (MIS_IS_LIBRARY_VIEW (self));

  mis_library_view_clear_filters (self);
  vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->grid_view));
  if (vadjustment != NULL)
    gtk_adjustment_set_value (vadjustment, gtk_adjustment_get_lower (vadjustment));
  mis_library_view_focus_grid (self);
}

/**
 * mis_library_view_get_scroll_position:
 *
 * Returns: how far down the grid is scrolled, in pixels (0 at the top)
 */
double
mis_library_view_get_scroll_position (MisLibraryView *self)
{
  GtkAdjustment *vadjustment;

  g_return_val_if_fail (MIS_IS_LIBRARY_VIEW (self), 0);

  vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->grid_view));
  return vadjustment ? gtk_adjustment_get_value (vadjustment) - gtk_adjustment_get_lower (vadjustment) : 0;
}

const char *
mis_library_view_get_search_text (MisLibraryView *self)
{
  g_return_val_if_fail (MIS_IS_LIBRARY_VIEW (self), NULL);
  return gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
}

/**
 * mis_library_view_index_texts:
 * @cache_dir: (nullable): where the manuals' text may be kept between
 *   starts; %NULL in private mode
 *
 * Starts reading what the kit's resources say, for the search; the window
 * calls it once the library is on screen.
 */
void
mis_library_view_index_texts (MisLibraryView *self,
                              const char     *cache_dir)
{
  g_return_if_fail (MIS_IS_LIBRARY_VIEW (self));
  g_return_if_fail (self->kit != NULL);

  mis_hit_list_index_kit (self->hit_list, self->kit, cache_dir);
}

/**
 * mis_library_view_set_text_index:
 * @index: (nullable): what the kit says inside its resources
 * @complete: whether every resource has been read into it yet
 */
void
mis_library_view_set_text_index (MisLibraryView *self,
                                 MisTextIndex   *index,
                                 gboolean        complete)
{
  g_return_if_fail (MIS_IS_LIBRARY_VIEW (self));

  mis_hit_list_set_index (self->hit_list, self->kit, index, complete);
}

MisHitList *
mis_library_view_get_hit_list (MisLibraryView *self)
{
  g_return_val_if_fail (MIS_IS_LIBRARY_VIEW (self), NULL);
  return self->hit_list;
}
