"""Finding what a Content-Security-Policy without 'unsafe-inline' would block in a page.

An HTML parser, not a regular expression: attributes may come in any order and quoting,
and a JSON island (``<script type="application/json">``) is data, not script — browsers
neither run it nor check it against the policy.
"""

from html.parser import HTMLParser

# Script types a browser does not execute ("data blocks").
DATA_SCRIPT_TYPES = {"application/json", "application/ld+json"}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data"}


class _Finder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self._script: dict | None = None
        self._script_text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        for name, value in values.items():
            if name.startswith("on"):
                self.found.append(f"<{tag} {name}=…> (event handler attribute)")
            if name == "style":
                self.found.append(f"<{tag} style=…> (inline style)")
            if name in URL_ATTRIBUTES and "".join(value.split()).lower().startswith("javascript:"):
                self.found.append(f"<{tag} {name}={value!r}> (javascript: URL)")
        if tag == "style":
            self.found.append("<style> element (inline style)")
        if tag == "script":
            self._script = values
            self._script_text = []

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self._script_text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag != "script" or self._script is None:
            return
        kind = self._script.get("type", "").split(";")[0].strip().lower()
        text = "".join(self._script_text).strip()
        if kind not in DATA_SCRIPT_TYPES and ("src" not in self._script or text):
            self.found.append(f"inline <script>: {text[:80]!r}")
        self._script = None


def inline_code(html: str) -> list[str]:
    """Everything in ``html`` that needs 'unsafe-inline' for scripts or styles."""
    finder = _Finder()
    finder.feed(html)
    finder.close()
    return finder.found


def parse_policy(header: str) -> dict[str, set[str]]:
    """``"a 'self'; b x y"`` → ``{"a": {"'self'"}, "b": {"x", "y"}}``."""
    policy = {}
    for part in header.split(";"):
        words = part.split()
        if words:
            policy[words[0].lower()] = set(words[1:])
    return policy
