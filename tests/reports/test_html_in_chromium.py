"""The HTML reports in a real headless Chromium: hostile strings from the data stay inert text.

Both reports are rendered from a SQLite store whose subject, sender, rule details, rule names and
agent names carry markup that would run script if it were not escaped. Chromium loads each page
(`--dump-dom` after a virtual-time budget, so scripts would have had time to run) and the DOM it
serialises is checked: only the builder's own elements exist, no event-handler attributes, the
title is the report's own, and the hostile strings are in table cells as literal characters.

Two control pages check the harness itself: a page with a script injected raw (as a missed escape
would) keeps its title because of the page's Content-Security-Policy, and the same page without the
CSP does get its title changed, so "title not pwned" is a meaningful assertion here.

Chromium comes from Debian's `chromium` package; if it is missing it is installed with apt-get
(as root). If it cannot be had, the tests fail when CI == "true" and are skipped otherwise.
Every Chromium runs in its own process group with its own HOME and profile directory, under a
timeout; afterwards the group is killed and any process still naming that directory is killed by
its pid, and the test checks that none is left.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta, timezone
from html.parser import HTMLParser
from pathlib import Path

import pytest

from inquiry_triage.reports.html import CSP
from inquiry_triage.reports.sla import collect_sla, render_sla
from inquiry_triage.reports.suspicious import SUSPICIOUS_TITLE, render_suspicious
from inquiry_triage.store import open_store
from inquiry_triage.store.models import InquiryRow, ReplyRow, TaskRow
from inquiry_triage.store.queue import suspicious_since

HOSTILE = (
    "<script>document.title='pwned'</script>",
    "<img src=x onerror=\"document.title='pwned'\">",
    "\"><svg onload=alert(1)>",
    "'><iframe srcdoc=\"<script>parent.document.title='pwned'</script>\"></iframe>",
    "</td></tr></table><script>document.title='pwned'</script>",
)
# The only elements the page builder writes.
ALLOWED_TAGS = {"html", "head", "meta", "title", "style", "body", "h1", "p", "table", "caption", "thead", "tbody",
                "tfoot", "tr", "th", "td", "ul", "li"}
NOW = datetime(2026, 11, 17, 10, 0, tzinfo=timezone.utc)
RUN_TIMEOUT = 60  # seconds for one Chromium run; a run normally takes about two


# --- Chromium -------------------------------------------------------------------------------------

def _unavailable(why: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"headless Chromium is required on CI: {why}")
    pytest.skip(f"headless Chromium not available: {why}")


@pytest.fixture(scope="module")
def chromium() -> str:
    found = shutil.which("chromium")
    if found:
        return found
    if shutil.which("apt-get") is None or os.geteuid() != 0:
        _unavailable("`chromium` is not installed and apt-get cannot be run as root here")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    log = []
    for command in (["apt-get", "install", "-y", "-q", "chromium"],
                    ["apt-get", "update", "-q"], ["apt-get", "install", "-y", "-q", "chromium"]):
        try:
            done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=900)
        except subprocess.TimeoutExpired:
            log.append(f"{' '.join(command)}: timed out")
            continue
        log.append(f"{' '.join(command)}: exit {done.returncode} {done.stderr.strip()[-300:]}")
        found = shutil.which("chromium")
        if found:
            return found
    _unavailable("apt-get install -y chromium did not provide it: " + " | ".join(log))
    raise AssertionError("unreachable")


def _processes_naming(marker: str) -> list[int]:
    """Pids of processes whose command line contains `marker` (our private profile directory)."""
    pids = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/cmdline", "rb") as handle:
                cmdline = handle.read()
        except OSError:
            continue
        if marker.encode() in cmdline:
            pids.append(int(entry))
    return pids


def dump_dom(chromium: str, page: Path, home: Path) -> str:
    """Chromium's serialised DOM of `page`, after up to 2 s of virtual time for scripts to run."""
    home.mkdir(parents=True)
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"),
           "XDG_CACHE_HOME": str(home / "cache")}
    command = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               "--disable-dev-shm-usage", "--disable-crash-reporter", "--disable-extensions", "--mute-audio",
               f"--user-data-dir={home / 'profile'}", "--virtual-time-budget=2000", "--dump-dom", page.as_uri()]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                            start_new_session=True)
    try:
        out, err = proc.communicate(timeout=RUN_TIMEOUT)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        raise AssertionError(f"chromium did not finish {page.name} within {RUN_TIMEOUT} s")
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)  # our own group: zygotes, renderers, utilities
        except ProcessLookupError:
            pass
        deadline = time.monotonic() + 10
        while (left := _processes_naming(str(home))) and time.monotonic() < deadline:
            for pid in left:  # e.g. the crash handler, which runs in a session of its own
                try:
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
            time.sleep(0.1)
        assert not _processes_naming(str(home)), "chromium processes left running"
    assert proc.returncode == 0, f"chromium exit {proc.returncode}: {err.decode(errors='replace')[-2000:]}"
    return out.decode("utf-8")


# --- the DOM as Chromium built it ----------------------------------------------------------------

class Dom(HTMLParser):
    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.title = ""
        self.cells: list[str] = []
        self._cells: list[list[str]] = []
        self._in_title = False
        self.feed(text)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))
        if tag == "title":
            self._in_title = True
        if tag in ("td", "th"):
            self._cells.append([])

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        if tag in ("td", "th") and self._cells:
            self.cells.append("".join(self._cells.pop()))

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        if self._cells:
            self._cells[-1].append(data)


