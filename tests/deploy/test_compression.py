"""Compression through the README's nginx: pages and the service worker gzip-compressed
by nginx, static files pre-compressed by whitenoise, both with ``Vary: Accept-Encoding``
for caches; and the one secret a compressed page carries, a form's CSRF token, masked
afresh in every response, so that BREACH (guessing a secret from compressed sizes) finds
nothing stable to guess."""

from __future__ import annotations

import gzip
import re

import pytest

from tests.deploy.client import Response
from tests.deploy.conftest import hidden_fields

pytestmark = [pytest.mark.postgres_only, pytest.mark.django_db]

GZIP = {"Accept-Encoding": "gzip"}


def varies_on(response: Response) -> set[str]:
    return {part.strip().lower() for value in response.all("Vary") for part in value.split(",")}


def unzipped(response: Response) -> bytes:
    assert response.status == 200, response
    assert response.header("Content-Encoding") == "gzip", response
    assert "accept-encoding" in varies_on(response), response
    return gzip.decompress(response.body)


@pytest.mark.parametrize("path", ["/de/", "/de/initiativen/", "/sw.js"])
def test_pages_come_compressed(anonymous, path):
    compressed = anonymous.get(path, **GZIP)
    body = unzipped(compressed)
    assert len(compressed.body) < len(body) / 2, compressed
    plain = anonymous.get(path)  # a client that asks for no compression gets none
    assert plain.header("Content-Encoding") is None, plain
    assert len(plain.body) == len(body)


def test_static_files_come_precompressed(anonymous):
    page = anonymous.get("/de/")
    stylesheet = re.search(r'href="(/static/[^"]+\.css)"', page.text).group(1)
    response = anonymous.get(stylesheet, **GZIP)
    assert b"site-header" in unzipped(response)
    assert (response.header("Content-Type") or "").startswith("text/css"), response


def test_csrf_token_differs_in_every_compressed_page(anonymous):
    first = unzipped(anonymous.get("/de/account/login/", **GZIP)).decode()
    assert "csrftoken" in anonymous.cookies  # the second request sends the same secret
    second = unzipped(anonymous.get("/de/account/login/", **GZIP)).decode()
    tokens = [hidden_fields(html)["csrfmiddlewaretoken"] for html in (first, second)]
    assert tokens[0] != tokens[1]
    secret = anonymous.cookies["csrftoken"].value
    assert secret not in first and secret not in second
