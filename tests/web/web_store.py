"""A store for the web tests: the bundled fixtures triaged into a fresh SQLite file, and users."""

from __future__ import annotations

import contextlib
import io
import os
from datetime import datetime, timezone
from pathlib import Path

from inquiry_triage.cli import main
from inquiry_triage.queue import users
from inquiry_triage.store import open_store

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "correct horse battery"  # every test user's password
PEOPLE = {"alice": "agent", "bob": "agent", "lena": "lead"}


def triaged_store(where: Path | str) -> str:
    """The URL of a new store (a SQLite file path, or a database URL) holding the fixtures (triaged
    offline) and PEOPLE as users."""
    url = where if isinstance(where, str) else f"sqlite:///{where}"
    old = os.environ.get("INQUIRY_TRIAGE_CONFIG")
    os.environ["INQUIRY_TRIAGE_CONFIG"] = ""  # the shipped defaults, whatever the developer's own file says
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            code = main(["triage", str(ROOT / "fixtures"), "--db", url, "--offline", "--no-progress"])
    finally:
        if old is None:
            os.environ.pop("INQUIRY_TRIAGE_CONFIG", None)
        else:
            os.environ["INQUIRY_TRIAGE_CONFIG"] = old
    assert code == 0
    engine, sessions = open_store(url)
    with sessions.begin() as session:
        for name, role in PEOPLE.items():
            users.add_user(session, name, role, PASSWORD, datetime.now(timezone.utc), language="en")
    engine.dispose()
    return url
