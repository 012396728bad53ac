/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-image.h: decoding a kit's picture at the size it is shown, safely.
 */
#pragma once

#include <gdk/gdk.h>

G_BEGIN_DECLS

/* A picture claiming more pixels than this is refused before decoding. */
#define MIS_IMAGE_MAX_PIXELS (100 * 1000 * 1000)

#define MIS_IMAGE_ERROR (mis_image_error_quark ())

typedef enum
{
  MIS_IMAGE_ERROR_NOT_FOUND,
  MIS_IMAGE_ERROR_NOT_AN_IMAGE,
  MIS_IMAGE_ERROR_TOO_LARGE,
  MIS_IMAGE_ERROR_DAMAGED,
} MisImageError;

typedef struct
{
  GBytes *pixels;
  int     width;
  int     height;
  gsize   stride;
  GdkMemoryFormat format;
} MisImage;

GQuark      mis_image_error_quark (void);
MisImage   *mis_image_decode      (GFile         *file,
                                   int            max_width,
                                   int            max_height,
                                   GError       **error);
GdkTexture *mis_image_to_texture  (MisImage      *image);
gsize       mis_image_get_size    (MisImage      *image);
void        mis_image_free        (MisImage      *image);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MisImage, mis_image_free)

G_END_DECLS
