"""Every model of the network app, one module per topic (see ``hub.network``):

- ``organisations``: the list of member organisations and one page per organisation
- ``offices``: an organisation's offices, their hours, closures and special dates
- ``people``: an organisation's contact persons and links
- ``finder``: the "find help" page
- ``memberships``: memberships, changes members propose to their organisation's page
  (``ProfileChange``), membership applications
- ``individual_members``: people admitted to the members' area without an organisation
- ``member_profiles``: a member's own profile in the members' directory
- ``board``: the members' exchange board
"""

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
from hub.network.models.individual_members import IndividualMember
from hub.network.models.member_profiles import MemberProfile, Visibility
from hub.network.models.memberships import (
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
from hub.network.models.organisations import (
    OrganisationIndexPage,
    OrganisationKind,
    OrganisationPage,
)
from hub.network.models.people import ContactPerson, SocialLink

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
