/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-autohide.c: in fullscreen, the film's and the photo-novel's controls
 * show when poked (the pointer moved) and go after a delay without motion;
 * another poke starts the delay again; closing the viewer forgets it. The
 * delay is shortened here: the logic, not the 3 s, is under test.
 */
#include "config.h"

#include "mis-autohide.h"
#include "mis-fullscreen-box.h"
#include "mis-test-util.h"
#include "mis-test-window.h"

static void
count_cb (guint *count)
{
  (*count)++;
}

static gboolean
inactive (gpointer      autohide,
          gconstpointer data)
{
  return !mis_autohide_get_active (autohide);
}

static gboolean
done_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop for @ms: long enough for what must not happen. */
static void
run_for (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, done_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static MisAutohide *
new_autohide (GtkWidget **widget,
              guint      *changes)
{
  MisAutohide *autohide;

  *widget = g_object_ref_sink (gtk_label_new ("video"));
  autohide = mis_autohide_new (*widget);
  mis_autohide_set_hide_delay (autohide, 400);
  g_signal_connect_swapped (autohide, "changed", G_CALLBACK (count_cb), changes);
  return autohide;
}

static void
test_poke_and_hide (void)
{
  g_autoptr(GtkWidget) widget = NULL;
  guint changes = 0;
  g_autoptr(MisAutohide) autohide = new_autohide (&widget, &changes);

  g_assert_false (mis_autohide_get_active (autohide));
  mis_autohide_poke (autohide);
  g_assert_true (mis_autohide_get_active (autohide));
  g_assert_cmpuint (changes, ==, 1);

  mis_test_wait_for (autohide, inactive, NULL, 5, "the controls to hide");
  g_assert_cmpuint (changes, ==, 2);
}

static void
test_poke_again_restarts (void)
{
  g_autoptr(GtkWidget) widget = NULL;
  guint changes = 0;
  g_autoptr(MisAutohide) autohide = new_autohide (&widget, &changes);

  mis_autohide_poke (autohide);
  run_for (200);
  mis_autohide_poke (autohide);
  run_for (200);
  /* 400 ms after the first poke, but only 200 after the last: still shown. */
  g_assert_true (mis_autohide_get_active (autohide));
  mis_test_wait_for (autohide, inactive, NULL, 5, "the controls to hide");
}

static void
test_stop_forgets (void)
{
  g_autoptr(GtkWidget) widget = NULL;
  guint changes = 0;
  g_autoptr(MisAutohide) autohide = new_autohide (&widget, &changes);

  mis_autohide_poke (autohide);
  mis_autohide_stop (autohide);
  run_for (600);
  /* No hide after the viewer closed: nothing changed behind its back. */
  g_assert_cmpuint (changes, ==, 1);
}

typedef struct
{
  GtkBuilder       *builder;
  GtkWindow        *window;
  MisFullscreenBox *box;
  GtkRevealer      *top_revealer;
  GtkRevealer      *bottom_revealer;
  MisAutohide      *autohide;
} Box;

/* A window with the box every viewer has: header, content, controls. */
static void
box_open (Box *b)
{
  GtkWidget *content;

  g_type_ensure (MIS_TYPE_FULLSCREEN_BOX);
  b->builder = gtk_builder_new_from_string (
    "<interface>"
    "  <object class='GtkWindow' id='window'>"
    "    <property name='child'>"
    "      <object class='MisFullscreenBox' id='box'>"
    "        <child type='top'><object class='GtkLabel' id='top'><property name='label'>header</property></object></child>"
    "        <child><object class='GtkLabel' id='content'><property name='label'>film</property><property name='vexpand'>1</property></object></child>"
    "        <child type='bottom'><object class='GtkLabel' id='bottom'><property name='label'>controls</property></object></child>"
    "      </object>"
    "    </property>"
    "  </object>"
    "</interface>", -1);
  b->window = GTK_WINDOW (gtk_builder_get_object (b->builder, "window"));
  b->box = MIS_FULLSCREEN_BOX (gtk_builder_get_object (b->builder, "box"));
  b->top_revealer = GTK_REVEALER (gtk_widget_get_parent (GTK_WIDGET (gtk_builder_get_object (b->builder, "top"))));
  b->bottom_revealer = GTK_REVEALER (gtk_widget_get_parent (GTK_WIDGET (gtk_builder_get_object (b->builder, "bottom"))));
  b->autohide = mis_fullscreen_box_get_autohide (b->box);

  /* Top bar, content, bottom bar, in that order. */
  content = GTK_WIDGET (gtk_builder_get_object (b->builder, "content"));
  g_assert_true (gtk_widget_get_parent (content) == GTK_WIDGET (b->box));
  g_assert_true (gtk_widget_get_prev_sibling (content) == GTK_WIDGET (b->top_revealer));
  g_assert_true (gtk_widget_get_next_sibling (content) == GTK_WIDGET (b->bottom_revealer));

  mis_autohide_set_hide_delay (b->autohide, 400);
  gtk_window_present (b->window);
  g_assert_true (mis_autohide_get_window (b->autohide) == b->window);
}

static void
box_close (Box *b)
{
  gtk_window_destroy (b->window);
  g_clear_object (&b->builder);
}

/* In a window the bars stay, whatever the pointer does. */
static void
test_fullscreen_box_window (void)
{
  Box b;

  box_open (&b);
  g_assert_false (mis_fullscreen_box_get_fullscreen (b.box));
  g_assert_true (mis_fullscreen_box_get_revealed (b.box));
  g_assert_true (gtk_revealer_get_reveal_child (b.top_revealer));
  g_assert_true (gtk_revealer_get_reveal_child (b.bottom_revealer));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (b.box), "fullscreen"));
  mis_autohide_poke (b.autohide);
  run_for (700);
  g_assert_true (mis_fullscreen_box_get_revealed (b.box));
  g_assert_null (gtk_widget_get_cursor (GTK_WIDGET (b.box)));

  /* A presented manual hides its header, not the rest. */
  mis_fullscreen_box_set_hide_top (b.box, TRUE);
  g_assert_false (gtk_revealer_get_reveal_child (b.top_revealer));
  g_assert_true (gtk_revealer_get_reveal_child (b.bottom_revealer));
  mis_fullscreen_box_set_hide_top (b.box, FALSE);
  g_assert_true (gtk_revealer_get_reveal_child (b.top_revealer));

  /* Escape in a window: nothing to leave, the viewer goes on with it. */
  g_assert_false (mis_fullscreen_box_leave_fullscreen (b.box));
  box_close (&b);
}

