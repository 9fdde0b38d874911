"""Member organisations: the directory page, organisation profiles, their offices with
office hours, their contact persons (one module per part of the profile), the "find help"
page that searches the offices, and the memberships, profile changes and membership
applications of organisations, and the individuals admitted to the members' area."""

from hub.network.models.admissions import IndividualMember
from hub.network.models.finder import FindHelpPage
from hub.network.models.members import (
    MemberRole,
    Membership,
    MembershipApplication,
    ProfileChange,
)
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
    "IndividualMember",
    "MemberRole",
    "Membership",
    "MembershipApplication",
    "Office",
    "OfficeClosure",
    "OfficeHours",
    "OfficeSpecialDate",
    "Ordinal",
    "OrganisationIndexPage",
    "OrganisationKind",
    "OrganisationPage",
    "ProfileChange",
    "SocialLink",
    "Weekday",
]
