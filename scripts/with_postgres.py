"""Run a command against a throwaway PostgreSQL cluster.

    python scripts/with_postgres.py -- <command> [args...]
    python scripts/with_postgres.py --check      # exit 0 if the server binaries exist, else 3

The test suite has to pass on PostgreSQL (row locks, concurrency) as well as on SQLite, but
neither developers nor CI can be assumed to have a server running. This script creates a
cluster in a fresh directory under /tmp, starts it on 127.0.0.1 and a free port, creates
the database ``hub`` owned by the superuser ``hub``, and runs the command with
``DATABASE_URL=postgres://hub@127.0.0.1:PORT/hub``. Afterwards — also when the command
fails or is interrupted — it stops the server and deletes the directory.

The cluster trades durability for speed (fsync, synchronous_commit and full_page_writes
off): nothing in it outlives the run. It accepts ``trust`` authentication on 127.0.0.1
only.

PostgreSQL refuses to run as root, so as root the cluster belongs to the ``postgres``
system user and the server programs run through ``runuser``.

Exit status: the command's own (128 + N when a signal N ended it), 3 when the PostgreSQL
binaries are missing, 4 when the cluster could not be set up.
"""

from __future__ import annotations

import argparse
import contextlib
import glob
import os
import pwd
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

EXIT_NO_BINARIES = 3
EXIT_SETUP_FAILED = 4
DB_USER = "hub"
DB_NAME = "hub"
SERVER_OWNER = "postgres"
START_ATTEMPTS = 3
LOCALE = "--locale=C.UTF-8"

SERVER_SETTINGS = {
    "listen_addresses": "'127.0.0.1'",
    # Tests fire ~200 concurrent requests at the live server, each with its own connection.
    "max_connections": "250",
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    # The default 128MB is plenty for tests; a small machine should not pay for more.
    "shared_buffers": "128MB",
    "log_min_messages": "warning",
}


def say(message: str) -> None:
    """Report on stderr, so the command's own output on stdout stays clean."""
    sys.stderr.write(f"with_postgres: {message}\n")
    sys.stderr.flush()


class SetupError(Exception):
    """The cluster could not be created or started; the message says why."""


