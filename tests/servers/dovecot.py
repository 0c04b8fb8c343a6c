"""A real Dovecot IMAP server on 127.0.0.1 for IMAP tests (Debian package: dovecot-imapd).

Each server is a private Dovecot instance: its own config, ``base_dir``, ``state_dir``, log file,
password file and Maildir, all in one temporary folder, and its own free high port, so several
can run at once beside (and without touching) a system Dovecot. The master runs in the
foreground (``dovecot -F -c CONFIG``) in its own process group; ``stop()`` ends it and its
children, and every fixture stops its servers at teardown.

Defaults (see ``_CONFIG``; written for Dovecot 2.3, Debian 12's 2.3.19): ``ssl = no``,
clear-text LOGIN/AUTHENTICATE PLAIN allowed (``disable_plaintext_auth = no``: the 2.3 spelling;
2.4 renamed it ``auth_allow_cleartext`` and changed much of the syntax, so 2.4 would need its own
template), ``auth_failure_delay = 0`` and anvil's per-IP auth penalty switched off so
wrong-password tests stay fast and do not slow later logins (a wrong password still takes
Dovecot ~0.5 s), a passwd-file passdb (one file per user) with PLAIN passwords, a static
userdb, Maildir++ under ``~/Maildir`` with ``/`` as the hierarchy separator. Dovecot refuses UID 0 for mail access, so
when tests run as root the mail files belong to the system user ``mail`` (uid 8 on Debian) and
the internal/login processes run as ``dovecot`` / ``dovenull`` (created by the package); when
tests run as another user, everything runs as that user (chroots off). ``tls=True`` adds a
self-signed certificate (made with the ``openssl`` command) for STARTTLS on ``port`` and
implicit TLS on ``tls_port``; ``ssl_context()`` trusts it.

Usage from a test::

    from tests.servers.dovecot import dovecot, dovecot_factory  # noqa: F401 (fixtures)

    def test_x(dovecot):                      # a fresh server + user + empty INBOX per test
        uid = dovecot.deliver(b"Subject: hi\\r\\n\\r\\nbody\\r\\n")        # IMAP APPEND -> UID
        dovecot.deliver_maildir(raw, folder="Sales")                      # an MTA-style drop
        dovecot.flags("INBOX")        # {uid: {"\\\\Seen", "$Triaged"}} read with EXAMINE
        dovecot.folder_uids("INBOX")  # [1, 2]
        dovecot.stop(); dovecot.start()   # same port, same mail: simulates a restart
        dovecot.stop(graceful=False)      # SIGKILL: a crash / network cut (no BYE)

    def test_y(dovecot_factory):              # options: tls=True, imap_capability="..."
        server = dovecot_factory(tls=True)

    with run_dovecot() as server: ...          # without pytest fixtures

When Dovecot is missing or cannot start, the test fails if env CI == "true", else it is skipped.
Start-up failures include the tail of Dovecot's log. Nothing is left behind: fixtures destroy
their servers, an atexit hook destroys any still running, and each master is started with
PR_SET_PDEATHSIG so it shuts down if the test process dies.
"""

from __future__ import annotations

import atexit
import base64
import contextlib
import ctypes
import functools
import imaplib
import os
import pwd
import re
import secrets
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pytest

from tests.servers.common import find_binary, unavailable

DOVECOT_APT_PACKAGE = "dovecot-imapd"
HOST = "127.0.0.1"
DEFAULT_USER = "buyer-desk"

_CONFIG = """\
# Written by tests/servers/dovecot.py: a private, throw-away instance.
base_dir = {root}/run
state_dir = {root}/state
instance_name = dovecot-test-{port}
log_path = {root}/dovecot.log
info_log_path = {root}/dovecot.log
auth_verbose = yes
protocols = imap
listen = {host}
shutdown_clients = yes
version_ignore = yes

ssl = {ssl}
{ssl_files}
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0

default_internal_user = {internal_user}
default_internal_group = {internal_group}
default_login_user = {login_user}
first_valid_uid = 1
first_valid_gid = 1
mail_location = maildir:~/Maildir
mail_fsync = never
{imap_capability}

namespace inbox {{
  inbox = yes
  separator = /
}}

passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/users/%u
}}
userdb {{
  driver = static
  args = uid={mail_uid} gid={mail_gid} home={root}/home/%u allow_all_users=yes
}}

service imap-login {{
  inet_listener imap {{
    address = {host}
    port = {port}
  }}
  inet_listener imaps {{
    address = {host}
    port = {tls_port}
    ssl = yes
  }}
{login_chroot}}}
# no growing per-IP delays after failed logins (tests log in wrongly on purpose)
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
{login_chroot}}}
service stats {{
  unix_listener stats-writer {{
    mode = 0666
  }}
}}
{extra_services}"""


