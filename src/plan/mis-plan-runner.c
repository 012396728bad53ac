/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-plan-runner.c: a session plan run full screen, on black, step by
 * step. A presenter's clicker sends Page Down / Page Up (or the arrows),
 * so those keys, Space and a click move on; Escape leaves and the step is
 * remembered. A film plays inline and stops at each pause point with its
 * question over the paused frame; the next press plays on. Photo-novel and
 * manual pages are shown fitted, one per press. The next picture is decoded
 * or rendered while the current one shows, so that a press shows it at once.
 *
 * A thin strip brought up by the pointer lists the steps, the time spent
 * against the plan's duration, and jumps to any step. The facilitator's
 * notes never appear here: this is the projected screen.
 */
#define G_LOG_DOMAIN "mis-plan-runner"

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "mis-autohide.h"
#include "mis-kit.h"
#include "mis-language.h"
#include "mis-mpv.h"
#include "mis-page-cache.h"
#include "mis-pdf-document.h"
#include "mis-plan-enums.h"
#include "mis-plan-runner.h"
#include "mis-profile.h"
#include "mis-video-area.h"

#define PAGE_CACHE_BYTES (48 * 1024 * 1024)
#define MAX_RENDERED 6
/* A pause point is reached a frame early rather than a frame late. */
#define PAUSE_SLACK 0.04

struct _MisPlanRunner
{
  GtkWidget         parent_instance;

  GtkWidget        *overlay;
  GtkStack         *stack;
  MisVideoArea     *video_area;
  GtkWidget        *question_box;
  GtkLabel         *question_label;
  GtkWidget        *paused_label;
  GtkPicture       *picture;
  GtkLabel         *discussion_label;
  GtkLabel         *minutes_label;
  AdwStatusPage    *unavailable_page;
  GtkRevealer      *strip;
  GtkLabel         *clock_label;
  GtkBox           *steps_box;

  MisAutohide      *autohide;

  MisPlanBook      *book;
  MisPlan          *plan;
  MisKit           *kit;
  guint             step;
  guint             page_index;
  guint             shown_step;         /* the picture on screen is of this step… */
  guint             shown_page_index;   /* …and page, while showing a page */
  MisRunnerShowing  showing;
  char             *shown_text;

  MisMpv           *player;
  MisResource      *film;
  gboolean          film_pending;  /* waits for the video area to be ready */
  guint             next_pause;
  gboolean          film_done;
  gboolean          awaiting_frame;
  gboolean          step_shown;    /* its first picture drawn (the milestone) */

  GCancellable     *cancellable;   /* the pictures of the step shown */
  MisPageCache     *page_cache;
  GHashTable       *documents;     /* resource id → MisPdfDocument */
  GHashTable       *rendered;      /* "id#page#width#height" → GdkTexture */
  GQueue            rendered_order;
  int               picture_width;
  int               picture_height;

  gint64            started_at;
  guint             clock_source;
  guint             inhibit_cookie;
};

G_DEFINE_FINAL_TYPE (MisPlanRunner, mis_plan_runner, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STEP,
  PROP_SHOWING,
  PROP_PLAYING,
  N_PROPS
};

enum {
  LEAVE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void show_step (MisPlanRunner *self, guint step, gboolean from_end);

static MisPlanStep *
current_step (MisPlanRunner *self)
{
  return self->plan != NULL ? mis_plan_get_step (self->plan, self->step) : NULL;
}

static void
set_showing (MisPlanRunner    *self,
             MisRunnerShowing  showing,
             const char       *text)
{
  g_free (self->shown_text);
  self->shown_text = g_strdup (text);
  if (self->showing == showing)
    return;

  self->showing = showing;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOWING]);
}

/* "step-shown N" once per step, when its first picture is on screen:
 * the benchmarks measure from "step-requested N". */
static void
mark_step_shown (MisPlanRunner *self)
{
  g_autofree char *number = NULL;

  if (self->step_shown)
    return;

  self->step_shown = TRUE;
  number = g_strdup_printf ("%u", self->step + 1);
  mis_profile_mark_after_frame (GTK_WIDGET (self), "step-shown", number);
}

/* The screensaver waits while a plan runs, film or not. */
static void
update_inhibit (MisPlanRunner *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkApplication *app = GTK_IS_WINDOW (root) ? gtk_window_get_application (GTK_WINDOW (root)) : NULL;
  gboolean running = self->plan != NULL && gtk_widget_get_mapped (GTK_WIDGET (self));

  if (running && self->inhibit_cookie == 0 && app != NULL)
    self->inhibit_cookie = gtk_application_inhibit (app, GTK_WINDOW (root), GTK_APPLICATION_INHIBIT_IDLE,
                                                    _("A session plan is running"));
  else if (!running && self->inhibit_cookie != 0 && app != NULL)
    {
      gtk_application_uninhibit (app, self->inhibit_cookie);
      self->inhibit_cookie = 0;
    }
}

/* The strip ------------------------------------------------------------- */

