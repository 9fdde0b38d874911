"""The Observatory's other tests (src/analyzer/tests/*.js), one function each."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

from tests.deploy.client import Cookie
from tests.deploy.observatory.scan import CORS_ORIGIN, Result, Retrieval

SIX_MONTHS = 15_768_000
HTML_TYPES = {"text/html", "application/xhtml+xml"}


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
