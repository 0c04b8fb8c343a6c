"""IMAP mailboxes as a source: read new messages without marking them read, then leave, flag or
move them. Built on the standard library's ``imaplib`` (no extra dependency).

The pieces, lowest first::

    config = mailbox_from_config("sales", toml_table)          # or mailbox_from_url("imaps://...")
    with ImapSession(config) as session:                       # connect (+ STARTTLS) and log in
        for folder in config.folders:
            sel = session.select(folder)                       # SelectedFolder: uidvalidity, uidnext, exists
            after = sel.resume_after(stored_state)             # 0 when UIDVALIDITY changed
            uids = session.new_uids(folder, after)
            for msg in session.fetch(uids):                    # BODY.PEEK[]: never sets \\Seen
                item = to_raw_item(config, folder, sel.uidvalidity, msg)
                ...                                            # store it, then
            session.mark_done(uids)                            # leave / flag / move, per config

Rules this module keeps:

* Messages are only ever fetched with ``BODY.PEEK[]`` (never ``BODY[]``/``RFC822``, which set
  ``\\Seen``), and only after ``RFC822.SIZE`` showed them within ``max_item_bytes``; bigger ones
  are fetched as ``BODY.PEEK[HEADER]<0.65536>`` and handed on as failed ("too large").
* Every read has a deadline (the greeting and each command's whole reply: ``timeout``, plus
  time for the bytes of a body FETCH), and each command's untagged responses are capped in
  number and bytes (``_Guarded``): a slow, chatty or lying server ends as ``MailboxDropped``.
* ``UID SEARCH`` runs in UID ranges of ``search_chunk`` up to UIDNEXT, so any folder size can be
  read from the start. With ``after = "leave"`` folders are opened with EXAMINE (read-only), so the server
  guarantees nothing changes; ``flag``/``move`` need SELECT (read-write).
* ``UID SEARCH UID n+1:*`` always matches the highest-UID message, even when its UID <= n
  (``*`` is the largest UID in use, and ``n+1:*`` is the same as ``*:n+1``): results are filtered.
* A UID only means something together with the folder's UIDVALIDITY. ``select()`` reports it;
  ``SelectedFolder.resume_after(FolderState)`` gives 0 (start over) when it changed, and
  ``fetch``/``mark_done`` take ``uidvalidity=`` to refuse to act on UIDs from an older epoch
  (``UidValidityChanged``).
* ``after = "move"`` uses ``UID MOVE`` (RFC 6851) when the server advertises MOVE. Otherwise:
  ``UID COPY`` + ``UID STORE +FLAGS.SILENT (\\Deleted)`` + ``UID EXPUNGE`` of exactly those UIDs
  when the server has UIDPLUS (RFC 4315). Without UIDPLUS the originals are left flagged
  ``\\Deleted`` (hidden by most clients; removed at the next EXPUNGE by anyone): a plain EXPUNGE
  would also remove messages the mailbox owner had marked deleted, so it is never sent. A missing
  target folder (``NO [TRYCREATE]``) is created once and the command retried.
* Folder names are plain Python strings; they go on the wire in modified UTF-7 (RFC 3501 5.1.3),
  quoted.
* The password never appears in ``repr``, logs or error messages. LOGIN is used for ASCII
  credentials, ``AUTHENTICATE PLAIN`` (UTF-8) for others when the server offers it.

Errors are ``MailboxError`` subclasses (``SourceError``) naming the mailbox, so a daemon can back
off per mailbox: ``MailboxUnavailable`` (cannot connect: refused, timeout, DNS, bad greeting;
``retryable``), ``MailboxTLSError`` (TLS handshake or certificate failure, no STARTTLS offered),
``MailboxAuthFailed`` (credentials refused), ``MailboxDropped`` (connection lost or timed out
mid-session; ``retryable``; the session is dead afterwards), ``MailboxCommandFailed`` (the server
said NO/BAD), with ``MailboxFolderError`` (folder missing or not writable) and
``UidValidityChanged`` below it.
"""

from __future__ import annotations

import base64
import ipaddress
import logging
import os
import re
import socket
import ssl
import time
import imaplib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, quote, unquote, urlsplit

from ..errors import ConfigError, SourceError
from . import DEFAULT_MAX_ITEM_BYTES, HEAD_BYTES, RawItem, too_large

log = logging.getLogger(__name__)

SECURITIES = ("tls", "starttls", "plain")
AFTERS = ("leave", "flag", "move")
DEFAULT_PORTS = {"tls": 993, "starttls": 143, "plain": 143}
URL_PASSWORD_ENV = "INQUIRY_TRIAGE_IMAP_PASSWORD"
MAX_BATCH_SIZE = 1000
DEFAULT_SEARCH_CHUNK = 10_000  # UIDs per UID SEARCH: keeps each reply far below imaplib's 1 MB line limit
# Per command (and for the greeting): at most this many untagged responses and this many bytes of
# them, except a body FETCH, which may also carry the bytes of the messages it asked for.
MAX_UNTAGGED_RESPONSES = 100_000
MAX_UNTAGGED_BYTES = 16 * 1024 * 1024
MIN_TRANSFER_RATE = 64 * 1024  # bytes/s a body FETCH is granted on top of `timeout`
_SYSTEM_FLAGS = ("\\Seen", "\\Answered", "\\Flagged")  # allowed as `flag`; \Deleted / \Draft are not
# atom-char (RFC 3501) minus the specials "(){ %*\"\\]" and controls
_ATOM_RE = re.compile(r"[!#$&'+,\-./0-9:;<=>?@A-Z\[^_`a-z|}~]+")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


# --- errors ---------------------------------------------------------------------------------

class MailboxError(SourceError):
    """Something went wrong with one mailbox; ``mailbox`` is its configured name."""

    retryable = False  # True: a later attempt may well succeed (back off and retry)

    def __init__(self, mailbox: str, message: str) -> None:
        super().__init__(f"mailbox {mailbox!r}: {message}")
        self.mailbox = mailbox


class MailboxUnavailable(MailboxError):
    """Could not reach the server: connection refused, timed out, name not found, bad greeting,
    or the server answered ``NO [UNAVAILABLE]`` at login."""

    retryable = True


class MailboxTLSError(MailboxUnavailable):
    """TLS failed: handshake, certificate verification, or STARTTLS not offered. Retrying rarely
    helps (``retryable`` is False) until someone fixes the server or the configuration."""

    retryable = False


class MailboxAuthFailed(MailboxError):
    """The server refused the credentials (or refuses to take them on this connection)."""


class MailboxDropped(MailboxError):
    """The connection was lost or timed out after login (server restart, network, BYE)."""

    retryable = True


class MailboxCommandFailed(MailboxError):
    """The server answered NO or BAD to a command."""


class MailboxFolderError(MailboxCommandFailed):
    """A folder does not exist, cannot be selected, or is read-only where writing is needed."""


class UidValidityChanged(MailboxCommandFailed):
    """The folder's UIDVALIDITY is not the one the caller's UIDs belong to."""


# --- configuration --------------------------------------------------------------------------

