"""Reported entries of the exchange board. Open reports first; each row offers the entry
on the site, "hide" (with a reason for the author) and "mark handled"
(``hub.network.board.admin_views``)."""

from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from wagtail_modeladmin.options import ModelAdmin

from hub.core.admin_listing import column
from hub.network.admin.records import RecordPermissionHelper
from hub.network.models import BoardReport


class BoardReportAdmin(ModelAdmin):
    model = BoardReport
    menu_label = _("Reported board entries")
    menu_icon = "warning"
    permission_helper_class = RecordPermissionHelper
    list_display = ("entry_title", "reason", "reporter_name", "created_at", "state", "actions")
    list_filter = ("handled",)
    list_select_related = ("entry", "reporter")
    search_fields = ("entry__title", "reason")
    ordering = ("handled", "-created_at", "-pk")

    @column(_("Entry"))
    def entry_title(self, obj: BoardReport) -> str:
        return format_html(
            '<a href="{}">{}</a>',
            reverse("network:board_entry", args=[obj.entry_id]),
            obj.entry.title,
        )

    @column(_("Reported by"))
    def reporter_name(self, obj: BoardReport) -> str:
        user = obj.reporter
        return (user.get_full_name() or user.email) if user else _("former member")

    @column(_("State"))
    def state(self, obj: BoardReport) -> str:
        if obj.entry.hidden:
            return _("Entry hidden")
        return _("Handled") if obj.handled else _("Open")

    @column(_("Actions"))
    def actions(self, obj: BoardReport) -> str:
        if obj.handled:
            return "-"
        links = [(reverse("network_board_report_handled", args=[obj.pk]), _("Mark handled"))]
        if not obj.entry.hidden:
            links.insert(0, (reverse("network_board_report_hide", args=[obj.pk]), _("Hide entry")))
        return format_html_join(
            " ", '<a class="button button-small button-secondary" href="{}">{}</a>', links
        )