class Terminated(Exception):
    """SIGTERM or SIGHUP arrived; raised so that the cleanup in ``finally`` blocks runs."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


@dataclass(frozen=True)
class Binaries:
    initdb: Path
    pg_ctl: Path
    createdb: Path

    @property
    def version(self) -> str:
        """``PostgreSQL 15.18`` from ``pg_ctl (PostgreSQL) 15.18 (Debian ...)``."""
        out = subprocess.run(  # noqa: S603 - a binary found by find_binaries()
            [str(self.pg_ctl), "--version"], capture_output=True, text=True, check=False
        ).stdout
        match = re.search(r"\(PostgreSQL\)\s+(\S+)", out)
        return f"PostgreSQL {match.group(1)}" if match else "PostgreSQL"


def find_binaries() -> Binaries | None:
    """Server programs from PATH, else from the newest /usr/lib/postgresql/<version>/bin.

    On Debian, PATH usually has only the client wrappers or symlinks, so ``createdb`` is
    looked up next to the real ``initdb`` (symlinks resolved), where the matching version
    lives.
    """
    candidates: list[Path] = []
    on_path = shutil.which("initdb")
    if on_path and shutil.which("pg_ctl"):
        candidates.append(Path(on_path).resolve().parent)
    versioned = glob.glob("/usr/lib/postgresql/*/bin")
    candidates += sorted(
        (Path(p) for p in versioned),
        key=lambda p: [int(n) for n in re.findall(r"\d+", p.parent.name)] or [0],
        reverse=True,
    )
    for bindir in candidates:
        initdb, pg_ctl, createdb = (bindir / name for name in ("initdb", "pg_ctl", "createdb"))
        if all(os.access(p, os.X_OK) for p in (initdb, pg_ctl)):
            if not os.access(createdb, os.X_OK):
                found = shutil.which("createdb")
                if not found:
                    continue
                createdb = Path(found)
            return Binaries(initdb=initdb, pg_ctl=pg_ctl, createdb=createdb)
    return None


def free_port() -> int:
    """A port the kernel just handed out, so very likely still free a moment later."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Cluster:
    """One throwaway cluster in ``tmpdir``: ``data/`` holds the cluster, ``server.log`` its log."""

    def __init__(self, binaries: Binaries) -> None:
        self.binaries = binaries
        self.as_root = os.geteuid() == 0
        owner = None
        if self.as_root:
            try:
                owner = pwd.getpwnam(SERVER_OWNER)
            except KeyError:
                raise SetupError(
                    f"running as root, but there is no {SERVER_OWNER!r} system user "
                    "to own the cluster (PostgreSQL refuses to run as root)"
                ) from None
        # /tmp rather than $TMPDIR: the server owner must reach it, and the socket path
        # inside it has to stay under the ~100-byte limit of Unix sockets.
        self.tmpdir = Path(tempfile.mkdtemp(prefix="with_postgres-", dir="/tmp"))
        if owner is not None:
            os.chown(self.tmpdir, owner.pw_uid, owner.pw_gid)
        self.datadir = self.tmpdir / "data"
        self.logfile = self.tmpdir / "server.log"
        self.port: int | None = None
        self.running = False

    @property
    def url(self) -> str:
        return f"postgres://{DB_USER}@127.0.0.1:{self.port}/{DB_NAME}"

    def _server_cmd(self, program: Path, *args: str) -> list[str]:
        cmd = [str(program), *args]
        return ["runuser", "-u", SERVER_OWNER, "--", *cmd] if self.as_root else cmd

    def _run(self, cmd: Sequence[str], what: str, **kwargs: object) -> None:
        # cwd: the server owner may not be allowed into the caller's working directory.
        result = subprocess.run(  # noqa: S603 - PostgreSQL's own programs
            cmd, cwd=self.tmpdir, capture_output=True, text=True, check=False, **kwargs
        )
        if result.returncode != 0:
            output = (result.stdout + result.stderr).strip()
            raise SetupError(f"{what} failed (exit {result.returncode}):\n{output}")

    def init(self) -> None:
        base = ["--pgdata", str(self.datadir), "--username", DB_USER, "--auth=trust"]
        base += ["--encoding=UTF8", "--no-sync"]
        try:
            self._run(self._server_cmd(self.binaries.initdb, *base, LOCALE), "initdb")
        except SetupError as error:
            if "locale" not in str(error).lower():
                raise
            # No C.UTF-8 locale on this system: byte-order collation is fine for tests.
            shutil.rmtree(self.datadir, ignore_errors=True)
            self._run(self._server_cmd(self.binaries.initdb, *base, "--no-locale"), "initdb")
        settings = dict(SERVER_SETTINGS, unix_socket_directories=f"'{self.tmpdir}'")
        with (self.datadir / "postgresql.conf").open("a", encoding="utf-8") as conf:
            conf.write("\n# with_postgres.py: throwaway test cluster\n")
            conf.writelines(f"{key} = {value}\n" for key, value in settings.items())

    def start(self) -> None:
        # Another process may grab the port between free_port() and the server's bind.
        for attempt in range(1, START_ATTEMPTS + 1):
            self.port = free_port()
            cmd = self._server_cmd(
                self.binaries.pg_ctl,
                "start",
                "--wait",
                "--timeout=60",
                "--pgdata",
                str(self.datadir),
                "--log",
                str(self.logfile),
                "-o",
                f"-p {self.port}",
            )
            try:
                # Own session: a Ctrl-C meant for the command must not stop the server
                # before the command has been able to clean up its test database.
                self._run(cmd, "pg_ctl start", start_new_session=True)
            except SetupError as error:
                if attempt == START_ATTEMPTS:
                    raise SetupError(f"{error}\n--- server log ---\n{self._log_tail()}") from None
                continue
            self.running = True
            return

    def create_database(self) -> None:
        cmd = [str(self.binaries.createdb), "-h", "127.0.0.1", "-p", str(self.port)]
        self._run([*cmd, "-U", DB_USER, DB_NAME], "createdb")

    def stop(self) -> None:
        if self.running:
            for mode in ("fast", "immediate"):
                cmd = self._server_cmd(
                    self.binaries.pg_ctl, "stop", "--wait", "--pgdata", str(self.datadir)
                )
                try:
                    self._run([*cmd, "--mode", mode], f"pg_ctl stop --mode {mode}")
                except SetupError as error:
                    say(str(error))
                    continue
                self.running = False
                break
        shutil.rmtree(self.tmpdir, ignore_errors=True)

    def _log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.logfile.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no server log)"


