"""The German organisations directory and the member organisations, created or updated.

Found again by stable keys like the rest of the demo: the directory as the home page's
only one, organisations by their fixed ``translation_key`` or else their slug. Offices
(with their hours, closures and special dates), contact persons and links are inline
children of the page; they are compared as a whole with what the spec describes and
replaced, in a new published revision, only when something differs.
"""

from datetime import date
from decimal import Decimal

from django.contrib.auth.models import AbstractBaseUser
from django.utils import timezone
from wagtail.models import Page

from hub.demo.directory import Terms, place_after
from hub.demo.directory_specs import Place
from hub.demo.organisation_specs import OfficeSpec, OrganisationIndexSpec, OrganisationSpec
from hub.demo.specs import stable_uuid
from hub.demo.tree import Outcome, publish_changes
from hub.network.models import (
    ContactPerson,
    FindHelpPage,
    HoursKind,
    Office,
    OfficeClosure,
    OfficeHours,
    OfficeSpecialDate,
    OrganisationIndexPage,
    OrganisationPage,
    SocialLink,
)
from hub.network.models.offices import WEEKDAY_FIELDS
from hub.pages.models import HomePage
from hub.snippets.models import Category, District, SpokenLanguage


def build_intro_page(
    model: type[Page],
    home: HomePage,
    spec: OrganisationIndexSpec,
    after: Page,
    user: AbstractBaseUser | None,
) -> Outcome:
    """The home page's only ``model`` page (title, slug, intro; in the menu after
    ``after``), created or brought up to date."""
    values = {
        "title": spec.title.de,
        "slug": spec.slug.de,
        "intro": spec.intro.html({}),
        "show_in_menus": True,
    }
    page = model.objects.child_of(home).first()
    if page is None:
        page = model(translation_key=stable_uuid(f"page:{spec.key}"), **values)
        home.add_child(instance=page)
        page.save_revision(user=user).publish(user=user, skip_permission_checks=True)
        page.refresh_from_db()
        outcome = Outcome(page, created=True, changed=True)
    else:
        outcome = publish_changes(page, values, user, created=False)
    place_after(page, after)
    return outcome


def build_organisation_index(
    home: HomePage, spec: OrganisationIndexSpec, after: Page, user: AbstractBaseUser | None
) -> Outcome:
    return build_intro_page(OrganisationIndexPage, home, spec, after, user)


def build_find_help(
    home: HomePage, spec: OrganisationIndexSpec, after: Page, user: AbstractBaseUser | None
) -> Outcome:
    """The "find help" page, which lists the offices of the organisations."""
    return build_intro_page(FindHelpPage, home, spec, after, user)


def _terms(model, slugs: tuple[str, ...], terms: Terms, key: str) -> list:
    missing = [slug for slug in slugs if (model, slug) not in terms]
    if missing:
        raise ValueError(f"{key}: no demo {model.__name__} {', '.join(missing)}")
    return [terms[model, slug] for slug in slugs]


def _office(spec: OfficeSpec, terms: Terms, places: dict[str, Place], today: date, key: str):
    place = places[spec.district]
    office = Office(
        name=spec.name.de,
        street_address=spec.street_address,
        postal_code=place.postal_code,
        locality="Lindenstadt",
        district=_terms(District, (spec.district,), terms, key)[0],
        latitude=Decimal(f"{place.latitude:.6f}"),
        longitude=Decimal(f"{place.longitude:.6f}"),
        transport_hint=spec.transport_hint.de if spec.transport_hint else "",
        barrier_free=spec.barrier_free,
        accessibility_note=spec.accessibility_note.de if spec.accessibility_note else "",
        by_appointment=spec.by_appointment,
        appointment_note=spec.appointment_note.de if spec.appointment_note else "",
        opens_on_holidays=spec.opens_on_holidays,
    )
    # Explicit sort orders: rows with equal (NULL) sort_order come back in any order on
    # PostgreSQL, which made a second run see a change that was not there.
    hours = []
    for position, slot in enumerate(spec.hours):
        row = OfficeHours(
            sort_order=position,
            kind=HoursKind.MONTHLY if slot.ordinal else HoursKind.WEEKLY,
            ordinal=slot.ordinal,
            weekday=slot.weekday,
            opens=slot.opens,
            closes=slot.closes,
            mediator=slot.mediator,
            by_appointment=slot.by_appointment,
            **{name: day in slot.weekdays for day, name in enumerate(WEEKDAY_FIELDS)},
        )
        row.languages = _terms(SpokenLanguage, slot.languages, terms, key)
        hours.append(row)
    office.hours = hours
    closures = []
    for position, closure in enumerate(spec.closures):
        starts_on, ends_on = closure.dates(today)
        closures.append(
            OfficeClosure(
                sort_order=position,
                starts_on=starts_on,
                ends_on=ends_on,
                reason=closure.reason.de,
            )
        )
    office.closures = closures
    special_dates = []
    for position, special in enumerate(spec.special_dates):
        row = OfficeSpecialDate(
            sort_order=position,
            on=special.on(today),
            opens=special.opens,
            closes=special.closes,
            mediator=special.mediator,
        )
        row.languages = _terms(SpokenLanguage, special.languages, terms, key)
        special_dates.append(row)
    office.special_dates = special_dates
    return office


