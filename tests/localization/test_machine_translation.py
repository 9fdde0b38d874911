"""Machine translation: DeepL when ``DEEPL_API_KEY`` is set, nothing otherwise.

The settings are checked in a fresh process (they are read once, at start-up); the
translation editor's "machine translate" button is exercised with a fake translator, so
no test ever talks to DeepL.
"""

import json
import os
import subprocess
import sys
from pathlib import Path
from unittest import mock

import pytest
from django.conf import settings
from django.test import override_settings
from django.urls import reverse
from wagtail_localize.machine_translators.deepl import DeepLTranslator
from wagtail_localize.models import StringTranslation

from hub.demo.factories.pages import ContentPageFactory
from hub.demo.factories.users import UserFactory
from tests.localization import fake_translator
from tests.module_data import module_data
from tests.pages.localize_support import (
    publish,
    start_translation,
    translate_segment,
    translated,
)

ROOT = Path(__file__).resolve().parent.parent.parent
FAKE = {"CLASS": fake_translator.PATH, "OPTIONS": {}}


def machine_translator_setting(key: str | None) -> dict | None:
    """``WAGTAILLOCALIZE_MACHINE_TRANSLATOR`` as the dev settings build it from the env."""
    env = {k: v for k, v in os.environ.items() if k != "DEEPL_API_KEY"}
    env["DJANGO_SETTINGS_MODULE"] = "hub.settings.dev"
    if key is not None:
        env["DEEPL_API_KEY"] = key
    code = (
        "import django, json; django.setup(); from django.conf import settings; "
        "print(json.dumps(getattr(settings, 'WAGTAILLOCALIZE_MACHINE_TRANSLATOR', None)))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("key", [None, "", "  "])
def test_without_a_key_there_is_no_machine_translator(key):
    assert machine_translator_setting(key) is None


def test_a_key_switches_deepl_on():
    assert machine_translator_setting("0000-free-key:fx") == {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": "0000-free-key:fx"},
    }
    # A free-API key (":fx") is sent to DeepL's free endpoint without further options.
    free = DeepLTranslator({"AUTH_KEY": "0000-free-key:fx"}).get_api_endpoint()
    paid = DeepLTranslator({"AUTH_KEY": "0000-paid-key"}).get_api_endpoint()
    assert "api-free." in free and "api-free." not in paid


def test_tests_never_configure_deepl():
    assert not hasattr(settings, "WAGTAILLOCALIZE_MACHINE_TRANSLATOR")


@module_data
def content_page(tree):
    return ContentPageFactory(parent=tree.homes["de"])


def edit_url(page) -> str:
    return reverse("wagtailadmin_pages:edit", args=[translated(page).pk])


def machine_translate(client, translation, page):
    return client.post(
        reverse("wagtail_localize:machine_translate", args=[translation.id]),
        {"next": edit_url(page)},
    )


def test_without_a_key_the_editor_offers_no_machine_translation(client, content_page):
    translation = start_translation(content_page)
    client.force_login(UserFactory(username="redakteurin", groups=["Editors"]))
    with mock.patch.object(DeepLTranslator, "__init__", side_effect=AssertionError("DeepL")):
        response = client.get(edit_url(content_page))
        assert response.status_code == 200
        assert "machine_translate" not in response.content.decode()
        response = machine_translate(client, translation, content_page)
    # The view answers 404; LocaleMiddleware turns a 404 outside the language prefixes
    # into a redirect to the same path under /de/, where there is no such view either.
    assert response.status_code in {302, 404}
    assert response.get("Location") != edit_url(content_page)
    assert not StringTranslation.objects.filter(locale=translation.target_locale).exists()


@override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=FAKE)
def test_editors_machine_translate_a_page(client, content_page):
    translation = start_translation(content_page)
    client.force_login(UserFactory(username="redakteurin", groups=["Editors"]))
    with mock.patch.object(DeepLTranslator, "__init__", side_effect=AssertionError("DeepL")):
        page = client.get(edit_url(content_page)).content.decode()
        assert "Fake translator" in page
        assert reverse("wagtail_localize:machine_translate", args=[translation.id]) in page

        response = machine_translate(client, translation, content_page)
    assert response.status_code == 302 and response["Location"] == edit_url(content_page)

    strings = StringTranslation.objects.filter(locale=translation.target_locale)
    assert {s.translation_of.data: s.data for s in strings}.items() >= {
        ("Mitmachen", "[ar] Mitmachen"),
        ("So helfen Sie mit.", "[ar] So helfen Sie mit."),
        ("Wir suchen Ehrenamtliche.", "[ar] Wir suchen Ehrenamtliche."),
    }
    assert {s.translation_type for s in strings} == {StringTranslation.TRANSLATION_TYPE_MACHINE}
    assert {s.tool_name for s in strings} == {"Fake translator"}

    publish(translation)
    arabic = translated(content_page)
    assert (arabic.title, arabic.intro) == ("[ar] Mitmachen", "[ar] So helfen Sie mit.")


@override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=FAKE)
def test_machine_translation_leaves_what_a_translator_wrote(client, content_page):
    translation = start_translation(content_page)
    client.force_login(UserFactory(username="redakteurin", groups=["Editors"]))
    translate_segment(translation, "title", "شارك معنا")
    machine_translate(client, translation, content_page)
    publish(translation)

    arabic = translated(content_page)
    assert (arabic.title, arabic.intro) == ("شارك معنا", "[ar] So helfen Sie mit.")
