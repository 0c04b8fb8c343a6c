"""The review list's suspicion kinds as a column (issue 10, migration 0013 _review_kinds), on SQLite and
PostgreSQL: `queue review` prints byte for byte what it printed when the kinds were read out of each
result JSON (golden outputs written by that code, tests/store/review_kinds_data.py), whether the rows
were written with the column or back-filled by the migration; the migration adds, back-fills (across
its batches) and drops the column; after every path that writes an inquiry's result or verdict the
column holds what the result JSON says (models.suspicion_kinds_of). No timings (README, bench/)."""

from __future__ import annotations

import json
import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import inspect, select, text, update

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

from inquiry_triage.store import open_store  # noqa: E402
from inquiry_triage.store.models import InquiryRow, TaskRow, suspicion_kinds_of  # noqa: E402
from tests.servers.postgres import db_url, pg_url, postgres_server  # noqa: E402,F401  (fixtures are used by name)
from tests.store import review_kinds_data as data  # noqa: E402


def _migrate(engine, target: str) -> None:  # type: ignore[no-untyped-def]
    from alembic import command
    from alembic.config import Config as AlembicConfig

    from inquiry_triage.store.db import MIGRATIONS

    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        (command.upgrade if target == "head" else command.downgrade)(cfg, target)


def _stored(engine) -> dict[int, tuple[Any, Any]]:  # type: ignore[no-untyped-def]
    """Each inquiry's (kinds column, result JSON), read as the ORM reads them."""
    with engine.connect() as connection:
        return {i: (kinds, result) for i, kinds, result in connection.execute(
            select(InquiryRow.id, InquiryRow.suspicion_kinds, InquiryRow.result))}


def _assert_kinds_match_results(engine) -> None:  # type: ignore[no-untyped-def]
    stored = _stored(engine)
    wrong = {i: (kinds, result.get("suspicion", "(absent)")) for i, (kinds, result) in stored.items()
             if kinds != suspicion_kinds_of(result) or type(kinds) is not type(suspicion_kinds_of(result))}
    assert not wrong, wrong
    assert sum(kinds is not None for kinds, _ in stored.values()) >= 10  # not vacuous


def _assert_outputs_as_before(url: str, dialect: str, when: str) -> None:
    from tests.store.queue_filters_data import comparable

    golden = comparable(json.loads(data.GOLDEN.read_text(encoding="utf-8"))[dialect])
    found = comparable(data.outputs(url))
    assert found.keys() == golden.keys()
    changed = [label for label in golden if found[label] != golden[label]]
    assert not changed, when + ":\n" + "\n\n".join(
        f"{label}\n--- before\n{golden[label]}\n--- now\n{found[label]}" for label in changed[:2])


def test_review_outputs_are_byte_identical_to_before_written_and_back_filled(db_url) -> None:
    engine, sessions = open_store(db_url)
    try:
        data.fill(sessions)
        dialect = engine.dialect.name
        _assert_kinds_match_results(engine)
        _assert_outputs_as_before(db_url, dialect, "rows written with the column")
        _migrate(engine, "0012")
        assert "suspicion_kinds" not in {c["name"] for c in inspect(engine).get_columns("inquiries")}
        _migrate(engine, "head")
        _assert_kinds_match_results(engine)
        _assert_outputs_as_before(db_url, dialect, "rows back-filled by the migration")
        # Not vacuous: the lists show kinds, several per row, and rows without any.
        review = data.outputs(db_url)["json review"]
        shown = [row["suspicion"] for row in json.loads(review.split("\n", 1)[1])]
        assert ["欺诈", "spy"] in shown and ["spy", "scam"] in shown and ["s", "c", "a", "m"] in shown and [] in shown
    finally:
        engine.dispose()


