"""IMAP source against a real Dovecot (tests/servers/dovecot.py): config, fetching without
touching \\Seen, new-UID logic, leave/flag/move, failures a daemon must tell apart, UIDVALIDITY."""

from __future__ import annotations

import os
import socket
import sys
import time
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:  # make "tests.servers" importable however pytest is started
    sys.path.insert(0, str(_ROOT))

from inquiry_triage.errors import ConfigError, SourceError  # noqa: E402
from inquiry_triage.sources import RawItem  # noqa: E402
from inquiry_triage.sources.imap import (  # noqa: E402
    FetchedMessage,
    FolderState,
    ImapSession,
    MailboxAuthFailed,
    MailboxConfig,
    MailboxDropped,
    MailboxError,
    MailboxFolderError,
    MailboxTLSError,
    MailboxUnavailable,
    UidValidityChanged,
    decode_folder,
    encode_folder,
    mailbox_from_config,
    mailbox_from_url,
    parse_internaldate,
    to_raw_item,
    uid_set,
)
from tests.servers.dovecot import (  # noqa: E402,F401  (fixtures are used by name)
    DovecotServer,
    dovecot,
    dovecot_factory,
    free_port,
)

SECRET = "s3cr3t-Pa55-do-not-leak"
NON_ASCII_FOLDER = "Anfragen/Käufer & Co 日本"


def message(n: int, extra: bytes = b"") -> bytes:
    """A CRLF message with 8-bit UTF-8 text: IMAP hands back exactly these bytes."""
    return (
        b"From: Buyer %d <buyer%d@example.com>\r\n"
        b"To: sales@example.com\r\n"
        b"Subject: RFQ %d\r\n"
        b"Message-ID: <rfq-%d@example.com>\r\n"
        b"MIME-Version: 1.0\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\n"
        b"Content-Transfer-Encoding: 8bit\r\n"
        b"\r\n"
        b"Bitte Angebot f\xc3\xbcr 500 St\xc3\xbcck, FOB Hamburg. \xe2\x82\xac\r\n" % (n, n, n, n)
    ) + extra


def config_for(server: DovecotServer, **overrides) -> MailboxConfig:
    values = dict(name="sales", host=server.host, port=server.port, security="plain",
                  user=server.user, password=server.password, timeout=5.0)
    values.update(overrides)
    return MailboxConfig(**values)


# --- configuration ---------------------------------------------------------------------------

GOOD_TABLE = {"host": "imap.example.com", "user": "sales@example.com", "password_env": "SALES_PW"}
ENV = {"SALES_PW": SECRET}


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"security": "ssl"}, "mailbox 'sales': field 'security' must be tls, starttls or plain"),
        ({"security": "plain"}, "mailbox 'sales': field 'security' may be plain only for a loopback host"),
        ({"port": "993"}, "mailbox 'sales': field 'port' must be a whole number"),
        ({"port": 70000}, "mailbox 'sales': field 'port' must be a port number 1-65535"),
        ({"port": True}, "mailbox 'sales': field 'port' must be a whole number"),
        ({"host": None}, "mailbox 'sales': field 'host' is required"),
        ({"user": 5}, "mailbox 'sales': field 'user' must be a string"),
        ({"after": "delete"}, "mailbox 'sales': field 'after' must be leave, flag or move"),
        ({"after": "move"}, "mailbox 'sales': field 'move_to' is required when after = \"move\""),
        ({"after": "move", "move_to": "INBOX"}, "mailbox 'sales': field 'move_to' must not be one of the folders"),
        ({"after": "flag", "flag": "two words"}, "mailbox 'sales': field 'flag' must be an IMAP keyword"),
        ({"after": "flag", "flag": "\\Deleted"}, "mailbox 'sales': field 'flag' may be a keyword or one of"),
        ({"folders": []}, "mailbox 'sales': field 'folders' must be a non-empty list"),
        ({"folders": ["INBOX", "inbox"]}, "mailbox 'sales': field 'folders' lists a folder twice"),
        ({"batch_size": 0}, "mailbox 'sales': field 'batch_size' must be a whole number 1-1000"),
        ({"timeout": "soon"}, "mailbox 'sales': field 'timeout' must be a number of seconds"),
        ({"hots": "x"}, "mailbox 'sales': field 'hots' is not a known setting"),
        ({"password": SECRET}, "mailbox 'sales': field 'password' is not allowed"),
        ({"password_file": "/x"}, "mailbox 'sales': set exactly one of the fields 'password_env'"),
        ({"password_env": None}, "mailbox 'sales': set exactly one of the fields 'password_env'"),
    ],
)
def test_config_errors_name_the_mailbox_and_the_field(change, expected):
    table = {**GOOD_TABLE, **change}
    table = {k: v for k, v in table.items() if v is not None}
    with pytest.raises(ConfigError) as caught:
        mailbox_from_config("sales", table, env=ENV)
    assert str(caught.value).startswith(expected), str(caught.value)
    assert SECRET not in str(caught.value)