def assert_inert(dom_text: str, title: str, expected: list[str]) -> Dom:
    dom = Dom(dom_text)
    tags = {tag for tag, _ in dom.tags}
    assert tags <= ALLOWED_TAGS, f"elements made from data: {sorted(tags - ALLOWED_TAGS)}"
    lowered = dom_text.lower()
    for needle in ("<script", "<img", "<svg", "<iframe"):
        assert needle not in lowered
    for tag, attrs in dom.tags:
        for name, _ in attrs:
            assert not name.startswith("on") and name not in ("src", "srcdoc", "href"), (tag, name)
    assert dom.title == title
    assert "pwned" not in dom.title
    for text in expected:  # visible as literal characters, inside a table cell
        assert any(text in cell for cell in dom.cells), f"{text!r} not shown literally in a cell"
    return dom


# --- the pages -----------------------------------------------------------------------------------

def _store(path: Path):
    engine, sessions = open_store(f"sqlite:///{path}")
    start = NOW - timedelta(hours=6)
    with sessions.begin() as s:
        for n, hostile in enumerate(HOSTILE):
            received = start + timedelta(minutes=10 * n)
            reasons = [
                {"rule": "CARD_FISHING_ORDER", "points": 3.5, "kind": "scam", "detail": f"asked for card data: {hostile}"},
                {"rule": hostile, "points": -0.25, "kind": "spy", "detail": "rule name from a rules file"},
                {"rule": "GRADE_BASE", "points": 1.0, "kind": "grade", "detail": "not a risk reason: left out"},
            ]
            row = InquiryRow(message_id=f"<h{n}@fixture>", source=f"mail/{hostile}.eml", channel="email",
                             status="triaged", grade="C", score=2.0, suspicious=True, risk=9.0 - n,
                             from_addr=f"{hostile}@example.com", from_name=hostile, subject=f"RFQ {hostile}",
                             received_at=received, triaged_at=received,
                             result={"suspicion": ["scam", hostile], "ip_country": "NG", "reasons": reasons})
            s.add(row)
            s.flush()
            task = TaskRow(inquiry_id=row.id, kind="reply", state="done", grade="C", due_at=received + timedelta(hours=2),
                           created_at=received, done_at=received + timedelta(hours=1))
            s.add(task)
            s.flush()
            s.add(ReplyRow(inquiry_id=row.id, task_id=task.id, author=f"agent {hostile}", channel="email",
                           sent_at=received + timedelta(hours=1)))
    return engine, sessions


@pytest.fixture(scope="module")
def pages(tmp_path_factory, chromium):
    """Render the pages, then dump all of them in parallel Chromiums: {name: (dom, seconds)}."""
    root = tmp_path_factory.mktemp("html")
    engine, sessions = _store(root / "x.db")
    with sessions() as s:
        suspicious = render_suspicious(suspicious_since(s, None), "html")
        sla = render_sla(collect_sla(s, now=NOW, since=None, by="agent"), "html")
    engine.dispose()
    injected = suspicious.replace("</body>", "<script>document.title='pwned'</script>"
                                             "<img src=x onerror=\"document.title='pwned'\"></body>")
    assert CSP in injected
    control = injected.replace(f'<meta http-equiv="Content-Security-Policy" content="{CSP}">', "")
    files = {}
    for name, text in {"suspicious": suspicious, "sla": sla, "injected": injected, "control": control}.items():
        files[name] = root / f"{name}.html"
        files[name].write_text(text, encoding="utf-8")

    def run(name: str) -> tuple[str, tuple[str, float]]:
        began = time.monotonic()
        dom = dump_dom(chromium, files[name], root / f"home-{name}")
        return name, (dom, time.monotonic() - began)

    with ThreadPoolExecutor(max_workers=len(files)) as pool:
        return dict(pool.map(run, files))


def test_suspicious_report_is_inert_in_chromium(pages):
    dom_text, _ = pages["suspicious"]
    dom = assert_inert(dom_text, SUSPICIOUS_TITLE,
                       [f"RFQ {h}" for h in HOSTILE] + [f"{h}@example.com" for h in HOSTILE]
                       + [f"asked for card data: {h}" for h in HOSTILE] + list(HOSTILE))
    # One row per inquiry (5), each with its nested rules table: the markup in the data made no rows.
    assert sum(1 for tag, _ in dom.tags if tag == "table") == 1 + len(HOSTILE)
    assert "GRADE_BASE" not in dom_text and "CARD_FISHING_ORDER" in dom_text and "+3.50" in dom.cells


def test_sla_report_is_inert_in_chromium(pages):
    dom_text, _ = pages["sla"]
    dom = assert_inert(dom_text, "First-response SLA by agent", [f"agent {h}" for h in HOSTILE])
    assert "total" in dom.cells


def test_csp_stops_a_missed_escape_and_the_control_page_proves_scripts_would_run(pages):
    injected, _ = pages["injected"]
    assert "<script>document.title='pwned'</script>" in injected  # the raw script really is in the page
    assert Dom(injected).title == SUSPICIOUS_TITLE                # but the CSP did not let it run
    control, _ = pages["control"]
    assert Dom(control).title == "pwned"                         # without the CSP it runs: the check is real


def test_chromium_is_fast_enough(pages):
    assert max(seconds for _, seconds in pages.values()) < RUN_TIMEOUT
