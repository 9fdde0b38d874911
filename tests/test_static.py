"""The stylesheet uses logical properties only, so right-to-left pages mirror."""

import re
from pathlib import Path

CSS = Path(__file__).resolve().parent.parent / "hub" / "static" / "css"
PHYSICAL = re.compile(
    r"^[ \t]*(?:margin|padding|border|inset)-(?:left|right|top|bottom)\b"
    r"|^[ \t]*(?:left|right|top|bottom)[ \t]*:"
    r"|^[ \t]*(?:float|clear|text-align)[ \t]*:[ \t]*(?:left|right)\b"
    # three or four values in a shorthand name sides physically
    r"|^[ \t]*(?:margin|padding|inset)[ \t]*:[ \t]*[^;\s]+[ \t]+[^;\s]+[ \t]+[^;\s]+",
    re.MULTILINE,
)


def test_css_has_no_physical_direction_properties():
    files = sorted(CSS.glob("*.css"))
    assert files, "no stylesheet found"
    for path in files:
        found = PHYSICAL.findall(path.read_text())
        assert not found, f"{path.name}: {found}"