def _pks(related) -> tuple[int, ...]:
    return tuple(sorted(term.pk for term in related.all()))


_OFFICE_FIELDS = (
    "name",
    "street_address",
    "postal_code",
    "locality",
    "district_id",
    "latitude",
    "longitude",
    "transport_hint",
    "barrier_free",
    "accessibility_note",
    "by_appointment",
    "appointment_note",
    "opens_on_holidays",
)
_HOURS_FIELDS = (
    "kind",
    *WEEKDAY_FIELDS,
    "ordinal",
    "weekday",
    "opens",
    "closes",
    "mediator",
    "by_appointment",
    "valid_from",
    "valid_until",
)


def _children(page: OrganisationPage) -> tuple:
    """Everything the page's inline children hold, comparable between a stored page and
    one whose children were just assigned."""
    offices = tuple(
        (
            tuple(getattr(office, name) for name in _OFFICE_FIELDS),
            tuple(
                (tuple(getattr(row, name) for name in _HOURS_FIELDS), _pks(row.languages))
                for row in office.hours.all()
            ),
            tuple((row.starts_on, row.ends_on, row.reason) for row in office.closures.all()),
            tuple(
                (row.on, row.opens, row.closes, row.mediator, _pks(row.languages))
                for row in office.special_dates.all()
            ),
        )
        for office in page.offices.all()
    )
    contacts = tuple(
        (person.name, person.role, person.email, person.phone, _pks(person.languages))
        for person in page.contact_persons.all()
    )
    links = tuple((link.label, link.url) for link in page.social_links.all())
    return offices, contacts, links


def _assign_children(
    page: OrganisationPage,
    spec: OrganisationSpec,
    terms: Terms,
    places: dict[str, Place],
    today: date,
) -> None:
    offices = [_office(office, terms, places, today, spec.key) for office in spec.offices]
    for position, office in enumerate(offices):
        office.sort_order = position
    page.offices = offices
    contacts = []
    for position, contact in enumerate(spec.contacts):
        person = ContactPerson(
            sort_order=position,
            name=contact.name,
            role=contact.role.de,
            email=contact.email,
            phone=contact.phone,
        )
        person.languages = _terms(SpokenLanguage, contact.languages, terms, spec.key)
        contacts.append(person)
    page.contact_persons = contacts
    page.social_links = [
        SocialLink(sort_order=position, label=label.de, url=url)
        for position, (label, url) in enumerate(spec.links)
    ]


def build_organisations(
    index: OrganisationIndexPage,
    specs: tuple[OrganisationSpec, ...],
    terms: Terms,
    places: dict[str, Place],
    user: AbstractBaseUser | None,
) -> list[Outcome]:
    today = timezone.localdate()
    existing = list(OrganisationPage.objects.child_of(index))
    by_key = {page.translation_key: page for page in existing}
    by_slug = {page.slug: page for page in existing}
    outcomes = []
    for spec in specs:
        values = {
            "title": spec.title.de,
            "slug": spec.slug.de,
            "summary": spec.summary.de,
            "description": "".join(f"<p>{part.de}</p>" for part in spec.description),
            "kind": spec.kind,
            "website": spec.website,
        }
        services = _terms(Category, spec.services, terms, spec.key)
        page = by_key.get(spec.translation_key) or by_slug.get(spec.slug.de)
        if page is None:
            page = OrganisationPage(translation_key=spec.translation_key, **values)
            page.services = services
            _assign_children(page, spec, terms, places, today)
            index.add_child(instance=page)
            page.save_revision(user=user).publish(user=user, skip_permission_checks=True)
            page.refresh_from_db()
            outcomes.append(Outcome(page, created=True, changed=True))
            continue
        before = (_pks(page.services), _children(page))
        page.services = services
        _assign_children(page, spec, terms, places, today)
        changed = (_pks(page.services), _children(page)) != before
        if not changed:
            # Keep the stored children (and their ids) rather than the fresh copies.
            page = OrganisationPage.objects.get(pk=page.pk)
        else:
            for name, value in values.items():
                setattr(page, name, value)
        outcomes.append(publish_changes(page, values, user, created=False, also_changed=changed))
    return outcomes
