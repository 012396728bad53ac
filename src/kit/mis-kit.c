/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mis-kit.c: the kit as the rest of the app sees it: its texts in the chosen
 * kit language, its themes and audiences, and its resources as a GListModel.
 * Reading and validating index.json is in mis-kit-loader.c.
 */
#define G_LOG_DOMAIN "mis-kit"

#include "config.h"

#include <glib/gi18n.h>

#include "mis-kit-private.h"

G_DEFINE_FINAL_TYPE (MisKit, mis_kit, G_TYPE_OBJECT)

G_DEFINE_QUARK (mis-kit-error-quark, mis_kit_error)

enum {
  PROP_0,
  PROP_LANGUAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
_mis_kit_tag_free (MisKitTag *tag)
{
  g_free (tag->id);
  g_clear_pointer (&tag->title, g_hash_table_unref);
  g_free (tag);
}

void
_mis_kit_contact_free (MisKitContact *contact)
{
  g_free (contact->name);
  g_free (contact->phone);
  g_free (contact->url);
  g_clear_pointer (&contact->description, g_hash_table_unref);
  g_free (contact);
}

void
_mis_kit_problem_free (MisKitProblem *problem)
{
  g_free (problem->location);
  g_free (problem->message);
  g_free (problem);
}

static void
mis_kit_finalize (GObject *object)
{
  MisKit *self = (MisKit *)object;

  g_clear_object (&self->directory);
  g_free (self->real_root);
  g_free (self->id);
  g_clear_pointer (&self->title, g_hash_table_unref);
  g_clear_pointer (&self->description, g_hash_table_unref);
  g_clear_pointer (&self->languages, g_strfreev);
  g_free (self->default_language);
  g_free (self->language);
  g_clear_pointer (&self->themes, g_ptr_array_unref);
  g_clear_pointer (&self->audiences, g_ptr_array_unref);
  g_clear_pointer (&self->contacts, g_ptr_array_unref);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_object (&self->resources);
  g_clear_object (&self->plans);

  G_OBJECT_CLASS (mis_kit_parent_class)->finalize (object);
}

static void
mis_kit_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  MisKit *self = MIS_KIT (object);