static gboolean
update_clock (gpointer data)
{
  MisPlanRunner *self = data;
  double elapsed = (g_get_monotonic_time () - self->started_at) / (double) G_USEC_PER_SEC;
  g_autofree char *spent = mis_format_duration (elapsed);
  g_autofree char *text = NULL;

  if (self->plan != NULL && mis_plan_get_duration (self->plan) > 0)
    {
      g_autofree char *planned = mis_format_duration (mis_plan_get_duration (self->plan) * 60.0);
      /* Translators: time spent since the plan started, against its planned duration */
      text = g_strdup_printf (_("%s of %s"), spent, planned);
    }
  gtk_label_set_label (self->clock_label, text != NULL ? text : spent);
  return G_SOURCE_CONTINUE;
}

static void
step_button_clicked_cb (GtkButton     *button,
                        MisPlanRunner *self)
{
  guint step = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "step"));

  mis_plan_runner_go_to (self, step);
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
fill_strip (MisPlanRunner *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->steps_box))) != NULL)
    gtk_box_remove (self->steps_box, child);

  for (guint i = 0; i < mis_plan_get_n_steps (self->plan); i++)
    {
      MisPlanStep *step = mis_plan_get_step (self->plan, i);
      g_autofree char *description = mis_plan_step_describe (step, self->kit);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      GtkWidget *button = gtk_button_new_with_label (number);

      gtk_widget_set_tooltip_text (button, description);
      gtk_widget_set_focus_on_click (button, FALSE);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_add_css_class (button, "plan-step-button");
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
      g_object_set_data (G_OBJECT (button), "step", GUINT_TO_POINTER (i));
      g_signal_connect (button, "clicked", G_CALLBACK (step_button_clicked_cb), self);
      gtk_box_append (self->steps_box, button);
    }
}

static void
update_strip (MisPlanRunner *self)
{
  g_autofree char *label = NULL;
  guint i = 0;

  if (self->plan == NULL)
    return;

  /* The current step's button stands out; a screen reader hears it. */
  /* Translators: where the run of a plan is: "Step 2 of 6" */
  label = g_strdup_printf (_("Step %u of %u"), self->step + 1, mis_plan_get_n_steps (self->plan));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->steps_box), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->steps_box));
       child != NULL; child = gtk_widget_get_next_sibling (child), i++)
    if (i == self->step)
      gtk_widget_add_css_class (child, "current");
    else
      gtk_widget_remove_css_class (child, "current");
}

static void
autohide_changed_cb (MisPlanRunner *self)
{
  gboolean active = mis_autohide_get_active (self->autohide);

  gtk_revealer_set_reveal_child (self->strip, active);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), active ? NULL : "none");
}

/* Films ------------------------------------------------------------------ */

static void
stop_film (MisPlanRunner *self)
{
  if (self->player != NULL && self->film != NULL)
    mis_mpv_stop (self->player);
  g_clear_object (&self->film);
  self->film_pending = FALSE;
  self->awaiting_frame = FALSE;
  gtk_widget_set_visible (self->question_box, FALSE);
  gtk_widget_set_visible (self->paused_label, FALSE);
}

static void
playing_changed (MisPlanRunner *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAYING]);
}

static void
show_question (MisPlanRunner *self,
               guint          pause)
{
  MisPlanStep *step = current_step (self);
  const char *question = mis_plan_step_get_pause_question (step, pause, self->kit);

  mis_mpv_set_paused (self->player, TRUE);
  gtk_label_set_label (self->question_label, question != NULL ? question : "");
  gtk_widget_set_visible (self->question_box, question != NULL);
  set_showing (self, MIS_RUNNER_SHOWING_QUESTION, question);
}

static void
position_changed_cb (MisPlanRunner *self)
{
  MisPlanStep *step = current_step (self);
  double position;
  double to;

  if (self->film == NULL || step == NULL || self->film_done || mis_mpv_get_paused (self->player) ||
      !mis_mpv_get_loaded (self->player))
    return;

  position = mis_mpv_get_position (self->player);
  if (self->next_pause < mis_plan_step_get_n_pauses (step) &&
      position >= mis_plan_step_get_pause_time (step, self->next_pause) - PAUSE_SLACK)
    {
      show_question (self, self->next_pause++);
      return;
    }

  to = mis_plan_step_get_to (step);
  if (to >= 0 && position >= to - PAUSE_SLACK)
    {
      mis_mpv_set_paused (self->player, TRUE);
      self->film_done = TRUE;
    }
}

static void
eof_changed_cb (MisPlanRunner *self)
{
  if (self->film != NULL && mis_mpv_get_eof_reached (self->player))
    self->film_done = TRUE;
}

static void
error_changed_cb (MisPlanRunner *self)
{
  const char *error = mis_mpv_get_error (self->player);

  if (self->film == NULL || error == NULL)
    return;

  adw_status_page_set_description (self->unavailable_page, error);
  gtk_stack_set_visible_child_name (self->stack, "unavailable");
  set_showing (self, MIS_RUNNER_SHOWING_UNAVAILABLE, error);
  self->film_done = TRUE;
}

static void
frame_drawn_cb (MisPlanRunner *self)
{
  if (!self->awaiting_frame)
    return;

  self->awaiting_frame = FALSE;
  mark_step_shown (self);
}

