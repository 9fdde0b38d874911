"""A production install (``pip install .`` without extras) carries no demo content.

``hub.demo`` (the demo content, ``load_demo_data`` and the factories) is a development and
test app: pyproject.toml leaves it out of the package and only ``hub.settings.dev`` and
``hub.settings.test`` install it. This builds the wheel, installs it into a fresh virtual
environment (which sees the project's dependencies, but not the source tree nor its
editable install) and runs ``manage.py check --deploy`` there with the production settings,
from a folder outside the checkout.
"""

import json
import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest
from django.conf import settings

REPO = Path(settings.BASE_DIR)

# Imports every hub module of the install with factory-boy blocked, then runs the checks.
CHECK = """
import importlib, json, sys
sys.modules["factory"] = None
sys.modules["wagtail_factories"] = None
import django
django.setup()
for name in json.loads(sys.argv[1]):
    importlib.import_module(name)
try:
    import hub.demo
except ImportError:
    pass
else:
    raise SystemExit(f"hub.demo is importable from {hub.demo.__file__}")
from django.core.management import call_command
call_command("check", "--deploy", "--fail-level", "WARNING")
print("production install: ok")
"""


def build_wheel(out: Path) -> Path:
    """The wheel ``pip install .`` would install, built from a copy of what it needs (the
    checkout's tests, var/ and .venv stay out, and its tree gets no build/ folder)."""
    source = out / "source"
    shutil.copytree(REPO / "hub", source / "hub", ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(REPO / name, source / name)
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q"] + ["-w", str(out), str(source)],
        check=True,
        capture_output=True,
    )
    (wheel,) = out.glob("hub-*.whl")
    return wheel


def install(wheel: Path, target: Path) -> Path:
    """A virtual environment with the wheel unpacked into its site-packages and the
    project's venv on its path through a ``.pth`` line: the dependencies are there, but
    the venv's own ``.pth`` hooks (the editable install of the checkout) never run."""
    venv.create(target, with_pip=False)
    python = target / "bin" / "python"
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(purelib)
    Path(purelib, "project-dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")
    return python


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    return build_wheel(tmp_path_factory.mktemp("wheel"))


def test_the_wheel_has_no_demo_content_and_no_factories(wheel):
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
    assert "hub/settings/production.py" in names
    assert "hub/static/vendor/leaflet/leaflet.js" in names
    assert [name for name in names if name.startswith("hub/demo")] == []
    assert [name for name in names if "factor" in name] == []


def test_a_production_install_passes_the_deploy_checks_without_demo_or_factory_boy(wheel, tmp_path):
    python = install(wheel, tmp_path / "venv")
    with zipfile.ZipFile(wheel) as archive:
        modules = sorted(
            name.removesuffix(".py").removesuffix("/__init__").replace("/", ".")
            for name in archive.namelist()
            if name.startswith("hub/") and name.endswith(".py")
        )
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    environment = {
        "PATH": "/usr/bin:/bin",
        "DJANGO_SETTINGS_MODULE": "hub.settings.production",
        "SECRET_KEY": "production-install-test-" + "x" * 50,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'hub.sqlite3'}",
        "ALLOWED_HOSTS": "willkommen.example.org",
        "HUB_BASE_URL": "https://willkommen.example.org",
    }
    result = subprocess.run(
        [str(python), "-I", "-c", CHECK, json.dumps(modules)],
        cwd=outside,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "production install: ok" in result.stdout
