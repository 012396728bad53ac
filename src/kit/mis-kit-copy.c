/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-kit-copy.c: a kit copied to a USB stick or another folder, the way a
 * facilitator can trust: the free space is checked first; the copy goes to
 * a hidden folder beside the destination and is renamed only once whole, so
 * a stick pulled out halfway never holds a complete-looking kit; each file
 * of the kit is checked against the SHA-256 index.json gives for it while it
 * is read, and every file copied is read back from the destination (the
 * kernel's cache dropped first) and compared. Names and sizes FAT32 and
 * exFAT refuse are reported before anything is copied.
 *
 * Synchronous, for the command line and for a worker thread: the app runs
 * it through mis_kit_copy_async(), progress coming back on its main context.
 */
#define G_LOG_DOMAIN "mis-kit-copy"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "mis-kit-copy.h"
#include "mis-kit-json.h"
#include "mis-resource.h"

#define CHUNK (1024 * 1024)
#define FAT32_MAX_FILE G_GUINT64_CONSTANT (4294967295)
/* Room kept free beyond the kit: file system overhead on a small stick. */
#define SPACE_MARGIN (4 * 1024 * 1024)

G_DEFINE_QUARK (mis-kit-copy-error-quark, mis_kit_copy_error)

typedef struct
{
  char    *path;      /* relative, with '/' */
  guint64  size;
  char    *expected;  /* SHA-256 from index.json, or NULL */
  char    *actual;    /* SHA-256 of what was read while copying */
} CopyFile;

static void
copy_file_free (CopyFile *file)
{
  g_free (file->path);
  g_free (file->expected);
  g_free (file->actual);
  g_free (file);
}

typedef struct
{
  MisKitCopyProgressFunc  func;
  gpointer                data;
  MisKitCopyProgress      progress;
  gint64                  started;
  gint64                  last_report;
} Progress;

static void
report (Progress   *progress,
        const char *file,
        gboolean    force)
{
  gint64 now = g_get_monotonic_time ();
  double elapsed = (now - progress->started) / (double) G_USEC_PER_SEC;
  /* Copying and reading back: twice the bytes. */
  guint64 total = progress->progress.bytes_total * 2;
  guint64 done = progress->progress.bytes_done +
                 (progress->progress.phase == MIS_KIT_COPY_VERIFYING ? progress->progress.bytes_total : 0);

  if (progress->func == NULL || (!force && now - progress->last_report < G_USEC_PER_SEC / 10))
    return;

  progress->last_report = now;
  progress->progress.file = file;
  progress->progress.seconds_left = elapsed > 1 && done > 0 ? elapsed * (total - done) / done : -1;
  progress->func (&progress->progress, progress->data);
}

const char *
mis_kit_copy_phase_get_label (MisKitCopyPhase phase)
{
  switch (phase)
    {
    case MIS_KIT_COPY_PREPARING:
      return _("Checking the kit and the free space");
    case MIS_KIT_COPY_COPYING:
      return _("Copying");
    case MIS_KIT_COPY_VERIFYING:
      return _("Verifying the copy");
    case MIS_KIT_COPY_DONE:
    default:
      return _("Done");
    }
}

/**
 * mis_kit_copy_progress_to_string:
 *
 * Returns: the progress as people read it: "Copying: 12 MB of 40 MB, 3 of
 *   20 files, about 0:12 left"
 */
char *
mis_kit_copy_progress_to_string (const MisKitCopyProgress *progress)
{
  g_autofree char *done = g_format_size (progress->bytes_done);
  g_autofree char *total = g_format_size (progress->bytes_total);
  g_autofree char *left = progress->seconds_left >= 0 ? mis_format_duration (progress->seconds_left) : NULL;
  const char *phase = mis_kit_copy_phase_get_label (progress->phase);

  if (progress->phase == MIS_KIT_COPY_PREPARING || progress->phase == MIS_KIT_COPY_DONE)
    return g_strdup_printf ("%s…", phase);
  if (left != NULL)
    /* Translators: copy progress: "Copying: 12 MB of 40 MB, 3 of 20 files, about 0:12 left" */
    return g_strdup_printf (_("%s: %s of %s, %u of %u files, about %s left"), phase, done, total,
                            progress->files_done, progress->files_total, left);
  return g_strdup_printf (_("%s: %s of %s, %u of %u files"), phase, done, total,
                          progress->files_done, progress->files_total);
}

char *
mis_kit_file_sha256 (GFile         *file,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_autoptr(GFileInputStream) stream = g_file_read (file, cancellable, error);
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autofree guchar *buffer = NULL;
  gssize n;

  if (stream == NULL)
    return NULL;

  buffer = g_malloc (CHUNK);
  while ((n = g_input_stream_read (G_INPUT_STREAM (stream), buffer, CHUNK, cancellable, error)) > 0)
    g_checksum_update (checksum, buffer, n);
  if (n < 0)
    return NULL;

  return g_strdup (g_checksum_get_string (checksum));
}

/* The SHA-256 values index.json gives, path → hex. */
static GHashTable *
read_checksums (GFile   *kit,
                GError **error)
{
  g_autoptr(GFile) index = g_file_get_child (kit, "index.json");
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GHashTable) checksums = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autofree char *contents = NULL;
  gsize length = 0;
  JsonNode *root;
  JsonArray *resources;

  if (!g_file_load_contents (index, NULL, &contents, &length, NULL, error) ||
      !_mis_json_check_nesting ("index.json", contents, length, error) ||
      !json_parser_load_from_data (parser, contents, length, error))
    return NULL;

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root) ||
      !json_object_has_member (json_node_get_object (root), "resources") ||
      !JSON_NODE_HOLDS_ARRAY (json_object_get_member (json_node_get_object (root), "resources")))
    {
      g_set_error (error, MIS_KIT_COPY_ERROR, MIS_KIT_COPY_ERROR_NOT_A_KIT, _("index.json lists no resources."));
      return NULL;
    }

  resources = json_object_get_array_member (json_node_get_object (root), "resources");
  for (guint i = 0; i < json_array_get_length (resources); i++)
    {
      JsonNode *resource = json_array_get_element (resources, i);
      JsonNode *sha256;
      g_autoptr(GList) paths = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (resource) ||
          (sha256 = json_object_get_member (json_node_get_object (resource), "sha256")) == NULL ||
          !JSON_NODE_HOLDS_OBJECT (sha256))
        continue;

      paths = json_object_get_members (json_node_get_object (sha256));
      for (const GList *l = paths; l != NULL; l = l->next)
        {
          JsonNode *value = json_object_get_member (json_node_get_object (sha256), l->data);

          if (_mis_json_is_string (value))
            g_hash_table_insert (checksums, g_strdup (l->data), g_ascii_strdown (json_node_get_string (value), -1));
        }
    }

  return g_steal_pointer (&checksums);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Every regular file under the kit, in a stable order. Links are followed
 * only to files inside the kit; they are copied as files. */
