"""Organisation pages with offices, office hours and contact persons: how they are
stored, validated, translated with wagtail-localize and rendered."""

from datetime import date, time

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.utils import translation
from wagtail.models import Locale
from wagtail.test.utils.form_data import inline_formset, nested_form_data
from wagtail_localize.models import Translation, TranslationSource

from hub.demo.factories.network import OrganisationIndexPageFactory, OrganisationPageFactory
from hub.demo.factories.pages import translate
from hub.demo.factories.snippets import translated_terms
from hub.network import hours
from hub.network.models import (
    ContactPerson,
    HoursKind,
    Office,
    OfficeClosure,
    OfficeHours,
    OfficeSpecialDate,
    OrganisationPage,
    SocialLink,
)
from tests.module_data import module_data


@module_data
def organisation(tree) -> dict:
    terms = translated_terms()
    arabic, farsi = terms["arabisch"], terms["farsi"]
    directory = OrganisationIndexPageFactory(parent=tree.homes["de"], translations=("en", "ar"))
    page = OrganisationPageFactory(
        parent=directory,
        title="Caritas Beratung",
        kind="counselling_centre",
        website="https://caritas.example.org",
        services=[terms["sprache"], terms["begleitung"]],
        social_links=[SocialLink(label="Instagram", url="https://instagram.example/caritas")],
        offices=[
            Office(
                name="Beratungsstelle Nordstadt",
                street_address="Nordplatz 1",
                postal_code="12345",
                locality="Musterstadt",
                district=terms["nordstadt"],
                latitude="52.520000",
                longitude="13.400000",
                transport_hint="Tram 4, Haltestelle Nordplatz",
                barrier_free="partly",
                by_appointment=True,
                hours=[
                    OfficeHours(
                        kind=HoursKind.WEEKLY,
                        monday=True,
                        friday=True,
                        opens=time(9),
                        closes=time(12),
                        languages=[arabic, farsi],
                        mediator=True,
                    ),
                    OfficeHours(
                        kind=HoursKind.MONTHLY,
                        ordinal=1,
                        weekday=3,
                        opens=time(8, 30),
                        closes=time(11, 30),
                        languages=[arabic],
                    ),
                ],
                closures=[
                    OfficeClosure(
                        starts_on=date(2026, 7, 20), ends_on=date(2026, 8, 7), reason="Sommerpause"
                    )
                ],
                special_dates=[
                    OfficeSpecialDate(
                        on=date(2026, 7, 30), opens=time(10), closes=time(12), languages=[farsi]
                    )
                ],
            ),
            Office(
                name="Büro Altstadt",
                street_address="Marktstraße 5",
                postal_code="12345",
                locality="Musterstadt",
                district=terms["altstadt"],
                hours=[
                    OfficeHours(
                        kind=HoursKind.WEEKLY,
                        wednesday=True,
                        opens=time(14),
                        closes=time(17),
                    )
                ],
            ),
        ],
        contact_persons=[
            ContactPerson(
                name="Amira Haddad",
                role="Sozialberatung",
                email="amira@example.org",
                languages=[arabic],
            ),
            ContactPerson(name="Jonas Weber", role="Koordination", phone="+49 30 456"),
        ],
    )
    return {"page": page, "directory": directory, "terms": terms}


def codes(languages) -> set[str]:
    return {language.code for language in languages.all()}


def test_offices_hours_and_contacts_are_stored_in_order(organisation):
    page = organisation["page"]
    nord, alt = page.offices.all()
    assert (nord.name, alt.name) == ("Beratungsstelle Nordstadt", "Büro Altstadt")
    weekly, monthly = nord.hours.all()
    assert weekly.weekdays == (0, 4)
    assert codes(weekly.languages) == {"ar", "fa"}
    assert (monthly.ordinal, monthly.weekday, monthly.weekdays) == (1, 3, ())
    assert nord.closures.get().reason == "Sommerpause"
    assert [person.name for person in page.contact_persons.all()] == [
        "Amira Haddad",
        "Jonas Weber",
    ]
    assert {office.locale.language_code for office in page.offices.all()} == {"de"}
    assert nord.closures.get().locale.language_code == "de"


