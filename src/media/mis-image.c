/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-image.c: pictures come from the kit, which is not trusted. The header
 * is read first and a picture claiming more than 100 megapixels is refused
 * before it can fill the memory of an old laptop (a decompression bomb).
 * The picture is then decoded straight at the size it will be shown, in the
 * caller's thread (a worker: never the main thread); only wrapping the
 * pixels in a texture happens on the main thread.
 */
#define G_LOG_DOMAIN "mis-image"

#include "config.h"

#include <glib/gi18n.h>
#include <gdk-pixbuf/gdk-pixbuf.h>

#include "mis-image.h"

G_DEFINE_QUARK (mis-image-error-quark, mis_image_error)

/* The pixels stay as gdk-pixbuf decoded them: opaque RGB, or RGBA with
 * straight alpha. Both are formats GL takes as they are, and the ones that
 * GTK 4.8's cairo renderer (chosen on software rasterisers) converts fastest:
 * it converts every texture it draws at every frame, and turns its own
 * premultiplied BGRA through floats, several times slower (about 9 ms for a
 * 1280×960 page against 1 ms for RGB on the 2-core test machine; see
 * docs/profiling.md). RGB is also a quarter smaller. */
static MisImage *
image_from_pixbuf (GdkPixbuf *pixbuf)
{
  MisImage *image = g_new0 (MisImage, 1);

  image->width = gdk_pixbuf_get_width (pixbuf);
  image->height = gdk_pixbuf_get_height (pixbuf);
  image->stride = gdk_pixbuf_get_rowstride (pixbuf);
  image->format = gdk_pixbuf_get_has_alpha (pixbuf) ? GDK_MEMORY_R8G8B8A8 : GDK_MEMORY_R8G8B8;
  image->pixels = gdk_pixbuf_read_pixel_bytes (pixbuf);
  return image;
}

/**
 * mis_image_decode:
 * @max_width: @max_height: the box to fit the picture in; its aspect ratio
 *   is kept and it is never enlarged
 *
 * Returns: (transfer full): the decoded pixels, or %NULL with @error set to
 *   a sentence that names the file.
 */
MisImage *
mis_image_decode (GFile   *file,
                  int      max_width,
                  int      max_height,
                  GError **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *name = g_file_get_basename (file);
  g_autoptr(GdkPixbuf) pixbuf = NULL;
  g_autoptr(GError) local_error = NULL;
  int width = 0, height = 0;

  if (path == NULL || !g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, MIS_IMAGE_ERROR, MIS_IMAGE_ERROR_NOT_FOUND, _("%s cannot be found"), name);
      return NULL;
    }

  if (gdk_pixbuf_get_file_info (path, &width, &height) == NULL || width <= 0 || height <= 0)
    {
      g_set_error (error, MIS_IMAGE_ERROR, MIS_IMAGE_ERROR_NOT_AN_IMAGE,
                   _("%s is not an image this app can show"), name);
      return NULL;
    }

  if ((gint64)width * height > MIS_IMAGE_MAX_PIXELS)
    {
      g_set_error (error, MIS_IMAGE_ERROR, MIS_IMAGE_ERROR_TOO_LARGE,
                   _("%s is too large to be shown safely (%d × %d pixels)"), name, width, height);
      return NULL;
    }

  max_width = CLAMP (max_width, 1, width);
  max_height = CLAMP (max_height, 1, height);

  if (!(pixbuf = gdk_pixbuf_new_from_file_at_scale (path, max_width, max_height, TRUE, &local_error)))
    {
      g_set_error (error, MIS_IMAGE_ERROR, MIS_IMAGE_ERROR_DAMAGED,
                   _("%s is damaged and cannot be shown: %s"), name, local_error->message);
      return NULL;
    }

  return image_from_pixbuf (pixbuf);
}

/**
 * mis_image_to_texture:
 *
 * Returns: (transfer full): a texture sharing the image's pixels.
 */
GdkTexture *
mis_image_to_texture (MisImage *image)
{
  g_return_val_if_fail (image != NULL, NULL);

  return gdk_memory_texture_new (image->width, image->height, image->format,
                                 image->pixels, image->stride);
}

gsize
mis_image_get_size (MisImage *image)
{
  return g_bytes_get_size (image->pixels);
}

void
mis_image_free (MisImage *image)
{
  g_clear_pointer (&image->pixels, g_bytes_unref);
  g_free (image);
}
