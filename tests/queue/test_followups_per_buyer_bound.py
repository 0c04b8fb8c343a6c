"""Greetings and closure notices are bounded per round (followups.PER_BUYER_PER_ROUND, all such rules
together, the soonest due first) and the buyers left over get theirs in the next rounds: the rounds
end with exactly the tasks one unbounded round makes (issue 10 item 2: ~5,800 greetings inserted in
one round at a million inquiries, ~0.8 s of server time for the inserts alone).

Two stores built alike from the test_followups_at_scale generator, on SQLite and on PostgreSQL, at a
moment with holiday greetings (Germany's Unity Day, India's Gandhi Jayanti) and the seller's National
Day closure notice due: one gets a single round with no bound (the code before), the other rounds
with a bound of 3 until a round makes nothing; one buyer is a minute from leaving the active
window, and goes first. Compared: every task planned (rule, inquiry, attempt,
kind, grade, due, note, state), the reminders and escalations sent, and with what the old planner
(tests/queue/followups_reference.py) makes at that moment."""

from __future__ import annotations

import random
import sys
from collections import Counter
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from inquiry_triage.queue import followups as followups_module
from inquiry_triage.store.models import InquiryRow, TaskRow

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:  # make "tests.servers" importable however pytest is started
    sys.path.insert(0, str(_ROOT))
from tests.queue.test_followups_at_scale import START, build, what_the_old_code_does  # noqa: E402
from tests.queue.test_followups_backlog import _round, two_stores  # noqa: E402,F401  (a fixture, used by name)
from tests.servers.postgres import postgres_server  # noqa: E402,F401  (fixtures are used by name)

BOUND = 3
NOW = START + timedelta(days=16)  # Wed 30 Sep: DE 3 Oct, IN 2 Oct within 3 days; the CN closure from 1 Oct
PER_BUYER = ("holiday-greeting", "closure-notice")


def _per_buyer(planned: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    return [key for key in planned if key[0].split(":")[0] in PER_BUYER]


def _edge_buyer(sessions) -> int:  # type: ignore[no-untyped-def]
    """A buyer whose only inquiry leaves the closure notice's 180-day window a minute from NOW."""
    with sessions.begin() as s:
        row = InquiryRow(message_id="<edge@x>", source="t", channel="email", status="triaged", grade="B",
                         suspicious=False, received_at=NOW - timedelta(days=180, minutes=-1),
                         triaged_at=NOW - timedelta(days=180, hours=-3), buyer_key="edge@buyer.example",
                         country="ZZ", subject="edge", from_addr="edge@buyer.example", result={})
        s.add(row)
        s.flush()
        return row.id


def test_greetings_and_notices_drain_to_what_one_unbounded_round_makes(two_stores, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    once, bounded = two_stores
    build(once, random.Random(31), count=400, buyers=90)
    build(bounded, random.Random(31), count=400, buyers=90)
    edge_id = _edge_buyer(once)
    assert _edge_buyer(bounded) == edge_id
    old = what_the_old_code_does(bounded, NOW, {})
    monkeypatch.setattr(followups_module, "PER_BUYER_PER_ROUND", 10**9)  # the code before: no bound
    planned, sent, report = _round(once, NOW, monkeypatch)
    assert planned == old[0] and sent == old[1] and (report.reminded, report.escalated) == old[2:]
    wanted = Counter(key[0].split(":")[0] for key in _per_buyer(planned))
    # the comparison compares something: both kinds, and far more than one bounded round makes
    assert wanted["holiday-greeting"] > BOUND and wanted["closure-notice"] >= 3 * BOUND, wanted
    monkeypatch.setattr(followups_module, "PER_BUYER_PER_ROUND", BOUND)
    all_planned: list[Any] = []
    rounds: list[list[Any]] = []
    all_sent: list[Any] = []
    made_per_round: list[Counter[str]] = []
    while True:
        got, got_sent, _ = _round(bounded, NOW, monkeypatch)
        rounds.append(got)
        all_planned += got
        all_sent += got_sent
        made_per_round.append(Counter(key[0].split(":")[0] for key in _per_buyer(got)))
        if not got:
            break
        assert len(made_per_round) < 100
    assert max(sum(made.values()) for made in made_per_round) == BOUND  # never more than the bound a round ...
    assert len(made_per_round) > 3  # ... so it took rounds
    assert sorted(all_planned) == planned  # each once, the same ones, the same due times and notes
    assert all_sent == sent  # reminders and escalations: the first round's, none again
    # first the buyers about to leave the active window (the edge buyer's notice, in round 0, while
    # most notices wait); then the soonest due: the greetings (due before the holiday) before the
    # closure notices (due a day from now)
    edge = [key for key in rounds[0] if key[1] == edge_id]
    assert len(edge) == 1 and edge[0][0].startswith("closure-notice"), rounds[0]
    greeted = 0
    for made, got in zip(made_per_round, rounds):
        greeted += made["holiday-greeting"]
        notices = [key for key in got if key[0].startswith("closure-notice") and key[1] != edge_id]
        assert not notices or greeted == wanted["holiday-greeting"], made_per_round
    with bounded() as s:  # once per buyer and rule
        told = s.execute(select(TaskRow.rule, InquiryRow.buyer_key).join(InquiryRow, TaskRow.inquiry_id == InquiryRow.id)
                         .where(TaskRow.kind.in_(("greeting", "notice")), InquiryRow.buyer_key != "")).all()
    assert len(told) == len(set(told))
