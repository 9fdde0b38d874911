"""The menu item "Member organisations" and the admin views beside the listings."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail_modeladmin.options import ModelAdminGroup

from hub.network.admin.applications import MembershipApplicationAdmin
from hub.network.admin.board_reports import BoardReportAdmin
from hub.network.admin.individual_members import IndividualMemberAdmin
from hub.network.admin.memberships import MembershipAdmin
from hub.network.admin.profile_changes import ProfileChangeAdmin
from hub.network.board import admin_views as board_admin_views
from hub.network.joining import admin_views


class MemberOrganisationsGroup(ModelAdminGroup):
    menu_label = _("Member organisations")
    menu_icon = "group"
    menu_order = 260
    items = (
        MembershipApplicationAdmin,
        MembershipAdmin,
        IndividualMemberAdmin,
        ProfileChangeAdmin,
        BoardReportAdmin,
    )


def admin_url_patterns() -> list:
    """Approve/decline an application, hide/handle a board report."""
    return [
        path(
            "network/applications/<int:pk>/approve/",
            admin_views.approve,
            name="network_application_approve",
        ),
        path(
            "network/applications/<int:pk>/decline/",
            admin_views.decline,
            name="network_application_decline",
        ),
        path(
            "network/board-reports/<int:pk>/hide/",
            board_admin_views.hide,
            name="network_board_report_hide",
        ),
        path(
            "network/board-reports/<int:pk>/handled/",
            board_admin_views.handled,
            name="network_board_report_handled",
        ),
    ]