def test_translation_copies_offices_and_hours_and_keeps_relations(organisation):
    page = organisation["page"]
    arabic = translate(page, "ar", title="كاريتاس", slug="caritas")
    assert arabic.locale.language_code == "ar"
    assert set(arabic.services.all()) == set(page.services.all())
    offices = list(arabic.offices.all())
    assert [office.name for office in offices] == ["Beratungsstelle Nordstadt", "Büro Altstadt"]
    assert {office.locale.language_code for office in offices} == {"ar"}
    assert [office.translation_key for office in offices] == [
        office.translation_key for office in page.offices.all()
    ]
    nord = offices[0]
    assert nord.pk != page.offices.first().pk
    assert nord.district == organisation["terms"]["nordstadt"]
    assert codes(nord.hours.first().languages) == {"ar", "fa"}
    assert nord.closures.get().locale.language_code == "ar"
    assert codes(nord.special_dates.get().languages) == {"fa"}
    assert codes(arabic.contact_persons.first().languages) == {"ar"}


def test_source_edits_reach_the_translation_through_wagtail_localize(organisation):
    page = organisation["page"]
    arabic_locale = Locale.objects.get(language_code="ar")
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(source=source, target_locale=arabic_locale)
    translation.save_target(publish=True)

    # Edit the source as the admin form does: the rows, then a new published revision.
    farsi = organisation["terms"]["farsi"]
    page = OrganisationPage.objects.get(pk=page.pk)
    slot = page.offices.first().hours.get(kind=HoursKind.MONTHLY)
    slot.closes = time(12, 30)
    slot.languages.add(farsi)
    slot.save()
    person = page.contact_persons.first()
    person.languages.add(farsi)
    person.save()
    page.website = "https://caritas.example.net"
    page.save_revision().publish()

    source.update_from_db()
    translation.save_target(publish=True)
    arabic = OrganisationPage.objects.get(
        translation_key=page.translation_key, locale=arabic_locale
    )
    assert arabic.website == "https://caritas.example.net"
    arabic_slot = arabic.offices.first().hours.get(kind=HoursKind.MONTHLY)
    assert arabic_slot.closes == time(12, 30)
    assert codes(arabic_slot.languages) == {"ar", "fa"}
    assert codes(arabic.contact_persons.first().languages) == {"ar", "fa"}
    assert arabic.offices.first().closures.get().locale == arabic_locale


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"monday": True, "opens": time(12), "closes": time(9)}, "closing time"),
        ({"monday": True, "opens": time(9), "closes": time(9)}, "closing time"),
        ({"opens": time(9), "closes": time(12)}, "Tick at least one weekday"),
        (
            {"kind": HoursKind.MONTHLY, "ordinal": 1, "opens": time(9), "closes": time(12)},
            "week of the month",
        ),
        (
            {
                "kind": HoursKind.MONTHLY,
                "weekday": 3,
                "ordinal": 1,
                "tuesday": True,
                "opens": time(9),
                "closes": time(12),
            },
            "untick",
        ),
        (
            {
                "monday": True,
                "opens": time(9),
                "closes": time(12),
                "valid_from": date(2026, 5, 1),
                "valid_until": date(2026, 4, 1),
            },
            "not be before",
        ),
    ],
)
def test_bad_office_hours_are_refused(fields, message):
    with translation.override("en"), pytest.raises(ValidationError, match=message):
        OfficeHours(**fields).clean()


def test_good_office_hours_pass():
    OfficeHours(kind=HoursKind.WEEKLY, friday=True, opens=time(9), closes=time(12)).clean()
    OfficeHours(
        kind=HoursKind.MONTHLY, ordinal=-1, weekday=4, opens=time(9), closes=time(12)
    ).clean()


def test_closure_must_not_end_before_it_starts():
    with translation.override("en"), pytest.raises(ValidationError, match="not be before"):
        OfficeClosure(starts_on=date(2026, 8, 7), ends_on=date(2026, 7, 20)).clean()
    OfficeClosure(starts_on=date(2026, 8, 7), ends_on=date(2026, 8, 7)).clean()


def test_special_date_needs_closing_after_opening():
    with translation.override("en"), pytest.raises(ValidationError, match="closing time"):
        OfficeSpecialDate(on=date(2026, 8, 1), opens=time(12), closes=time(10)).clean()


