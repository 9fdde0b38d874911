"""Member organisations: the directory page, organisation profiles, their offices with
office hours, their contact persons, and the "find help" page that searches the offices
(one module per part)."""

from hub.network.models.finder import FindHelpPage
from hub.network.models.offices import (
    BarrierFree,
    HoursKind,
    Office,
    OfficeClosure,
    OfficeHours,
    OfficeSpecialDate,
    Ordinal,
    Weekday,
)
from hub.network.models.pages import OrganisationIndexPage, OrganisationKind, OrganisationPage
from hub.network.models.people import ContactPerson, SocialLink

__all__ = [
    "BarrierFree",
    "ContactPerson",
    "FindHelpPage",
    "HoursKind",
    "Office",
    "OfficeClosure",
    "OfficeHours",
    "OfficeSpecialDate",
    "Ordinal",
    "OrganisationIndexPage",
    "OrganisationKind",
    "OrganisationPage",
    "SocialLink",
    "Weekday",
]
