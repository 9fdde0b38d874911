"""Register for a date, confirm by the e-mailed link, cancel by the personal link.

``EventPage`` routes here. Registering is a POST from the form on the date's page
(``templates/events/includes/registration.html``, filled by ``registration_context``); an
invalid form re-renders the date's page with the errors and the input kept. Confirming
and cancelling show a page with a button on GET and act only on POST: mail scanners that
open every link in an e-mail must not confirm or cancel anything. The views check spam
and validity and show outcomes; the rules are ``hub.events.services``'.
"""

from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import timezone, translation

from hub.core.antispam import FormRateLimit
from hub.events import seats, services
from hub.events.models import EventPage, Occurrence, Registration
from hub.events.registration.forms import RegistrationForm
from hub.pages.privacy import privacy_url

RATE_LIMIT_SCOPE = "event-registration"


def registration_context(
    request: HttpRequest,
    page: EventPage,
    occurrence: Occurrence,
    form: RegistrationForm | None = None,
) -> dict:
    """What ``events/includes/registration.html`` needs; merge it into the page context.

    ``form`` is the bound form when the register view re-renders after an error.
    """
    source = seats.event_page(occurrence)
    closed = seats.closed_reason(occurrence, source)
    seats_left = seats.seats_left(occurrence, source)
    if form is None and not closed:
        form = registration_form(page, occurrence, source)
    return {
        "registration_required": bool(source and source.registration_required),
        "registration_open": not closed,
        "registration_closed_reason": closed,
        "registration_form": form,
        # No "#registration" here: a fragment in the URL stops the browser from moving the
        # focus to the error summary (``autofocus``) after a failed submit.
        "registration_action": (page.get_url(request) or "/")
        + page.reverse_subpage("register_route", args=[occurrence.pk]),
        "registration_capacity": seats.capacity(occurrence, source),
        "registration_seats_left": seats_left,
        "registration_full": seats_left == 0,
        "registration_deadline": seats.registration_deadline(occurrence, source),
        "privacy_url": privacy_url(request),
    }


def registration_form(
    page: EventPage, occurrence: Occurrence, source: EventPage | None = None, data=None
) -> RegistrationForm:
    """The form for one date, its number of people limited as the date allows."""
    largest = seats.max_party_size(occurrence, source or seats.event_page(occurrence))
    return RegistrationForm(data, page=page, largest_party=largest)


def register(request: HttpRequest, page: EventPage, occurrence_id: int) -> HttpResponse:
    """A new and a known address get the same answer ("check your inbox"): the e-mail,
    not the page, tells the owner of the address what happened."""
    occurrence = _occurrence(page, occurrence_id)
    if request.method != "POST":
        if request.GET.get("sent"):
            return _page(request, page, "events/registration_sent.html", occurrence=occurrence)
        return HttpResponseRedirect(_occurrence_page(page, occurrence, request))
    form = registration_form(page, occurrence, data=request.POST)

    def store(data) -> bool:
        try:
            services.register(occurrence, form.registrant(), data["language"])
        except services.RegistrationError as error:
            form.add_error(None, error.message)
            return False
        return True

    # Per address and date: a coordinator may register many colleagues, and one person
    # may register for several dates.
    done, refusal = FormRateLimit(RATE_LIMIT_SCOPE).submit(
        request, form, lambda data: f"{data['email']} {occurrence.pk}", store
    )
    if done:
        return HttpResponseRedirect(request.path + "?sent=1")
    from hub.events.calendar.context import occurrence_context

    context = occurrence_context(request, page, occurrence)
    context.update(registration_context(request, page, occurrence, form=form))
    return TemplateResponse(
        request, "events/occurrence.html", context, status=429 if refusal else 200
    )


def confirm(request: HttpRequest, page: EventPage, token) -> HttpResponse:
    registration = _registration(page, confirm_token=token)
    if registration is None:
        return _unknown(request, page)
    error = None
    if request.method == "POST":
        try:
            services.confirm(token)
        except services.RegistrationError as exc:
            error = exc.message
        else:
            return HttpResponseRedirect(request.path)
        registration.refresh_from_db()
    return _page(
        request,
        page,
        "events/registration_confirm.html",
        registration=registration,
        occurrence=registration.occurrence,
        error=error,
        expired=registration.status == Registration.Status.PENDING
        and services.confirm_deadline(registration) <= timezone.now(),
    )


def cancel(request: HttpRequest, page: EventPage, token) -> HttpResponse:
    registration = _registration(page, cancel_token=token)
    if registration is None:
        return _unknown(request, page)
    error = None
    if request.method == "POST":
        try:
            services.cancel(token)
        except services.RegistrationError as exc:
            error = exc.message
        else:
            return HttpResponseRedirect(request.path + "?done=1")
        registration.refresh_from_db()
    return _page(
        request,
        page,
        "events/registration_cancel.html",
        registration=registration,
        occurrence=registration.occurrence,
        error=error,
        done=bool(request.GET.get("done")),
        is_over=registration.occurrence.ends_at <= timezone.now(),
    )


# --- helpers -------------------------------------------------------------------------


def _occurrence(page: EventPage, occurrence_id: int) -> Occurrence:
    occurrence = Occurrence.objects.filter(pk=occurrence_id, event_key=page.translation_key).first()
    if occurrence is None:
        raise Http404("No such date of this event")
    return occurrence


def _registration(page: EventPage, **token) -> Registration | None:
    """The registration with ``token`` if it belongs to this event (any language)."""
    return (
        Registration.objects.select_related("occurrence")
        .filter(occurrence__event_key=page.translation_key, anonymised_at__isnull=True, **token)
        .first()
    )


def _occurrence_page(page: EventPage, occurrence: Occurrence, request: HttpRequest) -> str:
    return (page.get_url(request) or "/") + page.reverse_subpage(
        "occurrence_route", args=[occurrence.pk]
    )


def _page(request: HttpRequest, page: EventPage, template: str, **extra) -> TemplateResponse:
    context = page.get_context(request)
    occurrence = extra.get("occurrence")
    context.update(
        {
            "event_url": page.get_url(request),
            "occurrence_url": _occurrence_page(page, occurrence, request) if occurrence else "",
            "language": translation.get_language(),
            **extra,
        }
    )
    return TemplateResponse(request, template, context)


def _unknown(request: HttpRequest, page: EventPage) -> TemplateResponse:
    """A wrong or outdated link: nothing is changed, and the page says so."""
    response = _page(request, page, "events/registration_unknown.html")
    response.status_code = 404
    return response
