"""Queue views (store/queue.py): paging, search, buyer/product/country filters done in SQL; a
buyer's history across channels; escalations shown with who was told. SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from inquiry_triage.cli import main
from inquiry_triage.queue.rounds import run_round
from inquiry_triage.store.models import InquiryRow, NoteRow, ReplyRow, TaskRow
from inquiry_triage.store.queue import (QueueFilter, QueuePage, buyer_history, escalations, filed_items, filed_page,
                                        open_tasks, queue_page, resolve_buyer, review_page)
from tests.servers.postgres import db_url, pg_url, postgres_server  # noqa: F401  (fixtures are used by name)
from tests.servers.postgres import store_on_both as store  # noqa: F401  (both databases: (url, sessions))

UTC = timezone.utc
NOW = datetime(2026, 3, 10, 3, 0, tzinfo=UTC)


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
    history = capsys.readouterr().out
    assert "ESCALATE" in history
    assert ": 1 inquiry by email, 0 replies, " in history.splitlines()[0]  # counted words, no "(ies)"
    assert main(["queue", "--db", url, "--user", "sam", "--limit", "1", "--page", "2"]) == 0
    assert "showing 2-2 of 2" in capsys.readouterr().out
    assert main(["queue", "claim", "someone@x", "--db", url, "--user", "sam"]) == 2


def add_review(sessions: sessionmaker[Session], n: int, arrived_h: float, *, state: str = "open") -> int:
    """A suspicious inquiry's review task: due = its arrival."""
    with sessions.begin() as s:
        row = InquiryRow(message_id=f"<r{n}@x>", source="t", channel="email", status="triaged", grade="D",
                         suspicious=True, risk=0.9, result={"suspicion": ["payment"]}, triaged_at=NOW,
                         received_at=NOW + timedelta(hours=arrived_h), from_addr=f"r{n}@scam.example",
                         buyer_key=f"r{n}@scam.example", subject=f"PO {n}")
        row.tasks.append(TaskRow(kind="review", state=state, grade="D", due_at=NOW + timedelta(hours=arrived_h),
                                 created_at=NOW))
        s.add(row)
        s.flush()
        return row.tasks[0].id


def add_filed(sessions: sessionmaker[Session], n: int, filing: str) -> int:
    with sessions.begin() as s:
        row = InquiryRow(message_id=f"<f{n}@x>", source="t", channel="email", status="triaged", grade="C",
                         suspicious=False, result={}, triaged_at=NOW - timedelta(minutes=n), filing=filing,
                         from_addr=f"list{n}@lists.example", subject=f"digest {n}")
        s.add(row)
        s.flush()
        return row.id


def sql_pages(sessions, fetch) -> tuple[list, list[str]]:  # type: ignore[no-untyped-def]
    """`fetch(session)` for each page, and the SELECTs it sent."""
    statements: list[str] = []
    with sessions() as s:
        listen = lambda *a: statements.append(a[2])  # noqa: E731  (conn, cursor, statement, ...)
        event.listen(s.get_bind(), "before_cursor_execute", listen)
        try:
            return fetch(s), statements
        finally:
            event.remove(s.get_bind(), "before_cursor_execute", listen)


def test_review_list_pages_oldest_arrival_first_in_sql(store) -> None:
    url, sessions = store
    arrivals = [(n * 7) % 23 - 30 for n in range(23)]  # distinct, shuffled
    tasks = {add_review(sessions, n, h): h for n, h in enumerate(arrivals)}
    add_review(sessions, 99, -100, state="done")  # released or dismissed: not waiting
    add(sessions, 100)  # a reply task: not in the review list
    oldest_first = sorted(tasks, key=lambda t: (tasks[t], t))
    pages, statements = sql_pages(sessions, lambda s: [review_page(s, now=NOW, limit=10, offset=o) for o in (0, 10, 20)])
    assert sum((ids(p) for p in pages), []) == oldest_first
    assert [p.footer() for p in pages] == ["showing 1-10 of 23", "showing 11-20 of 23", "showing 21-23 of 23"]
    assert all("LIMIT" in q.upper() for q in statements if "FROM tasks" in q and "count(" not in q.lower())
    with sessions() as s:
        assert ids(review_page(s, now=NOW, limit=None)) == oldest_first
        with pytest.raises(ValueError):
            review_page(s, now=NOW, offset=-1)


