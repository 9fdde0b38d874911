"""Shared data for the members' tests: two organisations with offices, their members, an
editor who moderates, and helpers to fill in the office form as a browser would."""

from dataclasses import dataclass
from datetime import time

import factory
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from hub.demo.factories.network import OrganisationIndexPageFactory, OrganisationPageFactory
from hub.demo.factories.snippets import translated_terms
from hub.demo.factories.users import UserFactory
from hub.network.models import (
    ContactPerson,
    HoursKind,
    MemberRole,
    Membership,
    Office,
    OfficeClosure,
    OfficeHours,
    OrganisationPage,
)

PASSWORD = "geheim-123"  # noqa: S105 - test accounts


@dataclass
class Members:
    directory: object
    caritas: OrganisationPage
    diakonie: OrganisationPage
    terms: dict
    admin_a: object  # organisation admin of Caritas, uses the site in Arabic
    editor_a: object  # editor of Caritas
    admin_b: object  # organisation admin of Diakonie
    moderator: object  # network editor in Wagtail's Moderators group
    outsider: object  # logged-in account without any organisation


class MemberAccountFactory(UserFactory):
    """The members' tests' accounts: surname "Test", password ``PASSWORD``."""

    last_name = "Test"
    password = factory.django.Password(PASSWORD)


def office(name: str, languages: list) -> Office:
    return Office(
        name=name,
        street_address="Nordplatz 1",
        postal_code="12345",
        locality="Lindenstadt",
        hours=[
            OfficeHours(
                kind=HoursKind.WEEKLY,
                monday=True,
                opens=time(9),
                closes=time(12),
                languages=languages,
            )
        ],
        closures=[OfficeClosure(starts_on="2026-12-24", ends_on="2027-01-01", reason="Ferien")],
    )


def build_members(tree) -> Members:
    terms = translated_terms()
    directory = OrganisationIndexPageFactory(parent=tree.homes["de"], translations=("en", "ar"))
    caritas = OrganisationPageFactory(
        parent=directory,
        title="Caritas Beratung",
        slug="caritas",
        offices=[office("Beratung Nord", [terms["arabisch"]])],
        contact_persons=[ContactPerson(name="Maria Schulz", role="Sozialberatung")],
        services=[terms["sprache"]],
    )
    diakonie = OrganisationPageFactory(
        parent=directory,
        title="Diakonie Treff",
        slug="diakonie",
        offices=[office("Treff Altstadt", [terms["farsi"]])],
    )
    admin_a = MemberAccountFactory(
        username="samira", email="samira@example.org", groups=["Members"], first_name="Samira"
    )
    editor_a = MemberAccountFactory(
        username="paul", email="paul@example.org", groups=["Members"], first_name="Paul"
    )
    admin_b = MemberAccountFactory(
        username="dora", email="dora@example.org", groups=["Members"], first_name="Dora"
    )
    Membership.objects.create(
        organisation=caritas, user=admin_a, role=MemberRole.ADMIN, language="ar"
    )
    Membership.objects.create(
        organisation=caritas, user=editor_a, role=MemberRole.EDITOR, language="de"
    )
    Membership.objects.create(
        organisation=diakonie, user=admin_b, role=MemberRole.ADMIN, language="de"
    )
    return Members(
        directory=directory,
        caritas=caritas,
        diakonie=diakonie,
        terms=terms,
        admin_a=admin_a,
        editor_a=editor_a,
        admin_b=admin_b,
        moderator=MemberAccountFactory(
            username="moderatorin", email="moderation@example.org", groups=["Moderators"]
        ),
        outsider=MemberAccountFactory(username="gast", email="gast@example.org"),
    )


def translate_with_localize(page, code: str) -> OrganisationPage:
    """Translate ``page`` the way translators do (wagtail-localize), fully synced."""
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(
        source=source, target_locale=Locale.objects.get(language_code=code)
    )
    translation.save_target(publish=True)
    target = OrganisationPage.objects.get(
        translation_key=page.translation_key, locale__language_code=code
    )
    if not target.live:
        # WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE is off: a new translation starts
        # as a draft; here a reviewer has approved it.
        target.get_latest_revision().publish()
        target.refresh_from_db()
    return target


def office_post(**overrides) -> dict:
    """POST data of the office form with one weekly slot, no closures or special dates."""
    data = {
        "name": "Beratung Nord",
        "street_address": "Nordplatz 1",
        "postal_code": "12345",
        "locality": "Lindenstadt",
        "district": "",
        "transport_hint": "",
        "barrier_free": "yes",
        "accessibility_note": "",
        "appointment_note": "",
        "latitude": "",
        "longitude": "",
        "hours-TOTAL_FORMS": "1",
        "hours-INITIAL_FORMS": "1",
        "hours-0-kind": "weekly",
        "hours-0-days": ["1", "3"],
        "hours-0-opens": "14:00",
        "hours-0-closes": "17:30",
        "hours-0-languages": ["arabisch", "farsi"],
        "hours-0-mediator": "on",
        "closures-TOTAL_FORMS": "0",
        "closures-INITIAL_FORMS": "0",
        "special_dates-TOTAL_FORMS": "0",
        "special_dates-INITIAL_FORMS": "0",
    }
    data.update(overrides)
    return data
