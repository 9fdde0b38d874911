"""The site's JavaScript and the Wagtail admin work under the Content-Security-Policy.

A real Chromium, every ``securitypolicyviolation`` event and console error collected:

- the public site — the finder's map with tiles from other hosts (``{s}.localhost`` on
  the live server, so the policy's tile hosts are put to the test) and with the map
  switched off, the initiatives directory's filters, the language switcher, the
  registration form, the members' board — shows no violation;
- the admin under its own policy: log in, see the user bar on the public site (under the
  public policy), edit a page and save a draft, open the preview
  (an iframe that must be allowed to be framed by the admin), choose an image in the
  image chooser, translate in wagtail-localize's editor — nothing breaks.
"""

import io
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page
from wagtail_localize.models import Translation, TranslationSource

from hub.demo.factories.events import EventIndexPageFactory, EventPageFactory
from hub.demo.factories.network import BoardEntryFactory
from hub.demo.factories.pages import InitiativeIndexPageFactory, InitiativePageFactory
from hub.events.models import Registration
from tests.browser.csp_watch import watch
from tests.events.calendar_support import occurrences
from tests.network.finder_data import finder_site  # noqa: F401 - fixture
from tests.network.selfservice_support import PASSWORD, build_members

MEDIA = ("/media/",)


def tile_url(live_server) -> str:
    """A tile template on the live server, reached under a/b/c.localhost: other origins
    than the page's, which only the tile hosts in img-src let through."""
    port = urlsplit(live_server.url).port
    return (
        f"http://{{s}}.localhost:{port}/static/vendor/leaflet/images/layers.png?{{z}}/{{x}}/{{y}}"
    )


def path_of(page) -> str:
    """The page's path (with a second site in the tree, ``url`` is absolute)."""
    return urlsplit(page.url).path


@pytest.mark.usefixtures("finder_site")
def test_public_javascript_runs_under_the_policy(
    transactional_db, tree, live_server, new_page, settings, screenshot_dir
):
    settings.HUB_MAP_TILE_URL = tile_url(live_server)
    index = InitiativeIndexPageFactory(parent=tree.homes["de"])
    InitiativePageFactory(parent=index, title="Nähcafé Nord")
    event = EventPageFactory(
        parent=EventIndexPageFactory(parent=tree.homes["de"]), title="Sommerfest", capacity=20
    )
    occurrence = occurrences(event).first()
    page = new_page(viewport=(1280, 900))
    found = watch(page)

    # The finder in Arabic: map, tiles from a.localhost…c.localhost, a marker's popup.
    tiles = []
    page.on("requestfinished", lambda r: tiles.append(r.url) if "layers.png" in r.url else None)
    page.goto(f"{live_server.url}/ar/find-help/")
    page.locator("[data-finder-map-toggle] button").click()  # the map loads only when asked
    map_area = page.locator("[data-finder-map]")
    map_area.locator(".leaflet-marker-icon").first.wait_for()
    map_area.locator(".leaflet-tile-loaded").first.wait_for()
    assert {urlsplit(url).hostname for url in tiles} == {
        "a.localhost",
        "b.localhost",
        "c.localhost",
    }
    map_area.locator(".leaflet-marker-icon").first.click()
    map_area.locator(".leaflet-popup-content a").first.wait_for()
    page.screenshot(path=screenshot_dir / "csp-finder-ar.png")

    # The language switcher leads to the German finder.
    page.locator('.language-switcher a[hreflang="de"]').click()
    page.wait_for_load_state()
    assert urlsplit(page.url).path == "/de/hilfe-finden/"

    # The initiatives directory: directory.js opens the filters on a wide screen.
    page.goto(f"{live_server.url}{path_of(index)}")
    assert page.locator("details[data-filters]").get_attribute("open") is not None

    # The registration form of a date.
    page.goto(f"{live_server.url}{path_of(event)}{occurrence.pk}/")
    page.fill("#id_name", "Amal Haddad")
    page.fill("#id_email", "amal@example.org")
    page.check("#id_consent")
    page.wait_for_timeout(3200)  # the form refuses submissions faster than a human
    page.locator(".registration-form button[type=submit]").click()
    page.wait_for_load_state()
    assert Registration.objects.filter(email="amal@example.org").exists()

    # The map switched off: the finder is a list, and still nothing is blocked.
    settings.HUB_MAP_TILE_URL = ""
    page.goto(f"{live_server.url}/de/hilfe-finden/")
    assert not map_area.is_visible()

    assert found.problems() == []


