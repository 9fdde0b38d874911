"""The German calendar, its events, their dates and a few registrations.

Found again by stable keys like the rest of the demo: the calendar as the home page's
only one, events by their fixed ``translation_key`` or else their slug. Publishing an
event fills its dates (``hub.events.signals``); ``sync_occurrences`` is called once more
per run so that a rerun also extends the horizon of an unchanged series. One date of the
meeting is cancelled through ``hub.events.occurrences.cancel_occurrence``, as an editor
would; registrations are created directly (no e-mails) and found by address and date.
"""

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.contrib.auth.models import AbstractBaseUser
from django.utils import timezone
from wagtail.models import Page

from hub.demo.directory import Terms, place_after
from hub.demo.event_specs import CalendarSpec, CancelledDate, EventSpec, RegistrantSpec
from hub.demo.factories.events import EventIndexPageFactory, EventPageFactory
from hub.demo.specs import stable_uuid
from hub.demo.tree import Outcome, publish_changes
from hub.events.models import EventIndexPage, EventPage, Occurrence, Registration
from hub.events.occurrences import cancel_occurrence
from hub.events.recurrence import sync_occurrences
from hub.pages.models import HomePage
from hub.snippets.models import Category, SpokenLanguage


@dataclass
class DatesReport:
    """What a run did to the dates and registrations, for the command's report."""

    occurrences: int = 0
    occurrences_created: int = 0
    cancelled: list[Occurrence] = field(default_factory=list)
    cancelled_now: bool = False
    registrations_created: int = 0
    registrations_kept: int = 0


def build_calendar(
    home: HomePage, spec: CalendarSpec, after: Page, user: AbstractBaseUser | None
) -> Outcome:
    values = {
        "title": spec.title.de,
        "slug": spec.slug.de,
        "intro": spec.intro.html({}),
        "show_in_menus": True,
    }
    calendar = EventIndexPage.objects.child_of(home).first()
    if calendar is None:
        calendar = EventIndexPageFactory(
            parent=home,
            translation_key=stable_uuid(f"page:{spec.key}"),
            publish__user=user,
            **values,
        )
        outcome = Outcome(calendar, created=True, changed=True)
    else:
        outcome = publish_changes(calendar, values, user, created=False)
    place_after(calendar, after)
    return outcome


def _related(spec: EventSpec, terms: Terms) -> dict[str, list]:
    wanted = {
        "categories": (Category, spec.categories),
        "spoken_languages": (SpokenLanguage, spec.languages),
    }
    related = {}
    for name, (model, slugs) in wanted.items():
        missing = [slug for slug in slugs if (model, slug) not in terms]
        if missing:
            raise ValueError(f"{spec.key}: no demo {model.__name__} {', '.join(missing)}")
        related[name] = [terms[model, slug] for slug in slugs]
    return related


def _relations_differ(page: EventPage, related: dict) -> bool:
    return any(
        set(getattr(page, name).values_list("pk", flat=True)) != {term.pk for term in wanted}
        for name, wanted in related.items()
    )


def build_events(
    calendar: EventIndexPage,
    specs: tuple[EventSpec, ...],
    terms: Terms,
    organisers: dict[str, Page],
    user: AbstractBaseUser | None,
) -> list[Outcome]:
    today = timezone.localdate()
    existing = list(EventPage.objects.child_of(calendar))
    by_key = {page.translation_key: page for page in existing}
    by_slug = {page.slug: page for page in existing}
    outcomes = []
    for spec in specs:
        page = by_key.get(spec.translation_key) or by_slug.get(spec.de.slug)
        values = spec.values(today, page.starts_on if page is not None else None)
        values["organiser_id"] = organisers[spec.organiser].pk if spec.organiser else None
        related = _related(spec, terms)
        if page is None:
            page = EventPageFactory(
                parent=calendar,
                translation_key=spec.translation_key,
                publish__user=user,
                **values,
                **related,
            )
            outcomes.append(Outcome(page, created=True, changed=True))
            continue
        relations_changed = _relations_differ(page, related)
        for name, wanted in related.items():
            setattr(page, name, wanted)
        outcomes.append(
            publish_changes(page, values, user, created=False, also_changed=relations_changed)
        )
    return outcomes


