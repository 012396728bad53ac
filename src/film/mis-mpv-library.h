/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-mpv-library.h: libmpv, opened when the first film needs it. Files
 * that call libmpv include this header, after which the mpv_*() calls go
 * through the table mis_mpv_library_load() fills.
 */
#pragma once

#include <glib.h>
#include <mpv/client.h>
#include <mpv/render.h>
#include <mpv/render_gl.h>

G_BEGIN_DECLS

typedef struct
{
  mpv_handle   *(*create)                         (void);
  int           (*initialize)                     (mpv_handle *ctx);
  void          (*terminate_destroy)              (mpv_handle *ctx);
  const char   *(*error_string)                   (int error);
  void          (*free)                           (void *data);
  int           (*set_option_string)              (mpv_handle *ctx, const char *name, const char *data);
  int           (*set_property)                   (mpv_handle *ctx, const char *name, mpv_format format, void *data);
  int           (*set_property_string)            (mpv_handle *ctx, const char *name, const char *data);
  int           (*get_property)                   (mpv_handle *ctx, const char *name, mpv_format format, void *data);
  char         *(*get_property_string)            (mpv_handle *ctx, const char *name);
  int           (*observe_property)               (mpv_handle *mpv, uint64_t reply_userdata, const char *name,
                                                   mpv_format format);
  int           (*command)                        (mpv_handle *ctx, const char **args);
  mpv_event    *(*wait_event)                     (mpv_handle *ctx, double timeout);
  void          (*set_wakeup_callback)            (mpv_handle *ctx, void (*cb) (void *d), void *d);
  int           (*request_log_messages)           (mpv_handle *ctx, const char *min_level);
  int           (*render_context_create)          (mpv_render_context **res, mpv_handle *mpv,
                                                   mpv_render_param *params);
  void          (*render_context_set_update_callback) (mpv_render_context *ctx,
                                                       mpv_render_update_fn callback, void *callback_ctx);
  uint64_t      (*render_context_update)          (mpv_render_context *ctx);
  int           (*render_context_render)          (mpv_render_context *ctx, mpv_render_param *params);
  void          (*render_context_report_swap)     (mpv_render_context *ctx);
  void          (*render_context_free)            (mpv_render_context *ctx);
} MisMpvLibrary;

extern MisMpvLibrary mis_mpv_library;

gboolean mis_mpv_library_load (GError **error);

#define mpv_create                          (mis_mpv_library.create)
#define mpv_initialize                      (mis_mpv_library.initialize)
#define mpv_terminate_destroy               (mis_mpv_library.terminate_destroy)
#define mpv_error_string                    (mis_mpv_library.error_string)
#define mpv_free                            (mis_mpv_library.free)
#define mpv_set_option_string               (mis_mpv_library.set_option_string)
#define mpv_set_property                    (mis_mpv_library.set_property)
#define mpv_set_property_string             (mis_mpv_library.set_property_string)
#define mpv_get_property                    (mis_mpv_library.get_property)
#define mpv_get_property_string             (mis_mpv_library.get_property_string)
#define mpv_observe_property                (mis_mpv_library.observe_property)
#define mpv_command                         (mis_mpv_library.command)
#define mpv_wait_event                      (mis_mpv_library.wait_event)
#define mpv_set_wakeup_callback             (mis_mpv_library.set_wakeup_callback)
#define mpv_request_log_messages            (mis_mpv_library.request_log_messages)
#define mpv_render_context_create           (mis_mpv_library.render_context_create)
#define mpv_render_context_set_update_callback (mis_mpv_library.render_context_set_update_callback)
#define mpv_render_context_update           (mis_mpv_library.render_context_update)
#define mpv_render_context_render           (mis_mpv_library.render_context_render)
#define mpv_render_context_report_swap      (mis_mpv_library.render_context_report_swap)
#define mpv_render_context_free             (mis_mpv_library.render_context_free)

G_END_DECLS
