"""Admin → Translations: the status of every page and snippet in every language."""

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

from hub.localization import wagtail_hooks
from hub.localization.overview.data import load_items
from hub.localization.overview.people import ordered_languages
from hub.localization.overview.status import Status
from hub.pages.models import ContentPage
from hub.snippets.models import Category
from tests.pages.initiatives.test_initiative_freshness_report import (
    group_with_admin_access,
    make_user,
)
from tests.pages.translation_support import (
    OVERVIEW,
    localize,
    republish,
    sync,
    translators_for,
)

pytestmark = pytest.mark.django_db


def status(obj, code: str) -> Status:
    item = next(item for item in load_items() if item.key == obj.translation_key)
    return item.cells[code].status


def category() -> Category:
    return Category.objects.create(
        locale=Locale.objects.get(language_code="de"), name="Beratung", slug="beratung"
    )


# --- Statuses ---------------------------------------------------------------------------


def test_a_page_never_translated_is_missing(tree):
    assert status(tree.contact, "fr") == Status.MISSING
    assert status(tree.contact, "en") == Status.MISSING


def test_a_fully_translated_page_is_up_to_date(tree):
    localize(tree.contact, "fr")

    assert status(tree.contact, "fr") == Status.UP_TO_DATE
    assert status(tree.contact, "en") == Status.MISSING


def test_publishing_the_source_makes_the_translation_outdated_until_synced(tree):
    localize(tree.contact, "fr")

    republish(tree.contact, title="Kontakt und Anfahrt")
    assert status(tree.contact, "fr") == Status.OUTDATED

    sync(tree.contact, "fr")
    assert status(tree.contact, "fr") == Status.UP_TO_DATE


def test_a_started_translation_is_in_progress(tree):
    localize(tree.contact, "fa", strings=False)

    assert status(tree.contact, "fa") == Status.IN_PROGRESS


def test_a_synced_source_with_new_untranslated_strings_is_in_progress(tree):
    localize(tree.contact, "fr")
    republish(tree.contact, title="Kontakt und Anfahrt")

    TranslationSource.objects.get(object_id=tree.contact.translation_key).update_from_db()

    assert status(tree.contact, "fr") == Status.IN_PROGRESS


def test_machine_translations_are_marked(tree):
    localize(tree.contact, "ar", machine=True)

    assert status(tree.contact, "ar") == Status.MACHINE


def test_pages_copied_by_hand_compare_publication_dates(tree):
    assert status(tree.about["de"], "en") == Status.UP_TO_DATE
    assert status(tree.about["de"], "fr") == Status.MISSING

    republish(tree.about["de"], intro="Wer wir sind und was wir tun.")

    assert status(tree.about["de"], "en") == Status.OUTDATED
    assert status(tree.about["de"], "ar") == Status.OUTDATED


def test_snippets_have_statuses_too(tree):
    term = category()
    assert status(term, "en") == Status.MISSING

    localize(term, "en")
    assert status(term, "en") == Status.UP_TO_DATE

    term.name = "Beratung und Begleitung"
    term.save()
    assert status(term, "en") == Status.OUTDATED


def test_drafts_are_not_listed_but_private_pages_are(tree):
    keys = {item.key for item in load_items()}

    assert tree.draft.translation_key not in keys
    assert tree.private.translation_key in keys
    assert tree.homes["de"].translation_key in keys


# --- The view ---------------------------------------------------------------------------


@pytest.fixture
def editor(client):
    user = make_user("redaktion", group_with_admin_access("Editors"))
    client.force_login(user)
    return user


def test_the_table_links_to_the_editor_or_the_translate_form(client, editor, tree):
    localize(tree.contact, "fr")
    response = client.get(OVERVIEW, {"language": "fr"})

    assert response.status_code == 200
    html = response.content.decode()
    french = ContentPage.objects.get(
        translation_key=tree.contact.translation_key, locale__language_code="fr"
    )
    assert f'href="/admin/pages/{french.pk}/edit/"' in html
    submit = reverse("wagtail_localize:submit_page_translation", args=[tree.private.pk])
    assert f'href="{submit}"' in html
    assert [column["code"] for column in response.context["columns"]] == ["fr"]


def test_counts_per_language(client, editor, tree):
    localize(tree.contact, "fr")

    response = client.get(OVERVIEW, {"section": "pages.contentpage"})

    counts = {row["code"]: row["counts"] for row in response.context["counts"]}
    # Content pages: about (en, ar copied), contact, private.
    assert counts["fr"][Status.MISSING] == 2
    assert counts["fr"][Status.UP_TO_DATE] == 1
    assert counts["en"][Status.UP_TO_DATE] == 1
    assert counts["en"][Status.MISSING] == 2
    html = response.content.decode()
    assert 'href="?language=fr&amp;section=pages.contentpage&amp;status=missing"' in html


