"""No overbooking, no lost registration: 200 people register and confirm at the same time
for a date with 50 seats, through two separate server processes (gunicorn) sharing the
PostgreSQL test database. Exactly 50 end up confirmed and 150 on the waiting list.

Only the PostgreSQL pass runs it: SQLite has no row locks and one writer at a time. The
servers run the test settings with the rate limits off (200 registrations come from one
address); each person's form carries a fill-in token issued a minute earlier, as a
browser would send it.
"""

import http.client
import os
import secrets
import subprocess
import sys
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlencode

import pytest
from django.db import connection

from hub.core.antispam import issue_started
from hub.demo.factories.events import EventIndexPageFactory, EventPageFactory
from hub.demo.factories.site import build_tree
from hub.events.models import Registration
from hub.events.registration.forms import RegistrationForm
from tests.events.calendar_support import occurrences
from tests.pages.initiatives.test_initiative_submission_smtp import free_port

ROOT = Path(__file__).resolve().parents[2]
PEOPLE = 200
SEATS = 50
# People who send the form twice at once: the second attempt must create nothing.
DOUBLE_SENDERS = 20
CSRF = secrets.token_hex(16)  # 32 characters: a valid unmasked CSRF secret


def database_url() -> str:
    db = connection.settings_dict
    user = db["USER"] or ""
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    return f"postgres://{user}{password}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


def start_server(port: int) -> subprocess.Popen:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "hub.settings.test",
        "DATABASE_URL": database_url(),
        "HUB_FORM_RATE_LIMIT": "0",
        "HUB_FORM_IP_RATE_LIMIT": "0",
    }
    gunicorn = Path(sys.executable).with_name("gunicorn")
    return subprocess.Popen(
        [
            str(gunicorn),
            "hub.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "1",
            "--worker-class",
            "gthread",
            "--threads",
            "12",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def request(port: int, method: str, path: str, data: dict | None = None) -> int:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        headers = {"Cookie": f"csrftoken={CSRF}"}
        body = None
        if data is not None:
            body = urlencode({**data, "csrfmiddlewaretoken": CSRF})
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        conn.request(method, path, body=body, headers=headers)
        response = conn.getresponse()
        response.read()
        return response.status
    finally:
        conn.close()


def wait_until_up(port: int, path: str, server: subprocess.Popen) -> None:
    deadline = time.monotonic() + 40
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(server.stderr.read().decode())
        try:
            if request(port, "GET", path) == 200:
                return
        except OSError:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"server on {port} did not answer")


def open_date(servers, **fields):
    """A one-date event (``fields`` for ``EventPageFactory``), its date and the path of its
    registration form, once both servers answer."""
    ports, processes = servers
    event = EventPageFactory(
        parent=EventIndexPageFactory(parent=build_tree().homes["de"]), **fields
    )
    occurrence = occurrences(event).get()
    register_path = event.url + event.reverse_subpage("register_route", args=[occurrence.pk])
    for port, process in zip(ports, processes, strict=True):
        wait_until_up(port, event.url, process)
    return event, occurrence, register_path


def person_data(n: int, started: str, **fields) -> dict:
    """The registration form as person ``n``'s browser sends it."""
    return {
        "language": "de",
        "consent": "on",
        "form_started": started,
        "homepage": "",
        **fields,
    }


@pytest.fixture(name="servers")
def servers_fixture():
    ports = [free_port(), free_port()]
    processes = [start_server(port) for port in ports]
    try:
        yield ports, processes
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


@pytest.mark.postgres_only
@pytest.mark.django_db(transaction=True)
def test_200_simultaneous_registrations_for_50_seats(servers):
    if connection.vendor != "postgresql":
        pytest.skip("row locks and concurrent writers need PostgreSQL (the PostgreSQL pass)")
    ports, _processes = servers
    event, occurrence, register_path = open_date(servers, capacity=SEATS)

    # One form per person, as each browser fetched it; a double sender sends theirs twice.
    started = {n: issue_started(RegistrationForm, time.time() - 60) for n in range(PEOPLE)}

    def register(n: int) -> int:
        data = person_data(n, started[n], name=f"Person {n}", email=f"person{n}@example.org")
        return request(ports[n % 2], "POST", register_path, data)

    attempts = list(range(PEOPLE)) + list(range(DOUBLE_SENDERS))
    with ThreadPoolExecutor(max_workers=24) as pool:
        answers = Counter(pool.map(register, attempts))
    # 302: "check your inbox" (stored, or the address was registered already and its
    # owner is e-mailed); 200: the same form sent twice at once, refused as a replay.
    assert set(answers) <= {200, 302}, answers
    assert answers[302] >= PEOPLE
    registrations = Registration.objects.filter(occurrence=occurrence)
    assert registrations.count() == PEOPLE
    assert registrations.values("email").distinct().count() == PEOPLE

    tokens = list(registrations.values_list("confirm_token", flat=True))

    def confirm(item: tuple[int, object]) -> int:
        n, token = item
        path = event.url + event.reverse_subpage("confirm_route", args=[token])
        return request(ports[n % 2], "POST", path, {})

    with ThreadPoolExecutor(max_workers=24) as pool:
        answers = Counter(pool.map(confirm, enumerate(tokens)))
    assert answers == {302: PEOPLE}, answers

    by_status = Counter(registrations.values_list("status", flat=True))
    assert by_status == {
        Registration.Status.CONFIRMED: SEATS,
        Registration.Status.WAITLISTED: PEOPLE - SEATS,
    }
    waiting = registrations.filter(status=Registration.Status.WAITLISTED)
    assert waiting.filter(waitlisted_at__isnull=True).count() == 0
