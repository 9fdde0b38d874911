"""Mozilla's HTTP Observatory, as far as the deployment test needs it: its tests, points
and grades, applied to what the test's nginx answers.

The Observatory's scanners do not fit into the test: the Python one on PyPI (``httpobs``
0.9.3) pins libraries from 2018 (requests 2.27, celery 4.2, psycopg2 < 2.8) and grades by
retired rules (X-XSS-Protection, contribute.json, HPKP); the current one (MDN's, Node.js)
downloads certificate and preload lists at install and checks HTTP on port 80 only. This
module ports the current scanner's rules (``src/analyzer/tests/*.js`` and
``src/grader/`` of mdn/mdn-http-observatory): the same twelve tests, expectations and
points, and the same curve (extra credit counts only once the score without it is 90 or
more). What it leaves out cannot change hub's grade or only lowers it: the HSTS preload
list (a preloaded host gains 5 points), ``<meta http-equiv>`` policies (hub sends every
policy as a header) and CSPs spread over several policies, which it refuses to grade.

``retrieve`` does what the scanner's retriever does: ``/`` over HTTP and over HTTPS with
redirects followed, ``/robots.txt`` for more cookies, and a CORS preflight.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urlsplit

from tests.deploy.client import Cookie, Response, Visitor

CORS_ORIGIN = "https://http-observatory.security.mozilla.org"
SIX_MONTHS = 15_768_000
MINIMUM_SCORE_FOR_EXTRA_CREDIT = 90
HTML_TYPES = {"text/html", "application/xhtml+xml"}

GRADE_CHART = {
    100: "A+", 95: "A", 90: "A", 85: "A-", 80: "B+", 75: "B", 70: "B", 65: "B-",
    60: "C+", 55: "C", 50: "C", 45: "C-", 40: "D+", 35: "D", 30: "D", 25: "D-",
    20: "F", 15: "F", 10: "F", 5: "F", 0: "F",
}  # fmt: skip

# Expectation -> points (src/grader/charts.js, SCORE_TABLE).
POINTS = {
    "csp-implemented-with-no-unsafe-default-src-none": 10,
    "csp-implemented-with-no-unsafe": 5,
    "csp-implemented-with-unsafe-inline-in-style-src-only": 0,
    "csp-implemented-with-insecure-scheme-in-passive-content-only": -10,
    "csp-implemented-with-unsafe-eval": -10,
    "csp-implemented-with-unsafe-inline": -20,
    "csp-implemented-with-insecure-scheme": -20,
    "csp-header-invalid": -25,
    "csp-not-implemented": -25,
    "csp-not-implemented-but-reporting-enabled": -25,
    "csp-implemented-but-duplicate-directives": 0,
    "cookies-secure-with-httponly-sessions-and-samesite": 5,
    "cookies-secure-with-httponly-sessions": 0,
    "cookies-not-found": 0,
    "cookies-without-secure-flag-but-protected-by-hsts": -5,
    "cookies-session-without-secure-flag-but-protected-by-hsts": -10,
    "cookies-without-secure-flag": -20,
    "cookies-samesite-flag-invalid": -20,
    "cookies-anticsrf-without-samesite-flag": -20,
    "cookies-session-without-httponly-flag": -30,
    "cookies-session-without-secure-flag": -40,
    "cross-origin-resource-sharing-not-implemented": 0,
    "cross-origin-resource-sharing-implemented-with-public-access": 0,
    "cross-origin-resource-sharing-implemented-with-restricted-access": 0,
    "cross-origin-resource-sharing-implemented-with-universal-access": -50,
    "redirection-to-https": 0,
    "redirection-not-needed-no-http": 0,
    "redirection-off-host-from-http": -5,
    "redirection-not-to-https-on-initial-redirection": -10,
    "redirection-not-to-https": -20,
    "redirection-missing": -20,
    "redirection-invalid-cert": -20,
    "referrer-policy-private": 5,
    "referrer-policy-not-implemented": 0,
    "referrer-policy-unsafe": -5,
    "referrer-policy-header-invalid": -5,
    "hsts-implemented-max-age-at-least-six-months": 0,
    "hsts-implemented-max-age-less-than-six-months": -10,
    "hsts-not-implemented": -20,
    "hsts-header-invalid": -20,
    "hsts-not-implemented-no-https": -20,
    "hsts-invalid-cert": -20,
    "sri-implemented-and-all-scripts-loaded-securely": 5,
    "sri-implemented-and-external-scripts-loaded-securely": 5,
    "sri-not-implemented-response-not-html": 0,
    "sri-not-implemented-but-no-scripts-loaded": 0,
    "sri-not-implemented-but-all-scripts-loaded-from-secure-origin": 0,
    "sri-not-implemented-but-external-scripts-loaded-securely": -5,
    "sri-implemented-but-external-scripts-not-loaded-securely": -20,
    "sri-not-implemented-and-external-scripts-not-loaded-securely": -50,
    "x-content-type-options-nosniff": 0,
    "x-content-type-options-not-implemented": -5,
    "x-content-type-options-header-invalid": -5,
    "x-frame-options-implemented-via-csp": 5,
    "x-frame-options-sameorigin-or-deny": 5,
    "x-frame-options-allow-from-origin": 0,
    "x-frame-options-not-implemented": -20,
    "x-frame-options-header-invalid": -20,
    "cross-origin-resource-policy-header-invalid": -5,
    "cross-origin-resource-policy-implemented-with-cross-origin": 0,
    "cross-origin-resource-policy-implemented-with-same-origin": 10,
    "cross-origin-resource-policy-implemented-with-same-site": 10,
    "cross-origin-resource-policy-not-implemented": 0,
    "coep-implemented-with-require-corp": 10,
    "coep-implemented-with-credentialless": 10,
    "coep-implemented-with-unsafe-none": 0,
    "coep-not-implemented": 0,
    "coep-header-invalid": -5,
    "coop-implemented-with-same-origin": 10,
    "coop-implemented-with-same-origin-allow-popups": 10,
    "coop-implemented-with-noopener-allow-popups": 10,
    "coop-implemented-with-unsafe-none": 0,
    "coop-not-implemented": 0,
    "coop-header-invalid": -5,
    "html-not-parseable": -20,
}


class NotGradable(AssertionError):
    """The response is outside what this port of the rules grades (see the docstring)."""


@dataclass
class Retrieval:
    """What the scanner's retriever collects for one site."""

    host: str
    http_route: list[Response]  # http://host/ and every redirect from there
    https_route: list[Response]  # https://host/ and every redirect from there
    cookies: list[Cookie]  # the HTTPS session's cookie jar at the end
    cors: Response | None  # the CORS preflight on the final HTTPS URL
    verified: bool = True  # the certificate chain was verified (Visitor always does)

    @property
    def auto(self) -> Response:
        return self.https_route[-1]

    @property
    def https(self) -> Response:
        return self.https_route[-1]

    @property
    def http(self) -> Response | None:
        return self.http_route[-1] if self.http_route else None


