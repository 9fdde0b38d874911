"""Admin wiring of the freshness check: the report, its menu entry, the history action.

Wagtail discovers ``wagtail_hooks`` modules at app level only, so ``hub/pages/
wagtail_hooks.py`` imports this module.
"""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.log_actions import LogFormatter

from hub.core.permissions import can_review_freshness
from hub.pages.initiatives.freshness.admin_views import (
    OutdatedInitiativesReportView,
    mark_confirmed,
)
from hub.pages.initiatives.freshness.services import CONFIRMED_ACTION

urlpatterns = [
    path("", OutdatedInitiativesReportView.as_view(), name="outdated"),
    path(
        "results/",
        OutdatedInitiativesReportView.as_view(results_only=True),
        name="outdated_results",
    ),
    path("<int:pk>/confirm/", mark_confirmed, name="mark_confirmed"),
]


@hooks.register("register_admin_urls")
def register_freshness_urls():
    return [
        path(
            "reports/outdated-initiatives/",
            include((urlpatterns, "hub_freshness"), namespace="hub_freshness"),
        )
    ]


class OutdatedInitiativesMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return can_review_freshness(request.user)


@hooks.register("register_reports_menu_item")
def register_outdated_initiatives_menu_item():
    return OutdatedInitiativesMenuItem(
        _("Possibly outdated initiatives"),
        reverse("hub_freshness:outdated"),
        name="outdated-initiatives",
        icon_name="time",
        order=1150,
    )


@hooks.register("register_log_actions")
def register_freshness_log_actions(actions):
    @actions.register_action(CONFIRMED_ACTION)
    class ConfirmedFormatter(LogFormatter):
        label = _("Confirm as still active")

        def format_message(self, log_entry) -> str:
            if log_entry.data.get("via") == "link":
                return _("Confirmed as still active by its contact (reminder e-mail)")
            if log_entry.data.get("via") == "correction":
                return _("Confirmed as still active by a published correction")
            return _("Marked as still active by an editor")
