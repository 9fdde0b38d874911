"""In Arabic on a 360 px phone: every date of a series page shows its register button,
which opens that date's form; a form sent with a mistake comes back with the focus on
its error summary and everything typed still there."""

import pytest
from django.utils import translation

from hub.demo.factories.events import EventIndexPageFactory, EventPageFactory, translate_event
from hub.events.models import EventPage, Repeat
from tests.events.calendar_support import next_weekday, occurrences

pytestmark = pytest.mark.browser

PHONE = (360, 780)
NAME_AR = "سامية حداد"


def arabic(message: str) -> str:
    with translation.override("ar"):
        return translation.gettext(message)


def test_series_dates_register_and_focus_the_error_summary(
    transactional_db, tree, live_server, new_page, screenshot_dir
):
    calendar = EventIndexPageFactory(parent=tree.homes["de"], translations=("ar",))
    event = EventPageFactory(
        parent=calendar, starts_on=next_weekday(1), repeat=Repeat.WEEKLY, capacity=10
    )
    translate_event(event, "ar", title="لقاء التشبيك", slug="network-meeting")
    arabic_page = EventPage.objects.get(
        translation_key=event.translation_key, locale__language_code="ar"
    )
    dates = list(occurrences(event))[:12]

    visitor = new_page(locale="ar", viewport=PHONE)
    visitor.goto(live_server.url + arabic_page.url)
    buttons = visitor.locator(".event__dates .event-entry__register a.button")
    assert buttons.count() == len(dates)
    for index in range(buttons.count()):
        box = buttons.nth(index).bounding_box()
        assert box["width"] > 40 and box["height"] >= 40  # visible, a real touch target
        assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE[0]
        assert buttons.nth(index).inner_text().startswith(arabic("Register"))
    assert visitor.evaluate("document.documentElement.scrollWidth") <= PHONE[0]
    visitor.screenshot(path=screenshot_dir / "event-series-ar-phone.png", full_page=True)

    buttons.nth(1).click()
    visitor.wait_for_load_state()
    assert visitor.url.endswith(f"{arabic_page.url}{dates[1].pk}/#registration")
    visitor.fill("#id_name", NAME_AR)
    visitor.fill("#id_email", "samia@")  # not an address
    visitor.fill("#id_party_size", "٣")
    visitor.wait_for_timeout(3200)  # the form refuses submissions faster than a human
    visitor.locator(".registration-form button[type=submit]").click()
    visitor.wait_for_load_state()

    assert visitor.evaluate("document.activeElement.id") == "error-summary"
    summary = visitor.locator("#error-summary")
    assert summary.is_visible()
    assert visitor.evaluate(
        "(() => { const r = document.activeElement.getBoundingClientRect();"
        " return r.top >= 0 && r.top < window.innerHeight; })()"
    )
    assert visitor.locator("#id_name").input_value() == NAME_AR
    assert visitor.locator("#id_email").input_value() == "samia@"
    assert visitor.locator("#id_party_size").input_value() in {"٣", "3"}  # read as 3
    visitor.screenshot(path=screenshot_dir / "event-register-error-ar-phone.png", full_page=True)
