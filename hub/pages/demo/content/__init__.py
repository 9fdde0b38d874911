"""The demo texts, one module per page, each German string beside its translations.

``PAGES`` is in menu order. Pages refer to each other by ``key``.
"""

from hub.pages.demo.content.about import PAGE as ABOUT
from hub.pages.demo.content.contact import PAGE as CONTACT
from hub.pages.demo.content.footer import FOOTER
from hub.pages.demo.content.get_involved import PAGE as GET_INVOLVED
from hub.pages.demo.content.home import PAGE as HOME
from hub.pages.demo.content.imprint import PAGE as IMPRINT
from hub.pages.demo.content.privacy import PAGE as PRIVACY

PAGES = (ABOUT, GET_INVOLVED, CONTACT, PRIVACY, IMPRINT)

__all__ = ["FOOTER", "HOME", "PAGES"]
