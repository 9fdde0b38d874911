"""Reading Wagtail admin pages in tests."""

import html
import re

_H1 = re.compile(r'<h1 class="w-header__title"[^>]*>(.*?)</h1>', re.S)


def admin_title(page: str) -> str:
    """The text of the admin header's <h1> ("" if there is none), subtitle included."""
    match = _H1.search(page)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", match.group(1))).split()) if match else ""
