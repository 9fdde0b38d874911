"""nginx and gunicorn as the README's "Deploying" section runs them, on free ports.

Only what a test machine must differ in is replaced: the ports, the paths under
``/srv/hub``, the certificate (a self-signed one made for the run), the database (the
test database pytest-django made) and the secret key. The README's site configuration is
wrapped in a minimal ``nginx.conf`` of the test's own, in place of Debian's, with its
pid file, logs and temporary files in a temporary directory.

Both servers are children of the test process and stop with it: the fixture stops them
at the end of the module, and should the test process die first, the kernel sends them
SIGTERM (``PR_SET_PDEATHSIG``).
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import pwd
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tests.deploy import readme

HOST = "willkommen.example.org"
REPO = Path(__file__).resolve().parents[2]
NGINX = os.environ.get("HUB_NGINX", "/usr/sbin/nginx")
START_TIMEOUT = 30.0
TEST_WORKERS = "2"
# Debian's nginx.conf sets these in http { } before including sites-enabled/; the README's
# server blocks have to hold their own against them (e.g. ssl_protocols allows TLS 1.0).
DEBIAN_HTTP_DEFAULTS = """\
    sendfile on;
    tcp_nopush on;
    types_hash_max_size 2048;
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    ssl_protocols TLSv1 TLSv1.1 TLSv1.2 TLSv1.3;
    ssl_prefer_server_ciphers on;
    gzip on;
