"""A newcomer's findings on the queue (queueux): --search matches whole words, on SQLite and PostgreSQL.

Each test failed before its fix: "LED" found "called", a page of a search could be cut short or
counted wrong only if the word test ran outside SQL (it runs in it: full pages, exact counts)."""

from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

from inquiry_triage.store import queue as q  # noqa: E402
from inquiry_triage.store.models import InquiryRow, TaskRow  # noqa: E402
from tests.servers.postgres import db_url, pg_url, postgres_server  # noqa: E402,F401  (fixtures are used by name)
from tests.servers.postgres import store_on_both as store  # noqa: E402,F401

UTC = timezone.utc
NOW = datetime(2026, 3, 10, 3, 0, tzinfo=UTC)


def _add(s, n: int, subject: str, body: str = "", *, name: str = "", addr: str = "", product: str = "",  # type: ignore[no-untyped-def]
         suspicious: bool = False, kind: str = "reply") -> InquiryRow:
    row = InquiryRow(message_id=f"<qx{n}@x>", source="t", channel="email", status="triaged", grade="B",
                     suspicious=suspicious, risk=0.5, result={}, raw=b"", body=body, draft="d",
                     triaged_at=NOW - timedelta(hours=n), received_at=NOW - timedelta(hours=n), from_addr=addr or f"b{n}@x.example",
                     from_name=name, buyer_key=addr or f"b{n}@x.example", subject=subject, product=product or subject,
                     language="en", country="US", filing="inquiry")
    row.tasks.append(TaskRow(kind=kind, state="open", grade="B", due_at=NOW + timedelta(hours=n), created_at=NOW))
    s.add(row)
    return row


TEXTS = [  # (subject, body, matches "LED")
    ("Need LED panel lights", "600x600, 200 pcs", True),
    ("Price request", "We called you yesterday about the order", False),
    ("Re: strips (led)", "please quote", True),
    ("LEDs 600x600", "", False),
    ("Ledger question", "sent to accounting", False),
    ("Quotation", "led, 40HQ container", True),
    ("Recalled batch", "scheduled delivery", False),
    ("Lamps", "LED.", True),
]


def _ids(s, f: q.QueueFilter, limit: int | None = None, offset: int = 0) -> list[str]:  # type: ignore[no-untyped-def]
    page = q.queue_page(s, filters=f, now=NOW, limit=limit, offset=offset)
    return [e.subject for e in page.entries]


def test_search_matches_whole_words_not_parts_of_words(store) -> None:
    _, sessions = store
    with sessions.begin() as s:
        for n, (subject, body, _) in enumerate(TEXTS):
            _add(s, n, subject, body)
    want = [subject for subject, _, hit in TEXTS if hit]
    with sessions() as s:
        for word in ("LED", "led", "Led"):
            assert sorted(_ids(s, q.QueueFilter(search=word, sort="deadline"))) == sorted(want), word
        # every word, each whole: "led container" (both whole words in one inquiry)
        assert _ids(s, q.QueueFilter(search="led container")) == ["Quotation"]
        assert _ids(s, q.QueueFilter(search="call")) == []  # "called" is not the word "call"
        assert _ids(s, q.QueueFilter(search="called")) == ["Price request"]
        assert _ids(s, q.QueueFilter(search="40HQ")) == ["Quotation"]
        assert _ids(s, q.QueueFilter(search="600x600", sort="deadline")) == ["Need LED panel lights", "LEDs 600x600"]