def test_config_defaults_and_password_from_env():
    cfg = mailbox_from_config("sales", {**GOOD_TABLE, "folders": ["INBOX", "Anfragen"], "after": "flag"}, env=ENV)
    assert (cfg.host, cfg.port, cfg.security, cfg.user) == ("imap.example.com", 993, "tls", "sales@example.com")
    assert cfg.password == SECRET
    assert cfg.folders == ("INBOX", "Anfragen") and cfg.after == "flag" and cfg.flag == "$Triaged"
    starttls = mailbox_from_config("sales", {**GOOD_TABLE, "security": "starttls"}, env=ENV)
    assert starttls.port == 143


def test_password_env_missing_or_empty_names_the_variable():
    with pytest.raises(ConfigError, match=r"mailbox 'sales': environment variable SALES_PW .* is not set"):
        mailbox_from_config("sales", GOOD_TABLE, env={})
    with pytest.raises(ConfigError, match=r"environment variable SALES_PW .* is empty"):
        mailbox_from_config("sales", GOOD_TABLE, env={"SALES_PW": ""})


def test_password_from_file(tmp_path):
    secret_file = tmp_path / "sales.pw"
    secret_file.write_text(SECRET + "\n")
    secret_file.chmod(0o600)
    table = {"host": "imap.example.com", "user": "u", "password_file": str(secret_file)}
    assert mailbox_from_config("sales", table).password == SECRET  # trailing newline dropped

    missing = tmp_path / "nope.pw"
    with pytest.raises(ConfigError) as caught:
        mailbox_from_config("sales", {**table, "password_file": str(missing)})
    assert str(missing) in str(caught.value) and "mailbox 'sales'" in str(caught.value)
    assert "cannot be read" in str(caught.value)

    empty = tmp_path / "empty.pw"
    empty.write_text("\n")
    with pytest.raises(ConfigError, match="is empty"):
        mailbox_from_config("sales", {**table, "password_file": str(empty)})


def test_repr_and_errors_never_show_the_password():
    cfg = mailbox_from_config("sales", GOOD_TABLE, env=ENV)
    for text in (repr(cfg), str(cfg), f"{cfg}", repr(ImapSession(cfg))):
        assert SECRET not in text
    assert "password" not in repr(cfg)


def test_plain_is_refused_for_a_remote_host_even_when_built_directly():
    with pytest.raises(ConfigError, match="field 'security' may be plain only for a loopback host"):
        MailboxConfig(name="x", host="imap.example.com", port=143, security="plain", user="u", password="p")
    for host in ("127.0.0.1", "localhost", "::1", "127.3.4.5"):
        MailboxConfig(name="x", host=host, port=143, security="plain", user="u", password="p")


