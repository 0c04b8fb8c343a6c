"""A newcomer's findings on the command-line queue (session 10): dismissing a reply task said "triage
did not flag this inquiry; kept for `learn` as one the rules missed" also when triage had flagged it
(a reply task made by releasing a review) and for a duplicate (no rule misses a duplicate)."""

from __future__ import annotations

import re

from tests.cli.queue_findings import fresh, run, task_of  # noqa: F401 (fresh: a fixture)

MISSED = "triage did not flag this inquiry"


def test_a_released_inquiry_dismissed_is_not_said_to_be_missed_by_the_rules(capsys, monkeypatch, fresh):  # noqa: F811
    review = task_of(fresh, "spy_price_list.eml")  # flagged at triage
    out = run(capsys, monkeypatch, fresh, "queue", "release", str(review))[1]
    reply = int(re.search(r"reply task (\d+)", out).group(1))
    code, out, err = run(capsys, monkeypatch, fresh, "queue", "dismiss", str(reply), "--as", "spy")
    assert code == 0, err
    assert MISSED not in out and "this replaces the earlier verdict genuine" in out, out


def test_a_duplicate_is_no_miss_of_the_rules(capsys, monkeypatch, fresh):  # noqa: F811
    task_id = task_of(fresh, "company_rfq_fob.eml")  # an ordinary reply task, not flagged
    code, out, err = run(capsys, monkeypatch, fresh, "queue", "dismiss", str(task_id), "--as", "duplicate")
    assert code == 0, err
    assert MISSED not in out and "rules missed" not in out, out


def test_spam_on_an_unflagged_inquiry_is_still_said_to_be_a_miss(capsys, monkeypatch, fresh):  # noqa: F811
    task_id = task_of(fresh, "company_rfq_fob.eml")
    code, out, err = run(capsys, monkeypatch, fresh, "queue", "dismiss", str(task_id), "--as", "spam")
    assert code == 0, err
    assert MISSED in out and "one the rules missed" in out, out


# --- `queue reply` without --channel records the way the buyer came, as the web picker starts --------

def test_a_reply_without_channel_goes_the_way_the_buyer_came(capsys, monkeypatch, fresh):  # noqa: F811
    from sqlalchemy import select

    from inquiry_triage.store import open_store
    from inquiry_triage.store.models import ReplyRow
    from tests.cli.test_sales_findings8 import record_task

    phone = record_task(fresh[0], "phone_log.jsonl")
    mail = task_of(fresh, "company_rfq_fob.eml")
    for task_id in (phone, mail):
        assert run(capsys, monkeypatch, fresh, "queue", "claim", str(task_id))[0] == 0
        code, _, err = run(capsys, monkeypatch, fresh, "queue", "reply", str(task_id))
        assert code == 0, err
    engine, sessions = open_store(fresh[0])
    try:
        with sessions() as s:
            channels = dict(s.execute(select(ReplyRow.task_id, ReplyRow.channel)).all())
    finally:
        engine.dispose()
    assert channels == {phone: "phone", mail: "email"}