static gboolean
list_files (GFile         *root,
            GFile         *dir,
            GPtrArray     *files,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(GFileEnumerator) children = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GFileInfo *info;

  children = g_file_enumerate_children (dir, G_FILE_ATTRIBUTE_STANDARD_NAME "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                        G_FILE_QUERY_INFO_NONE, cancellable, error);
  if (children == NULL)
    return FALSE;

  while ((info = g_file_enumerator_next_file (children, cancellable, error)) != NULL)
    {
      g_ptr_array_add (names, g_strdup (g_file_info_get_name (info)));
      g_object_unref (info);
    }
  if (error != NULL && *error != NULL)
    return FALSE;

  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    {
      g_autoptr(GFile) child = g_file_get_child (dir, g_ptr_array_index (names, i));
      g_autoptr(GFileInfo) child_info = g_file_query_info (child, G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                                                           G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                                           G_FILE_QUERY_INFO_NONE, cancellable, error);
      CopyFile *file;

      if (child_info == NULL)
        return FALSE;

      if (g_file_info_get_file_type (child_info) == G_FILE_TYPE_DIRECTORY)
        {
          if (!list_files (root, child, files, cancellable, error))
            return FALSE;
          continue;
        }
      if (g_file_info_get_file_type (child_info) != G_FILE_TYPE_REGULAR)
        continue;

      file = g_new0 (CopyFile, 1);
      file->path = g_file_get_relative_path (root, child);
      file->size = (guint64) g_file_info_get_size (child_info);
      g_ptr_array_add (files, file);
    }

  return TRUE;
}

/* What FAT32 and exFAT, the usual file systems of USB sticks, refuse. */
static void
check_fat_limits (GPtrArray  *files,
                  GPtrArray  *warnings)
{
  for (guint i = 0; i < files->len; i++)
    {
      CopyFile *file = g_ptr_array_index (files, i);
      g_auto(GStrv) parts = g_strsplit (file->path, "/", 0);

      if (file->size > FAT32_MAX_FILE)
        g_ptr_array_add (warnings, g_strdup_printf (_("%s: larger than 4 GiB, which a FAT32 stick cannot hold"),
                                                    file->path));

      for (guint j = 0; parts[j] != NULL; j++)
        {
          gsize len = strlen (parts[j]);

          if (strpbrk (parts[j], "<>:\"\\|?*") != NULL || (len > 0 && (parts[j][len - 1] == '.' ||
                                                                       parts[j][len - 1] == ' ')))
            {
              g_ptr_array_add (warnings,
                               g_strdup_printf (_("%s: a name FAT32 and exFAT sticks refuse (no < > : \" \\ | ? *, "
                                                  "no dot or space at the end)"), file->path));
              break;
            }
        }
    }
}

static gboolean
remove_tree (GFile *file)
{
  g_autoptr(GFileEnumerator) children = g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                                                   G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS,
                                                                   NULL, NULL);
  GFileInfo *info;

  while (children != NULL && (info = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
    {
      g_autoptr(GFile) child = g_file_get_child (file, g_file_info_get_name (info));

      remove_tree (child);
      g_object_unref (info);
    }
  return g_file_delete (file, NULL, NULL);
}

/* Writes @from to @to, hashing what is read; the destination is flushed to
 * the disk, and its pages dropped from the kernel's cache so that reading
 * it back reads the disk. */
static gboolean
copy_one (GFile         *from,
          GFile         *to,
          CopyFile      *file,
          Progress      *progress,
          GCancellable  *cancellable,
          GError       **error)
{
  g_autoptr(GFileInputStream) in = g_file_read (from, cancellable, error);
  g_autoptr(GFileOutputStream) out = NULL;
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autofree guchar *buffer = NULL;
  g_autofree char *path = NULL;
  gssize n;
  int fd;

  if (in == NULL)
    return FALSE;
  if ((out = g_file_create (to, G_FILE_CREATE_PRIVATE, cancellable, error)) == NULL)
    return FALSE;

  buffer = g_malloc (CHUNK);
  while ((n = g_input_stream_read (G_INPUT_STREAM (in), buffer, CHUNK, cancellable, error)) > 0)
    {
      g_checksum_update (checksum, buffer, n);
      if (!g_output_stream_write_all (G_OUTPUT_STREAM (out), buffer, n, NULL, cancellable, error))
        return FALSE;
      progress->progress.bytes_done += n;
      report (progress, file->path, FALSE);
    }
  if (n < 0 || !g_output_stream_close (G_OUTPUT_STREAM (out), cancellable, error))
    return FALSE;

  file->actual = g_strdup (g_checksum_get_string (checksum));
  if (file->expected != NULL && g_strcmp0 (file->expected, file->actual) != 0)
    {
      g_set_error (error, MIS_KIT_COPY_ERROR, MIS_KIT_COPY_ERROR_DAMAGED,
                   _("%s does not match its SHA-256 in index.json: the kit’s copy of it is damaged or was "
                     "changed. Nothing was copied."), file->path);
      return FALSE;
    }

  path = g_file_get_path (to);
  if (path != NULL && (fd = open (path, O_RDONLY | O_CLOEXEC)) >= 0)
    {
      fsync (fd);
      posix_fadvise (fd, 0, 0, POSIX_FADV_DONTNEED);
      close (fd);
    }
  return TRUE;
}

static gboolean
verify_one (GFile         *copy,
            CopyFile      *file,
            Progress      *progress,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autofree char *sha256 = mis_kit_file_sha256 (copy, cancellable, error);

  if (sha256 == NULL)
    return FALSE;

  progress->progress.bytes_done += file->size;
  report (progress, file->path, FALSE);
  if (g_strcmp0 (sha256, file->actual) != 0)
    {
      g_set_error (error, MIS_KIT_COPY_ERROR, MIS_KIT_COPY_ERROR_VERIFY,
                   _("%s reads back differently from the copy: the destination disk may be faulty."), file->path);
      return FALSE;
    }
  return TRUE;
}

static GFile *
make_partial_dir (GFile       *destination,
                  const char  *name,
                  GError     **error)
{
  g_autofree char *dir = g_file_get_path (destination);
  g_autofree char *template = g_strdup_printf ("%s/.%s.partial-XXXXXX", dir, name);

  if (g_mkdtemp_full (template, 0755) == NULL)
    {
      int saved = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Cannot write in %s: %s"), dir, g_strerror (saved));
      return NULL;
    }
  return g_file_new_for_path (template);
}

static gboolean
check_space (GFile      *destination,
             guint64     needed,
             GError    **error)
{
  g_autoptr(GFileInfo) info = g_file_query_filesystem_info (destination, G_FILE_ATTRIBUTE_FILESYSTEM_FREE ","
                                                            G_FILE_ATTRIBUTE_FILESYSTEM_READONLY, NULL, error);
  guint64 free_bytes;

  if (info == NULL)
    return FALSE;

  if (g_file_info_get_attribute_boolean (info, G_FILE_ATTRIBUTE_FILESYSTEM_READONLY))
    {
      g_autofree char *name = g_file_get_parse_name (destination);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_READ_ONLY, _("%s is on a read-only disk."), name);
      return FALSE;
    }

  free_bytes = g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_FILESYSTEM_FREE);
  if (g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_FILESYSTEM_FREE) && free_bytes < needed + SPACE_MARGIN)
    {
      g_autofree char *need = g_format_size (needed + SPACE_MARGIN);
      g_autofree char *have = g_format_size (free_bytes);
      g_set_error (error, MIS_KIT_COPY_ERROR, MIS_KIT_COPY_ERROR_NO_SPACE,
                   _("Not enough room: the kit needs %s, the destination has %s free."), need, have);
      return FALSE;
    }
  return TRUE;
}

