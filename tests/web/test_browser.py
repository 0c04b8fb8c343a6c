"""The web queue in a real browser: Playwright for Python driving Debian's `chromium` (installed by
`.ci/setup --test`; `playwright install` is never run: it would download a browser). `serve` runs as
its own process on a free port against a temporary SQLite store of the triaged fixtures.

Under CI=true a missing Chromium or Playwright fails these tests; elsewhere they are skipped.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, update

from inquiry_triage.store import open_store
from inquiry_triage.store.models import InquiryRow, TaskRow
from tests.web.web_store import PASSWORD, ROOT, triaged_store

START_TIMEOUT = 90  # seconds for `serve` to answer (the first import of the package on a busy box)
WAIT_MS = 30_000  # Playwright's wait for an element: pages answer in well under a second
POLL_WAIT_MS = 30_000  # a claimed task leaves another browser's list: the page polls every 5 s


def _unavailable(why: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"browser tests need Playwright and Debian's chromium on CI: {why}")
    pytest.skip(f"browser tests skipped: {why}")


def chromium_binary() -> str | None:
    """The real Chromium executable: $CHROMIUM_BIN, else the binary Debian's /usr/bin/chromium wrapper
    (a shell script Playwright cannot drive) starts, else whatever `chromium` resolves to."""
    candidates = [os.environ.get("CHROMIUM_BIN", ""), "/usr/lib/chromium/chromium"]
    wrapper = shutil.which("chromium")
    if wrapper:
        text = Path(wrapper).read_bytes()[:20_000].decode("utf-8", "replace")
        match = re.search(r"^LIBDIR=(\S+)", text, re.M)
        if match:
            candidates.append(f"{match.group(1).strip(chr(34))}/chromium")
        candidates.append(os.path.realpath(wrapper))
    for path in candidates:
        if path and os.path.isfile(path) and os.access(path, os.X_OK) and not _is_script(path):
            return path
    return None


def _is_script(path: str) -> bool:
    with open(path, "rb") as f:
        return f.read(2) == b"#!"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def start_serve(db: str, config: str = "") -> Iterator[str]:
    """The base URL of `inquiry-triage serve` on a free port over `db`, with the configuration file
    `config` ("" for the shipped defaults, whatever the developer's own file says); stopped on exit.
    Its output goes to a temporary log whose tail a failed start shows."""
    port = _free_port()
    with tempfile.TemporaryFile() as log:
        env = {**os.environ, "INQUIRY_TRIAGE_CONFIG": config}
        proc = subprocess.Popen([sys.executable, "-m", "inquiry_triage", "serve", "--port", str(port), "--db", db],
                                cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        base = f"http://127.0.0.1:{port}"
        try:
            _wait_until_serving(proc, base, log)
            yield base
        finally:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=20)


def _wait_until_serving(proc: subprocess.Popen, base: str, log) -> None:  # type: ignore[type-arg,no-untyped-def]
    deadline = time.monotonic() + START_TIMEOUT
    while True:
        try:
            with urllib.request.urlopen(base + "/login", timeout=5) as r:
                if r.status == 200:
                    return
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            log.seek(0)
            pytest.fail("serve did not start:\n" + log.read().decode("utf-8", "replace")[-3000:])
        time.sleep(0.3)  # polling a starting process: there is nothing to wait on


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[tuple[str, str]]:
    """(base URL, database URL) of a running `inquiry-triage serve` with the shipped configuration."""
    db = triaged_store(tmp_path_factory.mktemp("browser") / "browser.db")
    with start_serve(db) as base:
        yield base, db


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as exc:
        _unavailable(f"playwright is not installed ({exc})")
    binary = chromium_binary()
    if binary is None:
        _unavailable("no chromium binary (apt-get install chromium)")
    with sync_playwright() as p:
        # --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
        b = p.chromium.launch(executable_path=binary, headless=True, args=["--no-sandbox"])
        yield b
        b.close()


def login(browser, base: str, name: str):
    context = browser.new_context()
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.goto(base + "/")
    assert page.url.endswith("/login")
    page.fill("#name", name)
    page.fill("#password", PASSWORD)
    page.click("#login")
    page.wait_for_selector("#rows", timeout=WAIT_MS)
    # The rows can be in the DOM before the page's script has run (and bound its keys): a key
    # pressed then is lost (CI saw it once). "load" comes after every script has run.
    page.wait_for_load_state("load", timeout=WAIT_MS)
    return context, page, errors


def test_a_salespersons_day_log_in_claim_the_top_task_note_snooze(server, browser):
    base, db = server
    context, page, errors = login(browser, base, "alice")
    try:
        assert page.locator("#who").inner_text().startswith("alice")
        first_row = page.locator("tr.task").first
        assert first_row.locator(".badge").count() >= 1
        page.click("#claim-next")
        page.wait_for_selector("#task-id", timeout=WAIT_MS)
        task_id = int(page.locator("#task-id").inner_text())
        assert page.locator("#state").inner_text() == "claimed"
        assert page.locator("#assignee").inner_text() == "alice"
        assert page.locator("#evidence tr").count() > 1 and page.locator("#draft").inner_text().strip()

        page.fill("#note-text", "called the buyer, wants CIF prices")
        page.click("#do-note")
        page.wait_for_selector("#message", timeout=WAIT_MS)
        assert "called the buyer, wants CIF prices" in page.locator("#notes").inner_text()

        page.fill("#until", "tomorrow 10:00")
        page.click("#do-snooze")
        page.wait_for_selector("#message", timeout=WAIT_MS)
        assert "snoozed" in page.locator("#message").inner_text()
        assert page.locator("#state").inner_text() == "snoozed"
        engine, sessions = open_store(db)
        with sessions() as s:
            task = s.get(TaskRow, task_id)
            assert (task.state, task.assignee) == ("snoozed", "alice")
        engine.dispose()
        assert not [e for e in errors if "Content Security Policy" in e or "Refused" in e], errors
    finally:
        context.close()


def test_two_browsers_claim_the_same_task_one_wins_the_other_is_told(server, browser):
    base, db = server
    engine, sessions = open_store(db)
    with sessions() as s:
        task_id = s.scalar(select(TaskRow.id).join(InquiryRow).where(TaskRow.state == "open", TaskRow.kind == "reply",
                                                                     InquiryRow.suspicious.is_(False))
                           .order_by(TaskRow.id.desc()).limit(1))
    engine.dispose()
    first, page1, _ = login(browser, base, "alice")
    second, page2, _ = login(browser, base, "bob")
    try:
        # Bob watches the unassigned list; the task he is about to claim is on it.
        page2.goto(f"{base}/?unassigned=1")
        assert page2.locator(f'tr[data-task="{task_id}"]').count() == 1
        page1.goto(f"{base}/task/{task_id}")
        bob_task = second.new_page()
        bob_task.goto(f"{base}/task/{task_id}")
        page1.click("#do-claim")
        page1.wait_for_selector("#message", timeout=WAIT_MS)
        assert page1.locator("#assignee").inner_text() == "alice"
        bob_task.click("#do-claim")
        bob_task.wait_for_selector("#error", timeout=WAIT_MS)
        assert re.search(r"changed by alice at (Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} [A-Z][a-z]{2} \d\d:\d\d", bob_task.locator("#error").inner_text())
        # ...and the claimed task leaves Bob's unassigned list by itself (the list polls).
        page2.locator(f'tr[data-task="{task_id}"]').wait_for(state="detached", timeout=POLL_WAIT_MS)
    finally:
        first.close()
        second.close()


def test_a_hostile_subject_does_not_run_script(server, browser):
    base, db = server
    engine, sessions = open_store(db)
    with sessions.begin() as s:
        task_id = s.scalar(select(TaskRow.id).join(InquiryRow).where(TaskRow.state == "open", TaskRow.kind == "reply",
                                                                     InquiryRow.suspicious.is_(False))
                           .order_by(TaskRow.id).limit(1))
        inquiry_id = s.scalar(select(TaskRow.inquiry_id).where(TaskRow.id == task_id))
        s.execute(update(InquiryRow).where(InquiryRow.id == inquiry_id).values(
            subject="<img src=x onerror=\"document.title='pwned'\"><script>document.title='pwned'</script>",
            body="<svg onload=\"document.title='pwned'\"></svg> hello"))
    engine.dispose()
    context, page, _ = login(browser, base, "lena")
    try:
        for path in ("/", f"/task/{task_id}"):
            page.goto(base + path)
            page.wait_for_timeout(500)  # time for an injected handler to run, were there one
            assert page.title() != "pwned"
            assert page.locator("main img, main svg, main script").count() == 0
        assert "<script>document.title='pwned'</script>" in page.locator("#subject").inner_text()
    finally:
        context.close()


def test_keys_move_and_open(server, browser):
    base, _ = server
    context, page, _ = login(browser, base, "lena")
    try:
        page.wait_for_selector("tr.task", timeout=WAIT_MS)
        page.keyboard.press("j")
        page.keyboard.press("j")
        selected = page.locator("tr.task.selected")
        assert selected.count() == 1
        task_id = selected.get_attribute("data-task")
        page.keyboard.press("Enter")
        page.wait_for_selector("#task-id", timeout=WAIT_MS)
        assert page.locator("#task-id").inner_text() == task_id
    finally:
        context.close()


def test_a_revoked_session_is_thrown_out_of_the_open_page(server, browser):
    from datetime import datetime, timezone

    from inquiry_triage.queue import users

    base, db = server
    context, page, _ = login(browser, base, "lena")
    engine, sessions = open_store(db)
    try:
        with sessions.begin() as s:
            assert users.disable_user(s, "lena", datetime.now(timezone.utc)) >= 1
        # The open queue page's next poll gets 401 and goes to the login page by itself.
        page.wait_for_url(re.compile(r".*/login$"), timeout=POLL_WAIT_MS)
        page.goto(base + "/")
        assert page.url.endswith("/login")
    finally:
        with sessions.begin() as s:
            users.enable_user(s, "lena", datetime.now(timezone.utc))
        engine.dispose()
        context.close()
