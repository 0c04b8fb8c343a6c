"""`queue buyer` named a phone buyer by its key, 'Buyer tel:+97145550199: ...' (newcomer 17, finding 8): the
heading (and buyer-timezone's line) now word the key: 'phone +971 4 555 0199' / '电话 +971 4 555 0199', a
name key 'named "ana lópez"' / '名为“ana lópez”', an inquiry of its own 'inquiry 12' / '询盘 12'; an address
as it is. JSON keeps the key (scripts type it back)."""

from __future__ import annotations

import json

import pytest

from inquiry_triage.queue.cli_words import said
from inquiry_triage.queue.names import buyer_key_words
from tests.cli.queue_findings import fresh, run, task_of  # noqa: F401 (fresh: a fixture)


@pytest.mark.parametrize("key, en, zh", [
    ("tel:+97145550199", "phone +971 4 555 0199", "电话 +971 4 555 0199"),
    ("name:ana lópez", 'named "ana lópez"', "名为“ana lópez”"),
    ("name:phone", 'named "phone"', "名为“phone”"),  # a name is never looked up as a catalogue word
    ("inquiry:12", "inquiry 12", "询盘 12"),
    ("ana@example.es", "ana@example.es", "ana@example.es"),
])
def test_a_buyer_key_in_words(key, en, zh):
    assert said("en", buyer_key_words(key)) == en and said("zh", buyer_key_words(key)) == zh


def test_queue_buyer_words_a_phone_buyer(capsys, monkeypatch, fresh):
    task = task_of(fresh, "phone_log.jsonl:1")
    _, out, _ = run(capsys, monkeypatch, fresh, "queue", "buyer", str(task))
    assert out.startswith("Buyer phone +971 4 555 0199: 1 inquiry by phone") and "tel:" not in out
    _, out, _ = run(capsys, monkeypatch, fresh, "queue", "buyer", str(task), "--lang", "zh")
    assert out.startswith("买家 电话 +971 4 555 0199：1 条询盘") and "tel:" not in out
    _, out, _ = run(capsys, monkeypatch, fresh, "queue", "buyer", str(task), "--format", "json")
    assert json.loads(out)["buyer"] == "tel:+97145550199"
    _, out, _ = run(capsys, monkeypatch, fresh, "queue", "buyer-timezone", str(task), "Asia/Dubai")
    assert out == "buyer phone +971 4 555 0199: timezone Asia/Dubai (this task and later ones)\n"
    _, out, _ = run(capsys, monkeypatch, fresh, "queue", "buyer-timezone", str(task), "auto", "--lang", "zh")
    assert out.startswith("买家 电话 +971 4 555 0199：")
