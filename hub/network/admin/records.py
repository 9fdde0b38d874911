"""What the network's record listings share: who may do what, links, cells, widgets."""

from django import forms
from django.conf import settings
from django.urls import reverse
from django.utils.html import format_html
from wagtail_modeladmin.helpers import PermissionHelper

from hub.core.admin_listing import language_label
from hub.core.permissions import can_see


class RecordPermissionHelper(PermissionHelper):
    """Records people submitted: editors look, nobody creates, edits or deletes them here."""

    def user_can_list(self, user) -> bool:
        return can_see(user, self.model)

    def user_can_inspect_obj(self, user, obj) -> bool:
        return self.inspect_view_enabled and can_see(user, self.model)

    def user_can_create(self, user) -> bool:
        return False

    def user_can_edit_obj(self, user, obj) -> bool:
        return False

    def user_can_delete_obj(self, user, obj) -> bool:
        return False


class ManagedRecordPermissionHelper(PermissionHelper):
    """Records editors keep here (memberships, individual members): listed, added,
    changed and deleted by the model's permissions (``can_see``); no inspect view."""

    def user_can_list(self, user) -> bool:
        return can_see(user, self.model)

    def user_can_inspect_obj(self, user, obj) -> bool:
        return False

    def user_can_create(self, user) -> bool:
        return can_see(user, self.model, actions=("add",))

    def user_can_edit_obj(self, user, obj) -> bool:
        return can_see(user, self.model, actions=("change",))

    def user_can_delete_obj(self, user, obj) -> bool:
        return can_see(user, self.model, actions=("delete",))


def edit_link(page_id: int | None, label) -> str:
    if page_id is None:
        return "-"
    return format_html(
        '<a href="{}">{}</a>', reverse("wagtailadmin_pages:edit", args=[page_id]), label
    )


def person_with_email(user) -> str:
    """A listing cell: the person's name and a mail link to their address."""
    name = user.get_full_name() or user.get_username()
    return format_html('{} <a href="mailto:{}">{}</a>', name, user.email, user.email)


def language_select() -> forms.Select:
    """The choice of a person's language for e-mails, each named in itself."""
    return forms.Select(
        choices=[(code, language_label(code)) for code, _name in settings.LANGUAGES]
    )