def is_loopback(host: str) -> bool:
    """True for localhost, 127.0.0.0/8 and ::1 (no DNS lookup)."""
    name = host.strip().rstrip(".").lower()
    if name.startswith("[") and name.endswith("]"):
        name = name[1:-1]
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class MailboxConfig:
    """One IMAP account. ``password`` is kept out of ``repr`` (and so out of logs); note that
    ``dataclasses.asdict`` would still include it. Invalid values raise ``ConfigError``."""

    name: str
    host: str
    port: int
    security: str  # "tls" (implicit TLS), "starttls", or "plain" (loopback hosts only)
    user: str
    password: str = field(repr=False)
    folders: tuple[str, ...] = ("INBOX",)
    after: str = "leave"  # "leave" | "flag" | "move"
    flag: str = "$Triaged"  # keyword (or \Seen, \Answered, \Flagged) set when after == "flag"
    move_to: str = ""  # target folder when after == "move"
    batch_size: int = 50  # messages per UID FETCH
    timeout: float = 30.0  # seconds: connecting, the greeting and each command's whole reply (see ImapSession)
    max_item_bytes: int = DEFAULT_MAX_ITEM_BYTES  # bigger messages: headers only, stored as failed
    search_chunk: int = DEFAULT_SEARCH_CHUNK  # UIDs per UID SEARCH

    def __post_init__(self) -> None:
        if isinstance(self.folders, (list, str)):
            object.__setattr__(self, "folders", (self.folders,) if isinstance(self.folders, str)
                               else tuple(self.folders))
        name = self.name

        def bad(fieldname: str, message: str) -> ConfigError:
            return ConfigError(f"mailbox {name!r}: field {fieldname!r} {message}")

        if not isinstance(name, str) or not name.strip():
            raise ConfigError(f"mailbox {name!r}: the name must be a non-empty string")
        if not isinstance(self.host, str) or not self.host.strip() or any(c in self.host for c in " /\r\n"):
            raise bad("host", "must be a host name or address")
        if isinstance(self.port, bool) or not isinstance(self.port, int) or not 1 <= self.port <= 65535:
            raise bad("port", f"must be a port number 1-65535 (got {self.port!r})")
        if self.security not in SECURITIES:
            raise bad("security", f"must be tls, starttls or plain (got {self.security!r})")
        if self.security == "plain" and not is_loopback(self.host):
            raise bad("security", f"may be plain only for a loopback host (localhost, 127.0.0.1, ::1), "
                                  f"not {self.host!r}: use tls or starttls")
        if not isinstance(self.user, str) or not self.user or any(c in self.user for c in "\0\r\n"):
            raise bad("user", "must be a non-empty string")
        if not isinstance(self.password, str) or not self.password:
            raise bad("password", "must not be empty")
        if any(c in self.password for c in "\0\r\n"):
            raise bad("password", "must not contain NUL, CR or LF")
        if not self.folders or not all(isinstance(f, str) for f in self.folders):
            raise bad("folders", "must be a non-empty list of folder names")
        for folder in self.folders:
            _check_folder_name(folder, lambda m: bad("folders", m))
        if len({f.upper() if f.upper() == "INBOX" else f for f in self.folders}) != len(self.folders):
            raise bad("folders", "lists a folder twice")
        if self.after not in AFTERS:
            raise bad("after", f"must be leave, flag or move (got {self.after!r})")
        if self.after == "flag":
            _check_flag(self.flag, lambda m: bad("flag", m))
        if self.after == "move":
            if not isinstance(self.move_to, str) or not self.move_to:
                raise bad("move_to", "is required when after = \"move\"")
            _check_folder_name(self.move_to, lambda m: bad("move_to", m))
            if _norm_folder(self.move_to) in {_norm_folder(f) for f in self.folders}:
                raise bad("move_to", f"must not be one of the folders read ({self.move_to!r})")
        if isinstance(self.batch_size, bool) or not isinstance(self.batch_size, int) \
                or not 1 <= self.batch_size <= MAX_BATCH_SIZE:
            raise bad("batch_size", f"must be a whole number 1-{MAX_BATCH_SIZE} (got {self.batch_size!r})")
        if isinstance(self.timeout, bool) or not isinstance(self.timeout, (int, float)) \
                or not 0 < self.timeout <= 3600:
            raise bad("timeout", f"must be a number of seconds > 0 and <= 3600 (got {self.timeout!r})")
        if isinstance(self.max_item_bytes, bool) or not isinstance(self.max_item_bytes, int) \
                or self.max_item_bytes < 1024:
            raise bad("max_item_bytes", f"must be a whole number of bytes >= 1024 (got {self.max_item_bytes!r})")
        if isinstance(self.search_chunk, bool) or not isinstance(self.search_chunk, int) \
                or not 1 <= self.search_chunk <= 1_000_000:
            raise bad("search_chunk", f"must be a whole number 1-1000000 (got {self.search_chunk!r})")

    @property
    def address(self) -> str:
        """``host:port`` (IPv6 in brackets), for messages."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"


def _norm_folder(name: str) -> str:
    return "INBOX" if name.upper() == "INBOX" else name


def _check_folder_name(folder: Any, error) -> None:
    if not isinstance(folder, str) or not folder:
        raise error("must name folders with non-empty strings")
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in folder):
        raise error(f"has a control character in folder name {folder!r}")


def _check_flag(flag: Any, error) -> None:
    if not isinstance(flag, str) or not flag:
        raise error("must be a keyword like $Triaged")
    if flag.startswith("\\"):
        if flag.lower() not in {f.lower() for f in _SYSTEM_FLAGS}:
            raise error(f"may be a keyword or one of {', '.join(_SYSTEM_FLAGS)} (got {flag!r})")
    elif not _ATOM_RE.fullmatch(flag):
        raise error(f"must be an IMAP keyword: letters, digits and $ . _ - etc., no spaces (got {flag!r})")


_CONFIG_KEYS = {"host", "port", "security", "user", "password_env", "password_file", "folders", "after",
                "flag", "move_to", "batch_size", "timeout", "max_item_bytes", "search_chunk"}


def mailbox_from_config(name: str, table: Mapping[str, Any], env: Mapping[str, str] = os.environ, *,
                        max_item_bytes: int = DEFAULT_MAX_ITEM_BYTES) -> MailboxConfig:
    """A ``MailboxConfig`` from a TOML table such as::

        [mailboxes.sales]
        host = "imap.example.com"
        port = 993                  # default: 993 for tls, 143 otherwise
        security = "tls"            # default "tls"; "starttls"; "plain" (loopback only)
        user = "sales@example.com"
        password_env = "SALES_IMAP_PASSWORD"     # exactly one of password_env / password_file
        # password_file = "/run/secrets/sales-imap"   (first line; trailing newline dropped)
        folders = ["INBOX", "Anfragen/Käufer"]   # default ["INBOX"]
        after = "flag"              # leave (default) | flag | move
        flag = "$Triaged"           # with after = "flag"
        move_to = "Triaged"         # with after = "move"
        batch_size = 50
        timeout = 30
        max_item_bytes = 26214400   # default: the caller's max_item_bytes ([limits] max_item_bytes)
        search_chunk = 10000        # UIDs per UID SEARCH

    A literal ``password`` key is refused (secrets do not belong in config files). Every error is a
    ``ConfigError`` naming the mailbox and the field, or the variable / file for the password,
    never the secret itself."""

    def bad(fieldname: str, message: str) -> ConfigError:
        return ConfigError(f"mailbox {name!r}: field {fieldname!r} {message}")

    if not isinstance(table, Mapping):
        raise ConfigError(f"mailbox {name!r}: must be a table of settings")
    if "password" in table:
        raise bad("password", "is not allowed: put the password in an environment variable "
                              "(password_env) or a file (password_file)")
    unknown = sorted(set(table) - _CONFIG_KEYS)
    if unknown:
        raise bad(unknown[0], f"is not a known setting (known: {', '.join(sorted(_CONFIG_KEYS))})")

    def text(key: str, default: str | None = None) -> str:
        value = table.get(key, default)
        if value is None:
            raise bad(key, "is required")
        if not isinstance(value, str):
            raise bad(key, f"must be a string (got {value!r})")
        return value

    def whole(key: str, default: int) -> int:
        value = table.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int):
            raise bad(key, f"must be a whole number (got {value!r})")
        return value

    security = text("security", "tls")
    if security not in SECURITIES:
        raise bad("security", f"must be tls, starttls or plain (got {security!r})")
    folders = table.get("folders", ["INBOX"])
    if isinstance(folders, str):
        folders = [folders]
    if not isinstance(folders, list) or not folders or not all(isinstance(f, str) for f in folders):
        raise bad("folders", f"must be a non-empty list of folder names (got {folders!r})")
    timeout = table.get("timeout", 30.0)
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)):
        raise bad("timeout", f"must be a number of seconds (got {timeout!r})")
    password = _read_password(name, table, env)
    return MailboxConfig(
        name=name,
        host=text("host"),
        port=whole("port", DEFAULT_PORTS[security]),
        security=security,
        user=text("user"),
        password=password,
        folders=tuple(folders),
        after=text("after", "leave"),
        flag=text("flag", "$Triaged"),
        move_to=text("move_to", ""),
        batch_size=whole("batch_size", 50),
        timeout=float(timeout),
        max_item_bytes=whole("max_item_bytes", max_item_bytes),
        search_chunk=whole("search_chunk", DEFAULT_SEARCH_CHUNK),
    )


def _read_password(name: str, table: Mapping[str, Any], env: Mapping[str, str]) -> str:
    has_env, has_file = "password_env" in table, "password_file" in table
    if has_env == has_file:
        raise ConfigError(f"mailbox {name!r}: set exactly one of the fields 'password_env' "
                          f"(an environment variable's name) or 'password_file' (a file's path)")
    if has_env:
        var = table["password_env"]
        if not isinstance(var, str) or not var:
            raise ConfigError(f"mailbox {name!r}: field 'password_env' must name an environment variable")
        if var not in env:
            raise ConfigError(f"mailbox {name!r}: environment variable {var} (field 'password_env') is not set")
        password = env[var]
        if not password:
            raise ConfigError(f"mailbox {name!r}: environment variable {var} (field 'password_env') is empty")
        return password
    path_value = table["password_file"]
    if not isinstance(path_value, str) or not path_value:
        raise ConfigError(f"mailbox {name!r}: field 'password_file' must be a file's path")
    path = Path(path_value).expanduser()
    try:
        data = path.read_bytes()
        mode = path.stat().st_mode
    except OSError as exc:
        raise ConfigError(f"mailbox {name!r}: password file {path} (field 'password_file') cannot be read: "
                          f"{exc.strerror or type(exc).__name__}") from None
    try:
        content = data.decode("utf-8")
    except UnicodeDecodeError:
        raise ConfigError(f"mailbox {name!r}: password file {path} (field 'password_file') is not UTF-8") from None
    password = content.split("\n", 1)[0].rstrip("\r")
    if not password:
        raise ConfigError(f"mailbox {name!r}: password file {path} (field 'password_file') is empty")
    if mode & 0o077:
        log.warning("mailbox %r: password file %s is readable by others (mode %o): chmod 600 it",
                    name, path, mode & 0o777)
    return password


def mailbox_from_url(url: str, env: Mapping[str, str] = os.environ, *,
                     max_item_bytes: int = DEFAULT_MAX_ITEM_BYTES) -> MailboxConfig:
    """A ``MailboxConfig`` from ``imap://USER@HOST[:PORT][/FOLDER][?k=v&...]`` or ``imaps://...``.

    * ``imaps://`` is implicit TLS (port 993). ``imap://`` is STARTTLS (port 143), except for a
      loopback host (localhost, 127.x, ::1), where it is plain: the bytes never leave the machine
      (a local Dovecot, an SSH tunnel). ``?security=starttls`` forces STARTTLS on loopback too.
    * USER and FOLDER are percent-decoded UTF-8 (RFC 5092): ``imaps://sales%40example.com@host/
      Anfragen%2FK%C3%A4ufer``. No folder means INBOX. ``;UIDVALIDITY=...`` path parameters are
      ignored. One folder per URL.
    * The password comes from the environment variable INQUIRY_TRIAGE_IMAP_PASSWORD; a password
      in the URL is refused (it would show in process lists and shell history).
    * Optional query settings: ``name`` (default USER@HOST), ``security``, ``after``, ``flag``,
      ``move_to``, ``batch_size``, ``timeout``, ``max_item_bytes``, ``search_chunk``.
    """
    label = "url"
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as exc:
        raise ConfigError(f"mailbox url: not a valid imap:// or imaps:// URL ({exc})") from None
    scheme = parts.scheme.lower()
    if scheme not in ("imap", "imaps"):
        got = f"{parts.scheme}://" if parts.scheme else "none"
        raise ConfigError(f"mailbox url: scheme must be imap:// or imaps:// (got {got})")
    if parts.password is not None:
        raise ConfigError(f"mailbox url: field 'password' must not be in the URL: "
                          f"set the environment variable {URL_PASSWORD_ENV} instead")
    if not parts.hostname:
        raise ConfigError("mailbox url: field 'host' is missing (imap://USER@HOST/FOLDER)")
    raw_user = (parts.username or "").split(";", 1)[0]  # drop ;AUTH=... (RFC 5092)
    user = unquote(raw_user)
    host = parts.hostname
    query: dict[str, str] = {}
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        if key in query:
            raise ConfigError(f"mailbox url: field {key!r} given twice")
        query[key] = value
    allowed = {"name", "security", "after", "flag", "move_to", "batch_size", "timeout", "max_item_bytes",
               "search_chunk"}
    unknown = sorted(set(query) - allowed)
    name = query.get("name") or f"{user}@{host}"
    label = name
    if unknown:
        raise ConfigError(f"mailbox {label!r}: field {unknown[0]!r} is not a known URL setting "
                          f"(known: {', '.join(sorted(allowed))})")
    if not user:
        raise ConfigError(f"mailbox {label!r}: field 'user' is missing (imap://USER@HOST/FOLDER)")
    if scheme == "imaps":
        security = query.get("security", "tls")
        if security != "tls":
            raise ConfigError(f"mailbox {label!r}: field 'security' must be tls for imaps:// (got {security!r})")
    else:
        security = query.get("security", "plain" if is_loopback(host) else "starttls")
        if security not in ("starttls", "plain"):
            raise ConfigError(f"mailbox {label!r}: field 'security' must be starttls or plain for imap:// "
                              f"(got {security!r})")
    folder = unquote(parts.path.split(";", 1)[0].lstrip("/").rstrip("/")) or "INBOX"
    password = env.get(URL_PASSWORD_ENV, "")
    if not password:
        raise ConfigError(f"mailbox {label!r}: environment variable {URL_PASSWORD_ENV} "
                          f"(the password for {scheme}:// URLs) is not set")

    def number(key: str, default, kind):
        if key not in query:
            return default
        try:
            return kind(query[key])
        except ValueError:
            raise ConfigError(f"mailbox {label!r}: field {key!r} must be a number (got {query[key]!r})") from None

    return MailboxConfig(
        name=name, host=host, port=port or DEFAULT_PORTS[security], security=security, user=user,
        password=password, folders=(folder,), after=query.get("after", "leave"),
        flag=query.get("flag", "$Triaged"), move_to=query.get("move_to", ""),
        batch_size=number("batch_size", 50, int), timeout=number("timeout", 30.0, float),
        max_item_bytes=number("max_item_bytes", max_item_bytes, int),
        search_chunk=number("search_chunk", DEFAULT_SEARCH_CHUNK, int),
    )


# --- modified UTF-7 (RFC 3501 5.1.3) --------------------------------------------------------

def encode_folder(name: str) -> str:
    """A folder name in modified UTF-7, as IMAP wants it on the wire."""
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            b64 = base64.b64encode("".join(run).encode("utf-16-be")).decode("ascii")
            out.append("&" + b64.rstrip("=").replace("/", ",") + "-")
            run.clear()

    for ch in name:
        if "\x20" <= ch <= "\x7e":
            flush()
            out.append("&-" if ch == "&" else ch)
        else:
            run.append(ch)
    flush()
    return "".join(out)


def decode_folder(name: str | bytes) -> str:
    """The Unicode name for a modified UTF-7 folder name (invalid runs are left as they are)."""
    if isinstance(name, bytes):
        name = name.decode("ascii", "replace")

    def decode(match: re.Match[str]) -> str:
        body = match.group(1)
        if not body:
            return "&"
        b64 = body.replace(",", "/")
        try:
            return base64.b64decode(b64 + "=" * (-len(b64) % 4), validate=True).decode("utf-16-be")
        except (ValueError, UnicodeDecodeError):
            return match.group(0)

    return re.sub(r"&([A-Za-z0-9+,]*)-", decode, name)


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _wire_folder(name: str) -> str:
    return _quoted(encode_folder(name))


def uid_set(uids: Sequence[int]) -> str:
    """``[1, 2, 3, 7, 9, 10]`` -> ``"1:3,7,9:10"`` (sorted, duplicates dropped)."""
    ordered = sorted(set(uids))
    if not ordered:
        raise ValueError("empty UID set")
    ranges: list[str] = []
    start = prev = ordered[0]
    for uid in ordered[1:] + [None]:  # type: ignore[list-item]
        if uid is not None and uid == prev + 1:
            prev = uid
            continue
        ranges.append(str(start) if start == prev else f"{start}:{prev}")
        if uid is not None:
            start = prev = uid
    return ",".join(ranges)


# --- session --------------------------------------------------------------------------------

@dataclass(frozen=True)
class FolderState:
    """What a caller stores per folder between runs: the epoch and the last UID handled."""

    uidvalidity: int
    last_uid: int


@dataclass(frozen=True)
class SelectedFolder:
    """A folder as SELECT/EXAMINE reported it."""

    folder: str
    uidvalidity: int
    uidnext: int | None  # None when the server did not say
    exists: int
    read_only: bool
    permanent_flags: tuple[str, ...] | None = None  # None when the server did not say

    def resume_after(self, state: FolderState | None) -> int:
        """The UID to continue after: ``state.last_uid``, or 0 when there is no state or the
        folder's UIDVALIDITY changed (every stored UID of it is then meaningless)."""
        if state is None or state.uidvalidity != self.uidvalidity:
            return 0
        return state.last_uid

    @property
    def state(self) -> FolderState:
        """A ``FolderState`` for nothing handled yet in this epoch (last_uid 0)."""
        return FolderState(self.uidvalidity, 0)


