"""Member organisations: the directory page, organisation profiles, their offices with
office hours, their contact persons (one module per part of the profile), the "find help"
page that searches the offices, and the memberships, profile changes and membership
applications of organisations, the individuals admitted to the members' area, the
members' own profiles in the members' directory, and the members' exchange board."""

from hub.network.models.admissions import IndividualMember
from hub.network.models.board import (
    BoardDigest,
    BoardDigestItem,
    BoardEntry,
    BoardKind,
    BoardReply,
    BoardReport,
    NotificationFrequency,
    NotificationPreference,
)
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
from hub.network.models.profiles import MemberProfile, Visibility

__all__ = [
    "BarrierFree",
    "BoardDigest",
    "BoardDigestItem",
    "BoardEntry",
    "BoardKind",
    "BoardReply",
    "BoardReport",
    "ContactPerson",
    "FindHelpPage",
    "HoursKind",
    "MemberProfile",
    "IndividualMember",
    "MemberRole",
    "Membership",
    "MembershipApplication",
    "NotificationFrequency",
    "NotificationPreference",
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
    "Visibility",
    "Weekday",
]