  switch (prop_id)
    {
    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mis_kit_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  MisKit *self = MIS_KIT (object);

  switch (prop_id)
    {
    case PROP_LANGUAGE:
      mis_kit_set_language (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mis_kit_class_init (MisKitClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mis_kit_finalize;
  object_class->get_property = mis_kit_get_property;
  object_class->set_property = mis_kit_set_property;

  /**
   * MisKit:language:
   *
   * The language in which the kit's texts are shown, one of its languages.
   */
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mis_kit_init (MisKit *self)
{
  self->themes = g_ptr_array_new_with_free_func ((GDestroyNotify)_mis_kit_tag_free);
  self->audiences = g_ptr_array_new_with_free_func ((GDestroyNotify)_mis_kit_tag_free);
  self->contacts = g_ptr_array_new_with_free_func ((GDestroyNotify)_mis_kit_contact_free);
  self->problems = g_ptr_array_new_with_free_func ((GDestroyNotify)_mis_kit_problem_free);
  self->resources = g_list_store_new (MIS_TYPE_RESOURCE);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->plans = g_list_store_new (MIS_TYPE_PLAN);
  self->languages = g_new0 (char *, 1);
}

MisKit *
_mis_kit_new (void)
{
  return g_object_new (MIS_TYPE_KIT, NULL);
}

/**
 * mis_kit_load:
 * @directory: the kit folder, which holds index.json
 * @flags: with %MIS_KIT_LOAD_VERIFY_CHECKSUMS, every file's sha256 is checked
 *
 * Reads and validates the kit. Problems that spoil only one resource are kept
 * as the kit's problems (mis_kit_get_problems()); problems that leave no kit
 * to show are returned as @error. Blocks: call from a worker, or use
 * mis_kit_load_async().
 *
 * Returns: (transfer full): the kit, or %NULL with @error set.
 */
MisKit *
mis_kit_load (GFile            *directory,
              MisKitLoadFlags   flags,
              GCancellable     *cancellable,
              GError          **error)
{
  g_return_val_if_fail (G_IS_FILE (directory), NULL);
  g_return_val_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return _mis_kit_read (directory, flags, cancellable, error);
}

static void
mis_kit_load_worker (GTask        *task,
                     gpointer      source_object,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  GFile *directory = task_data;
  MisKitLoadFlags flags = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (task), "flags"));
  g_autoptr(GError) error = NULL;
  MisKit *kit;

  kit = _mis_kit_read (directory, flags, cancellable, &error);

  if (kit == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, kit, g_object_unref);
}

/**
 * mis_kit_load_async:
 *
 * Loads the kit in a worker thread; see mis_kit_load().
 */
void
mis_kit_load_async (GFile               *directory,
                    MisKitLoadFlags      flags,
                    GCancellable        *cancellable,
                    GAsyncReadyCallback  callback,
                    gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (directory));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, MIS_SOURCE_TAG (mis_kit_load_async));
  g_task_set_task_data (task, g_object_ref (directory), g_object_unref);
  g_object_set_data (G_OBJECT (task), "flags", GUINT_TO_POINTER (flags));
  g_task_run_in_thread (task, mis_kit_load_worker);
}

MisKit *
mis_kit_load_finish (GAsyncResult  *result,
                     GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == MIS_SOURCE_TAG (mis_kit_load_async), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

GFile *
mis_kit_get_directory (MisKit *self)
{
  g_return_val_if_fail (MIS_IS_KIT (self), NULL);
  return self->directory;
}

const char *
mis_kit_get_id (MisKit *self)
{
  g_return_val_if_fail (MIS_IS_KIT (self), NULL);
  return self->id;
}

const char *
mis_kit_get_title (MisKit *self)
{
  const char *title;

  g_return_val_if_fail (MIS_IS_KIT (self), NULL);

  title = mis_lang_map_lookup (self->title, self->language, self->default_language);
  return title ? title : self->id;
}

const char *
mis_kit_get_description (MisKit *self)
{
  g_return_val_if_fail (MIS_IS_KIT (self), NULL);
  return mis_lang_map_lookup (self->description, self->language, self->default_language);
}

const char * const *
mis_kit_get_languages (MisKit *self)
{
  g_return_val_if_fail (MIS_IS_KIT (self), NULL);
  return (const char * const *)self->languages;
}

const char *
mis_kit_get_default_language (MisKit *self)
{
  g_return_val_if_fail (MIS_IS_KIT (self), NULL);
  return self->default_language;
}

const char *
mis_kit_get_language (MisKit *self)
{
  g_return_val_if_fail (MIS_IS_KIT (self), NULL);
  return self->language;
}

static char *
join_tag_titles (MisKit             *self,
                 GPtrArray          *tags,
                 const char * const *ids)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) titles = NULL;

  for (guint i = 0; ids[i] != NULL; i++)
    for (guint j = 0; j < tags->len; j++)
      {
        MisKitTag *tag = g_ptr_array_index (tags, j);

        if (g_str_equal (tag->id, ids[i]))
          g_strv_builder_add (builder, mis_kit_tag_get_title (self, tag));
      }

  titles = g_strv_builder_end (builder);
  /* TRANSLATORS: separates theme names on a card, as in "Sexting · Grooming" */
  return g_strjoinv (_(" · "), titles);
}

/**
 * mis_kit_set_language:
 * @language: one of the kit's languages; another value is ignored
 *
 * Shows the kit's texts in @language: titles, summaries and theme names of
 * every resource follow.
 */
