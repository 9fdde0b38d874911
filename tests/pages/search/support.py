"""Reading the search page as a visitor does: the results' titles, links, badges, text."""

import html as htmllib
import re

RESULT = re.compile(
    r'<li class="search-result">\s*<h3[^>]*><a href="(?P<url>[^"]+)">(?P<title>[^<]+)</a></h3>'
    r'\s*<p class="search-result__language"><span class="[^"]+">(?P<badge>[^<]+)</span></p>'
    r'(?:\s*<p class="search-result__excerpt"(?P<attrs>[^>]*)>(?P<excerpt>.*?)</p>)?',
    re.S,
)


def search_html(client, code: str, query: str, **params) -> str:
    response = client.get(f"/{code}/search/", {"q": query, **params})
    assert response.status_code == 200
    return response.content.decode()


def results(client, code: str, query: str, **params) -> list[dict]:
    html = search_html(client, code, query, **params)
    return [
        {key: htmllib.unescape(value or "") for key, value in match.groupdict().items()}
        for match in RESULT.finditer(html)
    ]


def result_titles(client, code: str, query: str) -> list[str]:
    return [result["title"] for result in results(client, code, query)]