static void
load_film_when_ready (MisPlanRunner *self)
{
  MisPlanStep *step = current_step (self);

  if (!self->film_pending || step == NULL || !mis_video_area_get_ready (self->video_area))
    return;

  self->film_pending = FALSE;
  mis_mpv_set_paused (self->player, FALSE);
  mis_mpv_load (self->player, mis_resource_get_file (self->film), mis_plan_step_get_from (step));
}

static gboolean
ensure_player (MisPlanRunner *self)
{
  g_autoptr(GError) error = NULL;

  if (self->player != NULL)
    return TRUE;

  if (!(self->player = mis_mpv_new (MIS_MPV_OUTPUT_RENDER_API, &error)))
    {
      adw_status_page_set_description (self->unavailable_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "unavailable");
      set_showing (self, MIS_RUNNER_SHOWING_UNAVAILABLE, error->message);
      return FALSE;
    }

  mis_video_area_set_player (self->video_area, self->player);
  g_signal_connect_object (self->player, "notify::position", G_CALLBACK (position_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->player, "notify::eof-reached", G_CALLBACK (eof_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->player, "notify::error", G_CALLBACK (error_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->player, "notify::paused", G_CALLBACK (playing_changed), self, G_CONNECT_SWAPPED);
  return TRUE;
}

static void
start_film (MisPlanRunner *self,
            MisPlanStep   *step,
            MisResource   *film)
{
  GPtrArray *subtitles = mis_resource_get_subtitles (film);
  double from = mis_plan_step_get_from (step);

  stop_film (self);
  gtk_stack_set_visible_child_name (self->stack, "film");
  set_showing (self, MIS_RUNNER_SHOWING_FILM, NULL);
  if (!ensure_player (self))
    return;

  g_set_object (&self->film, film);
  self->film_done = FALSE;
  self->next_pause = 0;
  while (self->next_pause < mis_plan_step_get_n_pauses (step) &&
         mis_plan_step_get_pause_time (step, self->next_pause) < from)
    self->next_pause++;

  /* Sound and subtitles in the language the kit is shown in. */
  mis_video_area_clear (self->video_area);
  mis_mpv_set_muted (self->player, FALSE);
  mis_mpv_set_speed (self->player, 1);
  mis_mpv_set_preferred_subtitle_language (self->player, mis_kit_get_language (self->kit));
  mis_mpv_set_preferred_audio_language (self->player, mis_kit_get_language (self->kit));
  for (guint i = 0; i < subtitles->len; i++)
    {
      MisSubtitle *subtitle = g_ptr_array_index (subtitles, i);
      mis_mpv_add_subtitle (self->player, subtitle->file, subtitle->language,
                            mis_language_display_name (subtitle->language));
    }

  self->awaiting_frame = TRUE;
  self->film_pending = TRUE;
  load_film_when_ready (self);
}

/* Pages ------------------------------------------------------------------ */

typedef struct
{
  MisPlanRunner *self;
  guint          step;
  guint          page_index;
  gboolean       show;
  char          *key;
  double         scale;
} PictureRequest;

static void
picture_request_free (PictureRequest *request)
{
  g_object_unref (request->self);
  g_free (request->key);
  g_free (request);
}

static void
picture_size (MisPlanRunner *self,
              int           *width,
              int           *height)
{
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));

  *width = MAX (gtk_widget_get_width (GTK_WIDGET (self)), 320) * scale;
  *height = MAX (gtk_widget_get_height (GTK_WIDGET (self)), 240) * scale;
}

static void
remember_rendered (MisPlanRunner *self,
                   const char    *key,
                   GdkTexture    *texture)
{
  if (g_hash_table_contains (self->rendered, key))
    return;

  g_queue_push_tail (&self->rendered_order, g_strdup (key));
  g_hash_table_insert (self->rendered, g_strdup (key), g_object_ref (texture));
  while (g_queue_get_length (&self->rendered_order) > MAX_RENDERED)
    {
      g_autofree char *oldest = g_queue_pop_head (&self->rendered_order);
      g_hash_table_remove (self->rendered, oldest);
    }
}

static void
show_unavailable (MisPlanRunner *self,
                  const char    *reason)
{
  adw_status_page_set_description (self->unavailable_page, reason);
  gtk_stack_set_visible_child_name (self->stack, "unavailable");
  set_showing (self, MIS_RUNNER_SHOWING_UNAVAILABLE, reason);
  mark_step_shown (self);
}

static void
picture_ready (PictureRequest *request,
               GdkTexture     *texture,
               const GError   *error)
{
  MisPlanRunner *self = request->self;

  /* A result that comes back after the runner was disposed has nowhere to go. */
  if (self->rendered == NULL)
    return;

  if (texture != NULL && request->key != NULL)
    remember_rendered (self, request->key, texture);

  if (!request->show || self->step != request->step || self->page_index != request->page_index ||
      self->plan == NULL)
    return;

  if (texture == NULL)
    {
      show_unavailable (self, error != NULL ? error->message : _("This page cannot be shown."));
      return;
    }

  gtk_picture_set_paintable (self->picture, GDK_PAINTABLE (texture));
  gtk_stack_set_visible_child_name (self->stack, "picture");
  self->shown_step = self->step;
  self->shown_page_index = self->page_index;
  set_showing (self, MIS_RUNNER_SHOWING_PAGE, NULL);
  mark_step_shown (self);
}

static void
decoded_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      data)
{
  PictureRequest *request = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = mis_page_cache_load_finish (MIS_PAGE_CACHE (object), result, &error);

  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    picture_ready (request, texture, error);
  picture_request_free (request);
}

