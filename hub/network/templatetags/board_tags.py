"""How members' plain text appears on the board: escaped, line breaks kept, web addresses
as links that pass no referrer rights (``rel="nofollow noopener"``). No HTML people typed
is ever rendered: urlize escapes all of it and adds only its own links."""

from django import template
from django.utils.html import urlize
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

register = template.Library()


@register.filter
def board_text(value) -> str:
    # autoescape=True: urlize escapes every word, and the links it builds, itself.
    linked = urlize(str(value or ""), nofollow=True, autoescape=True)
    linked = linked.replace('rel="nofollow"', 'rel="nofollow noopener"')
    lines = linked.replace("\r\n", "\n").split("\n")
    return mark_safe("<br>".join(lines))  # noqa: S308 - escaped by urlize


@register.filter
def member_name(user) -> str:
    """A person's name, or "former member" once their account is gone."""
    if user is None:
        return _("former member")
    return user.get_full_name() or user.get_username()


@register.filter
def lookup(mapping, key):
    return (mapping or {}).get(key, "")
