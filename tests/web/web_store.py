"""A store for the web tests: the bundled fixtures triaged into a fresh SQLite file, and users."""

from __future__ import annotations

import contextlib
import io
import os
import re
from datetime import datetime, timezone
from pathlib import Path

import pytest

from inquiry_triage.cli import main
from inquiry_triage.queue import users
from inquiry_triage.store import open_store

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "correct horse battery"  # every test user's password
PEOPLE = {"alice": "agent", "bob": "agent", "lena": "lead"}


def triaged_store(where: Path | str, source: Path | None = None, *extra: str,
                  people: dict[str, str] | None = None) -> str:
    """The URL of a new store (a SQLite file path, or a database URL) holding `source` (default: the
    bundled fixtures) triaged offline (`extra`: more triage options, e.g. --now) and `people` (default
    PEOPLE) as users."""
    url = where if isinstance(where, str) else f"sqlite:///{where}"
    old = os.environ.get("INQUIRY_TRIAGE_CONFIG")
    os.environ["INQUIRY_TRIAGE_CONFIG"] = ""  # the shipped defaults, whatever the developer's own file says
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            code = main(["triage", str(source or ROOT / "fixtures"), "--db", url, "--offline", "--no-progress", *extra])
    finally:
        if old is None:
            os.environ.pop("INQUIRY_TRIAGE_CONFIG", None)
        else:
            os.environ["INQUIRY_TRIAGE_CONFIG"] = old
    assert code == 0
    engine, sessions = open_store(url)
    with sessions.begin() as session:
        for name, role in (PEOPLE if people is None else people).items():
            users.add_user(session, name, role, PASSWORD, datetime.now(timezone.utc), language="en")
    engine.dispose()
    return url


# --- what the TestClient tests share: the app over a store of the fixtures, a logged-in client, a form's lock ---

BASE = "http://127.0.0.1:8080"
SAME = {"origin": BASE}  # what a browser sends with a form posted from our own page


@pytest.fixture(scope="module")
def store_url(tmp_path_factory) -> str:
    """A store of the triaged fixtures, one per test module."""
    return triaged_store(tmp_path_factory.mktemp("web") / "web.db")


@pytest.fixture()
def sessions(store_url):
    engine, made = open_store(store_url)
    yield made
    engine.dispose()


@pytest.fixture()
def app(sessions, monkeypatch):
    """The app over `sessions` with the shipped configuration (the developer's own file ignored)."""
    from inquiry_triage.config import load_config
    from inquiry_triage.web.app import create_app

    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    return create_app(load_config(None), sessions)


def client(app):  # type: ignore[no-untyped-def]
    from starlette.testclient import TestClient

    return TestClient(app, base_url=BASE, follow_redirects=False)


def logged_in(app, name: str):  # type: ignore[no-untyped-def]
    """A client logged in as `name` (PASSWORD), its login answered with a redirect to the queue."""
    c = client(app)
    r = c.post("/login", data={"name": name, "password": PASSWORD}, headers=SAME)
    assert r.status_code == 303 and r.headers["location"] == "/", r.text
    return c


def form_fields(html: str, action: str) -> dict[str, str]:
    """The hidden version/mark of the form posting to `action` on a task page."""
    block = html[html.index(f'action="{action}"'):]
    return {"version": re.search(r'name="version" value="(\d+)"', block).group(1),
            "mark": re.search(r'name="mark" value="(\d+)"', block).group(1)}


def open_reply_task(sessions, *, state: str = "open") -> int:  # type: ignore[no-untyped-def]
    """The newest reply task in `state` of a genuine (not suspicious) inquiry."""
    from sqlalchemy import select

    from inquiry_triage.store.models import InquiryRow, TaskRow

    with sessions() as s:
        return s.scalar(select(TaskRow.id).join(InquiryRow).where(TaskRow.state == state, TaskRow.kind == "reply",
                                                                  InquiryRow.suspicious.is_(False))
                        .order_by(TaskRow.id.desc()).limit(1))
