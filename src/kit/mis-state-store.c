/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-state-store.c: one key file per kit under the user's state folder,
 * groups named after resources ("kit" for the kit itself). Every write goes
 * to a temporary file that is then renamed over the old one, so a crash or a
 * power cut leaves either the old state or the new one, never half of each.
 *
 * Writes are gathered for a moment and done in a worker, so that saving a
 * resume position never stalls the interface. In private mode (shared PCs)
 * nothing ever reaches the disk, and nothing is read from it either: what one
 * youth looked at is not shown to the next.
 */
#define G_LOG_DOMAIN "mis-state-store"

#include "config.h"

#include <glib/gstdio.h>

#include "mis-state-store.h"

#define SAVE_DELAY_MS 500
#define KIT_GROUP "kit"

struct _MisStateStore
{
  GObject     parent_instance;

  char       *directory;
  gboolean    private_mode;
  GHashTable *files;   /* kit id → GKeyFile */
  GHashTable *dirty;   /* kit id set */
  guint       save_source;
  guint       saves_in_flight;
};

G_DEFINE_FINAL_TYPE (MisStateStore, mis_state_store, G_TYPE_OBJECT)

typedef struct
{
  char  *path;
  char  *contents;
  gsize  length;
} SaveJob;

static void
save_job_free (SaveJob *job)
{
  g_free (job->path);
  g_free (job->contents);
  g_free (job);
}

static gboolean
kit_id_is_safe (const char *kit_id)
{
  if (kit_id == NULL || *kit_id == '\0' || *kit_id == '.')
    return FALSE;

  for (const char *p = kit_id; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '-' && *p != '_' && *p != '.')
      return FALSE;

  return TRUE;
}

static char *
kit_path (MisStateStore *self,
          const char    *kit_id)
{
  g_autofree char *name = g_strconcat (kit_id, ".ini", NULL);
  return g_build_filename (self->directory, name, NULL);
}

static gboolean
write_atomically (const char  *path,
                  const char  *contents,
                  gsize        length,
                  GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   "Cannot create %s: %s", dir, g_strerror (saved));
      return FALSE;
    }

  return g_file_set_contents_full (path, contents, length,
                                   G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                   0600, error);
}

static void
save_worker (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GPtrArray *jobs = task_data;

  for (guint i = 0; i < jobs->len; i++)
    {
      SaveJob *job = g_ptr_array_index (jobs, i);
      g_autoptr(GError) error = NULL;

      if (!write_atomically (job->path, job->contents, job->length, &error))
        g_warning ("Could not save state: %s", error->message);
    }

  g_task_return_boolean (task, TRUE);
}

static GPtrArray *
take_dirty_jobs (MisStateStore *self)
{
  GPtrArray *jobs = g_ptr_array_new_with_free_func ((GDestroyNotify)save_job_free);
  GHashTableIter iter;
  const char *kit_id;

  g_hash_table_iter_init (&iter, self->dirty);
  while (g_hash_table_iter_next (&iter, (gpointer *)&kit_id, NULL))
    {
      GKeyFile *key_file = g_hash_table_lookup (self->files, kit_id);
      SaveJob *job = g_new0 (SaveJob, 1);

      job->path = kit_path (self, kit_id);
      job->contents = g_key_file_to_data (key_file, &job->length, NULL);
      g_ptr_array_add (jobs, job);
    }
  g_hash_table_remove_all (self->dirty);

  return jobs;
}

static void schedule_save (MisStateStore *self);

static void
save_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  MisStateStore *self = MIS_STATE_STORE (object);

  self->saves_in_flight--;

  /* Changes made while this save ran wait for it, so that an older write
   * never lands after a newer one. */
  if (g_hash_table_size (self->dirty) > 0)
    schedule_save (self);
}

static gboolean
save_timeout_cb (gpointer user_data)
{
  MisStateStore *self = user_data;
  g_autoptr(GTask) task = NULL;

  self->save_source = 0;

  if (self->saves_in_flight > 0)
    return G_SOURCE_REMOVE;

  task = g_task_new (self, NULL, save_done_cb, NULL);
  g_task_set_source_tag (task, MIS_SOURCE_TAG (save_timeout_cb));
  g_task_set_task_data (task, take_dirty_jobs (self), (GDestroyNotify)g_ptr_array_unref);
  self->saves_in_flight++;
  g_task_run_in_thread (task, save_worker);

  return G_SOURCE_REMOVE;
}

static void
schedule_save (MisStateStore *self)
{
  if (self->private_mode || self->save_source != 0)
    return;

  self->save_source = g_timeout_add (SAVE_DELAY_MS, save_timeout_cb, self);
}

/**
 * mis_state_store_flush:
 *
 * Writes pending changes now, on this thread. Called when the app quits.
 */
