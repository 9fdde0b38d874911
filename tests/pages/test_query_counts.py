"""A page costs the same number of SQL queries however many pages the menu holds."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from hub.demo.factories.pages import translate
from hub.pages.models import ContentPage


def queries_for(client, url: str) -> int:
    client.get(url)  # warm per-process caches (site root paths)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


@pytest.mark.parametrize("url", ["/de/", "/ar/", "/ar/about-us/", "/fa/ueber-uns/"])
def test_query_count_independent_of_menu_size(client, tree, url):
    before = queries_for(client, url)
    home = tree.homes["de"]
    for number in range(25):
        page = home.add_child(
            instance=ContentPage(
                title=f"Angebot {number}", slug=f"angebot-{number}", show_in_menus=True
            )
        )
        page.save_revision().publish()
        if number % 2:
            translate(page, "ar", title=f"عرض {number}", slug=f"offer-{number}")
    assert queries_for(client, url) == before
