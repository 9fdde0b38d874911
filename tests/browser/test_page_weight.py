"""Every page a newcomer opens on a phone stays under 100 KB before images: HTML, CSS
and JavaScript counted uncompressed (the test server does not compress), as a phone
without nginx's gzip would receive them. Measured in a real Chromium so that whatever
the page loads by itself (scripts, styles, fetches) counts too."""

import pytest

from tests.browser.site_pages import in_language, site_pages  # noqa: F401 - fixture
from tests.network.finder_data import finder_site  # noqa: F401 - fixture of site_pages

LIMIT = 100 * 1024


def weight(new_page, url: str) -> dict[str, int]:
    """Bytes by address of everything but images, media and fonts the page loads."""
    # The service worker's own fetches (offline copies) are not the page's weight.
    page = new_page(viewport=(360, 780), service_workers="block")
    loaded = []
    page.on("requestfinished", lambda request: loaded.append(request))
    response = page.goto(url)
    assert response.ok, url
    page.wait_for_load_state("networkidle")
    sizes = {
        request.url: request.sizes()["responseBodySize"]
        for request in loaded
        if request.resource_type not in ("image", "media", "font")
    }
    page.context.close()
    assert any(address.endswith(".css") for address in sizes), url
    return sizes


@pytest.mark.parametrize("code", ["de", "ar"])
def test_pages_weigh_under_100_kb_before_images(
    transactional_db,
    site_pages,  # noqa: F811 - fixture
    live_server,
    new_page,
    code,
):
    weights = {
        kind: sum(weight(new_page, live_server.url + in_language(site_pages[kind], code)).values())
        for kind in ("home", "compass", "organisation", "date", "search", "content")
    }
    assert all(total <= LIMIT for total in weights.values()), weights
