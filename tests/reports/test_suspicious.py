"""`report suspicious` reads in SQL (issue 10): counted, paged (keyset chunks) and written as it is
read. Whole, it prints exactly what the old in-memory version printed (kept here as the reference),
on SQLite and PostgreSQL; pages add up to the whole; no raw bytes are read; the plan uses the index."""

from __future__ import annotations

import csv
import io
import json
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import event, select, text

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

from inquiry_triage.reports.html import Table, render_page  # noqa: E402
from inquiry_triage.reports.suspicious import (  # noqa: E402
    Paging,
    count_suspicious,
    render_suspicious,
    suspicious_rows,
    write_suspicious,
)
from inquiry_triage.safe_text import for_spreadsheet, for_terminal  # noqa: E402
from inquiry_triage.store import open_store  # noqa: E402
from inquiry_triage.store.models import InquiryRow  # noqa: E402
from tests.reports.sla_store import generate  # noqa: E402
from tests.servers.postgres import pg_url, postgres_server  # noqa: E402,F401

UTC = timezone.utc
NOW = datetime(2026, 11, 27, 9, 30, tzinfo=UTC)


# --- the reference: reports/suspicious.py before issue 10 (rendering of a list of ORM rows) --------

def _old_record(row) -> dict:  # type: ignore[no-untyped-def]
    return {
        "inquiry_id": row.id, "message_id": row.message_id, "triaged_at": row.triaged_at.isoformat(timespec="seconds"),
        "suspicion": row.result.get("suspicion", []), "risk": row.risk, "grade": row.grade, "channel": row.channel,
        "from": row.from_addr, "subject": row.subject, "ip_country": row.result.get("ip_country"),
        "source": row.source, "reasons": [r for r in row.result.get("reasons", []) if r.get("kind") in ("scam", "spy")],
    }


def old_render(rows, fmt: str) -> str:  # type: ignore[no-untyped-def]
    records = [_old_record(r) for r in rows]
    if fmt == "json":
        return json.dumps(records, ensure_ascii=False, indent=1) + "\n"
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(["inquiry_id", "triaged_at", "suspicion", "risk", "grade", "channel", "from", "subject",
                         "ip_country", "rules", "source"])
        for r in records:
            rules = "; ".join(f"{x['rule']} {x['points']:+g}" for x in r["reasons"])
            row = [r["inquiry_id"], r["triaged_at"], ",".join(r["suspicion"]), r["risk"], r["grade"], r["channel"],
                   r["from"], r["subject"], r["ip_country"] or "", rules, r["source"]]
            writer.writerow([for_spreadsheet(cell) for cell in row])
        return buffer.getvalue()
    if fmt == "html":
        headers = ["#", "triaged at", "suspicion", "risk", "grade", "channel", "from", "subject", "IP country",
                   "rules", "source"]
        body = []
        for r in records:
            rules = Table(headers=["points", "rule", "kind", "detail"],
                          rows=[[f"{x.get('points', 0):+.2f}", x.get("rule", ""), x.get("kind", ""), x.get("detail", "")]
                                for x in r["reasons"]], numeric=frozenset({"points"}))
            body.append([r["inquiry_id"], r["triaged_at"], ", ".join(r["suspicion"]), f"{r['risk']:.1f}", r["grade"],
                         r["channel"], r["from"], r["subject"], r["ip_country"], rules if r["reasons"] else None,
                         r["source"]])
        summary = f"{len(records)} suspicious inquiries, highest risk first" if records else ""
        return render_page("Suspicious inquiries", [Table(headers=headers, rows=body, numeric=frozenset({"#", "risk"}))],
                           lines=[summary] if summary else [], empty="No suspicious inquiries.")
    if not records:
        return "No suspicious inquiries.\n"
    shown = for_terminal
    out = [f"{len(records)} suspicious inquiries, highest risk first\n"]
    for r in records:
        out.append(f"#{r['inquiry_id']}  risk {r['risk']:.1f}  {','.join(r['suspicion'])}  {shown(r['channel'])}  "
                   f"{shown(r['from'] or '-')}  {shown(r['ip_country'])}\n"
                   f"    {' '.join(shown(r['subject']).split())[:90]}\n")
        for x in r["reasons"]:
            out.append(f"      {x['points']:+5.2f} {shown(x['rule']):<26} {shown(x['detail'])[:110]}\n")
    return "".join(out)


