"""``manage.py send_translation_digest``: one e-mail per translator, only with news."""

from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from wagtail.users.models import UserProfile

from hub.pages.models import TranslationDigest
from tests.pages.test_initiative_freshness_report import group_with_admin_access, make_user
from tests.pages.translation_support import (
    localize,
    republish,
    sync,
    translators_for,
)

pytestmark = pytest.mark.django_db


def run() -> str:
    out = StringIO()
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