def test_members_board_runs_under_the_policy(transactional_db, tree, live_server, new_page):
    members = build_members(tree)
    BoardEntryFactory(author=members.admin_b, title="Biete: Fahrräder für Kinder")
    page = new_page(viewport=(1280, 900))
    found = watch(page)
    page.goto(f"{live_server.url}/de/members/board/")
    page.fill("#id_username", "dora@example.org")
    page.fill("#id_password", PASSWORD)
    page.locator(".form-actions button").click()
    page.wait_for_load_state()
    assert urlsplit(page.url).path == "/de/members/board/"
    page.get_by_role("link", name="Biete: Fahrräder für Kinder").click()
    page.wait_for_load_state()
    assert found.problems() == []


def png_image(title: str):
    # A live-server test starts from flushed tables: no root collection yet.
    Collection.get_first_root_node() or Collection.add_root(name="Root")
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), (200, 80, 40)).save(buffer, "PNG")
    image = get_image_model()(title=title)
    image.file = ImageFile(buffer, name="sonne.png")
    image.save()
    return image


def log_in_to_admin(page, base: str, username: str) -> None:
    page.goto(f"{base}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_load_state()


def test_the_admin_works_under_its_policy(
    transactional_db, tree, live_server, new_page, screenshot_dir
):
    get_user_model().objects.create_superuser("chefin", "chefin@example.org", PASSWORD)
    index = InitiativeIndexPageFactory(parent=tree.homes["de"])
    initiative = InitiativePageFactory(parent=index, title="Nähcafé Nord")
    png_image("Sonnenblume")
    base = live_server.url
    page = new_page(viewport=(1400, 900), locale="en")
    found = watch(page)
    log_in_to_admin(page, base, "chefin")

    # On the public site an editor gets Wagtail's user bar: it runs under the public policy.
    page.goto(f"{base}/de/")
    page.locator("wagtail-userbar").wait_for(state="attached")
    assert page.evaluate("!!customElements.get('wagtail-userbar')")

    # Edit a page and save a draft.
    about = tree.about["de"]
    page.goto(f"{base}/admin/pages/{about.pk}/edit/")
    page.fill("#id_title", "Über uns (Entwurf)")
    page.locator("button.action-save").first.click()
    page.wait_for_load_state()
    assert Page.objects.get(pk=about.pk).get_latest_revision().as_object().title == (
        "Über uns (Entwurf)"
    )

    # The preview panel: the page in an iframe of the admin, with the public policy.
    page.locator("[data-side-panel-toggle='preview']").click()
    # Wagtail swaps in a fresh iframe on each reload: the newest one counts.
    frame = page.frame_locator("iframe.w-preview__iframe").last
    assert frame.locator("h1").first.inner_text(timeout=15_000) == "Über uns (Entwurf)"
    page.screenshot(path=screenshot_dir / "csp-admin-preview.png")

    # The image chooser of an initiative: search, choose, see it chosen.
    page.goto(f"{base}/admin/pages/{initiative.pk}/edit/")
    page.get_by_role("button", name="Choose an image").click()
    modal = page.locator(".modal")
    modal.locator("a.image-choice", has_text="Sonnenblume").click()
    page.locator("[data-chooser-title]", has_text="Sonnenblume").first.wait_for()
    page.screenshot(path=screenshot_dir / "csp-admin-image-chosen.png")

    # wagtail-localize's editor: translate the title of "Kontakt" into English, save.
    source, _created = TranslationSource.get_or_create_from_instance(tree.contact)
    job = Translation.objects.create(
        source=source, target_locale=Locale.objects.get(language_code="en")
    )
    job.save_target(publish=False)
    english = Page.objects.get(
        translation_key=tree.contact.translation_key, locale__language_code="en"
    )
    page.goto(f"{base}/admin/pages/{english.pk}/edit/")
    page.get_by_role("button", name="Translate").first.click()
    page.locator("textarea").first.fill("Contact")
    with page.expect_response(lambda response: response.request.method in ("POST", "PUT")):
        page.get_by_role("button", name="Save").first.click()
    page.screenshot(path=screenshot_dir / "csp-admin-localize.png")

    assert found.problems(ignore_missing=MEDIA) == []
