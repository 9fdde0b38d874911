"""Shared helpers of the ``test_registration_*`` modules.

Fixtures are imported by their function names (``calendar_fixture``…) as in
``tests/pages``. E-mails travel the real path: ``queue_mail`` enqueues on commit (run with
``django_capture_on_commit_callbacks(execute=True)``), ``tests.mail_queue.run_mail_queue``
runs the worker, and the configured e-mail backend delivers (locmem here, a loopback SMTP
server in the SMTP tests).
"""

import time
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.utils import timezone

from hub.core.antispam import issue_started
from hub.demo.factories.events import EventIndexPageFactory, EventPageFactory
from hub.events import services
from hub.events.models import EventPage, Occurrence, Registration
from hub.events.registration.forms import RegistrationForm
from tests.events.calendar_support import occurrences
from tests.module_data import module_data


@pytest.fixture(autouse=True, name="fresh_cache")
def fresh_cache_fixture():
    """Rate-limit counters live in the cache, which outlives a test."""
    cache.clear()
    yield
    cache.clear()


@module_data(name="calendar")
def calendar_fixture(tree):
    return EventIndexPageFactory(parent=tree.homes["de"], translations=("en", "ar"))


@module_data(name="event")
def event_fixture(calendar) -> EventPage:
    """A single date in a week's time with 2 seats; registration closes 24 h before."""
    return EventPageFactory(parent=calendar, capacity=2)


@module_data(name="occurrence")
def occurrence_fixture(event) -> Occurrence:
    return occurrences(event).get()


def person(n: int | str = 1, **fields) -> services.Registrant:
    values = {"name": f"Person {n}", "email": f"person{n}@example.org"}
    return services.Registrant(**(values | fields))


def register(capture, occurrence, n=1, language="de", **fields) -> Registration:
    """Register through the service and run what it queued for after the commit."""
    with capture(execute=True):
        return services.register(occurrence, person(n, **fields), language)


def confirm(capture, registration: Registration) -> Registration:
    with capture(execute=True):
        return services.confirm(registration.confirm_token)


def register_and_confirm(capture, occurrence, n=1, **fields) -> Registration:
    return confirm(capture, register(capture, occurrence, n, **fields))


def backdate(registration: Registration, **delta) -> None:
    Registration.objects.filter(pk=registration.pk).update(
        created_at=timezone.now() - timedelta(**delta)
    )


def form_data(**overrides) -> dict:
    data = {
        "name": "Samira Haddad",
        "email": "Samira@Example.org",
        "organisation": "Café Welcome",
        "language": "ar",
        "accessibility_needs": "",
        "consent": "on",
        # Shown a minute ago: not too fast.
        "form_started": issue_started(RegistrationForm, time.time() - 60),
        "homepage": "",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def register_url(page: EventPage, occurrence: Occurrence) -> str:
    return page.url + page.reverse_subpage("register_route", args=[occurrence.pk])


def confirm_url(page: EventPage, registration: Registration) -> str:
    return page.url + page.reverse_subpage("confirm_route", args=[registration.confirm_token])


def cancel_url(page: EventPage, registration: Registration) -> str:
    return page.url + page.reverse_subpage("cancel_route", args=[registration.cancel_token])
