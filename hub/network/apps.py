from django.apps import AppConfig


class NetworkConfig(AppConfig):
    """Member organisations, their offices, memberships and the members area.

    The models arrive with the organisations capability; the app is installed from the
    start so that its migrations and URLs have a fixed place in the project.
    """

    name = "hub.network"
    label = "network"
    verbose_name = "Network"
