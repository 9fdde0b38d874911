"""Adding a language the way the README's "Adding a language" describes it.

1. ``HUB_LANGUAGES`` gains the code: the tests run ``hub.settings.base`` with that
   environment and take the language settings it derives (``build_languages``).
2. ``make messages`` plus a translator's work plus ``compilemessages``: a tiny catalog is
   written and compiled into a temporary ``LOCALE_PATHS`` entry.
3. ``manage.py migrate`` creates the Wagtail locale; an editor translates the home page
   (wagtail-localize's "Translate" action); ``manage.py setup_translator_groups`` gives
   "Translators (<code>)" its rights.

No cache needs clearing by hand: Django's own ``setting_changed`` receivers reset its
language lookups and loaded catalogs when ``LANGUAGES`` or ``LOCALE_PATHS`` change, and
Wagtail's (``wagtail.coreutils.reset_cache``) clears the ``lru_cache`` of
``get_content_languages`` and ``get_supported_content_language_variant`` when
``LANGUAGES`` or ``WAGTAIL_CONTENT_LANGUAGES`` change. ``test_settings_reach_every_cache``
checks that this stays true.
"""

import io
import re
import runpy
from pathlib import Path

import polib
import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation
from wagtail.coreutils import get_content_languages, get_supported_content_language_variant
from wagtail.models import GroupPagePermission, Locale, Page
from wagtail_localize.models import Translation

from hub.core.locales import sync_locales
from hub.core.permissions import TRANSLATORS
from hub.demo.factories.pages import translate
from hub.demo.factories.users import UserFactory
from hub.localization.translators.groups import group_name
from hub.settings import base as base_settings
from tests.pages.localize_support import translate_segment

WITH_UKRAINIAN = "de,en,ar,fa,fr,uk"
WITH_PASHTO = "de,en,ar,fa,fr,ps"
NOTICE = (
    "This page is not yet available in %(language)s. "
    "You are reading the original version in %(source)s."
)
UKRAINIAN = {
    "Skip to content": "Перейти до змісту",
    NOTICE: "Ця сторінка ще не перекладена (%(language)s). Ви читаєте оригінал (%(source)s).",
}
PASHTO = {"Skip to content": "منځپانګې ته ورشئ"}
UKRAINIAN_HOME = "Мережа «Ласкаво просимо»"


def language_settings(monkeypatch, hub_languages: str) -> dict[str, object]:
    """The language settings ``hub.settings.base`` derives from ``HUB_LANGUAGES``."""
    monkeypatch.setenv("HUB_LANGUAGES", hub_languages)
    namespace = runpy.run_path(str(Path(base_settings.__file__)))
    return {
        name: namespace[name]
        for name in ("LANGUAGES", "LANGUAGES_BIDI", "WAGTAIL_CONTENT_LANGUAGES")
    }


def write_catalog(locale_dir, code: str, messages: dict[str, str]) -> None:
    """``locale/<code>/LC_MESSAGES/django.po`` as a translator leaves it, and its ``.mo``."""
    catalog = polib.POFile()
    catalog.metadata = {
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Language": code,
    }
    for msgid, msgstr in messages.items():
        catalog.append(polib.POEntry(msgid=msgid, msgstr=msgstr))
    target = locale_dir / code / "LC_MESSAGES"
    target.mkdir(parents=True)
    catalog.save(str(target / "django.po"))
    catalog.save_as_mofile(str(target / "django.mo"))


@pytest.fixture(name="ukrainian")
def ukrainian_fixture(settings, monkeypatch, tmp_path):
    """Steps 1 and 2 for Ukrainian: the setting and a compiled catalog."""
    write_catalog(tmp_path, "uk", UKRAINIAN)
    for name, value in language_settings(monkeypatch, WITH_UKRAINIAN).items():
        setattr(settings, name, value)
    settings.LOCALE_PATHS = [tmp_path, *settings.LOCALE_PATHS]
    return tmp_path


def translate_home_as_editor(client, home: Page) -> Page:
    """What an editor does: "Translate" on the German home page, choose Ukrainian, enter
    the title in the translation editor and publish."""
    client.force_login(UserFactory(username="redakteurin", groups=["Editors"]))
    uk = Locale.objects.get(language_code="uk")
    url = reverse("wagtail_localize:submit_page_translation", args=[home.pk])
    response = client.post(url, {"locales": [uk.pk]})
    assert response.status_code == 302
    draft = home.get_translation(uk)
    assert not draft.live  # WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
    translate_segment(
        Translation.objects.get(source__object_id=home.translation_key, target_locale=uk),
        "title",
        UKRAINIAN_HOME,
    )
    client.logout()
    return Page.objects.get(pk=draft.pk)


def test_settings_reach_every_cache(ukrainian, settings):
    assert ("uk", "Ukrainian") in settings.LANGUAGES
    assert settings.WAGTAIL_CONTENT_LANGUAGES == settings.LANGUAGES
    assert "uk" in get_content_languages()
    assert get_supported_content_language_variant("uk") == "uk"
    assert translation.get_language_info("uk")["bidi"] is False
    with translation.override("uk"):
        assert translation.gettext("Skip to content") == "Перейти до змісту"


