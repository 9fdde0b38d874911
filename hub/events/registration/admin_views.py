"""Editors' views of registrations: counts per date, and the attendance list of one date.

The list of all registrations (filters, search, CSV export) is the modeladmin in
``hub/events/wagtail_hooks.py``; these two views add what a list of records cannot show:
how full each date is, and a sheet to print for the door and tick afterwards.
"""

from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q, Sum
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from wagtail.admin import messages

from hub.core.admin_urls import record_admin_url
from hub.core.permissions import can_manage_registrations
from hub.events import seats
from hub.events.models import EventPage, Occurrence, Registration

Status = Registration.Status


def _require_manager(request: HttpRequest) -> None:
    if not can_manage_registrations(request.user):
        raise PermissionDenied


def overview(request: HttpRequest) -> HttpResponse:
    """Every date with registrations or a registration form: seats and counts by status."""
    _require_manager(request)
    past = request.GET.get("past") == "1"
    now = timezone.now()
    occurrences = (
        Occurrence.objects.filter(ends_at__lt=now)
        if past
        else (Occurrence.objects.filter(ends_at__gte=now))
    )
    occurrences = occurrences.annotate(
        **{
            f"n_{status}": Count("registrations", filter=Q(registrations__status=status))
            for status in Status.values
        },
        n_attended=Count("registrations", filter=Q(registrations__attended=True)),
        # People, not registrations: a family registered once takes several seats.
        people_confirmed=Sum(
            "registrations__party_size", filter=Q(registrations__status=Status.CONFIRMED)
        ),
        people_waitlisted=Sum(
            "registrations__party_size", filter=Q(registrations__status=Status.WAITLISTED)
        ),
    ).order_by("-starts_at" if past else "starts_at")[:200]
    occurrences = list(occurrences)
    pages = {
        page.translation_key: page
        for page in EventPage.objects.filter(
            translation_key__in={o.event_key for o in occurrences}
        ).order_by("-pk")
    }  # the source page (lowest pk) is written last and wins
    list_url = record_admin_url(Registration)
    rows = []
    for occurrence in occurrences:
        page = pages.get(occurrence.event_key)
        rows.append(
            {
                "occurrence": occurrence,
                "title": page.title if page else "—",
                "capacity": occurrence.capacity
                if occurrence.capacity is not None
                else (page.capacity if page else None),
                "counts": {status: getattr(occurrence, f"n_{status}") for status in Status.values},
                "attended": occurrence.n_attended,
                "people": {
                    Status.CONFIRMED: occurrence.people_confirmed or 0,
                    Status.WAITLISTED: occurrence.people_waitlisted or 0,
                },
                "list_url": f"{list_url}?occurrence__id__exact={occurrence.pk}",
                "attendance_url": reverse("events_attendance", args=[occurrence.pk]),
            }
        )
    return TemplateResponse(
        request,
        "events/admin/registration_overview.html",
        {"rows": rows, "past": past, "statuses": Status.choices},
    )


@require_http_methods(["GET", "POST"])
def attendance(request: HttpRequest, occurrence_id: int) -> HttpResponse:
    """The printable attendance list of one date; ticking and saving records who came."""
    _require_manager(request)
    occurrence = get_object_or_404(Occurrence, pk=occurrence_id)
    registrations = occurrence.registrations.filter(
        status__in=[Status.CONFIRMED, Status.WAITLISTED]
    ).order_by("status", "name", "pk")
    if request.method == "POST":
        present = {int(pk) for pk in request.POST.getlist("attended") if pk.isdigit()}
        registrations.filter(pk__in=present).update(attended=True)
        registrations.exclude(pk__in=present).update(attended=False)
        messages.success(request, _("Attendance saved."))
        return HttpResponseRedirect(request.path)
    page = seats.event_page(occurrence)
    return TemplateResponse(
        request,
        "events/admin/attendance.html",
        {
            "occurrence": occurrence,
            "page": page,
            "capacity": seats.capacity(occurrence, page),
            "counts": seats.counts(occurrence),
            "people_confirmed": sum(
                r.party_size for r in registrations if r.status == Status.CONFIRMED
            ),
            "people_waitlisted": sum(
                r.party_size for r in registrations if r.status == Status.WAITLISTED
            ),
            "confirmed": [r for r in registrations if r.status == Status.CONFIRMED],
            "waitlisted": [r for r in registrations if r.status == Status.WAITLISTED],
            "overview_url": reverse("events_registration_overview"),
        },
    )