def dovecot_path() -> str | None:
    return find_binary("dovecot")


def require_dovecot() -> str:
    path = dovecot_path()
    if path is None:
        unavailable(f"dovecot not installed (apt-get install -y {DOVECOT_APT_PACKAGE})")
    assert path is not None
    return path


@functools.lru_cache(maxsize=1)
def dovecot_version() -> str:
    """``dovecot --version``, e.g. "2.3.19.1 (9b53102964)"."""
    out = subprocess.run([require_dovecot(), "--version"], capture_output=True, text=True, timeout=10)
    return out.stdout.strip()


def free_port(host: str = HOST) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


# --- modified UTF-7 (RFC 3501 5.1.3), written independently of inquiry_triage on purpose ------

def mutf7(name: str) -> str:
    out: list[str] = []
    pending: list[str] = []

    def flush() -> None:
        if pending:
            b64 = base64.b64encode("".join(pending).encode("utf-16-be")).decode("ascii")
            out.append("&" + b64.rstrip("=").replace("/", ",") + "-")
            pending.clear()

    for ch in name:
        if 0x20 <= ord(ch) <= 0x7E:
            flush()
            out.append("&-" if ch == "&" else ch)
        else:
            pending.append(ch)
    flush()
    return "".join(out)


def unmutf7(name: str) -> str:
    def decode(match: re.Match[str]) -> str:
        body = match.group(1)
        if not body:
            return "&"
        b64 = body.replace(",", "/")
        return base64.b64decode(b64 + "=" * (-len(b64) % 4)).decode("utf-16-be")

    return re.sub(r"&([^-]*)-", decode, name)


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _wire(folder: str) -> str:
    return _quote(mutf7(folder))


