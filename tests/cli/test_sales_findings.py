"""What the sales team found on a newcomer run of the command line: `queue show` said 'Origin: IP - (?)'
when the sending IP or its country is not known, did not say when a snoozed task wakes, nor where the
buyer's clock came from (a German buyer on a fixed UTC+8 clock without a word); `triage`'s summary
called items stored by an earlier run 'already in the queue (skipped)'; `queue review` must let a
lead pick by arrival and buyer. In-process `main` against a real SQLite store of the fixtures."""

from __future__ import annotations

import contextlib
import io
import json
import os
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select, update

from inquiry_triage.cli import main
from inquiry_triage.queue.views import short_buyer
from inquiry_triage.store import open_store
from inquiry_triage.store.models import InquiryRow, TaskRow, as_utc
from tests.cli.queue_findings import run, task_of
from tests.web.web_store import ROOT, triaged_store

ZONE = "America/Sao_Paulo"  # not the shipped Asia/Shanghai: the times must follow [seller] timezone


def _store(where: Path) -> tuple[str, Path]:
    config = where / "seller.toml"
    config.write_text(f'[seller]\ntimezone = "{ZONE}"\n\n[team]\nmembers = {{ lena = "lead", alice = "agent" }}\n')
    return triaged_store(where / "q.db"), config


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> tuple[str, Path]:
    """Read only: the tests that change tasks make their own (`fresh`)."""
    return _store(tmp_path_factory.mktemp("sales"))


@pytest.fixture()
def fresh(tmp_path) -> tuple[str, Path]:
    return _store(tmp_path)


def line(text: str, head: str) -> str:
    found = [x for x in text.splitlines() if x.startswith(head)]
    assert len(found) == 1, text
    return found[0]


# --- 3. Origin: what is known, said plainly -------------------------------------------------------

def test_queue_show_says_plainly_where_an_inquiry_came_from_never_ip_dash_question_mark(capsys, monkeypatch, store):
    origins = {}
    for source in ("company_rfq_fob.eml", "german_ip_2am_beijing_offset.eml", "john_tom36_fake_order.eml",
                   "russian_mailru.eml", "phone_log.jsonl:1", "web_form.jsonl:1"):
        code, out, _ = run(capsys, monkeypatch, store, "queue", "show", str(task_of(store, source)))
        assert code == 0
        origins[source] = line(out, "Origin:")
        assert "IP -" not in out and "(?)" not in out and "local hour ?" not in out, out
    assert origins["german_ip_2am_beijing_offset.eml"] == (
        "Origin:   IP 78.46.1.1 (DE), sent at 02:xx on the sender's clock, Date: header offset +0800")
    assert origins["john_tom36_fake_order.eml"] == (
        "Origin:   not known (sent through Gmail, a mail provider: its servers do not show the sender's IP), "
        "sent at 02:xx on the sender's clock, Date: header offset +0100")
    assert origins["russian_mailru.eml"].startswith("Origin:   not known (sent through Mail.ru, a mail provider")
    for record in ("phone_log.jsonl:1", "web_form.jsonl:1"):  # no send hour nor Date offset to speak of
        assert origins[record] == "Origin:   not known (a phone, chat or form record carries no IP)"
    _, out, _ = run(capsys, monkeypatch, store, "queue", "show", str(task_of(store, "phone_log.jsonl:1")),
                    "--format", "json")
    data = json.loads(out)
    assert data["origin_words"] == "not known (a phone, chat or form record carries no IP)"
    assert data["origin"] == "unknown"  # the stored verdict's own field is left as it is


# --- 7. where the buyer's clock came from -----------------------------------------------------------

def test_queue_show_says_where_the_buyers_clock_came_from(capsys, monkeypatch, store):
    said = {}
    for source in ("company_rfq_fob.eml", "german_ip_2am_beijing_offset.eml", "russian_mailru.eml",
                   "phone_log.jsonl:1", "web_form.jsonl:1"):
        _, out, _ = run(capsys, monkeypatch, store, "queue", "show", str(task_of(store, source)))
        said[source] = line(out, "Buyer's clock from:")
    # The German network with the Date on the seller's own +0800 clock: Berlin, the network's country
    # (the words for an offset alone abroad: tests/web/test_buyer_zone_seller_side.py).
    assert said["german_ip_2am_beijing_offset.eml"] == "Buyer's clock from: the sender network's country DE (from its IP)"
    assert said["company_rfq_fob.eml"] == ("Buyer's clock from: the sender network's country DE (from its IP); "
                                           "the Date: header's offset +0100 fits it")
    assert said["russian_mailru.eml"] == ("Buyer's clock from: the Date: header's offset +0300 alone, the sender's "
                                          "computer clock (no country of the sender is known)")
    assert said["phone_log.jsonl:1"] == "Buyer's clock from: the phone number +971 4 555 0199"  # spaced as triage prints it
    assert said["web_form.jsonl:1"] == "Buyer's clock from: the country IN given with the inquiry"
    german = task_of(store, "german_ip_2am_beijing_offset.eml")
    _, out, _ = run(capsys, monkeypatch, store, "queue", "show", str(german), "--format", "json")
    assert json.loads(out)["buyer_clock_from"] == "the sender network's country DE (from its IP)"
    _, out, _ = run(capsys, monkeypatch, store, "queue", "show", str(task_of(store, "john_tom36_fake_order.eml")))
    assert "Buyer's clock from:" not in out  # held for review: no reply deadline, no buyer clock shown


