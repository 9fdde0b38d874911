"""The search against the real demo content (slow to load: a few queries only).

The demo is filled through publishing, as editors and translators fill a site, so this
also shows that the index follows publishing without a rebuild.
"""

from django.core.management import call_command

from tests.module_data import module_data
from tests.pages.search.support import results


@module_data
def demo() -> None:
    call_command("load_demo_data", verbosity=0)


def test_demo_queries(client, demo):
    assert results(client, "de", "kleiderkamer")[0]["title"] == "Kleiderkammer am Bahnhof"
    assert "Deutschkurs" in results(client, "de", "Deutschkrus")[0]["title"]
    # A German name typed on the Arabic site finds the page, which opens under /ar/.
    found = results(client, "ar", "Jugendtreff")
    assert found and all(result["url"].startswith("/ar/") for result in found)
    assert client.get(found[0]["url"]).status_code == 200
    for code, query in (("fa", "Hausaufgabe"), ("ar", "Caritas"), ("en", "homework")):
        found = results(client, code, query)
        assert found, (code, query)
        assert len({r["url"] for r in found}) == len(found)
        assert all(r["url"].startswith(f"/{code}/") for r in found), found
        assert all("<p>" not in r["excerpt"] for r in found)
