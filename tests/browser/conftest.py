"""Playwright fixtures for the tests that drive a real Chromium.

The browser is the distribution's Chromium (``/usr/bin/chromium``, or ``HUB_CHROMIUM``),
installed by ``scripts/ensure_chromium.sh``: ``playwright install`` downloads its own builds
from a CDN that closed networks and CI cannot reach, so it is never used. Without Chromium
the browser tests are skipped, except where they must run (``HUB_BROWSER_REQUIRED=1`` or
``CI=true``): there they fail and say why.

Every test in this directory gets the ``browser`` marker, so ``-m "not browser"`` leaves
them out. Tests reach the site through pytest-django's ``live_server``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

BROWSER_TESTS = Path(__file__).resolve().parent
SCREENSHOTS = BROWSER_TESTS.parent.parent / "var" / "screenshots"
DEFAULT_CHROMIUM = "/usr/bin/chromium"
# Headless in a container, as root, and quiet on the network: without the last flags
# Chromium keeps calling Google services that a closed network never answers.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]
DEFAULT_VIEWPORT = {"width": 1280, "height": 800}
DEFAULT_TIMEOUT_MS = 15_000


def browser_required() -> bool:
    return os.environ.get("HUB_BROWSER_REQUIRED") == "1" or os.environ.get("CI") == "true"


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark this directory's tests before ``-m`` deselects by marker.

    The hook sees the whole session's items, not only this directory's.
    """
    for item in items:
        if BROWSER_TESTS in item.path.parents:
            item.add_marker(pytest.mark.browser)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):
    """Keep each phase's report on the item so ``new_page`` knows whether the test failed."""
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


@pytest.fixture(scope="session")
def screenshot_dir() -> Path:
    """``var/screenshots/`` (git-ignored), where tests and failures leave screenshots."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS


@pytest.fixture(scope="package")
def browser() -> Iterator[Browser]:
    """Chromium, started once for this directory's tests and stopped after the last one.

    While Playwright's sync API is active it keeps an asyncio event loop running in the
    main thread, and Django then refuses ORM calls from test code and fixtures
    (SynchronousOnlyOperation) unless ``DJANGO_ALLOW_ASYNC_UNSAFE`` is set. Package scope
    keeps both the loop and the variable away from the rest of the suite (and from the
    subprocesses it starts).
    """
    executable = os.environ.get("HUB_CHROMIUM") or DEFAULT_CHROMIUM
    if not os.access(executable, os.X_OK):
        message = (
            f"Chromium not found at {executable}: run `make browser-deps` "
            "(scripts/ensure_chromium.sh) or point HUB_CHROMIUM at a Chromium binary"
        )
        if browser_required():
            pytest.fail(f"{message} (browser tests are required here)", pytrace=False)
        pytest.skip(message)

    from playwright.sync_api import sync_playwright

    with pytest.MonkeyPatch.context() as env, sync_playwright() as playwright:
        env.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        browser = playwright.chromium.launch(
            executable_path=executable, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def new_page(
    browser: Browser, screenshot_dir: Path, request: pytest.FixtureRequest
) -> Iterator[Callable[..., Page]]:
    """Open pages, each in a fresh browser context (no shared cookies or storage).

    ``new_page(locale="ar", viewport=(390, 844))``; further keyword arguments go to
    ``Browser.new_context``. ``locale`` sets the Accept-Language header and
    ``navigator.language``. When the test fails, each page's last state is saved to
    ``var/screenshots/FAILED-<test>-<n>.png``.
    """
    pages: list[Page] = []

    def open_page(
        *,
        locale: str | None = None,
        viewport: tuple[int, int] | dict[str, int] | None = None,
        **context_args: Any,
    ) -> Page:
        if isinstance(viewport, tuple):
            viewport = {"width": viewport[0], "height": viewport[1]}
        context = browser.new_context(
            locale=locale, viewport=viewport or DEFAULT_VIEWPORT, **context_args
        )
        context.set_default_timeout(DEFAULT_TIMEOUT_MS)
        page = context.new_page()
        pages.append(page)
        return page

    yield open_page

    report = getattr(request.node, "report_call", None)
    failed = report is not None and report.failed
    name = re.sub(r"[^\w.-]+", "_", request.node.name)
    for number, page in enumerate(pages, start=1):
        if failed and not page.is_closed():
            page.screenshot(path=screenshot_dir / f"FAILED-{name}-{number}.png", full_page=True)
        page.context.close()


@pytest.fixture
def page(new_page: Callable[..., Page], request: pytest.FixtureRequest) -> Page:
    """One page in a fresh context with the defaults of ``new_page``.

    Other settings via indirect parametrization:
    ``@pytest.mark.parametrize("page", [{"locale": "fa", "viewport": (390, 844)}],
    indirect=True)``.
    """
    return new_page(**getattr(request, "param", {}))
