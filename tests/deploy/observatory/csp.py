"""The Content-Security-Policy test (src/analyzer/tests/csp.js, cspParser.js)."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from tests.deploy.observatory.scan import NotGradable, Result, Retrieval

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
