"""The network app's hooks into the Wagtail admin: its record listings
(``hub.network.admin``) and the members' area hooks (``hub.network.members.hooks``)."""

from wagtail import hooks
from wagtail_modeladmin.options import modeladmin_register

from hub.network.admin.menu import MemberOrganisationsGroup, admin_url_patterns
from hub.network.members import hooks as member_hooks  # noqa: F401 - registers its hooks

modeladmin_register(MemberOrganisationsGroup)
hooks.register("register_admin_urls", admin_url_patterns)
