"""The port of the Observatory's rules (tests/deploy/observatory/) grades as the
Observatory does: checked on made-up responses, without a server, so that a grade of A
in the deployment test means what it says."""

from __future__ import annotations

import pytest

from tests.deploy import observatory
from tests.deploy.client import Cookie, Response

HOST = "willkommen.example.org"
GOOD_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)
GOOD_HEADERS = {
    "Content-Type": "text/html; charset=utf-8",
    "Content-Security-Policy": GOOD_CSP,
    "Strict-Transport-Security": "max-age=31536000; includeSubDomains; preload",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}
PAGE = b'<html><head><script src="/static/js/site.js"></script></head><body></body></html>'


def response(url: str, status: int = 200, body: bytes = PAGE, **headers: str) -> Response:
    return Response("GET", url, status, tuple(headers.items()), body)


def scan(
    headers: dict[str, str | None] | None = None,
    *,
    body: bytes = PAGE,
    cookies: tuple[str, ...] = (),
    http_route: list[Response] | None = None,
) -> observatory.Retrieval:
    sent = {key: value for key, value in {**GOOD_HEADERS, **(headers or {})}.items() if value}
    final = response(f"https://{HOST}/de/", body=body, **sent)
    redirect = response(f"https://{HOST}/", 302, b"", Location="/de/")
    if http_route is None:
        http_route = [
            response(f"http://{HOST}/", 301, b"", Location=f"https://{HOST}/"),
            redirect,
            final,
        ]
    return observatory.Retrieval(
        host=HOST,
        http_route=http_route,
        https_route=[redirect, final],
        cookies=[Cookie.parse(raw) for raw in cookies],
        cors=response(final.url, body=b""),
    )


def test_a_well_configured_site_gets_a_plus():
    grade = observatory.grade(
        scan(
            cookies=(
                "sessionid=x; HttpOnly; Secure; SameSite=Lax",
                "csrftoken=y; Secure; SameSite=Lax",
            )
        )
    )
    # 100 + CSP 5 + cookies 5 + COOP 10 + Referrer-Policy 5 + frame-ancestors 5
    assert (grade.score, grade.grade) == (130, "A+"), str(grade)
    assert all(result.passed for result in grade.results.values()), str(grade)


@pytest.mark.parametrize(
    ("headers", "expectation", "score", "letter"),
    [
        # Without a CSP the extra credit is gone: 100 - 25.
        ({"Content-Security-Policy": None}, "csp-not-implemented", 75, "B"),
        (
            {
                "Content-Security-Policy": GOOD_CSP.replace(
                    "script-src 'self'", "script-src 'self' 'unsafe-inline'"
                )
            },
            "csp-implemented-with-unsafe-inline",
            80,
            "B+",
        ),
        (
            {
                "Content-Security-Policy": GOOD_CSP.replace(
                    "style-src 'self'", "style-src 'self' 'unsafe-inline'"
                )
            },
            "csp-implemented-with-unsafe-inline-in-style-src-only",
            120,
            "A+",
        ),
        (
            {"Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'"},
            "csp-implemented-with-no-unsafe-default-src-none",
            130,
            "A+",
        ),
        # A nonce makes 'unsafe-inline' harmless (browsers ignore it next to a nonce).
        (
            {
                "Content-Security-Policy": (
                    "default-src 'self'; script-src 'nonce-abc' 'unsafe-inline'; "
                    "frame-ancestors 'none'"
                )
            },
            "csp-implemented-with-no-unsafe",
            125,
            "A+",
        ),
        (
            {"Content-Security-Policy": "script-src 'self'; script-src 'none'"},
            "csp-header-invalid",
            75,
            "B",
        ),
    ],
)
def test_content_security_policy(headers, expectation, score, letter):
    grade = observatory.grade(scan(headers))
    assert grade.results["content-security-policy"].expectation == expectation, str(grade)
    assert (grade.score, grade.grade) == (score, letter), str(grade)


def test_a_missing_hsts_costs_twenty_points_and_the_extra_credit():
    grade = observatory.grade(scan({"Strict-Transport-Security": None}))
    assert grade.results["strict-transport-security"].expectation == "hsts-not-implemented"
    assert (grade.score, grade.grade) == (80, "B+"), str(grade)


def test_hsts_shorter_than_six_months():
    grade = observatory.grade(scan({"Strict-Transport-Security": "max-age=86400"}))
    expectation = grade.results["strict-transport-security"].expectation
    assert expectation == "hsts-implemented-max-age-less-than-six-months"


@pytest.mark.parametrize(
    ("cookie", "expectation"),
    [
        ("sessionid=x; Secure; SameSite=Lax", "cookies-session-without-httponly-flag"),
        (
            "sessionid=x; HttpOnly; SameSite=Lax",
            "cookies-session-without-secure-flag-but-protected-by-hsts",
        ),
        ("csrftoken=x; Secure", "cookies-anticsrf-without-samesite-flag"),
        ("hub_language=de; Secure", "cookies-secure-with-httponly-sessions"),
        (
            "hub_language=de; Secure; SameSite=Lax",
            "cookies-secure-with-httponly-sessions-and-samesite",
        ),
    ],
)
def test_cookies(cookie, expectation):
    grade = observatory.grade(scan(cookies=(cookie,)))
    assert grade.results["cookies"].expectation == expectation, str(grade)


def test_a_site_that_stays_on_http_fails_the_redirection_test():
    plain = response(f"http://{HOST}/")
    grade = observatory.grade(scan(http_route=[plain]))
    assert grade.results["redirection"].expectation == "redirection-missing"
    assert grade.grade != "A+"


def test_a_first_redirect_to_another_http_address_is_penalised():
    route = [
        response(f"http://{HOST}/", 301, b"", Location=f"http://{HOST}/de/"),
        response(f"http://{HOST}/de/", 301, b"", Location=f"https://{HOST}/de/"),
        response(f"https://{HOST}/de/"),
    ]
    grade = observatory.grade(scan(http_route=route))
    assert (
        grade.results["redirection"].expectation
        == "redirection-not-to-https-on-initial-redirection"
    )


def test_external_scripts_without_integrity_are_penalised():
    body = b'<script src="https://cdn.example.net/lib.js"></script>'
    grade = observatory.grade(scan(body=body))
    expectation = grade.results["subresource-integrity"].expectation
    assert expectation == "sri-not-implemented-but-external-scripts-loaded-securely"


def test_frame_ancestors_stands_in_for_x_frame_options():
    grade = observatory.grade(scan({"X-Frame-Options": None}))
    assert grade.results["x-frame-options"].expectation == "x-frame-options-implemented-via-csp"
    without_either = observatory.grade(
        scan({"X-Frame-Options": None, "Content-Security-Policy": "default-src 'self'"})
    )
    expectation = without_either.results["x-frame-options"].expectation
    assert expectation == "x-frame-options-not-implemented"


def test_two_policies_are_not_graded_but_reported():
    retrieval = scan()
    final = retrieval.auto
    retrieval.https_route[-1] = Response(
        final.method,
        final.url,
        final.status,
        (*final.headers, ("Content-Security-Policy", "default-src 'none'; sandbox")),
        final.body,
    )
    with pytest.raises(observatory.NotGradable):
        observatory.grade(retrieval)


def test_an_error_page_is_not_graded():
    retrieval = scan()
    retrieval.https_route[-1] = response(f"https://{HOST}/de/", 500)
    with pytest.raises(observatory.NotGradable):
        observatory.grade(retrieval)
