/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-reader-view.c: a photo-novel for one reader on a laptop or for a group
 * in front of a projector. Pages turn with the keys, a click on the outer
 * thirds, a swipe, the scroll wheel or the strip of thumbnails; the pages
 * around the one shown are decoded ahead, so a turn shows the new page on
 * the next frame. The words of the speech bubbles are given to screen readers
 * and shown under the page on request, in the kit language.
 */
#define G_LOG_DOMAIN "mis-reader-view"

#include "config.h"

#include "mis-util.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "mis-fullscreen-box.h"
#include "mis-thumbnail-strip.h"
#include "mis-page-cache.h"
#include "mis-profile.h"
#include "mis-resume.h"
#include "mis-safety-buttons.h"
#include "mis-search.h"
#include "mis-reader-view.h"

#define CACHE_BYTES (96 * 1024 * 1024)

struct _MisReaderView
{
  GtkWidget        parent_instance;

  MisFullscreenBox *fullscreen_box;
  GtkRevealer     *text_revealer;
  AdwWindowTitle  *window_title;
  MisPageView     *page_view;
  GtkLabel        *text_label;
  GtkToggleButton *spread_button;
  GtkToggleButton *text_button;
  GStrv            highlight_words;   /* a search's, shown in bold */
  char            *words_language;    /* the search hit's; NULL: the kit's */
  MisThumbnailStrip *strip;
  GtkWidget       *left_button;
  GtkWidget       *right_button;

  MisKit          *kit;
  MisResource     *novel;
  MisStateStore   *store;
  MisReadingModel *model;
  MisPageCache    *cache;
  GCancellable    *cancellable;

  gboolean         spread_chosen;
  gboolean         updating;
  gboolean         awaiting_first;
  int              requested_page;   /* for the page-shown milestone, from 1; 0 when none */
  gboolean         prefetch_pending;

  guint            resize_source;
  GFile           *slot_files[2];     /* the page each slot shows, or NULL */
};

G_DEFINE_FINAL_TYPE (MisReaderView, mis_reader_view, GTK_TYPE_WIDGET)

static void show_view (MisReaderView *self);

static MisPageCache *
shared_cache (void)
{
  static MisPageCache *cache;

  if (cache == NULL)
    cache = mis_page_cache_new (CACHE_BYTES);
  return cache;
}

static GFile *
page_file (MisReaderView *self,
           int            page)
{
  GPtrArray *pages = mis_resource_get_pages (self->novel);

  return page >= 0 && (guint)page < pages->len ? g_ptr_array_index (pages, page) : NULL;
}

/* @file: the page's; NULL when there is no page to show in @slot */
static void
show_in_slot (MisReaderView *self,
              guint          slot,
              GFile         *file,
              GdkTexture    *texture,
              const char    *error)
{
  mis_page_view_set_slot (self->page_view, slot, texture, error);
  g_set_object (&self->slot_files[slot], (texture != NULL ? file : NULL));
}

typedef struct
{
  MisReaderView *self;
  guint          slot;
  int            page;
} SlotRequest;

static void mark_page_shown (MisReaderView *self);

static void
page_loaded_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  SlotRequest *request = user_data;
  g_autoptr(MisReaderView) self = request->self;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  int left, right;

  texture = mis_page_cache_load_finish (MIS_PAGE_CACHE (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->novel == NULL)
    {
      g_free (request);
      return;
    }

  /* Still the page shown in that place? */
  mis_reading_model_get_screen_pages (self->model, &left, &right);
  if ((request->slot == 0 ? left : right) == request->page)
    {
      show_in_slot (self, request->slot, page_file (self, request->page), texture, error ? error->message : NULL);
      mark_page_shown (self);
    }

  g_free (request);
}

static void
prefetch (MisReaderView *self,
          int            page,
          int            width,
          int            height)
{
  GFile *file = page_file (self, page);

  if (file != NULL)
    mis_page_cache_load_async (self->cache, file, width, height, G_PRIORITY_LOW,
                               self->cancellable, NULL, NULL);
}

/* The pages of the view that shows @page, at the size that view draws
 * them: a single page (the cover, the last page) is drawn larger than the
 * pages of a spread. */
static void
prefetch_view_of (MisReaderView *self,
                  int            page)
{
  int first, second, width, height;

  if (page < 0)
    return;

  mis_reading_model_get_view_of (self->model, (guint)page, &first, &second);
  mis_page_view_get_decode_size (self->page_view, second >= 0 ? 2 : 1, &width, &height);
  prefetch (self, first, width, height);
  if (second >= 0)
    prefetch (self, second, width, height);
}

