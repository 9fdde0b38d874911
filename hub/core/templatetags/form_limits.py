"""``{% field_widget field %}`` and ``{% length_limit field %}``: a free-text field's
input tied to the note of its limit, and the note with what ``counter.js`` needs.

See ``hub.core.form_fields.length_limit``; ``templates/base.html`` loads the script
(deferred, in the head: a ``<script>`` inside the page's content would look like injected
markup to the checks that keep people's texts inert).
"""

from django import template
from django.forms import BoundField
from django.utils.safestring import SafeString

from hub.core.digits import NUMBERING_SYSTEMS, numbering_system
from hub.core.form_fields import length_limit as field_limit

register = template.Library()


def _limit_id(field: BoundField) -> str:
    return f"{field.auto_id}_limit"


@register.simple_tag
def field_widget(field: BoundField) -> SafeString:
    """The field's input; a limited one is also described by its limit note."""
    if not field_limit(field) or not field.auto_id:
        return field.as_widget()
    described = field.field.widget.attrs.get("aria-describedby") or field.aria_describedby
    ids = " ".join(filter(None, [described, _limit_id(field)]))
    return field.as_widget(attrs={"aria-describedby": ids})


@register.inclusion_tag("includes/length_limit.html")
def length_limit(field: BoundField) -> dict:
    limit = field_limit(field) if field.auto_id else None
    return {
        "limit": limit,
        "limit_id": _limit_id(field),
        "status_id": f"{field.auto_id}_count",
        "digits": NUMBERING_SYSTEMS[numbering_system()],
    }