"""


class ServerError(RuntimeError):
    """A server did not start; the message carries the end of its log."""


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _die_with_parent() -> None:
    """In the child before exec: SIGTERM when the test process goes away (Linux)."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def tail(path: Path, lines: int = 40) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def wait_for_port(port: int, process: subprocess.Popen, log: Path, what: str) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise ServerError(f"{what} exited with {process.returncode}:\n{tail(log)}")
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            sock.settimeout(1)
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise ServerError(f"{what} did not listen on port {port} in time:\n{tail(log)}")


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def make_certificate(directory: Path) -> tuple[Path, Path]:
    """A self-signed certificate for the site's name and 127.0.0.1, valid for two days."""
    cert, key = directory / "cert.pem", directory / "key.pem"
    subprocess.run(
        [
            shutil.which("openssl") or "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "2",
            "-subj",
            f"/CN={HOST}",
            "-addext",
            f"subjectAltName=DNS:{HOST},IP:127.0.0.1",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
    )
    return cert, key


@dataclass(frozen=True)
class Ports:
    http: int
    https: int
    gunicorn: int

    @classmethod
    def pick(cls) -> Ports:
        ports: set[int] = set()
        while len(ports) < 3:
            ports.add(free_port())
        return cls(*sorted(ports))


def site_config(ports: Ports, cert: Path, key: Path, media_root: Path, private_root: Path) -> str:
    """The README's nginx block with the test's ports, certificate and folders."""
    config = readme.substitute(
        readme.nginx_config(),
        {
            "listen 80;": f"listen 127.0.0.1:{ports.http};",
            "listen 443 ssl http2;": f"listen 127.0.0.1:{ports.https} ssl http2;",
            f"/etc/letsencrypt/live/{HOST}/fullchain.pem": str(cert),
            f"/etc/letsencrypt/live/{HOST}/privkey.pem": str(key),
            "/srv/hub/media/": f"{media_root}/",
            "/srv/hub/private-media/": f"{private_root}/",
            "http://127.0.0.1:8001": f"http://127.0.0.1:{ports.gunicorn}",
        },
        "nginx block",
    )
    # A container may have no IPv6; the IPv4 listeners above are what the test uses.
    return re.sub(r"^\s*listen \[::\]:\d+[^;]*;\n", "", config, flags=re.MULTILINE)


def nginx_conf(tmp: Path, site: str) -> str:
    # As root, nginx's workers would run as "nobody", who may not read the test's files.
    user = f"user {pwd.getpwuid(os.geteuid()).pw_name};\n" if os.geteuid() == 0 else ""
    temp = "\n".join(
        f"    {kind}_temp_path {tmp / kind};"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    site = "\n".join(f"    {line}" if line else "" for line in site.splitlines())
    return (
        f"# tests/deploy: the README's site configuration in a minimal nginx.conf\n"
        f"{user}worker_processes 1;\ndaemon off;\npid {tmp / 'nginx.pid'};\n"
        f"error_log {tmp / 'error.log'} warn;\n"
        f"events {{ worker_connections 256; }}\n"
        f"http {{\n{DEBIAN_HTTP_DEFAULTS}    access_log {tmp / 'access.log'};\n{temp}\n"
        f"{site}\n}}\n"
    )


@contextlib.contextmanager
def running_nginx(tmp: Path, site: str, ports: Ports) -> Iterator[subprocess.Popen]:
    conf = tmp / "nginx.conf"
    conf.write_text(nginx_conf(tmp, site), encoding="utf-8")
    log = tmp / "error.log"
    base = [NGINX, "-p", str(tmp), "-c", str(conf), "-e", str(log)]
    checked = subprocess.run([*base, "-t"], capture_output=True, text=True, check=False)
    if checked.returncode != 0:
        raise ServerError(f"nginx -t refused the configuration:\n{checked.stderr}\n{site}")
    process = subprocess.Popen(  # noqa: S603 - nginx with the test's configuration
        base, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, preexec_fn=_die_with_parent
    )
    try:
        wait_for_port(ports.https, process, log, "nginx")
        wait_for_port(ports.http, process, log, "nginx")
        yield process
    finally:
        stop(process)


def gunicorn_command(ports: Ports) -> list[str]:
    """The README's ExecStart line with this virtualenv's gunicorn, port and 2 workers."""
    command = readme.gunicorn_command()
    if command[0] != "/srv/hub/venv/bin/gunicorn":
        raise readme.RecipeError(
            f"ExecStart= no longer starts /srv/hub/venv/bin/gunicorn: {command}"
        )
    command[0] = str(Path(sys.executable).with_name("gunicorn"))
    for option, value in (("--bind", f"127.0.0.1:{ports.gunicorn}"), ("--workers", TEST_WORKERS)):
        if option not in command:
            raise readme.RecipeError(f"ExecStart= has no {option}: {command}")
        command[command.index(option) + 1] = value
    return command


def app_environment(overrides: dict[str, str]) -> dict[str, str]:
    """``/srv/hub/env`` from the README with the test's values for ``overrides``.

    Nothing else comes from the developer's shell (a HUB_… or EMAIL_HOST there must not
    change what is tested), only what any program needs to run.
    """
    values = readme.environment()
    missing = sorted(set(overrides) - set(values))
    if missing:
        raise readme.RecipeError(f"the deploy:env block of README.md lacks {missing}")
    values.update(overrides)
    keep = ("PATH", "HOME", "LANG", "LC_ALL", "TMPDIR", "VIRTUAL_ENV")
    return {**{key: os.environ[key] for key in keep if key in os.environ}, **values}


# Of the README's preparation, migrate ran already (pytest-django's test database) and
# compilemessages too (``make test``); the test runs the rest, as written.
PREPARED_ELSEWHERE = {"migrate", "compilemessages"}


def prepare(env: dict[str, str], log: Path) -> None:
    """The README's ``manage.py`` steps (cache table, collectstatic) with ``env``, logged
    to ``log`` (gunicorn's log, which follows)."""
    commands = readme.manage_commands()
    names = [command[0] for command in commands]
    for needed in ("createcachetable", "collectstatic", *PREPARED_ELSEWHERE):
        if needed not in names:
            raise readme.RecipeError(f"the deploy:prepare block no longer runs {needed}")
    for command in commands:
        if command[0] in PREPARED_ELSEWHERE:
            continue
        with log.open("ab") as output:
            done = subprocess.run(  # noqa: S603 - the project's manage.py
                [sys.executable, "manage.py", *command, "-v", "0"],
                cwd=REPO,
                env=env,
                stdout=output,
                stderr=subprocess.STDOUT,
                check=False,
            )
        if done.returncode != 0:
            raise ServerError(f"manage.py {' '.join(command)} failed:\n{tail(log)}")


@contextlib.contextmanager
def running_gunicorn(tmp: Path, env: dict[str, str], ports: Ports) -> Iterator[subprocess.Popen]:
    log = tmp / "gunicorn.log"
    output = log.open("ab")
    process = subprocess.Popen(  # noqa: S603 - gunicorn as the README starts it
        gunicorn_command(ports),
        cwd=REPO,
        env=env,
        stdout=output,
        stderr=subprocess.STDOUT,
        preexec_fn=_die_with_parent,
    )
    try:
        wait_for_port(ports.gunicorn, process, log, "gunicorn")
        yield process
    finally:
        stop(process)
        output.close()
