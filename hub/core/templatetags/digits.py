"""``digits``: what the site writes (dates, times, counts) in the language's own digits.

``{{ day|date:"DATE_FORMAT"|digits }}`` for one value, ``{% filter digits %}`` around a
translated sentence with a count; tags, URLs and e-mail addresses inside are left alone.
Never for machine-readable values (``datetime=""`` attributes, URLs) or for what people
wrote. See ``hub.core.digits``.
"""

from django import template

from hub.core.digits import native_digits

register = template.Library()


@register.filter(is_safe=True)
def digits(value):
    return native_digits(value)