def test_search_pages_are_full_and_counted_among_many_part_word_candidates(store, monkeypatch) -> None:
    """Candidates that hold the letters but not the word are many and interleaved: every page is full,
    the count exact, also past the count cap (the count query is the SQL's, on PostgreSQL through the
    live search index)."""
    _, sessions = store
    with sessions.begin() as s:
        for n in range(40):
            if n % 3 == 0:
                _add(s, n, f"LED order {n}", "tubes")
            else:
                _add(s, n, f"Followup {n}", "we called and called again" if n % 2 else "bulLEDozer parts, ledger")
    want = [f"LED order {n}" for n in range(0, 40, 3)]  # 14, in deadline order
    with sessions() as s:
        pages = [q.queue_page(s, filters=q.QueueFilter(search="led", sort="deadline"), now=NOW, limit=4, offset=o)
                 for o in range(0, 16, 4)]
    assert [len(p.entries) for p in pages] == [4, 4, 4, 2]
    assert [e.subject for p in pages for e in p.entries] == want
    assert {p.total for p in pages} == {14} and not any(p.more for p in pages)
    monkeypatch.setattr(q, "COUNT_CAP", 5)
    with sessions() as s:
        first = q.queue_page(s, filters=q.QueueFilter(search="led", sort="deadline"), now=NOW, limit=2)
    assert [e.subject for e in first.entries] == want[:2] and (first.total, first.more) == (5, True)


def test_search_in_other_scripts_still_finds_parts_of_words(store) -> None:
    """CJK has no spaces between words, and an inflected Cyrillic noun carries its ending: those words
    are found anywhere, as before. A Latin word with accents is whole, in its usual spellings."""
    _, sessions = store
    with sessions.begin() as s:
        _add(s, 1, "询价", "我们需要办公椅子500把")
        _add(s, 2, "Запрос", "Нужны стульями и столы")
        _add(s, 3, "Café supplies", "for our CAFÉ chain")
        _add(s, 4, "Cafés", "cafétéria")
    with sessions() as s:
        assert _ids(s, q.QueueFilter(search="椅子")) == ["询价"]
        assert _ids(s, q.QueueFilter(search="стул")) == ["Запрос"]
        assert _ids(s, q.QueueFilter(search="café")) == ["Café supplies"]
        assert _ids(s, q.QueueFilter(search="CAFÉ")) == ["Café supplies"]


def test_search_finds_a_whole_word_of_the_sender() -> None:
    """The address's parts are words: "acme" finds sales@acme-trading.example, "acm" does not."""
    assert q.whole_word_pattern("acme") is not None
    assert q.whole_word_pattern("椅子") is None and q.whole_word_pattern("стул") is None
    assert q.whole_word_pattern("%%") is None  # no letter or digit: a plain substring


def test_search_sender_words(store) -> None:
    _, sessions = store
    with sessions.begin() as s:
        _add(s, 1, "Inquiry", "hello", addr="sales@acme-trading.example", name="Ahmed Al-Farsi")
        _add(s, 2, "Inquiry 2", "hello", addr="info@acmetrade.example", name="Ahmedov")
    with sessions() as s:
        assert _ids(s, q.QueueFilter(search="acme")) == ["Inquiry"]
        assert _ids(s, q.QueueFilter(search="ahmed")) == ["Inquiry"]
        assert _ids(s, q.QueueFilter(search="acme-trading.example")) == ["Inquiry"]


# --- a released spy inquiry is marked in the lists -------------------------------------------------------

def _released_store(sessions) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """(the reply task of a flagged inquiry a lead released as genuine, the reply task of one never flagged)."""
    from inquiry_triage.queue.operations import Actor, ReplyPlan, release_review

    with sessions.begin() as s:
        flagged = _add(s, 1, "Price list for all your models", "send catalogue", suspicious=True, kind="review")
        flagged.result = {"suspicious": True, "suspicion": ["spy"]}
        plain = _add(s, 2, "RFQ 300 chairs", "FOB Ningbo")
        s.flush()
        review_id, plain_id = flagged.tasks[0].id, plain.tasks[0].id
    with sessions.begin() as s:
        reply = release_review(s, Actor("lena", "lead"), NOW, review_id, lambda inquiry, grade: ReplyPlan(due=NOW + timedelta(hours=5)))
        s.flush()
        return reply.id, plain_id


