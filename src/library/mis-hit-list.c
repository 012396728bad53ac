/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-hit-list.c: as the user types in the library's search entry, the
 * places inside the resources where the kit says those words: for each
 * resource its title and how many hits, then its first hits ("0:23" and
 * the cue's words in a film, "p. 7" and the line in a manual or a
 * photo-novel), the words found in bold, and a row to show all of them.
 * Each hit row reads like the screen for a screen reader: "Film Le mot de
 * passe de Léa, at 0:23: …". Activating it says "hit-activated"; the
 * window opens the viewer there.
 *
 * A large kit can say the words in hundreds of resources: the first
 * MIS_HIT_LIST_FIRST_RESOURCES show, then a row to show more, so that a
 * keystroke never waits for a list the user would not scroll through.
 */
#define G_LOG_DOMAIN "mis-hit-list"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "mis-hit-list.h"
#include "mis-manual-text.h"
#include "mis-profile.h"
#include "mis-search.h"

#define SNIPPET_CHARS 140

/* While the manuals are read, the hits shown are brought up to date at
 * most this often: reading a large kit's manuals takes a while, and each
 * update rebuilds the list. */
#define UPDATE_WHILE_READING_MS 1000

/* Manuals read before giving the main loop back, when their file has
 * already been read for another resource (only their entries are added). */
#define SAME_FILE_BATCH 64

struct _MisHitList
{
  GtkWidget     parent_instance;

  GtkWidget    *box;
  GtkLabel     *status_label;
  GtkListBox   *list_box;

  MisKit       *kit;
  MisTextIndex *index;
  gboolean      complete;
  GCancellable *cancellable;   /* reading the kit's texts */
  char         *cache_dir;
  guint         next_manual;
  GHashTable   *read_files;  /* GFile → the first manual read from it */
  guint         update_source;
  guint         reading_source;
  char         *query;
  GHashTable   *expanded;    /* resource ids shown whole */
  guint         n_hits;
  guint         n_resources;
  guint         max_resources; /* shown before "Show more" */
};

G_DEFINE_FINAL_TYPE (MisHitList, mis_hit_list, GTK_TYPE_WIDGET)

enum {
  HIT_ACTIVATED,
  HIT_ADD_TO_PLAN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GtkWidget *
header_row (MisResource *resource,
            guint        count)
{
  g_autofree char *hits = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u hit", "%u hits", count), count);
  g_autofree char *subtitle = g_strdup_printf ("%s · %s", mis_resource_kind_get_label (mis_resource_get_kind (resource)), hits);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (mis_resource_get_title (resource));
  GtkWidget *detail = gtk_label_new (subtitle);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (detail), 0);
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_widget_add_css_class (detail, "caption");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), detail);
  gtk_widget_set_margin_top (box, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  return row;
}

static void
add_clicked_cb (MisHitList *self,
                GtkWidget  *button)
{
  g_signal_emit (self, signals[HIT_ADD_TO_PLAN], 0, g_object_get_data (G_OBJECT (button), "mis-hit"));
}

/* The tooltip is given when asked for: setting one on a new widget asks the
 * display where the pointer is (see mis_widget_update_tooltip()), once for
 * every hit at every keystroke. */
static gboolean
add_query_tooltip_cb (GtkWidget  *button,
                      int         x,
                      int         y,
                      gboolean    keyboard,
                      GtkTooltip *tooltip,
                      gpointer    user_data)
{
  gtk_tooltip_set_text (tooltip, _("Add to a Plan… (Ctrl+D)"));
  return TRUE;
}