def test_mailbox_from_url():
    env = {"INQUIRY_TRIAGE_IMAP_PASSWORD": SECRET}
    tls = mailbox_from_url("imaps://sales%40example.com@imap.example.com/Anfragen%2FK%C3%A4ufer", env=env)
    assert (tls.security, tls.port, tls.user, tls.folders) == ("tls", 993, "sales@example.com", ("Anfragen/Käufer",))
    assert tls.name == "sales@example.com@imap.example.com" and tls.password == SECRET

    remote = mailbox_from_url("imap://u@imap.example.com", env=env)
    assert (remote.security, remote.port, remote.folders) == ("starttls", 143, ("INBOX",))
    local = mailbox_from_url("imap://u@127.0.0.1:1143/Sales?after=flag&name=desk&batch_size=7", env=env)
    assert (local.security, local.port, local.after, local.name, local.batch_size) == ("plain", 1143, "flag", "desk", 7)
    forced = mailbox_from_url("imap://u@localhost/?security=starttls", env=env)
    assert forced.security == "starttls"

    with pytest.raises(ConfigError) as caught:
        mailbox_from_url(f"imaps://u:{SECRET}@imap.example.com/", env=env)
    assert "INQUIRY_TRIAGE_IMAP_PASSWORD" in str(caught.value) and SECRET not in str(caught.value)
    with pytest.raises(ConfigError, match="INQUIRY_TRIAGE_IMAP_PASSWORD"):
        mailbox_from_url("imaps://u@imap.example.com/", env={})
    with pytest.raises(ConfigError, match="scheme must be imap:// or imaps://"):
        mailbox_from_url("pop3://u@imap.example.com/", env=env)
    with pytest.raises(ConfigError, match="field 'security' must be tls for imaps://"):
        mailbox_from_url("imaps://u@imap.example.com/?security=plain", env=env)
    with pytest.raises(ConfigError, match="field 'colour' is not a known URL setting"):
        mailbox_from_url("imaps://u@imap.example.com/?colour=red", env=env)


def test_helpers():
    assert encode_folder("Anfragen/Käufer & Co") == "Anfragen/K&AOQ-ufer &- Co"
    assert decode_folder(encode_folder(NON_ASCII_FOLDER)) == NON_ASCII_FOLDER
    assert encode_folder("日本語") == "&ZeVnLIqe-"  # RFC 3501's own example
    assert uid_set([9, 1, 2, 3, 7, 10, 3]) == "1:3,7,9:10"
    assert parse_internaldate(" 7-Jul-1996 02:44:25 -0700") == datetime(
        1996, 7, 7, 9, 44, 25, tzinfo=timezone.utc)
    assert issubclass(MailboxError, SourceError)


# --- against Dovecot -------------------------------------------------------------------------

def test_fetch_returns_exact_bytes_and_keeps_messages_unseen(dovecot):
    raws = [message(1), message(2, b"\r\n--\r\nbinary-ish: \x01\x7f\xff\xfe\r\n"), message(3)]
    uids = [dovecot.deliver(raw) for raw in raws]
    # a message the owner had already read stays read; the others stay unread
    read_uid = dovecot.deliver(message(4), flags=["\\Seen"])
    cfg = config_for(dovecot, after="flag")  # SELECT (read-write) mode: the risky one for \Seen
    with ImapSession(cfg) as session:
        sel = session.select("INBOX")
        assert sel.exists == 4 and sel.uidnext == read_uid + 1 and not sel.read_only
        got = list(session.fetch(uids + [read_uid]))
    assert [m.uid for m in got] == uids + [read_uid]
    assert [m.raw for m in got] == raws + [message(4)]
    for m in got:
        assert isinstance(m, FetchedMessage)
        assert m.size == len(m.raw)
        assert m.internaldate is not None and m.internaldate.tzinfo is not None
        assert abs((datetime.now(timezone.utc) - m.internaldate).total_seconds()) < 120
    flags = dovecot.flags("INBOX")
    assert all("\\Seen" not in flags[uid] for uid in uids), flags
    assert "\\Seen" in flags[read_uid]


def test_fetch_in_batches_skips_vanished_uids(dovecot):
    uids = [dovecot.deliver(message(n)) for n in range(7)]
    with ImapSession(config_for(dovecot, batch_size=2)) as session:
        session.select("INBOX")
        got = list(session.fetch(list(reversed(uids)) + [999]))  # any order in, UID order out
    assert [m.uid for m in got] == uids
    assert [m.raw for m in got] == [message(n) for n in range(7)]


