"""The stored country (the CC column, `queue --country`) of a buyer known only by a phone number or a
company domain's ccTLD: triage fills it, and the queue finds the buyer by it (it was empty: nothing found)."""

from __future__ import annotations

import contextlib
import io
import json
import os
from pathlib import Path

import pytest

from inquiry_triage.cli import main

RECORDS = [
    {"channel": "whatsapp", "id": "u1", "received_at": "2026-11-30T10:00:00+08:00", "phone": "+380 44 123 4567",
     "name": "Olena", "body": "Hello, I need 500 pcs of model PL-200, price FOB Ningbo please."},
    {"channel": "whatsapp", "id": "n1", "received_at": "2026-11-30T10:05:00+08:00", "phone": "+234 803 123 4567",
     "name": "Chidi", "body": "Hello, I need 300 pcs of model PL-300, price CIF Lagos please."},
    {"channel": "web", "id": "w1", "received_at": "2026-11-30T10:10:00+08:00", "email": "petro@agro-tech.com.ua",
     "name": "Petro", "body": "Please quote 200 pcs of model PL-100, CIF Odesa."},
]


def run(*args: str) -> str:
    out = io.StringIO()
    old = os.environ.get("INQUIRY_TRIAGE_CONFIG")
    os.environ["INQUIRY_TRIAGE_CONFIG"] = ""
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
            assert main(list(args)) == 0
    finally:
        if old is None:
            os.environ.pop("INQUIRY_TRIAGE_CONFIG", None)
        else:
            os.environ["INQUIRY_TRIAGE_CONFIG"] = old
    return out.getvalue()


@pytest.fixture()
def store(tmp_path: Path) -> str:
    source = tmp_path / "records.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'q.db'}"
    table = run("triage", str(source), "--db", url, "--offline", "--no-progress", "--now", "2026-11-30T12:00+08:00")
    header, *lines = table.splitlines()
    cc = header.index(" CC ") + 1
    assert [line[cc:cc + 2] for line in lines[:3]] == ["UA", "NG", "UA"]  # the triage table's CC column
    return url


def listed(url: str, country: str) -> list[tuple[str, str]]:
    out = run("queue", "--db", url, "--country", country, "--format", "json", "--user", "alice")
    return sorted((row["from"] or row["name"], row["country"]) for row in json.loads(out))


def test_queue_finds_buyers_by_the_phone_and_domain_country(store):
    assert listed(store, "UA") == [("Olena", "UA"), ("petro@agro-tech.com.ua", "UA")]
    assert listed(store, "ng") == [("Chidi", "NG")]
    assert listed(store, "DE") == []


def test_a_row_stored_on_the_old_calcutta_name_is_shown_as_kolkata(store):
    """Rows triaged before today's names were used keep 'Asia/Calcutta': the queue reads it as Kolkata."""
    from inquiry_triage.queue.buyer_clock import effective_zone
    from inquiry_triage.store import open_store
    from inquiry_triage.store.models import InquiryRow

    engine, sessions = open_store(store)
    try:
        with sessions.begin() as session:
            row = session.get(InquiryRow, 1)
            row.buyer_timezone = "Asia/Calcutta"
            session.flush()
            assert effective_zone(session, row) == "Asia/Kolkata"
    finally:
        engine.dispose()


def test_queue_show_says_what_gave_the_country(store):
    out = run("queue", "show", "1", "--db", store, "--user", "alice")
    assert "the buyer's country UA, from the phone number +380 44 123 4567" in out
    out = run("queue", "show", "3", "--db", store, "--user", "alice")
    assert "the buyer's country UA, from the country code of the domain agro-tech.com.ua" in out


def test_every_new_sentence_has_its_chinese():
    from inquiry_triage.queue.origin_words import MSGIDS
    from inquiry_triage.web.i18n import catalogue

    assert [m for m in MSGIDS if not catalogue("zh").get(m)] == []