/* Once the pages shown are there: the next view and the previous one are
 * decoded ahead (one page at a time, the next two pages), so that a turn
 * finds them ready. */
static void
prefetch_around (MisReaderView *self)
{
  int first, second, next;

  mis_reading_model_get_view (self->model, &first, &second);
  next = MAX (first, second) + 1;
  prefetch_view_of (self, next);
  if (!mis_reading_model_get_spread (self->model))
    prefetch_view_of (self, next + 1);
  prefetch_view_of (self, first - 1);
}

static void
prefetch_after_paint_cb (GtkWidget *widget,
                         gpointer   data)
{
  MisReaderView *self = MIS_READER_VIEW (widget);

  self->prefetch_pending = FALSE;
  if (self->model != NULL && self->novel != NULL)
    prefetch_around (self);
}

/* The thumbnails come after the first page, not in its way. */
static void
fill_strip (MisReaderView *self)
{
  guint n_pages = mis_reading_model_get_n_pages (self->model);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) numbers = NULL;
  int first, second;

  for (guint i = 0; i < n_pages; i++)
    {
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_strv_builder_add (builder, number);
    }
  numbers = g_strv_builder_end (builder);
  mis_thumbnail_strip_set_pages (self->strip, (const char * const *)numbers);

  mis_reading_model_get_view (self->model, &first, &second);
  mis_thumbnail_strip_select (self->strip, (guint)first);
}

static void
fill_slot (MisReaderView *self,
           guint          slot,
           int            page,
           int            width,
           int            height)
{
  GFile *file = page_file (self, page);
  g_autoptr(GdkTexture) texture = NULL;
  SlotRequest *request;

  if (file == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Page %d is missing from the kit."), page + 1);
      show_in_slot (self, slot, NULL, NULL, message);
      return;
    }

  /* Decoded ahead: shown on this very frame. */
  if ((texture = mis_page_cache_lookup (self->cache, file, width, height)) != NULL)
    {
      show_in_slot (self, slot, file, texture, NULL);
      return;
    }

  /* Pages are decoded at the size they are drawn. When only the size
   * changed (the window was resized, a spread turned on), the page stays,
   * scaled, until it is decoded again, rather than blinking out. */
  if (self->slot_files[slot] != file)
    show_in_slot (self, slot, NULL, NULL, NULL);
  request = g_new0 (SlotRequest, 1);
  request->self = g_object_ref (self);
  request->slot = slot;
  request->page = page;
  mis_page_cache_load_async (self->cache, file, width, height, G_PRIORITY_DEFAULT,
                             self->cancellable, page_loaded_cb, request);
}

static char *
view_text (MisReaderView *self,
           int            first,
           int            second)
{
  /* A search's hit may be in another language than the kit's. */
  const char *a = first >= 0 ? mis_resource_get_page_text_in (self->novel, first, self->words_language) : NULL;
  const char *b = second >= 0 ? mis_resource_get_page_text_in (self->novel, second, self->words_language) : NULL;

  if (a != NULL && b != NULL)
    return g_strdup_printf ("%s\n\n%s", a, b);
  return g_strdup (a ? a : b);
}

static void
update_indicator (MisReaderView *self,
                  int            first,
                  int            second)
{
  guint n = mis_reading_model_get_n_pages (self->model);
  g_autofree char *indicator = NULL;
  g_autofree char *text = view_text (self, first, second);

  if (second >= 0)
    indicator = g_strdup_printf (_("Pages %d–%d / %u"), first + 1, second + 1, n);
  else
    indicator = g_strdup_printf ("%d / %u", first + 1, n);

  adw_window_title_set_subtitle (self->window_title, indicator);
  if (text != NULL && self->highlight_words != NULL)
    {
      g_autofree char *markup = mis_search_markup (text, (const char * const *) self->highlight_words);

      gtk_label_set_markup (self->text_label, markup);
    }
  else
    gtk_label_set_text (self->text_label, text ? text : _("This page has no words."));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->page_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, indicator,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text ? text : "",
                                  -1);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reader.turn-left",
                                 mis_reading_model_get_direction (self->model) == MIS_READING_DIRECTION_RTL
                                   ? !mis_reading_model_is_last (self->model)
                                   : !mis_reading_model_is_first (self->model));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reader.turn-right",
                                 mis_reading_model_get_direction (self->model) == MIS_READING_DIRECTION_RTL
                                   ? !mis_reading_model_is_first (self->model)
                                   : !mis_reading_model_is_last (self->model));

  mis_thumbnail_strip_select (self->strip, (guint)first);
}

