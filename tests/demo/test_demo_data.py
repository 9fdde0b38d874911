"""manage.py load_demo_data: multilingual, idempotent, with working logins.

Loading the demo takes a while, so each test checks several things about one load.
"""

import json
import re
from html import unescape

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import Translation

from hub.core.digits import native_digits
from hub.demo import load
from hub.demo.content import ACCESSIBILITY, EVENTS, INITIATIVES, ORGANISATIONS, TERMS
from hub.demo.content.calendar import MEETING
from hub.events import seats
from hub.events.models import EventIndexPage, EventPage, Occurrence, Registration
from hub.network.models import (
    ContactPerson,
    FindHelpPage,
    MemberProfile,
    MembershipApplication,
    Office,
    OfficeClosure,
    OfficeHours,
    OfficeSpecialDate,
    OrganisationIndexPage,
    OrganisationPage,
)
from hub.pages.models import InitiativeIndexPage, InitiativePage
from hub.settings.languages import EASY_GERMAN
from hub.snippets.models import Category, District, SiteFooter, SpokenLanguage, TargetGroup
from tests.demo.languages import check_coverage, check_easy_german, check_newcomer_path

LANGUAGES = {"de", "en", "ar", "fa", "fr"}
# German and Easy German keep the German slugs.
GERMAN = ("de", EASY_GERMAN)
TAXONOMIES = (Category, TargetGroup, District, SpokenLanguage)


def counts() -> dict[str, int]:
    return {
        "pages": Page.objects.count(),
        "footers": SiteFooter.objects.count(),
        "users": get_user_model().objects.count(),
        "translations": Translation.objects.count(),
        "events": EventPage.objects.count(),
        "occurrences": Occurrence.objects.count(),
        "cancelled": Occurrence.objects.filter(status="cancelled").count(),
        "registrations": Registration.objects.count(),
        "member_profiles": MemberProfile.objects.count(),
        "visible_emails": MemberProfile.objects.filter(email_visibility="members").count(),
        **{
            model.__name__: model.objects.count()
            for model in (
                OrganisationPage,
                Office,
                OfficeHours,
                OfficeClosure,
                OfficeSpecialDate,
                ContactPerson,
            )
        },
        **{model.__name__: model.objects.count() for model in TAXONOMIES},
    }


def languages_of(page: Page) -> set[str]:
    """The five languages ``page`` is live in; Easy German is checked on its own."""
    translations = page.get_translations(inclusive=True).live()
    return set(translations.values_list("locale__language_code", flat=True)) - {EASY_GERMAN}


def check_site_pages(site: Site) -> None:
    """Home, six content pages, the directory, the calendar, the organisations and the
    "find help" page: live in every language, via wagtail-localize; the directory in the
    menu right after "Mitmachen", the calendar right after the directory, the
    organisations after it, then "Hilfe finden"."""
    german = (
        site.root_page.get_descendants(inclusive=True)
        .live()
        .public()
        .not_type(InitiativePage)
        .not_type(EventPage)
        .not_type(OrganisationPage)
    )
    assert german.count() == 11
    for page in german:
        assert languages_of(page) == LANGUAGES, page.title
    menu = [page.title for page in site.root_page.get_children().live().in_menu()]
    assert menu[:6] == [
        "Über uns",
        "Mitmachen",
        "Initiativen",
        "Veranstaltungen",
        "Mitgliedsorganisationen",
        "Hilfe finden",
    ]
    for finder in FindHelpPage.objects.exclude(locale__language_code__in=GERMAN):
        assert finder.slug == "find-help"
        assert isinstance(finder.get_prev_sibling().specific, OrganisationIndexPage)
    for directory in OrganisationIndexPage.objects.exclude(locale__language_code__in=GERMAN):
        assert directory.slug == "organisations"
        assert isinstance(directory.get_prev_sibling().specific, EventIndexPage)
    for calendar in EventIndexPage.objects.exclude(locale__language_code__in=GERMAN):
        assert calendar.slug == "events"
        assert isinstance(calendar.get_prev_sibling().specific, InitiativeIndexPage)
    for index in InitiativeIndexPage.objects.exclude(locale__language_code__in=GERMAN):
        assert index.slug == "initiatives"
        assert (
            index.get_prev_sibling().translation_key
            == Page.objects.get(locale__language_code="de", slug="mitmachen").translation_key
        )


