"""Production settings refuse to start half-configured and pass Django's deploy check; the
time zone comes from the environment and a wrong one stops the start."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PRODUCTION_ENV = {
    "SECRET_KEY": "x7Gq2vL9pR4mT8wZ1cN6bH3jK5sD0fY-aE_uI8oP2lQ9rV4tW7zX1",
    "DATABASE_URL": "postgres://hub:secret@db.internal:5432/hub",
    "ALLOWED_HOSTS": "willkommen.example.org",
}


# Set by the browser tests' conftest for Playwright; never part of a deployment.
NOT_INHERITED = {*PRODUCTION_ENV, "DJANGO_ALLOW_ASYNC_UNSAFE"}


def manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in NOT_INHERITED}
    clean["DJANGO_SETTINGS_MODULE"] = "hub.settings.production"
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_reports_nothing():
    result = manage("check", "--deploy", "--fail-level", "DEBUG", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_required_variables():
    for missing in PRODUCTION_ENV:
        env = {k: v for k, v in PRODUCTION_ENV.items() if k != missing}
        result = manage("check", env=env)
        assert result.returncode != 0
        assert missing in result.stderr


def dev_setting(name: str, **env: str) -> subprocess.CompletedProcess:
    """Print one setting of hub.settings.dev, started with ``env`` over a clean copy of
    this process's environment (without DATABASE_URL and TIME_ZONE)."""
    clean = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "TIME_ZONE"}}
    code = f"from django.conf import settings as s; print(s.{name})"
    return subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=ROOT,
        env={**clean, "DJANGO_SETTINGS_MODULE": "hub.settings.dev", **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_dev_defaults_to_sqlite_under_var():
    result = dev_setting("DATABASES['default']['NAME']")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(ROOT / "var" / "hub.sqlite3")


def test_time_zone_defaults_to_berlin_and_comes_from_the_environment():
    assert dev_setting("TIME_ZONE").stdout.strip() == "Europe/Berlin"
    result = dev_setting("TIME_ZONE", TIME_ZONE="Europe/Vienna")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Europe/Vienna"


def test_a_wrong_time_zone_stops_the_start_naming_the_variable():
    result = dev_setting("TIME_ZONE", TIME_ZONE="Europe/Berln")
    assert result.returncode != 0
    assert "ImproperlyConfigured: TIME_ZONE='Europe/Berln' is not a time zone" in result.stderr