gboolean
mis_state_store_flush (MisStateStore  *self,
                       GError        **error)
{
  g_autoptr(GPtrArray) jobs = NULL;

  g_return_val_if_fail (MIS_IS_STATE_STORE (self), FALSE);

  g_clear_handle_id (&self->save_source, g_source_remove);

  if (self->private_mode)
    return TRUE;

  /* A save still running writes older data than ours: let it finish first. */
  while (self->saves_in_flight > 0)
    g_main_context_iteration (NULL, TRUE);

  jobs = take_dirty_jobs (self);
  for (guint i = 0; i < jobs->len; i++)
    {
      SaveJob *job = g_ptr_array_index (jobs, i);

      if (!write_atomically (job->path, job->contents, job->length, error))
        return FALSE;
    }

  return TRUE;
}

static void
mis_state_store_dispose (GObject *object)
{
  MisStateStore *self = (MisStateStore *)object;
  g_autoptr(GError) error = NULL;

  if (self->files != NULL && !mis_state_store_flush (self, &error))
    g_warning ("Could not save state: %s", error->message);

  G_OBJECT_CLASS (mis_state_store_parent_class)->dispose (object);
}

static void
mis_state_store_finalize (GObject *object)
{
  MisStateStore *self = (MisStateStore *)object;

  g_free (self->directory);
  g_clear_pointer (&self->files, g_hash_table_unref);
  g_clear_pointer (&self->dirty, g_hash_table_unref);

  G_OBJECT_CLASS (mis_state_store_parent_class)->finalize (object);
}

static void
mis_state_store_class_init (MisStateStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mis_state_store_dispose;
  object_class->finalize = mis_state_store_finalize;
}

static void
mis_state_store_init (MisStateStore *self)
{
  self->files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                       (GDestroyNotify)g_key_file_unref);
  self->dirty = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/**
 * mis_state_store_new:
 * @directory: where the state files live
 * @private_mode: keep everything in memory, read and write nothing
 */
MisStateStore *
mis_state_store_new (const char *directory,
                     gboolean    private_mode)
{
  MisStateStore *self;

  g_return_val_if_fail (directory != NULL, NULL);

  self = g_object_new (MIS_TYPE_STATE_STORE, NULL);
  self->directory = g_strdup (directory);
  self->private_mode = !!private_mode;

  return self;
}

/**
 * mis_state_store_new_default:
 *
 * A store in the user's state folder ($XDG_STATE_HOME/make-it-safe).
 */
MisStateStore *
mis_state_store_new_default (gboolean private_mode)
{
  g_autofree char *directory = g_build_filename (g_get_user_state_dir (), "make-it-safe", NULL);
  return mis_state_store_new (directory, private_mode);
}

gboolean
mis_state_store_get_private (MisStateStore *self)
{
  g_return_val_if_fail (MIS_IS_STATE_STORE (self), FALSE);
  return self->private_mode;
}

/**
 * mis_state_store_make_private:
 *
 * From now on, reads and writes nothing: what was changed until now is
 * saved first (it belonged to a session that saves), then everything read
 * is forgotten, so that the private session sees nothing of earlier ones.
 * There is no way back: a store stays private until the app quits.
 */
void
mis_state_store_make_private (MisStateStore *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (MIS_IS_STATE_STORE (self));

  if (self->private_mode)
    return;

  if (!mis_state_store_flush (self, &error))
    g_warning ("Could not save state: %s", error->message);

  self->private_mode = TRUE;
  g_hash_table_remove_all (self->dirty);
  g_hash_table_remove_all (self->files);
}

const char *
mis_state_store_get_directory (MisStateStore *self)
{
  g_return_val_if_fail (MIS_IS_STATE_STORE (self), NULL);
  return self->directory;
}

/* The kit's state, read from disk the first time it is asked for. Reading a
 * few hundred bytes is done on the caller's thread. A damaged file is set
 * aside rather than trusted or lost. */