def test_over_size_message_is_handed_on_as_failed_with_its_headers_only(dovecot):
    """RFC822.SIZE is asked first: a message over max_item_bytes is fetched as its header (at
    most 64 KiB) and comes back with error "too large: N bytes (limit M)"; its neighbours are
    whole, nothing is marked \\Seen."""
    big = message(2, b"x" * 78 + b"\r\n") + (b"y" * 78 + b"\r\n") * 4000
    raws = [message(1), big, message(3)]
    uids = [dovecot.deliver(raw) for raw in raws]
    cfg = config_for(dovecot, max_item_bytes=100_000, after="flag")
    with ImapSession(cfg) as session:
        sel = session.select("INBOX")
        got = list(session.fetch(uids))
    assert [m.uid for m in got] == uids
    assert got[0].raw == raws[0] and got[2].raw == raws[2] and got[0].error is None and got[2].error is None
    header = big.split(b"\r\n\r\n", 1)[0] + b"\r\n\r\n"
    assert got[1].raw == header
    assert got[1].error == f"too large: {len(big)} bytes (limit 100000)"
    item = to_raw_item(cfg, "INBOX", sel.uidvalidity, got[1])
    assert item.error == got[1].error and item.raw == header and item.imap["uid"] == uids[1]
    assert all("\\Seen" not in flags for flags in dovecot.flags("INBOX").values())


def test_new_uids_searches_in_uid_ranges_for_a_large_folder(dovecot, monkeypatch):
    """2,500 messages read with search_chunk = 500: several UID SEARCH ranges, every UID once;
    resuming mid-folder searches only from there."""
    for n in range(2500):
        dovecot.deliver_maildir(message(n))
    with ImapSession(config_for(dovecot, search_chunk=500)) as session:
        searches: list[list[str]] = []
        real_search = session._search

        def spy(folder, criteria):
            searches.append(criteria)
            return real_search(folder, criteria)

        monkeypatch.setattr(session, "_search", spy)
        sel = session.select("INBOX")
        assert sel.exists == 2500 and sel.uidnext == 2501
        assert session.new_uids("INBOX", 0) == list(range(1, 2501))
        assert [c[0] for c in searches] == ["UID 1:500", "UID 501:1000", "UID 1001:1500", "UID 1501:2000",
                                            "UID 2001:2500", "UID 2501:*"]
        searches.clear()
        assert session.new_uids("INBOX", 2200, since=date(2000, 1, 1)) == list(range(2201, 2501))
        assert searches == [["UID 2201:2500", "SINCE 1-Jan-2000"], ["UID 2501:*", "SINCE 1-Jan-2000"]]
        got = list(session.fetch(list(range(2490, 2501))))
        # Maildir delivery: Dovecot numbers the files in its directory-scan order, not ours.
        assert [m.uid for m in got] == list(range(2490, 2501))
        delivered = {message(n) for n in range(2500)}
        assert len({m.raw for m in got}) == 11 and all(m.raw in delivered for m in got)


def test_mail_dropped_into_maildir_while_the_server_was_down(dovecot):
    """An MTA's delivery (a file in new/) while Dovecot is stopped is seen after the restart;
    a file with bare LF line ends comes out of IMAP with CRLF."""
    first = dovecot.deliver(message(1))
    dovecot.stop()
    lf_only = message(2).replace(b"\r\n", b"\n")
    dovecot.deliver_maildir(lf_only)
    dovecot.deliver_maildir(message(3), folder="Sales")
    dovecot.start()
    with ImapSession(config_for(dovecot, folders=("INBOX", "Sales"))) as session:
        [uid] = session.new_uids("INBOX", first)
        [msg] = list(session.fetch([uid]))
        assert msg.raw == message(2) and msg.size == len(message(2))
        [sales] = list(session.fetch(session.new_uids("Sales", 0)))
        assert sales.raw == message(3)