static void
rendered_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      data)
{
  PictureRequest *request = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = mis_pdf_document_render_finish (MIS_PDF_DOCUMENT (object), result, &error);

  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    picture_ready (request, texture, error);
  picture_request_free (request);
}

static void request_picture (MisPlanRunner *self, guint step, guint page_index, gboolean show);

static void
render_manual_page (PictureRequest *request,
                    MisPdfDocument *document,
                    guint           page)
{
  MisPlanRunner *self = request->self;
  double page_width, page_height;
  int width, height;

  if (page >= mis_pdf_document_get_n_pages (document))
    {
      g_autofree char *reason = mis_plan_describe_page_past_end (page + 1, mis_pdf_document_get_n_pages (document));
      if (request->show && self->step == request->step && self->page_index == request->page_index)
        show_unavailable (self, reason);
      picture_request_free (request);
      return;
    }

  picture_size (self, &width, &height);
  mis_pdf_document_get_page_size (document, page, &page_width, &page_height);
  request->scale = MIN (width / page_width, height / page_height);
  mis_pdf_document_render_async (document, page, request->scale, NULL,
                                 request->show ? G_PRIORITY_HIGH : G_PRIORITY_LOW,
                                 self->cancellable, rendered_cb, request);
}

static void
document_loaded_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      data)
{
  PictureRequest *request = data;
  MisPlanRunner *self = request->self;
  g_autoptr(GError) error = NULL;
  g_autoptr(MisPdfDocument) document = mis_pdf_document_load_finish (result, &error);
  MisPlanStep *step;
  const guint *pages;
  guint n_pages;

  if (document == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        picture_ready (request, NULL, error);
      picture_request_free (request);
      return;
    }

  step = self->plan != NULL ? mis_plan_get_step (self->plan, request->step) : NULL;
  if (step == NULL || self->documents == NULL)
    {
      picture_request_free (request);
      return;
    }

  g_hash_table_insert (self->documents, g_strdup (mis_plan_step_get_resource_id (step)), g_object_ref (document));
  pages = mis_plan_step_get_pages (step, &n_pages);
  render_manual_page (request, document, pages[request->page_index] - 1);
}

static char *
picture_key (MisPlanStep *step,
             guint        page,
             int          width,
             int          height)
{
  return g_strdup_printf ("%s#%u#%d#%d", mis_plan_step_get_resource_id (step), page, width, height);
}

/* Shows (or, when !@show, prepares) page @page_index of @step. */
static void
request_picture (MisPlanRunner *self,
                 guint          step_index,
                 guint          page_index,
                 gboolean       show)
{
  MisPlanStep *step = mis_plan_get_step (self->plan, step_index);
  MisResource *resource = mis_kit_lookup_resource (self->kit, mis_plan_step_get_resource_id (step));
  PictureRequest *request;
  const guint *pages;
  guint n_pages;
  int width, height;
  g_autofree char *key = NULL;
  GdkTexture *ready;

  pages = mis_plan_step_get_pages (step, &n_pages);
  g_return_if_fail (page_index < n_pages);
  picture_size (self, &width, &height);
  key = picture_key (step, pages[page_index], width, height);

  if ((ready = g_hash_table_lookup (self->rendered, key)) != NULL)
    {
      if (show)
        {
          PictureRequest done = { self, step_index, page_index, TRUE, NULL, 0 };
          picture_ready (&done, ready, NULL);
        }
      return;
    }

  request = g_new0 (PictureRequest, 1);
  request->self = g_object_ref (self);
  request->step = step_index;
  request->page_index = page_index;
  request->show = show;
  request->key = g_steal_pointer (&key);

  if (mis_plan_step_get_kind (step) == MIS_PLAN_STEP_PHOTO_NOVEL)
    {
      GPtrArray *files = mis_resource_get_pages (resource);

      if (pages[page_index] > files->len)
        {
          picture_request_free (request);
          if (show)
            show_unavailable (self, _("This page is not in the photo-novel."));
          return;
        }
      mis_page_cache_load_async (self->page_cache, g_ptr_array_index (files, pages[page_index] - 1),
                                 width, height, show ? G_PRIORITY_HIGH : G_PRIORITY_LOW,
                                 self->cancellable, decoded_cb, request);
    }
  else
    {
      MisPdfDocument *document = g_hash_table_lookup (self->documents, mis_resource_get_id (resource));

      if (document != NULL)
        render_manual_page (request, document, pages[page_index] - 1);
      else
        mis_pdf_document_load_async (mis_resource_get_file (resource), NULL, self->cancellable,
                                     document_loaded_cb, request);
    }
}

