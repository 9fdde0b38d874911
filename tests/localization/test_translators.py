"""Translators: they translate into their languages only, never change the German source,
cannot publish, and hand a translation to review; a reviewer's approval puts it live."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Locale, Page, WorkflowState
from wagtail_localize.models import String, StringTranslation, Translation, TranslationSource

from hub.demo.factories.users import UserFactory
from hub.localization.translators.groups import (
    TRANSLATORS,
    ensure_translator_groups,
    group_name,
    translator_languages,
)
from hub.localization.translators.review_request import has_unreviewed_work, translation_of
from hub.snippets.models import Category
from tests.admin_html import admin_title

PASSWORD = "geheim-123"  # noqa: S105 - test accounts


def make_user(username: str, *groups: str):
    return UserFactory(username=username, password=PASSWORD, groups=list(groups))


@pytest.fixture(name="people")
def people_fixture(tree):
    ensure_translator_groups(list(tree.homes.values()))
    return {
        "all": make_user("leila", TRANSLATORS),
        "fa": make_user("omid", group_name("fa")),
        "moderator": make_user("mona", "Moderators"),
    }


def persian_draft(page: Page) -> Page:
    """A wagtail-localize translation of ``page`` into Persian, not live yet."""
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(
        source=source, target_locale=Locale.objects.get(language_code="fa")
    )
    translation.save_target(publish=False)
    return Page.objects.get(translation_key=page.translation_key, locale__language_code="fa")


def test_languages_of_translators(people, db):
    assert translator_languages(people["all"]) == ["en", "ar", "fa", "fr"]
    assert translator_languages(people["fa"]) == ["fa"]
    assert translator_languages(people["moderator"]) == []


def test_setup_command_is_idempotent(people, capsys):
    call_command("setup_translator_groups")
    call_command("setup_translator_groups")
    assert "5 translator groups ready." in capsys.readouterr().out
    assert Group.objects.filter(name__startswith=TRANSLATORS).count() == 5


def test_translators_cannot_change_the_german_source(client, people, tree):
    for user in (people["all"], people["fa"]):
        permissions = tree.about["de"].permissions_for_user(user)
        assert not permissions.can_edit()
        client.force_login(user)
        response = client.get(reverse("wagtailadmin_pages:edit", args=[tree.about["de"].pk]))
        assert response.status_code in (302, 403)


def test_translators_edit_only_their_languages_and_never_publish(people, tree):
    arabic = tree.about["ar"]
    assert arabic.permissions_for_user(people["all"]).can_edit()
    assert not arabic.permissions_for_user(people["fa"]).can_edit()
    fa_page = persian_draft(tree.about["de"])
    for user in (people["all"], people["fa"]):
        permissions = fa_page.permissions_for_user(user)
        assert permissions.can_edit()
        assert not permissions.can_publish()


def test_publishing_from_the_translation_editor_is_refused(client, people, tree):
    fa_page = persian_draft(tree.about["de"])
    translation = translation_of(fa_page)
    client.force_login(people["fa"])
    # wagtail-localize's editor is served at the page's own edit address.
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[fa_page.pk]), {"action": "publish"}
    )
    assert response.status_code in (302, 403)
    assert translation.pk
    assert not Page.objects.get(pk=fa_page.pk).live


def test_ask_for_review_then_a_reviewer_approves(client, people, tree):
    fa_page = persian_draft(tree.about["de"])
    translation = translation_of(fa_page)
    # The translator translates the title in the editor (stored as a string translation).
    title = String.objects.get(data="Über uns")
    StringTranslation.objects.create(
        translation_of=title,
        locale=translation.target_locale,
        context=title.segments.filter(source=translation.source).first().context,
        data="درباره ما",
        translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
        last_translated_by=people["fa"],
    )
    client.force_login(people["fa"])
    review_url = reverse("hub_translation_ask_for_review", args=[fa_page.pk])
    assert client.get(review_url).status_code == 200
    assert client.post(review_url).status_code == 302

    state = WorkflowState.objects.get(object_id=str(fa_page.pk), status="in_progress")
    assert state.requested_by == people["fa"]
    draft = Page.objects.get(pk=fa_page.pk)
    assert not draft.live
    assert draft.get_latest_revision_as_object().title == "درباره ما"

    client.force_login(people["moderator"])
    response = client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[fa_page.pk, "approve", state.current_task_state.pk],
        ),
        {"comment": ""},
    )
    assert response.status_code in (200, 302)
    live = Page.objects.get(pk=fa_page.pk)
    assert live.live and live.title == "درباره ما"
    client.logout()
    assert client.get(live.url).status_code == 200


def test_editors_and_the_source_language_get_no_review_button(client, people, tree):
    client.force_login(people["fa"])
    response = client.get(reverse("hub_translation_ask_for_review", args=[tree.about["de"].pk]))
    assert response.status_code == 302
    assert not WorkflowState.objects.exists()


def test_unreviewed_work_is_detected(people, tree):
    fa_page = persian_draft(tree.about["de"])
    assert has_unreviewed_work(translation_of(fa_page), fa_page)  # never published
    fa_page.get_latest_revision().publish()
    fa_page = Page.objects.get(pk=fa_page.pk)
    assert not has_unreviewed_work(translation_of(fa_page), fa_page)


def test_snippets_in_other_languages_are_out_of_reach(client, people, db):
    german = Category.objects.create(
        locale=Locale.objects.get(language_code="de"), slug="sprache", name="Sprache"
    )
    persian = german.copy_for_translation(Locale.objects.get(language_code="fa"))
    persian.name = "زبان"
    persian.save()
    arabic = german.copy_for_translation(Locale.objects.get(language_code="ar"))
    arabic.save()
    client.force_login(people["fa"])

    def edit(obj):
        return client.get(reverse("wagtailsnippets_snippets_category:edit", args=[obj.pk]))

    assert edit(german).status_code in (302, 403)
    assert edit(arabic).status_code in (302, 403)
    assert edit(persian).status_code in (200, 302)
    if edit(persian).status_code == 302:  # wagtail-localize's editor takes over
        assert "/admin/login/" not in edit(persian)["Location"]


def test_publishing_the_source_does_not_publish_a_translation(people, tree):
    fa_page = persian_draft(tree.about["de"])
    source = Page.objects.get(pk=tree.about["de"].pk).specific
    source.title = "Über uns – neu"
    source.save_revision().publish()
    fa_page = Page.objects.get(pk=fa_page.pk)
    assert not fa_page.live
    assert fa_page.title != "Über uns – neu"


def test_translators_may_start_a_translation(client, people, tree):
    client.force_login(people["fa"])
    response = client.get(
        reverse("wagtail_localize:submit_page_translation", args=[tree.contact.pk])
    )
    assert response.status_code == 200


def test_overview_offers_review_for_the_translators_work_in_progress(client, people, tree):
    fa_page = persian_draft(tree.about["de"])
    review_url = reverse("hub_translation_ask_for_review", args=[fa_page.pk])
    client.force_login(people["fa"])
    body = client.get(reverse("hub_translation_overview")).content.decode()
    assert review_url in body
    # The admin header's <h1> (a variable named "heading" once replaced it).
    assert admin_title(body) == "Übersetzungen"
    client.force_login(people["moderator"])
    body = client.get(reverse("hub_translation_overview")).content.decode()
    assert review_url not in body  # reviewers publish; they do not ask for review
