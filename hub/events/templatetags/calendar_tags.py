"""Template tags through which other apps' pages show the calendar.

The home page (``hub.pages``) shows the next meeting; ``hub.pages`` sits below the
events app and must not import it, so its template asks this tag instead.
"""

from django import template

from hub.events.calendar.home import next_meeting as next_meeting_of

register = template.Library()


@register.simple_tag(takes_context=True)
def next_meeting(context, home) -> dict:
    """The next date of ``home``'s calendar and the calendar's URL (``{}`` without one)."""
    return next_meeting_of(context["request"], home)
