"""The layering of README "Architecture", held against the code.

``make lint`` runs import-linter's contracts; these tests keep the contracts honest: they
name every app of ``HUB_APPS`` in the order the settings install them, the import graph
they check contains function-local imports, and modules stay small enough to read.
"""

import statistics
import tomllib
from pathlib import Path

import grimp
from django.conf import settings

ROOT = Path(__file__).resolve().parent.parent
MAX_LINES = 400
MAX_MEDIAN = 100


def _contract() -> dict:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]
    return next(c for c in config["contracts"] if c["id"] == "layers")


def _layer_names() -> list[str]:
    return [name.strip() for layer in _contract()["layers"] for name in layer.split("|")]


def test_the_layers_are_the_installed_apps_bottom_layer_first():
    apps = [name.removeprefix("hub.") for name in settings.HUB_APPS]
    layered_apps = [name for name in reversed(_layer_names()) if f"hub.{name}" in settings.HUB_APPS]
    assert layered_apps == apps


def test_every_package_and_module_of_hub_is_in_a_layer():
    children = {
        path.stem
        for path in (ROOT / "hub").iterdir()
        if (path.is_dir() and (path / "__init__.py").exists())
        or (path.suffix == ".py" and path.name != "__init__.py")
    }
    assert children - set(_layer_names()) == set()


def test_the_import_graph_contains_function_local_imports():
    graph = grimp.build_graph("hub", cache_dir=None)
    # EventPage's routes import their views inside the methods (a circle inside one app
    # otherwise); a contract must see such imports too.
    assert graph.direct_import_exists(
        importer="hub.events.models.pages", imported="hub.events.calendar.views"
    )


def _modules() -> dict[str, int]:
    return {
        str(path.relative_to(ROOT)): len(path.read_text().splitlines())
        for path in (ROOT / "hub").rglob("*.py")
        if "migrations" not in path.parts and path.parts[len(ROOT.parts) + 1] != "demo"
    }


def test_no_module_is_longer_than_400_lines():
    assert {name: lines for name, lines in _modules().items() if lines > MAX_LINES} == {}


def test_the_median_module_stays_under_100_lines():
    assert statistics.median(_modules().values()) < MAX_MEDIAN