@dataclass(eq=False)  # hashable by identity (kept in _LIVE)
class DovecotServer:
    """One private Dovecot. ``user``/``password`` log in; mail lives under ``maildir``."""

    root: Path
    host: str
    port: int
    tls_port: int  # 0 unless started with tls=True
    user: str
    password: str = field(repr=False)
    tls: bool = False
    imap_capability: str | None = None
    start_timeout: float = 10.0
    process: subprocess.Popen | None = field(default=None, repr=False)
    _mail_uid: int = field(default=-1, repr=False)
    _mail_gid: int = field(default=-1, repr=False)

    # --- paths -----------------------------------------------------------------------------
    @property
    def config_path(self) -> Path:
        return self.root / "dovecot.conf"

    @property
    def log_path(self) -> Path:
        return self.root / "dovecot.log"

    @property
    def cert_path(self) -> Path:
        return self.root / "cert.pem"

    def home(self, user: str | None = None) -> Path:
        return self.root / "home" / (user or self.user)

    @property
    def maildir(self) -> Path:
        return self.home() / "Maildir"

    def folder_path(self, folder: str = "INBOX", user: str | None = None) -> Path:
        """The Maildir++ folder for an IMAP folder name (INBOX is the Maildir root)."""
        base = self.home(user) / "Maildir"
        if folder.upper() == "INBOX":
            return base
        return base / ("." + mutf7(folder).replace("/", "."))

    # --- life cycle ------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def log(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")
        except FileNotFoundError:
            return ""

    def log_tail(self, chars: int = 3000) -> str:
        return self.log()[-chars:]

    def start(self) -> None:
        """Start (or start again after ``stop()``) on the same port; wait for the greeting."""
        if self.running:
            return
        binary = require_dovecot()
        command = [binary, "-F", "-c", str(self.config_path)]
        log = open(self.log_path, "ab")
        try:
            self.process = subprocess.Popen(
                command, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                start_new_session=True,  # its own process group: stop() can end every child
                preexec_fn=_die_with_parent,
            )
        finally:
            log.close()
        _LIVE.add(self)
        deadline = time.monotonic() + self.start_timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                break
            if _greets(self.host, self.port):
                return
            time.sleep(0.02)
        code = self.process.poll()
        self.stop()
        raise DovecotStartError(
            f"dovecot did not start on {self.host}:{self.port} "
            f"({'exit code ' + str(code) if code is not None else 'no greeting in time'}); "
            f"command: {' '.join(command)}; log {self.log_path}:\n{self.log_tail()}"
        )

    def stop(self, *, graceful: bool = True) -> None:
        """Stop the master and all its children. ``graceful``: SIGTERM to the instance's whole
        process group, as a system shutdown does: open IMAP sessions get ``* BYE Server shutting
        down.`` and the processes usually exit within milliseconds; whatever of the group is
        still there after 0.3 s (the master sometimes waits up to a second, or longer, for a
        child) is SIGKILLed. Otherwise SIGKILL to the whole group at once: sessions see the
        connection close with no goodbye, like a crash or a network cut."""
        process, self.process = self.process, None
        _LIVE.discard(self)
        if process is None:
            return
        if process.poll() is None:
            if graceful:
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.killpg(process.pid, signal.SIGTERM)
                try:
                    # usually a few ms; a master still waiting for a child is cut short below
                    process.wait(timeout=0.3)
                except subprocess.TimeoutExpired:
                    pass
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(process.pid, signal.SIGKILL)
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=5)
        # Anything of this instance's process group still alive (the master forks all of it).
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal.SIGKILL)
        # Wait until the port is really closed so a following start() can bind it.
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and _accepts(self.host, self.port):
            time.sleep(0.02)

    def restart(self) -> None:
        self.stop()
        self.start()

    def destroy(self) -> None:
        """Stop (SIGTERM to the group: fast and leaves no zombies) and remove every file."""
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)

    # --- users -----------------------------------------------------------------------------
    def add_user(self, user: str, password: str) -> None:
        """Add a login (passwd-file is re-read by Dovecot when it changes) with an empty home."""
        if not re.fullmatch(r"[A-Za-z0-9._@+-]+", user) or ":" in password or "\n" in password:
            raise ValueError("user must be simple and password without ':' or newline")
        # One passwd-file per user (the passdb path has %u): a new file is read at once, where
        # Dovecot would notice a change to a shared one only a second later.
        (self.root / "users" / user).write_text(f"{user}:{password}\n", encoding="utf-8")
        home = self.home(user)
        home.mkdir(parents=True, exist_ok=True)
        _chown(home, self._mail_uid, self._mail_gid)

    # --- an independent IMAP client (stdlib imaplib) ---------------------------------------
    def ssl_context(self) -> ssl.SSLContext:
        """A client context that trusts this server's self-signed certificate (tls=True only)."""
        if not self.tls:
            raise RuntimeError("server was started without tls=True")
        return ssl.create_default_context(cafile=str(self.cert_path))

    @contextlib.contextmanager
    def client(self, user: str | None = None, password: str | None = None) -> Iterator[imaplib.IMAP4]:
        """A logged-in imaplib client over plain TCP; logged out at the end of the block."""
        imap = imaplib.IMAP4(self.host, self.port, timeout=10)
        try:
            if self.tls:
                imap.starttls(self.ssl_context())
            imap.login(user or self.user, password if password is not None else self.password)
            yield imap
        finally:
            with contextlib.suppress(Exception):
                imap.logout()

    def capabilities(self) -> list[str]:
        """What the server advertises after login (e.g. to build an ``imap_capability`` override)."""
        with self.client() as imap:
            typ, data = imap.capability()
        return data[-1].decode("ascii").split()

    def create_folder(self, folder: str, user: str | None = None) -> None:
        with self.client(user) as imap:
            typ, data = imap.create(_wire(folder))
            if typ != "OK":
                raise AssertionError(f"CREATE {folder!r}: {typ} {data}")

    def delete_folder(self, folder: str, user: str | None = None) -> None:
        with self.client(user) as imap:
            typ, data = imap.delete(_wire(folder))
            if typ != "OK":
                raise AssertionError(f"DELETE {folder!r}: {typ} {data}")

    def folders(self, user: str | None = None) -> list[str]:
        """Every folder name (decoded from modified UTF-7)."""
        with self.client(user) as imap:
            typ, data = imap.list('""', "*")
        names = []
        for line in data:
            if isinstance(line, bytes):
                match = re.match(rb'\(.*?\) (?:"."|NIL) (.*)$', line)
                if match:
                    raw = match.group(1).decode("ascii")
                    if raw.startswith('"'):
                        raw = raw[1:-1].replace('\\"', '"').replace("\\\\", "\\")
                    names.append(unmutf7(raw))
        return names

    def deliver(self, raw: bytes, folder: str = "INBOX", *, flags: Sequence[str] = (),
                internaldate: datetime | None = None, user: str | None = None, create: bool = True) -> int:
        """IMAP APPEND ``raw`` (byte for byte) into ``folder`` (created if missing) with optional
        flags and INTERNALDATE (an aware datetime); returns the new UID."""
        with self.client(user) as imap:
            flag_list = "(" + " ".join(flags) + ")" if flags else None
            when = imaplib.Time2Internaldate(internaldate) if internaldate else None
            typ, data = imap.append(_wire(folder), flag_list, when, raw)
            if typ != "OK" and create and b"TRYCREATE" in b" ".join(d for d in data if isinstance(d, bytes)):
                imap.create(_wire(folder))
                typ, data = imap.append(_wire(folder), flag_list, when, raw)
            if typ != "OK":
                raise AssertionError(f"APPEND to {folder!r}: {typ} {data}")
        match = re.search(rb"APPENDUID \d+ (\d+)", data[0] or b"")
        if not match:
            raise AssertionError(f"APPEND to {folder!r}: no APPENDUID in {data}")
        return int(match.group(1))

    def deliver_maildir(self, raw: bytes, folder: str = "INBOX", *, user: str | None = None) -> Path:
        """Drop ``raw`` into the folder's Maildir ``new/`` like an MTA would (tmp/ then rename),
        owned by the mail user. Works while the server is stopped. Dovecot assigns the UID when
        it next looks at the folder."""
        path = self.folder_path(folder, user)
        if folder.upper() != "INBOX" and not path.exists():
            # a new Maildir++ folder (Dovecot also wants the maildirfolder marker)
            for sub in ("", "cur", "new", "tmp"):
                (path / sub).mkdir(parents=True, exist_ok=True)
                _chown(path / sub, self._mail_uid, self._mail_gid)
            (path / "maildirfolder").touch()
            _chown(path / "maildirfolder", self._mail_uid, self._mail_gid)
        for sub in ("", "cur", "new", "tmp"):
            if not (path / sub).is_dir():
                (path / sub).mkdir(parents=True, exist_ok=True)
                _chown(path / sub, self._mail_uid, self._mail_gid)
        # the parent Maildir itself too (INBOX may not exist yet before the first login)
        _chown(self.home(user) / "Maildir", self._mail_uid, self._mail_gid)
        name = f"{time.time_ns()}.P{os.getpid()}Q{secrets.token_hex(4)}.dovecot-test"
        tmp = path / "tmp" / name
        tmp.write_bytes(raw)
        _chown(tmp, self._mail_uid, self._mail_gid)
        final = path / "new" / name
        os.rename(tmp, final)
        return final

    def _fetch_flags(self, folder: str, user: str | None) -> dict[int, set[str]]:
        with self.client(user) as imap:
            typ, data = imap.select(_wire(folder), readonly=True)  # EXAMINE: changes nothing
            if typ != "OK":
                raise AssertionError(f"EXAMINE {folder!r}: {typ} {data}")
            if int(data[0] or 0) == 0:
                return {}
            typ, data = imap.uid("FETCH", "1:*", "(UID FLAGS)")
        result: dict[int, set[str]] = {}
        for line in data:
            if not isinstance(line, bytes):
                continue
            uid = re.search(rb"UID (\d+)", line)
            flags = re.search(rb"FLAGS \(([^)]*)\)", line)
            if uid and flags:
                result[int(uid.group(1))] = set(flags.group(1).decode().split())
        return result

    def flags(self, folder: str = "INBOX", user: str | None = None) -> dict[int, set[str]]:
        """{uid: flags} as the server has them (``\\Recent`` left out: it is per session)."""
        return {uid: flags - {"\\Recent"} for uid, flags in self._fetch_flags(folder, user).items()}

    def folder_uids(self, folder: str = "INBOX", user: str | None = None) -> list[int]:
        return sorted(self._fetch_flags(folder, user))

    def uidvalidity(self, folder: str = "INBOX", user: str | None = None) -> int:
        with self.client(user) as imap:
            typ, data = imap.status(_wire(folder), "(UIDVALIDITY)")
        if typ != "OK":
            raise AssertionError(f"STATUS {folder!r}: {typ} {data}")
        return int(re.search(rb"UIDVALIDITY (\d+)", data[0]).group(1))

    def reset_folder_indexes(self, folder: str = "INBOX", user: str | None = None) -> None:
        """Throw away Dovecot's UID list and indexes of a folder (server stopped meanwhile), as a
        restore from backup or a broken index would: Dovecot then gives the folder a NEW
        UIDVALIDITY and numbers its messages again."""
        was_running = self.running
        self.stop()
        path = self.folder_path(folder, user)
        for pattern in ("dovecot-uidlist", "dovecot.index*", "dovecot.list.index*"):
            for item in path.glob(pattern):
                item.unlink()
        # messages Dovecot had moved to cur/ keep their flags in the file name; that is fine
        if was_running:
            self.start()


