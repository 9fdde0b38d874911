from django.apps import AppConfig


class LocalizationConfig(AppConfig):
    """The translation workflow on top of wagtail-localize: translator groups and their
    languages, the translation overview, the digest and "ask for review"."""

    name = "hub.localization"
    label = "localization"
    verbose_name = "Translation workflow"
