"""End to end in Arabic on a phone: find the next date in the calendar, register, confirm
from the e-mailed link, then cancel with the personal link and see the seat free again.

E-mails travel the real path: the live server queues them in the database (django-tasks),
``run_mail_queue`` runs the ``db_worker``'s own task runner in the test's thread, and the
locmem backend of the test settings delivers them to ``mailoutbox``.
"""

import re
from urllib.parse import urlsplit

import pytest
from django.utils import translation

from hub.core.digits import native_digits
from hub.demo.factories.events import EventIndexPageFactory, EventPageFactory, translate_event
from hub.events.models import Registration
from tests.events.calendar_support import calendar_in
from tests.mail_queue import run_mail_queue

pytestmark = pytest.mark.browser

TITLE_AR = "لقاء التشبيك"
NAME_AR = "سامية حداد"
EMAIL = "samia.haddad@example.org"
SEATS = 3
PHONE = (360, 800)


def arabic(message: str) -> str:
    with translation.override("ar"):
        return translation.gettext(message)


def seats_left(n: int) -> str:
    """The registration box's sentence, as the Arabic catalog words it for ``n`` (in
    Arabic-Indic digits)."""
    with translation.override("ar"):
        sentence = translation.ngettext("%(seats)s seat left.", "%(seats)s seats left.", n)
        return native_digits(sentence % {"seats": n})


def link_in_last_mail(mailoutbox, kind: str) -> str:
    """The path of the ``/confirm/…/`` or ``/cancel/…/`` link in the newest e-mail."""
    body = mailoutbox[-1].body
    found = re.search(rf"https?://\S+/{kind}/[0-9a-f-]{{36}}/", body)
    assert found, body
    return urlsplit(found.group(0)).path


def test_register_confirm_and_cancel_in_arabic(
    transactional_db, tree, live_server, new_page, screenshot_dir, mailoutbox
):
    calendar = EventIndexPageFactory(parent=tree.homes["de"], translations=("en", "ar"))
    event = EventPageFactory(parent=calendar, capacity=SEATS, interpretation=True)
    translate_event(
        event,
        "ar",
        title=TITLE_AR,
        slug="network-meeting",
        summary="لقاء شهري لكل من يدعم اللاجئين في المدينة.",
        venue_name="بيت الجيران",
    )
    assert seats_left(SEATS) != seats_left(SEATS - 1)  # the check below can tell them apart

    # 1. The calendar in Arabic, on a phone: open the next date.
    visitor = new_page(locale="ar", viewport=PHONE)
    visitor.goto(f"{live_server.url}{calendar_in(calendar, 'ar').url}")
    assert visitor.locator("html").get_attribute("dir") == "rtl"
    visitor.screenshot(path=screenshot_dir / "event-calendar-ar-phone.png", full_page=True)
    visitor.get_by_role("link", name=TITLE_AR).first.click()
    visitor.wait_for_load_state()
    occurrence_url = visitor.url
    assert "/ar/" in occurrence_url
    registration_box = visitor.locator("#registration")
    assert seats_left(SEATS) in registration_box.inner_text()

    # 2. Register with a name in Arabic script.
    visitor.fill("#id_name", NAME_AR)
    visitor.fill("#id_email", EMAIL)
    assert visitor.locator("#id_language").input_value() == "ar"
    visitor.check("#id_consent")
    visitor.screenshot(path=screenshot_dir / "event-register-ar-phone.png", full_page=True)
    visitor.wait_for_timeout(3200)  # the form refuses submissions faster than a human
    visitor.locator(".registration-form button[type=submit]").click()
    visitor.wait_for_load_state()
    visitor.screenshot(path=screenshot_dir / "event-registration-sent-ar-phone.png", full_page=True)
    registration = Registration.objects.get(email=EMAIL)
    assert (registration.name, registration.language) == (NAME_AR, "ar")
    assert registration.status == Registration.Status.PENDING

    # 3. Confirm from the e-mail (sent in Arabic).
    assert run_mail_queue() == 1
    assert mailoutbox[-1].to == [EMAIL]
    assert mailoutbox[-1].extra_headers["Content-Language"] == "ar"
    visitor.goto(live_server.url + link_in_last_mail(mailoutbox, "confirm"))
    visitor.get_by_role("button", name=arabic("Confirm registration")).click()
    visitor.wait_for_load_state()
    assert visitor.locator("h1").inner_text() == arabic("You are registered")
    visitor.screenshot(path=screenshot_dir / "event-confirmed-ar-phone.png", full_page=True)
    registration.refresh_from_db()
    assert registration.status == Registration.Status.CONFIRMED

    visitor.goto(occurrence_url)
    assert seats_left(SEATS - 1) in visitor.locator("#registration").inner_text()

    # 4. Cancel with the personal link from the confirmation e-mail.
    assert run_mail_queue() == 1
    assert mailoutbox[-1].attachments  # the calendar file
    visitor.goto(live_server.url + link_in_last_mail(mailoutbox, "cancel"))
    visitor.screenshot(path=screenshot_dir / "event-cancel-ar-phone.png", full_page=True)
    visitor.get_by_role("button", name=arabic("Yes, cancel my registration")).click()
    visitor.wait_for_load_state()
    assert visitor.locator("h1").inner_text() == arabic("Your registration is cancelled")
    visitor.screenshot(path=screenshot_dir / "event-cancelled-ar-phone.png", full_page=True)
    registration.refresh_from_db()
    assert registration.status == Registration.Status.CANCELLED
    assert run_mail_queue() == 1
    assert mailoutbox[-1].to == [EMAIL]

    # 5. The seat is free again.
    visitor.goto(occurrence_url)
    assert seats_left(SEATS) in visitor.locator("#registration").inner_text()
    visitor.screenshot(path=screenshot_dir / "event-seat-free-ar-phone.png", full_page=True)
