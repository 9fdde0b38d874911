"""``manage.py send_translation_digest``: one e-mail per translator, only with news."""

from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import translation
from wagtail.users.models import UserProfile

from hub.demo.factories.pages import ContentPageFactory, translate
from hub.localization.overview.digest import DigestEntry, digest_message
from hub.localization.overview.views import language_name
from hub.pages.models import TranslationDigest
from hub.snippets.models import Category, SiteFooter
from tests.mail_queue import mail_delivered
from tests.pages.initiatives.test_initiative_freshness_report import (
    group_with_admin_access,
    make_user,
)
from tests.pages.translation_support import (
    localize,
    republish,
    sync,
    translators_for,
)

pytestmark = pytest.mark.django_db


def run() -> str:
    out = StringIO()
    with mail_delivered():
        call_command("send_translation_digest", stdout=out)
    return out.getvalue()


@pytest.fixture
def translator(tree):
    user = make_user("uebersetzerin", group_with_admin_access("Translators"))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


def test_nothing_outdated_means_no_e_mail(translator):
    assert "Sent 0 digest(s)" in run()
    assert mail.outbox == []


def test_one_e_mail_with_what_became_outdated_then_nothing_more(tree, translator):
    localize(tree.contact, "fr")
    run()
    mail.outbox.clear()
    republish(tree.about["de"], intro="Wer wir sind und was wir tun.")
    republish(tree.contact, title="Kontakt und Anfahrt")

    run()

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["uebersetzerin@example.org"]
    assert message.extra_headers["Content-Language"] == "en"
    assert "3 translations need updating" in message.subject
    english = tree.about["en"]
    assert f"http://testserver/admin/pages/{english.pk}/edit/" in message.body
    assert "Über uns" in message.body
    assert "Kontakt und Anfahrt" in message.body
    assert "http://testserver/admin/translations/overview/?status=outdated" in message.body
    record = TranslationDigest.objects.get(user=translator)
    assert record.sent_at is not None
    assert len(record.reported) == 3

    mail.outbox.clear()
    run()
    assert mail.outbox == []


def test_a_translator_hears_only_about_their_languages(tree):
    french = translators_for("Translators French", tree.homes["fr"])
    arabic = translators_for("Translators Arabic", tree.homes["ar"])
    make_user("francais", french)
    make_user("arabi", arabic)

    republish(tree.about["de"], intro="Wer wir sind und was wir tun.")
    run()

    # "Über uns" is missing in French, not outdated: only the Arabic translator hears.
    assert [message.to for message in mail.outbox] == [["arabi@example.org"]]
    assert "Über uns" in mail.outbox[0].body


def test_the_e_mail_is_in_the_translators_admin_language_or_german(tree):
    make_user("ohne", group_with_admin_access("Translators"))

    republish(tree.about["de"], intro="Wer wir sind und was wir tun.")
    run()

    assert mail.outbox[0].extra_headers["Content-Language"] == "de"


def test_outdated_again_after_an_update_is_reported_again(tree, translator):
    localize(tree.contact, "fr")
    republish(tree.contact, title="Kontakt und Anfahrt")
    run()
    sync(tree.contact, "fr")
    run()
    mail.outbox.clear()

    republish(tree.contact, title="Kontakt")
    run()

    assert len(mail.outbox) == 1
    assert mail.outbox[0].subject == "One translation needs updating"


def test_dry_run_sends_and_stores_nothing(tree, translator):
    republish(tree.about["de"], intro="Neu.")
    out = StringIO()

    with mail_delivered():
        call_command("send_translation_digest", "--dry-run", stdout=out)

    assert "Would send to uebersetzerin@example.org" in out.getvalue()
    assert mail.outbox == []
    assert not TranslationDigest.objects.exists()


def test_inactive_translators_and_those_without_address_get_nothing(tree):
    group = group_with_admin_access("Translators")
    gone = make_user("weg", group)
    gone.is_active = False
    gone.save()
    silent = make_user("still", group)
    silent.email = ""
    silent.save()

    republish(tree.about["de"], intro="Neu.")
    run()

    assert mail.outbox == []


# New, not yet translated: a source page or snippet that appeared since the last run.


@pytest.fixture
def arabic_translator(tree):
    user = make_user("arabi", translators_for("Translators (ar)", tree.homes["ar"]))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "ar"
    profile.save()
    return user