def test_filed_list_pages_newest_first_in_sql_with_no_hidden_cut(store) -> None:
    url, sessions = store
    lists = [add_filed(sessions, n, "list") for n in range(205)]  # more than the old silent cut of 200
    bounce = add_filed(sessions, 300, "bounce")
    newest_first = lists  # triaged n minutes before NOW: n = 0 is the newest
    with sessions() as s:
        assert [r.id for r in filed_items(s, "list")] == newest_first  # all of them
    pages, statements = sql_pages(sessions, lambda s: [filed_page(s, "list", limit=100, offset=o) for o in (0, 100, 200)])
    assert sum(([r.id for r in p.items] for p in pages), []) == newest_first
    assert [p.footer() for p in pages] == ["showing 1-100 of 205", "showing 101-200 of 205", "showing 201-205 of 205"]
    assert all("LIMIT" in q.upper() for q in statements if "FROM inquiries" in q and "count(" not in q.lower())
    with sessions() as s:
        assert filed_page(s, None, limit=1, offset=205).items[0].id == bounce  # "all": every filing
        assert filed_page(s, "bounce").total == 1


def test_review_and_filed_listings_page_on_the_command_line(store, capsys, monkeypatch) -> None:
    url, sessions = store
    monkeypatch.delenv("INQUIRY_TRIAGE_CONFIG", raising=False)
    reviews = [add_review(sessions, n, -n) for n in range(60)]  # n hours ago: the last is the oldest
    for n in range(60):
        add_filed(sessions, n, "newsletter")

    def run(*argv: str) -> str:
        capsys.readouterr()
        assert main([*argv, "--db", url, "--user", "sam"]) == 0
        return capsys.readouterr().out

    def listed(out: str) -> list[int]:
        words = [line.removeprefix("inquiry ").split() for line in out.splitlines()[1:]]  # --filed: "inquiry N"
        return [int(w[0]) for w in words if w and w[0].isdigit()]

    first = run("queue", "review")
    assert listed(first) == reviews[::-1][:50] and "showing 1-50 of 60; next: --page 2" in first
    assert listed(run("queue", "--review", "--limit", "20", "--page", "3")) == reviews[::-1][40:60]
    last = run("queue", "review", "--limit", "20", "--offset", "50")
    assert listed(last) == reviews[::-1][50:] and "showing 51-60 of 60" in last and "next:" not in last
    assert len(json.loads(run("queue", "review", "--format", "json"))) == 60  # json: all unless --limit
    assert [t["id"] for t in json.loads(run("queue", "review", "--format", "json", "--limit", "5", "--page", "2"))] \
        == reviews[::-1][5:10]

    filed = run("queue", "--filed", "list")  # none of that filing
    assert "No stored mail is filed as list (mailing-list mail)." in filed  # said, not "nothing matches" (cli/test_filed_words)
    newsletters = run("queue", "--filed", "all", "--limit", "25", "--page", "2")
    assert len(listed(newsletters)) == 25 and "showing 26-50 of 60; next: --page 3" in newsletters
    everything = json.loads(run("queue", "--filed", "newsletter", "--format", "json"))
    assert len(everything["items"]) == everything["total"] == 60
    capsys.readouterr()
    assert main(["queue", "review", "--db", url, "--user", "sam", "--page", "1", "--offset", "3"]) == 2
    assert main(["queue", "--filed", "all", "--db", url, "--user", "sam", "--limit", "0"]) == 2


def test_a_closed_task_urges_nothing_and_escalations_read_on_the_sellers_clock(store, capsys, monkeypatch) -> None:
    url, sessions = store
    monkeypatch.delenv("INQUIRY_TRIAGE_CONFIG", raising=False)  # seller's clock: Asia/Shanghai (UTC+8)
    late = add(sessions, 30, due_h=-79, sender="late@buyer.example")
    run_round(sessions, NOW)  # escalated at NOW = 11:00 Shanghai; due 79 h before = 2026-03-06T20:00+00:00
    capsys.readouterr()
    assert main(["queue", "show", str(late), "--db", url, "--user", "sam"]) == 0
    open_view = capsys.readouterr().out
    escalated = open_view.split("Escalated:\n", 1)[1].splitlines()[0]
    assert escalated.startswith("  2026-03-10 11:00 overdue since 2026-03-07 04:00: escalated to nobody notified")
    assert "+00:00" not in escalated and "send now" in open_view

    assert main(["queue", "done", str(late), "--db", url, "--user", "sam"]) == 0
    capsys.readouterr()
    assert main(["queue", "show", str(late), "--db", url, "--user", "sam"]) == 0
    done_view = capsys.readouterr().out
    assert "send now" not in done_view and "overdue by" not in done_view
    (deadline,) = [line for line in done_view.splitlines() if line.startswith("Deadline:")]
    assert deadline.startswith("Deadline: closed: done without reply 20") and deadline.endswith(" by sam")
    assert main(["queue", "show", str(late), "--db", url, "--user", "sam", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["clock_note"].startswith("closed: done without reply ")
