"""A real PostgreSQL server on 127.0.0.1 for store/queue tests (Debian: postgresql-15).

Each server is a private cluster: ``initdb`` into a temporary folder, its own free high port,
its unix socket in that folder, trust authentication for local and loopback connections, and
its own log file, so it runs beside (and without touching) a system PostgreSQL. Durability is
switched off (``fsync``, ``synchronous_commit``, ``full_page_writes``): the data is thrown away.

PostgreSQL refuses to run as root. When the tests run as root, the cluster belongs to the
``postgres`` system user (created by Debian's postgresql-common), or, if there is none, to a
dedicated system user ``inquiry-triage-pg`` that this module creates with ``useradd``; initdb
and pg_ctl then run through ``runuser -u USER --``. As any other user, they run as that user.
Whatever the operating-system user, the database superuser is called ``postgres``.

The binaries are looked up in ``$PG_BIN_DIR``, then ``/usr/lib/postgresql/<newest>/bin``, then
on ``PATH``.

Usage from a test::

    from tests.servers.postgres import pg_url, postgres_server  # noqa: F401 (fixtures)

    def test_x(pg_url):                 # a fresh, empty database per test, dropped afterwards
        engine, sessions = open_store(pg_url)   # postgresql+psycopg://postgres@127.0.0.1:PORT/test_3
        ...
        engine.dispose()

    def test_y(postgres_server):        # the session's server itself
        postgres_server.url                      # its default database ("inquiry_triage")
        name = postgres_server.create_database() # "test_<n>"; url_for(name); drop_database(name)
        postgres_server.log_tail()               # the end of the server log

    with run_postgres() as server: ...  # without pytest fixtures

When the binaries are missing or the server cannot start, the test fails if env CI == "true",
else it is skipped; start-up failures include the tail of the server log, and a failing test
that used the server gets the server log lines written during that test as a report section
("postgres log"). Nothing is left running: fixtures stop their server with
``pg_ctl stop -m immediate`` at teardown (SIGKILL to the postmaster if that does not work), and
an atexit hook stops any server still running when the interpreter exits.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import itertools
import os
import pwd
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from tests.servers.common import unavailable

HOST = "127.0.0.1"
SUPERUSER = "postgres"
DEFAULT_DATABASE = "inquiry_triage"
DEDICATED_OS_USER = "inquiry-triage-pg"
APT_PACKAGE = "postgresql-15"
_BINARIES = ("initdb", "pg_ctl", "postgres")

_SETTINGS = """
# --- written by tests/servers/postgres.py: a private, throw-away cluster ---
listen_addresses = '{host}'
port = {port}
unix_socket_directories = '{socket_dir}'
max_connections = 100
shared_buffers = 32MB
fsync = off
synchronous_commit = off
full_page_writes = off
logging_collector = off
log_destination = 'stderr'
log_line_prefix = '%m [%p] %q%u@%d '
log_min_messages = warning
log_min_error_statement = error
log_lock_waits = on
deadlock_timeout = 1s
timezone = 'UTC'
"""

_HBA = """\
# written by tests/servers/postgres.py: trust on the socket and on loopback only
local   all  all                trust
host    all  all  127.0.0.1/32  trust
host    all  all  ::1/128       trust
"""


class PostgresStartError(RuntimeError):
    pass


def _has_binaries(directory: Path) -> bool:
    return all(os.access(directory / name, os.X_OK) for name in _BINARIES)


@functools.lru_cache(maxsize=1)
def postgres_bin_dir() -> Path | None:
    """The folder with initdb, pg_ctl and postgres, or None."""
    override = os.environ.get("PG_BIN_DIR")
    if override:
        return Path(override) if _has_binaries(Path(override)) else None

    def version_key(path: Path) -> tuple[int, ...]:
        return tuple(int(part) for part in re.findall(r"\d+", path.parent.name)) or (0,)

    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=version_key, reverse=True)
    for directory in candidates:
        if _has_binaries(directory):
            return directory
    found = shutil.which("initdb")
    if found and _has_binaries(Path(found).parent):
        return Path(found).parent
    return None


def require_postgres() -> Path:
    directory = postgres_bin_dir()
    if directory is None:
        unavailable(f"PostgreSQL server binaries (initdb, pg_ctl, postgres) not found "
                    f"(apt-get install -y {APT_PACKAGE}, or set PG_BIN_DIR)")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        unavailable("psycopg 3 is not installed (pip install 'psycopg[binary]')")
    assert directory is not None
    return directory


def free_port(host: str = HOST) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def _os_account() -> pwd.struct_passwd | None:
    """The non-root account to run PostgreSQL as; None when the tests do not run as root (then
    everything runs as the current user)."""
    if os.geteuid() != 0:
        return None
    for name in (SUPERUSER, DEDICATED_OS_USER):
        with contextlib.suppress(KeyError):
            return pwd.getpwnam(name)
    useradd = shutil.which("useradd") or "/usr/sbin/useradd"
    done = subprocess.run([useradd, "--system", "--no-create-home", "--home-dir", "/nonexistent",
                           "--shell", "/usr/sbin/nologin", DEDICATED_OS_USER],
                          capture_output=True, text=True, timeout=30)
    try:
        return pwd.getpwnam(DEDICATED_OS_USER)
    except KeyError:
        unavailable(f"running as root, no 'postgres' user, and useradd {DEDICATED_OS_USER} failed: "
                    f"{(done.stderr or done.stdout).strip()}")
        raise


def _temp_base(account: pwd.struct_passwd | None) -> str | None:
    """Where to make the cluster's folder: the usual temp dir, unless the cluster's owner (another
    user than ours) cannot reach it (e.g. TMPDIR=/root/tmp), then /tmp."""
    base = Path(tempfile.gettempdir()).resolve()
    if account is None:
        return None
    for folder in (base, *base.parents):
        with contextlib.suppress(OSError):
            if not folder.stat().st_mode & 0o001:
                return "/tmp"
    return None


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # a zombie (our own child not yet reaped) counts as gone
    with contextlib.suppress(OSError):
        status = Path(f"/proc/{pid}/stat").read_text()
        if status.rsplit(")", 1)[-1].split()[0] == "Z":
            return False
    return True


@dataclass(eq=False)  # hashable by identity (kept in _LIVE)
class PostgresServer:
    """One private PostgreSQL cluster; ``url`` is a SQLAlchemy URL for its default database."""

    root: Path
    bin_dir: Path
    host: str
    port: int
    database: str = DEFAULT_DATABASE
    os_user: str | None = None  # None: run as the current user
    start_timeout: float = 30.0
    _uid: int = field(default=-1, repr=False)
    _gid: int = field(default=-1, repr=False)
    _names: Iterator[int] = field(default_factory=lambda: itertools.count(1), repr=False)

    # --- paths and addresses ---------------------------------------------------------------
    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def socket_dir(self) -> Path:
        return self.root / "sock"

    @property
    def log_path(self) -> Path:
        return self.root / "postgres.log"

    @property
    def url(self) -> str:
        return self.url_for(self.database)

    def url_for(self, database: str) -> str:
        """``postgresql+psycopg://postgres@127.0.0.1:PORT/DATABASE`` (SQLAlchemy)."""
        return f"postgresql+psycopg://{SUPERUSER}@{self.host}:{self.port}/{database}"

    def conninfo(self, database: str = "postgres") -> str:
        """A libpq connection string for psycopg.connect()."""
        return f"host={self.host} port={self.port} user={SUPERUSER} dbname={database} connect_timeout=5"

    # --- running commands as the cluster's owner ------------------------------------------
    def _command(self, *args: str) -> list[str]:
        if self.os_user is None:
            return list(args)
        runuser = shutil.which("runuser") or "/usr/sbin/runuser"
        return [runuser, "-u", self.os_user, "--", *args]

    def _run(self, *args: str, timeout: float = 60.0) -> subprocess.CompletedProcess[str]:
        # Output goes to a file, never a pipe: a daemon that inherited a pipe would keep
        # subprocess.run() waiting for EOF.
        out_path = self.root / "commands.out"
        with open(out_path, "a+", encoding="utf-8", errors="replace") as out:
            start = out.tell()
            env = dict(os.environ, LC_ALL="C", LANG="C", PGTZ="UTC")
            env.pop("PGDATA", None)
            try:
                done = subprocess.run(self._command(*args), stdin=subprocess.DEVNULL, stdout=out,
                                      stderr=subprocess.STDOUT, env=env, timeout=timeout, cwd=self.root)
            except subprocess.TimeoutExpired:
                done = subprocess.CompletedProcess(args, returncode=-1)
            out.seek(start)
            return subprocess.CompletedProcess(args, done.returncode, stdout=out.read())

    def _chown(self, path: Path) -> None:
        if self.os_user is not None:
            os.chown(path, self._uid, self._gid)

    # --- state -------------------------------------------------------------------------------
    def postmaster_pid(self) -> int | None:
        with contextlib.suppress(OSError, ValueError, IndexError):
            return int((self.data_dir / "postmaster.pid").read_text().splitlines()[0])
        return None

    @property
    def running(self) -> bool:
        pid = self.postmaster_pid()
        return pid is not None and _pid_alive(pid)

    def log(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")
        except OSError:
            return ""

    def log_size(self) -> int:
        try:
            return self.log_path.stat().st_size
        except OSError:
            return 0

    def log_tail(self, chars: int = 3000, since: int = 0) -> str:
        """The end of the server log (from byte offset ``since``, see ``log_size()``)."""
        try:
            with open(self.log_path, "rb") as handle:
                handle.seek(since)
                text = handle.read().decode("utf-8", "replace")
        except OSError:
            return "(no server log)"
        if not text:
            return "(nothing logged during the test)" if since else "(server log empty)"
        return text[-chars:]

    # --- life cycle ----------------------------------------------------------------------------
    def init(self) -> None:
        """initdb and the configuration (trust auth, port, socket folder, no durability)."""
        self.socket_dir.mkdir(exist_ok=True)
        self._chown(self.socket_dir)
        done = self._run(str(self.bin_dir / "initdb"), "-D", str(self.data_dir), "-U", SUPERUSER,
                         "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync", "--no-instructions",
                         timeout=120)
        if done.returncode != 0:
            raise PostgresStartError(f"initdb failed (exit code {done.returncode}):\n{done.stdout[-3000:]}")
        with open(self.data_dir / "postgresql.conf", "a", encoding="utf-8") as conf:
            conf.write(_SETTINGS.format(host=self.host, port=self.port, socket_dir=self.socket_dir))
        (self.data_dir / "pg_hba.conf").write_text(_HBA)

    def start(self) -> None:
        """pg_ctl start (waits until the server accepts connections), then check a login."""
        if self.running:
            return
        _LIVE.add(self)
        done = self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data_dir), "-l", str(self.log_path),
                         "-w", "-t", str(int(self.start_timeout)), "start", timeout=self.start_timeout + 15)
        problem = "" if done.returncode == 0 else f"pg_ctl start exit code {done.returncode}: {done.stdout.strip()}"
        if not problem:
            problem = self._wait_for_login()
        if problem:
            self.stop()
            raise PostgresStartError(f"PostgreSQL did not start on {self.host}:{self.port} ({problem}); "
                                     f"log {self.log_path}:\n{self.log_tail()}")

    def _wait_for_login(self) -> str:
        import psycopg

        deadline = time.monotonic() + self.start_timeout
        error = ""
        while time.monotonic() < deadline:
            try:
                with psycopg.connect(self.conninfo(), autocommit=True) as conn:
                    conn.execute("SELECT 1")
                return ""
            except psycopg.Error as exc:
                error = str(exc).strip()
                time.sleep(0.05)
        return f"no login in time: {error}"

    def stop(self) -> None:
        """``pg_ctl stop -m immediate``; SIGKILL to the postmaster if it is still there."""
        _LIVE.discard(self)
        if not self.data_dir.exists():
            return
        pid = self.postmaster_pid()
        if pid is None or not _pid_alive(pid):
            return
        self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data_dir), "-m", "immediate", "-w", "-t", "20",
                  "stop", timeout=30)
        deadline = time.monotonic() + 5
        while _pid_alive(pid) and time.monotonic() < deadline:
            time.sleep(0.02)
        if _pid_alive(pid):  # the backends notice the postmaster's death and exit on their own
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(pid, signal.SIGKILL)

    def destroy(self) -> None:
        """Stop and remove the cluster's folder."""
        try:
            self.stop()
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    # --- databases ----------------------------------------------------------------------------
    def execute(self, statement: str, database: str = "postgres") -> None:
        """Run one statement outside a transaction (CREATE/DROP DATABASE, ...)."""
        import psycopg

        with psycopg.connect(self.conninfo(database), autocommit=True) as conn:
            conn.execute(statement)  # type: ignore[arg-type]

    def create_database(self, name: str | None = None) -> str:
        """CREATE DATABASE ``name`` (default ``test_<n>``); returns the name."""
        import psycopg
        from psycopg import sql

        name = name or f"test_{next(self._names)}"
        try:
            with psycopg.connect(self.conninfo(), autocommit=True) as conn:
                conn.execute(sql.SQL("CREATE DATABASE {} TEMPLATE template0 ENCODING 'UTF8'").format(sql.Identifier(name)))
        except psycopg.Error as exc:
            raise PostgresStartError(f"CREATE DATABASE {name} failed: {exc}; log tail:\n{self.log_tail()}") from exc
        return name

    def drop_database(self, name: str) -> None:
        """DROP DATABASE ... WITH (FORCE): connections left open by a test are cut."""
        import psycopg
        from psycopg import sql

        with psycopg.connect(self.conninfo(), autocommit=True) as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