@dataclass
class FetchedMessage:
    uid: int
    raw: bytes  # exactly what the server sent for BODY[] (CRLF line ends)
    internaldate: datetime | None  # the server's arrival time, timezone-aware
    size: int  # RFC822.SIZE as the server reports it
    error: str | None = None  # "too large: ..." when only the headers were fetched


def _fetch_groups(uids: list[int], sizes: dict[int, int], limit: int) -> Iterator[tuple[list[int], bool]]:
    """Runs of UIDs in order, each (uids, whole): whole runs hold messages within ``limit`` and
    at most about ``limit`` bytes together (one FETCH never holds much more than one big
    message); the others are over the limit and get their headers only."""
    run: list[int] = []
    run_bytes = 0
    run_whole = True
    for uid in uids:
        whole = sizes[uid] <= limit
        if run and (whole != run_whole or (whole and run_bytes + sizes[uid] > limit)):
            yield run, run_whole
            run, run_bytes = [], 0
        run.append(uid)
        run_whole = whole
        run_bytes += sizes[uid] if whole else 0
    if run:
        yield run, run_whole


_FETCH_START = re.compile(rb"^\d+ \(")
_UID_RE = re.compile(rb"\bUID (\d+)")
_SIZE_RE = re.compile(rb"\bRFC822\.SIZE (\d+)")
_DATE_RE = re.compile(rb'\bINTERNALDATE "([^"]*)"')
_BODY_LITERAL_RE = re.compile(rb"\bBODY\[(?:HEADER)?\](?:<\d+>)? \{\d+\}$")
_BODY_EMPTY_RE = re.compile(rb'\bBODY\[(?:HEADER)?\](?:<\d+>)? (?:""|NIL)')
_INTERNALDATE_RE = re.compile(r"\s*(\d{1,2})-([A-Za-z]{3})-(\d{4}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2})\s*$")