def test_a_released_inquiry_is_marked_in_the_web_queue_rows(store) -> None:
    from inquiry_triage.queue.operations import Actor
    from inquiry_triage.queue.views import queue_list
    from inquiry_triage.scheduling.deadlines import BusinessCalendar

    _, sessions = store
    released, plain = _released_store(sessions)
    with sessions() as s:
        for who in (Actor("alice", "agent"), Actor("lena", "lead")):
            rows = {r.entry.task_id: r for r in queue_list(s, who, q.QueueFilter(), NOW, BusinessCalendar("UTC")).rows}
            assert rows[released].released and not rows[plain].released, who
            assert not rows[released].entry.suspicious


def test_a_released_inquiry_is_marked_in_the_command_line_list(store, monkeypatch, capsys) -> None:
    from inquiry_triage.cli import main

    url, sessions = store
    released, plain = _released_store(sessions)
    monkeypatch.setenv("INQUIRY_TRIAGE_USER", "lena")
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    assert main(["queue", "--db", url]) == 0
    lines = {int(line.split()[0]): line for line in capsys.readouterr().out.splitlines() if line.strip()[:1].isdigit()}
    header = "SUSP"
    assert " rel " in lines[released] and " rel " not in lines[plain]
    assert header  # the column: 'yes' for a suspicious one, 'rel' for one reviewed and released
    assert main(["queue", "--db", url, "--lang", "zh"]) == 0
    zh = {int(line.split()[0]): line for line in capsys.readouterr().out.splitlines() if line.strip()[:1].isdigit()}
    assert "放行" in zh[released] and "放行" not in zh[plain]


def test_the_web_queue_page_shows_the_released_mark(tmp_path, monkeypatch) -> None:
    import re

    from inquiry_triage.config import load_config
    from inquiry_triage.queue import users
    from inquiry_triage.store import open_store
    from inquiry_triage.web.app import create_app
    from tests.web.web_store import PASSWORD, SAME, client

    engine, sessions = open_store(f"sqlite:///{tmp_path / 'web.db'}")
    released, plain = _released_store(sessions)
    with sessions.begin() as s:
        users.add_user(s, "alice", "agent", PASSWORD, NOW, language="en")
        users.add_user(s, "lena", "lead", PASSWORD, NOW, language="zh")
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    app = create_app(load_config(None), sessions)
    for name, word in (("alice", "reviewed"), ("lena", "已审核")):
        c = client(app)
        assert c.post("/login", data={"name": name, "password": PASSWORD}, headers=SAME).status_code == 303
        html = c.get("/").text
        row = {int(m.group(1)): m.group(0) for m in re.finditer(r'<tr class="task" data-task="(\d+)".*?</tr>', html, re.S)}
        assert 'class="flag released"' in row[released] and word in row[released], name
        assert 'class="flag released"' not in row[plain], name
    engine.dispose()


# --- the buyer history shows how each inquiry ended: done without a reply too -----------------------------

def test_the_buyer_history_shows_a_task_done_without_a_reply(capsys, monkeypatch, tmp_path) -> None:
    """Every way an inquiry ends has its line: a reply (REPLY), a dismissal (DISMISS), a release (its note),
    and now a task marked done without a reply (DONE 'done without reply'; before: nothing, it looked open)."""
    import json
    import re

    from tests.cli.queue_findings import run, task_of
    from tests.cli.queue_findings import _store

    store = _store(tmp_path)
    task = task_of(store, "phone_log.jsonl:1")
    for argv in (("claim", str(task)), ("done", str(task))):
        code, out, err = run(capsys, monkeypatch, store, "queue", *argv)
        assert code == 0, (argv, out, err)
    out = run(capsys, monkeypatch, store, "queue", "history", str(task))[1]
    assert re.search(rf"DONE +inquiry \d+, task {task} .* lena .* done without reply$", out, re.M), out
    zh = run(capsys, monkeypatch, store, "queue", "history", str(task), "--lang", "zh")[1]
    assert re.search(r"完成 .* 已标记完成（未回复）$", zh, re.M) and "done without reply" not in zh, zh
    events = json.loads(run(capsys, monkeypatch, store, "queue", "history", str(task), "--format", "json")[1])["events"]
    assert [(e["action"], e["text"]) for e in events if e["kind"] == "action"][-1] == ("done", "done without reply")


