"""One concept, two words: an inquiry through a B2B platform is channel "rfq", a reply sent through it
"platform". `queue --channel` (the list filter) and `queue reply --channel` take either word, and
the same aliases (whatsapp -> im); a word that is neither is refused naming the choices."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from inquiry_triage.cli import main
from inquiry_triage.model import CHANNEL_CHOICES
from inquiry_triage.queue import operations as ops
from inquiry_triage.store.models import ReplyRow
from tests.web.web_store import open_reply_task, sessions, store_url  # noqa: F401 (fixtures)


def test_both_words_name_the_platform_in_both_places():
    assert [ops.reply_channel(w) for w in ("rfq", "Platform", "whatsapp", "email")] == ["platform", "platform", "im", "email"]
    assert [ops.inquiry_channel(w) for w in ("platform", "RFQ", "WeChat", "web", "phone")] == ["rfq", "rfq", "im", "message",
                                                                                              "phone"]
    assert ops.inquiry_channel("pigeon") is None
    with pytest.raises(ops.QueueError, match=re.escape(f"reply channel must be one of {CHANNEL_CHOICES} ")):
        ops.reply_channel("pigeon")


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["queue", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_the_queue_filter_and_reply_take_either_word(store_url, sessions, capsys, monkeypatch):  # noqa: F811
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    db = ["--db", store_url, "--user", "lena"]
    code, out, _ = run(capsys, "--channel", "platform", *db)
    assert code == 0 and out.strip() == "No open task matches."  # the fixtures hold no platform RFQ
    code, out, _ = run(capsys, "--channel", "PHONE", *db)
    assert code == 0 and " phone " in out and " email " not in out
    code, _, err = run(capsys, "--channel", "pigeon", *db)
    assert code == 2 and f"choose from {CHANNEL_CHOICES})" in err
    task = open_reply_task(sessions)
    code, out, _ = run(capsys, "reply", str(task), "--channel", "rfq", *db)
    assert code == 0 and "recorded the reply" in out
    with sessions() as s:
        assert s.scalar(select(ReplyRow.channel).where(ReplyRow.task_id == task)) == "platform"
