"""The registration rules: seats, double opt-in, waiting list, duplicates, deadlines."""

from datetime import timedelta

import pytest
from django.conf import settings
from django.core import mail
from django.test import override_settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from hub.demo.factories.events import EventPageFactory, translate_event
from hub.events import seats, services
from hub.events.models import Occurrence, Registration
from tests.events.calendar_support import occurrences
from tests.events.registration_support import (  # noqa: F401 - fixtures
    backdate,
    calendar_fixture,
    confirm,
    event_fixture,
    fresh_cache_fixture,
    occurrence_fixture,
    person,
    register,
    register_and_confirm,
)
from tests.mail_queue import run_mail_queue

Status = Registration.Status


def queued_kinds(registration: Registration) -> list[str]:
    """The e-mails queued for ``registration``, in order."""
    tasks = DBTaskResult.objects.filter(backend_name="mail").order_by("enqueued_at")
    built = [task.args_kwargs["args"][1] for task in tasks]
    return [args[1] for args in built if args[0] == registration.pk]


@pytest.mark.django_db
def test_registration_is_pending_until_the_link_is_clicked(
    occurrence, django_capture_on_commit_callbacks
):
    registration = register(django_capture_on_commit_callbacks, occurrence, email="A@Example.ORG")
    assert registration.status == Status.PENDING
    assert registration.email == "a@example.org"
    assert seats.seats_left(occurrence) == 2
    assert run_mail_queue() == 1
    assert str(registration.confirm_token) in mail.outbox[0].body
    assert mail.outbox[0].to == ["a@example.org"]

    confirmed = confirm(django_capture_on_commit_callbacks, registration)
    assert confirmed.status == Status.CONFIRMED
    assert confirmed.confirmed_at is not None
    assert seats.seats_left(occurrence) == 1