void
mis_kit_set_language (MisKit     *self,
                      const char *language)
{
  guint n;

  g_return_if_fail (MIS_IS_KIT (self));

  if (language == NULL || !g_strv_contains ((const char * const *)self->languages, language))
    language = self->default_language;

  if (g_strcmp0 (self->language, language) == 0)
    return;

  g_free (self->language);
  self->language = g_strdup (language);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->resources));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MisResource) resource = g_list_model_get_item (G_LIST_MODEL (self->resources), i);
      g_autofree char *theme_names = join_tag_titles (self, self->themes,
                                                      mis_resource_get_themes (resource));

      _mis_resource_set_language (resource, language, self->default_language, theme_names);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

/**
 * mis_kit_get_resources:
 *
 * Returns: (transfer none): a #GListModel of #MisResource, in the kit's order.
 */
GListModel *
mis_kit_get_resources (MisKit *self)
{
  g_return_val_if_fail (MIS_IS_KIT (self), NULL);
  return G_LIST_MODEL (self->resources);
}

/**
 * mis_kit_lookup_resource:
 *
 * Returns: (nullable) (transfer none): the resource with that id.
 */
MisResource *
mis_kit_lookup_resource (MisKit     *self,
                         const char *id)
{
  g_return_val_if_fail (MIS_IS_KIT (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->by_id, id);
}

/**
 * mis_kit_get_plans:
 *
 * Returns: (transfer none): the kit's session plans, #MisPlan, in the order
 *   index.json lists them
 */
GListModel *
mis_kit_get_plans (MisKit *self)
{
  g_return_val_if_fail (MIS_IS_KIT (self), NULL);

  return G_LIST_MODEL (self->plans);
}

/**
 * mis_kit_lookup_plan:
 *
 * Returns: (nullable) (transfer none): the kit's plan with that id
 */
MisPlan *
mis_kit_lookup_plan (MisKit     *self,
                     const char *id)
{
  g_return_val_if_fail (MIS_IS_KIT (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->plans)); i++)
    {
      g_autoptr(MisPlan) plan = g_list_model_get_item (G_LIST_MODEL (self->plans), i);

      if (g_str_equal (mis_plan_get_id (plan), id))
        return plan;
    }

  return NULL;
}

guint
mis_kit_count_kind (MisKit          *self,
                    MisResourceKind  kind)
{
  guint n, count = 0;

  g_return_val_if_fail (MIS_IS_KIT (self), 0);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->resources));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MisResource) resource = g_list_model_get_item (G_LIST_MODEL (self->resources), i);

      if (mis_resource_get_kind (resource) == kind)
        count++;
    }

  return count;
}

/**
 * mis_kit_get_themes:
 *
 * Returns: (transfer none) (element-type MisKitTag): the kit's themes.
 */
GPtrArray *
mis_kit_get_themes (MisKit *self)
{
  g_return_val_if_fail (MIS_IS_KIT (self), NULL);
  return self->themes;
}

/**
 * mis_kit_get_audiences:
 *
 * Returns: (transfer none) (element-type MisKitTag): the kit's audiences.
 */
GPtrArray *
mis_kit_get_audiences (MisKit *self)
{
  g_return_val_if_fail (MIS_IS_KIT (self), NULL);
  return self->audiences;
}

const char *
mis_kit_tag_get_id (MisKitTag *tag)
{
  g_return_val_if_fail (tag != NULL, NULL);
  return tag->id;
}

const char *
mis_kit_tag_get_title (MisKit    *self,
                       MisKitTag *tag)
{
  const char *title;

  g_return_val_if_fail (MIS_IS_KIT (self), NULL);
  g_return_val_if_fail (tag != NULL, NULL);

  title = mis_lang_map_lookup (tag->title, self->language, self->default_language);
  return title ? title : tag->id;
}

const char *
mis_kit_get_audience_title (MisKit     *self,
                            const char *id)
{
  g_return_val_if_fail (MIS_IS_KIT (self), NULL);

  for (guint i = 0; i < self->audiences->len; i++)
    {
      MisKitTag *tag = g_ptr_array_index (self->audiences, i);

      if (g_strcmp0 (tag->id, id) == 0)
        return mis_kit_tag_get_title (self, tag);
    }

  return id;
}