# Servers still running: stopped at interpreter exit should a fixture's teardown never run.
_LIVE: set[PostgresServer] = set()


@atexit.register
def _stop_leftovers() -> None:
    for server in list(_LIVE):
        with contextlib.suppress(Exception):
            server.destroy()


def start_postgres(*, host: str = HOST, database: str = DEFAULT_DATABASE, start_timeout: float = 30.0,
                   attempts: int = 3) -> PostgresServer:
    """Make a private cluster with database ``database`` and start it. The caller must
    ``destroy()`` it; prefer :func:`run_postgres` or the fixtures, which do. Calls
    pytest.fail/skip (see :func:`unavailable`) when PostgreSQL cannot run."""
    bin_dir = require_postgres()
    account = _os_account()
    problem = ""
    for _attempt in range(attempts):
        root = Path(tempfile.mkdtemp(prefix="postgres-test-", dir=_temp_base(account)))
        os.chmod(root, 0o700)
        server = PostgresServer(root=root, bin_dir=bin_dir, host=host, port=free_port(host), database=database,
                                os_user=account.pw_name if account else None, start_timeout=start_timeout,
                                _uid=account.pw_uid if account else -1, _gid=account.pw_gid if account else -1)
        server._chown(root)
        try:
            server.init()
            server.start()
            server.create_database(database)
            return server
        except PostgresStartError as exc:
            problem = str(exc)
            server.destroy()
            if not re.search(r"could not bind|address already in use|could not create any TCP/IP", problem, re.I):
                break  # not a port race: retrying will not help
    unavailable(problem)
    raise AssertionError("unreachable")