@dataclass(frozen=True)
class Result:
    test: str
    expectation: str
    passed: bool

    @property
    def points(self) -> int:
        return POINTS[self.expectation]


@dataclass
class Grade:
    score: int
    grade: str
    results: dict[str, Result] = field(default_factory=dict)

    def __str__(self) -> str:
        lines = [f"grade {self.grade}, score {self.score}"]
        lines += [
            f"  {name}: {result.expectation} ({result.points:+d})"
            for name, result in self.results.items()
        ]
        return "\n".join(lines)


def retrieve(visitor: Visitor, path: str = "/") -> Retrieval:
    """``path`` over HTTP and HTTPS as the scanner fetches it, with ``visitor``'s cookies."""
    http_route = visitor.follow(f"http://{visitor.host}{path}")
    https_route = visitor.follow(f"https://{visitor.host}{path}")
    visitor.get("/robots.txt", Accept="text/plain,*/*;q=0.8")
    cors = visitor.request(
        "OPTIONS",
        https_route[-1].url,
        headers={"Access-Control-Request-Method": "GET", "Origin": CORS_ORIGIN},
    )
    return Retrieval(
        host=visitor.host,
        http_route=http_route,
        https_route=https_route,
        cookies=list(visitor.cookies.values()),
        cors=cors,
    )


# --- the tests ----------------------------------------------------------------------

DANGEROUSLY_BROAD = {
    "ftp:", "http:", "https:", "*", "http://*", "http://*.*", "https://*", "https://*.*",
}  # fmt: skip
UNSAFE_INLINE = {"'unsafe-inline'", "data:"}
NONCES_HASHES = ("'sha256-", "'sha384-", "'sha512-", "'nonce-")
ALLOWED_DUPLICATES = {"report-uri", "report-to"}


