"""``manage.py setup_translator_groups``: the groups translators belong to.

"Translators" may translate into every content language but the source; "Translators
(<code>)" into one language each. Their rights are on the home pages of their languages,
so after adding a language run it once an editor has translated the home page into it
(it says which languages still lack one); it is idempotent.
"""

from django.core.management.base import BaseCommand
from wagtail.models import Site

from hub.localization.translators.groups import ensure_translator_groups, languages_without_home


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
        for code in languages_without_home(homes):
            self.stdout.write(
                self.style.WARNING(
                    f"No home page in {code!r} yet: translators of {code!r} can edit nothing. "
                    "Translate the home page into it (Pages → home page → Translate), "
                    "then run this command again."
                )
            )
