"""What the network's record listings share: who may look, and links to pages."""

from django.urls import reverse
from django.utils.html import format_html
from wagtail_modeladmin.helpers import PermissionHelper

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


def edit_link(page_id: int | None, label) -> str:
    if page_id is None:
        return "-"
    return format_html(
        '<a href="{}">{}</a>', reverse("wagtailadmin_pages:edit", args=[page_id]), label
    )