def test_the_list_reads_the_column_not_the_result(db_url) -> None:
    """Proof the read moved: a kinds column that disagrees with the JSON is what the list prints."""
    from datetime import datetime, timezone

    from inquiry_triage.queue.views import review_list

    engine, sessions = open_store(db_url)
    try:
        data.fill(sessions, rounds=1)
        with sessions.begin() as s:
            first = review_list(s, data.NOW, limit=None).rows[0].entry.inquiry_id
            s.execute(update(InquiryRow).where(InquiryRow.id == first).values(suspicion_kinds=["from_the_column"]))
        with sessions() as s:
            rows = review_list(s, datetime.now(timezone.utc), limit=None).rows
        assert rows[0].suspicion == ["from_the_column"]
    finally:
        engine.dispose()


def _odd_results() -> list[Any]:
    """Every form a result's kinds take in the back-fill's SQL (each JSON type, truthy and falsy)."""
    return [data.result_of(s, i) for i, s in enumerate(data.SUSPICIONS)] + [
        {"suspicion": 1.5}, {"suspicion": 0.0}, {"suspicion": -0.0}, {"suspicion": 7}, {"suspicion": True},
        {"suspicion": [[]]}, {"suspicion": {"": 0}}, {"suspicion": " "}, {"suspicion": "\u00e9"}, [1, 2], "text", {},
        {"suspicion": ["a\\\"b", "line\nbreak"]}]


def test_migration_up_and_down_back_fills_across_batches(db_url) -> None:
    """Rows on both sides of the migration's id batches (50,000 ids a statement), every JSON form of
    the kinds; down drops the column, up makes and fills it again (as 0012 left the rows: kinds NULL)."""
    engine, sessions = open_store(db_url)
    try:
        results = _odd_results()
        ids = [1, 2, 3, 49_999, 50_000, 50_001, 99_999, 100_000, 100_001, 123_457] + list(range(200_000, 200_100))
        with sessions.begin() as s:
            for n, row_id in enumerate(ids):
                s.add(InquiryRow(id=row_id, message_id=f"<b{row_id}@x>", source="t", channel="email", status="triaged",
                                 suspicious=True, risk=1.0, result=results[n % len(results)], raw=b"",
                                 triaged_at=data.NOW - timedelta(minutes=n)))
        _assert_kinds_match_results(engine)
        for step in range(2):
            _migrate(engine, "0012")
            columns = {c["name"] for c in inspect(engine).get_columns("inquiries")}
            assert "suspicion_kinds" not in columns and "result" in columns, step
            with engine.connect() as connection:
                assert connection.scalar(text("SELECT count(*) FROM inquiries")) == len(ids)
            _migrate(engine, "head")
            _assert_kinds_match_results(engine)
        with engine.connect() as connection:
            empty = connection.scalar(select(InquiryRow.suspicion_kinds).where(InquiryRow.id == 50_000))
            written = connection.scalar(text("SELECT count(*) FROM inquiries WHERE suspicion_kinds IS NOT NULL"))
        assert written < len(ids)  # rows without kinds are left NULL, not written
        assert empty == suspicion_kinds_of(results[4 % len(results)])
    finally:
        engine.dispose()


def test_an_empty_store_migrates_up_and_down(db_url) -> None:
    engine, _ = open_store(db_url)
    try:
        for target in ("0012", "head", "0012", "head"):
            _migrate(engine, target)
            assert ("suspicion_kinds" in {c["name"] for c in inspect(engine).get_columns("inquiries")}) == (target == "head")
    finally:
        engine.dispose()


# --- every path that writes an inquiry's result or verdict --------------------------------------------