/* While a step shows, what the next press would show is made ready. */
static void
prepare_next (MisPlanRunner *self)
{
  MisPlanStep *step = current_step (self);
  guint n_pages = 0;
  MisPlanStep *next;

  if (step == NULL)
    return;

  if (mis_plan_step_get_kind (step) == MIS_PLAN_STEP_PHOTO_NOVEL ||
      mis_plan_step_get_kind (step) == MIS_PLAN_STEP_MANUAL)
    {
      mis_plan_step_get_pages (step, &n_pages);
      if (mis_plan_step_get_unavailable_reason (step) == NULL && self->page_index + 1 < n_pages)
        {
          request_picture (self, self->step, self->page_index + 1, FALSE);
          return;
        }
    }

  if (self->step + 1 >= mis_plan_get_n_steps (self->plan))
    return;
  next = mis_plan_get_step (self->plan, self->step + 1);
  if (mis_plan_step_get_unavailable_reason (next) == NULL &&
      (mis_plan_step_get_kind (next) == MIS_PLAN_STEP_PHOTO_NOVEL ||
       mis_plan_step_get_kind (next) == MIS_PLAN_STEP_MANUAL))
    request_picture (self, self->step + 1, 0, FALSE);
}

/* Steps ------------------------------------------------------------------ */

static void
show_discussion (MisPlanRunner *self,
                 MisPlanStep   *step)
{
  const char *text = mis_plan_step_get_text (step, self->kit);
  guint minutes = mis_plan_step_get_minutes (step);
  g_autofree char *duration = minutes > 0
    ? g_strdup_printf (ngettext ("%u minute", "%u minutes", minutes), minutes) : NULL;

  gtk_label_set_label (self->discussion_label, text != NULL ? text : "");
  gtk_label_set_label (self->minutes_label, duration != NULL ? duration : "");
  gtk_widget_set_visible (GTK_WIDGET (self->minutes_label), duration != NULL);
  gtk_stack_set_visible_child_name (self->stack, "discussion");
  set_showing (self, MIS_RUNNER_SHOWING_DISCUSSION, text);
  mark_step_shown (self);
}

static void
show_page_of_step (MisPlanRunner *self)
{
  /* The picture before stays until the new one is ready: no flash of black
   * between two pages. */
  if (self->showing != MIS_RUNNER_SHOWING_PAGE)
    {
      gtk_stack_set_visible_child_name (self->stack, "loading");
      set_showing (self, MIS_RUNNER_SHOWING_LOADING, NULL);
    }
  request_picture (self, self->step, self->page_index, TRUE);
}

static void
show_step (MisPlanRunner *self,
           guint          index,
           gboolean       from_end)
{
  MisPlanStep *step;
  MisResource *resource = NULL;
  const char *reason;
  guint n_pages = 0;

  g_return_if_fail (index < mis_plan_get_n_steps (self->plan));

  step = mis_plan_get_step (self->plan, index);
  self->step_shown = FALSE;
  if (mis_profile_enabled ())
    {
      g_autofree char *number = g_strdup_printf ("%u", index + 1);
      mis_profile_mark ("step-requested", number);
    }
  if (self->step != index)
    {
      self->step = index;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STEP]);
    }
  mis_plan_book_set_step (self->book, self->plan, index);
  update_strip (self);

  /* Loads for the step before are of no use any more. */
  g_cancellable_cancel (self->cancellable);
  g_set_object (&self->cancellable, g_cancellable_new ());

  if (mis_plan_step_get_kind (step) != MIS_PLAN_STEP_FILM)
    stop_film (self);

  if (mis_plan_step_get_resource_id (step) != NULL)
    resource = mis_kit_lookup_resource (self->kit, mis_plan_step_get_resource_id (step));
  if ((reason = mis_plan_step_get_unavailable_reason (step)) != NULL)
    {
      show_unavailable (self, reason);
      prepare_next (self);
      return;
    }

  switch (mis_plan_step_get_kind (step))
    {
    case MIS_PLAN_STEP_FILM:
      start_film (self, step, resource);
      break;
    case MIS_PLAN_STEP_PHOTO_NOVEL:
    case MIS_PLAN_STEP_MANUAL:
      mis_plan_step_get_pages (step, &n_pages);
      self->page_index = from_end && n_pages > 0 ? n_pages - 1 : 0;
      show_page_of_step (self);
      break;
    case MIS_PLAN_STEP_DISCUSSION:
    default:
      show_discussion (self, step);
      break;
    }

  prepare_next (self);
}

/**
 * mis_plan_runner_next:
 *
 * What a press of the clicker does: plays on from a pause point, pauses or
 * plays the film, shows the next page, or goes to the next step.
 */