def test_migrate_creates_the_locale(ukrainian, db):
    assert not Locale.objects.filter(language_code="uk").exists()
    call_command("migrate", interactive=False, verbosity=0)
    assert Locale.objects.filter(language_code="uk").exists()
    # Languages stay as they were; nothing is created twice.
    assert Locale.objects.filter(language_code="de").count() == 1


def test_translator_group_gets_rights_on_the_ukrainian_home_only(ukrainian, tree, client):
    sync_locales()
    out = io.StringIO()
    call_command("setup_translator_groups", stdout=out)
    group = Group.objects.get(name=group_name("uk"))
    # Before an editor has translated the home page there is nothing to grant, and the
    # command says what to do.
    assert not GroupPagePermission.objects.filter(group=group).exists()
    assert "No home page in 'uk' yet" in out.getvalue()

    home = translate_home_as_editor(client, tree.homes["de"])
    out = io.StringIO()
    call_command("setup_translator_groups", stdout=out)
    assert "No home page" not in out.getvalue()
    granted = GroupPagePermission.objects.filter(group=group)
    assert [(p.page_id, p.permission.codename) for p in granted] == [(home.pk, "change_page")]
    assert home.locale.language_code == "uk"
    # The other languages' groups do not reach into Ukrainian.
    assert not GroupPagePermission.objects.filter(
        group__name=group_name("fa"), page__locale__language_code="uk"
    ).exists()
    # "Translators" (every language) now reaches it too.
    assert GroupPagePermission.objects.filter(group__name=TRANSLATORS, page=home).exists()


def test_ukrainian_home_page_left_to_right_with_the_new_catalog(ukrainian, tree, client):
    sync_locales()
    translate_home_as_editor(client, tree.homes["de"])

    response = client.get("/", HTTP_ACCEPT_LANGUAGE="uk")
    assert response.status_code == 302
    assert response["Location"] == "/uk/"
    response = client.get("/uk/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="uk" dir="ltr">' in html
    assert f'<h1 id="page-title">{UKRAINIAN_HOME}</h1>' in html
    assert ">Перейти до змісту</a>" in html  # from the new catalog, not Django's
    assert re.search(r'<link rel="alternate" hreflang="uk" href="[^"]*/uk/">', html)
    # A real translation, not the German page with "not yet available" …
    assert 'class="notice notice--fallback"' not in html
    # … but only its title is translated so far: the rest says it is still German.
    assert "notice--partial" in html


def test_language_switcher_offers_ukrainian(ukrainian, tree, client):
    sync_locales()
    switcher_link = '<a href="/uk/" lang="uk" hreflang="uk" dir="ltr"'
    html = client.get("/de/").content.decode()
    # Offered at once, marked as not translated yet; no hreflang alternate for it.
    assert f"{switcher_link} data-untranslated>Українська</a>" in html
    assert 'rel="alternate" hreflang="uk"' not in html

    translate_home_as_editor(client, tree.homes["de"])
    html = client.get("/de/").content.decode()
    assert f"{switcher_link}>Українська</a>" in html
    assert 'rel="alternate" hreflang="uk"' in html


def test_page_not_translated_into_ukrainian_shows_german_with_the_notice(ukrainian, tree, client):
    sync_locales()
    translate_home_as_editor(client, tree.homes["de"])
    response = client.get("/uk/kontakt/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="uk" dir="ltr">' in html
    assert "<h1>Kontakt</h1>" in html
    # Both languages named in Ukrainian, in lower case as within a Ukrainian sentence.
    assert "Ця сторінка ще не перекладена (українська). Ви читаєте оригінал (німецька)." in html


def test_pashto_routes_once_its_catalog_exists_and_reads_right_to_left(
    settings, monkeypatch, tmp_path, tree, client
):
    for name, value in language_settings(monkeypatch, WITH_PASHTO).items():
        setattr(settings, name, value)
    assert sync_locales() == ["ps"]
    translate(tree.homes["de"], "ps", title="د هرکلي شبکه")
    # Django ships no Pashto catalog: without the project's, /ps/ is no language prefix.
    assert client.get("/ps/")["Location"] == "/de/ps/"

    # Changing LOCALE_PATHS resets Django's catalog lookups; the failed lookups above
    # raised LookupError, which lru_cache does not keep.
    write_catalog(tmp_path, "ps", PASHTO)
    settings.LOCALE_PATHS = [tmp_path, *settings.LOCALE_PATHS]
    response = client.get("/ps/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="ps" dir="rtl">' in html
    assert "د هرکلي شبکه" in html
    assert ">منځپانګې ته ورشئ</a>" in html
    # A page only in German, under /ps/: its German text in the right-to-left layout,
    # with the notice.
    html = client.get("/ps/kontakt/").content.decode()
    assert '<html lang="ps" dir="rtl">' in html
    assert "<h1>Kontakt</h1>" in html
    assert "notice--fallback" in html