def parse_internaldate(text: str | bytes) -> datetime | None:
    """``"17-Jul-1996 02:44:25 -0700"`` -> an aware datetime (locale-independent); None if odd."""
    if isinstance(text, bytes):
        text = text.decode("ascii", "replace")
    match = _INTERNALDATE_RE.match(text)
    if not match:
        return None
    day, mon, year, hh, mm, ss, sign, tzh, tzm = match.groups()
    try:
        month = [m.lower() for m in _MONTHS].index(mon.lower()) + 1
        offset = timedelta(hours=int(tzh), minutes=int(tzm)) * (-1 if sign == "-" else 1)
        return datetime(int(year), month, int(day), int(hh), int(mm), int(ss), tzinfo=timezone(offset))
    except ValueError:
        return None


def _parse_fetch(data: Sequence[Any]) -> list[FetchedMessage]:
    """imaplib's FETCH data (bytes, and (bytes, literal) tuples) -> messages with a body."""
    groups: list[list[Any]] = []
    for item in data:
        head = item[0] if isinstance(item, tuple) else item
        if not isinstance(head, bytes):
            continue
        if _FETCH_START.match(head) or not groups:
            groups.append([item])
        else:
            groups[-1].append(item)
    messages = []
    for group in groups:
        text = b""
        body: bytes | None = None
        for item in group:
            if isinstance(item, tuple):
                head, literal = item
                if _BODY_LITERAL_RE.search(head):
                    body = literal
                text += head + b" {literal} "
            else:
                text += item
        if body is None and _BODY_EMPTY_RE.search(text):
            body = b""
        uid = _UID_RE.search(text)
        if body is None or uid is None:
            continue  # e.g. an unsolicited FLAGS update for another message
        size = _SIZE_RE.search(text)
        when = _DATE_RE.search(text)
        messages.append(FetchedMessage(
            uid=int(uid.group(1)),
            raw=body,
            internaldate=parse_internaldate(when.group(1)) if when else None,
            size=int(size.group(1)) if size else len(body),
        ))
    return messages


