"""The e-mails really leave over SMTP (a local aiosmtpd server stands in for the relay)."""

import socket
from email import message_from_bytes, policy

import pytest
from aiosmtpd.controller import Controller
from django.test import override_settings

from tests.pages.initiatives.test_initiative_submission import (  # noqa: F401 - fixtures
    directory_fixture,
    fresh_cache_fixture,
    send,
    submit_url,
    valid_data,
)


class Recorder:
    def __init__(self) -> None:
        self.messages: list[tuple[list[str], object]] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's name
        parsed = message_from_bytes(envelope.content, policy=policy.default)
        self.messages.append((list(envelope.rcpt_tos), parsed))
        return "250 Message accepted for delivery"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(name="smtp_server")
def smtp_server_fixture():
    recorder = Recorder()
    controller = Controller(recorder, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        yield recorder, controller.port
    finally:
        controller.stop()


def test_submission_emails_are_delivered_over_smtp(
    client, directory, smtp_server, django_capture_on_commit_callbacks
):
    recorder, port = smtp_server
    with override_settings(
        EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=port,
        EMAIL_USE_TLS=False,
        EMAIL_HOST_USER="",
        EMAIL_HOST_PASSWORD="",
        EMAIL_TIMEOUT=10,
    ):
        response = send(client, submit_url("ar"), valid_data(), django_capture_on_commit_callbacks)
    assert response.status_code == 302

    to_submitter = [
        message for rcpts, message in recorder.messages if rcpts == ["jana@example.org"]
    ]
    assert len(to_submitter) == 1
    message = to_submitter[0]
    assert "Fahrradwerkstatt Nordstadt" in message["Subject"]
    assert message["Content-Language"] == "ar"
    assert "Werkzeug ist da." in message.get_content()
    editors = sorted(rcpt for rcpts, _message in recorder.messages for rcpt in rcpts)
    assert "moderation@example.org" in editors
