"""Offline reading in a real Chromium with the service worker: after one visit in Arabic
the compass and the organisations open without a network, each with "Offline – as of
<date>" in Arabic; pages the visitor opened stay readable too. Nothing personal or with
a form is ever kept: the login page and a date with its registration form give the
offline page, never a stored copy."""

import time
from urllib.parse import urlsplit

import pytest
from django.utils import translation
from django.utils.translation import gettext

from tests.browser.site_pages import in_language, site_pages  # noqa: F401 - fixture
from tests.network.finder_data import finder_site  # noqa: F401 - fixture of site_pages

PHONE = (360, 780)
CACHED_PATHS = """async () => {
    const cache = await caches.open("hub-pages-v1");
    return (await cache.keys()).map((request) => new URL(request.url).pathname);
}"""
NOTICE = "Offline – as of %(date)s. This page may have changed since."


def wait_until_cached(page, paths: list[str], seconds: float = 20) -> list[str]:
    """The worker stores in the background: the cache's paths once all of ``paths`` are in."""
    deadline = time.monotonic() + seconds
    while True:
        cached = page.evaluate(CACHED_PATHS)
        if set(paths) <= set(cached) or time.monotonic() > deadline:
            assert set(paths) <= set(cached), cached
            return cached
        page.wait_for_timeout(200)


def final_path(page, url: str) -> str:
    page.goto(url)
    return urlsplit(page.url).path


@pytest.mark.parametrize("code", ["ar"])
def test_compass_and_organisations_stay_readable_offline(
    transactional_db,
    site_pages,  # noqa: F811 - fixture
    live_server,
    new_page,
    screenshot_dir,
    code,
):
    page = new_page(viewport=PHONE, locale=code)
    paths = {
        kind: final_path(page, live_server.url + in_language(site_pages[kind], code))
        for kind in ("compass", "organisation", "organisations", "content", "date")
    }
    page.goto(live_server.url + f"/{code}/")
    page.evaluate("navigator.serviceWorker.ready.then(() => true)")
    # The worker keeps the compass and the organisations from the first visit on.
    kept = [paths["compass"], paths["organisation"], paths["organisations"], f"/{code}/offline/"]
    wait_until_cached(page, kept)
    # Opened while online: a content page (kept), the login page and a date with its
    # registration form (never kept).
    login = f"/{code}/account/login/"
    for path in (paths["content"], login, paths["date"]):
        assert page.goto(live_server.url + path).ok, path
        assert page.locator("form").count() or path == paths["content"]
    cached = wait_until_cached(page, [paths["content"]])
    assert login not in cached and paths["date"] not in cached, cached
    assert not [path for path in cached if "/account/" in path or "/admin/" in path], cached

    page.context.set_offline(True)
    with translation.override(code):
        notice_start = gettext(NOTICE).split("%(date)s")[0]
        offline_title = gettext("You are offline")
    for kind in ("compass", "organisation", "content"):
        page.goto(live_server.url + paths[kind])
        notice = page.locator(".notice--offline")
        notice.wait_for()
        text = notice.inner_text()
        assert text.startswith(notice_start), text
        # The date is written out, in the language's own digits.
        assert len(text) > len(gettext(NOTICE).replace("%(date)s", "")) + 6, text
        assert any("٠" <= character <= "٩" for character in text), text
        assert page.locator("h1").inner_text() != offline_title
        page.screenshot(path=screenshot_dir / f"offline-{kind}-{code}.png")

    for path in (login, paths["date"]):
        page.goto(live_server.url + path)
        assert page.locator("h1").inner_text() == offline_title, path
        assert page.locator("form#login, form[method=post]").count() == 0, path
