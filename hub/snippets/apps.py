from django.apps import AppConfig


class SnippetsConfig(AppConfig):
    name = "hub.snippets"
    label = "snippets"
    verbose_name = "Shared texts and taxonomies"
