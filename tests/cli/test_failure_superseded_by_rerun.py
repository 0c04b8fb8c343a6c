"""A file that failed in one run and was triaged by a later run of the same (fixed) file is no longer
counted as failed by `status`: the failed item is superseded, its row kept with its reason and raw
bytes (nothing is lost). A failure that a re-run does not fix, or another line's success in the same
run, leaves it failed (newcomer's finding, session 20)."""

from __future__ import annotations

import json

from sqlalchemy import select

import pytest

from inquiry_triage.store import open_store
from inquiry_triage.store.models import InquiryRow
from tests.cli.queue_findings import fresh, run  # noqa: F401 (fresh: a fixture)
from tests.servers.postgres import pg_url, postgres_server  # noqa: F401 (fixtures used by name)

GOOD = '{"channel": "phone", "phone": "+4930123456", "body": "Need 500 valves DN50 FOB Hamburg"}\n'
BROKEN = '{"channel": "phone", "phone": "+4930123457"\n'  # a line cut short: not valid JSON
FIXED = '{"channel": "phone", "phone": "+4930123457", "body": "Need 200 pumps, CIF Rotterdam"}\n'


def _inquiries(capsys, monkeypatch, store) -> dict:
    code, out, err = run(capsys, monkeypatch, store, "status", "--format", "json")
    assert code in (0, 3), err
    return json.loads(out)["inquiries"]


def _rows(store, source_end: str) -> list[InquiryRow]:
    engine, sessions = open_store(store[0])
    try:
        with sessions() as s:
            return list(s.scalars(select(InquiryRow).where(InquiryRow.source.endswith(source_end)).order_by(InquiryRow.id)))
    finally:
        engine.dispose()


def _triage(capsys, monkeypatch, store, path) -> None:  # type: ignore[no-untyped-def]
    assert run(capsys, monkeypatch, store, "triage", str(path), "--offline", "--no-progress")[0] == 0


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, fresh, tmp_path):  # type: ignore[no-untyped-def]
    """The fixtures' SQLite store, or an empty PostgreSQL database (its counters kept by its own triggers)
    with the same seller configuration, a first item triaged into it."""
    if request.param == "sqlite":
        return fresh
    url = request.getfixturevalue("pg_url")
    first = tmp_path / "first.jsonl"
    first.write_text(GOOD, encoding="utf-8")
    monkeypatch = request.getfixturevalue("monkeypatch")
    capsys = request.getfixturevalue("capsys")
    _triage(capsys, monkeypatch, (url, fresh[1]), first)
    return url, fresh[1]


def test_a_fixed_line_triaged_again_supersedes_its_failure(capsys, monkeypatch, store, tmp_path):
    fresh = store
    calls = tmp_path / "calls.jsonl"
    calls.write_text(GOOD + BROKEN, encoding="utf-8")
    before = _inquiries(capsys, monkeypatch, fresh)
    _triage(capsys, monkeypatch, fresh, calls)
    failed = _inquiries(capsys, monkeypatch, fresh)
    assert failed["failed"] == before["failed"] + 1  # the other line's success in the same run changes nothing
    _triage(capsys, monkeypatch, fresh, calls)  # not fixed yet: still failed
    assert _inquiries(capsys, monkeypatch, fresh) == failed
    calls.write_text(GOOD + FIXED, encoding="utf-8")
    _triage(capsys, monkeypatch, fresh, calls)
    after = _inquiries(capsys, monkeypatch, fresh)
    assert after["failed"] == before["failed"] and after["superseded"] == 1
    assert after["triaged"] == failed["triaged"] + 1
    old, new = _rows(fresh, "calls.jsonl:2")
    assert (old.status, new.status) == ("superseded", "triaged")
    assert old.raw == BROKEN.encode() and "not valid JSON" in old.error  # kept as it was
    code, out, _ = run(capsys, monkeypatch, fresh, "status")
    assert "1 earlier failure(s) since triaged by a later run" in out
    code, out, _ = run(capsys, monkeypatch, fresh, "status", "--lang", "zh")
    assert "另有 1 条先前失败的已由后来的运行分拣" in out


def test_a_file_that_failed_whole_is_superseded_by_its_rows(capsys, monkeypatch, fresh, tmp_path):
    """A CSV whose header lacks a mapped column fails as one item under the file's own path; the fixed
    file's rows ('rfq.csv:2') supersede it."""
    rfq = tmp_path / "rfq.csv"
    rfq.write_text("name,quantity\nLamps,50\n", encoding="utf-8")
    before = _inquiries(capsys, monkeypatch, fresh)
    _triage(capsys, monkeypatch, fresh, rfq)
    assert _inquiries(capsys, monkeypatch, fresh)["failed"] == before["failed"] + 1
    rfq.write_text("title,description,quantity,unit,country,posted,quotes_left\n"
                   "Lamps,Need lamps,50,pieces,US,1 day ago,4\nDesks,Need desks,10,pieces,US,1 day ago,4\n",
                   encoding="utf-8")
    _triage(capsys, monkeypatch, fresh, rfq)
    after = _inquiries(capsys, monkeypatch, fresh)
    assert after["failed"] == before["failed"] and after["superseded"] == 1
    whole = [r for r in _rows(fresh, "rfq.csv") if r.source == str(rfq)]
    assert [r.status for r in whole] == ["superseded"] and whole[0].raw  # the header's bytes, kept


def test_the_sources_a_triaged_item_fixes():
    from inquiry_triage.store.queue import failures_fixed_by

    assert failures_fixed_by("in/calls.jsonl:2") == ("in/calls.jsonl:2", "in/calls.jsonl")
    assert failures_fixed_by("in/order.eml") == ("in/order.eml",)
    assert failures_fixed_by("C:/in/a:b.eml") == ("C:/in/a:b.eml",)  # a colon in a name, no line number
