/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-window-cover.c: the window's part in the quick exit and on shared
 * computers: the hint and the countdown over the app, the film silenced, the
 * neutral screen that covers everything, and the reset behind it that leaves
 * the window as the next person should find it.
 */
#define G_LOG_DOMAIN "mis-window"

#include "config.h"

#include <glib/gi18n.h>

#include "mis-language.h"
#include "mis-util.h"
#include "mis-window-private.h"

/**
 * mis_window_set_quick_exit_hint:
 * @presses: how many presses of the quick-exit gesture were made; 0 hides
 *   the hint
 */
void
mis_window_set_quick_exit_hint (MisWindow *self,
                                guint      presses)
{
  g_return_if_fail (MIS_IS_WINDOW (self));
  mis_quick_exit_hint_set_presses (self->hint, presses);
}

/**
 * mis_window_get_quick_exit_hint:
 *
 * Returns: the presses the hint shows; 0 when it is hidden
 */
guint
mis_window_get_quick_exit_hint (MisWindow *self)
{
  g_return_val_if_fail (MIS_IS_WINDOW (self), 0);
  return mis_quick_exit_hint_get_presses (self->hint);
}

/**
 * mis_window_set_countdown:
 * @seconds: the seconds left before a shared computer resets; 0 hides the
 *   countdown
 */
void
mis_window_set_countdown (MisWindow *self,
                          guint      seconds)
{
  g_return_if_fail (MIS_IS_WINDOW (self));
  mis_countdown_set_seconds (self->countdown, seconds);
}

guint
mis_window_get_countdown (MisWindow *self)
{
  g_return_val_if_fail (MIS_IS_WINDOW (self), 0);
  return mis_countdown_get_seconds (self->countdown);
}

/**
 * mis_window_silence:
 *
 * Pauses and mutes the film, if one plays, at once.
 *
 * Returns: whether a film was playing
 */
gboolean
mis_window_silence (MisWindow *self)
{
  g_return_val_if_fail (MIS_IS_WINDOW (self), FALSE);
  /* Both, at once: neither may wait for the other. */
  gboolean film = self->player_view != NULL && mis_player_view_silence (self->player_view);

  return _mis_window_plans_silence (self) || film;
}

/* Loading an icon costs a few milliseconds: the taskbar's changes just
 * after the clock is on screen. */
static void
neutral_icon_cb (GtkWidget *widget,
                 gpointer   data)
{
  if (mis_window_get_covered (MIS_WINDOW (widget)))
    gtk_window_set_icon_name (GTK_WINDOW (widget), mis_neutral_screen_get_icon_name ());
}

/**
 * mis_window_cover:
 *
 * Shows the neutral screen instead of the app, in the next frame: the
 * title and the icon the taskbar shows become neutral too.
 */
void
mis_window_cover (MisWindow *self)
{
  g_return_if_fail (MIS_IS_WINDOW (self));

  if (mis_window_get_covered (self))
    return;

  mis_window_set_quick_exit_hint (self, 0);
  gtk_stack_set_visible_child_name (self->cover_stack, "neutral");
  _mis_window_update_title (self);
  mis_after_next_paint (GTK_WIDGET (self), neutral_icon_cb, NULL, NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->neutral_screen));
  g_object_notify (G_OBJECT (self), "covered");
}

/**
 * mis_window_uncover:
 *
 * Shows the app again, as mis_window_reset() left it.
 */
void
mis_window_uncover (MisWindow *self)
{
  g_return_if_fail (MIS_IS_WINDOW (self));

  if (!mis_window_get_covered (self))
    return;

  gtk_stack_set_visible_child_name (self->cover_stack, "app");
  gtk_window_set_icon_name (GTK_WINDOW (self), NULL);
  _mis_window_update_title (self);
  if (mis_window_get_page (self) == MIS_WINDOW_PAGE_LIBRARY)
    mis_library_view_focus_grid (self->library_view);
  g_object_notify (G_OBJECT (self), "covered");
}

/**
 * mis_window_reset:
 * @default_language: whether the kit goes back to its first language too
 *   (on a shared computer)
 *
 * As the next person should find the window: every viewer closed, the
 * library with no search and no filter, at the top, and no message left
 * from before.
 */
void
mis_window_reset (MisWindow *self,
                  gboolean   default_language)
{
  g_autoptr(GPtrArray) toasts = NULL;

  g_return_if_fail (MIS_IS_WINDOW (self));

  mis_window_set_countdown (self, 0);
  mis_window_set_quick_exit_hint (self, 0);

  /* Dismissing a toast takes it out of self->toasts. */
  toasts = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < self->toasts->len; i++)
    g_ptr_array_add (toasts, g_object_ref (g_ptr_array_index (self->toasts, i)));
  for (guint i = 0; i < toasts->len; i++)
    adw_toast_dismiss (g_ptr_array_index (toasts, i));

  if (self->kit == NULL)
    return;

  if (default_language)
    {
      g_autofree char *picked = mis_language_pick (mis_kit_get_languages (self->kit),
                                                   mis_kit_get_default_language (self->kit),
                                                   g_get_language_names ());
      mis_kit_set_language (self->kit, picked);
    }

  _mis_window_plans_reset (self);
  mis_window_show_library (self);
  mis_library_view_reset (self->library_view);
}

void
_mis_window_update_playing (MisWindow *self)
{
  gboolean playing = (self->player_view != NULL && mis_player_view_get_playing (self->player_view)) ||
                     _mis_window_plans_playing (self);

  if (self->film_playing == playing)
    return;

  self->film_playing = playing;
  g_object_notify (G_OBJECT (self), "film-playing");
}

gboolean
mis_window_get_film_playing (MisWindow *self)
{
  g_return_val_if_fail (MIS_IS_WINDOW (self), FALSE);
  return self->film_playing;
}

/**
 * mis_window_set_shared_computer:
 *
 * On a shared computer, "Help" is in every header bar.
 */
void
mis_window_set_shared_computer (MisWindow *self,
                                gboolean   shared_computer)
{
  g_return_if_fail (MIS_IS_WINDOW (self));

  shared_computer = !!shared_computer;
  if (self->shared_computer == shared_computer)
    return;

  self->shared_computer = shared_computer;
  _mis_window_update_kit_actions (self);
  g_object_notify (G_OBJECT (self), "shared-computer");
}

gboolean
mis_window_get_shared_computer (MisWindow *self)
{
  g_return_val_if_fail (MIS_IS_WINDOW (self), FALSE);
  return self->shared_computer;
}

