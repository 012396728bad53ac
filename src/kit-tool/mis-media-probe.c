/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-media-probe.c: what make-it-safe-kit needs to know of a kit's media,
 * read with the libraries the app plays them with: a film's duration and
 * audio tracks, and a poster frame, through libmpv (with the app's offline
 * options); a PDF's title and pages through poppler; whether an image is
 * one, through gdk-pixbuf. Synchronous: this is a command-line tool.
 */
#define G_LOG_DOMAIN "mis-media-probe"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <gdk-pixbuf/gdk-pixbuf.h>
#include <poppler.h>

#include "mis-language.h"
#include "mis-media-probe.h"
#include "mis-mpv.h"
#include "mis-mpv-library.h"

#define PROBE_TIMEOUT_S 60.0

static char *
track_language (mpv_handle *mpv,
                gint64      index)
{
  g_autofree char *name = g_strdup_printf ("track-list/%" G_GINT64_FORMAT "/lang", index);
  char *lang = mpv_get_property_string (mpv, name);
  char *result = lang != NULL ? g_strdup (mis_language_from_track_code (lang)) : NULL;

  mpv_free (lang);
  return result;
}

static char *
track_type (mpv_handle *mpv,
            gint64      index)
{
  g_autofree char *name = g_strdup_printf ("track-list/%" G_GINT64_FORMAT "/type", index);
  char *type = mpv_get_property_string (mpv, name);
  char *result = g_strdup (type);

  mpv_free (type);
  return result;
}

/* Runs mpv on @file until the file ends; with @poster_dir, mpv's image
 * output writes the frame at @poster_at there. */
static gboolean
run_mpv (GFile       *file,
         const char  *poster_dir,
         double       poster_at,
         MisVideoInfo *info,
         GError     **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *start = g_strdup_printf ("%.2f", poster_at);
  g_autofree char *mpv_error = NULL;
  const char *cmd[] = { "loadfile", path, NULL };
  mpv_handle *mpv;
  gboolean loaded = FALSE, done = FALSE;

  if (!mis_mpv_library_load (error))
    return FALSE;
  mpv = mpv_create ();

  if (mpv == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("The video player could not be started."));
      return FALSE;
    }

  mis_mpv_apply_offline_options (mpv);
  /* Not idle=no: mpv would quit before the file is asked for, at times. */
  mpv_set_option_string (mpv, "keep-open", "no");
  mpv_set_option_string (mpv, "ao", "null");
  mpv_set_option_string (mpv, "sub", "no");
  if (poster_dir != NULL)
    {
      mpv_set_option_string (mpv, "vo", "image");
      mpv_set_option_string (mpv, "vo-image-format", "jpg");
      mpv_set_option_string (mpv, "vo-image-jpeg-quality", "88");
      mpv_set_option_string (mpv, "vo-image-outdir", poster_dir);
      mpv_set_option_string (mpv, "start", start);
      mpv_set_option_string (mpv, "frames", "1");
      mpv_set_option_string (mpv, "audio", "no");
    }
  else
    {
      /* Paused: the file is opened and its tracks listed, nothing played. */
      mpv_set_option_string (mpv, "vo", "null");
      mpv_set_option_string (mpv, "pause", "yes");
    }

  if (mpv_initialize (mpv) < 0 || mpv_command (mpv, cmd) < 0)
    {
      mpv_terminate_destroy (mpv);
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("The video player could not be started."));
      return FALSE;
    }

  while (!done)
    {
      mpv_event *event = mpv_wait_event (mpv, PROBE_TIMEOUT_S);

      switch (event->event_id)
        {
        case MPV_EVENT_FILE_LOADED:
          {
            gint64 count = 0;

            loaded = TRUE;
            mpv_get_property (mpv, "duration", MPV_FORMAT_DOUBLE, &info->duration);
            mpv_get_property (mpv, "track-list/count", MPV_FORMAT_INT64, &count);
            for (gint64 i = 0; i < count; i++)
              {
                g_autofree char *type = track_type (mpv, i);

                if (g_strcmp0 (type, "audio") == 0)
                  g_ptr_array_add (info->audio_languages, track_language (mpv, i));
                else if (g_strcmp0 (type, "video") == 0)
                  info->has_video = TRUE;
              }
            /* All that was wanted, when no frame is. */
            done = poster_dir == NULL;
          }
          break;
        case MPV_EVENT_END_FILE:
          {
            mpv_event_end_file *end = event->data;

            if (end->reason == MPV_END_FILE_REASON_ERROR)
              mpv_error = g_strdup (mpv_error_string (end->error));
            done = TRUE;
          }
          break;
        case MPV_EVENT_SHUTDOWN:
        case MPV_EVENT_NONE:  /* the timeout */
          done = TRUE;
          break;
        default:
          break;
        }
    }
  mpv_terminate_destroy (mpv);
  g_debug ("%s: loaded %d, video %d, duration %g, error %s", path, loaded, info->has_video, info->duration,
           mpv_error != NULL ? mpv_error : "none");

  if (!loaded || !info->has_video)
    {
      g_autofree char *name = g_file_get_basename (file);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("%s: not a video the player can read (%s)"),
                   name, mpv_error != NULL ? mpv_error : _("no picture"));
      return FALSE;
    }
  return TRUE;
}

