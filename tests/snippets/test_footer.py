"""The footer snippet appears in the visitor's language, else in the source language."""

from wagtail.models import Locale

from hub.snippets.models import SiteFooter


def footer_html(client, code: str) -> str:
    html = client.get(f"/{code}/").content.decode()
    return html.split('<footer class="site-footer">', 1)[1]


def test_footer_in_the_visitors_language(client, tree):
    german = SiteFooter.objects.get(locale__language_code="de")
    arabic = german.copy_for_translation(Locale.objects.get(language_code="ar"))
    arabic.name = "شبكة الترحيب"
    arabic.save()
    html = footer_html(client, "ar")
    assert "شبكة الترحيب" in html
    assert "kontakt@example.org" in html
    assert 'lang="' not in html.split("</h2>", 1)[0]  # in the page's own language


def test_footer_falls_back_to_source_language(client, tree):
    html = footer_html(client, "fr")
    assert "Netzwerk Willkommen" in html
    assert 'lang="de"' in html


def test_site_specific_footer_wins(client, tree):
    SiteFooter.objects.create(
        locale=Locale.objects.get(language_code="de"), site=tree.site, name="Lindenstadt hilft"
    )
    assert "Lindenstadt hilft" in footer_html(client, "de")
