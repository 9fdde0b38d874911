"""schema.org JSON-LD for every page type: dropping empty values, rendering for a script.

Inside <script>, "</script>" or "<!--" in a text would end or break the element; the JSON
escapes used instead are equivalent for every JSON parser.
"""

import json

from django.utils.safestring import SafeString, mark_safe

IMAGE_SPEC = "max-1200x1200"
_SCRIPT_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def compact(data: dict) -> dict:
    """``data`` without the keys whose value is empty."""
    return {key: value for key, value in data.items() if value not in (None, "", [], {})}


def to_script(data) -> SafeString:
    """JSON safe to place inside ``<script type="application/ld+json">``."""
    text = json.dumps(data, ensure_ascii=False, indent=None)
    return mark_safe(text.translate(_SCRIPT_SAFE))  # noqa: S308 - every "<" is escaped above
