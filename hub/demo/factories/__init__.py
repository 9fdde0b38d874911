"""factory-boy factories for pages, snippets, events, organisations and users.

Shared by the tests and ``manage.py load_demo_data``, so they know nothing about the demo.
Pages are saved with a revision and published, as an editor would leave them; pass
``publish=False`` for a draft. Without ``parent`` a ``HomePageFactory`` page goes under
Wagtail's root and a ``ContentPageFactory`` page under a new home page.

Stream fields take either raw data (``body=paragraph("<p>…</p>")``, see ``blocks``) or
wagtail-factories' syntax (``body__0__heading__text="Über uns"``).

Taxonomy terms are made in the default locale; an ``InitiativePageFactory`` page takes
them as lists (``categories=[…]``) and its tags as names (``tags=["abends"]``). Page
factories with ``translations=("en", "ar")`` publish copies in those languages
(``pages.translate``: straight through Wagtail, not the translators' workflow).
"""
