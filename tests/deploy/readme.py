"""The deployment recipe as the README writes it: the blocks between ``<!-- deploy:NAME -->``
and ``<!-- /deploy:NAME -->`` in the section "Deploying".

The test runs these blocks and keeps no copy of its own, so a change to the README is a
change to what is tested, and a README that drifts from a working deployment fails.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

README = Path(__file__).resolve().parents[2] / "README.md"
FENCED = re.compile(r"^```[\w-]*\n(?P<body>.*?)^```\s*$", re.MULTILINE | re.DOTALL)


class RecipeError(AssertionError):
    """The README no longer has what the test looks for; the message says what."""


def block(name: str, readme: Path = README) -> str:
    """The code of the fenced block between the ``deploy:NAME`` markers."""
    text = readme.read_text(encoding="utf-8")
    match = re.search(
        rf"<!-- deploy:{re.escape(name)} -->\n(?P<inner>.*?)<!-- /deploy:{re.escape(name)} -->",
        text,
        re.DOTALL,
    )
    if match is None:
        raise RecipeError(f"README.md has no block between <!-- deploy:{name} --> markers")
    fenced = FENCED.search(match.group("inner"))
    if fenced is None:
        raise RecipeError(f"the deploy:{name} block of README.md holds no fenced code")
    return fenced.group("body")


def environment(readme: Path = README) -> dict[str, str]:
    """The ``KEY=value`` lines of ``/srv/hub/env`` (systemd's EnvironmentFile syntax)."""
    values = {}
    for line in block("env", readme).splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        key, sep, value = line.partition("=")
        if not sep:
            raise RecipeError(f"not a KEY=value line in the deploy:env block: {line!r}")
        values[key.strip()] = value.strip()
    return values


def gunicorn_command(readme: Path = README) -> list[str]:
    """The ``ExecStart=`` command of the gunicorn service, split as a shell would."""
    for line in block("gunicorn", readme).splitlines():
        if line.startswith("ExecStart="):
            return shlex.split(line.removeprefix("ExecStart="))
    raise RecipeError("the deploy:gunicorn block of README.md has no ExecStart= line")


def manage_commands(readme: Path = README) -> list[list[str]]:
    """The ``manage.py`` commands of the "Install and prepare" block, without the comments."""
    commands = []
    for line in block("prepare", readme).splitlines():
        words = shlex.split(line, comments=True)
        if "manage.py" in words:
            commands.append(words[words.index("manage.py") + 1 :])
    return commands


def nginx_config(readme: Path = README) -> str:
    """What goes into nginx's ``http { }`` context (``sites-available/hub``)."""
    return block("nginx", readme)


def substitute(text: str, replacements: dict[str, str], what: str) -> str:
    """``text`` with each key replaced by its value; every key must occur.

    A key that no longer occurs means the README changed in a way the test does not know
    yet: that is an error, never silently ignored.
    """
    for old, new in replacements.items():
        if old not in text:
            raise RecipeError(f"the {what} of README.md no longer contains {old!r}")
        text = text.replace(old, new)
    return text