def test_new_uids_after_last_uid_including_the_star_edge_case(dovecot):
    uids = [dovecot.deliver(message(n)) for n in range(3)]
    assert uids == [1, 2, 3]
    with ImapSession(config_for(dovecot)) as session:
        assert session.new_uids("INBOX", 0) == [1, 2, 3]
        assert session.new_uids("INBOX", 1) == [2, 3]
        # "UID SEARCH UID 4:*" matches UID 3 (the largest) on the server: it must be filtered out
        assert session.new_uids("INBOX", 3) == []
        assert session.new_uids("INBOX", 50) == []
        # mail arriving while the folder is open is seen (NOOP before the search)
        late = dovecot.deliver(message(9))
        assert session.new_uids("INBOX", 3) == [late]


def test_new_uids_since(dovecot):
    old = dovecot.deliver(message(1), internaldate=datetime(2020, 1, 5, 12, 0, tzinfo=timezone.utc))
    new = dovecot.deliver(message(2))
    with ImapSession(config_for(dovecot)) as session:
        assert session.new_uids("INBOX", 0) == [old, new]
        assert session.new_uids("INBOX", 0, since=date(2024, 1, 1)) == [new]
        got = list(session.fetch([old]))
    assert got[0].internaldate == datetime(2020, 1, 5, 12, 0, tzinfo=timezone.utc)


def test_empty_folder(dovecot):
    with ImapSession(config_for(dovecot)) as session:
        sel = session.select("INBOX")
        assert sel.exists == 0 and sel.read_only  # after = leave: EXAMINE
        assert session.new_uids("INBOX", 0) == []
        assert list(session.fetch([])) == []


def test_mark_done_leave_changes_nothing(dovecot):
    uids = [dovecot.deliver(message(n)) for n in range(2)]
    before = dovecot.flags("INBOX")
    with ImapSession(config_for(dovecot, after="leave")) as session:
        found = session.new_uids("INBOX", 0)
        list(session.fetch(found))
        session.mark_done(found)
    assert dovecot.flags("INBOX") == before == {uid: set() for uid in uids}


def test_mark_done_flag_sets_the_keyword_on_exactly_those(dovecot):
    uids = [dovecot.deliver(message(n)) for n in range(3)]
    with ImapSession(config_for(dovecot, after="flag")) as session:
        session.select("INBOX")
        session.mark_done(uids[:2])
    flags = dovecot.flags("INBOX")
    assert flags == {uids[0]: {"$Triaged"}, uids[1]: {"$Triaged"}, uids[2]: set()}


def test_mark_done_move_uses_move_and_creates_the_target(dovecot):
    uids = [dovecot.deliver(message(n)) for n in range(3)]
    cfg = config_for(dovecot, after="move", move_to="Triaged")
    with ImapSession(cfg) as session:
        assert "MOVE" in session.capabilities
        session.select("INBOX")
        session.mark_done(uids[:2])  # "Triaged" does not exist yet: NO [TRYCREATE] -> CREATE, retry
    assert dovecot.folder_uids("INBOX") == [uids[2]]
    assert len(dovecot.folder_uids("Triaged")) == 2
    assert all("\\Seen" not in f and "\\Deleted" not in f for f in dovecot.flags("Triaged").values())
    with ImapSession(config_for(dovecot, folders=("Triaged",))) as session:
        moved = list(session.fetch(session.new_uids("Triaged", 0)))
    assert sorted(m.raw for m in moved) == sorted([message(0), message(1)])


