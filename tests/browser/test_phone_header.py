"""The page frame on a phone in a real Chromium: a header of at most a quarter of the
first screen (360×780) in German and Arabic, its menu, language choice and search usable
without JavaScript, German compounds in headings wrapped at 320 px instead of clipped
(left-to-right and right-to-left), and a footer focus ring that can be seen."""

from urllib.parse import urlsplit

import pytest

from tests.browser.site_pages import in_language, site_pages  # noqa: F401 - fixture
from tests.network.finder_data import finder_site  # noqa: F401 - fixture of site_pages

PHONE = (360, 780)
# The service worker's background fetches would outlive the test's database.
NO_WORKER = {"service_workers": "block"}
# What sticks out of the page sideways (for the failure message).
TOO_WIDE = """() => [...document.querySelectorAll("body *")]
    .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.right > innerWidth + 1 || box.left < -1;
    })
    .map((element) => element.outerHTML.slice(0, 200))"""
HEADINGS_FIT = """() => [...document.querySelectorAll("h1, h2, h3")]
    .filter((heading) => heading.clientWidth > 1)  // not the visually hidden ones
    .filter((heading) => heading.scrollWidth > heading.clientWidth)
    .map((heading) => [heading.textContent.trim(), heading.scrollWidth, heading.clientWidth,
        heading.parentElement.outerHTML.slice(0, 300)])"""


def relative_luminance(rgb: tuple[int, ...]) -> float:
    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in rgb[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(first: tuple[int, ...], second: tuple[int, ...]) -> float:
    light, dark = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def rgb(css: str) -> tuple[int, ...]:
    """``rgb(1, 2, 3)`` / ``rgba(1, 2, 3, 1)`` as numbers."""
    return tuple(int(float(part)) for part in css[css.index("(") + 1 : -1].split(",")[:3])


@pytest.mark.parametrize("code", ["de", "ar"])
def test_header_takes_at_most_a_quarter_of_a_phone_screen(
    transactional_db,
    site_pages,  # noqa: F811 - fixture
    live_server,
    new_page,
    screenshot_dir,
    code,
):
    page = new_page(viewport=PHONE, **NO_WORKER)
    for kind in ("home", "content", "organisation"):
        page.goto(live_server.url + in_language(site_pages[kind], code))
        header = page.locator(".site-header").bounding_box()
        assert header["height"] <= PHONE[1] / 4, (kind, header)
        # Name, language, search and menu are all in it, and reachable.
        for part in (".site-brand", ".header-menu--languages summary"):
            assert page.locator(part).is_visible(), part
        for part in (".header-menu--search summary", ".header-menu--nav summary"):
            assert page.locator(part).is_visible(), part
    page.screenshot(path=screenshot_dir / f"phone-header-{code}.png")

    # The menu opens below the header, over the page, and closes with Escape (header.js).
    page.locator(".header-menu--nav summary").click()
    assert page.locator(".main-nav a").first.is_visible()
    page.screenshot(path=screenshot_dir / f"phone-menu-{code}.png")
    page.keyboard.press("Escape")
    assert not page.locator(".main-nav a").first.is_visible()
    assert page.evaluate("document.activeElement.tagName") == "SUMMARY"


def test_menu_language_and_search_work_without_javascript(
    transactional_db,
    site_pages,  # noqa: F811 - fixture
    live_server,
    new_page,
):
    page = new_page(viewport=PHONE, java_script_enabled=False, **NO_WORKER)
    page.goto(live_server.url + site_pages["content"])
    navigation = page.locator(".main-nav a").first
    assert not navigation.is_visible()
    page.locator(".header-menu--nav summary").click()
    assert navigation.is_visible()
    target = navigation.get_attribute("href")
    navigation.click()
    page.wait_for_url(f"**{target}")

    page.locator(".header-menu--languages summary").click()
    page.locator('.language-switcher a[lang="ar"]').click()
    page.wait_for_load_state()
    assert urlsplit(page.url).path.startswith("/ar/")

    page.locator(".header-menu--search summary").click()
    page.fill("#site-search-q", "Beratung")
    page.locator(".site-search button").click()
    page.wait_for_url("**/ar/search/?q=Beratung")

    # The language just chosen is remembered: "/" returns to Arabic.
    page.goto(live_server.url + "/")
    assert urlsplit(page.url).path == "/ar/"


@pytest.mark.parametrize("code", ["de", "ar", "fa"])
def test_long_headings_wrap_on_the_narrowest_phone(
    transactional_db,
    site_pages,  # noqa: F811 - fixture
    live_server,
    new_page,
    screenshot_dir,
    code,
):
    width = 320
    page = new_page(viewport=(width, 640), **NO_WORKER)
    for kind in ("content", "initiative", "date"):
        page.goto(live_server.url + in_language(site_pages[kind], code))
        assert page.locator("h1").inner_text().count("Integrationskurs") == 1, kind
        assert page.evaluate(HEADINGS_FIT) == [], kind
        scrolling = page.evaluate(
            "[document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]"
        )
        assert scrolling[0] <= scrolling[1], (kind, scrolling, page.evaluate(TOO_WIDE))
        page.screenshot(path=screenshot_dir / f"phone-320-{kind}-{code}.png")


@pytest.mark.parametrize("code", ["de", "ar"])
def test_footer_focus_ring_has_three_to_one_contrast(
    transactional_db,
    site_pages,  # noqa: F811 - fixture
    live_server,
    new_page,
    code,
):
    page = new_page(viewport=PHONE, **NO_WORKER)
    page.goto(live_server.url + in_language(site_pages["home"], code))
    links = page.locator(".site-footer a")
    assert links.count() >= 3
    page.keyboard.press("Tab")  # a keyboard user: focus rings show (:focus-visible)
    for index in range(links.count()):
        link = links.nth(index)
        link.focus()
        style = link.evaluate(
            """(link) => {
                const ring = getComputedStyle(link);
                let box = link;
                while (box && getComputedStyle(box).backgroundColor === "rgba(0, 0, 0, 0)") {
                    box = box.parentElement;
                }
                return {
                    visible: link.matches(":focus-visible"),
                    style: ring.outlineStyle,
                    width: parseFloat(ring.outlineWidth),
                    colour: ring.outlineColor,
                    behind: getComputedStyle(box).backgroundColor,
                };
            }"""
        )
        assert style["visible"] and style["style"] != "none" and style["width"] >= 2, style
        assert contrast(rgb(style["colour"]), rgb(style["behind"])) >= 3, style


ROWS_WITH_BULLETS = """() => [
    ...document.querySelectorAll('main ul.term-list, main ul.pager__pages')]
    .filter(list => getComputedStyle(list).listStyleType !== 'none'
                    || getComputedStyle(list).display !== 'flex')
    .map(list => list.className)"""


@pytest.mark.parametrize("code", ["de", "ar"])
def test_terms_sit_in_a_wrapping_row_without_bullets(
    transactional_db,
    site_pages,  # noqa: F811 - fixture
    live_server,
    new_page,
    code,
):
    """An organisation's services are pills in a row, not a bulleted list whose bullets
    stand outside the pills (on right-to-left pages at the screen's edge)."""
    page = new_page(viewport=(360, 780), **NO_WORKER)
    page.goto(live_server.url + in_language(site_pages["organisation"], code))
    assert page.locator("main ul.term-list").count() >= 1
    assert page.evaluate(ROWS_WITH_BULLETS) == []
