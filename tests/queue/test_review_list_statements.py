"""`queue review --format json` reads its suspicion kinds in one statement whatever the list's length
(issue 10): reading them 500 ids a query took 9 statements for the 4,479 waiting reviews of a 1M store.
Since 0013 they are read from inquiries.suspicion_kinds (written with the result), never the result
JSON. SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

from sqlalchemy import event, insert, select
from sqlalchemy.engine import Engine

from inquiry_triage.cli import main
from inquiry_triage.store.models import InquiryRow, TaskRow, suspicion_kinds_of
from tests.servers.postgres import db_url, pg_url, postgres_server  # noqa: F401  (fixtures are used by name)
from tests.servers.postgres import store_on_both as store  # noqa: F401  (both databases: (url, sessions))

NOW = datetime(2026, 3, 10, 3, 0, tzinfo=timezone.utc)
# What result.suspicion may hold, and what the list shows for it (not a list: none).
SUSPICIONS = [(["payment"], ["payment"]), (["fake_order", "free_mailbox"], ["fake_order", "free_mailbox"]),
              ([], []), (None, []), ("missing", [])]


def add_reviews(sessions, first: int, n: int) -> None:  # type: ignore[no-untyped-def]
    """n suspicious inquiries waiting for review, one transaction; inquiry k arrived k minutes ago."""
    with sessions.begin() as s:
        rows = []
        for k in range(first, first + n):
            kinds = SUSPICIONS[k % len(SUSPICIONS)][0]
            result = {} if kinds == "missing" else {"suspicion": kinds, "risk": k / 100}
            rows.append({"message_id": f"<rs{k}@x>", "source": "t", "channel": "email", "status": "triaged",
                         "grade": "D", "suspicious": True, "risk": k / 100, "triaged_at": NOW,
                         "result": result, "suspicion_kinds": suspicion_kinds_of(result),  # as save_result writes them
                         "received_at": NOW - timedelta(minutes=k), "from_addr": f"r{k}@scam.example",
                         "buyer_key": f"r{k}@scam.example", "subject": f"PO {k}"})
        s.execute(insert(InquiryRow), rows)
        made = s.execute(select(InquiryRow.id, InquiryRow.received_at).where(InquiryRow.message_id.like("<rs%")))
        known = {t for (t,) in s.execute(select(TaskRow.inquiry_id))}
        s.execute(insert(TaskRow), [{"inquiry_id": i, "kind": "review", "state": "open", "grade": "D", "due_at": at,
                                     "created_at": NOW} for i, at in made if i not in known])


def review_json(url: str, capsys, *extra: str) -> tuple[list[dict], list[str]]:  # type: ignore[no-untyped-def]
    """The command's JSON and every statement it sent (the CLI opens its own engine: listened on all)."""
    seen: list[str] = []

    def log(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        seen.append(statement)

    capsys.readouterr()
    event.listen(Engine, "before_cursor_execute", log)
    try:
        assert main(["queue", "review", "--format", "json", *extra, "--db", url, "--user", "sam"]) == 0
    finally:
        event.remove(Engine, "before_cursor_execute", log)
    return json.loads(capsys.readouterr().out), seen


def test_review_json_reads_the_kinds_in_one_statement_however_many_wait(store, capsys, monkeypatch) -> None:
    url, sessions = store
    monkeypatch.delenv("INQUIRY_TRIAGE_CONFIG", raising=False)
    add_reviews(sessions, 0, 3)
    few, few_statements = review_json(url, capsys)
    add_reviews(sessions, 3, 1200)  # more than two of the old 500-id reads
    many, many_statements = review_json(url, capsys)

    def reading_the_kinds(statements: list[str]) -> list[str]:
        return [q for q in statements if "suspicion_kinds" in q and "FROM inquiries" in q]

    def reading_the_json(statements: list[str]) -> list[str]:
        return [q for q in statements if "result" in q and "FROM inquiries" in q]

    assert len(few) == 3 and len(many) == 1203
    assert len(reading_the_kinds(few_statements)) == len(reading_the_kinds(many_statements)) == 1
    assert reading_the_json(few_statements) == reading_the_json(many_statements) == []
    assert len(many_statements) == len(few_statements), (few_statements, many_statements)
    subjects = {row["subject"]: row for row in many}
    for k in (0, 1, 2, 3, 4, 1202):  # each shape of result.suspicion, and the newest
        row = subjects[f"PO {k}"]
        assert row["suspicion"] == SUSPICIONS[k % len(SUSPICIONS)][1] and row["risk"] == k / 100
    assert [row["subject"] for row in many][:2] == ["PO 1202", "PO 1201"]  # oldest arrival first
    page, page_statements = review_json(url, capsys, "--limit", "5", "--page", "2")
    assert [row["subject"] for row in page] == [f"PO {k}" for k in range(1197, 1192, -1)]
    assert len(reading_the_kinds(page_statements)) == 1
