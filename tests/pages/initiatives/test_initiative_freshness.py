"""Keeping the directory current: who gets a reminder, in which language, and only once.

The rules are tested against a fixed ``NOW`` passed into the service functions; the
command is tested against the real clock with records dated relative to it. The helpers
at the top are shared with ``test_initiative_freshness_views.py``.
"""

import re
from datetime import date, datetime, timedelta
from io import StringIO
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.core.management import CommandError, call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from hub.demo.factories.pages import (
    InitiativeIndexPageFactory,
    InitiativePageFactory,
    by_language,
    translate,
)
from hub.pages.initiatives.freshness import reminders
from hub.pages.initiatives.freshness.entries import pick_source_pages
from hub.pages.initiatives.freshness.reminders import plan_reminders
from hub.pages.initiatives.freshness.services import months_before
from hub.pages.models import InitiativeFreshness, InitiativeIndexPage, InitiativePage
from hub.pages.models import InitiativeSubmission as Submission
from tests.mail_queue import mail_delivered, run_mail_queue
from tests.module_data import module_data

NOW = datetime(2026, 3, 15, 9, 30, tzinfo=ZoneInfo("Europe/Berlin"))
MONTH = timedelta(days=31)
LINK = re.compile(r"https?://\S+")


def send_reminders(**options) -> reminders.ReminderReport:
    """The reminder run, with the e-mails it queued delivered."""
    with mail_delivered():
        return reminders.send_reminders(**options)


def aged(
    index: InitiativeIndexPage,
    title: str,
    *,
    confirmed: datetime | None,
    reminded: datetime | None = None,
    email: str | None = None,
    **fields,
) -> InitiativePage:
    """A German initiative whose record says it was last confirmed at ``confirmed``."""
    slug = fields.pop("slug", None) or title.lower().replace(" ", "-")
    page = InitiativePageFactory(
        parent=index,
        title=title,
        slug=slug,
        contact_name=fields.pop("contact_name", "Dana Beispiel"),
        contact_email=f"{slug}@example.org" if email is None else email,
        **fields,
    )
    if confirmed is not None:
        InitiativeFreshness.objects.create(
            translation_key=page.translation_key,
            last_confirmed_at=confirmed,
            reminder_sent_at=reminded,
        )
    return page


def record(page: InitiativePage) -> InitiativeFreshness:
    return InitiativeFreshness.objects.get(translation_key=page.translation_key)


def links_in(body: str) -> list[str]:
    return LINK.findall(body)


def path_of(url: str) -> str:
    """``/de/initiativen/…`` from ``http://localhost/de/initiativen/…``."""
    return "/" + url.split("://", 1)[1].split("/", 1)[1]


@module_data
def indexes(tree):
    return by_language(
        InitiativeIndexPageFactory(parent=tree.homes["de"], translations=("en", "ar"))
    )


@module_data
def sample(indexes):
    """One initiative of every kind the reminder run must tell apart."""
    index = indexes["de"]
    return {
        "fresh": aged(index, "Sprachcafe", confirmed=NOW - 2 * MONTH),
        "stale": aged(index, "Fahrradwerkstatt", confirmed=NOW - 7 * MONTH),
        "reminded": aged(
            index, "Nachhilfe", confirmed=NOW - 8 * MONTH, reminded=NOW - timedelta(days=10)
        ),
        "ended": aged(
            index,
            "Kleiderkammer",
            confirmed=NOW - 9 * MONTH,
            status="ended",
            ended_on=date(2025, 12, 31),
        ),
        "draft": aged(index, "Geheimprojekt", confirmed=NOW - 9 * MONTH, publish=False, live=False),
        "no_email": aged(index, "Gartengruppe", confirmed=NOW - 7 * MONTH, email=""),
        "paused": aged(index, "Laufgruppe", confirmed=NOW - 13 * MONTH, status="paused"),
    }


def titles(entries) -> set[str]:
    return {entry.page.title for entry in entries}


# --- Selection ------------------------------------------------------------------------


