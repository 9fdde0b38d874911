"""manage.py load_demo_data: multilingual, idempotent, with working logins.

Loading the demo takes seconds, so each test checks several things about one load.
"""

from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page, Site
from wagtail_localize.models import Translation

from hub.snippets.models import SiteFooter

LANGUAGES = {"de", "en", "ar", "fa", "fr"}


def counts() -> dict[str, int]:
    return {
        "pages": Page.objects.count(),
        "footers": SiteFooter.objects.count(),
        "users": get_user_model().objects.count(),
        "translations": Translation.objects.count(),
    }


def test_demo_content(db, settings, capsys, client):
    settings.HUB_BASE_URL = "http://127.0.0.1:8123"
    call_command("load_demo_data")
    first = counts()

    # Served where make run serves it: absolute URLs (sitemap, hreflang) are right.
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("127.0.0.1", 8123)

    # Home and five content pages, each live in every language, translated through
    # wagtail-localize; the footer too.
    german = site.root_page.get_descendants(inclusive=True).live()
    assert german.count() == 6
    for page in german:
        translations = page.get_translations(inclusive=True).live()
        languages = set(translations.values_list("locale__language_code", flat=True))
        assert languages == LANGUAGES, page.title
    assert Translation.objects.count() == 7 * 4
    assert set(SiteFooter.objects.values_list("locale__language_code", flat=True)) == LANGUAGES

    for url, text in [
        ("/de/ueber-uns/", "Über uns"),
        ("/en/about-us/", "About us"),
        ("/fr/a-propos/", "À propos"),
        ("/ar/about-us/", 'dir="rtl"'),
        ("/fa/get-involved/", 'lang="fa"'),
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert text in html, url
        assert "notice--fallback" not in html, url

    # A second run changes nothing and prints the logins again.
    capsys.readouterr()
    call_command("load_demo_data")
    assert counts() == first
    output = capsys.readouterr().out
    for username in ("admin", "redaktion", "uebersetzerin", "mitglied"):
        assert username in output
    assert "http://127.0.0.1:8123/admin/" in output
    assert "hub-demo" in output

    assert client.login(username="redaktion", password="hub-demo")
    assert client.get("/admin/").status_code == 200
    client.logout()
    assert client.login(username="mitglied", password="hub-demo")
    assert client.get("/admin/").status_code == 302  # members have no admin access


def test_demo_password_from_environment(db, monkeypatch, client):
    monkeypatch.setenv("HUB_DEMO_PASSWORD", "anderes-passwort-7")
    call_command("load_demo_data")
    assert client.login(username="admin", password="anderes-passwort-7")
