"""`report suspicious` reads in SQL (issue 10): counted, paged (keyset chunks) and written as it is
read. Whole, it gives exactly the records of a row-by-row reference in Python (the old in-memory
read, each row's tasks through the ORM), with when each was received and where it stands, on SQLite
and PostgreSQL; pages add up to the whole; a page costs two statements whatever its size and never
reads the raw bytes; the plan uses the index."""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import event, func, select, text

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

from inquiry_triage.reports.suspicious import (  # noqa: E402
    Paging,
    count_suspicious,
    render_suspicious,
    count_listing,
    suspicious_rows,
    write_suspicious,
)
from inquiry_triage.store import open_store  # noqa: E402
from inquiry_triage.store.models import InquiryRow, as_utc  # noqa: E402
from tests.reports.sla_store import generate  # noqa: E402
from tests.servers.postgres import pg_url, postgres_server  # noqa: E402,F401

UTC = timezone.utc
NOW = datetime(2026, 11, 27, 9, 30, tzinfo=UTC)


# --- the reference: the report's records made row by row in Python (every column of every row, its
# tasks through the ORM), the way the report read before issue 10, plus when and where each stands --------

LIVE = ("open", "claimed", "snoozed")


def _reference_record(row, zone=None) -> dict:  # type: ignore[no-untyped-def]
    live = sorted((t.id, t.kind) for t in row.tasks if t.state in LIVE)
    review = next((i for i, kind in live if kind == "review"), None)
    other = next((i for i, kind in live if kind != "review"), None)
    state = "dismissed" if row.dismissed_as else "review" if review else "open" if other else "closed"
    received = as_utc(row.received_at or row.triaged_at)
    triaged = as_utc(row.triaged_at)
    if zone is not None:
        received, triaged = received.astimezone(zone), triaged.astimezone(zone)
    else:  # as stored: naive UTC on SQLite
        received = (row.received_at or row.triaged_at)
        triaged = row.triaged_at
    return {
        "inquiry_id": row.id, "message_id": row.message_id, "triaged_at": triaged.isoformat(timespec="seconds"),
        "suspicion": row.result.get("suspicion", []), "risk": row.risk, "grade": row.grade, "channel": row.channel,
        "from": row.from_addr, "subject": row.subject, "ip_country": row.result.get("ip_country"),
        "source": row.source, "reasons": [r for r in row.result.get("reasons", []) if r.get("kind") in ("scam", "spy")],
        "received": received.isoformat(timespec="minutes"), "state": state, "dismissed_as": row.dismissed_as,
        "task_id": review or other, "verdict": row.verdict,
    }


def old_rows(session, since, state="all"):  # type: ignore[no-untyped-def]
    """store/queue.suspicious_since as it was (every column of every row, in memory), the state filtered in Python;
    the period by the time of receipt (received_at, else triaged_at), as the listing's "received" column."""
    stmt = select(InquiryRow).where(InquiryRow.suspicious.is_(True)).order_by(InquiryRow.risk.desc(), InquiryRow.id)
    keep = {"all": lambda r: True, "waiting": lambda r: not r.dismissed_as, "dismissed": lambda r: bool(r.dismissed_as)}
    return [r for r in session.scalars(stmt) if keep[state](r)
            and (since is None or as_utc(r.received_at or r.triaged_at) >= since)]


def streamed(session, since, fmt: str, chunk: int = 7, state: str = "all", zone=None) -> str:  # type: ignore[no-untyped-def]
    out = io.StringIO()
    rows = suspicious_rows(session, since, chunk=chunk, state=state, zone=zone)
    write_suspicious(out, rows, fmt, Paging(count_suspicious(session, since, state), state=state))
    return out.getvalue()


