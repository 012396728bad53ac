/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-search.c: what youths type finds what they mean: without accents,
 * in any case, by the start of words.
 */
#include "mis-search.h"

static gboolean
matches (const char *query,
         const char *text)
{
  g_auto(GStrv) query_words = mis_search_tokenize (query);
  g_auto(GStrv) text_words = mis_search_tokenize (text);

  return mis_search_match ((const char * const *)query_words, (const char * const *)text_words);
}

static void
test_fold (void)
{
  g_autofree char *a = mis_search_fold ("Sécurité");
  g_autofree char *b = mis_search_fold ("HARCÈLEMENT à l'école");
  g_autofree char *c = mis_search_fold ("Cœur ŒUVRE Straße ĳs");
  g_autofree char *d = mis_search_fold ("Übermäßig");

  g_assert_cmpstr (a, ==, "securite");
  g_assert_cmpstr (b, ==, "harcelement a l'ecole");
  g_assert_cmpstr (c, ==, "coeur oeuvre strasse ijs");
  g_assert_cmpstr (d, ==, "ubermassig");
}

static void
test_tokenize (void)
{
  g_auto(GStrv) words = mis_search_tokenize ("  Mots de passe : « sécurité » (2e partie)! ");
  const char *expected[] = { "mots", "de", "passe", "securite", "2e", "partie", NULL };

  g_assert_cmpstrv (words, expected);
}

static void
test_match (void)
{
  g_assert_true (matches ("securite", "Sécurité en ligne"));
  g_assert_true (matches ("SÉCU", "la sécurité"));
  g_assert_true (matches ("mot pas", "Sécurisation des mots de passe"));
  g_assert_true (matches ("pas mot", "Sécurisation des mots de passe"));
  g_assert_true (matches ("harcel", "Harcèlement en ligne"));
  g_assert_true (matches ("wacht", "Wachtwoordbeveiliging"));
  g_assert_true (matches ("", "anything"));
  g_assert_true (matches ("  ", "anything"));

  /* Prefixes of words, not any substring. */
  g_assert_false (matches ("passe", "impasse"));
  g_assert_false (matches ("mot xyz", "mots de passe"));
  g_assert_false (matches ("grooming", "Sexting"));
  g_assert_false (matches ("a", ""));
}

/* The words a hit shows, with those the query found in bold. */
static void
test_markup (void)
{
  g_auto(GStrv) query = mis_search_tokenize ("mot PASSE");
  g_autofree char *markup = mis_search_markup ("Ton « mot de passe » & tes <mots> : Passé.", (const char * const *) query);

  g_assert_cmpstr (markup, ==, "Ton « <b>mot</b> de <b>passe</b> » &amp; tes &lt;<b>mots</b>&gt; : <b>Passé</b>.");
  g_clear_pointer (&markup, g_free);
  markup = mis_search_markup ("rien", NULL);
  g_assert_cmpstr (markup, ==, "rien");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/search/fold", test_fold);
  g_test_add_func ("/search/tokenize", test_tokenize);
  g_test_add_func ("/search/match", test_match);
  g_test_add_func ("/search/markup", test_markup);

  return g_test_run ();
}