@contextlib.contextmanager
def run_postgres(**options) -> Iterator[PostgresServer]:
    """``with run_postgres() as server:`` — stopped and removed when the block ends."""
    server = start_postgres(**options)
    try:
        yield server
    finally:
        server.destroy()


class _LogOnFailure:
    """A pytest plugin (registered while the session server runs): a failing test that used the
    server gets the server log written during the test as a report section."""

    def __init__(self, server: PostgresServer) -> None:
        self.server = server
        self.offsets: dict[str, int] = {}  # nodeid -> log offset at the test's start

    def watch(self, item: pytest.Item) -> None:
        self.offsets.setdefault(item.nodeid, self.server.log_size())

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_makereport(self, item: pytest.Item, call: pytest.CallInfo[None]):  # type: ignore[no-untyped-def]
        report = yield
        if report.failed and (item.nodeid in self.offsets or "postgres_server" in item.fixturenames):
            since = self.offsets.get(item.nodeid, 0)
            report.sections.append(("postgres log", f"{self.server.log_path}:\n"
                                                    f"{self.server.log_tail(since=since)}"))
        if report.when == "teardown":
            self.offsets.pop(item.nodeid, None)
        return report


_PLUGIN_NAME = "inquiry-triage-postgres-log"

# Every test module that imports the fixtures gets its own copy of the session-scoped fixture
# (pytest registers imported fixtures per module), so the server itself is shared here: started
# by the first user, destroyed when the last one is torn down (or at exit). A failure to start
# is remembered, so later modules skip (or fail) at once instead of trying again.
_SHARED: dict[str, object] = {"server": None, "users": 0, "problem": None}


