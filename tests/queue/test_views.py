"""Queue views (store/queue.py): paging, search, buyer/product/country filters done in SQL; a
buyer's history across channels; escalations shown with who was told. SQLite and PostgreSQL."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from inquiry_triage.cli import main
from inquiry_triage.queue.rounds import run_round
from inquiry_triage.store.db import open_store
from inquiry_triage.store.models import InquiryRow, NoteRow, ReplyRow, TaskRow
from inquiry_triage.store.queue import (QueueFilter, QueuePage, buyer_history, escalations, open_tasks, queue_page,
                                        resolve_buyer)
from tests.servers.postgres import pg_url, postgres_server  # noqa: F401  (fixtures are used by name)

UTC = timezone.utc
NOW = datetime(2026, 3, 10, 3, 0, tzinfo=UTC)


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, sessionmaker[Session]]]:
    url = request.getfixturevalue("pg_url") if request.param == "postgresql" else f"sqlite:///{tmp_path / 'v.db'}"
    engine, sessions = open_store(url)
    try:
        yield url, sessions
    finally:
        engine.dispose()


def add(sessions: sessionmaker[Session], n: int, *, grade: str = "B", due_h: float = 24, subject: str = "",
        body: str = "", sender: str = "", name: str = "", channel: str = "email", country: str = "", product: str = "",
        suspicious: bool = False, received_h: float = -24, phone_key: str = "") -> int:
    with sessions.begin() as s:
        row = InquiryRow(message_id=f"<v{n}@x>", source="t", channel=channel, status="triaged", grade=grade,
                         suspicious=suspicious, result={}, triaged_at=NOW + timedelta(hours=received_h),
                         received_at=NOW + timedelta(hours=received_h), from_addr=sender, from_name=name,
                         buyer_key=phone_key or sender.lower() or (f"name:{name.lower()}" if name else ""),
                         subject=subject or f"inquiry {n}", body=body, country=country, product=product)
        row.tasks.append(TaskRow(kind="reply", state="open", grade=grade, due_at=NOW + timedelta(hours=due_h),
                                 created_at=NOW - timedelta(days=1)))
        s.add(row)
        s.flush()
        return row.tasks[0].id


def ids(page: QueuePage | list) -> list[int]:
    return [e.task_id for e in (page.entries if isinstance(page, QueuePage) else page)]


def test_pages_cover_the_queue_once_in_order_and_the_cut_is_sql(store) -> None:
    url, sessions = store
    for n in range(23):
        add(sessions, n, grade="ABCD"[n % 4], due_h=(n * 7) % 30 - 5)
    with sessions() as s:
        everything = ids(open_tasks(s, now=NOW))
        statements: list[str] = []
        listen = lambda *a: statements.append(a[2])  # noqa: E731  (conn, cursor, statement, ...)
        event.listen(s.get_bind(), "before_cursor_execute", listen)
        try:
            pages = [queue_page(s, now=NOW, limit=10, offset=o) for o in (0, 10, 20)]
        finally:
            event.remove(s.get_bind(), "before_cursor_execute", listen)
    assert len(everything) == 23
    assert sum((ids(p) for p in pages), []) == everything  # no gap, no repeat, same order
    assert [p.total for p in pages] == [23, 23, 23]
    assert [p.footer() for p in pages] == ["showing 1-10 of 23", "showing 11-20 of 23", "showing 21-23 of 23"]
    selects = [q for q in statements if "FROM tasks" in q and "count(" not in q.lower()]
    assert selects and all("LIMIT" in q.upper() for q in selects)  # the database cuts the page
    with sessions() as s:
        assert queue_page(s, now=NOW, limit=10, offset=40).footer() == "nothing on this page (23 match)"
        with pytest.raises(ValueError):
            queue_page(s, now=NOW, limit=0)


def test_footer_counts_with_thousands_separators() -> None:
    page = QueuePage(entries=[object()] * 50, total=1234, offset=0, limit=50)  # type: ignore[list-item]
    assert page.footer() == "showing 1-50 of 1,234"
    assert QueuePage(entries=[], total=0, offset=0, limit=50).footer() == "nothing matches"


def test_search_buyer_product_country_and_due_filters(store) -> None:
    _, sessions = store
    chairs = add(sessions, 1, subject="Запрос: Стулья офисные", sender="ivan@mail.ru", country="RU", product="стулья")
    valves = add(sessions, 2, subject="RFQ ball valves DN50", body="Need 2,000 pcs, 100% stainless",
                 sender="anna@acme.example", name="Anna Keller", country="DE", product="Ball valves DN50", due_h=-2)
    phone = add(sessions, 3, subject="", name="Ahmed Al Mansouri", channel="phone", country="AE",
                phone_key="tel:+971501234567", due_h=3)
    lamps = add(sessions, 4, subject="LED panels", body="price for 500 LED panels", sender="t.weber@rheinland.example",
                country="DE", product="LED panel 60x60")

    def q(**f) -> list[int]:
        with sessions() as s:
            return ids(open_tasks(s, filters=QueueFilter(**f), now=NOW))

    assert q(search="стулья") == [chairs]  # any case, Cyrillic too (on SQLite as well)
    assert q(search="STAINLESS valves") == [valves]  # every word, subject or body
    assert q(search="100%") == [valves] and q(search="%") == [valves]  # % is a character, not a wildcard
    assert q(search="acme.example") == [valves]  # the sender
    assert q(search="keller") == [valves]  # the sender's name
    assert q(search="valves panels") == []
    assert q(buyer="ANNA@acme.example") == [valves]
    assert q(buyer="+971 50 123 4567") == [phone]  # a phone as people write it
    assert q(buyer="mansouri") == [phone]
    assert q(product="led panel") == [lamps] and q(product="Стулья") == [chairs]
    assert sorted(q(country="de")) == sorted([valves, lamps])
    assert q(overdue=True) == [valves]
    assert sorted(q(due_within_hours=4)) == sorted([valves, phone])
    assert q(country="DE", search="panels") == [lamps]


def test_a_buyers_history_across_channels_in_time_order(store) -> None:
    _, sessions = store
    first = add(sessions, 10, subject="Chairs?", sender="Buyer@Shop.example", channel="email", received_h=-72)
    im = add(sessions, 11, subject="chat: price for 300", sender="buyer@shop.example", channel="im", received_h=-30)
    hidden = add(sessions, 12, subject="urgent payment", sender="buyer@shop.example", suspicious=True, received_h=-10)
    add(sessions, 13, subject="someone else", sender="other@x.example", received_h=-50)
    with sessions.begin() as s:
        inquiry_of = {t: s.get_one(TaskRow, t).inquiry_id for t in (first, im, hidden)}
        s.add(ReplyRow(inquiry_id=inquiry_of[first], task_id=first, author="alice", channel="email", kind="quote",
                       product="chairs", sent_at=NOW - timedelta(hours=60)))
        s.add(NoteRow(inquiry_id=inquiry_of[first], task_id=first, author="alice", action="note",
                      content="wants 2 colours", created_at=NOW - timedelta(hours=59)))
        s.add(NoteRow(inquiry_id=inquiry_of[im], task_id=im, author="bob", action="escalate",
                      content="needs the factory's price", created_at=NOW - timedelta(hours=20)))
    with sessions() as s:
        key = resolve_buyer(s, "BUYER@shop.example")
        assert key == "buyer@shop.example" == resolve_buyer(s, im) == resolve_buyer(s, str(first))
        assert resolve_buyer(s, "nobody@nowhere.example") == "" and buyer_history(s, "") == []
        lead = buyer_history(s, key)
        agent = buyer_history(s, key, include_suspicious=False)
    assert [(e.kind, e.action) for e in lead] == [("inquiry", ""), ("reply", "quote"), ("note", "note"),
                                                 ("inquiry", ""), ("note", "escalate"), ("inquiry", "")]
    assert [e.at for e in lead] == sorted(e.at for e in lead)
    assert {e.channel for e in lead if e.kind == "inquiry"} == {"email", "im"}
    assert [e.inquiry_id for e in agent if e.kind == "inquiry"] == [inquiry_of[first], inquiry_of[im]]  # no suspicious
    assert "other@x.example" not in {e.who for e in lead}


def test_escalations_are_marked_in_the_list_and_shown_with_their_recipient(store, capsys, monkeypatch) -> None:
    url, sessions = store
    monkeypatch.delenv("INQUIRY_TRIAGE_CONFIG", raising=False)
    late = add(sessions, 20, due_h=-1, sender="late@buyer.example")
    fine = add(sessions, 21, due_h=30, sender="fine@buyer.example")
    report = run_round(sessions, NOW, notifications={"team_address": "sales@our.example", "smtp": {"host": "127.0.0.1",
                       "port": 9, "security": "plain", "sender": "t@our.example"}})
    assert [t for t, _ in report.escalated] == [late]
    with sessions() as s:
        marks = {e.task_id: e.escalated for e in open_tasks(s, now=NOW)}
        (note,) = escalations(s, late)
    assert marks == {late: True, fine: False}
    assert note.author == "inquiry-triage" and note.content.endswith("escalated to sales@our.example")

    capsys.readouterr()
    assert main(["queue", "--db", url, "--format", "json", "--user", "sam"]) == 0
    listed = {e["id"]: e["escalated"] for e in json.loads(capsys.readouterr().out)}
    assert listed == {late: True, fine: False}
    assert main(["queue", "--db", url, "--user", "sam"]) == 0
    table = capsys.readouterr().out
    assert any(line.split()[0] == str(late) and "ESC" in line for line in table.splitlines()[1:3])
    assert "showing 1-2 of 2" in table
    assert main(["queue", "show", str(late), "--db", url, "--user", "sam"]) == 0
    shown = capsys.readouterr().out
    assert "Escalated:" in shown and "escalated to sales@our.example" in shown
    assert main(["queue", "escalate", str(fine), "customer", "is", "angry", "--db", url, "--user", "bob"]) == 0
    assert main(["queue", "show", str(fine), "--db", url, "--user", "sam", "--format", "json"]) == 0
    (entry,) = json.loads(capsys.readouterr().out.split("\n", 1)[1])["escalations"]
    assert "by bob: customer is angry" in entry and "no one notified" in entry
    assert main(["queue", "buyer", "late@buyer.example", "--db", url, "--user", "sam"]) == 0
    assert "ESCALATE" in capsys.readouterr().out
    assert main(["queue", "--db", url, "--user", "sam", "--limit", "1", "--page", "2"]) == 0
    assert "showing 2-2 of 2" in capsys.readouterr().out
    assert main(["queue", "claim", "someone@x", "--db", url, "--user", "sam"]) == 2