def _text(data: Any) -> str:
    """Server response data as one readable line."""
    parts = []
    for item in data if isinstance(data, (list, tuple)) else [data]:
        if isinstance(item, tuple):
            item = item[0]
        if isinstance(item, bytes):
            item = item.decode("utf-8", "replace")
        if item is not None:
            parts.append(str(item))
    return " ".join(parts).strip() or "(no text)"


def _err_text(exc: BaseException) -> str:
    text = str(exc).strip()
    if isinstance(exc, OSError) and exc.strerror:
        text = exc.strerror
    return text or type(exc).__name__


class _Guarded:
    """imaplib with limits (mixed in before ``imaplib.IMAP4`` / ``IMAP4_SSL``). imaplib alone
    applies its timeout to each recv only, so a server trickling a byte a second never times
    out; it reads any literal size a server announces, and keeps every untagged response. Here:

    * the greeting, and each command's whole reply, must arrive by a deadline (``timeout``
      seconds; ``budget()`` grants one command more, for message bodies);
    * a literal longer than the command's byte allowance is refused before it is read;
    * a command may bring at most ``MAX_UNTAGGED_RESPONSES`` untagged responses and
      ``MAX_UNTAGGED_BYTES`` of them (plus the allowance).

    A limit hit raises ``imaplib.IMAP4.abort`` (or ``TimeoutError``): the session maps both to
    ``MailboxDropped``, and the connection is not used again."""

    def __init__(self, *args: Any, limit_timeout: float, **kwargs: Any) -> None:
        self._limit_timeout = limit_timeout
        self._buffer = bytearray()
        self._buffer_sock: Any = None
        self._arm(limit_timeout, 0)
        super().__init__(*args, **kwargs)  # type: ignore[call-arg]  (connects and reads the greeting)

    def _arm(self, seconds: float, allowance: int) -> None:
        self._deadline = time.monotonic() + seconds
        self._seconds = seconds
        self._untagged = 0
        self._untagged_bytes = 0
        self._allowance = allowance
        self._next: tuple[float, int] | None = None

    def budget(self, extra_bytes: int) -> None:
        """Let the next command bring ``extra_bytes`` more (the messages it fetches), with
        time to match at MIN_TRANSFER_RATE."""
        self._next = (self._limit_timeout + extra_bytes / MIN_TRANSFER_RATE, extra_bytes)

    def open(self, *args: Any, **kwargs: Any) -> None:
        self._arm(self._limit_timeout, 0)  # the greeting gets `timeout`, however slowly it trickles
        super().open(*args, **kwargs)  # type: ignore[misc]

    def _command(self, name: str, *args: Any) -> Any:
        seconds, allowance = self._next or (self._limit_timeout, 0)
        self._arm(seconds, allowance)
        return super()._command(name, *args)  # type: ignore[misc]

    def _recv(self) -> bytes:
        left = self._deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError(f"no complete reply within {self._seconds:g} s")
        self.sock.settimeout(min(left, self._limit_timeout))  # type: ignore[attr-defined]
        try:
            return self.sock.recv(65536)  # type: ignore[attr-defined]
        except (TimeoutError, socket.timeout):
            raise TimeoutError(f"no complete reply within {self._seconds:g} s") from None

    def _fresh_buffer(self) -> bytearray:
        if self._buffer_sock is not self.sock:  # type: ignore[attr-defined]  (STARTTLS swapped it)
            self._buffer_sock = self.sock  # type: ignore[attr-defined]
            self._buffer.clear()  # bytes sent before TLS must not be read as if after it
        return self._buffer

    def readline(self) -> bytes:
        buf = self._fresh_buffer()
        scanned = 0
        while True:
            end = buf.find(b"\n", scanned)
            if end >= 0:
                line = bytes(buf[:end + 1])
                del buf[:end + 1]
                return line
            if len(buf) > imaplib._MAXLINE:
                raise imaplib.IMAP4.abort(f"got a line of more than {imaplib._MAXLINE} bytes")
            scanned = len(buf)
            chunk = self._recv()
            if not chunk:
                line = bytes(buf)
                buf.clear()
                return line  # imaplib reports EOF / an unterminated line
            buf += chunk

    def read(self, size: int) -> bytes:
        limit = MAX_UNTAGGED_BYTES + self._allowance - self._untagged_bytes
        if size > limit:
            raise imaplib.IMAP4.abort(f"the server announced a literal of {size} bytes, more than the "
                                      f"{max(limit, 0)} this command may bring")
        buf = self._fresh_buffer()
        while len(buf) < size:
            chunk = self._recv()
            if not chunk:
                raise imaplib.IMAP4.abort(f"connection closed after {len(buf)} of a {size}-byte literal")
            buf += chunk
        self._untagged_bytes += size
        data = bytes(buf[:size])
        del buf[:size]
        return data

    def _append_untagged(self, typ: str, dat: Any) -> None:
        self._untagged += 1
        if not isinstance(dat, tuple):
            self._untagged_bytes += len(dat or b"")
        if self._untagged > MAX_UNTAGGED_RESPONSES:
            raise imaplib.IMAP4.abort(f"more than {MAX_UNTAGGED_RESPONSES} untagged responses to one command")
        if self._untagged_bytes > MAX_UNTAGGED_BYTES + self._allowance:
            raise imaplib.IMAP4.abort(f"more than {MAX_UNTAGGED_BYTES + self._allowance} bytes of untagged "
                                      f"responses to one command")
        super()._append_untagged(typ, dat)  # type: ignore[misc]


class _GuardedIMAP4(_Guarded, imaplib.IMAP4):
    pass


class _GuardedIMAP4_SSL(_Guarded, imaplib.IMAP4_SSL):
    pass


