from django.apps import AppConfig


class NetworkConfig(AppConfig):
    """Member organisations, their offices and office hours, memberships and the members
    area. Office hours are computed by ``hub.network.hours`` (no database access)."""

    name = "hub.network"
    label = "network"
    verbose_name = "Network"

    def ready(self) -> None:
        from django.contrib import admin

        from hub.network import signals
        from hub.network.accounts.forms import DjangoAdminLoginForm

        signals.connect()
        # Django's admin has no setting for its login form, only this attribute.
        admin.site.login_form = DjangoAdminLoginForm
