"""The deployment of README's "Deploying" section, started once for tests/deploy.

``deployment`` commits the test content to pytest-django's PostgreSQL test database,
starts gunicorn (production settings, the README's command line and environment) and
nginx (the README's configuration) on free ports, and stops both when the tests are
done. Then the database is emptied and what the migrations had put there is put back
(as Django's ``serialized_rollback`` does), so the tests after these find the database
as every other test does.

nginx and openssl come from ``scripts/ensure_nginx.sh`` (``make test-deps``). Where they
are missing the tests are skipped, except under ``CI=true`` or ``HUB_DEPLOY_REQUIRED=1``,
where they fail: there the deployment test must run.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from wagtail.images import get_image_model

from tests.deploy import data, servers
from tests.deploy.client import Visitor
from tests.pages.initiatives.test_initiative_submission import valid_data

# The form refuses what comes back sooner (hub.core.antispam.MIN_FILL_SECONDS, whole seconds).
FILL_SECONDS = 4.2
SUBMISSION_TITLE = "Nähcafé Lindenstadt"
UPLOADED_NAME = "familienfoto-nordplatz.png"


def required() -> bool:
    return os.environ.get("CI") in {"true", "1"} or os.environ.get("HUB_DEPLOY_REQUIRED") == "1"


def need(condition: bool, message: str) -> None:
    if not condition:
        if required():
            pytest.fail(f"{message} (the deployment test must run here)", pytrace=False)
        pytest.skip(message)


@dataclass(frozen=True)
class Deployment:
    ports: servers.Ports
    cafile: str
    content: data.Content
    tmp: Path

    def visitor(self) -> Visitor:
        return Visitor(
            host=servers.HOST,
            ports={"http": self.ports.http, "https": self.ports.https},
            cafile=self.cafile,
        )


def database_url() -> str:
    """pytest-django's test database, as gunicorn's ``DATABASE_URL``."""
    db = connection.settings_dict
    credentials = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
    return f"postgres://{credentials}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


@pytest.fixture(scope="package")
def deployment(django_db_setup, django_db_blocker, tmp_path_factory) -> Iterator[Deployment]:
    need(connection.vendor == "postgresql", "the deployment test needs PostgreSQL")
    need(os.access(servers.NGINX, os.X_OK), f"nginx not found at {servers.NGINX}: make test-deps")
    need(shutil.which("openssl") is not None, "openssl not found: make test-deps")
    tmp = tmp_path_factory.mktemp("deploy")
    ports = servers.Ports.pick()
    cert, key = servers.make_certificate(tmp)
    media_root = Path(settings.MEDIA_ROOT).resolve()
    private_root = Path(settings.PRIVATE_MEDIA_ROOT).resolve()
    env = servers.app_environment(
        {
            "SECRET_KEY": secrets.token_urlsafe(50),
            "DATABASE_URL": database_url(),
            "STATIC_ROOT": str(tmp / "static"),
            "MEDIA_ROOT": str(media_root),
            "HUB_PRIVATE_MEDIA_ROOT": str(private_root),
        }
    )
    site = servers.site_config(ports, cert, key, media_root, private_root)
    with django_db_blocker.unblock():
        # What migrations put into the database (the root collection, groups, Wagtail's
        # workflow …), restored afterwards as Django's serialized rollback does.
        migrated = connection.creation.serialize_db_to_string()
        try:
            # The README's manage.py steps run meanwhile, in their own processes.
            with ThreadPoolExecutor(max_workers=1) as pool:
                prepared = pool.submit(servers.prepare, env, tmp / "gunicorn.log")
                content = data.build()
                prepared.result()
            with (
                servers.running_gunicorn(tmp, env, ports),
                servers.running_nginx(tmp, site, ports),
            ):
                yield Deployment(ports=ports, cafile=str(cert), content=content, tmp=tmp)
        finally:
            call_command(
                "flush",
                verbosity=0,
                interactive=False,
                reset_sequences=False,
                inhibit_post_migrate=True,
            )
            connection.creation.deserialize_db_from_string(migrated)


class HiddenFields(HTMLParser):
    """The hidden inputs of a page's forms (CSRF token, the form's fill-time token …)."""

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[str, str] = {}

    def handle_starttag(self, tag, attrs) -> None:
        attributes = dict(attrs)
        if tag == "input" and attributes.get("type") == "hidden" and attributes.get("name"):
            self.values[attributes["name"]] = attributes.get("value") or ""


def hidden_fields(html: str) -> dict[str, str]:
    parser = HiddenFields()
    parser.feed(html)
    return parser.values


def log_in(visitor: Visitor, login: str, password: str) -> None:
    """Through nginx, with the site's own login form, as a member does."""
    page = visitor.get("/de/account/login/")
    assert page.status == 200, page
    fields = {**hidden_fields(page.text), "username": login, "password": password}
    response = visitor.post("/de/account/login/", fields)
    assert response.status == 302, (response, response.text[:2000])
    assert "sessionid" in visitor.cookies, visitor.received


@pytest.fixture(scope="package")
def member(deployment: Deployment) -> Visitor:
    visitor = deployment.visitor()
    log_in(visitor, deployment.content.member_login, deployment.content.password)
    return visitor


@pytest.fixture
def anonymous(deployment: Deployment) -> Visitor:
    return deployment.visitor()


@dataclass(frozen=True)
class Submission:
    response_status: int
    original_name: str  # the image's file name in its storage ("original_images/…")


@pytest.fixture(scope="package")
def submission(deployment: Deployment, django_db_blocker) -> Submission:
    """A visitor proposes an initiative with a photo, through nginx; nobody has
    reviewed it yet."""
    visitor = deployment.visitor()
    path = "/de/initiativen/submit/"
    form = visitor.get(path)
    assert form.status == 200, form
    shown = time.monotonic()
    fields = {
        key: value
        for key, value in valid_data(title=SUBMISSION_TITLE).items()
        if key not in {"form_started"}
    }
    fields.update(hidden_fields(form.text))
    time.sleep(max(0.0, FILL_SECONDS - (time.monotonic() - shown)))
    response = visitor.post(
        path, fields, files={"image": (UPLOADED_NAME, data.png((11, 110, 79)), "image/png")}
    )
    assert response.status == 302, (response, re.sub(r"\s+", " ", response.text)[:3000])
    with django_db_blocker.unblock():
        image = get_image_model().objects.get(title=SUBMISSION_TITLE)
    return Submission(response_status=response.status, original_name=image.file.name)