@contextlib.contextmanager
def running_cluster(binaries: Binaries) -> Iterator[Cluster]:
    cluster = Cluster(binaries)
    try:
        cluster.init()
        cluster.start()
        cluster.create_database()
        yield cluster
    finally:
        cluster.stop()


def run_command(command: Sequence[str], env: dict[str, str]) -> int:
    """Run ``command`` to its end and return a shell-style exit status."""
    try:
        proc = subprocess.Popen(command, env=env)  # noqa: S603 - the caller's own command
    except OSError as error:
        say(f"cannot run {command[0]!r}: {error}")
        return 127
    try:
        returncode = proc.wait()
    except (KeyboardInterrupt, Terminated) as interruption:
        # A Ctrl-C at the terminal reaches the command directly (same process group), so
        # it is not sent twice; a signal sent to this process alone is passed on. Either
        # way the command gets a moment to finish before the cluster goes away.
        if isinstance(interruption, Terminated):
            proc.send_signal(interruption.signum)
        for escalate in (proc.terminate, proc.kill):
            try:
                proc.wait(timeout=15)
                break
            except subprocess.TimeoutExpired:
                escalate()
        proc.wait()
        raise
    return 128 - returncode if returncode < 0 else returncode


def _raise_terminated(signum: int, _frame: object) -> None:
    raise Terminated(signum)


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Run a command with DATABASE_URL pointing at a throwaway PostgreSQL.",
        usage="%(prog)s [--check] -- COMMAND [ARGS...]",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help=f"only check that the PostgreSQL binaries exist (exit 0, else {EXIT_NO_BINARIES})",
    )
    parser.add_argument("command", nargs=argparse.REMAINDER, help="the command to run")
    args = parser.parse_args(argv)
    if args.command and args.command[0] == "--":
        args.command = args.command[1:]
    if not args.check and not args.command:
        parser.error("no command given")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    binaries = find_binaries()
    if binaries is None:
        say(
            "PostgreSQL server binaries (initdb, pg_ctl) not found on PATH or in "
            "/usr/lib/postgresql/*/bin; install them, e.g. `apt-get install postgresql`"
        )
        return EXIT_NO_BINARIES
    if args.check:
        say(f"{binaries.version} in {binaries.initdb.parent}")
        return 0

    signal.signal(signal.SIGTERM, _raise_terminated)
    signal.signal(signal.SIGHUP, _raise_terminated)
    try:
        with running_cluster(binaries) as cluster:
            say(f"{binaries.version} on 127.0.0.1:{cluster.port} ({cluster.tmpdir})")
            env = dict(os.environ, DATABASE_URL=cluster.url)
            return run_command(args.command, env)
    except SetupError as error:
        say(str(error))
        return EXIT_SETUP_FAILED
    except KeyboardInterrupt:
        say("interrupted; cluster stopped and removed")
        return 128 + signal.SIGINT
    except Terminated as terminated:
        say("terminated; cluster stopped and removed")
        return 128 + terminated.signum


if __name__ == "__main__":
    sys.exit(main())