/**
 * mis_kit_copy:
 * @kit: the kit folder
 * @destination: the folder the kit goes into (the root of a USB stick)
 * @progress: (nullable): called in this thread as the copy goes
 * @warnings: (nullable): receives texts about names and sizes a USB stick's
 *   file system refuses
 *
 * Copies @kit into @destination under its own name, then reads it back.
 *
 * Returns: (transfer full): the copy, or %NULL with nothing left behind
 */
GFile *
mis_kit_copy (GFile                  *kit,
              GFile                  *destination,
              MisKitCopyProgressFunc  progress_func,
              gpointer                user_data,
              GPtrArray              *warnings,
              GCancellable           *cancellable,
              GError                **error)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func ((GDestroyNotify) copy_file_free);
  g_autoptr(GHashTable) checksums = NULL;
  g_autoptr(GPtrArray) own_warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GFile) partial = NULL;
  g_autoptr(GFile) final = NULL;
  g_autofree char *name = NULL;
  Progress progress = { progress_func, user_data, { 0 }, g_get_monotonic_time (), 0 };
  guint64 total = 0;

  g_return_val_if_fail (G_IS_FILE (kit) && G_IS_FILE (destination), NULL);

  if (warnings == NULL)
    warnings = own_warnings;

  progress.progress.phase = MIS_KIT_COPY_PREPARING;
  report (&progress, NULL, TRUE);

  if ((checksums = read_checksums (kit, error)) == NULL)
    return NULL;

  name = g_file_get_basename (kit);
  final = g_file_get_child (destination, name);
  if (g_file_query_exists (final, cancellable))
    {
      g_autofree char *where = g_file_get_parse_name (final);
      g_set_error (error, MIS_KIT_COPY_ERROR, MIS_KIT_COPY_ERROR_EXISTS,
                   _("%s already exists: choose another folder, or remove it first."), where);
      return NULL;
    }

  if (!list_files (kit, kit, files, cancellable, error))
    return NULL;
  for (guint i = 0; i < files->len; i++)
    {
      CopyFile *file = g_ptr_array_index (files, i);

      file->expected = g_strdup (g_hash_table_lookup (checksums, file->path));
      total += file->size;
    }

  check_fat_limits (files, warnings);
  if (!check_space (destination, total, error))
    return NULL;
  if ((partial = make_partial_dir (destination, name, error)) == NULL)
    return NULL;

  progress.progress.bytes_total = total;
  progress.progress.files_total = files->len;
  progress.progress.phase = MIS_KIT_COPY_COPYING;
  for (guint i = 0; i < files->len; i++)
    {
      CopyFile *file = g_ptr_array_index (files, i);
      g_autoptr(GFile) from = g_file_resolve_relative_path (kit, file->path);
      g_autoptr(GFile) to = g_file_resolve_relative_path (partial, file->path);
      g_autoptr(GFile) parent = g_file_get_parent (to);
      g_autoptr(GError) mkdir_error = NULL;

      if (!g_file_make_directory_with_parents (parent, cancellable, &mkdir_error) &&
          !g_error_matches (mkdir_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        {
          g_propagate_error (error, g_steal_pointer (&mkdir_error));
          goto failed;
        }
      if (!copy_one (from, to, file, &progress, cancellable, error))
        goto failed;
      progress.progress.files_done = i + 1;
    }
  report (&progress, NULL, TRUE);

  progress.progress.phase = MIS_KIT_COPY_VERIFYING;
  progress.progress.bytes_done = 0;
  progress.progress.files_done = 0;
  for (guint i = 0; i < files->len; i++)
    {
      CopyFile *file = g_ptr_array_index (files, i);
      g_autoptr(GFile) copy = g_file_resolve_relative_path (partial, file->path);

      if (!verify_one (copy, file, &progress, cancellable, error))
        goto failed;
      progress.progress.files_done = i + 1;
    }
  report (&progress, NULL, TRUE);

  if (!g_file_move (partial, final, G_FILE_COPY_NO_FALLBACK_FOR_MOVE, cancellable, NULL, NULL, error))
    goto failed;

  progress.progress.phase = MIS_KIT_COPY_DONE;
  report (&progress, NULL, TRUE);
  return g_steal_pointer (&final);

failed:
  remove_tree (partial);
  return NULL;
}

/* In a worker, for the app -------------------------------------------------- */

typedef struct
{
  GFile                  *kit;
  GFile                  *destination;
  MisKitCopyProgressFunc  func;
  gpointer                data;
  GMainContext           *context;
  GPtrArray              *warnings;
} CopyJob;

static void
copy_job_free (CopyJob *job)
{
  g_object_unref (job->kit);
  g_object_unref (job->destination);
  g_main_context_unref (job->context);
  g_ptr_array_unref (job->warnings);
  g_free (job);
}

typedef struct
{
  CopyJob            *job;
  MisKitCopyProgress  progress;
  char               *file;
  GTask              *task;
} ProgressCall;

static gboolean
progress_in_main (gpointer data)
{
  ProgressCall *call = data;

  /* Not after the copy was cancelled: the dialog may be gone. */
  if (!g_cancellable_is_cancelled (g_task_get_cancellable (call->task)))
    {
      call->progress.file = call->file;
      call->job->func (&call->progress, call->job->data);
    }
  return G_SOURCE_REMOVE;
}

static void
progress_call_free (ProgressCall *call)
{
  g_free (call->file);
  g_object_unref (call->task);
  g_free (call);
}

static void
progress_to_main (const MisKitCopyProgress *progress,
                  gpointer                  data)
{
  GTask *task = data;
  CopyJob *job = g_task_get_task_data (task);
  ProgressCall *call = g_new0 (ProgressCall, 1);

  call->job = job;
  call->progress = *progress;
  call->file = g_strdup (progress->file);
  call->task = g_object_ref (task);
  g_main_context_invoke_full (job->context, G_PRIORITY_DEFAULT, progress_in_main, call,
                              (GDestroyNotify) progress_call_free);
}

static void
copy_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  CopyJob *job = task_data;
  GError *error = NULL;
  GFile *copy = mis_kit_copy (job->kit, job->destination, job->func ? progress_to_main : NULL, task,
                              job->warnings, cancellable, &error);

  if (copy == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, copy, g_object_unref);
}

