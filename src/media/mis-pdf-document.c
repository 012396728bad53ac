/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-pdf-document.c: poppler has no thread safety to speak of, so each
 * manual gets one worker (a thread pool of one thread) that alone touches
 * its PopplerDocument: opening (here), rendering, text, search and printing
 * (mis-pdf-jobs.c) are jobs queued to it, the most urgent first, and
 * skipped when cancelled before they start. What the views need all the time (page sizes, labels, links, the
 * outline) is read once, when the file opens, and is then only read on the
 * main thread.
 */
#define G_LOG_DOMAIN "mis-pdf-document"

#include "config.h"

#include <stdlib.h>

#include <glib/gi18n.h>
#include <poppler.h>

#include "mis-pdf-document-private.h"
#include "mis-kit-types.h"
#include "mis-idle.h"

G_DEFINE_QUARK (mis-pdf-error-quark, mis_pdf_error)

/* The areas are shared: a match does not change once its page is searched. */
MisPdfMatch *
mis_pdf_match_copy (const MisPdfMatch *match)
{
  MisPdfMatch *copy = g_new0 (MisPdfMatch, 1);

  copy->page = match->page;
  copy->areas = g_array_ref (match->areas);
  return copy;
}

void
mis_pdf_match_free (MisPdfMatch *match)
{
  if (match == NULL)
    return;
  g_array_unref (match->areas);
  g_free (match);
}

void
mis_pdf_text_free (MisPdfText *text)
{
  if (text == NULL)
    return;
  g_free (text->text);
  g_free (text->areas);
  g_free (text);
}

static void
link_free (gpointer data)
{
  MisPdfLink *link = data;

  g_free (link->uri);
  g_free (link);
}

/* The document --------------------------------------------------------------- */

G_DEFINE_FINAL_TYPE (MisPdfDocument, mis_pdf_document, G_TYPE_OBJECT)

typedef struct
{
  GTask   *task;
  MisPdfJobFunc func;
  guint64  sequence;
} Job;

static int
job_compare (gconstpointer a,
             gconstpointer b,
             gpointer      user_data)
{
  const Job *job_a = a;
  const Job *job_b = b;
  int priority_a = g_task_get_priority (job_a->task);
  int priority_b = g_task_get_priority (job_b->task);

  if (priority_a != priority_b)
    return priority_a < priority_b ? -1 : 1;
  return job_a->sequence < job_b->sequence ? -1 : job_a->sequence > job_b->sequence;
}

/* Jobs running now, in all documents. At exit, the process's static
 * destructors tear down poppler's global state: a job still rendering on a
 * worker then dies in a destroyed C++ mutex ("terminate called after
 * throwing an instance of 'std::system_error'"). So the app stops the
 * workers first: jobs not yet started are cancelled, running ones awaited. */
static GMutex workers_lock;
static GCond workers_idle;
static guint running_jobs;
static gboolean workers_stopped;

static gboolean
job_begin (void)
{
  gboolean allowed;

  g_mutex_lock (&workers_lock);
  allowed = !workers_stopped;
  if (allowed)
    running_jobs++;
  g_mutex_unlock (&workers_lock);
  return allowed;
}

static void
job_end (void)
{
  g_mutex_lock (&workers_lock);
  if (--running_jobs == 0)
    g_cond_broadcast (&workers_idle);
  g_mutex_unlock (&workers_lock);
}

gboolean
_mis_pdf_workers_stopping (void)
{
  gboolean stopped;

  g_mutex_lock (&workers_lock);
  stopped = workers_stopped;
  g_mutex_unlock (&workers_lock);
  return stopped;
}

/**
 * mis_pdf_document_stop_workers:
 *
 * Cancels every job not yet started, in every document, and waits for those
 * running to end. Runs once, at exit (see class_init); no job runs after it.
 */
void
mis_pdf_document_stop_workers (void)
{
  g_mutex_lock (&workers_lock);
  workers_stopped = TRUE;
  while (running_jobs > 0)
    g_cond_wait (&workers_idle, &workers_lock);
  g_mutex_unlock (&workers_lock);
}

static gboolean
release_task_cb (gpointer task)
{
  g_object_unref (task);
  return G_SOURCE_REMOVE;
}