void
mis_video_info_clear (MisVideoInfo *info)
{
  g_clear_pointer (&info->audio_languages, g_ptr_array_unref);
}

/**
 * mis_probe_video:
 * @poster: (nullable): where to save, as JPEG, a frame a few seconds in
 *
 * Returns: whether @file is a film mpv plays; @info is filled then
 */
gboolean
mis_probe_video (GFile         *file,
                 GFile         *poster,
                 MisVideoInfo  *info,
                 GError       **error)
{
  g_autofree char *dir = NULL;
  g_autoptr(GDir) listing = NULL;
  const char *name;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  info->duration = 0;
  info->has_video = FALSE;
  info->audio_languages = g_ptr_array_new_with_free_func (g_free);
  if (!run_mpv (file, NULL, 0, info, error))
    return FALSE;

  if (poster == NULL)
    return TRUE;

  /* A few seconds in (the first frame is often black), within the film. */
  dir = g_dir_make_tmp ("mis-poster-XXXXXX", error);
  if (dir == NULL)
    return FALSE;
  {
    MisVideoInfo again = { 0, FALSE, g_ptr_array_new_with_free_func (g_free) };
    double at = info->duration > 8 ? 4.0 : info->duration / 2;

    run_mpv (file, dir, at, &again, NULL);
    mis_video_info_clear (&again);
  }

  listing = g_dir_open (dir, 0, NULL);
  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *frame = g_build_filename (dir, name, NULL);
      g_autoptr(GFile) frame_file = g_file_new_for_path (frame);

      if (poster != NULL && g_str_has_suffix (name, ".jpg") &&
          g_file_move (frame_file, poster, G_FILE_COPY_NONE, NULL, NULL, NULL, NULL))
        poster = NULL;
      else
        g_unlink (frame);
    }
  g_rmdir (dir);

  if (poster != NULL)
    {
      g_autofree char *film = g_file_get_basename (file);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("%s: no picture could be taken from the film"), film);
      return FALSE;
    }
  return TRUE;
}

/**
 * mis_probe_pdf:
 * @title: (out) (nullable): the title in the PDF's information, if any
 */
gboolean
mis_probe_pdf (GFile    *file,
               char    **title,
               guint    *n_pages,
               GError  **error)
{
  g_autofree char *uri = g_file_get_uri (file);
  g_autoptr(GError) local_error = NULL;
  PopplerDocument *document = poppler_document_new_from_file (uri, NULL, &local_error);
  g_autofree char *name = g_file_get_basename (file);

  if (document == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("%s: not a PDF the reader can open (%s)"),
                   name, local_error->message);
      return FALSE;
    }

  *n_pages = (guint) poppler_document_get_n_pages (document);
  *title = poppler_document_get_title (document);
  if (*title != NULL && *g_strstrip (*title) == '\0')
    g_clear_pointer (title, g_free);
  g_object_unref (document);
  return TRUE;
}

gboolean
mis_probe_image (GFile   *file,
                 GError **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *name = g_file_get_basename (file);
  int width = 0, height = 0;

  if (path == NULL || gdk_pixbuf_get_file_info (path, &width, &height) == NULL || width <= 0 || height <= 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("%s: not a picture (JPEG, PNG or WebP)"), name);
      return FALSE;
    }
  return TRUE;
}
