"""What a newcomer still saw in English under INQUIRY_TRIAGE_LANG=zh (after test_zh_sales_commands.py):
the reply events of `queue history` / `queue buyer`, the weekdays of a snooze into the past, the
refusals of the reports and of an unknown user. Each zh line has no English sentence left (the buyer's
data stays as it is); the English lines are asserted exactly as before; --format json is never translated."""

from __future__ import annotations

import re

from tests.cli.queue_findings import fresh, run, task_of  # noqa: F401 (fresh: a fixture)
from tests.cli.test_zh_sales_commands import DATA, _no_english

ZH = ("--lang", "zh")


def _reply_lines(out: str) -> list[str]:
    return [line for line in out.splitlines() if re.match(r"^\s+\S+ \S+\s+(REPLY|回复)\b", line)]


def test_reply_events_of_a_buyers_history_in_chinese(capsys, monkeypatch, fresh):
    monkeypatch.delenv("INQUIRY_TRIAGE_LANG", raising=False)
    rfq, phone = task_of(fresh, "company_rfq_fob.eml"), task_of(fresh, "phone_log.jsonl:1")
    for task, more in ((rfq, ("--quote",)), (phone, ())):
        assert run(capsys, monkeypatch, fresh, "queue", "claim", str(task))[0] == 0
        assert run(capsys, monkeypatch, fresh, "queue", "reply", str(task), "--channel", "email", *more)[0] == 0
    english = _reply_lines(run(capsys, monkeypatch, fresh, "queue", "history", str(rfq))[1])
    assert len(english) == 1 and english[0].endswith("  quote by email (RFQ: stainless steel ball valves DN50, 2,000 pcs)"), english
    english = _reply_lines(run(capsys, monkeypatch, fresh, "queue", "buyer", str(phone))[1])
    assert len(english) == 1 and english[0].endswith("  reply by email (ceramic floor tiles 60x60)"), english
    code, out, err = run(capsys, monkeypatch, fresh, "queue", "history", str(rfq), *ZH)
    assert code == 0, err
    zh = _reply_lines(out)
    assert len(zh) == 1 and zh[0].endswith("  已通过邮件发送报价（RFQ: stainless steel ball valves DN50, 2,000 pcs）"), zh
    _no_english(out, DATA)
    zh = _reply_lines(run(capsys, monkeypatch, fresh, "queue", "buyer", str(phone), *ZH)[1])
    assert len(zh) == 1 and zh[0].endswith("  已通过邮件回复（ceramic floor tiles 60x60）") and " by " not in zh[0], zh
    json_en = run(capsys, monkeypatch, fresh, "queue", "history", str(rfq), "--format", "json")[1]
    assert run(capsys, monkeypatch, fresh, "queue", "history", str(rfq), "--format", "json", *ZH)[1] == json_en
    assert '"text": "quote by email (RFQ: ' in json_en