static gboolean
fullscreen_is (gpointer      box,
               gconstpointer fullscreen)
{
  return mis_fullscreen_box_get_fullscreen (box) == GPOINTER_TO_INT (fullscreen);
}

static gboolean
revealed_is (gpointer      box,
             gconstpointer revealed)
{
  return mis_fullscreen_box_get_revealed (box) == GPOINTER_TO_INT (revealed);
}

static const char *
cursor_name (GtkWidget *widget)
{
  return gtk_widget_get_cursor (widget) ? gdk_cursor_get_name (gtk_widget_get_cursor (widget)) : NULL;
}

/* Fullscreen: the bars shown at first, gone after a still moment with the
 * pointer, back with a poke, kept while asked; Escape leaves. Only a window
 * manager makes a window fullscreen: under a bare X server (the test run's
 * Xvfb) this part is skipped; it runs with one (openbox on the Xvfb). */
static void
test_fullscreen_box_fullscreen (void)
{
  Box b;
  gint64 until;

  box_open (&b);
  gtk_window_fullscreen (b.window);
  until = g_get_monotonic_time () + 3 * G_USEC_PER_SEC;
  while (!mis_fullscreen_box_get_fullscreen (b.box) && g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
  if (!mis_fullscreen_box_get_fullscreen (b.box))
    {
      box_close (&b);
      g_test_skip ("No window manager to make the window fullscreen");
      return;
    }

  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (b.box), "fullscreen"));
  mis_test_wait_for (b.box, revealed_is, GINT_TO_POINTER (FALSE), 5, "the bars to hide");
  g_assert_false (gtk_revealer_get_reveal_child (b.top_revealer));
  g_assert_false (gtk_revealer_get_reveal_child (b.bottom_revealer));
  g_assert_cmpstr (cursor_name (GTK_WIDGET (b.box)), ==, "none");

  mis_autohide_poke (b.autohide);
  g_assert_true (mis_fullscreen_box_get_revealed (b.box));
  g_assert_true (gtk_revealer_get_reveal_child (b.bottom_revealer));
  g_assert_null (cursor_name (GTK_WIDGET (b.box)));
  mis_fullscreen_box_set_keep_revealed (b.box, TRUE);
  run_for (700);
  g_assert_true (mis_fullscreen_box_get_revealed (b.box));
  mis_fullscreen_box_set_keep_revealed (b.box, FALSE);
  g_assert_false (mis_fullscreen_box_get_revealed (b.box));

  g_assert_true (mis_fullscreen_box_leave_fullscreen (b.box));
  mis_test_wait_for (b.box, fullscreen_is, GINT_TO_POINTER (FALSE), 10, "the window to leave fullscreen");
  g_assert_true (mis_fullscreen_box_get_revealed (b.box));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (b.box), "fullscreen"));
  g_assert_null (cursor_name (GTK_WIDGET (b.box)));
  box_close (&b);
}

int
main (int   argc,
      char *argv[])
{
  if (!mis_test_init_ui (&argc, &argv))
    return g_test_run ();

  g_test_add_func ("/autohide/poke-and-hide", test_poke_and_hide);
  g_test_add_func ("/autohide/poke-again-restarts", test_poke_again_restarts);
  g_test_add_func ("/autohide/stop-forgets", test_stop_forgets);
  g_test_add_func ("/autohide/fullscreen-box/window", test_fullscreen_box_window);
  g_test_add_func ("/autohide/fullscreen-box/fullscreen", test_fullscreen_box_fullscreen);

  return g_test_run ();
}