def parse_csp(policy: str) -> tuple[dict[str, set[str]], bool]:
    """Directives and their sources, and whether report-uri/report-to came twice."""
    policy = re.sub(r"[\r\n]", "", policy).strip()
    if len(policy) < len("img-src") - 1:
        raise ValueError(f"invalid policy {policy!r}")
    directives: dict[str, set[str]] = {}
    duplicates = False
    for entry in policy.split(";"):
        name, *sources = entry.strip().split()
        if not name:
            continue
        name = name.lower()
        if name in directives:
            if name not in ALLOWED_DUPLICATES:
                raise ValueError(f"duplicate directive {name}")
            duplicates = True
        values = {source.lower() for source in sources}
        if not values and name.endswith("-src"):
            values = {"'none'"}
        directives[name] = values or {"'none'"}
    return directives, duplicates


def csp_test(scan: Retrieval) -> tuple[Result, dict[str, set[str]] | None]:
    name = "content-security-policy"
    headers = [
        part.strip()
        for value in scan.auto.all("Content-Security-Policy")
        for part in value.split(",")
    ]
    if not headers:
        if scan.auto.header("Content-Security-Policy-Report-Only"):
            return Result(name, "csp-not-implemented-but-reporting-enabled", False), None
        return Result(name, "csp-not-implemented", False), None
    if len(headers) > 1:
        raise NotGradable(f"{len(headers)} CSP policies on {scan.auto.url}: {headers}")
    try:
        csp, duplicates = parse_csp(headers[0])
    except ValueError:
        return Result(name, "csp-header-invalid", False), None

    default_src = csp.get("default-src")
    object_src = set(csp.get("object-src") or default_src or {"*"})
    script_src = set(csp.get("script-src") or default_src or {"*"})
    style_src = set(csp.get("style-src") or default_src or {"*"})
    for sources in (script_src, style_src):
        if any(s.startswith(NONCES_HASHES) for s in sources):
            sources.discard("'unsafe-inline'")
    result = None
    if any(s.startswith(NONCES_HASHES) for s in script_src) and "'strict-dynamic'" in script_src:
        for source in list(script_src):
            if any(source.startswith(broad) for broad in DANGEROUSLY_BROAD) or source in {
                "'self'",
                "'unsafe-inline'",
            }:
                script_src.discard(source)
    elif "'strict-dynamic'" in script_src:
        result = "csp-header-invalid"

    passive = {"img-src", "media-src"}
    active_sources = [
        source
        for directive, sources in csp.items()
        if directive not in passive and directive != "script-src"
        for source in sources
    ] + list(script_src)
    passive_sources = [
        source for directive in passive for source in (csp.get(directive) or default_src or set())
    ]
    insecure = ("http:", "ftp:")
    https_site = urlsplit(scan.https_route[0].url).scheme == "https"

    def worse(candidate: str) -> None:
        nonlocal result
        if result is None:
            result = candidate

    if script_src & (DANGEROUSLY_BROAD | UNSAFE_INLINE) or object_src & DANGEROUSLY_BROAD:
        worse("csp-implemented-with-unsafe-inline")
    if https_site and any(source.startswith(insecure) for source in active_sources):
        worse("csp-implemented-with-insecure-scheme")
    if "'unsafe-eval'" in script_src | style_src:
        worse("csp-implemented-with-unsafe-eval")
    if https_site and any(source.startswith(insecure) for source in passive_sources):
        worse("csp-implemented-with-insecure-scheme-in-passive-content-only")
    if style_src & (DANGEROUSLY_BROAD | UNSAFE_INLINE):
        worse("csp-implemented-with-unsafe-inline-in-style-src-only")
    if default_src == {"'none'"}:
        worse("csp-implemented-with-no-unsafe-default-src-none")
    else:
        worse("csp-implemented-with-no-unsafe")
    passed = result in {
        "csp-implemented-with-no-unsafe",
        "csp-implemented-with-no-unsafe-default-src-none",
        "csp-implemented-with-unsafe-inline-in-style-src-only",
        "csp-implemented-with-insecure-scheme-in-passive-content-only",
    }
    if passed and duplicates:
        result = "csp-implemented-but-duplicate-directives"
    return Result(name, result, passed), csp