static GtkWidget *
hit_row (MisHitList         *self,
         const MisTextEntry *hit,
         const char * const *query_words)
{
  g_autofree char *place = mis_text_entry_format_place (hit);
  g_autofree char *snippet = mis_text_entry_get_snippet (hit, self->query, SNIPPET_CHARS);
  g_autofree char *markup = mis_search_markup (snippet, query_words);
  g_autofree char *accessible = NULL;
  const char *kit_language = mis_kit_get_language (self->kit);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *place_label = gtk_label_new (place);
  GtkWidget *words = gtk_label_new (NULL);
  GtkWidget *add;

  gtk_label_set_xalign (GTK_LABEL (place_label), 0);
  gtk_label_set_yalign (GTK_LABEL (place_label), 0);
  gtk_label_set_width_chars (GTK_LABEL (place_label), 5);
  gtk_widget_add_css_class (place_label, "numeric");
  gtk_widget_add_css_class (place_label, "hit-place");

  gtk_label_set_markup (GTK_LABEL (words), markup);
  gtk_label_set_xalign (GTK_LABEL (words), 0);
  gtk_label_set_wrap (GTK_LABEL (words), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (words), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (words), 3);
  gtk_label_set_ellipsize (GTK_LABEL (words), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (words, TRUE);

  gtk_box_append (GTK_BOX (box), place_label);
  gtk_box_append (GTK_BOX (box), words);

  /* A hit in another language than the kit's says which. */
  if (hit->language != NULL && g_strcmp0 (hit->language, kit_language) != 0)
    {
      GtkWidget *language = gtk_label_new (hit->language);

      gtk_label_set_yalign (GTK_LABEL (language), 0);
      gtk_widget_add_css_class (language, "dim-label");
      gtk_widget_add_css_class (language, "caption");
      gtk_box_append (GTK_BOX (box), language);
    }

  /* Straight into a session plan: this moment of the film, this page. */
  add = gtk_button_new_from_icon_name ("view-list-ordered-symbolic");
  gtk_widget_set_valign (add, GTK_ALIGN_START);
  gtk_widget_set_has_tooltip (add, TRUE);
  g_signal_connect (add, "query-tooltip", G_CALLBACK (add_query_tooltip_cb), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (add),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Add to a Plan… (Ctrl+D)"),
                                  -1);
  gtk_widget_add_css_class (add, "flat");
  g_object_set_data (G_OBJECT (add), "mis-hit", (gpointer) hit);
  g_signal_connect_object (add, "clicked", G_CALLBACK (add_clicked_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (box), add);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data (G_OBJECT (row), "mis-hit", (gpointer) hit);

  /* Translators: what a screen reader says for a hit: the kind and the
   * title of the resource, the place ("0:23", "p. 7") and the words. */
  accessible = g_strdup_printf (_("%s %s, at %s: %s"),
                                mis_resource_kind_get_label (mis_resource_get_kind (hit->resource)),
                                mis_resource_get_title (hit->resource), place, snippet);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  return row;
}

static GtkWidget *
show_all_row (MisResource *resource,
              guint        count)
{
  g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Show the %u hit", "Show all %u hits", count),
                                           count);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "accent");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  g_object_set_data_full (G_OBJECT (row), "mis-expand", g_strdup (mis_resource_get_id (resource)), g_free);
  return row;
}

static GtkWidget *
show_more_row (guint remaining)
{
  g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                        "Show hits in %u more film, manual or photo-novel",
                                                        "Show hits in %u more films, manuals and photo-novels",
                                                        remaining),
                                           remaining);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);
  gtk_widget_add_css_class (label, "accent");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  g_object_set_data (G_OBJECT (row), "mis-more", GINT_TO_POINTER (TRUE));
  return row;
}

static void
update_status (MisHitList *self)
{
  g_autofree char *text = NULL;

  if (self->index == NULL || !self->complete)
    text = g_strdup (_("Still reading the films, manuals and photo-novels…"));
  else if (self->n_hits == 0)
    text = g_strdup (_("These words are not said in any of them."));
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u place", "%u places", self->n_hits), self->n_hits);

  gtk_label_set_text (self->status_label, text);
}