def _same_as_the_reference(url: str) -> None:
    engine, sessions = open_store(url)
    zone = ZoneInfo("Asia/Shanghai")
    try:
        built = generate(sessions, 1500, now=NOW, days=60, seed=11, awkward=True, raw_bytes=64)
        assert built.suspicious > 40
        with sessions() as s:
            seen_states = set()
            for since in (None, NOW - timedelta(days=20), NOW + timedelta(days=1)):
                for state in ("waiting", "dismissed", "all"):
                    reference = [_reference_record(r, zone) for r in old_rows(s, since, state)]
                    assert json.loads(streamed(s, since, "json", state=state, zone=zone)) == reference, (since, state)
                    seen_states |= {r["state"] for r in reference}
                    table = streamed(s, since, "table", state=state, zone=zone)
                    for r in reference:  # each row says when it came and where it stands
                        when = r["received"][:16].replace("T", " ")
                        assert f"#{r['inquiry_id']}  risk" in table and f"    received {when}  " in table
                    rows = list(csv.DictReader(io.StringIO(streamed(s, since, "csv", state=state, zone=zone))))
                    assert [(int(r["inquiry_id"]), r["received"], r["state"]) for r in rows] == \
                           [(r["inquiry_id"], r["received"], r["state"]) for r in reference]
                    page = streamed(s, since, "html", state=state, zone=zone)
                    assert page.count("<td>held for review (task ") == sum(r["state"] == "review" for r in reference)
                    assert page.count("<td>dismissed as ") == sum(r["state"] == "dismissed" for r in reference)
            assert seen_states == {"review", "open", "dismissed", "closed"}  # the generator makes every state
            # without a zone the times are as stored (what render_suspicious of given rows prints)
            reference = [_reference_record(r) for r in old_rows(s, None)]
            assert json.loads(streamed(s, None, "json")) == reference
    finally:
        engine.dispose()


def test_whole_report_is_the_reference_on_sqlite(tmp_path):
    _same_as_the_reference(f"sqlite:///{tmp_path / 's.db'}")


def test_whole_report_is_the_reference_on_postgresql(pg_url):
    _same_as_the_reference(pg_url)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    engine, sessions = open_store(f"sqlite:///{tmp_path_factory.mktemp('susp') / 's.db'}")
    generate(sessions, 2000, now=NOW, days=60, seed=5, raw_bytes=4096)
    yield engine, sessions
    engine.dispose()


def test_pages_add_up_to_the_whole_with_ties_in_risk(store):
    _, sessions = store
    with sessions() as s:
        whole = [r.id for r in suspicious_rows(s, None)]
        risks = [r.risk for r in suspicious_rows(s, None)]
        assert len(set(risks)) < len(risks)  # ties: the keyset must order them by id
        paged = []
        for offset in range(0, len(whole), 13):
            paged += [r.id for r in suspicious_rows(s, None, limit=13, offset=offset, chunk=5)]
        assert paged == whole == [r.id for r in old_rows(s, None)]
        assert [r.id for r in suspicious_rows(s, None, limit=0)] == []


