"""Check that every UI language's gettext catalog is complete and compiled.

    python scripts/check_catalogs.py [--locale-dir DIR] [CODE ...]

A missing translation does not break a page: Django silently shows the source string, so a
Persian visitor meets German or English words and nobody notices. ``make check`` runs this
script to turn that into a failing build. For each language (by default the configured
``HUB_LANGUAGES``, i.e. ``de en ar fa fr``, and every other language that has a catalog
under the locale directory) ``locale/<code>/LC_MESSAGES/django.po`` must exist, and it
and ``djangojs.po`` (where present) must have

- no untranslated entry (empty ``msgstr``, or any empty or missing plural form),
- no fuzzy entry and no fuzzy header (gettext ignores fuzzy translations),
- no obsolete ``#~`` entry (left over from strings the code no longer uses),
- a compiled ``.mo`` beside it that is not older than the ``.po`` and holds all its
  translations (``make compilemessages`` refreshes it).

Exits 1 listing each problem as ``PATH:LINE: KIND: "msgid"``, else 0 with a one-line
summary of translated messages per language.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path

import polib

REPO_ROOT = Path(__file__).resolve().parent.parent
DOMAINS = ("django", "djangojs")
MSGID_PREVIEW = 60

try:
    sys.path.insert(0, str(REPO_ROOT))
    from hub.settings.languages import parse_codes, with_catalogs
except ImportError:  # pragma: no cover - only when run outside the project

    def parse_codes(raw: str | None) -> list[str]:
        return raw.split(",") if raw else ["de", "en", "ar", "fa", "fr"]

    def with_catalogs(codes: list[str], locale_dir: Path) -> list[str]:
        return codes


def default_codes(locale_dir: Path) -> list[str]:
    """The languages the site is configured for, exactly as hub.settings reads them, then
    any other language with a catalog in ``locale_dir``."""
    return with_catalogs(parse_codes(os.environ.get("HUB_LANGUAGES")), locale_dir)


def _preview(msgid: str) -> str:
    text = msgid.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return text if len(text) <= MSGID_PREVIEW else text[: MSGID_PREVIEW - 1] + "…"


def _nplurals(po: polib.POFile) -> int | None:
    match = re.search(r"nplurals\s*=\s*(\d+)", po.metadata.get("Plural-Forms", ""))
    return int(match.group(1)) if match else None


def is_untranslated(entry: polib.POEntry, nplurals: int | None) -> bool:
    if entry.msgid_plural:
        forms = entry.msgstr_plural
        expected = range(nplurals) if nplurals else forms.keys()
        return not forms or any(not forms.get(index) for index in expected)
    return not entry.msgstr


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def check_catalog(po_path: Path) -> tuple[list[str], int]:
    """Problems in one ``.po`` file and its ``.mo``, and its number of translated messages."""
    where = _display(po_path)
    try:
        po = polib.pofile(str(po_path), wrapwidth=0)
    except (OSError, ValueError) as error:
        return [f"{where}:1: unreadable: {error}"], 0

    problems: list[str] = []
    if "fuzzy" in (po.metadata_is_fuzzy or ()):
        problems.append(f"{where}:1: fuzzy header: remove '#, fuzzy' once the catalog is done")
    nplurals = _nplurals(po)
    if nplurals is None and any(entry.msgid_plural for entry in po):
        problems.append(f"{where}:1: no Plural-Forms header, but the catalog has plurals")

    translated = 0
    for entry in po:
        if entry.obsolete:
            kind = "obsolete"
        elif entry.fuzzy:
            kind = "fuzzy"
        elif is_untranslated(entry, nplurals):
            kind = "untranslated"
        else:
            translated += 1
            continue
        problems.append(f'{where}:{entry.linenum}: {kind}: "{_preview(entry.msgid)}"')

    problems += _check_compiled(po_path, po)
    return problems, translated


def _check_compiled(po_path: Path, po: polib.POFile) -> list[str]:
    mo_path = po_path.with_suffix(".mo")
    where = _display(mo_path)
    if not mo_path.exists():
        return [f"{where}:1: missing: run `make compilemessages`"]
    if mo_path.stat().st_mtime < po_path.stat().st_mtime:
        return [f"{where}:1: older than {po_path.name}: run `make compilemessages`"]
    try:
        compiled = {(entry.msgctxt, entry.msgid) for entry in polib.mofile(str(mo_path))}
    except (OSError, ValueError) as error:
        return [f"{where}:1: unreadable: {error}"]
    stale = [
        entry for entry in po.translated_entries() if (entry.msgctxt, entry.msgid) not in compiled
    ]
    if stale:
        return [
            f"{where}:1: out of date ({len(stale)} translations missing, first "
            f'"{_preview(stale[0].msgid)}"): run `make compilemessages`'
        ]
    return []


def check_language(locale_dir: Path, code: str) -> tuple[list[str], int]:
    messages_dir = locale_dir / code / "LC_MESSAGES"
    problems: list[str] = []
    translated = 0
    for domain in DOMAINS:
        po_path = messages_dir / f"{domain}.po"
        if not po_path.exists():
            if domain == "django":
                problems.append(f"{_display(po_path)}: missing: run `make messages`")
            continue
        catalog_problems, catalog_translated = check_catalog(po_path)
        problems += catalog_problems
        translated += catalog_translated
    return problems, translated


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "codes",
        nargs="*",
        metavar="CODE",
        help="language codes (default: HUB_LANGUAGES and every catalog's)",
    )
    parser.add_argument(
        "--locale-dir",
        type=Path,
        default=REPO_ROOT / "locale",
        help="directory holding <code>/LC_MESSAGES/ (default: the project's locale/)",
    )
    args = parser.parse_args(argv)
    codes = args.codes or default_codes(args.locale_dir)

    problems: list[str] = []
    counts: list[str] = []
    for code in codes:
        language_problems, translated = check_language(args.locale_dir, code)
        problems += language_problems
        counts.append(f"{code} ({translated})")

    # Plain stdout writes: the report is this script's output, not debugging left behind.
    if problems:
        problems.append(f"check_catalogs: {len(problems)} problem(s) in {', '.join(codes)}")
        sys.stdout.write("\n".join(problems) + "\n")
        return 1
    sys.stdout.write(f"catalogs complete: {', '.join(counts)}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
