"""Profile changes: what members sent from "My organisation", a read-only record next to
the page's own moderation and history, where the review happens."""

from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail_modeladmin.options import ModelAdmin

from hub.core.admin_listing import column
from hub.network.admin.records import RecordPermissionHelper
from hub.network.models import ProfileChange


class ProfileChangeAdmin(ModelAdmin):
    model = ProfileChange
    menu_label = _("Profile changes")
    menu_icon = "doc-full"
    permission_helper_class = RecordPermissionHelper
    list_display = ("organisation", "part", "subject", "status", "sender", "created_at", "links")
    list_filter = ("status", "part")
    list_select_related = ("organisation", "submitted_by")
    search_fields = ("organisation__title", "subject")
    ordering = ("-created_at", "-pk")

    @column(_("Sent by"))
    def sender(self, obj: ProfileChange) -> str:
        user = obj.submitted_by
        return (user.get_full_name() or user.email) if user else "-"

    @column(_("Page"))
    def links(self, obj: ProfileChange) -> str:
        return format_html(
            '<a href="{}">{}</a> · <a href="{}">{}</a>',
            reverse("wagtailadmin_pages:edit", args=[obj.organisation_id]),
            _("Edit"),
            reverse("wagtailadmin_pages:history", args=[obj.organisation_id]),
            _("History"),
        )
