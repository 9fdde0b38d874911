"""The network app's hooks into the Wagtail admin: its record listings
(``hub.network.admin``), the members' area hooks (``hub.network.members.hooks``) and the
pages phones keep offline (``hub.network.offline``)."""

from wagtail import hooks
from wagtail_modeladmin.options import modeladmin_register

from hub.network import offline  # noqa: F401 - registers its hook
from hub.network.admin.menu import MemberOrganisationsGroup, admin_url_patterns
from hub.network.members import hooks as member_hooks  # noqa: F401 - registers its hooks

modeladmin_register(MemberOrganisationsGroup)
hooks.register("register_admin_urls", admin_url_patterns)
