"""What the scanner collects for a site, and the result of one test."""

from __future__ import annotations

from dataclasses import dataclass, field

from tests.deploy.client import Cookie, Response, Visitor
from tests.deploy.observatory.points import POINTS

CORS_ORIGIN = "https://http-observatory.security.mozilla.org"


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
