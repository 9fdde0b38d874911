"""``manage.py setup_translator_groups``: the groups translators belong to.

"Translators" may translate into every content language but the source; "Translators
(<code>)" into one language each. Run it after adding a language; it is idempotent.
"""

from django.core.management.base import BaseCommand
from wagtail.models import Site

from hub.pages.translators.groups import ensure_translator_groups


class Command(BaseCommand):
    help = "Create or update the translator groups and their page permissions."

    def handle(self, *args, **options) -> None:
        homes = []
        for site in Site.objects.select_related("root_page"):
            root = site.root_page
            homes += [root, *root.get_translations()]
        groups = ensure_translator_groups(homes)
        for name in groups:
            self.stdout.write(f"  {name}")
        self.stdout.write(self.style.SUCCESS(f"{len(groups)} translator groups ready."))
