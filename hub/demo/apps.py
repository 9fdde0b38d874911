from django.apps import AppConfig


class DemoConfig(AppConfig):
    """Demo content (``manage.py load_demo_data``) and the factories that build it and the
    test data. Installed for development and tests only: a production install has none
    of it (see ``hub/settings/dev.py`` and ``pyproject.toml``)."""

    name = "hub.demo"
    label = "demo"
    verbose_name = "Demo content"
