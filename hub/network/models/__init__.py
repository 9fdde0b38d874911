"""Member organisations: the directory page, organisation profiles, their offices with
office hours, and their contact persons (one module per part of the profile)."""

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