def _acquire_shared(config: pytest.Config) -> PostgresServer:
    if _SHARED["problem"] is not None:
        unavailable(str(_SHARED["problem"]))
    server = _SHARED["server"]
    if server is None:
        try:
            server = start_postgres()
        except (pytest.skip.Exception, pytest.fail.Exception) as exc:
            _SHARED["problem"] = str(exc.msg if hasattr(exc, "msg") else exc)
            raise
        _SHARED["server"] = server
        config.pluginmanager.register(_LogOnFailure(server), _PLUGIN_NAME)
    assert isinstance(server, PostgresServer)
    _SHARED["users"] = int(_SHARED["users"]) + 1  # type: ignore[call-overload]
    return server


def _release_shared(config: pytest.Config) -> None:
    _SHARED["users"] = int(_SHARED["users"]) - 1  # type: ignore[call-overload]
    if int(_SHARED["users"]) > 0:  # type: ignore[call-overload]
        return
    server, _SHARED["server"] = _SHARED["server"], None
    plugin = config.pluginmanager.get_plugin(_PLUGIN_NAME)
    if plugin is not None:
        with contextlib.suppress(Exception):
            config.pluginmanager.unregister(plugin, _PLUGIN_NAME)
    if isinstance(server, PostgresServer):
        server.destroy()


