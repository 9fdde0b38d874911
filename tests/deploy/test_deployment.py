"""The README's deployment, tried from outside: nginx in front of gunicorn, as a visitor,
as a member and as someone guessing addresses (see tests/deploy/conftest.py).

Every request goes through nginx, over HTTPS with the test run's certificate, except the
one that looks behind it: whether a private file left gunicorn only as an
``X-Accel-Redirect`` for nginx to fulfil.
"""

from __future__ import annotations

import http.client
import re
import socket
import ssl

import pytest

from tests.deploy import observatory, servers
from tests.deploy.client import Response, Visitor

# django_db: pytest-django sets up the test database only for sessions that ask for one.
# The tests' own transactions hold nothing: the content gunicorn shows was committed by
# the ``deployment`` fixture before them.
pytestmark = [pytest.mark.postgres_only, pytest.mark.django_db]

HOST = servers.HOST
SIX_MONTHS = 15_768_000
PRIVATE_REFERRER_POLICIES = {
    "no-referrer",
    "same-origin",
    "strict-origin",
    "strict-origin-when-cross-origin",
}


def directives(response: Response) -> dict[str, set[str]]:
    """The one Content-Security-Policy of ``response``, by directive."""
    policies = response.all("Content-Security-Policy")
    assert len(policies) == 1, f"one CSP expected: {response}"
    parsed, _duplicates = observatory.parse_csp(policies[0])
    return parsed


def assert_no_bytes(response: Response, secret: bytes) -> None:
    assert secret not in response.body, response
    assert response.status in {302, 403, 404}, response
    if response.status == 302:
        assert "/account/login/" in (response.location or ""), response


def assert_security_headers(response: Response) -> None:
    """What every answer of the site carries, pages and files alike."""
    hsts = response.all("Strict-Transport-Security")
    assert len(hsts) == 1, response
    max_age = int(re.search(r"max-age=(\d+)", hsts[0]).group(1))
    assert max_age >= SIX_MONTHS, hsts
    assert response.all("X-Content-Type-Options") == ["nosniff"], response
    assert response.header("Referrer-Policy") in PRIVATE_REFERRER_POLICIES, response
    assert response.header("Permissions-Policy"), response
    csp = directives(response)
    assert csp.get("frame-ancestors") == {"'none'"}, csp
    scripts = csp.get("script-src") or csp.get("default-src") or {"*"}
    assert not scripts & {"'unsafe-inline'", "'unsafe-eval'", "*", "data:", "https:"}, csp


def assert_private(response: Response) -> None:
    cache_control = {part.strip() for part in ",".join(response.all("Cache-Control")).split(",")}
    assert {"private", "no-store"} <= cache_control, response


# --- HTTPS -------------------------------------------------------------------------


def test_http_redirects_to_https_on_the_same_host(anonymous):
    response = anonymous.get(f"http://{HOST}/de/initiativen/?bezirk=nordstadt")
    assert response.status == 301, response
    assert response.header("Location") == f"https://{HOST}/de/initiativen/?bezirk=nordstadt"


@pytest.mark.filterwarnings("ignore:ssl.TLSVersion.TLSv1_1 is deprecated:DeprecationWarning")
def test_tls_is_modern_and_offers_http2(deployment):
    context = ssl.create_default_context(cafile=deployment.cafile)
    context.set_alpn_protocols(["h2", "http/1.1"])
    with (
        socket.create_connection(("127.0.0.1", deployment.ports.https)) as raw,
        context.wrap_socket(raw, server_hostname="127.0.0.1") as tls,
    ):
        assert tls.version() in {"TLSv1.2", "TLSv1.3"}
        assert tls.selected_alpn_protocol() == "h2"

    # Debian's nginx.conf allows TLS 1.0 and 1.1 for the whole server; the site does not.
    old = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    old.load_verify_locations(deployment.cafile)
    old.set_ciphers("ALL:@SECLEVEL=0")
    old.minimum_version = old.maximum_version = ssl.TLSVersion.TLSv1_1
    with (
        socket.create_connection(("127.0.0.1", deployment.ports.https)) as raw,
        pytest.raises(ssl.SSLError),
    ):
        old.wrap_socket(raw, server_hostname="127.0.0.1")


def test_uploads_larger_than_the_limit_are_refused_by_nginx(anonymous):
    response = anonymous.request(
        "POST",
        "/de/initiativen/submit/",
        body=b"x" * (13 * 1024 * 1024),
        headers={"Content-Type": "application/octet-stream"},
    )
    assert response.status == 413, response


# --- private files -------------------------------------------------------------------