/* Once the frame showing the asked page has been painted. */
static void
mark_page_shown (MisReaderView *self)
{
  int left, right;
  gboolean ready = TRUE;


  mis_reading_model_get_screen_pages (self->model, &left, &right);
  for (guint slot = 0; slot < (right >= 0 ? 2u : 1u); slot++)
    ready &= mis_page_view_get_texture (self->page_view, slot) != NULL;
  if (!ready)
    return;

  /* After the frame with these pages: decoding the next ones on the other
   * core meanwhile would slow that frame on a two-core laptop. */
  if (!self->prefetch_pending)
    {
      self->prefetch_pending = TRUE;
      mis_after_next_paint (GTK_WIDGET (self), prefetch_after_paint_cb, NULL, NULL);
    }

  if (self->awaiting_first)
    {
      self->awaiting_first = FALSE;
      mis_profile_mark_after_frame (GTK_WIDGET (self), "resource-shown", mis_resource_get_id (self->novel));
      fill_strip (self);
    }
  if (self->requested_page > 0)
    {
      g_autofree char *page = g_strdup_printf ("%d", self->requested_page);

      self->requested_page = 0;
      mis_profile_mark_after_frame (GTK_WIDGET (self), "page-shown", page);
    }
}

static void
show_view (MisReaderView *self)
{
  int left, right, first, second, width, height;

  if (self->novel == NULL)
    return;

  mis_reading_model_get_screen_pages (self->model, &left, &right);
  mis_reading_model_get_view (self->model, &first, &second);
  update_indicator (self, first, second);
  mis_resume_save_page (self->store, mis_kit_get_id (self->kit), mis_resource_get_id (self->novel), (guint)first);

  /* Not sized yet: nothing to decode for; "resized" comes next. */
  if (gtk_widget_get_width (GTK_WIDGET (self->page_view)) <= 1)
    return;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  mis_page_view_set_n_slots (self->page_view, right >= 0 ? 2 : 1);
  mis_page_view_get_decode_size (self->page_view, right >= 0 ? 2 : 1, &width, &height);
  fill_slot (self, 0, left, width, height);
  if (right >= 0)
    fill_slot (self, 1, right, width, height);

  mark_page_shown (self);
}

static void
page_changed_cb (MisReaderView *self)
{
  int first, second;

  mis_reading_model_get_view (self->model, &first, &second);
  if (mis_profile_enabled ())
    {
      g_autofree char *page = g_strdup_printf ("%d", first + 1);

      self->requested_page = first + 1;
      mis_profile_mark ("page-requested", page);
    }
  show_view (self);
}

/* After the allocation, not during it: changing widgets while GTK sizes
 * them leaves some unallocated for the frame. */
static gboolean
resized_idle_cb (gpointer user_data)
{
  MisReaderView *self = user_data;
  int width = gtk_widget_get_width (GTK_WIDGET (self->page_view));
  int height = gtk_widget_get_height (GTK_WIDGET (self->page_view));

  self->resize_source = 0;

  /* Wide enough for two pages: a spread, unless the reader chose. */
  if (self->model != NULL && !self->spread_chosen)
    {
      self->updating = TRUE;
      gtk_toggle_button_set_active (self->spread_button, width >= 1000 && width >= height * 1.6);
      mis_reading_model_set_spread (self->model, gtk_toggle_button_get_active (self->spread_button));
      self->updating = FALSE;
    }

  show_view (self);
  return G_SOURCE_REMOVE;
}

static void
page_view_resized_cb (MisReaderView *self)
{
  if (self->resize_source == 0)
    self->resize_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE + 15, resized_idle_cb, self, NULL);
}

/* A spread asked for by the reader (the button, or anything else than the
 * window's width) stays as asked. */
static void
spread_changed_cb (MisReaderView *self)
{
  if (!self->updating)
    {
      self->spread_chosen = TRUE;
      self->updating = TRUE;
      gtk_toggle_button_set_active (self->spread_button, mis_reading_model_get_spread (self->model));
      self->updating = FALSE;
    }
  show_view (self);
}

static void
spread_toggled_cb (MisReaderView *self)
{
  if (self->updating || self->model == NULL)
    return;

  self->spread_chosen = TRUE;
  mis_reading_model_set_spread (self->model, gtk_toggle_button_get_active (self->spread_button));
}