def test_a_new_page_is_reported_once_as_missing_where_it_has_no_translation(
    tree, arabic_translator
):
    make_user("english", translators_for("Translators (en)", tree.homes["en"]))
    run()  # takes note of what was missing before: that is no news
    assert mail.outbox == []

    page = ContentPageFactory(parent=tree.homes["de"], title="Mitmachen")
    translate(page, "en", title="Join in", slug="join-in")
    out = run()

    assert [message.to for message in mail.outbox] == [["arabi@example.org"]]
    body = mail.outbox[0].body
    assert "Mitmachen" in body
    # The overview's link for a missing cell: wagtail-localize's "Translate" form.
    assert f"http://testserver/admin/localize/submit/page/{page.pk}/" in body
    assert "http://testserver/admin/translations/overview/?status=missing" in body
    assert "Über uns" not in body  # missing in Arabic before, outdated neither
    assert "arabi@example.org: 0 outdated, 1 new untranslated" in out
    assert TranslationDigest.objects.get(user=arabic_translator).missing["ar"] == sorted(
        [str(page.translation_key), str(tree.contact.translation_key), *_other_missing(tree)]
    )

    mail.outbox.clear()
    run()
    assert mail.outbox == []


def _other_missing(tree) -> list[str]:
    """What was missing in Arabic in the tree before the test added anything."""
    return [str(tree.private.translation_key), str(SiteFooter.objects.get().translation_key)]


def test_a_new_snippet_is_reported_with_the_link_to_translate_it(tree, arabic_translator):
    run()
    category = Category.objects.create(name="Sprachförderung", slug="sprachfoerderung")

    run()

    body = mail.outbox[0].body
    assert "Sprachförderung" in body
    assert f"/admin/localize/submit/snippet/snippets/category/{category.pk}/" in body


def test_outdated_and_new_in_one_e_mail_in_the_translators_admin_language(tree, arabic_translator):
    run()
    republish(tree.about["de"], intro="Wer wir sind und was wir tun.")
    ContentPageFactory(parent=tree.homes["de"], title="Mitmachen")

    run()

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.extra_headers["Content-Language"] == "ar"
    assert "مرحبًا arabi،" in message.body  # "Hello arabi," from the Arabic catalog
    with translation.override("ar"):
        arabic = language_name("ar")
    assert message.body.count(f"– {arabic}") == 2
    assert message.body.index("Über uns") < message.body.index("Mitmachen")
    assert "http://testserver/admin/translations/overview/\n" in message.body


def test_the_subject_counts_both_sections(translator):
    outdated = [DigestEntry("Über uns", "Seite", "ar", "/a")]
    new = [DigestEntry("Mitmachen", "Seite", "ar", "/b"), DigestEntry("Kurse", "Seite", "ar", "/c")]

    both = digest_message(translator, outdated, new)
    only_new = digest_message(translator, [], new[:1])

    assert both.subject == "One translation needs updating, 2 new texts to translate"
    assert only_new.subject == "One new text to translate"
    assert "New, not yet translated" in both.body
    assert "New, not yet translated" not in digest_message(translator, outdated, []).body


def test_a_new_page_is_listed_once_with_all_its_missing_languages(translator):
    new = [DigestEntry("Mitmachen", "Seite", code, "/submit/7/") for code in ("ar", "fa")]
    outdated = [DigestEntry("Über uns", "Seite", code, f"/edit/{code}/") for code in ("ar", "fa")]

    message = digest_message(translator, outdated, new)

    assert message.body.count("Mitmachen") == 1
    assert "- Mitmachen (Seite) – Arabic, Persian\n" in message.body
    assert message.body.count("Über uns") == 2  # one editor per language
    assert message.subject == "2 translations need updating, one new text to translate"


def test_a_language_newly_granted_only_takes_note_at_first(tree, arabic_translator):
    run()
    arabic_translator.groups.add(translators_for("Translators (fa)", tree.homes["fa"]))

    run()

    assert mail.outbox == []
    assert "fa" in TranslationDigest.objects.get(user=arabic_translator).missing


def test_unpublished_pages_are_not_reported_as_the_overview_does_not_list_them(
    tree, arabic_translator
):
    run()
    page = ContentPageFactory(parent=tree.homes["de"], title="Mitmachen")
    page.unpublish()

    run()

    assert mail.outbox == []