def _only_if_worse(new: str, old: str | None, order: list[str]) -> str:
    if old is None or order.index(new) > order.index(old):
        return new
    return old


def hsts_test(scan: Retrieval) -> Result:
    name = "strict-transport-security"
    if not scan.verified:
        return Result(name, "hsts-invalid-cert", False)
    header = scan.https.header("Strict-Transport-Security")
    if header is None:
        return Result(name, "hsts-not-implemented", False)
    header = header[:1024]
    max_age = None
    try:
        if "," in header:
            raise ValueError("set more than once")
        for parameter in (part.strip().lower() for part in header.split(";")):
            if parameter.startswith("max-age="):
                max_age = int(re.match(r"\d+", parameter[8:128]).group())
        if max_age is None:
            raise ValueError("no max-age")
    except (ValueError, AttributeError):
        return Result(name, "hsts-header-invalid", False)
    if max_age < SIX_MONTHS:
        return Result(name, "hsts-implemented-max-age-less-than-six-months", False)
    return Result(name, "hsts-implemented-max-age-at-least-six-months", True)


def cookies_test(scan: Retrieval) -> Result:
    name = "cookies"
    order = [
        "cookies-without-secure-flag-but-protected-by-hsts",
        "cookies-without-secure-flag",
        "cookies-session-without-secure-flag-but-protected-by-hsts",
        "cookies-samesite-flag-invalid",
        "cookies-anticsrf-without-samesite-flag",
        "cookies-session-without-httponly-flag",
        "cookies-session-without-secure-flag",
    ]
    hsts = hsts_test(scan).passed
    result = None
    for raw in scan.auto.all("Set-Cookie"):
        samesite = Cookie.parse(raw).attributes.get("samesite")
        if samesite is not None and (
            samesite is True or samesite.strip().lower() not in {"lax", "strict", "none"}
        ):
            result = _only_if_worse("cookies-samesite-flag-invalid", result, order)
    if not scan.cookies:
        return Result(name, "cookies-not-found", True)
    missing_samesite = False
    for cookie in scan.cookies:
        key = cookie.name.lower()
        session = "login" in key or "sess" in key
        anticsrf = "csrf" in key
        if not cookie.secure and (cookie.samesite or "").lower() == "none":
            result = _only_if_worse("cookies-samesite-flag-invalid", result, order)
        if not cookie.secure:
            flag = "cookies-without-secure-flag" + ("-but-protected-by-hsts" if hsts else "")
            result = _only_if_worse(flag, result, order)
        if anticsrf and not cookie.samesite:
            result = _only_if_worse("cookies-anticsrf-without-samesite-flag", result, order)
        if session and not cookie.secure:
            flag = "cookies-session-without-secure-flag" + (
                "-but-protected-by-hsts" if hsts else ""
            )
            result = _only_if_worse(flag, result, order)
        if session and not cookie.httponly:
            result = _only_if_worse("cookies-session-without-httponly-flag", result, order)
        missing_samesite = missing_samesite or not cookie.samesite
    if result is None:
        result = (
            "cookies-secure-with-httponly-sessions"
            if missing_samesite
            else "cookies-secure-with-httponly-sessions-and-samesite"
        )
    passed = result in {
        "cookies-secure-with-httponly-sessions",
        "cookies-secure-with-httponly-sessions-and-samesite",
    }
    return Result(name, result, passed)


def cors_test(scan: Retrieval) -> Result:
    name = "cross-origin-resource-sharing"
    acao = scan.cors.header("Access-Control-Allow-Origin") if scan.cors else None
    if not acao:
        return Result(name, "cross-origin-resource-sharing-not-implemented", True)
    acao = acao[:256].strip().lower()
    credentials = (scan.cors.header("Access-Control-Allow-Credentials") or "").strip().lower()
    if acao == "*":
        return Result(name, "cross-origin-resource-sharing-implemented-with-public-access", True)
    if acao == CORS_ORIGIN and credentials == "true":
        expectation = "cross-origin-resource-sharing-implemented-with-universal-access"
        return Result(name, expectation, False)
    return Result(name, "cross-origin-resource-sharing-implemented-with-restricted-access", True)