static void
run_job (gpointer data,
         gpointer user_data)
{
  Job *job = data;
  MisPdfDocument *self = g_task_get_source_object (job->task);

  if (!job_begin ())
    g_task_return_new_error (job->task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "The app is closing");
  else
    {
      if (!g_task_return_error_if_cancelled (job->task))
        job->func (self, job->task);
      job_end ();
    }

  /* The worker's reference goes back to the caller's thread, so that the
   * document is never finalized here: with the last document poppler frees
   * its global state, and doing that on a worker raced the process exiting
   * (a crash at exit, seen in the tests under load). */
  mis_idle_add_to (g_task_get_context (job->task), G_PRIORITY_DEFAULT, release_task_cb, job->task, NULL);
  g_free (job);
}

/* The task keeps the document alive, and so its worker, until it ran. */
void
_mis_pdf_document_queue_job (MisPdfDocument *self,
                             GTask          *task,
                             MisPdfJobFunc   func)
{
  Job *job = g_new0 (Job, 1);

  job->task = task;
  job->func = func;
  job->sequence = self->next_sequence++;
  g_thread_pool_push (self->pool, job, NULL);
}

static void
mis_pdf_document_finalize (GObject *object)
{
  MisPdfDocument *self = (MisPdfDocument *)object;

  /* On the caller's thread, after the last job (each holds a reference):
   * the idle worker ends by itself. */
  g_thread_pool_free (self->pool, TRUE, FALSE);
  g_clear_object (&self->document);
  for (guint i = 0; i < self->n_pages; i++)
    {
      g_free (self->pages[i].label);
      g_clear_pointer (&self->pages[i].links, g_ptr_array_unref);
    }
  g_free (self->pages);
  g_free (self->title);
  g_clear_object (&self->outline);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (mis_pdf_document_parent_class)->finalize (object);
}

static void
mis_pdf_document_class_init (MisPdfDocumentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mis_pdf_document_finalize;

  /* Whatever ends the process (the app quitting, a test program returning
   * from main, exit() anywhere): handlers registered with atexit() run in
   * the reverse order, so this one, registered after poppler was loaded,
   * runs before poppler's static destructors. */
  atexit (mis_pdf_document_stop_workers);
}

static void
mis_pdf_document_init (MisPdfDocument *self)
{
  self->pool = g_thread_pool_new (run_job, self, 1, FALSE, NULL);
  g_thread_pool_set_sort_function (self->pool, job_compare, NULL);
  self->outline = g_list_store_new (MIS_TYPE_PDF_OUTLINE_ITEM);
}

/* Opening -------------------------------------------------------------------- */

static double
clamp_side (double side)
{
  if (!(side >= MIS_PDF_MIN_PAGE_SIDE))   /* also NaN */
    return MIS_PDF_MIN_PAGE_SIDE;
  return MIN (side, MIS_PDF_MAX_PAGE_SIDE);
}

/* A destination as a page (from 0) and a distance from its top. */
static void
resolve_dest (MisPdfDocument *self,
              PopplerDest    *dest,
              int            *page,
              double         *top)
{
  PopplerDest *named = NULL;

  *page = -1;
  *top = -1;
  if (dest == NULL)
    return;

  if (dest->type == POPPLER_DEST_NAMED)
    dest = named = poppler_document_find_dest (self->document, dest->named_dest);
  if (dest == NULL)
    return;

  if (dest->page_num >= 1 && (guint)dest->page_num <= self->n_pages)
    {
      *page = dest->page_num - 1;
      if (dest->change_top)
        *top = MAX (0, self->pages[*page].height - dest->top);
    }

  if (named != NULL)
    poppler_dest_free (named);
}