void
mis_plan_runner_next (MisPlanRunner *self)
{
  MisPlanStep *step;
  guint n_pages = 0;

  g_return_if_fail (MIS_IS_PLAN_RUNNER (self));

  if ((step = current_step (self)) == NULL)
    return;

  if (self->film != NULL && self->showing == MIS_RUNNER_SHOWING_QUESTION)
    {
      gtk_widget_set_visible (self->question_box, FALSE);
      set_showing (self, MIS_RUNNER_SHOWING_FILM, NULL);
      mis_mpv_set_paused (self->player, FALSE);
      return;
    }

  if (self->film != NULL && !self->film_done)
    {
      gboolean pause;

      /* A press while the film opens does not skip it. */
      if (!mis_mpv_get_loaded (self->player))
        return;
      pause = !mis_mpv_get_paused (self->player);
      mis_mpv_set_paused (self->player, pause);
      gtk_widget_set_visible (self->paused_label, pause);
      return;
    }

  mis_plan_step_get_pages (step, &n_pages);
  if (mis_plan_step_get_unavailable_reason (step) == NULL && self->showing != MIS_RUNNER_SHOWING_UNAVAILABLE &&
      self->page_index + 1 < n_pages)
    {
      self->page_index++;
      show_page_of_step (self);
      prepare_next (self);
      return;
    }

  if (self->step + 1 < mis_plan_get_n_steps (self->plan))
    show_step (self, self->step + 1, FALSE);
}

void
mis_plan_runner_previous (MisPlanRunner *self)
{
  MisPlanStep *step;

  g_return_if_fail (MIS_IS_PLAN_RUNNER (self));

  if ((step = current_step (self)) == NULL)
    return;

  if (self->page_index > 0 && self->showing == MIS_RUNNER_SHOWING_PAGE)
    {
      self->page_index--;
      show_page_of_step (self);
      return;
    }

  if (self->step > 0)
    show_step (self, self->step - 1, TRUE);
}

void
mis_plan_runner_go_to (MisPlanRunner *self,
                       guint          step)
{
  g_return_if_fail (MIS_IS_PLAN_RUNNER (self));
  g_return_if_fail (self->plan != NULL);

  show_step (self, MIN (step, mis_plan_get_n_steps (self->plan) - 1), FALSE);
}

/**
 * mis_plan_runner_start:
 * @step: the step to start at, from 0
 */
void
mis_plan_runner_start (MisPlanRunner *self,
                       MisPlanBook   *book,
                       MisPlan       *plan,
                       guint          step)
{
  g_return_if_fail (MIS_IS_PLAN_RUNNER (self));
  g_return_if_fail (MIS_IS_PLAN_BOOK (book));
  g_return_if_fail (MIS_IS_PLAN (plan));
  g_return_if_fail (mis_plan_get_n_steps (plan) > 0);

  mis_plan_runner_stop (self);
  g_set_object (&self->book, book);
  g_set_object (&self->plan, plan);
  g_set_object (&self->kit, mis_plan_book_get_kit (book));
  mis_plan_check (plan, self->kit, NULL, NULL, NULL, NULL);

  self->step = self->shown_step = G_MAXUINT;
  self->page_index = 0;
  self->showing = MIS_RUNNER_SHOWING_NOTHING;
  fill_strip (self);
  self->started_at = g_get_monotonic_time ();
  update_clock (self);
  self->clock_source = g_timeout_add_seconds (1, update_clock, self);
  update_inhibit (self);
  mis_autohide_poke (self->autohide);

  show_step (self, MIN (step, mis_plan_get_n_steps (plan) - 1), FALSE);
}

/**
 * mis_plan_runner_stop:
 *
 * Stops the film and forgets the plan; where it was is kept in the plan
 * book (mis_plan_book_get_step()).
 */
void
mis_plan_runner_stop (MisPlanRunner *self)
{
  g_return_if_fail (MIS_IS_PLAN_RUNNER (self));

  g_cancellable_cancel (self->cancellable);
  stop_film (self);
  g_clear_handle_id (&self->clock_source, g_source_remove);
  g_clear_object (&self->plan);
  g_clear_object (&self->book);
  gtk_picture_set_paintable (self->picture, NULL);
  g_hash_table_remove_all (self->rendered);
  g_queue_clear_full (&self->rendered_order, g_free);
  g_hash_table_remove_all (self->documents);
  set_showing (self, MIS_RUNNER_SHOWING_NOTHING, NULL);
  update_inhibit (self);
}

/**
 * mis_plan_runner_silence:
 *
 * For a quick exit: pauses and mutes a film at once.
 *
 * Returns: whether a film was playing
 */
gboolean
mis_plan_runner_silence (MisPlanRunner *self)
{
  gboolean playing;

  g_return_val_if_fail (MIS_IS_PLAN_RUNNER (self), FALSE);

  playing = mis_plan_runner_get_playing (self);
  if (self->player != NULL)
    {
      mis_mpv_set_paused (self->player, TRUE);
      mis_mpv_set_muted (self->player, TRUE);
    }
  return playing;
}

MisPlan *
mis_plan_runner_get_plan (MisPlanRunner *self)
{
  g_return_val_if_fail (MIS_IS_PLAN_RUNNER (self), NULL);
  return self->plan;
}

guint
mis_plan_runner_get_step (MisPlanRunner *self)
{
  g_return_val_if_fail (MIS_IS_PLAN_RUNNER (self), 0);
  return self->step;
}

/**
 * mis_plan_runner_get_page:
 *
 * Returns: the page of the current step on screen, from 1; 0 when no page
 *   is shown, or while the page asked for is still being made ready (the
 *   one before it stays on screen meanwhile)
 */
