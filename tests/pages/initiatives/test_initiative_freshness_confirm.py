"""The "still active?" page: the links in the reminder work, and only a POST confirms."""

from datetime import timedelta

from django.core import mail
from django.test import Client
from django.utils import timezone, translation
from django.utils.translation import gettext

from hub.demo.factories.pages import InitiativeIndexPageFactory, by_language, translate
from hub.pages.models import InitiativeSubmission
from tests.module_data import module_data
from tests.pages.initiatives.test_initiative_freshness import (
    MONTH,
    aged,
    links_in,
    path_of,
    record,
    send_reminders,
)


@module_data
def indexes(tree):
    return by_language(
        InitiativeIndexPageFactory(parent=tree.homes["de"], translations=("en", "ar"))
    )


@module_data
def reminded(indexes):
    """A stale initiative in German, English and Arabic that has just been reminded."""
    page = aged(indexes["de"], "Fahrradwerkstatt", confirmed=timezone.now() - 7 * MONTH)
    translate(page, "en", title="Bike workshop", slug="bike-workshop")
    translate(page, "ar", title="ورشة الدراجات", slug="bike-workshop")
    send_reminders(now=timezone.now(), months=6)
    (message,) = mail.outbox
    page_url, confirm_url, correction_url = links_in(message.body)
    return {
        "page": page,
        "confirm": path_of(confirm_url),
        "correct": path_of(correction_url),
        "entry": path_of(page_url),
    }


def in_language(code: str, text: str) -> str:
    with translation.override(code):
        return gettext(text)


def test_the_entry_link_of_the_email_opens_the_initiative(client, reminded):
    response = client.get(reminded["entry"])
    assert response.status_code == 200
    assert "Fahrradwerkstatt" in response.content.decode()


def test_opening_the_link_shows_the_question_and_changes_nothing(client, reminded):
    before = record(reminded["page"])

    response = client.get(reminded["confirm"])

    html = response.content.decode()
    assert response.status_code == 200
    assert "Fahrradwerkstatt" in html
    assert '<form class="freshness__form" method="post">' in html
    assert 'name="csrfmiddlewaretoken"' in html
    assert in_language("de", "Yes, still active") in html
    assert f'href="{reminded["correct"]}"' in html
    assert 'name="robots" content="noindex' in html
    assert "no-store" in response["Cache-Control"]
    after = record(reminded["page"])
    assert (after.token, after.last_confirmed_at, after.reminder_sent_at) == (
        before.token,
        before.last_confirmed_at,
        before.reminder_sent_at,
    )


def test_pressing_the_button_confirms_and_rotates_the_token(client, reminded):
    old = record(reminded["page"])

    response = client.post(reminded["confirm"])

    assert response.status_code == 302
    assert response["Location"].startswith(reminded["confirm"] + "?done=")
    new = record(reminded["page"])
    assert new.reminder_sent_at is None
    assert timezone.now() - new.last_confirmed_at < timedelta(minutes=1)
    assert new.token != old.token

    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    assert thanks.context["done"] is True
    assert "Fahrradwerkstatt" in thanks.content.decode()
    assert "freshness__form" not in thanks.content.decode()

    # The used link is dead: it neither shows the question nor confirms again.
    assert client.get(reminded["confirm"]).status_code == 404
    assert client.post(reminded["confirm"]).status_code == 404
    assert record(reminded["page"]).token == new.token


def test_the_correction_link_leads_to_the_correction_form(client, reminded):
    response = client.get(reminded["correct"])
    assert response.status_code == 200
    assert "Fahrradwerkstatt" in response.content.decode()


def test_a_confirmed_initiative_is_not_reminded_again(client, reminded):
    client.post(reminded["confirm"])
    report = send_reminders(now=timezone.now(), months=6)

    assert report.sent == []
    assert len(mail.outbox) == 1


def test_a_tampered_thank_you_address_is_not_found(client, reminded):
    response = client.post(reminded["confirm"])
    forged = response["Location"][:-3] + "abc"

    assert client.get(forged).status_code == 404


def test_the_form_needs_its_csrf_token(reminded):
    strict = Client(enforce_csrf_checks=True)

    assert strict.post(reminded["confirm"]).status_code == 403
    assert record(reminded["page"]).reminder_sent_at is not None


def test_an_unknown_token_is_not_found_in_the_visitors_language(client, reminded):
    response = client.get("/ar/initiatives/confirm/00000000-0000-4000-8000-000000000000/")

    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert "Fahrradwerkstatt" not in html
    assert "ورشة الدراجات" not in html


def test_the_link_of_an_unpublished_initiative_is_not_found(client, reminded):
    reminded["page"].get_translations(inclusive=True).update(live=False)

    assert client.get(reminded["confirm"]).status_code == 404
    assert client.post(reminded["confirm"]).status_code == 404


def test_arabic_reminder_opens_an_arabic_right_to_left_page(client, indexes):
    page = aged(indexes["de"], "Nachhilfe", confirmed=timezone.now() - 7 * MONTH)
    translate(page, "ar", title="دروس التقوية", slug="tutoring")
    InitiativeSubmission.objects.create(
        translation_key=page.translation_key,
        submitter_name="Samira",
        submitter_email="samira@example.org",
        language="ar",
    )
    send_reminders(now=timezone.now(), months=6)
    (message,) = mail.outbox
    confirm = path_of(links_in(message.body)[1])
    token = record(page).token

    response = client.get(confirm)

    assert confirm == f"/ar/initiatives/confirm/{token}/"
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert "دروس التقوية" in html
    assert f'href="/ar/initiatives/update/{token}/"' in html
    # Every language's version of this page keeps the route under its own directory.
    links = {link.code: link.url for link in response.context["language_links"]}
    assert links["de"] == f"/de/initiativen/confirm/{token}/"
    assert links["en"] == f"/en/initiatives/confirm/{token}/"
    for url in links.values():
        assert client.get(url).status_code == 200, url


def test_a_paused_initiative_confirms_that_the_entry_is_correct(client, indexes):
    page = aged(indexes["de"], "Laufgruppe", confirmed=timezone.now() - 7 * MONTH, status="paused")
    send_reminders(now=timezone.now(), months=6)
    confirm = path_of(links_in(mail.outbox[0].body)[1])

    html = client.get(confirm).content.decode()

    assert in_language("de", "Yes, the entry is still correct") in html
    assert record(page).reminder_sent_at is not None


def test_the_source_directory_under_another_prefix_redirects_to_the_translation(client, reminded):
    token = record(reminded["page"]).token

    response = client.get(f"/en/initiativen/confirm/{token}/")

    assert response.status_code == 302
    assert response["Location"] == f"/en/initiatives/confirm/{token}/"


def test_a_token_only_answers_under_its_own_directory(client, reminded, tree):
    other = tree.homes["de"].add_child(
        instance=type(reminded["page"].get_parent().specific)(
            title="Anderes Verzeichnis", slug="anderes"
        )
    )
    other.save_revision().publish()
    token = record(reminded["page"]).token

    assert client.get(f"/de/anderes/confirm/{token}/").status_code == 404
    assert client.post(f"/de/anderes/confirm/{token}/").status_code == 404
    assert record(reminded["page"]).token == token
