"""factory-boy factories for pages, snippets, events, organisations and users.

Shared by the tests and ``manage.py load_demo_data``, so they know nothing about the demo.
Pages are saved with a revision and published, as an editor would leave them; pass
``publish=False`` for a draft. Without ``parent`` a ``HomePageFactory`` page goes under
Wagtail's root and a ``ContentPageFactory`` page under a new home page.

Stream fields take raw data (``body=paragraph("<p>…</p>")``, see ``blocks``); the home
page's highlights also wagtail-factories' syntax (``highlights__0__highlight__title=…``).

Defaults are plain and fixed (a title, its slug, a summary), so a test states what it
relies on; the demo passes every field itself.

Taxonomy terms are made in the default locale (``translations={"en": …}`` adds copies;
``snippets.translated_terms()`` makes a small translated set); an
``InitiativePageFactory`` page takes them as ``terms=[…]`` or per field
(``categories=[…]``) and its tags as names (``tags=["abends"]``). Page factories with
``translations=("en", "ar")`` publish copies in those languages (``pages.translate``:
straight through Wagtail, not the translators' workflow); ``pages.by_language(page)``
returns them by language code. ``site.build_tree()`` makes the small multilingual site
that most tests start from.
"""