guint
mis_plan_runner_get_page (MisPlanRunner *self)
{
  MisPlanStep *step;
  const guint *pages;
  guint n_pages;

  g_return_val_if_fail (MIS_IS_PLAN_RUNNER (self), 0);

  if (self->showing != MIS_RUNNER_SHOWING_PAGE || (step = current_step (self)) == NULL ||
      self->shown_step != self->step || self->shown_page_index != self->page_index)
    return 0;
  pages = mis_plan_step_get_pages (step, &n_pages);
  return self->page_index < n_pages ? pages[self->page_index] : 0;
}

MisRunnerShowing
mis_plan_runner_get_showing (MisPlanRunner *self)
{
  g_return_val_if_fail (MIS_IS_PLAN_RUNNER (self), MIS_RUNNER_SHOWING_NOTHING);
  return self->showing;
}

/**
 * mis_plan_runner_get_shown_text:
 *
 * Returns: (nullable): the question, discussion text or reason on screen
 */
const char *
mis_plan_runner_get_shown_text (MisPlanRunner *self)
{
  g_return_val_if_fail (MIS_IS_PLAN_RUNNER (self), NULL);
  return self->shown_text;
}

/**
 * mis_plan_runner_get_page_texture:
 *
 * Returns: (transfer none) (nullable): the page picture on screen
 */
GdkTexture *
mis_plan_runner_get_page_texture (MisPlanRunner *self)
{
  GdkPaintable *paintable;

  g_return_val_if_fail (MIS_IS_PLAN_RUNNER (self), NULL);

  paintable = gtk_picture_get_paintable (self->picture);
  return self->showing == MIS_RUNNER_SHOWING_PAGE && GDK_IS_TEXTURE (paintable) ? GDK_TEXTURE (paintable) : NULL;
}

/**
 * mis_plan_runner_get_player:
 *
 * Returns: (transfer none) (nullable): the film's player, once a film ran
 */
MisMpv *
mis_plan_runner_get_player (MisPlanRunner *self)
{
  g_return_val_if_fail (MIS_IS_PLAN_RUNNER (self), NULL);
  return self->player;
}

gboolean
mis_plan_runner_get_playing (MisPlanRunner *self)
{
  g_return_val_if_fail (MIS_IS_PLAN_RUNNER (self), FALSE);
  return self->film != NULL && self->player != NULL && !mis_mpv_get_paused (self->player);
}

/* Input and life cycle -------------------------------------------------- */

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  mis_plan_runner_next (MIS_PLAN_RUNNER (widget));
}

static void
previous_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  mis_plan_runner_previous (MIS_PLAN_RUNNER (widget));
}

static void
leave_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  g_signal_emit (widget, signals[LEAVE], 0);
}

static void
click_pressed_cb (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  MisPlanRunner   *self)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));

  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (button == GDK_BUTTON_SECONDARY)
    mis_plan_runner_previous (self);
  else
    mis_plan_runner_next (self);
}

static void
mis_plan_runner_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  gtk_widget_measure (MIS_PLAN_RUNNER (widget)->overlay, orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static void
mis_plan_runner_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  MisPlanRunner *self = MIS_PLAN_RUNNER (widget);

  gtk_widget_allocate (self->overlay, width, height, baseline, NULL);

  /* Going fullscreen changes the size: the page is fitted again. */
  if ((width != self->picture_width || height != self->picture_height) && self->plan != NULL &&
      self->showing == MIS_RUNNER_SHOWING_PAGE)
    request_picture (self, self->step, self->page_index, TRUE);
  self->picture_width = width;
  self->picture_height = height;
}

static void
mis_plan_runner_map (GtkWidget *widget)
{
  MisPlanRunner *self = MIS_PLAN_RUNNER (widget);

  GTK_WIDGET_CLASS (mis_plan_runner_parent_class)->map (widget);
  mis_autohide_set_window (self->autohide, GTK_WINDOW (gtk_widget_get_root (widget)));
  update_inhibit (self);
}

static void
mis_plan_runner_unmap (GtkWidget *widget)
{
  MisPlanRunner *self = MIS_PLAN_RUNNER (widget);

  mis_autohide_set_window (self->autohide, NULL);
  GTK_WIDGET_CLASS (mis_plan_runner_parent_class)->unmap (widget);
  update_inhibit (self);
}

static void
mis_plan_runner_dispose (GObject *object)
{
  MisPlanRunner *self = MIS_PLAN_RUNNER (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->clock_source, g_source_remove);
  if (self->player != NULL)
    mis_mpv_stop (self->player);
  g_clear_object (&self->film);
  gtk_widget_dispose_template (GTK_WIDGET (self), MIS_TYPE_PLAN_RUNNER);
  g_clear_object (&self->player);
  g_clear_object (&self->autohide);
  g_clear_object (&self->plan);
  g_clear_object (&self->book);
  g_clear_object (&self->kit);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->page_cache);
  g_clear_pointer (&self->documents, g_hash_table_unref);
  g_clear_pointer (&self->rendered, g_hash_table_unref);
  g_queue_clear_full (&self->rendered_order, g_free);
  g_clear_pointer (&self->shown_text, g_free);

  G_OBJECT_CLASS (mis_plan_runner_parent_class)->dispose (object);
}