class DovecotStartError(RuntimeError):
    pass


# Servers still running: stopped at interpreter exit should a fixture's teardown never run
# (e.g. pytest killed by Ctrl-C twice). Each master also gets SIGTERM if this process dies.
_LIVE: set[DovecotServer] = set()


@atexit.register
def _stop_leftovers() -> None:
    for server in list(_LIVE):
        with contextlib.suppress(Exception):
            server.destroy()


_PR_SET_PDEATHSIG = 1
try:  # looked up here, not in the forked child (no library searches between fork and exec)
    _PRCTL = ctypes.CDLL(None, use_errno=True).prctl if os.uname().sysname == "Linux" else None
except (OSError, AttributeError):
    _PRCTL = None


def _die_with_parent() -> None:  # runs in the child between fork and exec
    if _PRCTL is not None:
        _PRCTL(_PR_SET_PDEATHSIG, signal.SIGTERM)


def _chown(path: Path, uid: int, gid: int) -> None:
    if os.geteuid() == 0:
        os.chown(path, uid, gid)


def _accepts(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=0.2):
            return True
    except OSError:
        return False


def _greets(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=0.5) as sock:
            sock.settimeout(1.0)
            return sock.recv(4).startswith(b"* OK")
    except OSError:
        return False


def _accounts() -> tuple[int, int, str, str, str]:
    """(mail uid, mail gid, internal user, internal group, login user) for this process."""
    if os.geteuid() != 0:
        me = pwd.getpwuid(os.geteuid())
        import grp
        group = grp.getgrgid(os.getegid()).gr_name
        return me.pw_uid, me.pw_gid, me.pw_name, group, me.pw_name
    try:
        mail = pwd.getpwnam("mail")
    except KeyError:
        unavailable("no 'mail' system user for Dovecot's mail files")
        raise
    internal = "dovecot"
    login = "dovenull"
    for name in (internal, login):
        try:
            pwd.getpwnam(name)
        except KeyError:
            unavailable(f"system user {name!r} missing (the {DOVECOT_APT_PACKAGE} package creates it)")
    return mail.pw_uid, mail.pw_gid, internal, internal, login