def check_taxonomies() -> None:
    """Every term in every language, with the same slug and order everywhere."""
    for model in TAXONOMIES:
        german = model.objects.filter(locale__language_code="de")
        assert german.exists(), model
        for term in german:
            copies = model.objects.filter(translation_key=term.translation_key)
            assert {copy.locale.language_code for copy in copies} == LANGUAGES, term
            assert {(copy.slug, copy.sort_order) for copy in copies} == {
                (term.slug, term.sort_order)
            }
    arabic = SpokenLanguage.objects.get(slug="arabisch", locale__language_code="fa")
    assert (arabic.name, arabic.code, arabic.name_local) == ("عربی", "ar", "العربية")
    assert Category.objects.get(slug="sprache", locale__language_code="ar").name == (
        "اللغة والتعليم"
    )


def check_initiatives() -> None:
    german = InitiativePage.objects.live().filter(locale__language_code="de")
    assert german.count() >= 40
    ended = german.filter(status="ended")
    assert ended.count() >= 5
    assert not ended.filter(ended_on__isnull=True).exists()
    assert german.filter(status="paused").count() >= 3
    assert german.values("districts").distinct().count() >= 8
    # Every field of engagement has initiatives.
    assert not Category.objects.filter(
        locale__language_code="de", initiativepage__isnull=True
    ).exists()

    translated = dict.fromkeys(LANGUAGES - {"de"}, 0)
    for page in german:
        for code in languages_of(page) - {"de"}:
            translated[code] += 1
    assert translated["en"] >= 30
    assert min(translated["ar"], translated["fa"], translated["fr"]) >= 8

    # Translations keep the German page's terms, tags, contact and address.
    source = german.get(slug="rechtsberatung")
    arabic = source.get_translation(Locale.objects.get(language_code="ar"))
    assert arabic.live and arabic.slug == "legal-advice"
    assert arabic.title == "الاستشارة القانونية التطوعية"
    assert set(arabic.categories.values_list("slug", flat=True)) == {"beratung"}
    assert set(arabic.tags.names()) == set(source.tags.names()) == {"abends", "mit-termin"}
    assert (arabic.contact_email, arabic.latitude) == (source.contact_email, source.latitude)
    assert source.contact_phone.startswith("+49 30 23125 ")
    assert source.locality == "Lindenstadt" and source.postal_code.startswith("1234")


