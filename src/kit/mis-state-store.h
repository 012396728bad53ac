/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-state-store.h: what the app remembers for a user, per kit and resource.
 */
#pragma once

#include <gio/gio.h>

#include "mis-kit-types.h"

G_BEGIN_DECLS

#define MIS_TYPE_STATE_STORE (mis_state_store_get_type ())
G_DECLARE_FINAL_TYPE (MisStateStore, mis_state_store, MIS, STATE_STORE, GObject)

MisStateStore *mis_state_store_new          (const char    *directory,
                                             gboolean       private_mode);
MisStateStore *mis_state_store_new_default  (gboolean       private_mode);
gboolean       mis_state_store_get_private  (MisStateStore *self);
void           mis_state_store_make_private (MisStateStore *self);
const char    *mis_state_store_get_directory (MisStateStore *self);

char          *mis_state_store_get_string   (MisStateStore *self,
                                             const char    *kit_id,
                                             const char    *resource_id,
                                             const char    *key);
void           mis_state_store_set_string   (MisStateStore *self,
                                             const char    *kit_id,
                                             const char    *resource_id,
                                             const char    *key,
                                             const char    *value);
double         mis_state_store_get_double   (MisStateStore *self,
                                             const char    *kit_id,
                                             const char    *resource_id,
                                             const char    *key,
                                             double         default_value);
void           mis_state_store_set_double   (MisStateStore *self,
                                             const char    *kit_id,
                                             const char    *resource_id,
                                             const char    *key,
                                             double         value);
gboolean       mis_state_store_get_boolean  (MisStateStore *self,
                                             const char    *kit_id,
                                             const char    *resource_id,
                                             const char    *key);
void           mis_state_store_set_boolean  (MisStateStore *self,
                                             const char    *kit_id,
                                             const char    *resource_id,
                                             const char    *key,
                                             gboolean       value);
void           mis_state_store_forget_session (MisStateStore *self);
void           mis_state_store_forget_kit   (MisStateStore *self,
                                             const char    *kit_id);
gboolean       mis_state_store_flush        (MisStateStore *self,
                                             GError       **error);

G_END_DECLS
