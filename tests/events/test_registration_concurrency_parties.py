"""No overbooking with families: 60 parties of one to four people register, confirm and
partly cancel at the same time for a date with 20 seats, through two server processes
sharing the PostgreSQL test database. The confirmed people never exceed the seats, and
nobody waits whose party would fit into the seats left.

PostgreSQL pass only, like ``test_registration_concurrency`` (whose servers it uses).
"""

import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection
from django.db.models import Sum

from hub.core.antispam import issue_started
from hub.events.models import Registration
from hub.events.registration.forms import RegistrationForm
from tests.events.test_registration_concurrency import (  # noqa: F401 - fixture
    open_date,
    person_data,
    request,
    servers_fixture,
)

PARTIES = 60
SEATS = 20
Status = Registration.Status


def people(registrations, status) -> int:
    return registrations.filter(status=status).aggregate(n=Sum("party_size"))["n"] or 0


def assert_consistent(registrations) -> None:
    confirmed = people(registrations, Status.CONFIRMED)
    assert confirmed <= SEATS
    waiting = registrations.filter(status=Status.WAITLISTED)
    smallest = min(waiting.values_list("party_size", flat=True), default=None)
    assert smallest is None or smallest > SEATS - confirmed, (confirmed, smallest)


@pytest.mark.postgres_only
@pytest.mark.django_db(transaction=True)
def test_a_burst_of_parties_never_overbooks(servers):
    if connection.vendor != "postgresql":
        pytest.skip("row locks and concurrent writers need PostgreSQL (the PostgreSQL pass)")
    ports, _processes = servers
    event, occurrence, register_path = open_date(servers, capacity=SEATS, max_party_size=4)
    started = {n: issue_started(RegistrationForm, time.time() - 60) for n in range(PARTIES)}

    def register(n: int) -> int:
        data = person_data(
            n,
            started[n],
            name=f"Familie {n}",
            email=f"family{n}@example.org",
            party_size=str(n % 4 + 1),
        )
        return request(ports[n % 2], "POST", register_path, data)

    with ThreadPoolExecutor(max_workers=24) as pool:
        assert set(pool.map(register, range(PARTIES))) == {302}
    registrations = Registration.objects.filter(occurrence=occurrence)
    assert people(registrations, Status.PENDING) == sum(n % 4 + 1 for n in range(PARTIES))

    def post(item) -> int:
        n, route, token = item
        path = event.url + event.reverse_subpage(route, args=[token])
        return request(ports[n % 2], "POST", path, {})

    tokens = list(registrations.values_list("confirm_token", flat=True))
    with ThreadPoolExecutor(max_workers=24) as pool:
        answers = set(pool.map(post, [(n, "confirm_route", t) for n, t in enumerate(tokens)]))
    assert answers == {302}
    assert registrations.filter(status=Status.PENDING).count() == 0
    assert_consistent(registrations)
    assert people(registrations, Status.CONFIRMED) >= SEATS - 3

    # Half the confirmed parties cancel at once: the freed seats go to waiting parties,
    # each promotion under the date's lock.
    leaving = list(
        registrations.filter(status=Status.CONFIRMED).values_list("cancel_token", flat=True)
    )[::2]
    with ThreadPoolExecutor(max_workers=24) as pool:
        answers = set(pool.map(post, [(n, "cancel_route", t) for n, t in enumerate(leaving)]))
    assert answers == {302}
    assert registrations.filter(status=Status.CANCELLED).count() == len(leaving)
    assert_consistent(registrations)
