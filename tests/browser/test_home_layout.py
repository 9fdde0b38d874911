"""The home page in a real Chromium: German left-to-right, Arabic mirrored, phone width."""

import pytest

WIDTHS = {"desktop": (1280, 900), "phone": (360, 780)}


@pytest.mark.parametrize("code", ["de", "ar"])
def test_home_page_layout(transactional_db, tree, live_server, new_page, screenshot_dir, code):
    rtl = code == "ar"
    for label, (width, height) in WIDTHS.items():
        page = new_page(viewport=(width, height))
        page.goto(f"{live_server.url}/{code}/")

        assert page.locator("html").get_attribute("lang") == code
        assert page.locator("html").get_attribute("dir") == ("rtl" if rtl else "ltr")
        assert page.evaluate("getComputedStyle(document.body).direction") == (
            "rtl" if rtl else "ltr"
        )
        assert page.locator("h1").count() == 1
        assert page.locator("h1").inner_text() == tree.homes[code].title

        # Nothing is wider than the screen: no sideways scrolling on a phone.
        assert page.evaluate("document.documentElement.scrollWidth") <= width

        # Mirrored: the site name sits at the start side — right in Arabic, left in German —
        # and the language switcher (a button on phones) comes after it in reading direction.
        brand = page.locator(".site-brand").bounding_box()
        switcher = page.locator(".header-menu--languages").bounding_box()
        brand_centre = brand["x"] + brand["width"] / 2
        if rtl:
            assert brand_centre > width / 2
            assert switcher["x"] < brand["x"] or switcher["y"] > brand["y"]
        else:
            assert brand_centre < width / 2
            assert switcher["x"] > brand["x"] or switcher["y"] > brand["y"]

        page.screenshot(path=screenshot_dir / f"home-{code}-{label}.png", full_page=True)

        # The skip link is the first thing a keyboard reaches, and it becomes visible.
        page.keyboard.press("Tab")
        focused = page.evaluate("document.activeElement.className")
        assert "skip-link" in focused
        assert page.locator(".skip-link").bounding_box()["y"] >= 0

        page.context.close()


def test_language_switcher_clicks_through_to_arabic(
    transactional_db, tree, live_server, new_page, screenshot_dir
):
    page = new_page(viewport=(360, 780))
    page.goto(f"{live_server.url}/de/ueber-uns/")
    page.locator(".header-menu--languages summary").click()
    page.locator('.language-switcher a[lang="ar"]').click()
    page.wait_for_url("**/ar/about-us/")
    assert page.locator("h1").inner_text() == "من نحن"
    page.locator(".header-menu--languages summary").click()
    page.locator('.language-switcher a[lang="fa"]').click()
    page.wait_for_url("**/fa/ueber-uns/")
    assert page.locator(".notice--fallback").is_visible()
    assert page.locator("html").get_attribute("dir") == "rtl"
    page.screenshot(path=screenshot_dir / "fallback-fa-phone.png", full_page=True)
