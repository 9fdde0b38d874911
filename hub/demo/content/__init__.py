"""The demo texts, one module per page, each German string beside its translations.

``PAGES`` is in menu order. Pages refer to each other by ``key``. The initiatives
directory (``INDEX``) has its own package of initiatives and the taxonomy terms they use;
the calendar (``CALENDAR``) has the network meeting, single events and registrations;
the organisations directory (``ORGANISATION_INDEX``) has the member organisations, whose
offices the "find help" page (``FIND_HELP``) searches.
"""

from hub.demo.content.about import PAGE as ABOUT
from hub.demo.content.accessibility import PAGE as ACCESSIBILITY
from hub.demo.content.calendar import CALENDAR, CANCELLED_DATE, MEETING
from hub.demo.content.contact import PAGE as CONTACT
from hub.demo.content.directory import INDEX
from hub.demo.content.events import COOKING_EVENING, SINGLE_EVENTS
from hub.demo.content.find_help import FIND_HELP
from hub.demo.content.footer import FOOTER
from hub.demo.content.get_involved import PAGE as GET_INVOLVED
from hub.demo.content.home import PAGE as HOME
from hub.demo.content.imprint import PAGE as IMPRINT
from hub.demo.content.initiatives import INITIATIVES
from hub.demo.content.organisations import ORGANISATION_INDEX, ORGANISATIONS
from hub.demo.content.places import DISTRICTS, PLACES, SPOKEN_LANGUAGES
from hub.demo.content.privacy import PAGE as PRIVACY
from hub.demo.content.registrations import COOKING_REGISTRANTS, MEETING_REGISTRANTS
from hub.demo.content.tags import TAG_LABELS
from hub.demo.content.terms import CATEGORIES, TARGET_GROUPS

PAGES = (ABOUT, GET_INVOLVED, CONTACT, PRIVACY, IMPRINT, ACCESSIBILITY)
TERMS = (*CATEGORIES, *TARGET_GROUPS, *DISTRICTS, *SPOKEN_LANGUAGES, *TAG_LABELS)
EVENTS = (MEETING, *SINGLE_EVENTS)
# Who is registered for the next date of which event.
REGISTRATIONS = (
    (MEETING.key, MEETING_REGISTRANTS),
    (COOKING_EVENING.key, COOKING_REGISTRANTS),
)

__all__ = [
    "CALENDAR",
    "CANCELLED_DATE",
    "EVENTS",
    "FIND_HELP",
    "FOOTER",
    "HOME",
    "INDEX",
    "INITIATIVES",
    "ORGANISATIONS",
    "ORGANISATION_INDEX",
    "PAGES",
    "PLACES",
    "REGISTRATIONS",
    "TERMS",
]