def sync_dates(pages: list[EventPage], report: DatesReport) -> None:
    for page in pages:
        report.occurrences_created += sync_occurrences(page)["created"]
    keys = [page.translation_key for page in pages]
    report.occurrences = Occurrence.objects.filter(event_key__in=keys).count()


def upcoming(page: EventPage, now: datetime):
    return Occurrence.objects.filter(event_key=page.translation_key, starts_at__gt=now).order_by(
        "starts_at"
    )


def cancel_one_date(
    page: EventPage, spec: CancelledDate, now: datetime, report: DatesReport
) -> None:
    """Cancel the series' next date in ``spec.month`` unless a date of it is cancelled
    already; the reason comes with its translations.

    Nobody is registered for it (registrations go to dates that take place), so
    ``cancel_occurrence`` has nobody to e-mail. A date cancelled by an earlier run with
    the same reason gets the current translations; one an editor changed is left alone.
    """
    month, reason, translations = spec.month, spec.reason, dict(spec.reason_translations)
    dates = Occurrence.objects.filter(event_key=page.translation_key)
    cancelled = list(dates.filter(status=Occurrence.Status.CANCELLED))
    for occurrence in cancelled:
        if occurrence.reason == reason and occurrence.reason_translations != translations:
            occurrence.reason_translations = translations
            occurrence.save(update_fields=["reason_translations"])
    if not cancelled:
        target = next(
            (
                occurrence
                for occurrence in upcoming(page, now)
                if timezone.localtime(occurrence.starts_at).month == month
            ),
            None,
        )
        if target is not None:
            cancelled = [cancel_occurrence(target, reason, translations)]
            report.cancelled_now = True
    report.cancelled = cancelled


def next_date(page: EventPage, now: datetime) -> Occurrence | None:
    """The first upcoming date that takes place."""
    return upcoming(page, now).exclude(status=Occurrence.Status.CANCELLED).first()


def register_people(
    occurrence: Occurrence,
    people: tuple[RegistrantSpec, ...],
    now: datetime,
    report: DatesReport,
) -> None:
    """Registrations made over the past days, oldest first; each created once (a rerun
    only brings the number of people up to date)."""
    known = dict(
        Registration.objects.filter(occurrence=occurrence).values_list("email", "party_size")
    )
    for position, person in enumerate(people):
        if person.email in known:
            if known[person.email] != person.party_size:
                Registration.objects.filter(occurrence=occurrence, email=person.email).update(
                    party_size=person.party_size
                )
            report.registrations_kept += 1
            continue
        registered = now - timedelta(days=len(people) - position, hours=3)
        confirmed = registered + timedelta(minutes=12)
        Registration.objects.create(
            occurrence=occurrence,
            status=Registration.Status.WAITLISTED
            if person.waitlisted
            else Registration.Status.CONFIRMED,
            name=person.name,
            email=person.email,
            organisation=person.organisation,
            language=person.language,
            interpretation_into=person.interpretation_into,
            interpretation_code=person.interpretation_code,
            accessibility_needs=person.accessibility_needs,
            party_size=person.party_size,
            consent_at=registered,
            created_at=registered,
            confirmed_at=confirmed,
            waitlisted_at=confirmed if person.waitlisted else None,
        )
        report.registrations_created += 1


def prepare_dates(
    pages: list[EventPage],
    cancelled: CancelledDate,
    registrations: tuple[tuple[str, tuple[RegistrantSpec, ...]], ...],
) -> DatesReport:
    """Dates up to the horizon, the cancelled date, then registrations for the next dates.

    Events missing from ``pages`` are left out (a test may load the demo without them).
    """
    report = DatesReport()
    now = timezone.now()
    sync_dates(pages, report)
    by_key = {page.translation_key: page for page in pages}
    series = by_key.get(stable_uuid(f"event:{cancelled.event}"))
    if series is not None:
        cancel_one_date(series, cancelled, now, report)
    for key, people in registrations:
        page = by_key.get(stable_uuid(f"event:{key}"))
        occurrence = next_date(page, now) if page is not None else None
        if occurrence is not None:
            register_people(occurrence, people, now, report)
    return report
