"""A small HTTP(S) client that talks to the test's nginx as a browser would, as far as the
deployment test needs: it keeps cookies, sends the Host header of the site, checks the
self-signed certificate of the test run, and follows redirects only when asked.

URLs are the site's real ones (``https://willkommen.example.org/de/``); the client sends
them to the ports the test's nginx listens on, so redirects can be checked as written.
"""

from __future__ import annotations

import http.client
import secrets
import ssl
from dataclasses import dataclass, field
from urllib.parse import urlencode, urljoin, urlsplit

DEFAULT_PORTS = {"http": 80, "https": 443}


@dataclass(frozen=True)
class Response:
    method: str
    url: str
    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes

    def all(self, name: str) -> list[str]:
        """Every value of header ``name``, in the order sent."""
        return [value for key, value in self.headers if key.lower() == name.lower()]

    def header(self, name: str) -> str | None:
        values = self.all(name)
        return values[0] if values else None

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", errors="replace")

    @property
    def location(self) -> str | None:
        location = self.header("Location")
        return urljoin(self.url, location) if location else None

    def __repr__(self) -> str:  # shown when an assertion fails
        return f"<{self.method} {self.url} → {self.status}, headers {list(self.headers)}>"


@dataclass(frozen=True)
class Cookie:
    """A ``Set-Cookie`` header, its attributes by lower-case name (flags map to ``True``)."""

    name: str
    value: str
    attributes: dict[str, str | bool]
    raw: str

    @classmethod
    def parse(cls, header: str) -> Cookie:
        first, *rest = header.split(";")
        name, _sep, value = first.strip().partition("=")
        attributes: dict[str, str | bool] = {}
        for part in rest:
            key, sep, attr_value = part.strip().partition("=")
            if key:
                attributes[key.lower()] = attr_value.strip() if sep else True
        return cls(name=name.strip(), value=value.strip(), attributes=attributes, raw=header)

    @property
    def secure(self) -> bool:
        return bool(self.attributes.get("secure"))

    @property
    def httponly(self) -> bool:
        return bool(self.attributes.get("httponly"))

    @property
    def samesite(self) -> str | None:
        value = self.attributes.get("samesite")
        return value if isinstance(value, str) else None

    @property
    def deleted(self) -> bool:
        return self.attributes.get("max-age") == "0"


def multipart(fields: dict[str, str | list[str]], files: dict[str, tuple[str, bytes, str]]):
    """A ``multipart/form-data`` body and its content type, as a browser sends a form."""
    boundary = f"----hub-deploy-{secrets.token_hex(12)}"
    parts: list[bytes] = []
    for name, values in fields.items():
        for value in values if isinstance(values, list) else [values]:
            parts.append(
                f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'
                f"{value}\r\n".encode()
            )
    for name, (filename, content, content_type) in files.items():
        head = (
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
            f'filename="{filename}"\r\nContent-Type: {content_type}\r\n\r\n'
        )
        parts.append(head.encode() + content + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


@dataclass
class Visitor:
    """One browser: its own cookies, the site's host name, the test's nginx behind it."""

    host: str
    ports: dict[str, int]  # scheme -> port nginx listens on (127.0.0.1)
    cafile: str
    cookies: dict[str, Cookie] = field(default_factory=dict)
    # Every cookie any response set, in order (deleted ones included).
    received: list[Cookie] = field(default_factory=list)

    def connect(self, scheme: str) -> http.client.HTTPConnection:
        if scheme == "https":
            return http.client.HTTPSConnection(
                "127.0.0.1", self.ports["https"], context=self.tls_context(), timeout=30
            )
        return http.client.HTTPConnection("127.0.0.1", self.ports["http"], timeout=30)

    def tls_context(self) -> ssl.SSLContext:
        """Verifies the chain against the test's certificate and the name 127.0.0.1 (the
        certificate names the site and that address, which is what is connected to)."""
        return ssl.create_default_context(cafile=self.cafile)

    def url(self, path_or_url: str) -> str:
        if path_or_url.startswith(("http://", "https://")):
            return path_or_url
        return f"https://{self.host}{path_or_url}"

    def request(
        self,
        method: str,
        path_or_url: str,
        *,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> Response:
        url = self.url(path_or_url)
        parts = urlsplit(url)
        if (
            parts.hostname != self.host
            or (parts.port or DEFAULT_PORTS[parts.scheme]) != (DEFAULT_PORTS[parts.scheme])
        ):
            raise AssertionError(f"the site sent the visitor away from itself: {url}")
        sent = {"Host": self.host, "Accept": "text/html,*/*;q=0.8", "Accept-Language": "de"}
        cookies = [
            f"{cookie.name}={cookie.value}"
            for cookie in self.cookies.values()
            if parts.scheme == "https" or not cookie.secure
        ]
        if cookies:
            sent["Cookie"] = "; ".join(cookies)
        sent.update(headers or {})
        target = parts.path or "/"
        if parts.query:
            target += f"?{parts.query}"
        connection = self.connect(parts.scheme)
        try:
            connection.request(method, target, body=body, headers=sent)
            raw = connection.getresponse()
            response = Response(
                method=method,
                url=url,
                status=raw.status,
                headers=tuple(raw.getheaders()),
                body=raw.read(),
            )
        finally:
            connection.close()
        for header in response.all("Set-Cookie"):
            cookie = Cookie.parse(header)
            self.received.append(cookie)
            if cookie.deleted:
                self.cookies.pop(cookie.name, None)
            else:
                self.cookies[cookie.name] = cookie
        return response

    def get(self, path_or_url: str, **headers: str) -> Response:
        return self.request("GET", path_or_url, headers=headers)

    def follow(self, path_or_url: str, limit: int = 10) -> list[Response]:
        """GET and follow redirects; every response of the way, the last one last."""
        chain = [self.get(path_or_url)]
        while chain[-1].status in {301, 302, 303, 307, 308} and len(chain) <= limit:
            chain.append(self.get(chain[-1].location))
        return chain

    def post(
        self,
        path: str,
        fields: dict[str, str | list[str]],
        files: dict[str, tuple[str, bytes, str]] | None = None,
    ) -> Response:
        """Send a form from the page at ``path`` (same origin, as a browser does)."""
        url = self.url(path)
        origin = f"https://{self.host}"
        if files:
            body, content_type = multipart(fields, files)
        else:
            body = urlencode(fields, doseq=True).encode()
            content_type = "application/x-www-form-urlencoded"
        headers = {"Content-Type": content_type, "Origin": origin, "Referer": url}
        return self.request("POST", url, body=body, headers=headers)
