"""scripts/check_catalogs.py fails the build for every gap a visitor would see."""

import os
import subprocess
import sys
import time
from pathlib import Path

import polib
import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "check_catalogs.py"

HEADER = """\
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Language: {code}\\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\\n"
"""

COMPLETE = """
msgid "Search"
msgstr "Suche"

msgctxt "navigation"
msgid "Home"
msgstr "Startseite"

msgid "%(count)s seat left"
msgid_plural "%(count)s seats left"
msgstr[0] "%(count)s Platz frei"
msgstr[1] "%(count)s Plätze frei"
"""


def write_catalog(locale_dir: Path, code: str, body: str, domain: str = "django") -> Path:
    """A .po file with a proper header and ``body``, compiled to an up-to-date .mo."""
    messages_dir = locale_dir / code / "LC_MESSAGES"
    messages_dir.mkdir(parents=True, exist_ok=True)
    po_path = messages_dir / f"{domain}.po"
    po_path.write_text(HEADER.format(code=code) + body, encoding="utf-8")
    polib.pofile(str(po_path)).save_as_mofile(str(po_path.with_suffix(".mo")))
    return po_path


def check(locale_dir: Path, *codes: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), "--locale-dir", str(locale_dir), *codes],
        capture_output=True,
        text=True,
        check=False,
    )


def test_complete_catalogs_pass(tmp_path):
    write_catalog(tmp_path, "de", COMPLETE)
    write_catalog(tmp_path, "ar", COMPLETE)
    write_catalog(tmp_path, "ar", 'msgid "Close"\nmsgstr "إغلاق"\n', domain="djangojs")

    result = check(tmp_path, "de", "ar")

    assert result.returncode == 0, result.stdout
    assert result.stdout.strip() == "catalogs complete: de (3), ar (4)"


def test_languages_default_to_the_configured_ones(tmp_path):
    for code in ("de", "en", "ar", "fa", "fr"):
        write_catalog(tmp_path, code, COMPLETE)

    result = check(tmp_path)

    assert result.returncode == 0, result.stdout
    assert result.stdout.strip() == ("catalogs complete: de (3), en (3), ar (3), fa (3), fr (3)")


def test_a_catalog_of_a_language_not_configured_here_is_checked_too(tmp_path):
    """A language added in production's HUB_LANGUAGES only still has its catalog checked."""
    for code in ("de", "en", "ar", "fa", "fr"):
        write_catalog(tmp_path, code, COMPLETE)
    write_catalog(tmp_path, "uk", '\nmsgid "Register"\nmsgstr ""\n')

    result = check(tmp_path)

    assert result.returncode == 1
    assert 'uk/LC_MESSAGES/django.po:7: untranslated: "Register"' in result.stdout
    assert "in de, en, ar, fa, fr, uk" in result.stdout


@pytest.mark.parametrize(
    ("body", "line", "kind", "msgid"),
    [
        pytest.param('\nmsgid "Register"\nmsgstr ""\n', 7, "untranslated", "Register", id="empty"),
        pytest.param(
            '\n#, fuzzy\nmsgid "Register"\nmsgstr "Anmelden"\n',
            7,
            "fuzzy",
            "Register",
            id="fuzzy",
        ),
        pytest.param(
            '\nmsgid "one seat"\nmsgid_plural "%(n)s seats"\nmsgstr[0] "ein Platz"\nmsgstr[1] ""\n',
            7,
            "untranslated",
            "one seat",
            id="empty-plural-form",
        ),
        pytest.param(
            '\nmsgid "one seat"\nmsgid_plural "%(n)s seats"\nmsgstr[0] "ein Platz"\n',
            7,
            "untranslated",
            "one seat",
            id="missing-plural-form",
        ),
        pytest.param(
            '\n#~ msgid "Old text"\n#~ msgstr "Alter Text"\n',
            7,
            "obsolete",
            "Old text",
            id="obsolete",
        ),
    ],
)
def test_each_gap_is_reported_with_its_line(tmp_path, body, line, kind, msgid):
    po_path = write_catalog(tmp_path, "de", body + COMPLETE)

    result = check(tmp_path, "de")

    assert result.returncode == 1
    assert f'{po_path}:{line}: {kind}: "{msgid}"' in result.stdout.splitlines()


def test_gaps_in_the_javascript_catalog_count_too(tmp_path):
    write_catalog(tmp_path, "fa", COMPLETE)
    js_path = write_catalog(tmp_path, "fa", '\nmsgid "Close"\nmsgstr ""\n', domain="djangojs")

    result = check(tmp_path, "fa")

    assert result.returncode == 1
    assert f'{js_path}:7: untranslated: "Close"' in result.stdout


def test_fuzzy_header_is_reported(tmp_path):
    po_path = write_catalog(tmp_path, "fr", "")
    po_path.write_text("#, fuzzy\n" + po_path.read_text(encoding="utf-8"), encoding="utf-8")
    polib.pofile(str(po_path)).save_as_mofile(str(po_path.with_suffix(".mo")))

    result = check(tmp_path, "fr")

    assert result.returncode == 1
    assert f"{po_path}:1: fuzzy header" in result.stdout


def test_missing_catalog_is_reported(tmp_path):
    write_catalog(tmp_path, "de", COMPLETE)

    result = check(tmp_path, "de", "fa")

    assert result.returncode == 1
    assert f"{tmp_path / 'fa' / 'LC_MESSAGES' / 'django.po'}: missing" in result.stdout


def test_missing_mo_is_reported(tmp_path):
    po_path = write_catalog(tmp_path, "de", COMPLETE)
    po_path.with_suffix(".mo").unlink()

    result = check(tmp_path, "de")

    assert result.returncode == 1
    assert f"{po_path.with_suffix('.mo')}:1: missing" in result.stdout


def test_mo_older_than_po_is_reported(tmp_path):
    po_path = write_catalog(tmp_path, "de", COMPLETE)
    an_hour_ago = time.time() - 3600
    os.utime(po_path.with_suffix(".mo"), (an_hour_ago, an_hour_ago))

    result = check(tmp_path, "de")

    assert result.returncode == 1
    assert f"{po_path.with_suffix('.mo')}:1: older than django.po" in result.stdout


def test_mo_compiled_from_an_older_po_is_reported(tmp_path):
    po_path = write_catalog(tmp_path, "de", COMPLETE)
    mo_path = po_path.with_suffix(".mo")
    write_catalog(tmp_path, "de", COMPLETE + '\nmsgid "Register"\nmsgstr "Anmelden"\n')
    old_mo = polib.pofile(HEADER.format(code="de") + COMPLETE)
    old_mo.save_as_mofile(str(mo_path))

    result = check(tmp_path, "de")

    assert result.returncode == 1
    assert f'{mo_path}:1: out of date (1 translations missing, first "Register")' in (result.stdout)
