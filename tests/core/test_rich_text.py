"""Plain text from the public into rich text and back (no markup ever gets through)."""

from hub.core.rich_text import richtext_to_text, same_text, text_to_richtext


def test_paragraphs_and_line_breaks():
    text = "Erste Zeile\r\nzweite Zeile\n\n  \n\nNeuer Absatz"
    assert text_to_richtext(text) == "<p>Erste Zeile<br/>zweite Zeile</p><p>Neuer Absatz</p>"
    assert text_to_richtext("   \n ") == ""


def test_markup_is_escaped():
    assert text_to_richtext('<a href="javascript:x">klick</a> & <img src=x onerror=y>') == (
        "<p>&lt;a href=&quot;javascript:x&quot;&gt;klick&lt;/a&gt; &amp; "
        "&lt;img src=x onerror=y&gt;</p>"
    )


def test_rich_text_back_to_plain_text():
    html = (
        '<p>Wir treffen uns <a href="https://example.org">hier</a>.<br/>Jeden Montag.</p>'
        "<h3>Mitmachen</h3><ul><li>Lesen</li><li>Basteln &amp; Malen</li></ul>"
    )
    assert richtext_to_text(html) == (
        "Wir treffen uns hier.\nJeden Montag.\n\nMitmachen\n\n- Lesen\n\n- Basteln & Malen"
    )
    assert richtext_to_text("") == ""


def test_round_trip_of_plain_text_is_stable():
    text = "Absatz eins\nmit Umbruch\n\nAbsatz <zwei>"
    assert richtext_to_text(text_to_richtext(text)) == text
    assert same_text(text, "Absatz eins  mit Umbruch\n\n\nAbsatz <zwei> ")
    assert not same_text(text, "Absatz eins")


def test_arabic_and_persian_digits_become_latin():
    from hub.core.digits import latin_digits

    assert latin_digits("+٤٩ ٣٠ ۱۲۳") == "+49 30 123"