static void
resolve_action (MisPdfDocument *self,
                PopplerAction  *action,
                MisPdfLinkKind *kind,
                int            *page,
                double         *top,
                char          **uri)
{
  *kind = MIS_PDF_LINK_OTHER;
  *page = -1;
  *top = -1;
  if (uri != NULL)
    *uri = NULL;

  if (action == NULL)
    return;

  switch (action->type)
    {
    case POPPLER_ACTION_GOTO_DEST:
      resolve_dest (self, action->goto_dest.dest, page, top);
      if (*page >= 0)
        *kind = MIS_PDF_LINK_PAGE;
      break;
    case POPPLER_ACTION_URI:
      if (action->uri.uri != NULL && uri != NULL)
        {
          *kind = MIS_PDF_LINK_URI;
          *uri = g_strdup (action->uri.uri);
        }
      break;
    case POPPLER_ACTION_NONE:
    case POPPLER_ACTION_UNKNOWN:
    case POPPLER_ACTION_GOTO_REMOTE:
    case POPPLER_ACTION_LAUNCH:
    case POPPLER_ACTION_NAMED:
    case POPPLER_ACTION_MOVIE:
    case POPPLER_ACTION_RENDITION:
    case POPPLER_ACTION_OCG_STATE:
    case POPPLER_ACTION_JAVASCRIPT:
    case POPPLER_ACTION_RESET_FORM:
    default:
      break;
    }
}

static GListStore *
read_outline (MisPdfDocument   *self,
              PopplerIndexIter *iter,
              guint             depth)
{
  GListStore *store = g_list_store_new (MIS_TYPE_PDF_OUTLINE_ITEM);

  do
    {
      PopplerAction *action = poppler_index_iter_get_action (iter);
      g_autoptr(MisPdfOutlineItem) item = NULL;
      g_autofree char *title = g_strdup (action && action->any.title ? action->any.title : "");
      GListStore *children = NULL;
      PopplerIndexIter *child;
      MisPdfLinkKind kind;
      int page = -1;
      double top;

      resolve_action (self, action, &kind, &page, &top, NULL);

      /* A damaged outline may loop: stop somewhere reasonable. */
      if (depth < 16 && (child = poppler_index_iter_get_child (iter)) != NULL)
        {
          children = read_outline (self, child, depth + 1);
          poppler_index_iter_free (child);
        }

      item = mis_pdf_outline_item_new (g_strstrip (title), page, poppler_index_iter_is_open (iter), children);
      poppler_action_free (action);
      g_list_store_append (store, item);
    }
  while (poppler_index_iter_next (iter));

  return store;
}

static GPtrArray *
read_links (MisPdfDocument *self,
            PopplerPage    *page,
            double          height)
{
  GPtrArray *links = g_ptr_array_new_with_free_func (link_free);
  GList *mapping = poppler_page_get_link_mapping (page);

  for (GList *l = mapping; l != NULL; l = l->next)
    {
      PopplerLinkMapping *map = l->data;
      MisPdfLink *link = g_new0 (MisPdfLink, 1);
      double x1 = MIN (map->area.x1, map->area.x2), x2 = MAX (map->area.x1, map->area.x2);
      double y1 = MIN (map->area.y1, map->area.y2), y2 = MAX (map->area.y1, map->area.y2);

      resolve_action (self, map->action, &link->kind, &link->page, &link->top, &link->uri);
      graphene_rect_init (&link->area, x1, height - y2, x2 - x1, y2 - y1);
      g_ptr_array_add (links, link);
    }
  poppler_page_free_link_mapping (mapping);

  return links;
}

static gboolean
check_file (GFile   *file,
            GError **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *name = g_file_get_basename (file);
  g_autoptr(GError) local_error = NULL;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, NULL, &local_error);
  if (info == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("The file “%s” is missing."), name);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE, _("“%s” is not a file."), name);
      return FALSE;
    }
  if (g_file_info_get_size (info) == 0)
    {
      g_set_error (error, MIS_PDF_ERROR, MIS_PDF_ERROR_DAMAGED, _("The file “%s” is empty."), name);
      return FALSE;
    }
  return TRUE;
}

/**
 * mis_pdf_document_count_pages:
 *
 * Opens @file in the calling thread, for the command line (checking a
 * kit's plans): never call it from the interface.
 *
 * Returns: the number of pages, or 0 when the file cannot be opened
 */
guint
mis_pdf_document_count_pages (GFile *file)
{
  g_autofree char *uri = NULL;
  PopplerDocument *document;
  guint n_pages;

  g_return_val_if_fail (G_IS_FILE (file), 0);

  if (!check_file (file, NULL))
    return 0;

  uri = g_file_get_uri (file);
  if ((document = poppler_document_new_from_file (uri, NULL, NULL)) == NULL)
    return 0;
  n_pages = (guint) poppler_document_get_n_pages (document);
  g_object_unref (document);
  return n_pages;
}