def test_every_writing_path_keeps_the_column_equal_to_the_result(db_url) -> None:
    """triage's store (save_result: suspicious, genuine, not an inquiry), the unstorable fallback, a
    re-stored result, the lead's verdicts (release, dismiss, genuine after a dismissal) and the
    migration: after each, the column says what the result JSON says."""
    from inquiry_triage.queue.operations import Actor, dismiss, genuine, release_review
    from inquiry_triage.queue.review import reply_planner
    from inquiry_triage.store.queue import save_result, save_unstorable
    from tests.queue.test_review import BUYER, CONFIG, CTX, LIST, NOW, SCAM, mail
    from inquiry_triage.pipeline import triage

    lead = Actor("lena", "lead")
    engine, sessions = open_store(db_url)
    try:
        results = {n: triage(raw, CTX) for n, raw in ((1, mail(1, SCAM)), (2, mail(2, SCAM)), (3, mail(3, BUYER)),
                                                        (4, mail(4, SCAM, *LIST)), (5, mail(5, SCAM)))}
        assert results[1].verdict.suspicious and not results[3].verdict.suspicious
        with sessions.begin() as s:
            rows = {n: save_result(s, r, now=NOW) for n, r in results.items()}
            unstorable, _ = save_unstorable(s, results[3], "test", now=NOW)
            ids = {n: row.id for n, row in rows.items()}
            review = {n: next(t.id for t in row.tasks if t.kind == "review") for n, row in rows.items() if n != 3}
        _assert_paths(engine, expect_kinds={ids[1], ids[2], ids[4], ids[5]}, unstorable=unstorable.id)
        with sessions.begin() as s:
            release_review(s, lead, NOW, review[1], reply_planner(CONFIG, NOW))
            dismiss(s, lead, NOW, review[2], "spam")
            dismiss(s, lead, NOW, review[5], "spy")
        with sessions.begin() as s:
            genuine(s, lead, NOW + timedelta(hours=1), review[5])
        with sessions() as s:
            verdicts = dict(s.execute(select(InquiryRow.id, InquiryRow.verdict).where(InquiryRow.id.in_(ids.values()))).all())
            suspicious = dict(s.execute(select(InquiryRow.id, InquiryRow.suspicious).where(InquiryRow.id.in_(ids.values()))).all())
        assert verdicts[ids[1]] == verdicts[ids[5]] == "genuine" and not suspicious[ids[1]]
        _assert_paths(engine, expect_kinds={ids[1], ids[2], ids[4], ids[5]}, unstorable=unstorable.id)
        # A result stored again (a re-triage): its kinds follow it, both ways.
        with sessions.begin() as s:
            row = s.get(InquiryRow, ids[3])
            row.result = {**row.result, "suspicion": ["scam", "spy"]}
            s.get(InquiryRow, ids[4]).result = {**s.get(InquiryRow, ids[4]).result, "suspicion": []}
        _assert_paths(engine, expect_kinds={ids[1], ids[2], ids[3], ids[5]}, unstorable=unstorable.id)
        _migrate(engine, "0012")
        _migrate(engine, "head")
        _assert_paths(engine, expect_kinds={ids[1], ids[2], ids[3], ids[5]}, unstorable=unstorable.id)
    finally:
        engine.dispose()


def _assert_paths(engine, *, expect_kinds: set[int], unstorable: int) -> None:  # type: ignore[no-untyped-def]
    stored = _stored(engine)
    for i, (kinds, result) in stored.items():
        assert kinds == suspicion_kinds_of(result), (i, kinds, result.get("suspicion"))
    assert {i for i, (kinds, _) in stored.items() if kinds} == expect_kinds
    with engine.connect() as connection:  # no kinds is SQL NULL (never JSON null), whichever path wrote it
        assert set(connection.scalars(text("SELECT id FROM inquiries WHERE suspicion_kinds IS NOT NULL"))) == expect_kinds
    assert stored[unstorable][0] is None
    assert all(isinstance(stored[i][0], list) and all(isinstance(k, str) for k in stored[i][0]) for i in expect_kinds)


def test_a_review_task_without_a_result_kind_is_listed_with_none(db_url) -> None:
    """A review task whose result names no kinds (an older row) lists [] as before, on both paths."""
    engine, sessions = open_store(db_url)
    try:
        with sessions.begin() as s:
            row = InquiryRow(message_id="<n@x>", source="t", channel="email", status="triaged", grade="C",
                             suspicious=True, risk=2.0, result={"grade": "C"}, raw=b"", triaged_at=data.NOW)
            row.tasks.append(TaskRow(kind="review", state="open", grade="C", due_at=data.NOW, created_at=data.NOW))
            s.add(row)
        from inquiry_triage.queue.views import review_list

        with sessions() as s:
            assert [r.suspicion for r in review_list(s, data.NOW, limit=None).rows] == [[]]
    finally:
        engine.dispose()
