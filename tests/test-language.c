/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-language.c: which kit language a user gets first, and which text is
 * shown when a translation is missing.
 */
#include "mis-language.h"
#include "mis-resource.h"

static void
test_pick (void)
{
  const char *kit[] = { "fr", "nl", "de", "en", NULL };
  const char *dutch_user[] = { "nl_BE.UTF-8", "nl_BE", "nl.UTF-8", "nl", "C", NULL };
  const char *arabic_then_german[] = { "ar_MA.UTF-8", "ar", "de_AT", "de", "C", NULL };
  const char *c_user[] = { "C", NULL };
  const char *swiss_german[] = { "de_CH@euro", NULL };
  g_autofree char *a = mis_language_pick (kit, "fr", dutch_user);
  g_autofree char *b = mis_language_pick (kit, "fr", arabic_then_german);
  g_autofree char *c = mis_language_pick (kit, "fr", c_user);
  g_autofree char *d = mis_language_pick (kit, "fr", swiss_german);
  g_autofree char *e = mis_language_pick (kit, "fr", NULL);

  g_assert_cmpstr (a, ==, "nl");
  g_assert_cmpstr (b, ==, "de");
  g_assert_cmpstr (c, ==, "fr");
  g_assert_cmpstr (d, ==, "de");
  g_assert_cmpstr (e, ==, "fr");
}

static void
test_lookup (void)
{
  g_autoptr(GHashTable) full = mis_lang_map_new ();
  g_autoptr(GHashTable) partial = mis_lang_map_new ();
  g_autoptr(GHashTable) odd = mis_lang_map_new ();

  g_hash_table_insert (full, g_strdup ("fr"), g_strdup ("Bonjour"));
  g_hash_table_insert (full, g_strdup ("nl"), g_strdup ("Hallo"));
  g_hash_table_insert (full, g_strdup ("en"), g_strdup ("Hello"));
  g_hash_table_insert (partial, g_strdup ("en"), g_strdup ("Hello"));
  g_hash_table_insert (odd, g_strdup ("tr"), g_strdup ("Merhaba"));
  g_hash_table_insert (odd, g_strdup ("es"), g_strdup ("Hola"));

  g_assert_cmpstr (mis_lang_map_lookup (full, "nl", "fr"), ==, "Hallo");
  g_assert_cmpstr (mis_lang_map_lookup (full, "de", "fr"), ==, "Bonjour");
  g_assert_cmpstr (mis_lang_map_lookup (partial, "nl", "fr"), ==, "Hello");
  /* Neither wanted, default nor English: the same text every time. */
  g_assert_cmpstr (mis_lang_map_lookup (odd, "nl", "fr"), ==, "Hola");
  g_assert_null (mis_lang_map_lookup (NULL, "nl", "fr"));
}

static void
test_display_name (void)
{
  g_assert_cmpstr (mis_language_display_name ("fr"), ==, "Français");
  g_assert_cmpstr (mis_language_display_name ("nl"), ==, "Nederlands");
  /* Audio tracks as video files name them. */
  g_assert_cmpstr (mis_language_display_name ("fre"), ==, "Français");
  g_assert_cmpstr (mis_language_display_name ("dut"), ==, "Nederlands");
  g_assert_cmpstr (mis_language_display_name ("deu"), ==, "Deutsch");
  g_assert_cmpstr (mis_language_display_name ("ENG"), ==, "English");
  g_assert_cmpstr (mis_language_display_name ("xyz"), ==, "xyz");
  g_assert_cmpstr (mis_language_display_name ("xx"), ==, "xx");
}

static void
test_format_speed (void)
{
  g_autofree char *slow = mis_format_speed (0.75);
  g_autofree char *fast = mis_format_speed (2);

  g_assert_cmpstr (slow, ==, "0.75×");
  g_assert_cmpstr (fast, ==, "2×");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/language/pick", test_pick);
  g_test_add_func ("/language/lookup", test_lookup);
  g_test_add_func ("/language/display-name", test_display_name);
  g_test_add_func ("/language/format-speed", test_format_speed);

  return g_test_run ();
}
