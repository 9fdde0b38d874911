"""Watching a browser context for what a Content-Security-Policy blocks.

Chromium fires ``securitypolicyviolation`` in the document (and in every frame, the
admin's preview iframe included) whose policy blocked something; a listener installed
before any page script reports each one to the test. Console errors and uncaught
exceptions are collected too: a policy that breaks a script shows there first
(wagtail-localize's editor, for instance, throws when its styles are blocked).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from playwright.sync_api import Page

LISTENER = """
document.addEventListener("securitypolicyviolation", (event) => {
    window.__hubCspViolation({
        page: location.href,
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        source: event.sourceFile,
        line: event.lineNumber,
        sample: event.sample,
    });
}, true);
"""


@dataclass
class Watch:
    violations: list[dict] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def problems(self, ignore_missing: tuple[str, ...] = ()) -> list:
        """Violations and errors; ``ignore_missing``: URL parts whose 404s do not count
        (uploaded media, which the test server does not serve)."""
        errors = [
            error
            for error in self.errors
            if not any(part in error for part in ignore_missing)
            # Chromium repeats a failed load without its URL; the response hook has it.
            and not error.startswith("console: Failed to load resource")
        ]
        return [*self.violations, *errors]


def watch(page: Page) -> Watch:
    """Start collecting on ``page``'s context (call before the first ``goto``)."""
    found = Watch()
    context = page.context
    context.expose_function(
        "__hubCspViolation", lambda violation: found.violations.append(violation)
    )
    context.add_init_script(LISTENER)
    page.on(
        "console",
        lambda message: (
            found.errors.append(f"console: {message.text}") if message.type == "error" else None
        ),
    )
    page.on("pageerror", lambda error: found.errors.append(f"exception: {error}"))
    page.on(
        "response",
        lambda response: (
            found.errors.append(f"HTTP {response.status}: {response.url}")
            if response.status >= 400
            else None
        ),
    )
    return found
