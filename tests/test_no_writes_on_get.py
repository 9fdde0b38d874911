"""Opening a page never changes anything: no GET writes to the database except the
session's.

(Opening "My organisation" used to change the member's e-mail language, the members'
directory created a profile.) The demo content is loaded and its public and members'
pages are crawled from the home pages, the named pages and the links in e-mails
(registration, invitation, password reset), as an anonymous visitor, an organisation
admin, an organisation editor and an individual member; every INSERT, UPDATE or DELETE a
GET causes is reported with its URL.
"""

import re
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from hub.events.models import EventPage, Registration
from hub.network.invitations import invitation_path
from hub.network.models import BoardEntry, Membership
from tests.module_data import module_data

LANGUAGES = ("de", "en", "ar", "fa", "fr")
# Paths a visitor of the site does not browse, or that are not pages of the site.
SKIP = re.compile(r"^/(admin|django-admin|static|media|documents)/|/account/logout/")
WRITE = re.compile(r"^\s*(INSERT|UPDATE|DELETE)\b", re.I)
SESSION = re.compile(r'\b"?django_session"?\b')
MAX_PAGES = 450
MEMBER_PAGES = re.compile(r"^/[a-z]{2,3}/(account|members|intern)/")


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        if tag in ("a", "link", "form"):
            for name, value in attrs:
                if name in ("href", "action") and value:
                    self.hrefs.append(value)


def same_site(base: str, href: str) -> str | None:
    url = urldefrag(urljoin(base, href)).url
    parts = urlsplit(url)
    if parts.scheme not in ("", "http") or parts.netloc not in ("", "testserver"):
        return None
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    return None if SKIP.search(parts.path) else path


def named_pages() -> list[str]:
    pages = ["/sitemap.xml", "/robots.txt"]
    for language in LANGUAGES:
        with translation.override(language):
            pages.append(f"/{language}/")
            for name in (
                "login",
                "password_reset",
                "password_reset_done",
                "my_data",
                "download_my_data",
                "delete_account",
                "account_deleted",
                "my_organisation",
                "member_directory",
                "member_profile",
                "members_home",
                "board",
                "board_new",
                "notification_settings",
            ):
                pages.append(reverse(f"network:{name}"))
            pages.append(reverse("search") + "?q=Beratung")
    return pages


def mailed_links() -> list[str]:
    """The links people get by e-mail: confirming or cancelling a registration, choosing
    a password from an invitation or a reset."""
    links = []
    for registration in Registration.objects.select_related("occurrence")[:6]:
        page = EventPage.objects.filter(translation_key=registration.occurrence.event_key).first()
        base = page.get_url()
        links += [
            base + page.reverse_subpage("confirm_route", args=[registration.confirm_token]),
            base + page.reverse_subpage("cancel_route", args=[registration.cancel_token]),
        ]
    for membership in Membership.objects.select_related("user")[:2]:
        links.append(invitation_path(membership.user, "de"))
    user = get_user_model().objects.get(username="mitglied")
    with translation.override("en"):
        links.append(
            reverse(
                "network:password_reset_confirm",
                kwargs={
                    "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
                    "token": default_token_generator.make_token(user),
                },
            )
        )
    return links


def member_pages() -> list[str]:
    pages = []
    for membership in Membership.objects.all()[:3]:
        with translation.override("de"):
            pages.append(reverse("network:organisation", kwargs={"pk": membership.organisation_id}))
    for entry in BoardEntry.objects.all()[:3]:
        with translation.override("de"):
            pages.append(reverse("network:board_entry", kwargs={"pk": entry.pk}))
            pages.append(reverse("network:board_edit", kwargs={"pk": entry.pk}))
            pages.append(reverse("network:board_report", kwargs={"pk": entry.pk}))
            if entry.attachment:
                pages.append(reverse("network:board_attachment", kwargs={"pk": entry.pk}))
    return pages


def shape(path: str) -> str:
    """Paths that differ only in numbers (dates of one event, board entries) and the
    language prefix are one kind of page."""
    return re.sub(r"\d+", "N", re.sub(r"^/[a-z]{2,3}/", "/", path))


def crawl(client, start: list[str], follow=lambda path: True) -> tuple[int, list[str]]:
    """GET every page reachable from ``start`` (links whose path ``follow`` accepts);
    the writes each caused, by URL."""
    queue, seen, writes = deque(start), set(), []
    seen_paths: set[str] = set()
    shapes: dict[str, int] = {}
    visited = 0
    while queue and visited < MAX_PAGES:
        url = queue.popleft()
        path = urlsplit(url).path
        # Each path once (filters and pagination of one listing add little), each kind
        # of page a few times, the start pages as given.
        if url in seen or (
            url not in start and (path in seen_paths or shapes.get(shape(path), 0) >= 3)
        ):
            continue
        seen.add(url)
        seen_paths.add(path)
        shapes[shape(path)] = shapes.get(shape(path), 0) + 1
        # The log holds the last 9000 queries only; once full, a capture would see none.
        connection.queries_log.clear()
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        visited += 1
        for query in queries.captured_queries:
            if WRITE.match(query["sql"]) and not SESSION.search(query["sql"]):
                writes.append(f"{url}: {query['sql'][:160]}")
        if response.status_code in (301, 302) and "Location" in response:
            target = same_site(url, response["Location"])
            if target:
                queue.append(target)
            continue
        if "html" not in response.get("Content-Type", ""):
            continue
        parser = Links()
        parser.feed(response.content.decode())
        for href in parser.hrefs:
            target = same_site(url, href)
            if target and target not in seen and follow(urlsplit(target).path):
                queue.append(target)
    return visited, writes


@module_data
def demo() -> None:
    """The demo content, loaded once for the module (each test sees it fresh)."""
    call_command("load_demo_data", verbosity=0)


@pytest.mark.django_db
@pytest.mark.parametrize("username", [None, "mitglied", "diakonie", "ehrenamt"])
def test_opening_pages_writes_nothing(client, demo, username):
    start = named_pages() + mailed_links()
    follow = lambda path: True  # noqa: E731
    if username:
        user = get_user_model().objects.get(username=username)
        client.force_login(user)
        start += member_pages()
        languages_before = list(
            Membership.objects.order_by("pk").values_list("language", flat=True)
        )
        # The public pages were crawled anonymously; members follow their own pages.
        follow = MEMBER_PAGES.search
    visited, writes = crawl(client, start, follow)
    assert visited > 80, "the crawl reached the site"
    assert writes == []
    if username:
        after = list(Membership.objects.order_by("pk").values_list("language", flat=True))
        assert after == languages_before, "opening pages in other languages changed nothing"