static void
load_job (MisPdfDocument *self,
          GTask          *task)
{
  const char *password = g_task_get_task_data (task);
  g_autofree char *uri = g_file_get_uri (self->file);
  g_autofree char *name = g_file_get_basename (self->file);
  g_autoptr(GError) error = NULL;
  PopplerIndexIter *iter;
  gboolean numbers_only = TRUE;

  if (!check_file (self->file, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  self->document = poppler_document_new_from_file (uri, password, &error);
  if (self->document == NULL)
    {
      if (g_error_matches (error, POPPLER_ERROR, POPPLER_ERROR_ENCRYPTED))
        g_task_return_new_error (task, MIS_PDF_ERROR,
                                 password ? MIS_PDF_ERROR_WRONG_PASSWORD : MIS_PDF_ERROR_NEEDS_PASSWORD,
                                 password ? _("This password does not open the manual.")
                                          : _("This manual is protected by a password."));
      else
        {
          /* A sentence first; poppler's reason (in English) on a details line. */
          g_autofree char *sentence = g_strdup_printf (_("“%s” is damaged or is not a PDF file: it cannot be opened."),
                                                       name);

          g_task_return_new_error (task, MIS_PDF_ERROR, MIS_PDF_ERROR_DAMAGED, "%s\n%s %s",
                                   sentence, _("Details:"), error ? error->message : "?");
        }
      return;
    }

  self->title = poppler_document_get_title (self->document);
  self->n_pages = MAX (poppler_document_get_n_pages (self->document), 0);
  if (self->n_pages == 0)
    {
      g_task_return_new_error (task, MIS_PDF_ERROR, MIS_PDF_ERROR_DAMAGED,
                               _("“%s” has no pages."), name);
      return;
    }

  self->pages = g_new0 (PageInfo, self->n_pages);
  for (guint i = 0; i < self->n_pages; i++)
    {
      PopplerPage *page = poppler_document_get_page (self->document, i);
      PageInfo *info = &self->pages[i];
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      double width = 0, height = 0;

      if (page != NULL)
        poppler_page_get_size (page, &width, &height);
      info->width = clamp_side (width);
      info->height = clamp_side (height);
      info->label = page ? poppler_page_get_label (page) : NULL;
      if (info->label == NULL || *info->label == '\0')
        {
          g_free (info->label);
          info->label = g_strdup (number);
        }
      numbers_only &= g_str_equal (info->label, number);
      self->max_width = MAX (self->max_width, info->width);
      self->max_height = MAX (self->max_height, info->height);
      g_clear_object (&page);
    }
  self->has_labels = !numbers_only;

  /* Links name pages by number: every size is known before they are read. */
  for (guint i = 0; i < self->n_pages; i++)
    {
      PopplerPage *page = poppler_document_get_page (self->document, i);

      if (page != NULL)
        {
          double width, height;

          poppler_page_get_size (page, &width, &height);
          self->pages[i].links = read_links (self, page, height);
        }
      else
        self->pages[i].links = g_ptr_array_new_with_free_func (link_free);
      g_clear_object (&page);
    }

  if ((iter = poppler_index_iter_new (self->document)) != NULL)
    {
      g_autoptr(GListStore) outline = read_outline (self, iter, 0);

      g_set_object (&self->outline, outline);
      poppler_index_iter_free (iter);
    }

  g_task_return_pointer (task, g_object_ref (self), g_object_unref);
}

/**
 * mis_pdf_document_load_async:
 * @password: (nullable): for a protected file
 *
 * Opens @file on the document's worker. Fails with a message for the user:
 * G_IO_ERROR_NOT_FOUND, or MIS_PDF_ERROR (a password is needed or wrong, the
 * file is not a PDF poppler can read).
 */
void
mis_pdf_document_load_async (GFile               *file,
                             const char          *password,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(MisPdfDocument) self = g_object_new (MIS_TYPE_PDF_DOCUMENT, NULL);
  GTask *task;

  g_return_if_fail (G_IS_FILE (file));

  self->file = g_object_ref (file);
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, MIS_SOURCE_TAG (mis_pdf_document_load_async));
  g_task_set_task_data (task, g_strdup (password), g_free);
  _mis_pdf_document_queue_job (self, task, load_job);
}

MisPdfDocument *
mis_pdf_document_load_finish (GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

GFile *
mis_pdf_document_get_file (MisPdfDocument *self)
{
  g_return_val_if_fail (MIS_IS_PDF_DOCUMENT (self), NULL);
  return self->file;
}

/* Returns: (nullable): the title in the file's information */
const char *
mis_pdf_document_get_title (MisPdfDocument *self)
{
  g_return_val_if_fail (MIS_IS_PDF_DOCUMENT (self), NULL);
  return self->title;
}

guint
mis_pdf_document_get_n_pages (MisPdfDocument *self)
{
  g_return_val_if_fail (MIS_IS_PDF_DOCUMENT (self), 0);
  return self->n_pages;
}

/* In points, clamped to MIS_PDF_MIN_PAGE_SIDE..MIS_PDF_MAX_PAGE_SIDE. */
void
mis_pdf_document_get_page_size (MisPdfDocument *self,
                                guint           page,
                                double         *width,
                                double         *height)
{
  g_return_if_fail (MIS_IS_PDF_DOCUMENT (self));
  g_return_if_fail (page < self->n_pages);

  *width = self->pages[page].width;
  *height = self->pages[page].height;
}

void
mis_pdf_document_get_max_page_size (MisPdfDocument *self,
                                    double         *width,
                                    double         *height)
{
  g_return_if_fail (MIS_IS_PDF_DOCUMENT (self));

  *width = self->max_width;
  *height = self->max_height;
}

/* Returns: the page's label ("iv", "12"), its number from 1 when it has none */
const char *
mis_pdf_document_get_page_label (MisPdfDocument *self,
                                 guint           page)
{
  g_return_val_if_fail (MIS_IS_PDF_DOCUMENT (self), NULL);
  g_return_val_if_fail (page < self->n_pages, NULL);
  return self->pages[page].label;
}

/* Returns: whether some page has a label other than its number */
gboolean
mis_pdf_document_has_page_labels (MisPdfDocument *self)
{
  g_return_val_if_fail (MIS_IS_PDF_DOCUMENT (self), FALSE);
  return self->has_labels;
}

/**
 * mis_pdf_document_find_page:
 * @label_or_number: what the reader typed
 *
 * A page label first, as printed on the pages ("iv", "12"), else a page
 * number from 1.
 *
 * Returns: the page from 0, or -1
 */
int
mis_pdf_document_find_page (MisPdfDocument *self,
                            const char     *label_or_number)
{
  g_autofree char *stripped = NULL;
  g_autofree char *wanted = NULL;
  guint64 number;

  g_return_val_if_fail (MIS_IS_PDF_DOCUMENT (self), -1);
  g_return_val_if_fail (label_or_number != NULL, -1);

  stripped = g_strstrip (g_strdup (label_or_number));
  wanted = g_utf8_casefold (stripped, -1);
  for (guint i = 0; i < self->n_pages; i++)
    {
      g_autofree char *label = g_utf8_casefold (self->pages[i].label, -1);

      if (g_str_equal (label, wanted))
        return (int)i;
    }

  if (g_ascii_string_to_unsigned (wanted, 10, 1, self->n_pages, &number, NULL))
    return (int)number - 1;
  return -1;
}

/* Returns: (transfer none) (element-type MisPdfLink): the page's links */
GPtrArray *
mis_pdf_document_get_links (MisPdfDocument *self,
                            guint           page)
{
  g_return_val_if_fail (MIS_IS_PDF_DOCUMENT (self), NULL);
  g_return_val_if_fail (page < self->n_pages, NULL);
  return self->pages[page].links;
}

/* Returns: (transfer none): MisPdfOutlineItems, empty when there is no outline */
GListModel *
mis_pdf_document_get_outline (MisPdfDocument *self)
{
  g_return_val_if_fail (MIS_IS_PDF_DOCUMENT (self), NULL);
  return G_LIST_MODEL (self->outline);
}

PopplerPage *
_mis_pdf_document_get_page (MisPdfDocument *self,
                            guint           index,
                            GError        **error)
{
  PopplerPage *page = index < self->n_pages ? poppler_document_get_page (self->document, index) : NULL;

  if (page == NULL)
    g_set_error (error, MIS_PDF_ERROR, MIS_PDF_ERROR_PAGE, _("Page %u cannot be read."), index + 1);
  return page;
}