static void
rebuild (MisHitList *self)
{
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  g_autoptr(GHashTable) groups = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  g_auto(GStrv) query_words = NULL;
  GtkWidget *child;

  g_clear_handle_id (&self->update_source, g_source_remove);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);
  self->n_hits = 0;
  self->n_resources = 0;

  if (self->index == NULL || self->kit == NULL || self->query == NULL)
    {
      update_status (self);
      return;
    }

  query_words = mis_search_tokenize (self->query);
  hits = mis_text_index_search (self->index, self->query, mis_kit_get_language (self->kit));
  self->n_hits = hits->len;

  /* Grouped by resource, in the order of each one's best hit. */
  for (guint i = 0; i < hits->len; i++)
    {
      MisTextEntry *hit = g_ptr_array_index (hits, i);
      GPtrArray *group = g_hash_table_lookup (groups, hit->resource);

      if (group == NULL)
        {
          group = g_ptr_array_new ();
          g_hash_table_insert (groups, hit->resource, group);
          g_ptr_array_add (order, hit->resource);
        }
      g_ptr_array_add (group, hit);
    }
  self->n_resources = order->len;

  for (guint r = 0; r < MIN (order->len, self->max_resources); r++)
    {
      MisResource *resource = g_ptr_array_index (order, r);
      GPtrArray *group = g_hash_table_lookup (groups, resource);
      gboolean whole = g_hash_table_contains (self->expanded, mis_resource_get_id (resource));
      guint shown = whole ? group->len : MIN (group->len, MIS_HIT_LIST_FIRST_HITS);

      gtk_list_box_append (self->list_box, header_row (resource, group->len));
      for (guint i = 0; i < shown; i++)
        gtk_list_box_append (self->list_box, hit_row (self, g_ptr_array_index (group, i),
                                                      (const char * const *) query_words));
      if (shown < group->len)
        gtk_list_box_append (self->list_box, show_all_row (resource, group->len));
    }
  if (order->len > self->max_resources)
    gtk_list_box_append (self->list_box, show_more_row (order->len - self->max_resources));

  update_status (self);
}

static gboolean
update_timeout_cb (gpointer data)
{
  MisHitList *self = data;

  self->update_source = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

/* More hits were read: shown soon, with those of the next few manuals. */
static void
queue_rebuild (MisHitList *self)
{
  if (self->query == NULL || self->update_source != 0)
    return;
  self->update_source = g_timeout_add (UPDATE_WHILE_READING_MS, update_timeout_cb, self);
}

/* Keyboard focus on the first row from @position that takes it. */
static void
focus_from (MisHitList *self,
            int         position)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (self->list_box, position++)) != NULL)
    if (gtk_list_box_row_get_activatable (row))
      {
        gtk_widget_grab_focus (GTK_WIDGET (row));
        return;
      }
}

static void row_activated_cb (MisHitList    *self,
                              GtkListBoxRow *row);

/* Enter on the focused hit opens it; the library's search entry would
 * otherwise take the key, as it takes every key typed in the library. */
static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                MisHitList            *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;
  GtkWidget *row = focus ? gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX_ROW) : NULL;

  if (keyval == GDK_KEY_d && (state & GDK_CONTROL_MASK) && row != NULL &&
      g_object_get_data (G_OBJECT (row), "mis-hit") != NULL)
    {
      g_signal_emit (self, signals[HIT_ADD_TO_PLAN], 0, g_object_get_data (G_OBJECT (row), "mis-hit"));
      return GDK_EVENT_STOP;
    }

  if (keyval != GDK_KEY_Return && keyval != GDK_KEY_KP_Enter && keyval != GDK_KEY_ISO_Enter &&
      keyval != GDK_KEY_space)
    return GDK_EVENT_PROPAGATE;
  if (row == NULL || !gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)))
    return GDK_EVENT_PROPAGATE;

  row_activated_cb (self, GTK_LIST_BOX_ROW (row));
  return GDK_EVENT_STOP;
}

static void
row_activated_cb (MisHitList    *self,
                  GtkListBoxRow *row)
{
  const char *expand = g_object_get_data (G_OBJECT (row), "mis-expand");
  const MisTextEntry *hit = g_object_get_data (G_OBJECT (row), "mis-hit");
  int position = gtk_list_box_row_get_index (row);

  /* Keyboard focus stays where it was: on the first hit shown now. */
  if (expand != NULL)
    {
      g_hash_table_add (self->expanded, g_strdup (expand));
      rebuild (self);
      focus_from (self, position);
      return;
    }

  if (g_object_get_data (G_OBJECT (row), "mis-more") != NULL)
    {
      self->max_resources += MIS_HIT_LIST_FIRST_RESOURCES;
      rebuild (self);
      focus_from (self, position);
      return;
    }

  if (hit != NULL)
    g_signal_emit (self, signals[HIT_ACTIVATED], 0, hit, self->query);
}

/* Reading the kit's texts ------------------------------------------------- */