@pytest.mark.parametrize("hide", [("MOVE",), ("MOVE", "UIDPLUS")])
def test_mark_done_move_fallback_without_move(dovecot_factory, hide):
    probe = dovecot_factory()
    capabilities = [c for c in probe.capabilities() if c.upper() not in hide]
    probe.destroy()
    server = dovecot_factory(imap_capability=" ".join(capabilities))
    uids = [server.deliver(message(n)) for n in range(3)]
    owners_deleted = server.deliver(message(7), flags=["\\Deleted"])  # the owner's, not ours
    cfg = config_for(server, after="move", move_to="Done")
    server.create_folder("Done")
    with ImapSession(cfg) as session:
        assert "MOVE" not in session.capabilities
        session.select("INBOX")
        session.mark_done(uids[:2])
    assert len(server.folder_uids("Done")) == 2
    inbox = server.flags("INBOX")
    if "UIDPLUS" in hide:
        # COPY + \Deleted only: the originals wait, flagged, for someone's EXPUNGE
        assert inbox == {uids[0]: {"\\Deleted"}, uids[1]: {"\\Deleted"}, uids[2]: set(),
                         owners_deleted: {"\\Deleted"}}
    else:
        # UID EXPUNGE removes exactly ours; the owner's \Deleted message is still there
        assert inbox == {uids[2]: set(), owners_deleted: {"\\Deleted"}}


def test_wrong_password_fails_fast_with_auth_error(dovecot):
    cfg = config_for(dovecot, password=SECRET)
    started = time.monotonic()
    with pytest.raises(MailboxAuthFailed) as caught:
        with ImapSession(cfg):
            pass
    assert time.monotonic() - started < 3
    text = str(caught.value)
    assert text.startswith("mailbox 'sales': login as") and "AUTHENTICATIONFAILED" in text
    assert SECRET not in text and dovecot.password not in text
    assert not caught.value.retryable
    assert SECRET not in dovecot.log()
    with pytest.raises(MailboxAuthFailed):  # an unknown user looks the same
        ImapSession(config_for(dovecot, user="nobody-here")).open()


def test_non_ascii_password_uses_authenticate_plain(dovecot):
    dovecot.add_user("einkauf", "Pässwört-€")
    cfg = config_for(dovecot, user="einkauf", password="Pässwört-€")
    with ImapSession(cfg) as session:
        assert session.select("INBOX").exists == 0
    dovecot.add_user("quoted", 'a "b" \\c d{3}')  # LOGIN must quote and escape it
    with ImapSession(config_for(dovecot, user="quoted", password='a "b" \\c d{3}')) as session:
        assert session.select("INBOX").exists == 0
    with pytest.raises(MailboxAuthFailed):
        with ImapSession(config_for(dovecot, user="einkauf", password="Pässwört-$")):
            pass


def test_server_down_fails_fast_as_unavailable():
    port = free_port()  # nothing listens there
    cfg = MailboxConfig(name="sales", host="127.0.0.1", port=port, security="plain", user="u",
                        password=SECRET, timeout=5)
    started = time.monotonic()
    with pytest.raises(MailboxUnavailable) as caught:
        with ImapSession(cfg):
            pass
    assert time.monotonic() - started < 2
    assert str(caught.value).startswith(f"mailbox 'sales': cannot connect to 127.0.0.1:{port}")
    assert caught.value.retryable and not isinstance(caught.value, MailboxTLSError)


def test_server_that_never_greets_times_out_as_unavailable():
    with socket.socket() as listener:  # accepts connections (backlog) but never says a word
        listener.bind(("127.0.0.1", 0))
        listener.listen(5)
        cfg = MailboxConfig(name="sales", host="127.0.0.1", port=listener.getsockname()[1],
                            security="plain", user="u", password=SECRET, timeout=0.5)
        started = time.monotonic()
        with pytest.raises(MailboxUnavailable, match="timed out after 0.5 s"):
            ImapSession(cfg).open()
        assert time.monotonic() - started < 3