def test_months_before_counts_calendar_months_and_clamps_the_day():
    assert months_before(NOW, 6).date() == date(2025, 9, 15)
    end_of_march = datetime(2026, 3, 31, 12, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    assert months_before(end_of_march, 1).date() == date(2026, 2, 28)
    assert months_before(end_of_march, 15).date() == date(2024, 12, 31)


def test_plan_sorts_every_live_initiative_into_one_group(sample):
    plan = plan_reminders(now=NOW, months=6)

    assert titles(plan.due) == {"Fahrradwerkstatt", "Laufgruppe"}
    assert titles(plan.already_reminded) == {"Nachhilfe"}
    assert titles(plan.without_email) == {"Gartengruppe"}
    assert titles(plan.fresh) == {"Sprachcafe"}
    everything = plan.due + plan.already_reminded + plan.without_email + plan.fresh
    assert "Kleiderkammer" not in titles(everything)  # ended
    assert "Geheimprojekt" not in titles(everything)  # never published


def test_months_option_moves_the_threshold(sample):
    plan = plan_reminders(now=NOW, months=12)

    assert titles(plan.due) == {"Laufgruppe"}
    assert "Fahrradwerkstatt" in titles(plan.fresh)


def test_a_reminder_before_the_last_confirmation_does_not_count(indexes):
    aged(
        indexes["de"],
        "Tafel",
        confirmed=NOW - 7 * MONTH,
        reminded=NOW - 8 * MONTH,
    )

    assert titles(plan_reminders(now=NOW, months=6).due) == {"Tafel"}


def test_missing_records_are_created_from_the_last_publication(indexes):
    page = InitiativePageFactory(
        parent=indexes["de"], title="Neu hier", contact_email="neu@example.org"
    )
    page.last_published_at = NOW - 10 * MONTH
    page.save(update_fields=["last_published_at"])

    dry = plan_reminders(now=NOW, months=6, create_missing=False)
    assert titles(dry.due) == {"Neu hier"}
    assert not InitiativeFreshness.objects.exists()

    plan_reminders(now=NOW, months=6)
    assert record(page).last_confirmed_at == NOW - 10 * MONTH
    assert record(page).reminder_sent_at is None


def test_the_german_page_stands_for_its_translations(indexes):
    page = InitiativePageFactory(
        parent=indexes["de"], title="Begegnungscafe", contact_email="cafe@example.org"
    )
    english = translate(page, "en", title="Meeting cafe", slug="meeting-cafe")
    arabic = translate(page, "ar", title="مقهى اللقاء", slug="meeting-cafe")

    chosen = pick_source_pages([arabic, english, page])
    assert chosen == {page.translation_key: page}
    assert pick_source_pages([arabic, english])[page.translation_key].pk == english.pk


# --- Sending --------------------------------------------------------------------------


def test_each_due_initiative_gets_exactly_one_email(sample):
    report = send_reminders(now=NOW, months=6)

    assert sorted(message.to[0] for message in mail.outbox) == [
        "fahrradwerkstatt@example.org",
        "laufgruppe@example.org",
    ]
    assert titles(report.sent) == {"Fahrradwerkstatt", "Laufgruppe"}
    assert record(sample["stale"]).reminder_sent_at == NOW
    assert record(sample["fresh"]).reminder_sent_at is None
    assert record(sample["no_email"]).reminder_sent_at is None
    # The earlier reminder keeps its date: it is not sent again.
    assert record(sample["reminded"]).reminder_sent_at == NOW - timedelta(days=10)


def test_running_again_sends_nothing(sample):
    send_reminders(now=NOW, months=6)
    later = send_reminders(now=NOW + timedelta(days=1), months=6)

    assert len(mail.outbox) == 2
    assert later.sent == []
    assert titles(later.plan.already_reminded) == {"Fahrradwerkstatt", "Laufgruppe", "Nachhilfe"}


def test_dry_run_sends_and_changes_nothing(sample):
    report = send_reminders(now=NOW, months=6, dry_run=True)

    assert titles(report.plan.due) == {"Fahrradwerkstatt", "Laufgruppe"}
    assert mail.outbox == []
    assert record(sample["stale"]).reminder_sent_at is None


def test_one_email_for_an_initiative_in_three_languages(indexes):
    page = aged(indexes["de"], "Begegnungscafe", confirmed=NOW - 7 * MONTH)
    translate(page, "en", title="Meeting cafe", slug="meeting-cafe")
    translate(page, "ar", title="مقهى اللقاء", slug="meeting-cafe")

    send_reminders(now=NOW, months=6)

    assert len(mail.outbox) == 1
    assert InitiativeFreshness.objects.count() == 1


def test_email_is_written_in_the_source_language_with_german_links(sample):
    send_reminders(now=NOW, months=6)
    message = next(m for m in mail.outbox if m.to == ["fahrradwerkstatt@example.org"])
    token = record(sample["stale"]).token

    assert message.extra_headers["Content-Language"] == "de"
    assert "Fahrradwerkstatt" in message.subject
    assert "Dana Beispiel" in message.body
    assert links_in(message.body) == [
        "http://localhost/de/initiativen/fahrradwerkstatt/",
        f"http://localhost/de/initiativen/confirm/{token}/",
        f"http://localhost/de/initiativen/update/{token}/",
    ]


def test_email_goes_out_in_the_language_the_initiative_was_submitted_in(indexes):
    page = aged(indexes["de"], "Begegnungscafe", confirmed=NOW - 7 * MONTH)
    translate(page, "ar", title="مقهى اللقاء", slug="meeting-cafe")
    Submission.objects.create(
        page=page,
        translation_key=page.translation_key,
        submitter_name="Samira",
        submitter_email="samira@example.org",
        language="ar",
    )

    send_reminders(now=NOW, months=6)

    (message,) = mail.outbox
    token = record(page).token
    assert message.extra_headers["Content-Language"] == "ar"
    assert "مقهى اللقاء" in message.subject
    assert f"http://localhost/ar/initiatives/confirm/{token}/" in message.body
    assert f"http://localhost/ar/initiatives/update/{token}/" in message.body
    assert "http://localhost/ar/initiatives/meeting-cafe/" in message.body


def test_a_language_without_a_translated_directory_links_to_the_source_under_its_prefix(
    indexes,
):
    page = aged(indexes["de"], "Begegnungscafe", confirmed=NOW - 7 * MONTH)
    Submission.objects.create(
        translation_key=page.translation_key,
        submitter_name="Reza",
        submitter_email="reza@example.org",
        language="fa",
    )

    send_reminders(now=NOW, months=6)

    (message,) = mail.outbox
    assert message.extra_headers["Content-Language"] == "fa"
    assert f"http://localhost/fa/initiativen/confirm/{record(page).token}/" in message.body


def test_a_failed_delivery_is_tried_again_by_the_mail_queue(sample, settings):
    settings.EMAIL_BACKEND = "tests.pages.initiatives.test_initiative_freshness.RefusingBackend"

    report = send_reminders(now=NOW, months=6)

    assert len(report.sent) == 2
    assert record(sample["stale"]).reminder_sent_at == NOW
    assert DBTaskResult.objects.filter(status="FAILED").count() == 2
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    DBTaskResult.objects.filter(status="READY").update(run_after=timezone.now())
    assert run_mail_queue() == 2
    assert len(mail.outbox) == 2


class RefusingBackend:
    """An SMTP server that is down."""

    def __init__(self, *args, **kwargs):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def open(self):
        return True

    def close(self):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("connection refused")


# --- The command ----------------------------------------------------------------------


@module_data
def real_time_sample(indexes):
    now = timezone.now()
    index = indexes["de"]
    return {
        "fresh": aged(index, "Sprachcafe", confirmed=now - 2 * MONTH),
        "stale": aged(index, "Fahrradwerkstatt", confirmed=now - 7 * MONTH),
        "old": aged(index, "Laufgruppe", confirmed=now - 13 * MONTH),
        "reminded": aged(
            index, "Nachhilfe", confirmed=now - 8 * MONTH, reminded=now - timedelta(days=3)
        ),
        "no_email": aged(index, "Gartengruppe", confirmed=now - 7 * MONTH, email=""),
    }


def run(*args: str) -> str:
    out = StringIO()
    with mail_delivered():
        call_command("remind_stale_initiatives", *args, stdout=out, stderr=StringIO())
    return out.getvalue()


def test_command_reminds_and_reports(real_time_sample):
    output = run()

    assert len(mail.outbox) == 2
    assert "Reminded 2, skipped 1 without e-mail, already reminded 1" in output
    assert "Gartengruppe <no e-mail address>" in output
    assert record(real_time_sample["stale"]).reminder_sent_at is not None


def test_command_is_idempotent(real_time_sample):
    run()
    output = run()

    assert len(mail.outbox) == 2
    assert "Reminded 0, skipped 1 without e-mail, already reminded 3" in output


def test_command_dry_run(real_time_sample):
    output = run("--dry-run")

    assert mail.outbox == []
    assert "Would remind 2" in output
    assert "Would remind: Fahrradwerkstatt <fahrradwerkstatt@example.org> [de]" in output
    assert record(real_time_sample["stale"]).reminder_sent_at is None


def test_command_months_option_overrides_the_setting(real_time_sample, settings):
    settings.HUB_STALE_AFTER_MONTHS = 1
    run("--months", "12")

    assert [message.to for message in mail.outbox] == [["laufgruppe@example.org"]]


def test_command_follows_the_setting(real_time_sample, settings):
    settings.HUB_STALE_AFTER_MONTHS = 1
    run()

    assert len(mail.outbox) == 3  # Sprachcafe, confirmed two months ago, too


def test_command_rejects_nonsense_months(tree):
    with pytest.raises(CommandError):
        run("--months", "0")
