/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-offline.c: the app never reaches the network. It plays a film, opens
 * a manual and a photo-novel of the sample kit under strace, and every
 * socket it connects or sends to must be a local one (X11, D-Bus, the
 * accessibility bus): AF_UNIX, or the kernel's own AF_NETLINK.
 */
#include "config.h"

#include <glib/gstdio.h>

#include "mis-test-util.h"

typedef struct {
  const char *id;
  const char *where;
  const char *value;
} Opening;

static const Opening openings[] = {
  { "film-passwords", "--time", "0" },
  { "manual-youth", "--page", "3" },
  { "novel-one-photo-too-many", "--page", "2" },
};

static gboolean
family_is_local (const char *family)
{
  return g_str_has_prefix (family, "AF_UNIX") || g_str_has_prefix (family, "AF_NETLINK");
}

/* Each line of the trace that names an address family it should not. */
static GPtrArray *
find_remote_sockets (const char *trace)
{
  g_auto(GStrv) lines = g_strsplit (trace, "\n", -1);
  GPtrArray *found = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *family = strstr (lines[i], "sa_family=");

      if (family != NULL && !family_is_local (family + strlen ("sa_family=")))
        g_ptr_array_add (found, g_strdup (lines[i]));
    }
  return found;
}

static void
test_opening (gconstpointer data)
{
  const Opening *opening = data;
  const char *binary = g_getenv ("MAKE_IT_SAFE_BIN");
  const char *kit = mis_test_sample_kit_dir ();
  g_autofree char *strace = g_find_program_in_path ("strace");
  g_autofree char *dir = g_dir_make_tmp ("mis-offline-XXXXXX", NULL);
  g_autofree char *trace_path = g_build_filename (dir, "trace", NULL);
  g_autofree char *trace = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GPtrArray) remote = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) env = g_get_environ ();
  int status = 0;

  if (strace == NULL)
    {
      g_test_skip ("strace is not installed");
      return;
    }
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_test_skip ("no display");
      return;
    }

  {
    const char *argv[] = {
      strace, "-f", "-qq", "-e", "trace=connect,sendto,sendmsg", "-o", trace_path,
      binary, "--private", "--kit", kit, "--open", opening->id, opening->where, opening->value, NULL
    };

    env = g_environ_setenv (env, "MAKEITSAFE_PROFILE", "1", TRUE);
    env = g_environ_setenv (env, "MAKEITSAFE_PROFILE_EXIT", "resource-shown", TRUE);
    g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, &err,
                  &status, &error);
  }
  g_assert_no_error (error);

  /* The resource was really shown, or the trace would prove nothing. */
  g_test_message ("%s", err);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_nonnull (strstr (err, "resource-shown"));

  g_file_get_contents (trace_path, &trace, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (trace, "connect("));

  remote = find_remote_sockets (trace);
  for (guint i = 0; i < remote->len; i++)
    g_test_message ("not a local socket: %s", (const char *) g_ptr_array_index (remote, i));
  g_assert_cmpuint (remote->len, ==, 0);

  mis_test_remove_tree (dir);
}

/* The check itself, on lines as strace writes them. */
static void
test_classifier (void)
{
  g_autoptr(GPtrArray) found = find_remote_sockets (
    "101 connect(3, {sa_family=AF_UNIX, sun_path=@\"/tmp/.X11-unix/X99\"}, 20) = 0\n"
    "101 sendmsg(5, {msg_name={sa_family=AF_NETLINK, nl_pid=0, nl_groups=00000000}, msg_namelen=12}, 0) = 20\n"
    "102 connect(7, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr(\"192.0.2.1\")}, 16) = -1\n"
    "103 sendto(8, \"x\", 1, 0, {sa_family=AF_INET6, sin6_port=htons(53)}, 28) = 1\n"
    "104 sendto(9, \"x\", 1, MSG_NOSIGNAL, NULL, 0) = 1\n");

  g_assert_cmpuint (found->len, ==, 2);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (found, 0), "102 "));
  g_assert_true (g_str_has_prefix (g_ptr_array_index (found, 1), "103 "));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/offline/classifier", test_classifier);
  for (guint i = 0; i < G_N_ELEMENTS (openings); i++)
    {
      g_autofree char *path = g_strdup_printf ("/offline/%s", openings[i].id);
      g_test_add_data_func (path, &openings[i], test_opening);
    }

  return g_test_run ();
}
