"""The e-mails to registrants, rendered in the language they chose for e-mails.

Plain text from ``templates/emails/event_<kind>.txt`` and ``…_subject.txt``, like the
initiative e-mails (``hub.core.emails.render_email``), with the same ``Content-Language``
header. Links point at the event's page in the registrant's language (its translation
where live, else the source page under their language prefix). The confirmation, the
promotion and a moved date carry the date as an ``.ics`` attachment. Every e-mail about
a date repeats what the person asked for: how many people are coming and the
interpretation, named in the registrant's language.
"""

from django.conf import settings
from django.core.mail import EmailMessage

from hub.core.emails import render_email
from hub.core.i18n import translated_language_name
from hub.core.site import public_url, site_name_in
from hub.events.ical import occurrence_ics, page_in_language
from hub.events.mail import MailKind, is_due
from hub.events.models import EventPage, Registration
from hub.events.seats import event_page
from hub.events.services import confirm_deadline
from hub.snippets.contact import network_email
from hub.snippets.models import SpokenLanguage

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


def interpretation_name(registration: Registration, language: str) -> str:
    """The language interpretation was asked for, named in ``language`` (call it with
    ``language`` active): the network's own term in that language, else Django's name of
    the language, else the text as stored (a language the person typed in)."""
    code = registration.interpretation_code
    if code:
        term = SpokenLanguage.objects.filter(code=code, locale__language_code=language).first()
        if term is not None:
            return term.name
        name = translated_language_name(code)
        if name != code:
            return name
    return registration.interpretation_into


def registration_email(registration_id: int, kind: str, language: str = "") -> EmailMessage | None:
    """The mail worker's builder (``hub.events.mail.queue_mail``): the e-mail, or None
    when it is no longer true."""
    kind = MailKind(kind)
    registration = (
        Registration.objects.select_related("occurrence").filter(pk=registration_id).first()
    )
    if registration is None or not is_due(registration, kind):
        return None
    return build_message(registration, kind, language or None)


def build_message(
    registration: Registration, kind: MailKind, language: str | None = None
) -> EmailMessage:
    """The e-mail ``kind`` for ``registration``, rendered in ``language`` (default: the
    registration's)."""
    occurrence = registration.occurrence
    source = event_page(occurrence)
    if language not in dict(settings.LANGUAGES):
        language = registration.language or settings.LANGUAGE_CODE
    contact = network_email(language)

    def context() -> dict:
        page = page_in_language(source, language)
        return {
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
            "interpretation": interpretation_name(registration, language),
            "confirm_hours": settings.HUB_EVENT_CONFIRM_HOURS,
            "confirm_until": confirm_deadline(registration),
            "site_name": site_name_in(language),
            "contact_email": contact,
            **links(source, registration, language),
        }

    message = render_email(
        kind.template,
        language,
        [registration.email],
        context,
        reply_to=[contact] if contact else None,
    )
    if kind in WITH_CALENDAR_FILE:
        message.attach(
            "event.ics",
            occurrence_ics(source, occurrence, language),
            "text/calendar",
        )
    return message