def redirection_test(scan: Retrieval) -> Result:
    name = "redirection"
    if scan.http is None:
        return Result(name, "redirection-not-needed-no-http", True)
    if not scan.verified:
        return Result(name, "redirection-invalid-cert", False)
    route = [urlsplit(response.url) for response in scan.http_route]
    if len(route) == 1:
        return Result(name, "redirection-missing", False)
    if route[-1].scheme != "https":
        return Result(name, "redirection-not-to-https", False)
    if route[1].scheme == "http":
        return Result(name, "redirection-not-to-https-on-initial-redirection", False)
    if route[0].hostname != route[1].hostname:
        return Result(name, "redirection-off-host-from-http", False)
    return Result(name, "redirection-to-https", True)


def referrer_policy_test(scan: Retrieval) -> Result:
    name = "referrer-policy"
    good = ["no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"]
    bad = ["origin", "origin-when-cross-origin", "unsafe-url", "no-referrer-when-downgrade"]
    headers = scan.auto.all("Referrer-Policy")
    if not headers:
        return Result(name, "referrer-policy-not-implemented", True)
    known = [
        value.strip().lower()
        for value in ", ".join(headers).split(",")
        if value.strip().lower() in good + bad
    ]
    policy = known[-1] if known else ""
    if policy in good:
        return Result(name, "referrer-policy-private", True)
    if policy in bad:
        return Result(name, "referrer-policy-unsafe", False)
    return Result(name, "referrer-policy-header-invalid", False)


