"""``manage.py rebuild_search_index``: index every live page's text again.

Not needed after a deploy (``migrate`` indexes what is missing or was indexed under other
normalisation rules); for repairs, and to drop the words of deleted pages from the
vocabulary that typo tolerance looks up.
"""

from django.core.management.base import BaseCommand

from hub.pages.search.indexing import rebuild


class Command(BaseCommand):
    help = "Rebuild the site search index from the live pages."

    def handle(self, *args, **options) -> None:
        count = rebuild()
        self.stdout.write(f"Indexed {count} pages.")
