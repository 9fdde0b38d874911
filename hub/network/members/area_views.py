"""The members' start page and the minutes of one meeting (members only)."""

from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse

from hub.events.models import EventPage, MeetingMinutes
from hub.network.members import content
from hub.network.members.access import member_required


@member_required
def home(request: HttpRequest) -> TemplateResponse:
    return TemplateResponse(
        request,
        "network/members/home.html",
        {
            "minutes_list": content.recent_minutes(request),
            "documents": content.shared_documents(),
            "pages": content.members_only_pages(request),
        },
    )


@member_required
def minutes(request: HttpRequest, occurrence_id: int) -> TemplateResponse:
    found = get_object_or_404(
        MeetingMinutes.objects.select_related("occurrence", "author"),
        occurrence_id=occurrence_id,
    )
    occurrence = found.occurrence
    event = content.event_titles({occurrence.event_key}, request).get(occurrence.event_key)
    if event is None:
        raise Http404
    return TemplateResponse(
        request,
        "network/members/minutes.html",
        {
            "minutes": found,
            "occurrence": occurrence,
            "event": event,
            "occurrence_url": event.url
            + EventPage.get_resolver().reverse("occurrence_route", occurrence.pk),
            "documents": list(found.documents.order_by("title", "pk")),
        },
    )
