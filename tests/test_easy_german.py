"""Easy German ("Einfache Sprache", ``de-x-einfach``): a content language of its own that
reads as German to browsers, uses the German UI catalog and formats, and falls back to
the German pages with a notice saying so."""

import datetime
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.test import override_settings
from django.utils import formats, translation
from django.utils.translation import get_language_info, gettext, to_locale
from django.utils.translation.trans_real import language_code_re
from wagtail.models import GroupPagePermission, Locale

from hub.core.digits import native_digits
from hub.core.i18n import fallback_locales
from hub.demo.factories.pages import translate
from hub.localization.translators.groups import ensure_translator_groups, group_name
from hub.settings.languages import EASY_GERMAN, with_catalogs
from tests.test_languages import write_catalog

pytestmark = pytest.mark.django_db
EASY_HOME_TITLE = "Netzwerk Willkommen in Einfacher Sprache"


@pytest.fixture
def easy_home(tree, easy_german):
    return translate(tree.homes["de"], EASY_GERMAN, title=EASY_HOME_TITLE, slug="start-einfach")


def test_the_code_is_a_german_language_tag():
    """Valid BCP 47 with the primary subtag ``de``: screen readers pick a German voice."""
    assert language_code_re.match(EASY_GERMAN)
    assert EASY_GERMAN.split("-")[0] == "de"
    info = get_language_info(EASY_GERMAN)
    assert (info["name_local"], info["bidi"]) == ("Einfache Sprache", False)
    # Fits the 12 characters of the language fields of registrations and applications.
    assert len(EASY_GERMAN) <= 12


def test_the_ui_is_german_not_the_english_msgids():
    with translation.override("de"):
        german = gettext("Skip to content")
    assert german != "Skip to content"
    assert to_locale(EASY_GERMAN) == "de_X-einfach"
    with translation.override(EASY_GERMAN):
        assert gettext("Skip to content") == german


def test_dates_and_numbers_are_written_as_in_german():
    with translation.override(EASY_GERMAN):
        assert formats.date_format(datetime.date(2026, 3, 4)) == "4. März 2026"
        assert formats.time_format(datetime.time(18, 0)) == "18:00"
        assert formats.number_format(1234.5, 1) == "1234,5"
        assert native_digits("18:00") == "18:00"


def test_no_catalog_of_its_own_is_asked_for(tmp_path):
    assert with_catalogs(["de", EASY_GERMAN, "en"], tmp_path) == ["de", "en"]
    for code in ("de", "en", "ar", "fa", "fr"):
        write_catalog(tmp_path, code, {"Register": "x"})
    script = Path(__file__).resolve().parent.parent / "scripts" / "check_catalogs.py"
    result = subprocess.run(  # noqa: S603 - our own script
        [sys.executable, str(script), "--locale-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "HUB_LANGUAGES": f"de,{EASY_GERMAN},en,ar,fa,fr"},
    )
    assert result.returncode == 0, result.stdout
    assert EASY_GERMAN not in result.stdout


def test_the_switcher_offers_it_and_its_home_page_is_german_to_the_browser(client, easy_home):
    html = client.get("/de/").content.decode()
    assert f'<a href="/{EASY_GERMAN}/" lang="{EASY_GERMAN}"' in html
    assert ">Einfache Sprache</a>" in html

    response = client.get(f"/{EASY_GERMAN}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{EASY_GERMAN}" dir="ltr">' in html
    assert EASY_HOME_TITLE in html
    assert "Zum Inhalt springen" in html
    assert f'hreflang="{EASY_GERMAN}"' in html


def test_a_page_not_in_easy_german_is_the_german_one_with_a_notice(client, tree, easy_home):
    response = client.get(f"/{EASY_GERMAN}/kontakt/")
    assert response.status_code == 200
    assert response.context["page"].pk == tree.contact.pk
    html = response.content.decode()
    with translation.override(EASY_GERMAN):
        notice = gettext("This page is only available in %(language)s.") % {"language": "Deutsch"}
        generic = gettext(
            "This page is not yet available in %(language)s. You are reading the original version."
        ) % {"language": "Einfache Sprache"}
    assert notice in html
    assert generic not in html
    # German text under Easy German needs no lang attribute of its own: both are German.
    assert 'lang="de"' not in html.split("<main", 1)[1].split("</main>", 1)[0]
    # The menu and the switcher stay under the Easy German prefix.
    assert f'href="/{EASY_GERMAN}/kontakt/"' in html
    assert 'href="/en/kontakt/"' in html


def test_german_stands_in_first_even_where_the_source_is_another_language(easy_german):
    """A network writing in English still shows Easy German readers the German pages."""
    with override_settings(LANGUAGE_CODE="en"):
        codes = [
            locale.language_code
            for locale in fallback_locales(Locale.objects.get(language_code=EASY_GERMAN))
        ]
    assert codes == ["de", "en"]
    codes = [
        locale.language_code for locale in fallback_locales(Locale.objects.get(language_code="ar"))
    ]
    assert codes == ["de"]


def test_translators_get_a_group_for_it(easy_home, tree):
    groups = ensure_translator_groups(list(tree.homes.values()) + [easy_home])
    group = Group.objects.get(name=group_name(EASY_GERMAN))
    assert groups[group.name] == group
    assert GroupPagePermission.objects.filter(group=group, page=easy_home).exists()
    assert not GroupPagePermission.objects.filter(group=group, page=tree.homes["de"]).exists()