def test_schedule_for_an_office(organisation):
    page = organisation["page"]
    schedule = page.schedule_for(page.offices.first())
    weekly, monthly = schedule.slots
    assert weekly == hours.WeeklySlot(
        weekdays={0, 4}, opens=time(9), closes=time(12), languages=weekly.languages, mediator=True
    )
    assert set(weekly.languages) == {"ar", "fa"}
    assert (monthly.ordinal, monthly.weekday, monthly.languages) == (1, 3, ("ar",))
    assert schedule.closures == (hours.Closure(date(2026, 7, 20), date(2026, 8, 7), "Sommerpause"),)
    assert schedule.special_dates[0].languages == ("fa",)
    assert schedule.appointments_also is True
    # The special date opens a day inside the summer closure.
    assert [
        opening.starts_at.hour for opening in hours.openings_on(schedule, date(2026, 7, 30))
    ] == [10]


def test_pages_render_in_german_and_arabic(client, organisation):
    page = organisation["page"]
    arabic = translate(page, "ar", title="كاريتاس", slug="caritas")
    for shown in (page, arabic, organisation["directory"]):
        response = client.get(shown.url)
        assert response.status_code == 200, shown.url
    response = client.get(arabic.url)
    assert arabic.url.startswith("/ar/")
    content = response.content.decode()
    assert "كاريتاس" in content
    assert "Nordplatz 1" in content
    assert "09:00" in content or "9:00" in content
    german = client.get(page.url).content.decode()
    assert "Beratungsstelle Nordstadt" in german
    assert "Caritas Beratung" in client.get(organisation["directory"].url).content.decode()
    directory_ar = organisation["directory"].get_translation(arabic.locale)
    assert client.get(directory_ar.url).status_code == 200


def test_directory_is_offered_under_the_home_page(tree):
    from hub.network.models import OrganisationIndexPage

    assert OrganisationIndexPage in tree.homes["de"].specific_class.allowed_subpage_models()
    assert OrganisationIndexPage.can_create_at(tree.homes["de"])


def admin_form(office_hours: dict) -> dict:
    return nested_form_data(
        {
            "title": "Diakonie",
            "slug": "diakonie",
            "summary": "Beratung für Geflüchtete.",
            "kind": "association",
            "barrier_free": "unknown",
            "social_links": inline_formset([]),
            "contact_persons": inline_formset(
                [{"name": "Lea Sommer", "role": "Beratung", "email": "lea@example.org"}]
            ),
            "offices": inline_formset(
                [
                    {
                        "name": "Beratungsstelle Süd",
                        "street_address": "Südring 2",
                        "barrier_free": "yes",
                        "hours": inline_formset([office_hours]),
                        "closures": inline_formset([]),
                        "special_dates": inline_formset([]),
                    }
                ]
            ),
            "comments": inline_formset([]),
            "action-publish": "publish",
        }
    )


def test_editor_adds_an_organisation_with_nested_office_hours_in_the_admin(client, organisation):
    get_user_model().objects.create_superuser("chefin", "chefin@example.org", "geheim-123")
    client.login(username="chefin", password="geheim-123")
    directory = organisation["directory"]
    assert client.get(f"/admin/pages/{organisation['page'].pk}/edit/").status_code == 200
    add_url = f"/admin/pages/add/network/organisationpage/{directory.pk}/"
    assert client.get(add_url).status_code == 200
    arabic = organisation["terms"]["arabisch"]

    bad = {"kind": "weekly", "tuesday": "on", "opens": "12:00", "closes": "09:00"}
    response = client.post(add_url, admin_form(bad))
    assert response.status_code == 200
    assert (
        "Die Uhrzeit bei „Schließt“ muss nach der Uhrzeit bei „Öffnet“ liegen."
        in response.content.decode()
    )  # the admin speaks the site's source language
    assert not OrganisationPage.objects.filter(slug="diakonie").exists()

    good = {
        "kind": "monthly",
        "ordinal": "1",
        "weekday": "3",
        "opens": "08:30",
        "closes": "11:30",
        "mediator": "on",
    }
    data = admin_form(good)
    # A multiple choice needs the key repeated, which nested_form_data cannot express.
    data["offices-0-hours-0-languages"] = [str(arabic.pk)]
    response = client.post(add_url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    page = OrganisationPage.objects.get(slug="diakonie")
    assert page.live
    slot = page.offices.get().hours.get()
    assert (slot.ordinal, slot.weekday, slot.opens) == (1, 3, time(8, 30))
    assert list(slot.languages.all()) == [arabic]
    assert page.contact_persons.get().email == "lea@example.org"