@pytest.mark.parametrize("graceful", [True, False], ids=["sigterm-bye", "sigkill"])
def test_server_stopped_mid_session_raises_dropped(dovecot, graceful):
    uids = [dovecot.deliver(message(n)) for n in range(2)]
    cfg = config_for(dovecot)
    session = ImapSession(cfg)
    session.open()
    try:
        session.select("INBOX")
        assert len(list(session.fetch(uids[:1]))) == 1
        dovecot.stop(graceful=graceful)
        started = time.monotonic()
        with pytest.raises(MailboxDropped) as caught:
            list(session.fetch(uids))
        assert time.monotonic() - started < 3
        assert str(caught.value).startswith("mailbox 'sales': connection to 127.0.0.1:")
        assert caught.value.retryable and not session.alive
        with pytest.raises(MailboxDropped, match="open a new session"):
            session.new_uids("INBOX", 0)
    finally:
        session.close()  # never raises on a dead connection
    dovecot.start()  # the daemon's next attempt, after the restart
    with ImapSession(cfg) as session:
        assert [m.raw for m in session.fetch(uids, folder="INBOX")] == [message(0), message(1)]


def test_uidvalidity_is_reported_and_changes_when_the_folder_is_recreated(dovecot):
    dovecot.deliver(message(1), folder="Sales")
    first = dovecot.uidvalidity("Sales")
    cfg = config_for(dovecot, folders=("Sales",), after="flag")
    with ImapSession(cfg) as session:
        sel = session.select("Sales")
        assert sel.uidvalidity == first
        assert session.new_uids("Sales", 0) == [1]
    stored = FolderState(uidvalidity=first, last_uid=1)

    dovecot.delete_folder("Sales")  # the owner deletes and recreates the folder
    dovecot.deliver(message(2), folder="Sales")
    second = dovecot.uidvalidity("Sales")
    assert second != first
    with ImapSession(cfg) as session:
        sel = session.select("Sales")
        assert sel.uidvalidity == second
        assert sel.resume_after(stored) == 0  # start over: old UIDs mean nothing now
        assert sel.resume_after(FolderState(second, 1)) == 1
        assert session.new_uids("Sales", sel.resume_after(stored)) == [1]
        with pytest.raises(UidValidityChanged, match=f"UIDVALIDITY {second}, not {first}"):
            session.fetch([1], uidvalidity=first)  # raises at the call, before any iteration
        with pytest.raises(UidValidityChanged):
            session.mark_done([1], uidvalidity=first)
        assert [m.raw for m in session.fetch([1], uidvalidity=second)] == [message(2)]
    assert dovecot.flags("Sales") == {1: set()}  # the refused mark_done changed nothing


def test_uidvalidity_changes_when_dovecot_loses_its_uid_list(dovecot):
    dovecot.deliver(message(1))
    dovecot.deliver(message(2))
    before = dovecot.uidvalidity("INBOX")
    dovecot.reset_folder_indexes("INBOX")  # as after a restore from backup
    with ImapSession(config_for(dovecot)) as session:
        sel = session.select("INBOX")
        assert sel.uidvalidity != before and sel.exists == 2
        assert sel.resume_after(FolderState(before, 2)) == 0


def test_non_ascii_folder_names(dovecot):
    uid = dovecot.deliver(message(1), folder=NON_ASCII_FOLDER)
    target = "Erledigt/Überprüft"
    cfg = config_for(dovecot, folders=(NON_ASCII_FOLDER,), after="move", move_to=target)
    with ImapSession(cfg) as session:
        assert NON_ASCII_FOLDER in session.folders()
        sel = session.select(NON_ASCII_FOLDER)
        assert session.new_uids(NON_ASCII_FOLDER, 0) == [uid]
        [got] = list(session.fetch([uid]))
        assert got.raw == message(1)
        item = to_raw_item(cfg, NON_ASCII_FOLDER, sel.uidvalidity, got)
        session.mark_done([uid])
    assert dovecot.folder_uids(NON_ASCII_FOLDER) == []
    assert len(dovecot.folder_uids(target)) == 1
    assert target in dovecot.folders()
    assert item.source.endswith(
        f"/Anfragen/K%C3%A4ufer%20%26%20Co%20%E6%97%A5%E6%9C%AC;UIDVALIDITY={sel.uidvalidity}/;UID={uid}")


def test_missing_folder_is_a_folder_error(dovecot):
    with ImapSession(config_for(dovecot)) as session:
        with pytest.raises(MailboxFolderError, match="mailbox 'sales': cannot open folder 'Nope'"):
            session.select("Nope")
        assert session.alive  # the session goes on
        assert session.select("INBOX").exists == 0


