from django.apps import AppConfig


class NetworkConfig(AppConfig):
    """Member organisations, their offices and office hours, memberships and the members
    area. Office hours are computed by ``hub.network.hours`` (no database access)."""

    name = "hub.network"
    label = "network"
    verbose_name = "Network"

    def ready(self) -> None:
        from hub.network import signals

        signals.connect()
