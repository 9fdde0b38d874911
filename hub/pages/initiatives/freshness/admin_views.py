"""Reports → "Possibly outdated initiatives" in the Wagtail admin, and its one action.

The report is for the people who look after content: whoever may publish pages, the
members of the Editors and Moderators groups, and administrators. It shows only the
initiatives they may edit or publish. Each row links to the page editor; the
"Still active" button is for when an editor has checked by phone or in person, and puts
the initiative back to a fresh confirmation period (the page history records who did).
"""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponseRedirect
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from hub.core.permissions import can_review_freshness
from hub.pages.initiatives.freshness.entries import live_source_pages
from hub.pages.initiatives.freshness.outdated import OutdatedEntry, outdated_entries
from hub.pages.initiatives.freshness.services import record_confirmation
from hub.pages.models import InitiativeFreshness

page_permission_policy = PagePermissionPolicy()

REPORT_URL_NAME = "hub_freshness:outdated"
# Wagtail's own groups; its default "Editors" may change but not publish pages.


def reviewable_pages(user) -> QuerySet[Page]:
    return page_permission_policy.instances_user_has_any_permission_for(user, ["change", "publish"])


class ContactColumn(Column):
    def render_cell_html(self, instance: OutdatedEntry, parent_context) -> str:
        if not instance.contact_email:
            return format_html(
                "<td>{}<br><strong>{}</strong></td>",
                instance.contact_name,
                _("No e-mail address"),
            )
        return format_html(
            '<td>{}<br><a href="mailto:{}">{}</a></td>',
            instance.contact_name,
            instance.contact_email,
            instance.contact_email,
        )


class ReminderColumn(DateColumn):
    def render_cell_html(self, instance: OutdatedEntry, parent_context) -> str:
        if instance.reminder_sent_at is None:
            return format_html("<td>{}</td>", _("Cannot be reminded"))
        return super().render_cell_html(instance, parent_context)


class StatusColumn(Column):
    def render_cell_html(self, instance: OutdatedEntry, parent_context) -> str:
        if instance.correction_pending:
            return format_html(
                "<td>{}<br>{}</td>", instance.status, _("Correction waiting for review")
            )
        return format_html("<td>{}</td>", instance.status)


class ConfirmColumn(Column):
    def render_cell_html(self, instance: OutdatedEntry, parent_context) -> str:
        request = parent_context["request"]
        return format_html(
            '<td><form method="post" action="{}">'
            '<input type="hidden" name="csrfmiddlewaretoken" value="{}">'
            '<button type="submit" class="button button-small button-secondary">{}</button>'
            "</form></td>",
            reverse("hub_freshness:mark_confirmed", args=[instance.freshness.pk]),
            get_token(request),
            _("Still active"),
        )


def _edit_url(entry: OutdatedEntry) -> str:
    return reverse("wagtailadmin_pages:edit", args=[entry.page.pk])


class OutdatedInitiativesReportView(ReportView):
    page_title = _("Possibly outdated initiatives")
    header_icon = "time"
    index_url_name = REPORT_URL_NAME
    index_results_url_name = "hub_freshness:outdated_results"
    no_results_message = _(
        "No initiative is overdue. Initiatives are listed here when they have not answered "
        "a reminder within the grace period, or cannot be reminded for lack of an e-mail "
        "address."
    )
    columns = [
        TitleColumn("title", label=_("Initiative"), get_url=_edit_url),
        ContactColumn("contact", label=_("Contact")),
        DateColumn("last_confirmed_at", label=_("Last confirmed")),
        ReminderColumn("reminder_sent_at", label=_("Reminder sent")),
        StatusColumn("status", label=_("Status")),
        ConfirmColumn("confirm", label=_("Checked by an editor")),
    ]
    list_export = [
        "title",
        "contact_name",
        "contact_email",
        "last_confirmed_at",
        "reminder_sent_at",
        "status",
    ]
    export_headings = {
        "title": _("Initiative"),
        "contact_name": _("Contact person"),
        "contact_email": _("Contact e-mail"),
        "last_confirmed_at": _("Last confirmed"),
        "reminder_sent_at": _("Reminder sent"),
        "status": _("Status"),
    }

    def dispatch(self, request, *args, **kwargs):
        if not can_review_freshness(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_filename(self) -> str:
        return f"possibly-outdated-initiatives-{timezone.localdate():%Y-%m-%d}"

    def get_queryset(self) -> list[OutdatedEntry]:
        return outdated_entries(
            now=timezone.now(),
            grace_days=settings.HUB_STALE_GRACE_DAYS,
            months=settings.HUB_STALE_AFTER_MONTHS,
            visible_pages=reviewable_pages(self.request.user),
        )


@require_POST
def mark_confirmed(request: HttpRequest, pk: int) -> HttpResponseRedirect:
    """An editor vouches that the initiative is still active."""
    if not can_review_freshness(request.user):
        raise PermissionDenied
    row = get_object_or_404(InitiativeFreshness, pk=pk)
    page = live_source_pages([row.translation_key]).get(row.translation_key)
    allowed = reviewable_pages(request.user).filter(translation_key=row.translation_key)
    if page is None or not allowed.exists():
        raise PermissionDenied
    record_confirmation(row.translation_key, now=timezone.now(), user=request.user)
    messages.success(
        request, _("“%(title)s” is confirmed as still active.") % {"title": page.title}
    )
    return HttpResponseRedirect(reverse(REPORT_URL_NAME))
