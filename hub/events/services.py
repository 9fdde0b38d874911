"""Registration rules: register, confirm (double opt-in), cancel, the waiting list, and the
scheduled jobs (expiry, reminders, data retention).

Everything that decides about a seat locks the ``Occurrence`` row first
(``select_for_update``) and then the registration, always in that order, so that two
server processes confirming the last seat at the same moment are served one after the
other. E-mails are queued with ``hub.events.mail.queue_mail``, which enqueues only once the
transaction has committed: a rolled-back decision never sends anything.

A registration is for a party (``party_size`` people, a family registering once): every
count of seats — the seats left, the check on confirming, the waiting list — counts people,
not registrations.

Views and commands call these functions and show ``RegistrationError.message`` to people.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import CharField, Value
from django.db.models.functions import Cast, Concat
from django.utils import timezone
from django.utils.translation import gettext as _

from hub.events.mail import MailKind, queue_mail
from hub.events.models import Occurrence, Registration
from hub.events.seats import (
    closed_reason,
    max_party_size,
    party_size_error,
    seats_left,
)

Status = Registration.Status
ACTIVE = [str(status) for status in Registration.ACTIVE]


class RegistrationError(Exception):
    """A rule said no; ``message`` tells the person why, in the active language."""

    def __init__(self, message: str, code: str, registration: Registration | None = None):
        super().__init__(message)
        self.message = message
        self.code = code
        self.registration = registration


@dataclass(frozen=True)
class Registrant:
    """What a person enters in the registration form."""

    name: str
    email: str
    organisation: str = ""
    interpretation_into: str = ""
    accessibility_needs: str = ""
    party_size: int = 1
    # The language code when picked from the event's list; empty for a typed-in language.
    interpretation_code: str = ""


# --- facts about an occurrence -------------------------------------------------------


def confirm_deadline(registration: Registration) -> datetime:
    """Until when the e-mailed link confirms a pending registration."""
    return registration.created_at + timedelta(hours=settings.HUB_EVENT_CONFIRM_HOURS)


# --- the registration's life ---------------------------------------------------------


def register(occurrence: Occurrence, data: Registrant, language: str) -> Registration:
    """Store a pending registration and e-mail the confirmation link in ``language``.

    The same e-mail address (case-insensitive) holds at most one active registration per
    date. A second attempt creates nothing and answers exactly like the first — whoever
    types someone's address must not learn that this person is coming to, say, an asylum
    information evening: the address's owner is e-mailed instead (in ``language``, the
    one used now) that they are registered already, with their personal links. Returns
    the new registration or the existing one.

    A pending registration whose link has run out no longer counts: it expires here and
    the person simply registers anew. ``data.party_size`` must lie in 1..``max_party_size``.
    """
    email = data.email.strip().lower()
    language = language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
    with transaction.atomic():
        occurrence = Occurrence.objects.select_for_update().get(pk=occurrence.pk)
        if reason := closed_reason(occurrence):
            raise RegistrationError(reason, "closed")
        if message := party_size_error(data.party_size, max_party_size(occurrence)):
            raise RegistrationError(message, "party_size")
        existing = _active_registration(occurrence, email)
        if existing is None:
            try:
                with transaction.atomic():
                    registration = Registration.objects.create(
                        occurrence=occurrence,
                        name=data.name.strip(),
                        email=email,
                        organisation=data.organisation.strip(),
                        language=language,
                        interpretation_into=data.interpretation_into.strip(),
                        interpretation_code=data.interpretation_code.strip(),
                        party_size=data.party_size,
                        accessibility_needs=data.accessibility_needs.strip(),
                        consent_at=timezone.now(),
                    )
            except IntegrityError:
                # Only reachable where the row lock is not enforced (SQLite): the
                # database's constraint caught the twin.
                existing = Registration.objects.get(
                    occurrence=occurrence, email=email, status__in=ACTIVE
                )
            else:
                queue_mail(registration, MailKind.CONFIRM)
                return registration
        queue_mail(existing, MailKind.ALREADY_REGISTERED, language=language)
    return existing


def _active_registration(occurrence: Occurrence, email: str) -> Registration | None:
    """The address's active registration of the (locked) date; a pending one whose
    confirmation link has run out is expired on the way."""
    existing = (
        Registration.objects.select_for_update()
        .filter(occurrence=occurrence, email=email, status__in=ACTIVE)
        .order_by("pk")
        .first()
    )
    if (
        existing is not None
        and existing.status == Status.PENDING
        and confirm_deadline(existing) <= timezone.now()
    ):
        existing.status = Status.EXPIRED
        existing.save(update_fields=["status"])
        return None
    return existing


def confirm(token) -> Registration:
    """Confirm a registration by its e-mailed link: enough free seats for the whole party
    make it confirmed, else the whole party goes on the waiting list (a family is never
    split); the person is e-mailed which.

    Confirming twice is harmless (the registration is returned as it is). A link older
    than ``HUB_EVENT_CONFIRM_HOURS`` expires the registration.
    """
    error = None
    with transaction.atomic():
        registration = _locked_registration(confirm_token=token)
        occurrence = registration.occurrence
        now = timezone.now()
        if registration.status in (Status.CONFIRMED, Status.WAITLISTED):
            return registration
        if registration.status == Status.PENDING and confirm_deadline(registration) <= now:
            registration.status = Status.EXPIRED
            registration.save(update_fields=["status"])
        if registration.status == Status.EXPIRED:
            error = RegistrationError(
                _(
                    "This confirmation link has expired. Please register again — it only "
                    "takes a minute."
                ),
                "expired",
                registration=registration,
            )
        elif registration.status == Status.CANCELLED:
            error = RegistrationError(
                _("This registration has been cancelled."), "cancelled", registration
            )
        elif occurrence.is_cancelled or occurrence.starts_at <= now:
            error = RegistrationError(
                _("This date has been cancelled.")
                if occurrence.is_cancelled
                else _("This date is over."),
                "closed",
                registration,
            )
        else:
            registration.confirmed_at = now
            left = seats_left(occurrence)
            if left is None or left >= registration.party_size:
                registration.status = Status.CONFIRMED
                kind = MailKind.CONFIRMED
            else:
                registration.status = Status.WAITLISTED
                registration.waitlisted_at = now
                kind = MailKind.WAITLISTED
            registration.save(update_fields=["status", "confirmed_at", "waitlisted_at"])
            queue_mail(registration, kind)
    if error is not None:
        raise error
    return registration


def cancel(token) -> Registration:
    """Cancel by the personal link: the seat goes to the first on the waiting list, who is
    e-mailed, in the same transaction. Cancelling twice changes nothing more."""
    with transaction.atomic():
        registration = _locked_registration(cancel_token=token)
        occurrence = registration.occurrence
        if registration.status not in Registration.ACTIVE:
            return registration
        if occurrence.ends_at <= timezone.now():
            raise RegistrationError(
                _("This date is over; the registration can no longer be cancelled."),
                "closed",
                registration,
            )
        registration.status = Status.CANCELLED
        registration.cancelled_at = timezone.now()
        registration.save(update_fields=["status", "cancelled_at"])
        queue_mail(registration, MailKind.CANCELLED)
        promote_from_waitlist(occurrence)
    return registration


def promote_from_waitlist(occurrence: Occurrence) -> list[Registration]:
    """Give free seats to the waiting list in the order people joined it.

    A party is promoted whole or not at all. Going down the list in order, every party
    that fits into the seats still free is promoted; one that does not fit keeps its
    place and the next, smaller one may take the seats. So a free seat never stays empty
    while someone it fits is waiting — at the price that a single person may overtake a
    family of four while only one seat is free. The family keeps the head of the list
    and gets the next seats that suffice.

    The caller holds the occurrence's row lock (inside its transaction).
    """
    if occurrence.is_cancelled or occurrence.starts_at <= timezone.now():
        return []
    left = seats_left(occurrence)
    waiting = occurrence.registrations.filter(status=Status.WAITLISTED).order_by(
        "waitlisted_at", "pk"
    )
    promoted = []
    for registration in waiting:
        if left is not None:
            if left <= 0:
                break
            if registration.party_size > left:
                continue
            left -= registration.party_size
        promoted.append(registration)
    for registration in promoted:
        registration.status = Status.CONFIRMED
        registration.save(update_fields=["status"])
        queue_mail(registration, MailKind.PROMOTED)
    return promoted


def _locked_registration(**token) -> Registration:
    """The registration with ``token`` and its occurrence, both row-locked (occurrence
    first, as everywhere), or ``RegistrationError`` (code ``unknown``)."""
    found = Registration.objects.filter(**token).values_list("pk", "occurrence_id").first()
    if found is None:
        raise RegistrationError(_("This link is not valid. Nothing has been changed."), "unknown")
    pk, occurrence_id = found
    occurrence = Occurrence.objects.select_for_update().get(pk=occurrence_id)
    registration = Registration.objects.select_for_update().get(pk=pk)
    registration.occurrence = occurrence
    return registration


# --- when editors change a date ------------------------------------------------------


def notify_occurrence_changed(occurrence: Occurrence) -> int:
    """E-mail everyone registered for a date that was cancelled or moved.

    Called by the occurrence admin after it saved the change. For a moved date the
    reminder is due again (for the new date). Returns how many e-mails were queued.
    """
    kind = MailKind.DATE_CANCELLED if occurrence.is_cancelled else MailKind.DATE_MOVED
    with transaction.atomic():
        registrations = list(
            occurrence.registrations.select_for_update()
            .filter(status__in=ACTIVE, anonymised_at__isnull=True)
            .order_by("pk")
        )
        if kind == MailKind.DATE_MOVED:
            occurrence.registrations.filter(pk__in=[r.pk for r in registrations]).update(
                reminder_sent_at=None
            )
        for registration in registrations:
            queue_mail(registration, kind)
    return len(registrations)


# --- scheduled jobs (manage.py run_event_jobs) ---------------------------------------


def expire_pending(now: datetime | None = None) -> int:
    """Registrations whose link was not clicked in time stop waiting. Idempotent."""
    now = now or timezone.now()
    limit = now - timedelta(hours=settings.HUB_EVENT_CONFIRM_HOURS)
    return Registration.objects.filter(status=Status.PENDING, created_at__lte=limit).update(
        status=Status.EXPIRED
    )


def send_reminders(now: datetime | None = None) -> int:
    """Remind confirmed registrants ``HUB_EVENT_REMINDER_DAYS`` before their date.

    Each registration is marked in the same transaction that queues its e-mail, by a
    conditional update: two overlapping runs never remind anyone twice.
    """
    now = now or timezone.now()
    until = now + timedelta(days=settings.HUB_EVENT_REMINDER_DAYS)
    due = Registration.objects.filter(
        status=Status.CONFIRMED,
        reminder_sent_at__isnull=True,
        anonymised_at__isnull=True,
        occurrence__starts_at__gt=now,
        occurrence__starts_at__lte=until,
    ).exclude(occurrence__status=Occurrence.Status.CANCELLED)
    sent = 0
    with transaction.atomic():
        for registration in due.order_by("pk"):
            marked = Registration.objects.filter(
                pk=registration.pk, reminder_sent_at__isnull=True
            ).update(reminder_sent_at=now)
            if marked:
                queue_mail(registration, MailKind.REMINDER)
                sent += 1
    return sent


ANONYMOUS_DOMAIN = "anonymised.invalid"


def anonymise_past(now: datetime | None = None) -> int:
    """Remove personal data ``HUB_EVENT_RETENTION_DAYS`` after a date ended.

    Name, organisation, needs and e-mail go (the e-mail becomes a unique placeholder, as
    the one-active-registration-per-address constraint needs one); status, language,
    attendance and the timestamps stay, so counts remain for statistics. Idempotent.
    """
    now = now or timezone.now()
    limit = now - timedelta(days=settings.HUB_EVENT_RETENTION_DAYS)
    return Registration.objects.filter(
        anonymised_at__isnull=True, occurrence__ends_at__lte=limit
    ).update(
        name="",
        organisation="",
        interpretation_into="",
        interpretation_code="",
        accessibility_needs="",
        email=Concat(Value("removed-"), Cast("pk", CharField()), Value("@" + ANONYMOUS_DOMAIN)),
        anonymised_at=now,
    )