def test_filters(client, editor, tree):
    term = category()
    localize(tree.contact, "fr")

    by_section = client.get(OVERVIEW, {"section": "snippets.category"}).context["rows"]
    assert [row["item"].key for row in by_section] == [term.translation_key]

    missing_fr = client.get(OVERVIEW, {"language": "fr", "status": "missing"}).context["rows"]
    keys = {row["item"].key for row in missing_fr}
    assert tree.contact.translation_key not in keys
    assert tree.private.translation_key in keys
    assert all(row["cells"][0].status == Status.MISSING for row in missing_fr)

    unknown = client.get(OVERVIEW, {"language": "xx", "section": "nope", "status": "bad"})
    assert len(unknown.context["columns"]) == 4


def test_the_table_is_paginated(client, editor, tree):
    home = tree.homes["de"]
    for number in range(55):
        home.add_child(instance=ContentPage(title=f"Seite {number}", slug=f"seite-{number}"))
    ContentPage.objects.filter(slug__startswith="seite-").update(live=True)

    first = client.get(OVERVIEW)
    second = client.get(OVERVIEW, {"p": 2})

    assert len(first.context["rows"]) == 50
    assert second.context["rows"]
    assert first.context["page_obj"].paginator.num_pages >= 2


def test_translators_see_their_languages_first(client, tree):
    arabic = translators_for("Translators Arabic", tree.homes["ar"], tree.homes["fa"])
    user = make_user("uebersetzer", arabic)

    languages, own = ordered_languages(user)
    assert own == ["ar", "fa"]
    assert languages == ["ar", "fa", "en", "fr"]

    client.force_login(user)
    response = client.get(OVERVIEW)
    assert response.status_code == 200
    assert [column["code"] for column in response.context["columns"]] == ["ar", "fa", "en", "fr"]
    assert [row["own"] for row in response.context["counts"]] == [True, True, False, False]


def test_the_plain_translators_group_works_in_every_language(tree):
    user = make_user("uebersetzerin", group_with_admin_access("Translators"))

    assert ordered_languages(user) == (["en", "ar", "fa", "fr"], ["en", "ar", "fa", "fr"])


# --- Access -----------------------------------------------------------------------------


def test_anonymous_visitors_are_sent_to_the_login(client, tree):
    response = client.get(OVERVIEW)

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_members_without_admin_access_are_refused(client, tree):
    client.force_login(make_user("mitglied"))

    response = client.get(OVERVIEW)

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_admin_users_who_neither_edit_nor_translate_are_refused(client, tree):
    client.force_login(make_user("bilder", group_with_admin_access("Image keepers")))

    response = client.get(OVERVIEW)

    assert response.status_code == 302
    assert response["Location"] == "/admin/"


@pytest.mark.parametrize("group", ["Translators", "Translators Persian", "Editors"])
def test_translators_and_editors_see_the_overview(client, tree, group):
    user = make_user("person", group_with_admin_access(group))
    client.force_login(user)

    response = client.get(OVERVIEW)

    assert response.status_code == 200
    assert menu_item_shown(user)


def menu_item_shown(user) -> bool:
    request = RequestFactory().get("/admin/")
    request.user = user
    return wagtail_hooks.register_translation_overview_menu_item().is_shown(request)


def test_the_menu_entry_is_only_for_those_who_may_see_the_overview(tree):
    assert menu_item_shown(make_user("chefin", superuser=True))
    assert not menu_item_shown(make_user("bilder", group_with_admin_access("Image keepers")))


def test_superusers_see_the_overview(client, tree):
    client.force_login(make_user("chefin", superuser=True))

    assert client.get(OVERVIEW).status_code == 200


# --- Cost -------------------------------------------------------------------------------


def queries_for_overview(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(OVERVIEW).status_code == 200
    return len(queries)


def add_pages(tree, count: int, start: int = 0) -> None:
    home = tree.homes["de"]
    for number in range(start, start + count):
        page = home.add_child(instance=ContentPage(title=f"Seite {number}", slug=f"s-{number}"))
        page.save_revision().publish()
        if number % 3 == 0:
            localize(page, "en")
        elif number % 3 == 1:
            localize(page, "ar", strings=False)


def test_the_number_of_queries_does_not_grow_with_the_pages(client, editor, tree):
    for model_number in range(3):
        Category.objects.create(
            locale=Locale.objects.get(language_code="de"),
            name=f"Begriff {model_number}",
            slug=f"begriff-{model_number}",
        )
    add_pages(tree, 5)
    client.get(OVERVIEW)  # warm caches (content types, site root paths)
    few = queries_for_overview(client)

    add_pages(tree, 35, start=5)
    many = queries_for_overview(client)

    assert few == many
