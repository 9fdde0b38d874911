"""Every initiative page says when it was last confirmed as still active, as month and
year in the visitor's language; without a record yet, from its last publication."""

import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from hub.demo.factories.pages import InitiativeIndexPageFactory, InitiativePageFactory, by_language
from hub.pages.models import InitiativePage
from hub.pages.models.records import InitiativeFreshness

MARCH = datetime(2026, 3, 10, 12, 0, tzinfo=ZoneInfo("Europe/Berlin"))


def last_checked(client, url: str) -> list[str]:
    response = client.get(url)
    assert response.status_code == 200
    return re.findall(r'<p class="last-checked">([^<]*)</p>', response.content.decode())


@pytest.mark.django_db
def test_initiative_page_shows_when_it_was_last_checked(client, tree):
    indexes = by_language(
        InitiativeIndexPageFactory(parent=tree.homes["de"], translations=("en", "ar"))
    )
    page = InitiativePageFactory(parent=indexes["de"], title="Sprachcafé")
    InitiativePage.objects.filter(pk=page.pk).update(last_published_at=MARCH)
    english_url = page.url.replace("/de/", "/en/")
    assert last_checked(client, english_url) == ["Last checked: March 2026"]
    InitiativeFreshness.objects.create(
        translation_key=page.translation_key, last_confirmed_at=MARCH.replace(month=5)
    )
    assert last_checked(client, english_url) == ["Last checked: May 2026"]
    (arabic,) = last_checked(client, page.url.replace("/de/", "/ar/"))
    assert "مايو ٢٠٢٦" in arabic