def test_members_document_is_not_given_to_anonymous_visitors(deployment, anonymous):
    content = deployment.content
    assert_no_bytes(anonymous.get(content.document_url), content.document_bytes)
    # Where it was before it became private, and where nginx keeps private files.
    for path in (
        f"/media/documents/{content.document_file}",
        f"/_private/documents/{content.document_file}",
        "/_private/",
    ):
        response = anonymous.get(path)
        assert response.status == 404, response
        assert content.document_bytes not in response.body


def test_member_gets_the_document_from_nginx(deployment, member):
    content = deployment.content
    response = member.get(content.document_url)
    assert response.status == 200, response
    assert response.body == content.document_bytes
    assert response.header("X-Accel-Redirect") is None, response
    assert_private(response)
    assert response.all("X-Content-Type-Options") == ["nosniff"], response
    assert "'none'" in directives(response).get("default-src", set()), response

    # Behind nginx: gunicorn answered with the file's place for nginx, not with the file.
    connection = http.client.HTTPConnection("127.0.0.1", deployment.ports.gunicorn, timeout=30)
    try:
        connection.request(
            "GET",
            content.document_url,
            headers={
                "Host": HOST,
                "X-Forwarded-Proto": "https",
                "X-Forwarded-For": "127.0.0.1",
                "Cookie": f"sessionid={member.cookies['sessionid'].value}",
            },
        )
        behind = connection.getresponse()
        try:
            body = behind.read()
        except http.client.IncompleteRead as unfinished:
            # The file's Content-Length, kept for nginx, with nothing behind it: fine.
            body = unfinished.partial
    finally:
        connection.close()
    assert behind.status == 200
    assert (behind.getheader("X-Accel-Redirect") or "").startswith("/_private/"), (
        behind.getheaders()
    )
    assert content.document_bytes not in body

    # Knowing that place does not help a member either: only nginx may go there.
    direct = member.get(behind.getheader("X-Accel-Redirect"))
    assert direct.status == 404, direct


def test_board_attachment_is_for_members_only(deployment, anonymous, member):
    content = deployment.content
    assert_no_bytes(anonymous.get(content.attachment_url), content.attachment_bytes)
    response = member.get(content.attachment_url)
    assert response.status == 200, response
    assert response.body == content.attachment_bytes
    assert response.header("X-Accel-Redirect") is None, response
    assert_private(response)
    assert response.all("X-Content-Type-Options") == ["nosniff"], response


def test_unmoderated_upload_has_no_public_original(anonymous, submission):
    from tests.deploy.conftest import UPLOADED_NAME

    for path in (f"/media/original_images/{UPLOADED_NAME}", f"/media/{submission.original_name}"):
        response = anonymous.get(path)
        assert response.status == 404, response
        assert not response.body.startswith(b"\x89PNG"), response


# --- headers -----------------------------------------------------------------------


def test_page_headers(anonymous):
    response = anonymous.get("/de/")
    assert response.status == 200, response
    assert_security_headers(response)
    assert "'unsafe-inline'" not in (directives(response).get("script-src") or set())


def test_static_file_headers(anonymous):
    page = anonymous.get("/de/")
    stylesheet = re.search(r'href="(/static/[^"]+\.css)"', page.text)
    assert stylesheet, "the home page links no stylesheet under /static/"
    response = anonymous.get(stylesheet.group(1))
    assert response.status == 200, response
    assert (response.header("Content-Type") or "").startswith("text/css"), response
    assert_security_headers(response)


def test_media_file_headers(deployment, anonymous):
    response = anonymous.get(deployment.content.rendition_url)
    assert response.status == 200, response
    assert response.body.startswith(b"\x89PNG")
    assert_security_headers(response)
    # An uploaded file never runs anything, even opened on its own.
    assert "sandbox" in directives(response)
    assert response.header("Cross-Origin-Resource-Policy") == "same-origin", response
    assert "max-age=2592000" in (response.header("Cache-Control") or ""), response


def test_member_pages_are_not_stored(member):
    response = member.get("/de/members/")
    assert response.status == 200, response
    assert_private(response)
    assert_security_headers(response)


def test_session_and_csrf_cookies(member):
    cookies = {cookie.name: cookie for cookie in member.received}
    session, csrf = cookies["sessionid"], cookies["csrftoken"]
    assert session.secure and session.httponly, session.raw
    assert (session.samesite or "").lower() in {"lax", "strict"}, session.raw
    assert csrf.secure, csrf.raw
    assert (csrf.samesite or "").lower() in {"lax", "strict"}, csrf.raw


@pytest.mark.parametrize("path", ["/", "/de/account/login/"])
def test_mozilla_observatory_grades_the_site_a_or_better(deployment, path):
    visitor: Visitor = deployment.visitor()
    grade = observatory.grade(observatory.retrieve(visitor, path))
    assert grade.grade in {"A", "A+"}, str(grade)
