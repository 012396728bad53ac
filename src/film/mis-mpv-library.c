/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-mpv-library.c: libmpv is opened with dlopen() when the first film is
 * played, not when the app starts. It brings some 180 libraries of its own
 * (ffmpeg, codecs, SDL, libplacebo) that the library, the photo-novels and
 * the manuals never use: loading and relocating them took a fifth of the
 * app's start-up on the test machine (see docs/profiling.md).
 */
#define G_LOG_DOMAIN "mis-mpv"

#include "config.h"

#include <dlfcn.h>
#include <string.h>
#include <gio/gio.h>
#include <glib/gi18n.h>

#include "mis-mpv-library.h"

/* The soname of the client API 2.x Debian 12 ships (libmpv2). */
#define LIBMPV_SONAME "libmpv.so.2"

MisMpvLibrary mis_mpv_library;

static gboolean
load_symbols (void    *handle,
              GError **error)
{
  static const struct { const char *name; gsize offset; } symbols[] = {
#define SYMBOL(field, name) { name, G_STRUCT_OFFSET (MisMpvLibrary, field) }
    SYMBOL (create, "mpv_create"),
    SYMBOL (initialize, "mpv_initialize"),
    SYMBOL (terminate_destroy, "mpv_terminate_destroy"),
    SYMBOL (error_string, "mpv_error_string"),
    SYMBOL (free, "mpv_free"),
    SYMBOL (set_option_string, "mpv_set_option_string"),
    SYMBOL (set_property, "mpv_set_property"),
    SYMBOL (set_property_string, "mpv_set_property_string"),
    SYMBOL (get_property, "mpv_get_property"),
    SYMBOL (get_property_string, "mpv_get_property_string"),
    SYMBOL (observe_property, "mpv_observe_property"),
    SYMBOL (command, "mpv_command"),
    SYMBOL (wait_event, "mpv_wait_event"),
    SYMBOL (set_wakeup_callback, "mpv_set_wakeup_callback"),
    SYMBOL (request_log_messages, "mpv_request_log_messages"),
    SYMBOL (render_context_create, "mpv_render_context_create"),
    SYMBOL (render_context_set_update_callback, "mpv_render_context_set_update_callback"),
    SYMBOL (render_context_update, "mpv_render_context_update"),
    SYMBOL (render_context_render, "mpv_render_context_render"),
    SYMBOL (render_context_report_swap, "mpv_render_context_report_swap"),
    SYMBOL (render_context_free, "mpv_render_context_free"),
#undef SYMBOL
  };
  MisMpvLibrary table = { 0 };

  for (gsize i = 0; i < G_N_ELEMENTS (symbols); i++)
    {
      void *symbol = dlsym (handle, symbols[i].name);

      if (symbol == NULL)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                       _("The video player could not be started: %s has no %s."), LIBMPV_SONAME, symbols[i].name);
          return FALSE;
        }
      /* ISO C has no conversion from an object pointer to a function pointer:
       * the table's slots are filled as the bytes they are, as POSIX allows. */
      memcpy (G_STRUCT_MEMBER_P (&table, symbols[i].offset), &symbol, sizeof symbol);
    }

  mis_mpv_library = table;
  return TRUE;
}

/**
 * mis_mpv_library_load:
 *
 * Opens libmpv the first time; later calls say whether that worked.
 * Main thread only.
 *
 * Returns: whether the mpv_*() calls can be made
 */
gboolean
mis_mpv_library_load (GError **error)
{
  static gboolean loaded;
  static char *failure;
  void *handle;

  if (loaded)
    return TRUE;
  if (failure != NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, failure);
      return FALSE;
    }

  handle = dlopen (LIBMPV_SONAME, RTLD_NOW | RTLD_LOCAL);
  if (handle == NULL)
    {
      failure = g_strdup_printf (_("The video player could not be started: %s cannot be loaded (%s)."),
                                 LIBMPV_SONAME, dlerror ());
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, failure);
      return FALSE;
    }

  if (!load_symbols (handle, error))
    {
      dlclose (handle);
      failure = g_strdup (_("The video player could not be started."));
      return FALSE;
    }

  /* Never closed: mpv's threads and callbacks may outlive any one player. */
  loaded = TRUE;
  return TRUE;
}
