"""One PNG per page of the web queue for the README: queue, task, review, dashboard, buyer.

    .venv/bin/python bench/screenshots.py [--out docs/screenshots] [--lang en|zh]

Triages the bundled fixtures (offline) into a temporary SQLite store, adds a lead, records a few
replies so the dashboard has times, starts `inquiry-triage serve` on a free loopback port and
photographs each page with Playwright driving Debian's chromium (never `playwright install`).
The PNGs are small (a 1280x900 viewport, the top of each page)."""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PASSWORD = "screenshot password 1234"
START_TIMEOUT = 90  # seconds for serve to answer on a busy box
VIEWPORT = {"width": 1280, "height": 900}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build_store(folder: Path, lang: str) -> str:
    from sqlalchemy import select

    from inquiry_triage.cli import main
    from inquiry_triage.queue import operations as ops
    from inquiry_triage.queue import users
    from inquiry_triage.store import open_store
    from inquiry_triage.store.models import InquiryRow, TaskRow

    url = f"sqlite:///{folder / 'shots.db'}"
    os.environ["INQUIRY_TRIAGE_CONFIG"] = ""
    with contextlib.redirect_stdout(io.StringIO()):  # the triage table is not this script's output
        code = main(["triage", str(ROOT / "fixtures"), "--db", url, "--offline", "--no-progress"])
    if code != 0:
        raise SystemExit(f"triage of the fixtures failed ({code})")
    engine, sessions = open_store(url)
    now = datetime.now(timezone.utc)
    with sessions.begin() as s:
        users.add_user(s, "lena", "lead", PASSWORD, now, language=lang)
        users.add_user(s, "alice", "agent", PASSWORD, now, language=lang)
        tasks = s.scalars(select(TaskRow.id).join(InquiryRow).where(
            TaskRow.kind == "reply", TaskRow.state == "open", InquiryRow.suspicious.is_(False))
            .order_by(TaskRow.id)).all()
    for i, task_id in enumerate(tasks[:3]):  # a few replies: the dashboard then has response times
        actor = ops.Actor(name=("alice", "lena")[i % 2], role="agent")
        with sessions.begin() as s:
            ops.claim(s, actor, now, task_id)
            ops.add_note(s, actor, now, task_id, "Called the buyer: wants CIF prices.")
            ops.record_reply(s, actor, now, task_id, sent_at=now - timedelta(minutes=20 * i))
    engine.dispose()
    return url


def serve(url: str, port: int, log: Path) -> subprocess.Popen:
    out = open(log, "wb")
    proc = subprocess.Popen([sys.executable, "-m", "inquiry_triage", "serve", "--port", str(port), "--db", url],
                            cwd=ROOT, env={**os.environ, "INQUIRY_TRIAGE_CONFIG": ""}, stdout=out,
                            stderr=subprocess.STDOUT, start_new_session=True)
    deadline = time.monotonic() + START_TIMEOUT
    while True:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/login", timeout=5) as r:
                if r.status == 200:
                    return proc
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            raise SystemExit("serve did not start:\n" + log.read_text(errors="replace")[-3000:])
        time.sleep(0.3)


def shoot(base: str, out: Path, lang: str) -> list[Path]:
    from playwright.sync_api import sync_playwright

    from tests.web.test_browser import chromium_binary

    binary = chromium_binary()
    if binary is None:
        raise SystemExit("no chromium binary (apt-get install chromium)")
    out.mkdir(parents=True, exist_ok=True)
    made = []
    suffix = "" if lang == "en" else f"-{lang}"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=binary, headless=True, args=["--no-sandbox"])
        page = browser.new_context(viewport=VIEWPORT, locale="zh-CN" if lang == "zh" else "en-US").new_page()
        page.goto(base + "/login")
        page.fill("#name", "lena")
        page.fill("#password", PASSWORD)
        page.click("#login")
        page.wait_for_selector("#rows")

        def snap(name: str) -> None:
            path = out / f"{name}{suffix}.png"
            page.screenshot(path=str(path))
            made.append(path)

        snap("queue")
        page.click("#claim-next")
        page.wait_for_selector("#task-id")
        snap("task")
        page.click("#buyer-link")
        page.wait_for_selector("#buyer-history")
        snap("buyer")
        page.goto(base + "/review")
        page.wait_for_selector("#review-form")
        snap("review")
        page.goto(base + "/dashboard?period=all")
        page.wait_for_selector("#sla-grade")
        snap("dashboard")
        browser.close()
    return made


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--lang", choices=("en", "zh"), default="en")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        url = build_store(folder, args.lang)
        port = free_port()
        proc = serve(url, port, folder / "serve.log")
        try:
            for path in shoot(f"http://127.0.0.1:{port}", Path(args.out), args.lang):
                print(f"{path}  {path.stat().st_size // 1024} KiB")
        finally:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=20)
    return 0


if __name__ == "__main__":
    sys.exit(main())