static void
text_toggled_cb (MisReaderView *self)
{
  gtk_revealer_set_reveal_child (self->text_revealer, gtk_toggle_button_get_active (self->text_button));
}

static void
strip_activate_cb (MisReaderView *self,
                   guint          position)
{
  if (self->model != NULL)
    mis_reading_model_go_to (self->model, position);
}

/* The strip's thumbnails, through the page cache the pages use. */
static gboolean
load_thumbnail (guint                page,
                int                  width,
                int                  height,
                GCancellable        *cancellable,
                GAsyncReadyCallback  callback,
                gpointer             callback_data,
                gpointer             user_data)
{
  MisReaderView *self = user_data;
  GFile *file = self->novel ? page_file (self, page) : NULL;

  if (file == NULL)
    return FALSE;

  mis_page_cache_load_async (self->cache, file, width, height, G_PRIORITY_LOW, cancellable, callback, callback_data);
  return TRUE;
}

static GdkTexture *
finish_thumbnail (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  return mis_page_cache_load_finish (MIS_PAGE_CACHE (source), result, NULL);
}

/* The arrows over the pages go with the bars, in fullscreen. */
static void
update_chrome (MisReaderView *self)
{
  gboolean revealed = mis_fullscreen_box_get_revealed (self->fullscreen_box);

  gtk_widget_set_visible (self->left_button, revealed);
  gtk_widget_set_visible (self->right_button, revealed);
}

static void
turn_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MisReaderView *self = MIS_READER_VIEW (widget);

  if (self->model == NULL)
    return;

  if (g_str_equal (action_name, "reader.turn-right"))
    mis_reading_model_turn_right (self->model);
  else if (g_str_equal (action_name, "reader.turn-left"))
    mis_reading_model_turn_left (self->model);
  else if (g_str_equal (action_name, "reader.next"))
    mis_reading_model_next (self->model);
  else if (g_str_equal (action_name, "reader.previous"))
    mis_reading_model_previous (self->model);
  else if (g_str_equal (action_name, "reader.first"))
    mis_reading_model_first (self->model);
  else if (g_str_equal (action_name, "reader.last"))
    mis_reading_model_last (self->model);
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MisReaderView *self = MIS_READER_VIEW (widget);
  MisZoomController *zoom = mis_page_view_get_zoom_controller (self->page_view);

  if (g_str_equal (action_name, "reader.zoom-in"))
    mis_zoom_controller_zoom_in (zoom);
  else if (g_str_equal (action_name, "reader.zoom-out"))
    mis_zoom_controller_zoom_out (zoom);
  else if (g_str_equal (action_name, "reader.fit-width"))
    mis_page_view_set_fit (self->page_view,
                           mis_page_view_get_fit (self->page_view) == MIS_FIT_WIDTH ? MIS_FIT_PAGE : MIS_FIT_WIDTH);
  else
    mis_page_view_set_fit (self->page_view, MIS_FIT_PAGE);

  show_view (self);
}

static void
toggle_text_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  MisReaderView *self = MIS_READER_VIEW (widget);

  gtk_toggle_button_set_active (self->text_button, !gtk_toggle_button_get_active (self->text_button));
}

static void
leave_fullscreen_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  /* Escape leaves fullscreen, or else the photo-novel, as the shortcuts
   * window says. */
  if (!mis_fullscreen_box_leave_fullscreen (MIS_READER_VIEW (widget)->fullscreen_box))
    gtk_widget_activate_action (widget, "win.show-library", NULL);
}

