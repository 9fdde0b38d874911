"""Addresses in the Wagtail admin for e-mails and links: absolute ones, and the record
listings (wagtail-modeladmin) by model, not by URL name.

E-mails, redirects and templates link to a record's listing or inspect page. They ask
here instead of spelling out wagtail-modeladmin's URL names, so a later move of a record
type to Wagtail's ``ModelViewSet`` changes this module, not its callers.
"""

from django.conf import settings
from django.urls import NoReverseMatch
from wagtail_modeladmin.helpers import AdminURLHelper


def record_admin_url(model, action: str = "index", pk=None, *, absolute: bool = False) -> str:
    """The admin address of ``model``'s ``action`` ("index", "inspect", "edit" …), for
    the record ``pk`` where the action needs one; "" when the admin does not offer it.
    ``absolute`` prefixes ``WAGTAILADMIN_BASE_URL`` (for e-mails)."""
    helper = AdminURLHelper(model)
    try:
        path = helper.get_action_url(action) if pk is None else helper.get_action_url(action, pk)
    except NoReverseMatch:
        return ""
    return absolute_admin_url(path) if absolute else path


def absolute_admin_url(path: str) -> str:
    """An admin ``path`` under ``WAGTAILADMIN_BASE_URL``, for e-mails."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path
