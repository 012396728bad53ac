/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-page-cache.c: pages decoded in workers at the size asked, kept within
 * their memory bound, and every bad picture refused with a message naming
 * it: missing, not a picture, or claiming 400 megapixels; a truncated
 * picture is shown as far as it goes.
 */
#include "config.h"

#include "mis-image.h"
#include "mis-page-cache.h"
#include "mis-test-util.h"

static GFile *
image (const char *name)
{
  g_autofree char *path = g_build_filename (mis_test_data_dir (), "images", name, NULL);
  return g_file_new_for_path (path);
}

typedef struct
{
  GdkTexture *texture;
  GError     *error;
  gboolean    done;
} Result;

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  Result *r = user_data;

  r->texture = mis_page_cache_load_finish (MIS_PAGE_CACHE (object), result, &r->error);
  r->done = TRUE;
}

static Result
load (MisPageCache *cache,
      GFile        *file,
      int           width,
      int           height)
{
  Result r = { NULL, NULL, FALSE };

  mis_page_cache_load_async (cache, file, width, height, G_PRIORITY_DEFAULT, NULL, loaded_cb, &r);
  while (!r.done)
    g_main_context_iteration (NULL, TRUE);
  return r;
}

static void
test_decode_at_size (void)
{
  g_autoptr(MisPageCache) cache = mis_page_cache_new (64 * 1024 * 1024);
  g_autoptr(GFile) page = image ("page.jpg");
  Result r = load (cache, page, 400, 400);
  g_autoptr(GdkTexture) again = NULL;

  g_assert_no_error (r.error);
  /* 800x600 fitted in 400x400, aspect kept. */
  g_assert_cmpint (gdk_texture_get_width (r.texture), ==, 400);
  g_assert_cmpint (gdk_texture_get_height (r.texture), ==, 300);

  /* Decoded once: the next turn finds it at once. */
  again = mis_page_cache_lookup (cache, page, 400, 400);
  g_assert_true (again == r.texture);
  g_assert_null (mis_page_cache_lookup (cache, page, 200, 200));

  /* Never enlarged beyond the picture itself. */
  {
    Result big = load (cache, page, 4000, 4000);
    g_assert_cmpint (gdk_texture_get_width (big.texture), ==, 800);
    g_object_unref (big.texture);
  }

  g_object_unref (r.texture);
}

static void
test_eviction (void)
{
  g_autoptr(GFile) page = image ("page.jpg");
  /* Room for two 200x150 pages (3 bytes a pixel: opaque RGB), not three. */
  g_autoptr(MisPageCache) cache = mis_page_cache_new (200 * 150 * 3 * 5 / 2);
  Result a = load (cache, page, 200, 200);
  Result b = load (cache, page, 201, 201);
  Result c;
  GdkTexture *t;

  g_assert_cmpuint (mis_page_cache_get_n_items (cache), ==, 2);
  /* Using the first keeps it: the second is now the oldest. */
  t = mis_page_cache_lookup (cache, page, 200, 200);
  g_object_unref (t);
  c = load (cache, page, 202, 202);

  g_assert_cmpuint (mis_page_cache_get_n_items (cache), ==, 2);
  g_assert_cmpuint (mis_page_cache_get_size (cache), <=, 200 * 150 * 3 * 5 / 2);
  g_assert_null (mis_page_cache_lookup (cache, page, 201, 201));
  t = mis_page_cache_lookup (cache, page, 200, 200);
  g_assert_nonnull (t);
  g_object_unref (t);

  g_object_unref (a.texture);
  g_object_unref (b.texture);
  g_object_unref (c.texture);
}

static void
test_flat_memory (void)
{
  g_autoptr(GFile) page = image ("page.jpg");
  g_autoptr(MisPageCache) cache = mis_page_cache_new (1024 * 1024);

  /* A long reading session: hundreds of sizes, the bound holds. */
  for (int i = 0; i < 200; i++)
    {
      Result r = load (cache, page, 300 + i, 300 + i);
      g_object_unref (r.texture);
      g_assert_cmpuint (mis_page_cache_get_size (cache), <=, 1024 * 1024);
    }
}

static void
assert_refused (const char *name,
                int         code,
                const char *prefix)
{
  g_autoptr(MisPageCache) cache = mis_page_cache_new (1024 * 1024);
  g_autoptr(GFile) file = image (name);
  Result r = load (cache, file, 400, 400);

  g_assert_null (r.texture);
  g_assert_error (r.error, MIS_IMAGE_ERROR, code);
  g_test_message ("%s: %s", name, r.error->message);
  g_assert_true (g_str_has_prefix (r.error->message, prefix));
  g_assert_cmpuint (mis_page_cache_get_n_items (cache), ==, 0);
  g_error_free (r.error);
}

static void
test_bad_images (void)
{
  assert_refused ("missing.jpg", MIS_IMAGE_ERROR_NOT_FOUND, "missing.jpg cannot be found");
  assert_refused ("not-an-image.png", MIS_IMAGE_ERROR_NOT_AN_IMAGE, "not-an-image.png is not an image");
  assert_refused ("corrupt.jpg", MIS_IMAGE_ERROR_NOT_AN_IMAGE, "corrupt.jpg is not an image");
  /* Refused from its header, before any of its 400 million pixels. */
  assert_refused ("bomb.png", MIS_IMAGE_ERROR_TOO_LARGE, "bomb.png is too large to be shown safely (20000 × 20000 pixels)");
}

static void
test_truncated (void)
{
  g_autoptr(MisPageCache) cache = mis_page_cache_new (1024 * 1024);
  g_autoptr(GFile) file = image ("truncated.jpg");
  Result r = load (cache, file, 400, 400);

  /* What arrived of a truncated page is shown. */
  g_assert_no_error (r.error);
  g_assert_cmpint (gdk_texture_get_width (r.texture), ==, 400);
  g_object_unref (r.texture);
}

static void
test_shared_decode (void)
{
  g_autoptr(MisPageCache) cache = mis_page_cache_new (64 * 1024 * 1024);
  g_autoptr(GFile) page = image ("page.jpg");
  Result a = { NULL, NULL, FALSE }, b = { NULL, NULL, FALSE };

  /* Asked twice at once (a prefetch, then the turn): one decode, one texture. */
  mis_page_cache_load_async (cache, page, 300, 300, G_PRIORITY_LOW, NULL, loaded_cb, &a);
  mis_page_cache_load_async (cache, page, 300, 300, G_PRIORITY_DEFAULT, NULL, loaded_cb, &b);
  while (!a.done || !b.done)
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (a.texture == b.texture);
  g_assert_cmpuint (mis_page_cache_get_n_items (cache), ==, 1);
  g_object_unref (a.texture);
  g_object_unref (b.texture);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/page-cache/decode-at-size", test_decode_at_size);
  g_test_add_func ("/page-cache/eviction", test_eviction);
  g_test_add_func ("/page-cache/flat-memory", test_flat_memory);
  g_test_add_func ("/page-cache/bad-images", test_bad_images);
  g_test_add_func ("/page-cache/truncated", test_truncated);
  g_test_add_func ("/page-cache/shared-decode", test_shared_decode);

  return g_test_run ();
}