static void index_next_manual (MisHitList *self);

/* The list is not kept alive by the reading: disposing of it cancels the
 * reading, and a cancelled result never touches it (GTask reports any
 * result as cancelled once the cancellable is). */
static void
manual_read_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  MisHitList *self = user_data;
  g_autoptr(GError) error = NULL;

  if (!mis_manual_text_add_finish (result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      /* Its card already says when a manual cannot be opened. */
      g_debug ("A manual's text could not be read: %s", error->message);
    }
  index_next_manual (self);
}

static gboolean
index_next_manual_cb (gpointer data)
{
  MisHitList *self = data;

  self->reading_source = 0;
  index_next_manual (self);
  return G_SOURCE_REMOVE;
}

/* One manual at a time, on its own PDF worker: the library stays
 * responsive, and the hits of each appear as it is read. A file already
 * read for another resource is not read again: its pages are shared. */
static void
index_next_manual (MisHitList *self)
{
  GListModel *resources = mis_kit_get_resources (self->kit);
  guint n = g_list_model_get_n_items (resources);
  guint shared = 0;

  while (self->next_manual < n)
    {
      g_autoptr(MisResource) resource = g_list_model_get_item (resources, self->next_manual++);
      MisResource *like;

      if (mis_resource_get_kind (resource) != MIS_RESOURCE_KIND_MANUAL || !mis_resource_get_available (resource))
        continue;

      if ((like = g_hash_table_lookup (self->read_files, mis_resource_get_file (resource))) != NULL)
        {
          mis_text_index_add_same_pages (self->index, resource, like);
          if (++shared < SAME_FILE_BATCH)
            continue;
          queue_rebuild (self);
          self->reading_source = g_idle_add_full (G_PRIORITY_LOW, index_next_manual_cb, self, NULL);
          return;
        }

      queue_rebuild (self);
      g_hash_table_insert (self->read_files, g_object_ref (mis_resource_get_file (resource)),
                           g_object_ref (resource));
      mis_manual_text_add_async (self->index, resource, self->cache_dir, self->cancellable,
                                 manual_read_cb, self);
      return;
    }

  self->complete = TRUE;
  rebuild (self);
  mis_profile_mark ("text-index-built", NULL);
}

static void
stop_reading (MisHitList *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->reading_source, g_source_remove);
  g_clear_handle_id (&self->update_source, g_source_remove);
  g_hash_table_remove_all (self->read_files);
}

static void
index_built_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  MisHitList *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(MisTextIndex) index = mis_text_index_build_finish (result, &error);

  if (index == NULL)
    return;   /* cancelled: the list may be gone */

  g_set_object (&self->index, index);
  self->next_manual = 0;
  g_hash_table_remove_all (self->read_files);
  /* The films' and the photo-novels' hits, at once. */
  rebuild (self);
  index_next_manual (self);
}

/**
 * mis_hit_list_index_kit:
 * @cache_dir: (nullable): where the manuals' text is kept between starts;
 *   %NULL to keep nothing (private mode)
 *
 * Reads what @kit says inside its resources: the films' subtitles and the
 * photo-novels' words in a worker, then the manuals' pages; the hits show
 * as they come, with a word while the rest is read.
 */
void
mis_hit_list_index_kit (MisHitList *self,
                        MisKit     *kit,
                        const char *cache_dir)
{
  g_return_if_fail (MIS_IS_HIT_LIST (self));
  g_return_if_fail (MIS_IS_KIT (kit));

  stop_reading (self);
  self->cancellable = g_cancellable_new ();
  g_free (self->cache_dir);
  self->cache_dir = g_strdup (cache_dir);
  g_set_object (&self->kit, kit);
  g_clear_object (&self->index);
  self->complete = FALSE;
  rebuild (self);

  mis_text_index_build_async (kit, self->cancellable, index_built_cb, self);
}

/**
 * mis_hit_list_set_index:
 * @index: (nullable): the kit's text index, while it is built or once built
 * @complete: whether every resource has been read into it
 */
void
mis_hit_list_set_index (MisHitList   *self,
                        MisKit       *kit,
                        MisTextIndex *index,
                        gboolean      complete)
{
  g_return_if_fail (MIS_IS_HIT_LIST (self));

  stop_reading (self);
  g_set_object (&self->kit, kit);
  g_set_object (&self->index, index);
  self->complete = complete;
  rebuild (self);
}