class _Scripts(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.scripts: list[dict[str, str | None]] = []

    def handle_starttag(self, tag, attrs) -> None:
        if tag == "script":
            self.scripts.append(dict(attrs))


def _site_domain(hostname: str) -> str:
    """The registrable domain, approximated by the last two labels (the scanner uses the
    public suffix list; hub's pages load scripts from their own origin only)."""
    return ".".join(hostname.split(".")[-2:])


def sri_test(scan: Retrieval) -> Result:
    name = "subresource-integrity"
    order = [
        "sri-implemented-and-all-scripts-loaded-securely",
        "sri-implemented-and-external-scripts-loaded-securely",
        "sri-implemented-but-external-scripts-not-loaded-securely",
        "sri-not-implemented-but-external-scripts-loaded-securely",
        "sri-not-implemented-and-external-scripts-not-loaded-securely",
        "sri-not-implemented-response-not-html",
    ]
    mime = (scan.auto.header("Content-Type") or "").split(";", 1)[0].strip()
    if mime and mime not in HTML_TYPES:
        return Result(name, "sri-not-implemented-response-not-html", True)
    parser = _Scripts()
    parser.feed(scan.auto.text)
    result = None
    foreign = False
    https_session = urlsplit(scan.https_route[0].url).scheme == "https"
    for script in parser.scripts:
        src = script.get("src")
        if not src:
            continue
        integrity = script.get("integrity")
        relative_protocol = bool(re.match(r"^//[^/]", src))
        relative_origin = not relative_protocol and not re.match(r"^https?://", src)
        same_domain = (
            True
            if relative_protocol or relative_origin
            else _site_domain(urlsplit(src).hostname or "") == _site_domain(scan.host)
        )
        secure_origin = relative_origin or (same_domain and not relative_protocol)
        scheme = None if relative_protocol or relative_origin else urlsplit(src).scheme
        secure_scheme = scheme == "https" or (relative_origin and https_session)
        if not secure_origin:
            foreign = True
            if integrity and not secure_scheme:
                new = "sri-implemented-but-external-scripts-not-loaded-securely"
            elif not integrity and secure_scheme:
                new = "sri-not-implemented-but-external-scripts-loaded-securely"
            elif not integrity:
                new = "sri-not-implemented-and-external-scripts-not-loaded-securely"
            else:
                new = None
            if new:
                result = _only_if_worse(new, result, order)
        elif integrity and secure_scheme and result is None:
            result = "sri-implemented-and-all-scripts-loaded-securely"
    if not parser.scripts:
        result = "sri-not-implemented-but-no-scripts-loaded"
    elif result is None:
        result = (
            "sri-implemented-and-external-scripts-loaded-securely"
            if foreign
            else "sri-not-implemented-but-all-scripts-loaded-from-secure-origin"
        )
    passed = result in {
        "sri-implemented-and-all-scripts-loaded-securely",
        "sri-implemented-and-external-scripts-loaded-securely",
        "sri-not-implemented-response-not-html",
        "sri-not-implemented-but-all-scripts-loaded-from-secure-origin",
        "sri-not-implemented-but-no-scripts-loaded",
    }
    return Result(name, result, passed)


def x_content_type_options_test(scan: Retrieval) -> Result:
    name = "x-content-type-options"
    header = scan.auto.header("X-Content-Type-Options")
    if header is None:
        return Result(name, "x-content-type-options-not-implemented", False)
    if header[:256].strip().lower() == "nosniff":
        return Result(name, "x-content-type-options-nosniff", True)
    return Result(name, "x-content-type-options-header-invalid", False)


def x_frame_options_test(scan: Retrieval, csp: dict[str, set[str]] | None) -> Result:
    name = "x-frame-options"
    if csp and "frame-ancestors" in csp:
        return Result(name, "x-frame-options-implemented-via-csp", True)
    header = scan.auto.header("X-Frame-Options")
    if header is None:
        return Result(name, "x-frame-options-not-implemented", False)
    value = header[:1024].strip().lower()
    if value in {"deny", "sameorigin"}:
        return Result(name, "x-frame-options-sameorigin-or-deny", True)
    if value.startswith("allow-from"):
        return Result(name, "x-frame-options-allow-from-origin", True)
    return Result(name, "x-frame-options-header-invalid", False)


def corp_test(scan: Retrieval) -> Result:
    name = "cross-origin-resource-policy"
    header = ", ".join(scan.auto.all("Cross-Origin-Resource-Policy"))[:256].strip().lower()
    expectation = {
        "": "cross-origin-resource-policy-not-implemented",
        "same-site": "cross-origin-resource-policy-implemented-with-same-site",
        "same-origin": "cross-origin-resource-policy-implemented-with-same-origin",
        "cross-origin": "cross-origin-resource-policy-implemented-with-cross-origin",
    }.get(header, "cross-origin-resource-policy-header-invalid")
    return Result(name, expectation, not expectation.endswith("invalid"))


def _token(value: str) -> str | None:
    """A structured-field token (RFC 8941) without parameters, else None."""
    match = re.fullmatch(r"([A-Za-z*][A-Za-z0-9:/!#$%&'*+\-.^_`|~]*)(;.*)?", value.strip())
    return match.group(1) if match else None


def _policy_test(scan: Retrieval, header: str, prefix: str, good: set[str]) -> Result:
    name = header.lower()
    values = scan.auto.all(header)
    if not values:
        return Result(name, f"{prefix}-not-implemented", True)
    token = _token(values[0][:1024]) if len(values) == 1 else None
    if token in good | {"unsafe-none"}:
        return Result(name, f"{prefix}-implemented-with-{token}", True)
    return Result(name, f"{prefix}-header-invalid", False)


def coop_test(scan: Retrieval) -> Result:
    good = {"same-origin", "same-origin-allow-popups", "noopener-allow-popups"}
    return _policy_test(scan, "Cross-Origin-Opener-Policy", "coop", good)


def coep_test(scan: Retrieval) -> Result:
    return _policy_test(
        scan, "Cross-Origin-Embedder-Policy", "coep", {"require-corp", "credentialless"}
    )


TESTS: list[Callable[[Retrieval], Result]] = [
    cookies_test,
    coep_test,
    coop_test,
    cors_test,
    redirection_test,
    referrer_policy_test,
    hsts_test,
    sri_test,
    x_content_type_options_test,
    corp_test,
]


def grade(scan: Retrieval) -> Grade:
    """The Observatory's grade of ``scan`` (src/scanner/index.js, analyzeScan)."""
    status = scan.auto.status
    if status < 200 or (status >= 400 and status not in {401, 403}):
        raise NotGradable(f"{scan.auto.url} answered {status}; the Observatory gives up there")
    csp, directives = csp_test(scan)
    results = [csp, *(test(scan) for test in TESTS), x_frame_options_test(scan, directives)]
    with_extra = 100 + sum(result.points for result in results)
    uncurved = 100 + sum(result.points for result in results if result.points < 0)
    score = max(with_extra if uncurved >= MINIMUM_SCORE_FOR_EXTRA_CREDIT else uncurved, 0)
    letter = GRADE_CHART[min(score - score % 5, 100)]
    return Grade(score=score, grade=letter, results={result.test: result for result in results})