/**
 * mis_kit_get_contacts:
 *
 * Returns: (transfer none) (element-type MisKitContact): where to find help.
 */
GPtrArray *
mis_kit_get_contacts (MisKit *self)
{
  g_return_val_if_fail (MIS_IS_KIT (self), NULL);
  return self->contacts;
}

const char *
mis_kit_contact_get_name (MisKitContact *contact)
{
  return contact->name;
}

const char *
mis_kit_contact_get_phone (MisKitContact *contact)
{
  return contact->phone;
}

const char *
mis_kit_contact_get_url (MisKitContact *contact)
{
  return contact->url;
}

const char *
mis_kit_contact_get_description (MisKit        *self,
                                 MisKitContact *contact)
{
  g_return_val_if_fail (MIS_IS_KIT (self), NULL);
  return mis_lang_map_lookup (contact->description, self->language, self->default_language);
}

/**
 * mis_kit_get_problems:
 *
 * Returns: (transfer none) (element-type MisKitProblem): what was wrong in
 *   the kit, in the order found.
 */
GPtrArray *
mis_kit_get_problems (MisKit *self)
{
  g_return_val_if_fail (MIS_IS_KIT (self), NULL);
  return self->problems;
}

guint
mis_kit_count_problems (MisKit             *self,
                        MisProblemSeverity  severity)
{
  guint count = 0;

  g_return_val_if_fail (MIS_IS_KIT (self), 0);

  for (guint i = 0; i < self->problems->len; i++)
    if (((MisKitProblem *)g_ptr_array_index (self->problems, i))->severity == severity)
      count++;

  return count;
}

MisProblemSeverity
mis_kit_problem_get_severity (MisKitProblem *problem)
{
  return problem->severity;
}

const char *
mis_kit_problem_get_location (MisKitProblem *problem)
{
  return problem->location;
}

/**
 * mis_kit_problem_describe:
 *
 * Returns: the problem as people who do not read JSON paths want it: the
 *   resource it is about named by its title, then what is wrong ("Le mot de
 *   passe de Léa (pages[2]): file not found: …")
 */
char *
mis_kit_problem_describe (MisKit        *self,
                          MisKitProblem *problem)
{
  guint index;
  const char *rest;
  char *end = NULL;

  g_return_val_if_fail (MIS_IS_KIT (self), NULL);

  if (problem->location == NULL || !g_str_has_prefix (problem->location, "resources["))
    return mis_kit_problem_to_string (problem);

  index = (guint) g_ascii_strtoull (problem->location + strlen ("resources["), &end, 10);
  rest = end != NULL && *end == ']' ? end + 1 : NULL;
  for (guint i = 0; rest != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (self->resources)); i++)
    {
      g_autoptr(MisResource) resource = g_list_model_get_item (G_LIST_MODEL (self->resources), i);

      if (resource->index_position != index)
        continue;
      if (*rest == '.')
        rest++;
      if (*rest == '\0')
        return g_strdup_printf ("%s: %s", mis_resource_get_title (resource), problem->message);
      return g_strdup_printf ("%s (%s): %s", mis_resource_get_title (resource), rest, problem->message);
    }
  return mis_kit_problem_to_string (problem);
}

const char *
mis_kit_problem_get_message (MisKitProblem *problem)
{
  return problem->message;
}

/**
 * mis_kit_problem_to_string:
 *
 * Returns: the problem as one line, for example
 *   "index.json: resources[3].pages[2]: file not found: photo-novels/x/03.jpg".
 */
char *
mis_kit_problem_to_string (MisKitProblem *problem)
{
  if (problem->location == NULL || *problem->location == '\0')
    return g_strdup_printf ("index.json: %s", problem->message);

  return g_strdup_printf ("index.json: %s: %s", problem->location, problem->message);
}
