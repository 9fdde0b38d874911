"""The "last organisation admin" rule holds when two admins act at the same moment: each
removing the other, or each stepping down. Only PostgreSQL has the row locks this needs;
a short pause after the check (while the locks are held) makes the race certain.
"""

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection

from hub.network import services
from hub.network.models import MemberRole, Membership
from tests.network.people_support import url
from tests.network.selfservice_support import build_members

PAUSE = 0.5


def in_parallel(*calls):
    barrier = threading.Barrier(len(calls))

    def run(call):
        try:
            barrier.wait()
            return call()
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=len(calls)) as pool:
        return [future.result() for future in [pool.submit(run, call) for call in calls]]


def two_admins(tree, client_factory):
    members = build_members(tree)
    Membership.objects.filter(user=members.editor_a).update(role=MemberRole.ADMIN)
    clients = []
    for user in (members.admin_a, members.editor_a):
        client = client_factory()
        client.force_login(user)
        clients.append(client)
    return members, clients


def post(client, members, data):
    return lambda: client.post(url("members", "en", pk=members.caritas.pk), data).status_code


@pytest.mark.postgres_only
@pytest.mark.django_db(transaction=True)
def test_two_admins_removing_each_other_leave_one(tree, monkeypatch):
    from django.test import Client

    members, (samira, paul) = two_admins(tree, Client)
    own = {m.user_id: m.pk for m in Membership.objects.filter(organisation=members.caritas)}
    original = services.sync_member

    def slow_sync(user):
        time.sleep(PAUSE)
        return original(user)

    monkeypatch.setattr(services, "sync_member", slow_sync)
    in_parallel(
        post(samira, members, {"action": "remove", "membership": own[members.editor_a.pk]}),
        post(paul, members, {"action": "remove", "membership": own[members.admin_a.pk]}),
    )
    admins = Membership.objects.filter(organisation=members.caritas, role=MemberRole.ADMIN)
    assert admins.count() == 1


@pytest.mark.postgres_only
@pytest.mark.django_db(transaction=True)
def test_two_admins_stepping_down_at_once_leave_one(tree, monkeypatch):
    from django.test import Client

    members, (samira, paul) = two_admins(tree, Client)
    own = {m.user_id: m.pk for m in Membership.objects.filter(organisation=members.caritas)}
    original = Membership.save

    def slow_save(self, *args, **kwargs):
        time.sleep(PAUSE)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Membership, "save", slow_save)
    in_parallel(
        post(
            samira,
            members,
            {"action": "role", "membership": own[members.admin_a.pk], "role": "editor"},
        ),
        post(
            paul,
            members,
            {"action": "role", "membership": own[members.editor_a.pk], "role": "editor"},
        ),
    )
    admins = Membership.objects.filter(organisation=members.caritas, role=MemberRole.ADMIN)
    assert admins.count() == 1
