"""Languages come from settings; a language Django does not know works with a catalog."""

import polib
import pytest
from django.conf import settings
from django.test import override_settings
from django.utils import translation
from wagtail.models import Locale

from hub.core.locales import sync_locales
from hub.demo.factories.pages import translate
from hub.settings.languages import EASY_GERMAN, build_languages, parse_codes, with_catalogs


def test_default_languages():
    # The suite's five; Easy German is a default too, switched on where tested (conftest).
    assert [code for code, _ in settings.LANGUAGES] == ["de", "en", "ar", "fa", "fr"]
    assert settings.LANGUAGE_CODE == "de"
    assert settings.WAGTAIL_CONTENT_LANGUAGES == settings.LANGUAGES


def test_parse_codes_from_environment_value():
    assert parse_codes(" de, en ,ar,de,,UK ") == ["de", "en", "ar", "uk"]
    # Easy German right after German, in the switcher as in the demo.
    assert parse_codes("") == ["de", EASY_GERMAN, "en", "ar", "fa", "fr"]


def test_languages_with_a_catalog_join_the_configured_ones(tmp_path):
    for code in ("uk", "de", "ps"):
        (tmp_path / code / "LC_MESSAGES").mkdir(parents=True)
        (tmp_path / code / "LC_MESSAGES" / "django.po").touch()
    (tmp_path / "ti" / "LC_MESSAGES").mkdir(parents=True)  # no catalog yet

    assert with_catalogs(["de", "en"], tmp_path) == ["de", "en", "ps", "uk"]
    assert with_catalogs(["uk", "de"], tmp_path) == ["uk", "de", "ps"]


def test_unknown_language_code_is_a_clear_error():
    with pytest.raises(ValueError, match="xx"):
        build_languages(["de", "xx"])


def test_refugee_languages_missing_in_django_are_known():
    languages = dict(build_languages(["ps", "prs", "ti", "so", "am", "kmr"]))
    assert languages["ps"] == "Pashto"
    assert "ps" in settings.LANGUAGES_BIDI and "prs" in settings.LANGUAGES_BIDI
    assert "ti" not in settings.LANGUAGES_BIDI


def write_catalog(locale_dir, code: str, entries: dict[str, str]) -> None:
    catalog = polib.POFile()
    catalog.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": code}
    for msgid, msgstr in entries.items():
        catalog.append(polib.POEntry(msgid=msgid, msgstr=msgstr))
    target = locale_dir / code / "LC_MESSAGES"
    target.mkdir(parents=True)
    catalog.save(str(target / "django.po"))
    catalog.save_as_mofile(str(target / "django.mo"))


def test_adding_pashto_needs_only_settings_and_a_catalog(client, tree, tmp_path):
    write_catalog(tmp_path, "ps", {"Skip to content": "منځپانګې ته ورشئ"})
    languages = [*settings.LANGUAGES, *build_languages(["ps"])]
    with override_settings(
        LANGUAGES=languages,
        WAGTAIL_CONTENT_LANGUAGES=languages,
        LOCALE_PATHS=[tmp_path, *settings.LOCALE_PATHS],
    ):
        assert sync_locales() == ["ps"]
        translate(tree.homes["de"], "ps", title="د هرکلي شبکه")

        response = client.get("/", HTTP_ACCEPT_LANGUAGE="ps")
        assert response["Location"] == "/ps/"
        html = client.get("/ps/").content.decode()
        assert '<html lang="ps" dir="rtl">' in html
        assert "د هرکلي شبکه" in html
        assert "منځپانګې ته ورشئ" in html  # UI string from the new catalog
        assert 'hreflang="ps"' in html
        # A German-only page under /ps/ falls back with the notice.
        assert "notice--fallback" in client.get("/ps/kontakt/").content.decode()
    translation.activate(settings.LANGUAGE_CODE)


def test_locales_follow_settings(db):
    assert set(Locale.objects.values_list("language_code", flat=True)) >= {
        "de",
        "en",
        "ar",
        "fa",
        "fr",
    }