def check_rendering(client) -> None:
    for url, text in [
        ("/de/initiativen/", "Initiativen"),
        ("/en/initiatives/language-cafe-lindenhof/", "Language café in Lindenhof"),
        ("/fr/initiatives/atelier-velo-rad-ab/", "Atelier vélo « Rad ab »"),
        ("/ar/initiatives/legal-advice/", 'dir="rtl"'),
        ("/fa/initiatives/salam-womens-cafe/", "کافه زنان «سلام»"),
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert text in html, url
        assert "notice--fallback" not in html, url
    # Filtering in Arabic shows Arabic terms and the Arabic translations.
    html = client.get("/ar/initiatives/?category=sprache").content.decode()
    assert "اللغة والتعليم" in html
    assert "مقهى اللغة في ليندنهوف" in html
    # An initiative without a Persian translation is the German page with a notice.
    response = client.get("/fa/initiativen/dolmetscherpool/")
    assert response.status_code == 200
    assert "notice--fallback" in response.content.decode()


def check_events(client) -> None:
    """The meeting as a monthly series in every language with one cancelled date and
    registrations for the next one; single events by initiatives, partly translated."""
    german = EventPage.objects.filter(locale__language_code="de")
    assert german.count() == len(EVENTS) == 4
    meeting = german.get(slug="vernetzungstreffen")
    assert languages_of(meeting) == LANGUAGES
    assert meeting.rrule.startswith("FREQ=MONTHLY;BYDAY=+1WE")
    assert (meeting.start_time.hour, meeting.end_time.hour, meeting.capacity) == (18, 20, 40)
    assert meeting.interpretation and meeting.street_address == "Marktplatz 1"
    assert set(meeting.spoken_languages.values_list("code", flat=True)) == {"de", "ar", "fa", "en"}
    assert german.exclude(pk=meeting.pk).filter(organiser__isnull=False).count() == 3

    # Past meetings the members' demo adds for its minutes are not part of the series.
    dates = Occurrence.objects.filter(event_key=meeting.translation_key, detached=False)
    assert 12 <= dates.count() <= 13
    assert {d.starts_at.astimezone(dates[0].starts_at.tzinfo).weekday() for d in dates} == {2}
    cancelled = dates.get(status="cancelled")
    assert cancelled.reason.startswith("Feiertag") and cancelled.edited
    assert "Holiday" not in cancelled.reason, "the source text is German only"
    assert set(cancelled.reason_translations) == {"en", "ar", "fa", "fr", EASY_GERMAN}
    assert cancelled.reason_in("ar").startswith("عطلة رسمية")
    assert cancelled.reason_in("fr").startswith("Jour férié")
    assert not cancelled.registrations.exists()
    # Registrations sit on the next date that takes place, not on the cancelled one.
    registered = Registration.objects.order_by().values_list("occurrence", flat=True).distinct()
    assert len(registered) == 2
    next_meeting = dates.exclude(status="cancelled").first()
    assert next_meeting.registrations.filter(status="confirmed").count() == 9
    assert Registration.objects.filter(status="waitlisted").count() == 1
    # Some come as a family (2-4 people); every date holds its confirmed people.
    assert set(
        Registration.objects.filter(party_size__gt=1).values_list("party_size", flat=True)
    ) <= {2, 3, 4}
    assert Registration.objects.filter(party_size__gt=1, status="confirmed").count() >= 2
    for occurrence in Occurrence.objects.filter(registrations__isnull=False).distinct():
        assert seats.seats_taken(occurrence) <= seats.capacity(occurrence)
    meeting_people = seats.seats_taken(next_meeting)
    assert meeting_people > 9
    assert Occurrence.objects.exclude(event_key=meeting.translation_key).count() == 3

    response = client.get("/de/veranstaltungen/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Vernetzungstreffen" in html and "Infoabend" in html
    response = client.get("/ar/events/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'dir="rtl"' in html
    # The meeting under its Arabic title, not the German one.
    assert MEETING.ar.title == "لقاء التشبيك"
    assert MEETING.ar.title in html
    assert ">Vernetzungstreffen<" not in html
    response = client.get(f"/ar/events/network-meeting/{next_meeting.pk}/")
    assert response.status_code == 200
    assert MEETING.ar.title in response.content.decode()
    # The seats left count the families' members too.
    left = native_digits(str(seats.seats_left(next_meeting)), "ar")
    assert f"{left} " in response.content.decode().split('class="occurrence__seats"')[1][:200]


def check_organisations(client) -> None:
    """At least 15 organisations with one to four offices each, weekly and monthly hours,
    a closure and a special date; every one in every language."""
    german = OrganisationPage.objects.live().filter(locale__language_code="de")
    assert german.count() == len(ORGANISATIONS) >= 15
    for page in german:
        assert 1 <= page.offices.count() <= 4, page.title
        assert page.offices.filter(hours__isnull=False).exists(), page.title
    offices = Office.objects.filter(page__in=german)
    assert offices.filter(postal_code__startswith="1234", locality="Lindenstadt").count() == (
        offices.count()
    )
    assert offices.values("district").distinct().count() >= 8
    hours = OfficeHours.objects.filter(office__in=offices)
    assert hours.filter(kind="monthly").exists() and hours.filter(kind="weekly").exists()
    assert hours.filter(mediator=True).exists()
    assert offices.filter(by_appointment=True).exists()
    assert OfficeClosure.objects.filter(office__in=offices).exists()
    assert OfficeSpecialDate.objects.filter(office__in=offices).exists()
    assert ContactPerson.objects.filter(page__in=german).exclude(role="").count() >= 10
    translated = dict.fromkeys(LANGUAGES - {"de"}, 0)
    for page in german:
        for code in languages_of(page) - {"de"}:
            translated[code] += 1
    assert set(translated.values()) == {german.count()}

    for url, text in [
        ("/de/organisationen/", "Migrationsberatung"),
        ("/en/organisations/", "Migration counselling"),
        ("/de/organisationen/migrationsberatung/", "Marktplatz 1"),
        ("/ar/organisations/migration-counselling/", 'dir="rtl"'),
        ("/fa/organisations/refugee-council/", "شورای پناهندگان"),
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert text in html, url
        assert "notice--fallback" not in html, url


def check_finder(client) -> None:
    """The finder in every language lists the offices; the export has every organisation."""
    titles = {
        "/de/hilfe-finden/": "Hilfe finden",
        "/en/find-help/": "Find help",
        "/ar/find-help/": "ابحث عن مساعدة",
        "/fa/find-help/": "یافتن کمک",
        "/fr/find-help/": "Trouver de l&#x27;aide",
    }
    offices = Office.objects.filter(page__live=True, page__locale__language_code="de").count()
    for url, title in titles.items():
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert f"<h1>{title}</h1>" in html, url
        assert "notice--fallback" not in html, url
        assert html.count('class="office-card"') == min(offices, 20), url
    html = client.get("/ar/find-help/?district=nordstadt").content.decode()
    assert 'class="office-card"' in html
    data = json.loads(client.get("/de/hilfe-finden/open-data/json/").content)
    assert data["numberOfItems"] == len(ORGANISATIONS)


def check_members_area(client) -> None:
    """Minutes of two past meetings with a PDF each, two shared documents, "Intern" with a
    child for members only, and the individually admitted volunteer who sees all of it."""
    from hub.events.models import MeetingMinutes
    from hub.network.models import IndividualMember

    minutes = list(MeetingMinutes.objects.select_related("occurrence"))
    assert len(minutes) == 2
    assert all(m.occurrence.starts_at < timezone.now() for m in minutes)
    assert all(m.documents.get().file.read(5) == b"%PDF-" for m in minutes)
    volunteer = IndividualMember.objects.get(user__username="ehrenamt").user
    assert volunteer.groups.filter(name="Members").exists()
    assert client.get("/de/intern/").status_code == 302
    assert client.get("/de/intern/raumbelegung/").status_code == 302
    for word in ("Intern", "Raumbelegung"):
        html = client.get("/de/search/", {"q": word}).content.decode()
        assert "/de/intern/" not in html and "Raumbelegung Haus" not in html
    client.force_login(volunteer)
    html = client.get("/de/members/").content.decode()
    assert "Leitfaden Dolmetschpool" in html and "Protokoll Vernetzungstreffen" in html
    assert client.get("/de/intern/raumbelegung/").status_code == 200
    client.logout()


def test_demo_content(db, settings, capsys, client, easy_german):
    settings.HUB_BASE_URL = "http://127.0.0.1:8123"
    call_command("load_demo_data")
    first = counts()

    # Served where make run serves it: absolute URLs (sitemap, hreflang) are right.
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("127.0.0.1", 8123)

    check_site_pages(site)
    assert set(SiteFooter.objects.values_list("locale__language_code", flat=True)) == LANGUAGES
    check_taxonomies()
    check_initiatives()
    # Everything was translated through wagtail-localize: one Translation per object and
    # language, nothing more.
    expected = (
        (8 + 1 + len(TERMS)) * 4
        + sum(len(spec.translated_into) for spec in INITIATIVES)
        + 4  # the calendar
        + sum(len(spec.translated_into) for spec in EVENTS)
        + 4  # the organisations directory
        + 4  # the "find help" page
        + sum(len(spec.translated_into) for spec in ORGANISATIONS)
        - sum(EASY_GERMAN in spec.translated_into for spec in EVENTS)
        + 5  # Easy German: home, "about us", calendar, meeting, "find help"
    )
    assert Translation.objects.count() == expected

    for url, text in [
        ("/de/ueber-uns/", "Über uns"),
        ("/en/about-us/", "About us"),
        ("/fr/a-propos/", "À propos"),
        ("/ar/about-us/", 'dir="rtl"'),
        ("/fa/get-involved/", 'lang="fa"'),
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert text in html, url
        assert "notice--fallback" not in html, url
    check_rendering(client)
    check_events(client)
    check_organisations(client)
    check_finder(client)
    check_members_area(client)
    check_coverage(site)
    check_newcomer_path(site)
    check_easy_german(client, site)
    check_accessibility_statement(client)

    # A second run changes nothing and prints the logins again.
    capsys.readouterr()
    latest_revisions = dict(Page.objects.values_list("pk", "latest_revision_id"))
    call_command("load_demo_data")
    assert counts() == first
    assert dict(Page.objects.values_list("pk", "latest_revision_id")) == latest_revisions
    output = capsys.readouterr().out
    assert f"Initiatives: {len(INITIATIVES)} unchanged" in output
    assert f"Events: {len(EVENTS)} unchanged" in output
    assert f"Organisations: {len(ORGANISATIONS)} unchanged" in output
    assert "Registrations: 0 created, 16 already there" in output
    assert "Membership applications waiting for review: 2 (0 added by this run)" in output
    assert "Member profiles in the members' directory: 15 (0 added by this run)" in output
    pending = MembershipApplication.objects.filter(status=MembershipApplication.Status.NEW)
    assert sorted(pending.values_list("language", flat=True)) == ["ar", "de"]
    assert all(application.services for application in pending)
    assert "0 saved" in output
    assert "Members' area: 2 meetings with minutes, 4 members-only documents" in output
    for username in ("admin", "redaktion", "uebersetzerin", "mitglied", "diakonie", "ehrenamt"):
        assert username in output
    assert "http://127.0.0.1:8123/admin/" in output
    assert "hub-demo" in output

    assert client.login(username="redaktion", password="hub-demo")
    assert client.get("/admin/").status_code == 200
    listing = client.get("/admin/network/membershipapplication/").content.decode()
    assert "Syrischer Kulturverein Lindenstadt" in listing
    client.logout()
    assert client.login(username="mitglied", password="hub-demo")
    assert client.get("/admin/").status_code == 302  # members have no admin access
    # …but keep their organisation's profile on the site.
    caritas = OrganisationPage.objects.get(slug="caritas-lindenstadt", locale__language_code="de")
    response = client.get("/de/account/organisation/")
    assert response["Location"] == f"/de/account/organisation/{caritas.pk}/"
    assert client.get(response["Location"]).status_code == 200
    check_member_directory(client)


def check_accessibility_statement(client) -> None:
    """Every page's footer links to the accessibility statement in the visitor's language
    (BITV 2.0), and the statement leads to the feedback form and names the conciliation
    procedure."""
    for code in sorted(LANGUAGES):
        home = client.get(f"/{code}/")
        footer = home.content.decode().split('<footer class="site-footer"', 1)[1]
        title = ACCESSIBILITY.title.in_language(code)
        links = {
            unescape(text): href
            for href, text in re.findall(r'<a href="([^"]+)">([^<]+)</a>', footer)
        }
        assert links.get(title, "").startswith(f"/{code}/"), (code, links)
        statement = client.get(links[title])
        assert statement.status_code == 200, code
        html = statement.content.decode()
        assert f'lang="{code}"' in html and "notice--fallback" not in html, code
        assert 'href="/report-a-barrier/"' in html and "BGG" in html, code
        form = client.get(f"/{code}/report-a-barrier/")
        assert form.status_code == 200 and 'name="description"' in form.content.decode()


def check_member_directory(client) -> None:
    """Demo colleagues in several organisations; some show their e-mail, some do not."""
    response = client.get("/fa/members/directory/")
    assert response.status_code == 200
    assert response.context["result_count"] >= 15
    assert len({link.pk for card in response.context["cards"] for link in card.organisations}) > 3
    hidden = MemberProfile.objects.filter(email_visibility="only_me").exclude(email="")
    shown = MemberProfile.objects.filter(email_visibility="members").exclude(email="")
    assert hidden.exists() and shown.exists()
    everyone = client.get("/de/members/directory/?page=1").content.decode()
    for profile in hidden:
        assert profile.email not in everyone
    response = client.get("/de/members/directory/", {"language": "farsi"})
    assert response.context["result_count"] >= 2


def test_demo_password_from_environment(db, monkeypatch, client):
    # The logins do not depend on the directory; leaving it out keeps this test quick.
    monkeypatch.setattr(load, "INITIATIVES", ())
    monkeypatch.setattr(load, "TERMS", ())
    monkeypatch.setattr(load, "EVENTS", ())
    monkeypatch.setattr(load, "ORGANISATIONS", ())
    monkeypatch.setenv("HUB_DEMO_PASSWORD", "anderes-passwort-7")
    call_command("load_demo_data")
    assert client.login(username="admin", password="anderes-passwort-7")