/**
 * mis_hit_list_set_query:
 * @query: (nullable): what the user typed
 */
void
mis_hit_list_set_query (MisHitList *self,
                        const char *query)
{
  g_return_if_fail (MIS_IS_HIT_LIST (self));

  if (g_strcmp0 (self->query, query) == 0)
    return;

  g_free (self->query);
  self->query = g_strdup (query);
  g_hash_table_remove_all (self->expanded);
  self->max_resources = MIS_HIT_LIST_FIRST_RESOURCES;
  rebuild (self);
}

guint
mis_hit_list_get_n_hits (MisHitList *self)
{
  g_return_val_if_fail (MIS_IS_HIT_LIST (self), 0);
  return self->n_hits;
}

/* Returns: whether every resource has been read into the index */
gboolean
mis_hit_list_get_complete (MisHitList *self)
{
  g_return_val_if_fail (MIS_IS_HIT_LIST (self), FALSE);
  return self->index != NULL && self->complete;
}

guint
mis_hit_list_get_n_resources (MisHitList *self)
{
  g_return_val_if_fail (MIS_IS_HIT_LIST (self), 0);
  return self->n_resources;
}

GtkListBox *
mis_hit_list_get_list_box (MisHitList *self)
{
  g_return_val_if_fail (MIS_IS_HIT_LIST (self), NULL);
  return self->list_box;
}

/**
 * mis_hit_list_get_row_hit:
 *
 * Returns: (nullable): the hit a row shows; %NULL for headers and "Show all"
 */
const MisTextEntry *
mis_hit_list_get_row_hit (MisHitList    *self,
                          GtkListBoxRow *row)
{
  g_return_val_if_fail (MIS_IS_HIT_LIST (self), NULL);
  return g_object_get_data (G_OBJECT (row), "mis-hit");
}

/* Down from the search entry: the first hit. */
void
mis_hit_list_focus (MisHitList *self)
{
  g_return_if_fail (MIS_IS_HIT_LIST (self));

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list_box)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)))
      {
        gtk_widget_grab_focus (row);
        return;
      }
}

static void
mis_hit_list_dispose (GObject *object)
{
  MisHitList *self = (MisHitList *)object;

  if (self->read_files != NULL)
    stop_reading (self);
  g_clear_pointer (&self->read_files, g_hash_table_unref);
  g_clear_pointer (&self->cache_dir, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), MIS_TYPE_HIT_LIST);
  g_clear_object (&self->kit);
  g_clear_object (&self->index);
  g_clear_pointer (&self->query, g_free);
  g_clear_pointer (&self->expanded, g_hash_table_unref);

  G_OBJECT_CLASS (mis_hit_list_parent_class)->dispose (object);
}

static void
mis_hit_list_class_init (MisHitListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mis_hit_list_dispose;

  /**
   * MisHitList::hit-activated:
   * @hit: (type gpointer): the #MisTextEntry
   * @query: what was searched, for the viewer to highlight
   */
  signals[HIT_ACTIVATED] =
    g_signal_new ("hit-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_POINTER, G_TYPE_STRING);

  /**
   * MisHitList::hit-add-to-plan:
   * @hit: (type gpointer): the #MisTextEntry to add to a session plan
   */
  signals[HIT_ADD_TO_PLAN] =
    g_signal_new ("hit-add-to-plan", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_POINTER);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/be/ecpat/MakeItSafe/library/mis-hit-list.ui");
  gtk_widget_class_bind_template_child (widget_class, MisHitList, box);
  gtk_widget_class_bind_template_child (widget_class, MisHitList, status_label);
  gtk_widget_class_bind_template_child (widget_class, MisHitList, list_box);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
}

static void
mis_hit_list_init (MisHitList *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->expanded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->read_files = g_hash_table_new_full (g_file_hash, (GEqualFunc) g_file_equal, g_object_unref, g_object_unref);
  self->max_resources = MIS_HIT_LIST_FIRST_RESOURCES;
  gtk_widget_init_template (GTK_WIDGET (self));
  update_status (self);

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->list_box), keys);
}