static GKeyFile *
get_key_file (MisStateStore *self,
              const char    *kit_id)
{
  GKeyFile *key_file = g_hash_table_lookup (self->files, kit_id);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (key_file != NULL)
    return key_file;

  key_file = g_key_file_new ();
  path = self->private_mode ? NULL : kit_path (self, kit_id);
  if (path != NULL && !g_key_file_load_from_file (key_file, path, G_KEY_FILE_NONE, &error) &&
      !g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
    {
      g_autofree char *aside = g_strconcat (path, ".damaged", NULL);

      g_warning ("Ignoring unreadable state %s: %s", path, error->message);
      g_rename (path, aside);

      /* GKeyFile keeps what it read before the damage. Those values are no
       * longer on disk, so a later write of the same value would be taken
       * for no change and never saved: start from nothing instead. */
      g_key_file_unref (key_file);
      key_file = g_key_file_new ();
    }

  g_hash_table_insert (self->files, g_strdup (kit_id), key_file);
  return key_file;
}

static gboolean
check_keys (const char *kit_id,
            const char *key)
{
  if (!kit_id_is_safe (kit_id))
    {
      g_critical ("Refusing state for kit id “%s”", kit_id ? kit_id : "(null)");
      return FALSE;
    }
  return key != NULL;
}

static void
mark_dirty (MisStateStore *self,
            const char    *kit_id)
{
  g_hash_table_add (self->dirty, g_strdup (kit_id));
  schedule_save (self);
}

/* GKeyFile hands back what it could parse of a damaged value (one ending in
 * a lone backslash, say) along with its error. Such a value is not what is
 * on disk: taken as the current one, writing it again would look like no
 * change and never be saved. A value that does not parse is no value. */
static char *
read_string (GKeyFile   *key_file,
             const char *group,
             const char *key)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *value = g_key_file_get_string (key_file, group, key, &error);

  return error == NULL ? g_steal_pointer (&value) : NULL;
}

char *
mis_state_store_get_string (MisStateStore *self,
                            const char    *kit_id,
                            const char    *resource_id,
                            const char    *key)
{
  g_return_val_if_fail (MIS_IS_STATE_STORE (self), NULL);

  if (!check_keys (kit_id, key))
    return NULL;

  return read_string (get_key_file (self, kit_id), resource_id ? resource_id : KIT_GROUP, key);
}

void
mis_state_store_set_string (MisStateStore *self,
                            const char    *kit_id,
                            const char    *resource_id,
                            const char    *key,
                            const char    *value)
{
  GKeyFile *key_file;
  const char *group = resource_id ? resource_id : KIT_GROUP;
  g_autofree char *old = NULL;

  g_return_if_fail (MIS_IS_STATE_STORE (self));

  if (!check_keys (kit_id, key))
    return;

  key_file = get_key_file (self, kit_id);
  old = read_string (key_file, group, key);
  if (g_strcmp0 (old, value) == 0)
    return;

  if (value == NULL)
    g_key_file_remove_key (key_file, group, key, NULL);
  else
    g_key_file_set_string (key_file, group, key, value);

  mark_dirty (self, kit_id);
}

double
mis_state_store_get_double (MisStateStore *self,
                            const char    *kit_id,
                            const char    *resource_id,
                            const char    *key,
                            double         default_value)
{
  g_autoptr(GError) error = NULL;
  double value;

  g_return_val_if_fail (MIS_IS_STATE_STORE (self), default_value);

  if (!check_keys (kit_id, key))
    return default_value;

  value = g_key_file_get_double (get_key_file (self, kit_id),
                                 resource_id ? resource_id : KIT_GROUP, key, &error);
  return error == NULL ? value : default_value;
}

void
mis_state_store_set_double (MisStateStore *self,
                            const char    *kit_id,
                            const char    *resource_id,
                            const char    *key,
                            double         value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_if_fail (MIS_IS_STATE_STORE (self));

  mis_state_store_set_string (self, kit_id, resource_id, key,
                              g_ascii_dtostr (buffer, sizeof buffer, value));
}

gboolean
mis_state_store_get_boolean (MisStateStore *self,
                             const char    *kit_id,
                             const char    *resource_id,
                             const char    *key)
{
  g_autofree char *value = mis_state_store_get_string (self, kit_id, resource_id, key);
  return g_strcmp0 (value, "true") == 0;
}

void
mis_state_store_set_boolean (MisStateStore *self,
                             const char    *kit_id,
                             const char    *resource_id,
                             const char    *key,
                             gboolean       value)
{
  mis_state_store_set_string (self, kit_id, resource_id, key, value ? "true" : "false");
}

/**
 * mis_state_store_forget_kit:
 *
 * Forgets everything remembered for that kit, in memory and on disk.
 */
void
mis_state_store_forget_kit (MisStateStore *self,
                            const char    *kit_id)
{
  g_autofree char *path = NULL;

  g_return_if_fail (MIS_IS_STATE_STORE (self));

  if (!kit_id_is_safe (kit_id))
    return;

  g_hash_table_remove (self->files, kit_id);
  g_hash_table_remove (self->dirty, kit_id);

  if (self->private_mode)
    return;

  path = kit_path (self, kit_id);
  g_unlink (path);
}

/**
 * mis_state_store_forget_session:
 *
 * A private store keeps what it is told in memory only, for as long as the
 * app runs: positions, watched marks, the language. On a shared computer
 * the next person must not find them, so a reset forgets all of it. A
 * store that saves to disk is left as it is.
 */
void
mis_state_store_forget_session (MisStateStore *self)
{
  g_return_if_fail (MIS_IS_STATE_STORE (self));

  if (!self->private_mode)
    return;

  g_hash_table_remove_all (self->files);
  g_hash_table_remove_all (self->dirty);
}