def old_rows(session, since):  # type: ignore[no-untyped-def]
    """store/queue.suspicious_since as it was: every column of every row, in memory."""
    stmt = select(InquiryRow).where(InquiryRow.suspicious.is_(True)).order_by(InquiryRow.risk.desc(), InquiryRow.id)
    if since is not None:
        stmt = stmt.where(InquiryRow.triaged_at >= since)
    return list(session.scalars(stmt))


def streamed(session, since, fmt: str, chunk: int = 7) -> str:  # type: ignore[no-untyped-def]
    out = io.StringIO()
    rows = suspicious_rows(session, since, chunk=chunk)
    write_suspicious(out, rows, fmt, Paging(count_suspicious(session, since)))
    return out.getvalue()


def _same_as_before(url: str) -> None:
    engine, sessions = open_store(url)
    try:
        built = generate(sessions, 1500, now=NOW, days=60, seed=11, awkward=True, raw_bytes=64)
        assert built.suspicious > 40
        with sessions() as s:
            for since in (None, NOW - timedelta(days=20), NOW + timedelta(days=1)):
                reference = old_rows(s, since)
                for fmt in ("table", "csv", "json", "html"):
                    assert streamed(s, since, fmt) == old_render(reference, fmt), (fmt, since)
    finally:
        engine.dispose()


def test_whole_report_is_what_it_was_on_sqlite(tmp_path):
    _same_as_before(f"sqlite:///{tmp_path / 's.db'}")


def test_whole_report_is_what_it_was_on_postgresql(pg_url):
    _same_as_before(pg_url)


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


def test_a_page_reads_few_statements_and_never_the_raw_bytes(store):
    engine, sessions = store
    seen: list[str] = []

    def log(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        seen.append(statement)

    event.listen(engine, "before_cursor_execute", log)
    try:
        with sessions() as s:
            total = count_suspicious(s, None)
            out = io.StringIO()
            write_suspicious(out, suspicious_rows(s, None, limit=50, offset=50), "table", Paging(total, 50, 50))
    finally:
        event.remove(engine, "before_cursor_execute", log)
    assert len(seen) == 2, seen  # the count and one page
    assert not any("raw" in statement.replace("draft", "") for statement in seen)
    assert out.getvalue().startswith(f"{total} suspicious inquiries") and f"showing 51-100 of {total}" in out.getvalue()


def test_sqlite_plan_walks_the_risk_index(store):
    from inquiry_triage.reports.suspicious import _COLUMNS, _where

    _, sessions = store
    stmt = select(*_COLUMNS).where(*_where(None)).order_by(InquiryRow.risk.desc(), InquiryRow.id).limit(50)
    with sessions() as s:
        compiled = stmt.compile(s.get_bind(), compile_kwargs={"literal_binds": True})
        plan = " | ".join(row[-1] for row in s.execute(text(f"EXPLAIN QUERY PLAN {compiled}")))
    assert "ix_inquiries_suspicious_risk" in plan, plan


def test_render_of_given_rows_still_works():
    assert render_suspicious([], "table") == "No suspicious inquiries.\n"
    assert render_suspicious([], "json") == "[]\n"


def test_cli_pages_the_table_and_streams_the_rest(store, capsys):
    from inquiry_triage.cli import main

    engine, sessions = store
    url = str(engine.url)
    with sessions() as s:
        total = count_suspicious(s, None)
    assert total > 60
    assert main(["report", "suspicious", "--db", url]) == 0
    out = capsys.readouterr().out
    assert out.count("\n#") + out.startswith("#") == 50 and f"showing 1-50 of {total}; next: --page 2" in out
    assert main(["report", "suspicious", "--db", url, "--limit", "10", "--page", "2"]) == 0
    assert "showing 11-20 of" in capsys.readouterr().out
    assert main(["report", "suspicious", "--db", url, "--format", "json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == total
    assert main(["report", "suspicious", "--db", url, "--format", "csv", "--limit", "5"]) == 0
    assert len(capsys.readouterr().out.strip().splitlines()) == 6
    assert main(["report", "suspicious", "--db", url, "--page", "0"]) == 2
