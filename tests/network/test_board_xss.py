"""Members write plain text: nothing they type becomes markup, links are the only thing
added, and those carry rel="nofollow noopener"."""

from html.parser import HTMLParser

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from hub.network.models import BoardEntry, BoardReply
from hub.network.templatetags.board_tags import board_text
from tests.network.board_support import PDF_BYTES, entry_post, url
from tests.network.selfservice_support import build_members

ATTACKS = (
    "<script>alert('x')</script>",
    '<img src=x onerror="alert(1)">',
    '<a href="javascript:alert(1)">klick</a>',
    "javascript:alert(document.cookie)",
    '"><svg onload=alert(1)>',
)


class ElementCollector(HTMLParser):
    """Every element and attribute the browser would build from the markup."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


@pytest.fixture(name="members")
def members_fixture(tree):
    return build_members(tree)


def assert_inert(html: str) -> None:
    collector = ElementCollector()
    collector.feed(html)
    for tag, attrs in collector.tags:
        assert tag not in {"script", "img", "svg", "iframe"}, tag
        assert not [name for name in attrs if name.startswith("on")], (tag, attrs)
        for name in ("href", "src", "action"):
            assert not (attrs.get(name) or "").strip().lower().startswith("javascript:"), attrs


def test_board_text_escapes_and_links():
    html = board_text("Hallo <b>Welt</b>\nsiehe https://example.org/kurs?a=1&b=2.")
    assert html == (
        "Hallo &lt;b&gt;Welt&lt;/b&gt;<br>siehe "
        '<a href="https://example.org/kurs?a=1&amp;b=2" rel="nofollow noopener">'
        "https://example.org/kurs?a=1&amp;b=2</a>."
    )
    for attack in ATTACKS:
        assert_inert(board_text(attack))


@pytest.mark.django_db
def test_attacks_stay_inert_in_title_text_reply_and_file_name(client, members):
    client.force_login(members.admin_a)
    attack = " ".join(ATTACKS)
    upload = SimpleUploadedFile('<img src=x onerror="alert(1)">.pdf', PDF_BYTES)
    response = client.post(
        url("board_new"),
        {**entry_post(title=ATTACKS[0] + ATTACKS[1], text=attack), "attachment": upload},
    )
    assert response.status_code == 302
    entry = BoardEntry.objects.get()
    client.post(url("board_entry", "de", entry.pk), {"text": attack})
    assert BoardReply.objects.count() == 1

    client.force_login(members.admin_b)
    for address in (url("board"), url("board_entry", "de", entry.pk)):
        html = client.get(address).content.decode()
        # The site's own scripts live in <head>; what members wrote is in <main>.
        assert_inert(html[html.index("<main") : html.index("</main>")])
        assert "&lt;script&gt;" in html
    served = client.get(url("board_attachment", "de", entry.pk))
    # The file name reaches the header only as a quoted parameter of a download.
    assert served["Content-Type"] == "application/pdf"
    assert served["Content-Disposition"] == (
        'attachment; filename="<img src=x onerror=\\"alert(1)\\">.pdf"'
    )