def test_a_persons_clock_and_an_unknown_one_are_said_too(capsys, monkeypatch, fresh):
    german = task_of(fresh, "german_ip_2am_beijing_offset.eml")
    assert run(capsys, monkeypatch, fresh, "queue", "buyer-timezone", str(german), "Europe/Berlin")[0] == 0
    _, out, _ = run(capsys, monkeypatch, fresh, "queue", "show", str(german))
    assert line(out, "Buyer's clock from:") == "Buyer's clock from: set by lena for this buyer (queue buyer-timezone)"
    assert "Berlin" in line(out, "Deadline:")
    engine, sessions = open_store(fresh[0])
    with sessions.begin() as s:  # a buyer the evidence placed nowhere
        s.execute(update(InquiryRow).where(InquiryRow.source.endswith("web_form.jsonl:1")).values(buyer_timezone=""))
    engine.dispose()
    _, out, _ = run(capsys, monkeypatch, fresh, "queue", "show", str(task_of(fresh, "web_form.jsonl:1")))
    assert line(out, "Buyer's clock from:") == "Buyer's clock from: not known: times are shown on your clock only"


# --- 4. a snoozed task says when it wakes --------------------------------------------------------------

def test_queue_show_of_a_snoozed_task_says_when_it_wakes_on_the_sellers_clock(capsys, monkeypatch, fresh):
    task = task_of(fresh, "company_rfq_fob.eml")
    assert run(capsys, monkeypatch, fresh, "queue", "snooze", str(task), "--until", "2d")[0] == 0
    engine, sessions = open_store(fresh[0])
    with sessions() as s:
        until = as_utc(s.get(TaskRow, task).snoozed_until)
    engine.dispose()
    local = until.astimezone(ZoneInfo(ZONE))
    _, out, _ = run(capsys, monkeypatch, fresh, "queue", "show", str(task))
    assert f"(snoozed, wakes {local:%Y-%m-%d %H:%M})" in line(out, "Task ")
    _, out, _ = run(capsys, monkeypatch, fresh, "queue", "show", str(task), "--format", "json")
    data = json.loads(out)
    assert data["state"] == "snoozed" and datetime.fromisoformat(data["wakes"]) == until.replace(second=0, microsecond=0)
    assert data["wakes"].endswith("-03:00") and data["wakes_when_buyer_writes"] is False

    other = task_of(fresh, "spanish_greeting_english_body.eml")
    assert run(capsys, monkeypatch, fresh, "queue", "snooze", str(other), "--until-reply")[0] == 0
    _, out, _ = run(capsys, monkeypatch, fresh, "queue", "show", str(other))
    assert "(snoozed, wakes when the buyer writes)" in line(out, "Task ")
    _, out, _ = run(capsys, monkeypatch, fresh, "queue", "show", str(other), "--format", "json")
    assert json.loads(out)["wakes"] is None and json.loads(out)["wakes_when_buyer_writes"] is True
    _, out, _ = run(capsys, monkeypatch, fresh, "queue", "show", str(task_of(fresh, "russian_mailru.eml")))
    assert "wakes" not in line(out, "Task ")  # an open task wakes from nothing


# --- 5. triage's summary says what happened --------------------------------------------------------------

def test_triage_again_says_the_items_were_already_triaged_and_not_stored_again(tmp_path, monkeypatch):
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    url = f"sqlite:///{tmp_path / 't.db'}"

    def triage() -> tuple[str, str]:
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            assert main(["triage", str(ROOT / "fixtures"), "--db", url, "--offline", "--no-progress"]) == 0
        return out.getvalue(), err.getvalue()

    _, first = triage()
    assert first.strip() == "9 triaged, 3 suspicious, 0 failed, 0 already triaged, not stored again"
    table, summary = triage()
    assert table.splitlines()[-1] == "9 already triaged (use --format jsonl or queue to see them)"
    assert summary.strip() == "0 triaged, 0 suspicious, 0 failed, 9 already triaged, not stored again"
    assert "in the queue" not in summary and "skipped" not in summary  # three of the nine are held for review
    assert os.path.exists(tmp_path / "t.db")


# --- 6. queue review: when each arrived and from whom ----------------------------------------------------

def test_queue_review_lists_when_each_arrived_and_from_whom(capsys, monkeypatch, store):
    _, out, _ = run(capsys, monkeypatch, store, "queue", "review")
    engine, sessions = open_store(store[0])
    with sessions() as s:
        rows = s.execute(select(TaskRow.id, InquiryRow.received_at, InquiryRow.triaged_at, InquiryRow.from_addr,
                                InquiryRow.from_name).join(InquiryRow)
                         .where(TaskRow.kind == "review", TaskRow.state == "open")).all()
    engine.dispose()
    assert len(rows) == 3
    lines = {int(x.split()[0]): x for x in out.splitlines()[1:] if x.strip() and x.split()[0].isdigit()}
    for task, received, triaged, addr, name in rows:
        arrived = as_utc(received or triaged).astimezone(ZoneInfo(ZONE))
        assert f"{arrived:%Y-%m-%d %H:%M}" in lines[task] and short_buyer(addr or name) in lines[task], lines[task]
    assert "ARRIVED" in out.splitlines()[0] and "FROM" in out.splitlines()[0]
    _, out, _ = run(capsys, monkeypatch, store, "queue", "review", "--format", "json")
    for item in json.loads(out):
        assert item["arrived"].endswith("-03:00") and item["from"] and item["risk"] and item["suspicion"]