static void
mis_plan_runner_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MisPlanRunner *self = MIS_PLAN_RUNNER (object);

  switch (prop_id)
    {
    case PROP_STEP:
      g_value_set_uint (value, self->step);
      break;
    case PROP_SHOWING:
      g_value_set_enum (value, self->showing);
      break;
    case PROP_PLAYING:
      g_value_set_boolean (value, mis_plan_runner_get_playing (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
add_keys (GtkWidgetClass *widget_class,
          const guint    *keys,
          gsize           n_keys,
          const char     *action)
{
  for (gsize i = 0; i < n_keys; i++)
    gtk_widget_class_add_binding_action (widget_class, keys[i], 0, action, NULL);
}

static void
mis_plan_runner_class_init (MisPlanRunnerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  /* What presentation clickers send, and what a keyboard user expects. */
  static const guint next_keys[] = { GDK_KEY_Page_Down, GDK_KEY_KP_Page_Down, GDK_KEY_Right, GDK_KEY_Down,
                                     GDK_KEY_space, GDK_KEY_Return, GDK_KEY_KP_Enter };
  static const guint previous_keys[] = { GDK_KEY_Page_Up, GDK_KEY_KP_Page_Up, GDK_KEY_Left, GDK_KEY_Up,
                                         GDK_KEY_BackSpace };

  object_class->dispose = mis_plan_runner_dispose;
  object_class->get_property = mis_plan_runner_get_property;
  widget_class->measure = mis_plan_runner_measure;
  widget_class->size_allocate = mis_plan_runner_size_allocate;
  widget_class->map = mis_plan_runner_map;
  widget_class->unmap = mis_plan_runner_unmap;

  properties[PROP_STEP] =
    g_param_spec_uint ("step", NULL, NULL, 0, G_MAXUINT, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOWING] =
    g_param_spec_enum ("showing", NULL, NULL, MIS_TYPE_RUNNER_SHOWING, MIS_RUNNER_SHOWING_NOTHING,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLAYING] =
    g_param_spec_boolean ("playing", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * MisPlanRunner::leave:
   *
   * Escape: the facilitator leaves the run.
   */
  signals[LEAVE] = g_signal_new ("leave", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "runner.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "runner.previous", NULL, previous_action);
  gtk_widget_class_install_action (widget_class, "runner.leave", NULL, leave_action);
  add_keys (widget_class, next_keys, G_N_ELEMENTS (next_keys), "runner.next");
  add_keys (widget_class, previous_keys, G_N_ELEMENTS (previous_keys), "runner.previous");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "runner.leave", NULL);

  g_type_ensure (MIS_TYPE_VIDEO_AREA);
  gtk_widget_class_set_template_from_resource (widget_class, "/be/ecpat/MakeItSafe/plan/mis-plan-runner.ui");
  gtk_widget_class_bind_template_child (widget_class, MisPlanRunner, overlay);
  gtk_widget_class_bind_template_child (widget_class, MisPlanRunner, stack);
  gtk_widget_class_bind_template_child (widget_class, MisPlanRunner, video_area);
  gtk_widget_class_bind_template_child (widget_class, MisPlanRunner, question_box);
  gtk_widget_class_bind_template_child (widget_class, MisPlanRunner, question_label);
  gtk_widget_class_bind_template_child (widget_class, MisPlanRunner, paused_label);
  gtk_widget_class_bind_template_child (widget_class, MisPlanRunner, picture);
  gtk_widget_class_bind_template_child (widget_class, MisPlanRunner, discussion_label);
  gtk_widget_class_bind_template_child (widget_class, MisPlanRunner, minutes_label);
  gtk_widget_class_bind_template_child (widget_class, MisPlanRunner, unavailable_page);
  gtk_widget_class_bind_template_child (widget_class, MisPlanRunner, strip);
  gtk_widget_class_bind_template_child (widget_class, MisPlanRunner, clock_label);
  gtk_widget_class_bind_template_child (widget_class, MisPlanRunner, steps_box);

  gtk_widget_class_set_css_name (widget_class, "misplanrunner");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
mis_plan_runner_init (MisPlanRunner *self)
{
  GtkGesture *click;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);

  self->page_cache = mis_page_cache_new (PAGE_CACHE_BYTES);
  self->documents = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->rendered = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  g_queue_init (&self->rendered_order);
  self->cancellable = g_cancellable_new ();

  self->autohide = mis_autohide_new (GTK_WIDGET (self));
  g_signal_connect_object (self->autohide, "changed", G_CALLBACK (autohide_changed_cb), self, G_CONNECT_SWAPPED);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  g_signal_connect (click, "pressed", G_CALLBACK (click_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->stack), GTK_EVENT_CONTROLLER (click));

  g_signal_connect_object (self->video_area, "frame-drawn", G_CALLBACK (frame_drawn_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->video_area, "ready", G_CALLBACK (load_film_when_ready), self, G_CONNECT_SWAPPED);
}