@pytest.mark.django_db
def test_capacity_full_means_waiting_list_and_the_person_is_told(
    occurrence, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    first, second = (register_and_confirm(capture, occurrence, n) for n in (1, 2))
    third = register_and_confirm(capture, occurrence, 3)
    assert [first.status, second.status, third.status] == [
        Status.CONFIRMED,
        Status.CONFIRMED,
        Status.WAITLISTED,
    ]
    assert third.waitlisted_at is not None
    assert queued_kinds(third) == ["confirm-your-registration", "waitlisted"]
    run_mail_queue()
    to_third = [m for m in mail.outbox if m.to == ["person3@example.org"]]
    # The link e-mail is dropped: the worker got to it after the link was clicked.
    assert len(to_third) == 1
    assert str(third.cancel_token) in to_third[-1].body
    assert not to_third[-1].attachments, "no calendar entry for a seat not held"
    assert seats.counts(occurrence)[Status.CONFIRMED] == 2


@pytest.mark.django_db
def test_occurrence_capacity_overrides_the_event_and_none_is_unlimited(
    calendar, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    unlimited = occurrences(
        EventPageFactory(parent=calendar, title="Sprachcafé", capacity=None)
    ).get()
    for n in range(5):
        assert register_and_confirm(capture, unlimited, n).status == Status.CONFIRMED
    assert seats.seats_left(unlimited) is None

    limited = occurrences(EventPageFactory(parent=calendar, title="Infoabend", capacity=10)).get()
    Occurrence.objects.filter(pk=limited.pk).update(capacity=1)
    limited.refresh_from_db()
    assert register_and_confirm(capture, limited, 1).status == Status.CONFIRMED
    assert register_and_confirm(capture, limited, 2).status == Status.WAITLISTED


@pytest.mark.django_db
def test_translations_share_the_seats(calendar, django_capture_on_commit_callbacks):
    capture = django_capture_on_commit_callbacks
    event = EventPageFactory(parent=calendar, capacity=1)
    arabic = translate_event(event, "ar")
    occurrence = occurrences(event).get()
    assert occurrences(arabic).get() == occurrence
    register_and_confirm(capture, occurrence, 1, language="ar")
    assert register_and_confirm(capture, occurrence, 2).status == Status.WAITLISTED


@pytest.mark.django_db
def test_link_expires_after_the_confirmation_window(occurrence, django_capture_on_commit_callbacks):
    registration = register(django_capture_on_commit_callbacks, occurrence)
    backdate(registration, hours=49)
    with pytest.raises(services.RegistrationError) as caught:
        services.confirm(registration.confirm_token)
    assert caught.value.code == "expired"
    registration.refresh_from_db()
    assert registration.status == Status.EXPIRED
    # The address is free again.
    again = register(django_capture_on_commit_callbacks, occurrence)
    assert again.pk != registration.pk


@pytest.mark.django_db
@override_settings(HUB_EVENT_CONFIRM_HOURS=2)
def test_confirmation_window_is_a_setting(occurrence, django_capture_on_commit_callbacks):
    registration = register(django_capture_on_commit_callbacks, occurrence)
    backdate(registration, hours=1)
    assert services.confirm(registration.confirm_token).status == Status.CONFIRMED
    late = register(django_capture_on_commit_callbacks, occurrence, 2)
    backdate(late, hours=3)
    assert services.expire_pending() == 1
    late.refresh_from_db()
    assert late.status == Status.EXPIRED
    assert services.expire_pending() == 0


@pytest.mark.django_db
def test_confirming_twice_changes_nothing(occurrence, django_capture_on_commit_callbacks):
    capture = django_capture_on_commit_callbacks
    registration = register_and_confirm(capture, occurrence)
    run_mail_queue()
    sent = len(mail.outbox)
    assert confirm(capture, registration).status == Status.CONFIRMED
    assert run_mail_queue() == 0
    assert len(mail.outbox) == sent


@pytest.mark.django_db
def test_same_email_cannot_hold_two_registrations_and_the_owner_is_told(
    occurrence, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    first = register(capture, occurrence, email="guest@example.org")
    run_mail_queue()
    mail.outbox.clear()
    with capture(execute=True):
        again = services.register(occurrence, person(email=" GUEST@example.org "), "en")
    assert again.pk == first.pk
    assert Registration.objects.filter(occurrence=occurrence).count() == 1
    run_mail_queue()
    assert len(mail.outbox) == 1
    assert str(first.confirm_token) in mail.outbox[0].body
    # In the language used now, not the one of the first registration (German).
    assert mail.outbox[0].extra_headers["Content-Language"] == "en"

    # Once confirmed, the e-mail carries the cancel link.
    confirm(capture, first)
    run_mail_queue()
    mail.outbox.clear()
    with capture(execute=True):
        services.register(occurrence, person(email="guest@example.org"), "de")
    run_mail_queue()
    assert str(first.cancel_token) in mail.outbox[0].body
    assert str(first.confirm_token) not in mail.outbox[0].body


@pytest.mark.django_db
def test_a_pending_registration_whose_link_ran_out_makes_way_for_a_new_one(
    occurrence, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    first = register(capture, occurrence, email="guest@example.org")
    backdate(first, hours=settings.HUB_EVENT_CONFIRM_HOURS + 1)
    second = register(capture, occurrence, email="guest@example.org")
    assert second.pk != first.pk
    first.refresh_from_db()
    assert first.status == Status.EXPIRED
    assert second.status == Status.PENDING


@pytest.mark.django_db
def test_cancelled_registration_frees_the_address(occurrence, django_capture_on_commit_callbacks):
    capture = django_capture_on_commit_callbacks
    first = register_and_confirm(capture, occurrence, email="x@example.org")
    with capture(execute=True):
        services.cancel(first.cancel_token)
    again = register(capture, occurrence, email="x@example.org")
    assert again.status == Status.PENDING


@pytest.mark.django_db
def test_registration_closes_at_the_deadline(calendar, django_capture_on_commit_callbacks):
    soon = timezone.localtime() + timedelta(hours=30)
    event = EventPageFactory(
        parent=calendar,
        starts_on=soon.date(),
        start_time=soon.time().replace(microsecond=0, second=0),
        end_time=(soon + timedelta(hours=1)).time().replace(microsecond=0, second=0)
        if soon.hour < 23
        else soon.time().replace(minute=59, second=0, microsecond=0),
        registration_closes_hours=48,
    )
    occurrence = occurrences(event).get()
    assert seats.registration_deadline(occurrence) < timezone.now()
    with pytest.raises(services.RegistrationError) as caught:
        services.register(occurrence, person(), "de")
    assert caught.value.code == "closed"

    # An editor may keep one date open longer.
    Occurrence.objects.filter(pk=occurrence.pk).update(
        registration_closes_at=timezone.now() + timedelta(hours=1)
    )
    occurrence.refresh_from_db()
    assert register(django_capture_on_commit_callbacks, occurrence).status == Status.PENDING


@pytest.mark.django_db
def test_cancelled_and_past_dates_refuse_registrations(occurrence):
    Occurrence.objects.filter(pk=occurrence.pk).update(status=Occurrence.Status.CANCELLED)
    occurrence.refresh_from_db()
    with pytest.raises(services.RegistrationError):
        services.register(occurrence, person(), "de")
    Occurrence.objects.filter(pk=occurrence.pk).update(
        status=Occurrence.Status.SCHEDULED,
        starts_at=timezone.now() - timedelta(hours=2),
        ends_at=timezone.now() - timedelta(hours=1),
    )
    occurrence.refresh_from_db()
    with pytest.raises(services.RegistrationError):
        services.register(occurrence, person(), "de")


@pytest.mark.django_db
def test_cancelling_promotes_the_first_on_the_waiting_list(
    occurrence, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    holders = [register_and_confirm(capture, occurrence, n) for n in (1, 2)]
    waiting = [register_and_confirm(capture, occurrence, n) for n in (3, 4)]
    # Person 4 joined the list later, even if a clock says otherwise for person 3.
    Registration.objects.filter(pk=waiting[0].pk).update(
        waitlisted_at=timezone.now() - timedelta(minutes=5)
    )
    run_mail_queue()
    mail.outbox.clear()

    with capture(execute=True):
        cancelled = services.cancel(holders[0].cancel_token)
    assert cancelled.status == Status.CANCELLED
    waiting[0].refresh_from_db()
    waiting[1].refresh_from_db()
    assert waiting[0].status == Status.CONFIRMED
    assert waiting[1].status == Status.WAITLISTED
    assert seats.counts(occurrence)[Status.CONFIRMED] == 2

    run_mail_queue()
    recipients = sorted(message.to[0] for message in mail.outbox)
    assert recipients == ["person1@example.org", "person3@example.org"]
    promoted = next(m for m in mail.outbox if m.to == ["person3@example.org"])
    assert str(waiting[0].cancel_token) in promoted.body
    assert promoted.attachments and promoted.attachments[0][0].endswith(".ics")


@pytest.mark.django_db
def test_leaving_the_waiting_list_promotes_nobody(occurrence, django_capture_on_commit_callbacks):
    capture = django_capture_on_commit_callbacks
    for n in (1, 2):
        register_and_confirm(capture, occurrence, n)
    third, fourth = (register_and_confirm(capture, occurrence, n) for n in (3, 4))
    with capture(execute=True):
        services.cancel(third.cancel_token)
    fourth.refresh_from_db()
    assert fourth.status == Status.WAITLISTED


@pytest.mark.django_db
def test_unknown_token_changes_nothing(occurrence, django_capture_on_commit_callbacks):
    import uuid

    registration = register_and_confirm(django_capture_on_commit_callbacks, occurrence)
    for action in (services.confirm, services.cancel):
        with pytest.raises(services.RegistrationError) as caught:
            action(uuid.uuid4())
        assert caught.value.code == "unknown"
    # The confirm token does not cancel.
    with pytest.raises(services.RegistrationError):
        services.cancel(registration.confirm_token)
    registration.refresh_from_db()
    assert registration.status == Status.CONFIRMED


@pytest.mark.django_db
def test_notify_on_cancelled_and_moved_dates(occurrence, django_capture_on_commit_callbacks):
    capture = django_capture_on_commit_callbacks
    confirmed = register_and_confirm(capture, occurrence, 1)
    pending = register(capture, occurrence, 2)
    gone = register_and_confirm(capture, occurrence, 3)
    with capture(execute=True):
        services.cancel(gone.cancel_token)
    Registration.objects.filter(pk=confirmed.pk).update(reminder_sent_at=timezone.now())
    run_mail_queue()
    mail.outbox.clear()

    later = occurrence.starts_at + timedelta(days=7)
    Occurrence.objects.filter(pk=occurrence.pk).update(
        status=Occurrence.Status.MOVED,
        starts_at=later,
        ends_at=later + timedelta(hours=2),
        reason="Der Saal wird renoviert.",
    )
    occurrence.refresh_from_db()
    with capture(execute=True):
        assert services.notify_occurrence_changed(occurrence) == 2
    run_mail_queue()
    assert sorted(m.to[0] for m in mail.outbox) == [confirmed.email, pending.email]
    assert all("Der Saal wird renoviert." in m.body for m in mail.outbox)
    assert all(m.attachments for m in mail.outbox)
    confirmed.refresh_from_db()
    assert confirmed.reminder_sent_at is None, "the reminder is due again for the new date"

    mail.outbox.clear()
    Occurrence.objects.filter(pk=occurrence.pk).update(status=Occurrence.Status.CANCELLED)
    occurrence.refresh_from_db()
    with capture(execute=True):
        services.notify_occurrence_changed(occurrence)
    run_mail_queue()
    assert len(mail.outbox) == 2
    assert not any(m.attachments for m in mail.outbox)


@pytest.mark.django_db
def test_cancellation_mail_carries_the_reason_in_the_registrants_language(
    occurrence, django_capture_on_commit_callbacks
):
    from hub.events.occurrences import cancel_occurrence

    capture = django_capture_on_commit_callbacks
    arabic = register_and_confirm(capture, occurrence, 1, language="ar")
    french = register_and_confirm(capture, occurrence, 2, language="fr")
    run_mail_queue()
    mail.outbox.clear()
    with capture(execute=True):
        cancel_occurrence(
            occurrence, "Der Saal wird renoviert.", {"ar": "القاعة قيد الترميم.", "fr": ""}
        )
    run_mail_queue()
    by_address = {message.to[0]: message for message in mail.outbox}
    assert set(by_address) == {arabic.email, french.email}
    to_arabic = by_address[arabic.email]
    assert to_arabic.extra_headers["Content-Language"] == "ar"
    assert "القاعة قيد الترميم." in to_arabic.body
    assert "Der Saal wird renoviert." not in to_arabic.body
    # No French translation: the French e-mail quotes the reason as the editor wrote it.
    assert "Der Saal wird renoviert." in by_address[french.email].body


@pytest.mark.django_db
def test_reminders_go_out_exactly_once(calendar, django_capture_on_commit_callbacks):
    capture = django_capture_on_commit_callbacks
    soon = occurrences(
        EventPageFactory(
            parent=calendar, starts_on=timezone.localdate() + timedelta(days=7), capacity=1
        )
    ).get()
    confirmed = register_and_confirm(capture, soon, 1)
    waiting = register_and_confirm(capture, soon, 2)
    register(capture, soon, 3)
    run_mail_queue()
    mail.outbox.clear()

    # Too early: a week ahead, the reminder waits (default: two days before).
    with capture(execute=True):
        assert services.send_reminders() == 0
    day_before = soon.starts_at - timedelta(days=1)
    with capture(execute=True):
        assert services.send_reminders(day_before) == 1
        assert services.send_reminders(day_before) == 0
    with capture(execute=True):
        assert services.send_reminders(day_before + timedelta(minutes=15)) == 0
    run_mail_queue()
    assert [m.to for m in mail.outbox] == [[confirmed.email]]
    confirmed.refresh_from_db()
    assert confirmed.reminder_sent_at == day_before
    waiting.refresh_from_db()
    assert waiting.reminder_sent_at is None


@pytest.mark.django_db
def test_personal_data_is_removed_after_the_retention_period(
    occurrence, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    kept = register_and_confirm(
        capture,
        occurrence,
        1,
        organisation="Café Welcome",
        accessibility_needs="Rollstuhl",
        interpretation_into="Arabisch",
    )
    Registration.objects.filter(pk=kept.pk).update(attended=True)
    register_and_confirm(capture, occurrence, 2)
    cancelled = register(capture, occurrence, 3)
    with capture(execute=True):
        services.cancel(cancelled.cancel_token)

    after = occurrence.ends_at + timedelta(days=29)
    assert services.anonymise_past(after) == 0
    after = occurrence.ends_at + timedelta(days=30, minutes=1)
    assert services.anonymise_past(after) == 3
    assert services.anonymise_past(after) == 0

    rows = Registration.objects.filter(occurrence=occurrence)
    for row in rows:
        assert row.name == ""
        assert row.organisation == row.accessibility_needs == row.interpretation_into == ""
        assert row.email.endswith("@anonymised.invalid")
        assert "person" not in row.email
        assert row.anonymised_at == after
    assert seats.counts(occurrence)[Status.CONFIRMED] == 2
    assert seats.counts(occurrence)[Status.CANCELLED] == 1
    assert rows.get(pk=kept.pk).attended