def test_the_web_buyer_page_shows_a_task_done_without_a_reply(tmp_path, monkeypatch) -> None:
    import re

    from inquiry_triage.queue import operations as ops
    from inquiry_triage.queue.views import buyer_history
    from inquiry_triage.store import open_store
    from inquiry_triage.store.models import TaskRow
    from tests.web.test_page_words import app_at
    from tests.web.test_sales_findings import chinese, task_of as web_task_of
    from tests.web.web_store import logged_in, triaged_store

    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    engine, sessions = open_store(triaged_store(tmp_path / "web.db"))
    now = datetime(2026, 11, 30, 6, 0, tzinfo=UTC)
    task = web_task_of(sessions, "company_rfq_fob.eml")
    lena = ops.Actor("lena", "lead")
    with sessions.begin() as s:
        ops.claim(s, lena, now, task)
        ops.done(s, lena, now + timedelta(minutes=1), task)
        inquiry = s.get(TaskRow, task).inquiry_id
        key = s.get(TaskRow, task).inquiry.buyer_key
    with sessions() as s:
        events = buyer_history(s, key, lena, limit=20).events
    assert [(e.kind, str(e.text), e.who) for e in events if e.kind == "action"][0] == ("action", "done without reply", "lena")
    app = app_at(sessions, monkeypatch, now + timedelta(hours=1))
    for client, word in ((logged_in(app, "lena"), "done without reply"), (chinese(app, sessions), "已标记完成（未回复）")):
        page = client.get(f"/buyer?inquiry={inquiry}").text
        rows = re.findall(r'<tr class="event event-action".*?</tr>', page, re.S)
        assert any(word in row and f"/task/{task}" in row for row in rows), page
    engine.dispose()


# --- --product finds the product an ordinary inquiry names in its words -----------------------------------

def test_product_finds_the_goods_named_in_an_ordinary_inquiry(store) -> None:
    """An e-mail's stored product is its subject, a phone call's or chat's nothing: the goods are named in
    the text. --product finds them there (a Latin word or phrase whole: "LED" is not "called"), and an RFQ's
    product field as before (part of its name)."""
    _, sessions = store
    with sessions.begin() as s:
        _add(s, 1, "Inquiry", "Hello, we need 500 LED panel lights 600x600, CIF Jebel Ali")
        _add(s, 2, "", "Caller asked for LED Panel Lights, 40HQ", product="")
        _add(s, 3, "Price request", "We called you about brass fittings")
        _add(s, 4, "RFQ: stainless ball valves", "see attached", product="stainless ball valves DN50")
        _add(s, 5, "询价", "需要LED面板灯", product="")
    with sessions() as s:
        found = lambda name: sorted(e.inquiry_id for e in q.queue_page(s, filters=q.QueueFilter(product=name),  # noqa: E731
                                                                        now=NOW, limit=None).entries)
        by_subject = {e.subject: e.inquiry_id for e in q.queue_page(s, now=NOW, limit=None).entries}
        assert found("LED panel") == sorted([by_subject["Inquiry"], by_subject[""]])
        assert found("led") == sorted([by_subject["Inquiry"], by_subject[""], by_subject["询价"]])
        assert found("valves") == [by_subject["RFQ: stainless ball valves"]]  # the RFQ's product, as before
        assert found("ball valves dn5") == [by_subject["RFQ: stainless ball valves"]]  # part of the stored name
        assert found("call") == []  # "called" is not the goods
        assert found("面板灯") == [by_subject["询价"]]
        assert found("brass fittings") == [by_subject["Price request"]]