@pytest.fixture(scope="session")
def postgres_server(request: pytest.FixtureRequest) -> Iterator[PostgresServer]:
    """One private PostgreSQL for the whole session (skipped, or failed under CI, if it cannot run)."""
    server = _acquire_shared(request.config)
    try:
        yield server
    finally:
        _release_shared(request.config)


@pytest.fixture
def pg_url(postgres_server: PostgresServer, request: pytest.FixtureRequest) -> Iterator[str]:
    """A fresh empty database (``test_<n>``) on the session server, as a SQLAlchemy URL; dropped
    (WITH (FORCE)) after the test."""
    plugin = request.config.pluginmanager.get_plugin(_PLUGIN_NAME)
    if isinstance(plugin, _LogOnFailure):
        plugin.watch(request.node)
    name = postgres_server.create_database()
    try:
        yield postgres_server.url_for(name)
    finally:
        postgres_server.drop_database(name)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Both databases, one test each: a fresh SQLite file in tmp_path, or a fresh database on the
    session's PostgreSQL server (``pg_url``). Test ids end in ``[sqlite]`` / ``[postgresql]``."""
    if request.param == "postgresql":
        return str(request.getfixturevalue("pg_url"))
    return f"sqlite:///{tmp_path / 'store.db'}"


@pytest.fixture
def store_on_both(db_url: str) -> Iterator[tuple[str, Any]]:
    """(url, sessionmaker) of the project's store (``open_store``: migrated) on ``db_url``; the
    engine is disposed afterwards. Import it under the name a module's tests use::

        from tests.servers.postgres import db_url, pg_url, postgres_server, store_on_both as store  # noqa: F401
    """
    from inquiry_triage.store.db import open_store

    engine, sessions = open_store(db_url)
    try:
        yield db_url, sessions
    finally:
        engine.dispose()