def _make_certificate(root: Path) -> None:
    openssl = shutil.which("openssl")
    if openssl is None:
        unavailable("openssl command not found (apt-get install -y openssl) for the TLS test server")
    command = [
        openssl, "req", "-x509", "-nodes", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
        "-keyout", str(root / "key.pem"), "-out", str(root / "cert.pem"), "-days", "2",
        "-subj", "/CN=localhost", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=30)
    if done.returncode != 0:
        unavailable(f"openssl could not make a test certificate: {done.stderr[-1000:]}")
    os.chmod(root / "key.pem", 0o600)


def start_dovecot(
    *,
    user: str = DEFAULT_USER,
    password: str | None = None,
    tls: bool = False,
    imap_capability: str | None = None,
    host: str = HOST,
    start_timeout: float = 10.0,
    attempts: int = 3,
) -> DovecotServer:
    """Make a private Dovecot with one user and start it. The caller must ``destroy()`` it;
    prefer :func:`run_dovecot` or the fixtures, which do. ``imap_capability`` overrides what
    the server advertises after login (Dovecot's ``imap_capability`` setting), e.g. to hide MOVE.
    Calls pytest.fail/skip (see :func:`unavailable`) when Dovecot cannot run."""
    require_dovecot()
    version = dovecot_version()
    if not version.startswith("2.3."):
        unavailable(f"dovecot {version or '(unknown version)'} found; this harness writes a Dovecot 2.3 "
                    f"configuration (2.4 changed the syntax)")
    mail_uid, mail_gid, internal_user, internal_group, login_user = _accounts()
    password = password if password is not None else "pw-" + secrets.token_hex(8)
    problem = ""
    for _attempt in range(attempts):
        root = Path(tempfile.mkdtemp(prefix="dovecot-test-"))
        os.chmod(root, 0o755)  # the mail user must reach its home below
        port = free_port(host)
        tls_port = free_port(host) if tls else 0
        if tls:
            _make_certificate(root)
        ssl_files = f"ssl_cert = <{root}/cert.pem\nssl_key = <{root}/key.pem" if tls else ""
        (root / "home").mkdir()
        (root / "users").mkdir()
        (root / "dovecot.log").write_bytes(b"")
        config = _CONFIG.format(
            root=root, host=host, port=port, tls_port=tls_port,
            ssl="yes" if tls else "no", ssl_files=ssl_files,
            internal_user=internal_user, internal_group=internal_group, login_user=login_user,
            mail_uid=mail_uid, mail_gid=mail_gid,
            imap_capability=f"imap_capability = {imap_capability}" if imap_capability else "",
            # only root can chroot: otherwise every chrooting service must not
            login_chroot="" if os.geteuid() == 0 else "  chroot =\n",
            extra_services="" if os.geteuid() == 0 else "service imap-urlauth-login {\n  chroot =\n}\n",
        )
        (root / "dovecot.conf").write_text(config)
        server = DovecotServer(
            root=root, host=host, port=port, tls_port=tls_port, user=user, password=password,
            tls=tls, imap_capability=imap_capability, start_timeout=start_timeout,
            _mail_uid=mail_uid, _mail_gid=mail_gid,
        )
        server.add_user(user, password)
        try:
            server.start()
            return server
        except DovecotStartError as exc:
            problem = str(exc)
            server.destroy()
            if "in use" not in problem:
                break  # not a port race: retrying will not help
    unavailable(problem)
    raise AssertionError("unreachable")


@contextlib.contextmanager
def run_dovecot(**options) -> Iterator[DovecotServer]:
    """``with run_dovecot() as server:`` — stopped and removed when the block ends."""
    server = start_dovecot(**options)
    try:
        yield server
    finally:
        server.destroy()


@pytest.fixture
def dovecot_factory() -> Iterator[Callable[..., DovecotServer]]:
    """``dovecot_factory(tls=False, imap_capability=None, ...)`` starts a server; all are
    stopped and removed at teardown."""
    servers: list[DovecotServer] = []

    def start(**options) -> DovecotServer:
        server = start_dovecot(**options)
        servers.append(server)
        return server

    try:
        yield start
    finally:
        for server in servers:
            server.destroy()


@pytest.fixture
def dovecot(dovecot_factory: Callable[..., DovecotServer]) -> DovecotServer:
    """A fresh plain-text (loopback, ssl = no) Dovecot with one user and an empty INBOX."""
    return dovecot_factory()
