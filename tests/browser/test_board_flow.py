"""End to end on phones: a member offers something with a PDF attached, another member
opens it and replies, and the first gets the e-mail about the reply through the mail
queue. Then the board list in Arabic at 360 px wide."""

from pathlib import Path

from hub.demo.factories.network import BoardEntryFactory
from hub.network.models import BoardEntry, BoardReply
from tests.mail_queue import run_mail_queue
from tests.network.board_support import PDF_BYTES
from tests.network.selfservice_support import PASSWORD, build_members

PHONE = (360, 800)


def log_in(page, base: str, email: str, next_path: str) -> None:
    page.goto(base + next_path)
    assert "/account/login/" in page.url
    page.fill("#id_username", email)
    page.fill("#id_password", PASSWORD)
    page.locator(".form-actions button").click()
    page.wait_for_load_state()


def test_offer_with_attachment_reply_and_notification(
    transactional_db, tree, live_server, new_page, screenshot_dir, mailoutbox, tmp_path
):
    members = build_members(tree)
    base = live_server.url
    flyer = Path(tmp_path) / "Flyer Sprachkurs.pdf"
    flyer.write_bytes(PDF_BYTES)

    # 1. Dora (Diakonie) offers course places on her phone, with the flyer attached.
    dora = new_page(viewport=PHONE)
    log_in(dora, base, "dora@example.org", "/de/members/board/new/")
    assert dora.url.endswith("/de/members/board/new/")
    dora.check('input[name="kind"][value="offer"]')
    dora.fill("#id_title", "Biete: 3 Plätze im Sprachkurs A2")
    dora.fill("#id_text", "Mo und Mi 18–20 Uhr.\nInfos: https://diakonie.example.org/kurs")
    dora.select_option("#id_category", "sprache")
    dora.set_input_files("#id_attachment", str(flyer))
    dora.screenshot(path=screenshot_dir / "board-new-entry-phone.png", full_page=True)
    dora.locator(".form-actions button").click()
    dora.wait_for_load_state()
    entry = BoardEntry.objects.get()
    assert dora.url.endswith(f"/de/members/board/{entry.pk}/")
    assert entry.attachment_name == "Flyer Sprachkurs.pdf"
    assert entry.organisation == members.diakonie
    link = dora.locator(".board-entry__text a")
    assert link.get_attribute("rel") == "nofollow noopener"

    # 2. Samira (Caritas) opens it in her own browser, downloads the flyer and replies.
    samira = new_page(viewport=PHONE, locale="ar")
    log_in(samira, base, "samira@example.org", "/ar/members/board/")
    samira.locator(".board-card__title a").first.click()
    samira.wait_for_load_state()
    assert samira.url.endswith(f"/ar/members/board/{entry.pk}/")
    with samira.expect_download() as download_info:
        samira.locator(".board-entry__attachment a").click()
    download = download_info.value
    assert download.suggested_filename == "Flyer Sprachkurs.pdf"
    assert Path(download.path()).read_bytes() == PDF_BYTES
    samira.fill("#id_text", "لدينا شابان مهتمان. هل يمكن الانضمام الآن؟")
    samira.locator(".board-reply-form button").click()
    samira.wait_for_load_state()
    assert samira.locator(".board-reply").count() == 1
    samira.screenshot(path=screenshot_dir / "board-entry-reply-ar-phone.png", full_page=True)
    assert BoardReply.objects.get().author == members.admin_a

    # 3. Dora gets the e-mail about the reply, in German, once the queue has run.
    assert run_mail_queue() == 1
    message = mailoutbox[-1]
    assert message.to == ["dora@example.org"]
    assert message.extra_headers["Content-Language"] == "de"
    assert "لدينا شابان مهتمان" in message.body
    assert f"/de/members/board/{entry.pk}/" in message.body


def test_board_list_in_arabic_on_a_phone(
    transactional_db, tree, live_server, new_page, screenshot_dir
):
    members = build_members(tree)
    sprache = members.terms["sprache"]
    BoardEntryFactory(
        author=members.admin_b,
        kind="search",
        title="Suche: Dolmetscherin Tigrinya für Elterngespräch",
        text="Für ein Elterngespräch in der Grundschule Nordstadt am Donnerstag.",
        category=sprache,
        organisation=members.diakonie,
    )
    BoardEntryFactory(
        author=members.admin_a,
        kind="offer",
        title="نقدم: مساعدة في تعبئة استمارات مركز العمل",
        text="كل ثلاثاء من الساعة 14 إلى 16 في مكتب كاريتاس، بدون موعد.",
        language="ar",
        organisation=members.caritas,
    )
    BoardEntryFactory(
        author=members.editor_a, kind="idea", title="Denke: gemeinsamer Stand beim Stadtteilfest?"
    )
    page = new_page(viewport=PHONE, locale="ar")
    log_in(page, live_server.url, "samira@example.org", "/ar/members/board/")
    assert page.url.endswith("/ar/members/board/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator(".board-card").count() == 3
    # Nothing sticks out sideways on a 360 px phone.
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    page.screenshot(path=screenshot_dir / "board-list-ar-360.png", full_page=True)
    page.locator(".filters__summary").click()
    page.screenshot(path=screenshot_dir / "board-list-ar-360-filters.png", full_page=True)