class ImapSession:
    """A connection to one mailbox: ``with ImapSession(config) as s:`` connects, upgrades with
    STARTTLS when configured, logs in, and logs out at the end (never raising on the way out).

    ``ssl_context`` defaults to ``ssl.create_default_context()`` (system CAs, host name checked).
    After a ``MailboxDropped`` the session is dead: open a new one. Not thread-safe."""

    def __init__(self, config: MailboxConfig, *, ssl_context: ssl.SSLContext | None = None) -> None:
        self.config = config
        self._ssl_context = ssl_context
        self._imap: imaplib.IMAP4 | None = None
        self._dead: str | None = None
        self.capabilities: frozenset[str] = frozenset()
        self.selected: SelectedFolder | None = None

    def __repr__(self) -> str:
        state = "dead" if self._dead else "open" if self._imap else "closed"
        return f"<ImapSession {self.config.name!r} {self.config.user}@{self.config.address} {state}>"

    # -- life cycle ---------------------------------------------------------------------------
    def __enter__(self) -> ImapSession:
        self.open()
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.close()

    def open(self) -> None:
        if self._imap is not None:
            return
        cfg = self.config
        context = self._ssl_context or ssl.create_default_context()
        where = f"{cfg.address} ({cfg.security})"
        log.debug("mailbox %r: connecting to %s", cfg.name, where)
        try:
            if cfg.security == "tls":
                imap: imaplib.IMAP4 = _GuardedIMAP4_SSL(cfg.host, cfg.port, ssl_context=context,
                                                        timeout=cfg.timeout, limit_timeout=cfg.timeout)
            else:
                imap = _GuardedIMAP4(cfg.host, cfg.port, timeout=cfg.timeout, limit_timeout=cfg.timeout)
        except ssl.SSLError as exc:  # (certificate errors included)
            raise MailboxTLSError(cfg.name, f"TLS with {where} failed: {_err_text(exc)}") from exc
        except (TimeoutError, socket.timeout):
            raise MailboxUnavailable(cfg.name, f"cannot connect to {where}: timed out after {cfg.timeout:g} s") from None
        except OSError as exc:
            raise MailboxUnavailable(cfg.name, f"cannot connect to {where}: {_err_text(exc)}") from exc
        except imaplib.IMAP4.error as exc:  # a greeting that is not OK (BYE, garbage)
            raise MailboxUnavailable(cfg.name, f"{where} did not greet properly: {_err_text(exc)}") from exc
        self._imap = imap
        try:
            if cfg.security == "starttls":
                self._starttls(imap, context, where)
            self._login(imap, where)
            self._refresh_capabilities()
        except BaseException:
            self._shutdown()
            raise
        log.debug("mailbox %r: logged in to %s as %s", cfg.name, where, cfg.user)

    def _starttls(self, imap: imaplib.IMAP4, context: ssl.SSLContext, where: str) -> None:
        cfg = self.config
        if "STARTTLS" not in imap.capabilities:
            raise MailboxTLSError(cfg.name, f"{where} does not offer STARTTLS: use security = \"tls\" "
                                            f"(port 993) if it speaks implicit TLS")
        try:
            imap.starttls(context)
        except ssl.SSLError as exc:
            raise MailboxTLSError(cfg.name, f"STARTTLS with {where} failed: {_err_text(exc)}") from exc
        except (imaplib.IMAP4.abort, OSError) as exc:
            raise MailboxUnavailable(cfg.name, f"connection to {where} lost during STARTTLS: {_err_text(exc)}") from exc
        except imaplib.IMAP4.error as exc:
            raise MailboxTLSError(cfg.name, f"{where} refused STARTTLS: {_err_text(exc)}") from exc

    def _login(self, imap: imaplib.IMAP4, where: str) -> None:
        cfg = self.config
        caps = set(imap.capabilities)
        ascii_ok = cfg.user.isascii() and cfg.password.isascii()
        use_plain = not ascii_ok or "LOGINDISABLED" in caps
        if use_plain and "AUTH=PLAIN" not in caps:
            if "LOGINDISABLED" in caps:
                raise MailboxAuthFailed(cfg.name, f"{where} refuses to log in on this connection "
                                                  f"(LOGINDISABLED): use security = \"tls\" or \"starttls\"")
            raise MailboxAuthFailed(cfg.name, f"{where} offers no AUTH=PLAIN, which non-ASCII user names "
                                              f"or passwords need")
        try:
            if use_plain:
                secret = b"\0" + cfg.user.encode("utf-8") + b"\0" + cfg.password.encode("utf-8")
                imap.authenticate("PLAIN", lambda _challenge: secret)
            else:
                imap.login(cfg.user, cfg.password)
        except (imaplib.IMAP4.abort, OSError) as exc:
            # abort before error: abort is a subclass of error. No chaining: keep the secret's
            # frames out of tracebacks.
            raise MailboxUnavailable(cfg.name, f"connection to {where} lost during login: {_err_text(exc)}") from None
        except imaplib.IMAP4.error as exc:
            reason = _err_text(exc)
            if "[UNAVAILABLE]" in reason.upper():
                raise MailboxUnavailable(cfg.name, f"{where} cannot log in {cfg.user!r} right now: {reason}") from None
            raise MailboxAuthFailed(cfg.name, f"login as {cfg.user!r} at {where} failed: {reason}") from None

    def _refresh_capabilities(self) -> None:
        # The pre-login list may differ (Dovecot adds MOVE, UIDPLUS, ... after login).
        typ, data = self._call("CAPABILITY", self._require().capability)
        if typ == "OK" and data and data[-1]:
            self.capabilities = frozenset(_text(data[-1]).upper().split())
        else:
            self.capabilities = frozenset(c.upper() for c in self._require().capabilities)

    def close(self) -> None:
        """Log out (best effort, never raises) and close the connection."""
        imap = self._imap
        if imap is None:
            return
        if self._dead is None:
            try:
                imap.logout()
            except Exception:  # noqa: BLE001 - a failing logout only means the connection is gone
                pass
        self._shutdown()

    def _shutdown(self) -> None:
        imap, self._imap = self._imap, None
        self.selected = None
        if imap is not None:
            try:
                imap.shutdown()
            except Exception:  # noqa: BLE001
                pass

    @property
    def alive(self) -> bool:
        return self._imap is not None and self._dead is None

    # -- plumbing -----------------------------------------------------------------------------
    def _require(self) -> imaplib.IMAP4:
        if self._dead is not None:
            raise MailboxDropped(self.config.name, f"the connection was lost earlier ({self._dead}): open a new session")
        if self._imap is None:
            raise MailboxError(self.config.name, "session is not open (use `with ImapSession(config) as s:`)")
        return self._imap

    def _call(self, what: str, method, *args):
        """Run an imaplib call, turning its exceptions into MailboxErrors."""
        cfg = self.config
        self._require()
        try:
            return method(*args)
        except imaplib.IMAP4.readonly:
            raise  # handled by select()
        except (imaplib.IMAP4.abort, OSError, EOFError) as exc:
            reason = "timed out" if isinstance(exc, (TimeoutError, socket.timeout)) else _err_text(exc)
            self._dead = reason
            self.selected = None
            raise MailboxDropped(cfg.name, f"connection to {cfg.address} lost during {what}: {reason}") from exc
        except imaplib.IMAP4.error as exc:
            raise MailboxCommandFailed(cfg.name, f"{what} failed: {_err_text(exc)}") from exc

    def _check_ok(self, what: str, typ: str, data: Any, error: type[MailboxError] = MailboxCommandFailed) -> None:
        if typ != "OK":
            raise error(self.config.name, f"{what} failed: {typ} {_text(data)}")

    def _flush_untagged(self) -> None:
        # imaplib keeps every untagged response until someone asks for its kind; nothing here
        # needs older ones, and a long session would otherwise pile them up.
        imap = self._require()
        imap.untagged_responses.clear()

    # -- folders ------------------------------------------------------------------------------
    def folders(self) -> list[str]:
        """Every folder the server lists (LIST "" "*"), decoded to Unicode."""
        imap = self._require()
        self._flush_untagged()
        typ, data = self._call("LIST", imap.list, '""', "*")
        self._check_ok("LIST", typ, data)
        names = []
        for item in data:
            if isinstance(item, tuple):  # name sent as a literal
                names.append(decode_folder(item[1]))
                continue
            if not isinstance(item, bytes):
                continue
            match = re.match(rb'\((?P<attrs>[^)]*)\) (?:"(?:[^"\\]|\\.)*"|NIL) (?P<name>.*)$', item)
            if not match:
                continue
            raw = match.group("name")
            if raw.startswith(b'"') and raw.endswith(b'"'):
                raw = re.sub(rb"\\(.)", rb"\1", raw[1:-1])
            names.append(decode_folder(raw))
        return names

    def select(self, folder: str) -> SelectedFolder:
        """Open ``folder``: EXAMINE (read-only) when ``after = "leave"``, SELECT otherwise.
        Raises ``MailboxFolderError`` when it does not exist, cannot be opened, or is read-only
        while flag/move needs to write."""
        cfg = self.config
        imap = self._require()
        read_only = cfg.after == "leave"
        self.selected = None
        try:
            typ, data = self._call(f"SELECT {folder!r}", imap.select, _wire_folder(folder), read_only)
        except imaplib.IMAP4.readonly:
            raise MailboxFolderError(cfg.name, f"folder {folder!r} is read-only, but after = {cfg.after!r} "
                                               f"needs to change it") from None
        if typ != "OK":
            raise MailboxFolderError(cfg.name, f"cannot open folder {folder!r}: {typ} {_text(data)}")
        responses = imap.untagged_responses

        def last_int(key: str) -> int | None:
            values = responses.get(key) or []
            for value in reversed(values):
                try:
                    return int(_text(value).split()[0])
                except (ValueError, IndexError):
                    continue
            return None

        uidvalidity = last_int("UIDVALIDITY")
        if uidvalidity is None:
            raise MailboxCommandFailed(cfg.name, f"folder {folder!r}: the server reported no UIDVALIDITY")
        exists = int(_text(data[-1]).split()[0]) if data and data[-1] else 0
        flags_raw = responses.get("PERMANENTFLAGS")
        permanent = None
        if flags_raw:
            permanent = tuple(_text(flags_raw[-1]).strip("()").split())
        self.selected = SelectedFolder(folder=folder, uidvalidity=uidvalidity, uidnext=last_int("UIDNEXT"),
                                       exists=exists, read_only=read_only, permanent_flags=permanent)
        log.debug("mailbox %r: %s %r uidvalidity=%s uidnext=%s exists=%s", cfg.name,
                  "EXAMINE" if read_only else "SELECT", folder, uidvalidity, self.selected.uidnext, exists)
        return self.selected

    def _use_folder(self, folder: str | None, uidvalidity: int | None) -> SelectedFolder:
        if folder is not None and (self.selected is None or self.selected.folder != folder):
            self.select(folder)
        if self.selected is None:
            raise MailboxError(self.config.name, "no folder selected: call select(folder) or pass folder=")
        if uidvalidity is not None and uidvalidity != self.selected.uidvalidity:
            raise UidValidityChanged(
                self.config.name,
                f"folder {self.selected.folder!r} has UIDVALIDITY {self.selected.uidvalidity}, not {uidvalidity}: "
                f"the UIDs given belong to an older state of the folder")
        return self.selected

    # -- reading ------------------------------------------------------------------------------
    def new_uids(self, folder: str, after_uid: int, *, since: date | None = None) -> list[int]:
        """UIDs in ``folder`` greater than ``after_uid`` (optionally only those whose internal
        date is on or after ``since``), ascending. Selects the folder, or NOOPs to see new mail
        when it is already selected."""
        if isinstance(after_uid, bool) or not isinstance(after_uid, int) or after_uid < 0:
            raise ValueError(f"after_uid must be a whole number >= 0, not {after_uid!r}")
        imap = self._require()
        if self.selected is not None and self.selected.folder == folder:
            self._flush_untagged()
            self._call("NOOP", imap.noop)
            changed = imap.untagged_responses.get("UIDVALIDITY")
            if changed:  # very rare: the server announced a new epoch for the open folder
                self.select(folder)
        else:
            self.select(folder)
        if after_uid >= 0xFFFFFFFF:
            return []
        extra = []
        if since is not None:
            extra.append(f"SINCE {since.day}-{_MONTHS[since.month - 1]}-{since.year}")
        # UID ranges of search_chunk up to UIDNEXT keep every reply short (a 150,000-message
        # folder in one reply is over imaplib's line limit); the last range, "n:*", catches what
        # arrived after the SELECT.
        found: set[int] = set()
        low, chunk = after_uid + 1, self.config.search_chunk
        uidnext = self.selected.uidnext if self.selected is not None else None
        while uidnext is not None and low < min(uidnext, 0xFFFFFFFF):
            high = min(low + chunk - 1, uidnext - 1)
            found |= self._search(folder, [f"UID {low}:{high}", *extra])
            low = high + 1
        if low <= 0xFFFFFFFF:
            found |= self._search(folder, [f"UID {low}:*", *extra])
        # "n:*" matches the highest UID even when it is below n: keep only really new ones.
        return sorted(uid for uid in found if uid > after_uid)

    def _search(self, folder: str, criteria: list[str]) -> set[int]:
        imap = self._require()
        self._flush_untagged()
        typ, data = self._call("UID SEARCH", imap.uid, "SEARCH", *criteria)
        self._check_ok(f"UID SEARCH in {folder!r}", typ, data)
        found: set[int] = set()
        for item in data:
            if isinstance(item, bytes):
                found.update(int(tok) for tok in item.split() if tok.isdigit())
        return found

    def fetch(self, uids: Sequence[int], *, folder: str | None = None,
              uidvalidity: int | None = None) -> Iterator[FetchedMessage]:
        """The messages with these UIDs in the selected folder (or ``folder``), in UID order,
        ``batch_size`` at a time: first ``UID FETCH (RFC822.SIZE)``, then ``BODY.PEEK[]`` for those
        within ``max_item_bytes`` (several per FETCH, up to about max_item_bytes together) and
        ``BODY.PEEK[HEADER]<0.65536>`` for bigger ones, which come back with ``error`` "too
        large: N bytes (limit M)" and are never downloaded whole. ``\\Seen`` is not touched.
        UIDs that no longer exist (expunged meanwhile) are skipped."""
        wanted = sorted({_check_uid(u) for u in uids})
        if not wanted:
            return iter(())
        # checked now, not at the first next(): a wrong folder or UIDVALIDITY fails the call
        sel = self._use_folder(folder, uidvalidity)
        return self._fetch_batches(wanted, sel)

    def _fetch_batches(self, wanted: list[int], sel: SelectedFolder) -> Iterator[FetchedMessage]:
        size = self.config.batch_size
        for start in range(0, len(wanted), size):
            chunk = wanted[start:start + size]
            sizes = self._sizes(chunk, sel)
            got: list[FetchedMessage] = []
            for group, whole in _fetch_groups([u for u in chunk if u in sizes], sizes, self.config.max_item_bytes):
                got.extend(self._fetch_group(group, sizes, whole, sel))
            got.sort(key=lambda m: m.uid)
            if len(got) != len(chunk):
                log.info("mailbox %r: %d of %d messages in %r were gone when fetched", self.config.name,
                         len(chunk) - len(got), len(chunk), sel.folder)
            yield from got

    def _sizes(self, uids: list[int], sel: SelectedFolder) -> dict[int, int]:
        """RFC822.SIZE per UID, asked before any body so a huge message is never downloaded."""
        imap = self._require()
        self._flush_untagged()
        typ, data = self._call("UID FETCH", imap.uid, "FETCH", uid_set(uids), "(UID RFC822.SIZE)")
        self._check_ok(f"UID FETCH in {sel.folder!r}", typ, data)
        wanted = set(uids)
        sizes: dict[int, int] = {}
        for item in data:
            head = item[0] if isinstance(item, tuple) else item
            if not isinstance(head, bytes):
                continue
            uid, size = _UID_RE.search(head), _SIZE_RE.search(head)
            if uid and size and int(uid.group(1)) in wanted:
                sizes[int(uid.group(1))] = int(size.group(1))
        return sizes

    def _fetch_group(self, uids: list[int], sizes: dict[int, int], whole: bool,
                     sel: SelectedFolder) -> list[FetchedMessage]:
        imap = self._require()
        limit = self.config.max_item_bytes
        self._flush_untagged()
        if whole:
            part = "BODY.PEEK[]"
            allowance = sum(sizes[u] for u in uids)
        else:  # too large: the headers only, at most HEAD_BYTES of them
            part = f"BODY.PEEK[HEADER]<0.{HEAD_BYTES}>"
            allowance = HEAD_BYTES * len(uids)
        budget = getattr(imap, "budget", None)
        if budget is not None:
            budget(allowance + 64 * 1024)
        typ, data = self._call("UID FETCH", imap.uid, "FETCH", uid_set(uids), f"(UID RFC822.SIZE INTERNALDATE {part})")
        self._check_ok(f"UID FETCH in {sel.folder!r}", typ, data)
        wanted = set(uids)
        got = [m for m in _parse_fetch(data) if m.uid in wanted]
        for message in got:
            if whole and len(message.raw) > limit:  # the server said less than it sent
                message.raw, message.error = message.raw[:HEAD_BYTES], too_large(len(message.raw), limit)
            elif not whole:
                message.raw = message.raw[:HEAD_BYTES]
                message.error = too_large(sizes.get(message.uid, message.size), limit)
        return got

    # -- after --------------------------------------------------------------------------------
    def mark_done(self, uids: Sequence[int], *, folder: str | None = None, uidvalidity: int | None = None) -> None:
        """Apply the configured ``after`` to these UIDs in the selected folder (or ``folder``):
        leave: nothing; flag: ``UID STORE +FLAGS.SILENT (flag)``; move: ``UID MOVE`` or the
        COPY + \\Deleted + UID EXPUNGE fallback described in the module docstring."""
        cfg = self.config
        wanted = sorted({_check_uid(u) for u in uids})
        if cfg.after == "leave" or not wanted:
            return
        sel = self._use_folder(folder, uidvalidity)
        if sel.read_only:
            raise MailboxFolderError(cfg.name, f"folder {sel.folder!r} was opened read-only")
        imap = self._require()
        for start in range(0, len(wanted), MAX_BATCH_SIZE):
            chunk = uid_set(wanted[start:start + MAX_BATCH_SIZE])
            if cfg.after == "flag":
                self._store(imap, chunk, cfg.flag, sel)
            else:
                self._move(imap, chunk, sel)

    def _store(self, imap: imaplib.IMAP4, chunk: str, flag: str, sel: SelectedFolder) -> None:
        cfg = self.config
        permanent = sel.permanent_flags
        if (permanent is not None and "\\*" not in permanent
                and flag.lower() not in {f.lower() for f in permanent}):
            raise MailboxFolderError(cfg.name, f"folder {sel.folder!r} cannot keep the flag {flag!r} "
                                               f"(PERMANENTFLAGS {' '.join(permanent) or 'empty'})")
        self._flush_untagged()
        typ, data = self._call("UID STORE", imap.uid, "STORE", chunk, "+FLAGS.SILENT", f"({flag})")
        self._check_ok(f"UID STORE {flag} in {sel.folder!r}", typ, data)

    def _with_trycreate(self, what: str, run) -> None:
        cfg = self.config
        typ, data = run()
        if typ != "OK" and "[TRYCREATE]" in _text(data).upper():
            log.info("mailbox %r: creating folder %r for after = \"move\"", cfg.name, cfg.move_to)
            imap = self._require()
            ctyp, cdata = self._call("CREATE", imap.create, _wire_folder(cfg.move_to))
            self._check_ok(f"CREATE {cfg.move_to!r}", ctyp, cdata, MailboxFolderError)
            typ, data = run()
        self._check_ok(what, typ, data, MailboxFolderError if typ == "NO" else MailboxCommandFailed)

    def _move(self, imap: imaplib.IMAP4, chunk: str, sel: SelectedFolder) -> None:
        cfg = self.config
        target = _wire_folder(cfg.move_to)
        self._flush_untagged()
        if "MOVE" in self.capabilities:
            self._with_trycreate(f"UID MOVE to {cfg.move_to!r}",
                                 lambda: self._call("UID MOVE", imap.uid, "MOVE", chunk, target))
            return
        self._with_trycreate(f"UID COPY to {cfg.move_to!r}",
                             lambda: self._call("UID COPY", imap.uid, "COPY", chunk, target))
        self._store_deleted(imap, chunk, sel)
        if "UIDPLUS" in self.capabilities:
            typ, data = self._call("UID EXPUNGE", imap.uid, "EXPUNGE", chunk)
            self._check_ok(f"UID EXPUNGE in {sel.folder!r}", typ, data)
        else:
            log.warning("mailbox %r: server has neither MOVE nor UIDPLUS: messages copied to %r are left in %r "
                        "flagged \\Deleted (removed at the next EXPUNGE)", cfg.name, cfg.move_to, sel.folder)

    def _store_deleted(self, imap: imaplib.IMAP4, chunk: str, sel: SelectedFolder) -> None:
        typ, data = self._call("UID STORE", imap.uid, "STORE", chunk, "+FLAGS.SILENT", "(\\Deleted)")
        self._check_ok(f"UID STORE \\Deleted in {sel.folder!r}", typ, data)


