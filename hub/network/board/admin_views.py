"""The editors' two actions on a reported board entry, in the Wagtail admin: hide the
entry with a reason (the author is told by e-mail), or mark the report as handled. Both
call ``hub.network.board.services``."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from hub.core.admin_urls import record_admin_url
from hub.core.permissions import can_see
from hub.network.board import services
from hub.network.board.forms import HideForm
from hub.network.models import BoardReport


def _report(request, pk: int) -> BoardReport:
    if not can_see(request.user, BoardReport, actions=("change",)):
        raise PermissionDenied
    return get_object_or_404(BoardReport.objects.select_related("entry", "reporter"), pk=pk)


def hide(request, pk: int):
    report = _report(request, pk)
    form = HideForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.hide_entry(report.entry, request.user, form.cleaned_data["reason"])
        messages.success(
            request,
            _("“%(title)s” is hidden; its author has been told why.")
            % {"title": report.entry.title},
        )
        return redirect(record_admin_url(BoardReport))
    return TemplateResponse(
        request,
        "network/admin/board_hide.html",
        _context(report, _("Hide board entry"), form=form),
    )


def handled(request, pk: int):
    """A confirmation page; the POST marks the report handled (the entry stays)."""
    report = _report(request, pk)
    if request.method == "POST":
        services.mark_handled(report)
        messages.success(request, _("The report is marked as handled."))
        return redirect(record_admin_url(BoardReport))
    return TemplateResponse(
        request,
        "network/admin/board_handled.html",
        _context(report, _("Mark the report as handled")),
    )


def _context(report: BoardReport, action_title: str, **extra) -> dict:
    return {
        "report": report,
        "entry": report.entry,
        "action_title": action_title,
        "index_url": record_admin_url(BoardReport),
        **extra,
    }
