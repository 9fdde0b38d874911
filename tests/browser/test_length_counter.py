"""The live character count of a limited text field, on an Arabic phone (360 px): the
note turns into "characters left" in Arabic-Indic digits, the screen reader's status
region speaks once typing pauses (not on every key), reaching the limit is said at once,
and nothing sticks out of the screen."""

from hub.demo.factories.pages import InitiativeIndexPageFactory


def test_counter_counts_in_arabic_digits_at_360px(
    transactional_db, tree, live_server, new_page, screenshot_dir
):
    InitiativeIndexPageFactory(parent=tree.homes["de"], translations=("en", "ar"))
    page = new_page(locale="ar", viewport=(360, 780))
    page.goto(f"{live_server.url}/ar/initiatives/submit/")
    note = page.locator("#id_summary_limit")
    status = page.locator("#id_summary_count")
    assert "٣٠٠" in note.inner_text()
    # An empty field keeps saying its limit rather than "255 of 255 left".
    title_note = page.locator("#id_title_limit").inner_text()
    assert "٢٥٥" in title_note and "٠" not in title_note

    page.locator("#id_summary").press_sequentially("مرحبا بكم")  # 9 characters
    assert "٢٩١" in note.inner_text()  # 291 left
    assert "٣٠٠" in note.inner_text()
    # Not announced on every keystroke: only after a pause.
    assert status.inner_text() == ""
    page.wait_for_timeout(1500)
    assert status.inner_text() == note.inner_text()

    # Pasting more than fits: the browser cuts at maxlength, and the note says so.
    page.locator("#id_summary").fill("ب" * 400)
    assert page.locator("#id_summary").input_value() == "ب" * 300
    assert "form-field__limit--full" in (note.get_attribute("class") or "")
    assert "٣٠٠" in note.inner_text()
    page.wait_for_timeout(300)
    assert status.inner_text() == note.inner_text()

    # Text longer than the limit (as the server sends it back with its error) is not cut:
    # the note says by how much it is too long.
    page.evaluate(
        """() => { const field = document.getElementById("id_summary");
        field.value = "ب".repeat(400); field.dispatchEvent(new Event("input")); }"""
    )
    assert page.locator("#id_summary").input_value() == "ب" * 400
    assert "١٠٠" in note.inner_text(), note.inner_text()  # 100 too many

    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 360, width
    note.scroll_into_view_if_needed()
    page.screenshot(path=screenshot_dir / "length-counter-ar-360.png")