/**
 * mis_kit_copy_async:
 * @progress: (nullable): called on the caller's main context
 *
 * mis_kit_copy() in a worker thread.
 */
void
mis_kit_copy_async (GFile                  *kit,
                    GFile                  *destination,
                    MisKitCopyProgressFunc  progress,
                    gpointer                user_data,
                    GCancellable           *cancellable,
                    GAsyncReadyCallback     callback,
                    gpointer                callback_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, callback_data);
  CopyJob *job = g_new0 (CopyJob, 1);

  g_task_set_source_tag (task, MIS_SOURCE_TAG (mis_kit_copy_async));
  job->kit = g_object_ref (kit);
  job->destination = g_object_ref (destination);
  job->func = progress;
  job->data = user_data;
  job->context = g_main_context_ref_thread_default ();
  job->warnings = g_ptr_array_new_with_free_func (g_free);
  g_task_set_task_data (task, job, (GDestroyNotify) copy_job_free);
  g_task_run_in_thread (task, copy_thread);
}

/**
 * mis_kit_copy_finish:
 * @warnings: (out) (optional) (transfer full): what the copy warned about
 */
GFile *
mis_kit_copy_finish (GAsyncResult  *result,
                     GPtrArray    **warnings,
                     GError       **error)
{
  CopyJob *job;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  job = g_task_get_task_data (G_TASK (result));
  if (warnings != NULL)
    *warnings = g_ptr_array_ref (job->warnings);
  return g_task_propagate_pointer (G_TASK (result), error);
}
