/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-cover-loader.c: the library's covers, decoded from the test kit's
 * real pictures, come back from the cache when asked again, and the cache
 * keeps the covers used last within its memory bound.
 */
#include "config.h"

#include "mis-cover-loader.h"
#include "mis-kit.h"
#include "mis-test-util.h"

static MisKit *
load_test_kit (void)
{
  g_autofree char *dir = mis_test_good_kit_dir ();
  g_autoptr(GFile) file = g_file_new_for_path (dir);
  g_autoptr(GError) error = NULL;
  MisKit *kit = mis_kit_load (file, MIS_KIT_LOAD_FLAGS_NONE, NULL, &error);

  g_assert_no_error (error);
  return kit;
}

static GdkTexture *
load_cover (MisCoverLoader *loader,
            MisResource    *resource,
            int             width)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  GdkTexture *texture;

  mis_cover_loader_load_async (loader, resource, width, 90, NULL, mis_test_store_result_cb, &result);
  texture = mis_cover_loader_load_finish (loader, mis_test_wait_result (&result), &error);
  g_assert_no_error (error);
  g_assert_nonnull (texture);
  return texture;
}

static gsize
texture_bytes (GdkTexture *texture)
{
  return (gsize) gdk_texture_get_width (texture) * gdk_texture_get_height (texture) * 4;
}

static void
test_cached (void)
{
  g_autoptr(MisKit) kit = load_test_kit ();
  MisResource *film = mis_kit_lookup_resource (kit, "film-passwords");
  g_autoptr(MisCoverLoader) loader = mis_cover_loader_new (16 * 1024 * 1024);
  g_autoptr(GdkTexture) first = load_cover (loader, film, 120);
  g_autoptr(GdkTexture) again = load_cover (loader, film, 120);

  /* Fitted to the box, and the same texture the second time. */
  g_assert_cmpint (gdk_texture_get_width (first), <=, 120);
  g_assert_cmpint (gdk_texture_get_height (first), <=, 90);
  g_assert_true (first == again);
  g_assert_cmpuint (mis_cover_loader_get_cached_bytes (loader), ==, texture_bytes (first));
}

static void
test_bounded (void)
{
  g_autoptr(MisKit) kit = load_test_kit ();
  MisResource *film = mis_kit_lookup_resource (kit, "film-passwords");
  g_autoptr(MisCoverLoader) probe = mis_cover_loader_new (G_MAXSIZE);
  g_autoptr(GdkTexture) sample = load_cover (probe, film, 120);
  gsize one = texture_bytes (sample);
  /* Room for two covers of that size, not three. */
  g_autoptr(MisCoverLoader) loader = mis_cover_loader_new (2 * one + one / 2);
  g_autoptr(GdkTexture) a = load_cover (loader, film, 120);
  g_autoptr(GdkTexture) b = load_cover (loader, film, 121);
  g_autoptr(GdkTexture) c = NULL;
  g_autoptr(GdkTexture) b_again = NULL;
  g_autoptr(GdkTexture) c_again = NULL;
  g_autoptr(GdkTexture) a_again = NULL;

  /* Asking for a again makes it the newest, so b goes when c comes. */
  g_clear_object (&a);
  a = load_cover (loader, film, 120);
  c = load_cover (loader, film, 122);
  g_assert_cmpuint (mis_cover_loader_get_cached_bytes (loader), <=, 2 * one + one / 2);

  a_again = load_cover (loader, film, 120);
  c_again = load_cover (loader, film, 122);
  g_assert_true (a_again == a);
  g_assert_true (c_again == c);
  b_again = load_cover (loader, film, 121);
  g_assert_true (b_again != b);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cover-loader/cached", test_cached);
  g_test_add_func ("/cover-loader/bounded", test_bounded);

  return g_test_run ();
}
