"""The demo texts, one module per page, each German string beside its translations.

``PAGES`` is in menu order. Pages refer to each other by ``key``. The initiatives
directory (``INDEX``) has its own package of initiatives and the taxonomy terms they use.
"""

from hub.pages.demo.content.about import PAGE as ABOUT
from hub.pages.demo.content.contact import PAGE as CONTACT
from hub.pages.demo.content.directory import INDEX
from hub.pages.demo.content.footer import FOOTER
from hub.pages.demo.content.get_involved import PAGE as GET_INVOLVED
from hub.pages.demo.content.home import PAGE as HOME
from hub.pages.demo.content.imprint import PAGE as IMPRINT
from hub.pages.demo.content.initiatives import INITIATIVES
from hub.pages.demo.content.places import DISTRICTS, PLACES, SPOKEN_LANGUAGES
from hub.pages.demo.content.privacy import PAGE as PRIVACY
from hub.pages.demo.content.terms import CATEGORIES, TARGET_GROUPS

PAGES = (ABOUT, GET_INVOLVED, CONTACT, PRIVACY, IMPRINT)
TERMS = (*CATEGORIES, *TARGET_GROUPS, *DISTRICTS, *SPOKEN_LANGUAGES)

__all__ = ["FOOTER", "HOME", "INDEX", "INITIATIVES", "PAGES", "PLACES", "TERMS"]
