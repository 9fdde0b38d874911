"""E-mails to registrants: queue → worker → a real SMTP server on loopback (aiosmtpd).

The outage test stops the server, registers (the registration is stored, the e-mail task
fails and schedules its retry), starts the server again, lets the retry delay pass and
runs the worker: the e-mail arrives exactly once.
"""

from datetime import timedelta

import pytest
from aiosmtpd.controller import Controller
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from hub.core.mail import retry_delay
from hub.events.models import Registration
from tests.events.registration_support import (  # noqa: F401 - fixtures
    calendar_fixture,
    event_fixture,
    form_data,
    fresh_cache_fixture,
    occurrence_fixture,
    register_url,
)
from tests.mail_queue import run_mail_queue
from tests.pages.initiatives.test_initiative_submission_smtp import Recorder, free_port


def smtp_settings(port: int):
    return override_settings(
        EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=port,
        EMAIL_USE_TLS=False,
        EMAIL_HOST_USER="",
        EMAIL_HOST_PASSWORD="",
        EMAIL_TIMEOUT=5,
    )


def statuses() -> list[str]:
    return list(DBTaskResult.objects.order_by("enqueued_at").values_list("status", flat=True))


@pytest.mark.django_db
def test_email_survives_a_mail_server_outage(
    client, event, occurrence, django_capture_on_commit_callbacks
):
    recorder = Recorder()
    port = free_port()
    server = Controller(recorder, hostname="127.0.0.1", port=port)
    with smtp_settings(port):
        # The mail server is down while the visitor registers.
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(register_url(event, occurrence), form_data(language="de"))
        assert response.status_code == 302
        registration = Registration.objects.get()
        assert statuses() == ["READY"]

        assert run_mail_queue() == 1
        assert statuses() == ["FAILED", "READY"]
        retry = DBTaskResult.objects.get(status="READY")
        assert retry.run_after >= timezone.now() + retry_delay(1) - timedelta(seconds=5)
        assert retry.args_kwargs["args"] == [
            "hub.events.emails.registration_email",
            [registration.pk, "confirm-your-registration", ""],
            2,
        ]
        # Not due yet: the worker leaves it alone.
        assert run_mail_queue() == 0

        server.start()
        try:
            DBTaskResult.objects.filter(pk=retry.pk).update(run_after=timezone.now())
            assert run_mail_queue() == 1
            assert run_mail_queue() == 0
        finally:
            server.stop()

    assert statuses() == ["FAILED", "SUCCESSFUL"]
    assert len(recorder.messages) == 1
    recipients, message = recorder.messages[0]
    assert recipients == ["samira@example.org"]
    assert message["Content-Language"] == "de"
    assert str(registration.confirm_token) in message.get_content()


@pytest.mark.django_db
def test_confirmation_arrives_with_a_calendar_file_over_smtp(
    client, event, occurrence, django_capture_on_commit_callbacks
):
    recorder = Recorder()
    port = free_port()
    server = Controller(recorder, hostname="127.0.0.1", port=port)
    server.start()
    try:
        with smtp_settings(port):
            with django_capture_on_commit_callbacks(execute=True):
                client.post(register_url(event, occurrence), form_data(language="ar"))
            registration = Registration.objects.get()
            confirm = event.url + event.reverse_subpage(
                "confirm_route", args=[registration.confirm_token]
            )
            run_mail_queue()
            with django_capture_on_commit_callbacks(execute=True):
                client.post(confirm)
            run_mail_queue()
    finally:
        server.stop()
    assert len(recorder.messages) == 2
    _rcpts, confirmed = recorder.messages[1]
    assert confirmed["Content-Language"] == "ar"
    parts = {part.get_content_type(): part for part in confirmed.iter_attachments()}
    ics = parts["text/calendar"].get_content()
    assert "BEGIN:VEVENT" in ics
    assert str(registration.cancel_token) in confirmed.get_body(("plain",)).get_content()


@pytest.mark.django_db
def test_db_worker_command_sends_the_queue(
    client, event, occurrence, django_capture_on_commit_callbacks, mailoutbox
):
    """The production entry point (``db_worker --batch``) drains the same queue."""
    with django_capture_on_commit_callbacks(execute=True):
        client.post(register_url(event, occurrence), form_data(language="de"))
    from unittest import mock

    # Its loop recycles database connections, which would end the test's transaction.
    with mock.patch("django_tasks_db.management.commands.db_worker.close_old_connections"):
        call_command(
            "db_worker", "--backend", "mail", "--batch", "--no-reload", "--no-startup-delay"
        )
    assert len(mailoutbox) == 1
    assert statuses() == ["SUCCESSFUL"]