def _statements(engine, run) -> list[str]:  # type: ignore[no-untyped-def]
    seen: list[str] = []

    def log(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        seen.append(statement)

    event.listen(engine, "before_cursor_execute", log)
    try:
        run()
    finally:
        event.remove(engine, "before_cursor_execute", log)
    return seen


@pytest.mark.parametrize("state", ["waiting", "dismissed", "all"])
def test_a_page_reads_two_statements_whatever_its_size_and_never_the_raw_bytes(store, state):
    """The counts and one page: the received time and each row's state (its live task) come in the
    page's own statement, so 5 rows or 60 cost the same two statements (no query per row)."""
    engine, sessions = store
    out = io.StringIO()
    for limit in (5, 60):
        out = io.StringIO()

        def page() -> None:
            with sessions() as s:
                counted = count_listing(s, None, state)
                rows = suspicious_rows(s, None, limit=limit, offset=3, state=state, zone=ZoneInfo("Asia/Shanghai"))
                write_suspicious(out, rows, "table", Paging.of(counted, 3, limit, state=state))

        seen = _statements(engine, page)
        assert len(seen) == 2, seen  # the counts and one page
        assert not any("raw" in statement.replace("draft", "") for statement in seen)
        assert out.getvalue().count("\n#") + out.getvalue().startswith("#") == min(limit, total_of(sessions, state) - 3)
    total = total_of(sessions, state)
    assert total > 5 and "    received 20" in out.getvalue()
    assert f"showing 4-{3 + min(60, total - 3)} of {total}" in out.getvalue()


def total_of(sessions, state: str) -> int:  # type: ignore[no-untyped-def]
    with sessions() as s:
        return count_suspicious(s, None, state)


def test_the_counts_are_the_rows_of_each_state(store):
    _, sessions = store
    with sessions() as s:
        waiting, dismissed, every = (count_listing(s, None, state) for state in ("waiting", "dismissed", "all"))
        assert waiting.total == len(list(suspicious_rows(s, None, state="waiting"))) == count_suspicious(s, None, "waiting") > 0
        assert dismissed.total == len(list(suspicious_rows(s, None, state="dismissed"))) > 0
        assert every.total == count_suspicious(s, None) == waiting.total + dismissed.total
        assert (waiting.left_out, dismissed.left_out, every.left_out) == (dismissed.total, waiting.total, 0)
        states = {r.state for r in suspicious_rows(s, None, state="waiting")}
        assert "review" in states and "dismissed" not in states
        assert {r.state for r in suspicious_rows(s, None, state="dismissed")} == {"dismissed"}
        since = NOW - timedelta(days=20)  # a period: both counts of it
        assert count_listing(s, since, "waiting").total == len(list(suspicious_rows(s, since, state="waiting")))


@pytest.mark.parametrize("state", ["waiting", "dismissed", "all"])
def test_sqlite_plan_cuts_the_page_from_an_index_and_looks_up_each_rows_tasks(store, state):
    from inquiry_triage.reports.suspicious import _where, page_statement

    _, sessions = store
    with sessions() as s:
        for since in (None, NOW - timedelta(days=20)):
            compiled = page_statement(_where(since, state), 50, offset=10).compile(
                s.get_bind(), compile_kwargs={"literal_binds": True})
            plan = " | ".join(row[-1] for row in s.execute(text(f"EXPLAIN QUERY PLAN {compiled}")))
            index = "ix_inquiries_suspicious_waiting" if state == "waiting" else "ix_inquiries_suspicious_risk"
            if since is None:  # with a period, the period's own index may serve as well
                assert index in plan, plan  # the waiting ones: the small partial index, never every suspicious row
            assert plan.count("SEARCH tasks USING INDEX ix_tasks_inquiry_") == 2, plan  # each shown row's live tasks
            assert "SCAN tasks" not in plan, plan
            assert not re.search(r"SCAN inquiries(?! USING (COVERING )?INDEX ix_inquiries_suspicious_waiting)", plan), plan


def test_postgresql_plan_cuts_the_waiting_page_and_count_from_the_partial_index(pg_url):
    """On PostgreSQL too (its planner must prove the index's predicate from the report's WHERE)."""
    from inquiry_triage.reports.suspicious import _where, page_statement

    engine, sessions = open_store(pg_url)
    try:
        generate(sessions, 1500, now=NOW, days=60, seed=3, raw_bytes=64)
        with sessions.begin() as s:
            s.execute(text("ANALYZE inquiries"))
        with sessions() as s:  # a small table: whether the index can serve (at 1M it is the cheapest, bench/)
            s.execute(text("SET LOCAL enable_seqscan = off"))
            others = s.scalars(text("SELECT indexname FROM pg_indexes WHERE tablename = 'inquiries' AND indexdef LIKE "
                                    "'%suspicious%' AND indexname <> 'ix_inquiries_suspicious_waiting'")).all()
            for name in others:  # only the partial index left to serve (rolled back with the transaction)
                s.execute(text(f"DROP INDEX {name}"))
            for stmt in (page_statement(_where(None, "waiting"), 50, offset=10),
                         select(func.count()).select_from(InquiryRow).where(*_where(None, "waiting"))):
                compiled = stmt.compile(s.get_bind(), compile_kwargs={"literal_binds": True})
                plan = " | ".join(row[0] for row in s.execute(text(f"EXPLAIN {compiled}")))
                assert " on ix_inquiries_suspicious_waiting" in plan or " using ix_inquiries_suspicious_waiting" in plan, plan
                assert "Seq Scan on inquiries" not in plan, plan
            s.rollback()
    finally:
        engine.dispose()


def test_render_of_given_rows_still_works():
    assert render_suspicious([], "table") == "No suspicious inquiries.\n"
    assert render_suspicious([], "json") == "[]\n"


def test_cli_pages_the_table_and_streams_the_rest(store, capsys):
    from inquiry_triage.cli import main

    engine, sessions = store
    url = str(engine.url)
    with sessions() as s:
        total = count_suspicious(s, None)  # --all: the dismissed ones too
    assert total > 60
    assert main(["report", "suspicious", "--all", "--db", url]) == 0
    out = capsys.readouterr().out
    assert out.count("\n#") + out.startswith("#") == 50 and f"showing 1-50 of {total}; next: --page 2" in out
    assert main(["report", "suspicious", "--all", "--db", url, "--limit", "10", "--page", "2"]) == 0
    assert "showing 11-20 of" in capsys.readouterr().out
    assert main(["report", "suspicious", "--all", "--db", url, "--format", "json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == total
    assert main(["report", "suspicious", "--all", "--db", url, "--format", "csv", "--limit", "5"]) == 0
    assert len(capsys.readouterr().out.strip().splitlines()) == 6
    assert main(["report", "suspicious", "--all", "--db", url, "--page", "0"]) == 2


def test_cli_lists_what_waits_for_a_verdict_by_default_and_the_dismissed_ones_on_request(store, capsys, monkeypatch):
    """The sales team's finding: the table had no times and no state, and mixed dismissed rows with
    open ones. Now each row says when it was received (the seller's clock) and where it stands; the
    dismissed ones are left out by default, said so, and listed with --all or --state dismissed."""
    from inquiry_triage.cli import main
    from inquiry_triage.config import load_config
    from inquiry_triage.queue.views import seller_zone

    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")  # the shipped configuration
    zone = seller_zone(load_config(None))
    engine, sessions = store
    url = str(engine.url)
    with sessions() as s:
        waiting_count, dismissed_count = count_listing(s, None, "waiting").total, count_listing(s, None, "dismissed").total
        dismissed = {r.id: r.dismissed_as for r in suspicious_rows(s, None, state="dismissed")}
        waiting = {r.id: r for r in suspicious_rows(s, None, state="waiting")}
    assert dismissed and waiting
    assert main(["report", "suspicious", "--db", url, "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["inquiry_id"] for r in rows} == set(waiting) and not any(r["state"] == "dismissed" for r in rows)
    for r in rows:
        row = waiting[r["inquiry_id"]]
        received = as_utc(row.received)
        assert datetime.fromisoformat(r["received"]) == received.replace(second=0, microsecond=0)
        assert datetime.fromisoformat(r["received"]).utcoffset() == received.astimezone(zone).utcoffset()  # seller's clock
        assert r["state"] == row.state and r["task_id"] == row.task_id
    assert main(["report", "suspicious", "--db", url, "--limit", "500"]) == 0
    table = capsys.readouterr().out
    assert table.startswith(f"{waiting_count} suspicious inquiries waiting for a verdict")
    assert f"{dismissed_count:,} dismissed not listed: --all lists them too" in table
    assert "held for review (task " in table
    assert "dismissed as" not in table
    assert table.count("    received ") == waiting_count
    for args in (["--all"], ["--state", "all"]):
        assert main(["report", "suspicious", "--db", url, "--format", "json", *args]) == 0
        assert {r["inquiry_id"] for r in json.loads(capsys.readouterr().out)} == set(waiting) | set(dismissed)
    assert main(["report", "suspicious", "--db", url, "--state", "dismissed", "--limit", "500"]) == 0
    table = capsys.readouterr().out
    assert table.count("  dismissed as ") == len(dismissed) and "held for review" not in table
    assert main(["report", "suspicious", "--db", url, "--state", "dismissed", "--format", "html"]) == 0
    page = capsys.readouterr().out
    assert "<th scope=\"col\">received</th><th scope=\"col\">state</th>" in page
    assert page.count("<td>dismissed as ") == len(dismissed)
    assert main(["report", "suspicious", "--db", url, "--format", "csv", "--all"]) == 0
    sheet = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert {r["state"] for r in sheet} >= {"review", "dismissed"} and all(r["received"] for r in sheet)
    with pytest.raises(SystemExit) as refused:  # argparse: an unknown state names the choices
        main(["report", "suspicious", "--db", url, "--state", "gone"])
    assert refused.value.code == 2 and "waiting" in capsys.readouterr().err


def test_nothing_waiting_is_one_clean_sentence_with_what_is_left_out():
    """A newcomer's finding: 'No suspicious inquiry is waiting for a verdict.; 2 dismissed not listed'."""
    line = render_suspicious([], "table", Paging(total=0, state="waiting", left_out=2))
    assert line.strip() == ("No suspicious inquiry is waiting for a verdict; "
                            "2 dismissed not listed: --all lists them too (--state dismissed: only them)")
    assert render_suspicious([], "table", Paging(total=0, state="waiting")).strip() == \
        "No suspicious inquiry is waiting for a verdict."