def test_to_raw_item(dovecot):
    uid = dovecot.deliver(message(1))
    cfg = config_for(dovecot, user="buyer-desk", password=dovecot.password)
    with ImapSession(cfg) as session:
        sel = session.select("INBOX")
        [msg] = list(session.fetch([uid]))
    item = to_raw_item(cfg, "INBOX", sel.uidvalidity, msg)
    assert isinstance(item, RawItem)
    assert item.kind == "email" and item.raw == message(1) and item.error is None
    assert item.source == (f"imap://buyer-desk@127.0.0.1:{dovecot.port}/INBOX;"
                           f"UIDVALIDITY={sel.uidvalidity}/;UID={uid}")
    assert dovecot.password not in item.source and dovecot.password not in repr(item)
    assert item.imap == {"mailbox": "sales", "folder": "INBOX", "uidvalidity": sel.uidvalidity, "uid": uid,
                         "internaldate": msg.internaldate}
    assert msg.internaldate is not None and msg.internaldate.tzinfo is not None  # deadlines count from it
    tls_cfg = MailboxConfig(name="s", host="imap.example.com", port=993, security="tls",
                            user="sales@example.com", password=SECRET)
    assert to_raw_item(tls_cfg, "INBOX", 7, msg).source.startswith("imaps://sales%40example.com@imap.example.com:993/")


def test_config_file_to_fetch_end_to_end(dovecot, tmp_path):
    pw = tmp_path / "pw"
    pw.write_text(dovecot.password + "\n")
    pw.chmod(0o600)
    cfg = mailbox_from_config("desk", {
        "host": "127.0.0.1", "port": dovecot.port, "security": "plain", "user": dovecot.user,
        "password_file": str(pw), "after": "flag", "flag": "$Seen-By-Triage",
    })
    uid = dovecot.deliver(message(1))
    with ImapSession(cfg) as session:
        for folder in cfg.folders:
            sel = session.select(folder)
            uids = session.new_uids(folder, sel.resume_after(None))
            items = [to_raw_item(cfg, folder, sel.uidvalidity, m) for m in session.fetch(uids)]
            session.mark_done(uids, uidvalidity=sel.uidvalidity)
    assert [i.raw for i in items] == [message(1)]
    assert dovecot.flags("INBOX") == {uid: {"$Seen-By-Triage"}}


def test_tls_and_starttls(dovecot_factory):
    server = dovecot_factory(tls=True)
    uid = server.deliver(message(1))
    context = server.ssl_context()
    implicit = config_for(server, security="tls", port=server.tls_port)
    starttls = config_for(server, security="starttls", port=server.port)
    for cfg in (implicit, starttls):
        with ImapSession(cfg, ssl_context=context) as session:
            assert [m.raw for m in session.fetch([uid], folder="INBOX")] == [message(1)]
    # the system trust store does not know the self-signed certificate
    for cfg in (implicit, starttls):
        with pytest.raises(MailboxTLSError, match="certificate verify failed") as caught:
            ImapSession(cfg).open()
        assert not caught.value.retryable


def test_starttls_required_but_not_offered(dovecot):
    cfg = config_for(dovecot, security="starttls")  # the plain fixture has ssl = no
    with pytest.raises(MailboxTLSError, match="does not offer STARTTLS"):
        ImapSession(cfg).open()


def test_nothing_left_running(dovecot_factory):
    server = dovecot_factory()
    pid = server.process.pid
    with ImapSession(config_for(server)) as session:
        session.select("INBOX")
        server.destroy()
    # The whole process group is gone (allow a moment for the kernel to reap it on a busy machine).
    deadline = time.monotonic() + 10
    while True:
        try:
            os.killpg(pid, 0)
        except ProcessLookupError:
            break
        assert time.monotonic() < deadline, "dovecot processes still running"
        time.sleep(0.05)
    assert not server.root.exists()