static void
turn_requested_cb (MisReaderView *self,
                   MisPageTurn    turn)
{
  if (self->model == NULL)
    return;

  switch (turn)
    {
    case MIS_PAGE_TURN_LEFT:
      mis_reading_model_turn_left (self->model);
      break;
    case MIS_PAGE_TURN_RIGHT:
      mis_reading_model_turn_right (self->model);
      break;
    case MIS_PAGE_TURN_FORWARD:
      mis_reading_model_next (self->model);
      break;
    case MIS_PAGE_TURN_BACK:
      mis_reading_model_previous (self->model);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
mis_reader_view_dispose (GObject *object)
{
  MisReaderView *self = (MisReaderView *)object;
  GtkWidget *child;

  mis_reader_view_close (self);
  g_clear_handle_id (&self->resize_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), MIS_TYPE_READER_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->cache);

  G_OBJECT_CLASS (mis_reader_view_parent_class)->dispose (object);
}

static void
mis_reader_view_class_init (MisReaderViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mis_reader_view_dispose;

  g_type_ensure (MIS_TYPE_PAGE_VIEW);
  g_type_ensure (MIS_TYPE_SAFETY_BUTTONS);
  g_type_ensure (MIS_TYPE_FULLSCREEN_BOX);
  g_type_ensure (MIS_TYPE_THUMBNAIL_STRIP);
  gtk_widget_class_set_template_from_resource (widget_class, "/be/ecpat/MakeItSafe/photo-novel/mis-reader-view.ui");
  gtk_widget_class_bind_template_child (widget_class, MisReaderView, fullscreen_box);
  gtk_widget_class_bind_template_child (widget_class, MisReaderView, text_revealer);
  gtk_widget_class_bind_template_child (widget_class, MisReaderView, window_title);
  gtk_widget_class_bind_template_child (widget_class, MisReaderView, page_view);
  gtk_widget_class_bind_template_child (widget_class, MisReaderView, text_label);
  gtk_widget_class_bind_template_child (widget_class, MisReaderView, spread_button);
  gtk_widget_class_bind_template_child (widget_class, MisReaderView, text_button);
  gtk_widget_class_bind_template_child (widget_class, MisReaderView, strip);
  gtk_widget_class_bind_template_child (widget_class, MisReaderView, left_button);
  gtk_widget_class_bind_template_child (widget_class, MisReaderView, right_button);
  gtk_widget_class_bind_template_callback (widget_class, spread_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, text_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, strip_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, page_view_resized_cb);
  gtk_widget_class_bind_template_callback (widget_class, turn_requested_cb);

  gtk_widget_class_install_action (widget_class, "reader.turn-right", NULL, turn_action);
  gtk_widget_class_install_action (widget_class, "reader.turn-left", NULL, turn_action);
  gtk_widget_class_install_action (widget_class, "reader.next", NULL, turn_action);
  gtk_widget_class_install_action (widget_class, "reader.previous", NULL, turn_action);
  gtk_widget_class_install_action (widget_class, "reader.first", NULL, turn_action);
  gtk_widget_class_install_action (widget_class, "reader.last", NULL, turn_action);
  gtk_widget_class_install_action (widget_class, "reader.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "reader.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "reader.zoom-fit", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "reader.fit-width", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "reader.toggle-text", NULL, toggle_text_action);
  gtk_widget_class_install_action (widget_class, "reader.leave-fullscreen", NULL, leave_fullscreen_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "misreaderview");
}

static void
mis_reader_view_init (MisReaderView *self)
{
  GtkEventController *shortcuts;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cache = g_object_ref (shared_cache ());
  mis_thumbnail_strip_set_loader (self->strip, load_thumbnail, finish_thumbnail, self);

  /* Captured, so that the arrows turn pages whatever has the focus. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  mis_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "Right", "reader.turn-right", NULL);
  mis_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "Left", "reader.turn-left", NULL);
  mis_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "Page_Down|space", "reader.next", NULL);
  mis_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "Page_Up|<Shift>space", "reader.previous", NULL);
  mis_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "Home", "reader.first", NULL);
  mis_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "End", "reader.last", NULL);
  mis_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "<Control>plus|<Control>equal|<Control>KP_Add", "reader.zoom-in", NULL);
  mis_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "<Control>minus|<Control>KP_Subtract", "reader.zoom-out", NULL);
  mis_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "<Control>0|<Control>KP_0", "reader.zoom-fit", NULL);
  mis_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "t", "reader.toggle-text", NULL);
  mis_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "f", "win.fullscreen", NULL);
  mis_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "Escape", "reader.leave-fullscreen", NULL);
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  g_signal_connect_object (self->fullscreen_box, "notify::revealed", G_CALLBACK (update_chrome), self,
                           G_CONNECT_SWAPPED);
}

/**
 * mis_reader_view_open:
 * @page: the page to open at, from 0; negative for where the reader was
 */
void
mis_reader_view_open (MisReaderView *self,
                      MisKit        *kit,
                      MisResource   *novel,
                      MisStateStore *store,
                      int            page)
{
  guint n_pages;

  g_return_if_fail (MIS_IS_READER_VIEW (self));
  g_return_if_fail (MIS_IS_KIT (kit));
  g_return_if_fail (MIS_IS_RESOURCE (novel));
  g_return_if_fail (MIS_IS_STATE_STORE (store));

  mis_reader_view_close (self);

  g_set_object (&self->kit, kit);
  g_set_object (&self->novel, novel);
  g_set_object (&self->store, store);

  n_pages = mis_resource_get_pages (novel)->len;
  if (page < 0)
    page = (int)mis_resume_get_page (store, mis_kit_get_id (kit), mis_resource_get_id (novel));

  self->model = mis_reading_model_new (n_pages, mis_resource_get_direction (novel));
  mis_reading_model_set_spread (self->model, gtk_toggle_button_get_active (self->spread_button));
  mis_reading_model_go_to (self->model, CLAMP (page, 0, (int)MAX (n_pages, 1) - 1));
  g_signal_connect_object (self->model, "notify::page", G_CALLBACK (page_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->model, "notify::spread", G_CALLBACK (spread_changed_cb), self, G_CONNECT_SWAPPED);

  /* Right-to-left albums: the strip and the turn buttons follow. */
  gtk_widget_set_direction (GTK_WIDGET (self->strip),
                            mis_reading_model_get_direction (self->model) == MIS_READING_DIRECTION_RTL
                              ? GTK_TEXT_DIR_RTL : GTK_TEXT_DIR_LTR);

  mis_thumbnail_strip_set_pages (self->strip, NULL);

  adw_window_title_set_title (self->window_title, mis_resource_get_title (novel));
  mis_page_view_set_fit (self->page_view, MIS_FIT_PAGE);
  mis_profile_mark ("resource-requested", mis_resource_get_id (novel));
  self->awaiting_first = TRUE;
  self->requested_page = 0;
  /* The page opened at is a page asked for, as any page turned to. */
  page_changed_cb (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->page_view));
}

void
mis_reader_view_close (MisReaderView *self)
{
  g_return_if_fail (MIS_IS_READER_VIEW (self));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_clear_object (&self->model);
  g_clear_object (&self->novel);
  g_clear_object (&self->kit);
  g_clear_object (&self->store);
  g_clear_object (&self->slot_files[0]);
  g_clear_object (&self->slot_files[1]);
  g_clear_pointer (&self->highlight_words, g_strfreev);
  g_clear_pointer (&self->words_language, g_free);
  if (self->fullscreen_box != NULL)
    mis_autohide_stop (mis_fullscreen_box_get_autohide (self->fullscreen_box));
}

/**
 * mis_reader_view_show_words:
 * @query: what was searched
 * @language: (nullable): the language the words were found in; %NULL for
 *   the kit's
 *
 * Shows the words of the pages in @language, with those of @query in
 * bold, until the photo-novel is closed.
 */
void
mis_reader_view_show_words (MisReaderView *self,
                            const char    *query,
                            const char    *language)
{
  int first, second;

  g_return_if_fail (MIS_IS_READER_VIEW (self));
  g_return_if_fail (query != NULL);

  g_strfreev (self->highlight_words);
  self->highlight_words = mis_search_tokenize (query);
  g_free (self->words_language);
  self->words_language = g_strdup (language);
  gtk_toggle_button_set_active (self->text_button, TRUE);
  if (self->model != NULL)
    {
      mis_reading_model_get_view (self->model, &first, &second);
      update_indicator (self, first, second);
    }
}

/* Returns: the words shown below the pages, as the reader sees them */
const char *
mis_reader_view_get_text (MisReaderView *self)
{
  g_return_val_if_fail (MIS_IS_READER_VIEW (self), NULL);
  return gtk_label_get_label (self->text_label);
}

MisReadingModel *
mis_reader_view_get_model (MisReaderView *self)
{
  g_return_val_if_fail (MIS_IS_READER_VIEW (self), NULL);
  return self->model;
}

/* Returns: (transfer none): the pages in small, under the page */
MisThumbnailStrip *
mis_reader_view_get_strip (MisReaderView *self)
{
  g_return_val_if_fail (MIS_IS_READER_VIEW (self), NULL);
  return self->strip;
}

MisPageView *
mis_reader_view_get_page_view (MisReaderView *self)
{
  g_return_val_if_fail (MIS_IS_READER_VIEW (self), NULL);
  return self->page_view;
}

gboolean
mis_reader_view_get_text_shown (MisReaderView *self)
{
  g_return_val_if_fail (MIS_IS_READER_VIEW (self), FALSE);
  return gtk_revealer_get_reveal_child (self->text_revealer);
}

/**
 * mis_reader_view_get_novel:
 *
 * Returns: (transfer none) (nullable): the resource open, if one is
 */
MisResource *
mis_reader_view_get_novel (MisReaderView *self)
{
  g_return_val_if_fail (MIS_IS_READER_VIEW (self), NULL);
  return self->novel;
}