def _check_uid(uid: Any) -> int:
    if isinstance(uid, bool) or not isinstance(uid, int) or not 0 < uid <= 0xFFFFFFFF:
        raise ValueError(f"not a UID: {uid!r}")
    return uid


def imap_locator(config: MailboxConfig, folder: str, uidvalidity: int | None = None, uid: int | None = None) -> str:
    """An RFC 5092 style IMAP URL (no password): ``imap://user@host:port/FOLDER;UIDVALIDITY=v/;UID=n``
    (``imaps://`` for implicit TLS). User and folder are percent-encoded UTF-8."""
    scheme = "imaps" if config.security == "tls" else "imap"
    user = quote(config.user, safe="")
    url = f"{scheme}://{user}@{config.address}/{quote(folder, safe='/')}"
    if uidvalidity is not None:
        url += f";UIDVALIDITY={uidvalidity}"
    if uid is not None:
        url += f"/;UID={uid}"
    return url


def to_raw_item(config: MailboxConfig, folder: str, uidvalidity: int, msg: FetchedMessage) -> RawItem:
    """A fetched message as a pipeline ``RawItem`` (kind "email"), with an RFC 5092 locator as
    its source and ``imap = {"mailbox", "folder", "uidvalidity", "uid"}``."""
    return RawItem(
        source=imap_locator(config, folder, uidvalidity, msg.uid),
        kind="email",
        raw=msg.raw,
        error=msg.error or (None if msg.raw else "the server returned an empty message"),
        imap={"mailbox": config.name, "folder": folder, "uidvalidity": uidvalidity, "uid": msg.uid,
              "internaldate": msg.internaldate},
    )


__all__ = [
    "FetchedMessage", "FolderState", "ImapSession", "MailboxAuthFailed", "MailboxCommandFailed",
    "MailboxConfig", "MailboxDropped", "MailboxError", "MailboxFolderError", "MailboxTLSError",
    "MailboxUnavailable", "SelectedFolder", "UidValidityChanged", "decode_folder", "encode_folder",
    "imap_locator", "is_loopback", "mailbox_from_config", "mailbox_from_url", "parse_internaldate",
    "to_raw_item", "uid_set",
]
