"""The e-mails to registrants, rendered in the language they chose for e-mails.

Plain text from ``templates/emails/event_<kind>.txt`` and ``…_subject.txt``, like the
initiative e-mails (``hub.pages.initiatives.submissions.emails``), with the same
``Content-Language``
header. Links point at the event's page in the registrant's language (its translation
where live, else the source page under their language prefix). The confirmation, the
promotion and a moved date carry the date as an ``.ics`` attachment.
"""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation

from hub.events.ical import occurrence_ics, page_in_language
from hub.events.mail import MailKind
from hub.events.models import EventPage, Registration
from hub.events.services import confirm_deadline, event_page
from hub.pages.initiatives.submissions.emails import network_email, public_url, site_name_in

WITH_CALENDAR_FILE = {MailKind.CONFIRMED, MailKind.PROMOTED, MailKind.DATE_MOVED}


def links(page: EventPage, registration: Registration, language: str) -> dict[str, str]:
    """Absolute links for the registrant: the date's page, confirmation, cancellation."""
    base = public_url(page, language)
    resolver = EventPage.get_resolver()
    return {
        "occurrence_url": base + resolver.reverse("occurrence_route", registration.occurrence_id),
        "confirm_url": base + resolver.reverse("confirm_route", registration.confirm_token),
        "cancel_url": base + resolver.reverse("cancel_route", registration.cancel_token),
    }


def build_message(
    registration: Registration, kind: MailKind, language: str | None = None
) -> EmailMessage:
    """The e-mail ``kind`` for ``registration``, rendered in ``language`` (default: the
    registration's)."""
    occurrence = registration.occurrence
    source = event_page(occurrence)
    if language not in dict(settings.LANGUAGES):
        language = registration.language or settings.LANGUAGE_CODE
    with translation.override(language):
        page = page_in_language(source, language)
        context = {
            "kind": kind.value,
            "registration": registration,
            "occurrence": occurrence,
            "page": page,
            "address": ", ".join(
                part
                for part in (
                    page.street_address,
                    " ".join(p for p in (page.postal_code, page.locality) if p),
                )
                if part
            ),
            "confirm_hours": settings.HUB_EVENT_CONFIRM_HOURS,
            "confirm_until": confirm_deadline(registration),
            "site_name": site_name_in(language),
            "contact_email": network_email(language),
            **links(source, registration, language),
        }
        template = kind.template
        subject = " ".join(render_to_string(f"emails/{template}_subject.txt", context).split())
        body = render_to_string(f"emails/{template}.txt", context).strip() + "\n"
        active = translation.get_language()
    contact = context["contact_email"]
    message = EmailMessage(
        subject=subject,
        body=body,
        to=[registration.email],
        reply_to=[contact] if contact else None,
        headers={"Content-Language": active},
    )
    if kind in WITH_CALENDAR_FILE:
        message.attach(
            "event.ics",
            occurrence_ics(source, occurrence, language),
            "text/calendar",
        )
    return message
