"""`queue reply --channel` said it took 'email|phone|im|fax|platform' and refused 'telex' with 'one of
email, phone, im, fax, message, platform', while it takes rfq, whatsapp and wechat as the rest of the
product does (newcomer 17, finding 9); `queue --channel telex` listed another set. Every text now comes
from the channel table (model.CHANNEL_CHOICES): --channel's help, the reply's usage line, both refusals,
which are usage errors said the same way (error:, usage line, help hint, exit 2); every word a text
names is taken by both commands."""

from __future__ import annotations

import re

import pytest

from tests.cli_kit import empty_store, run_cli
from inquiry_triage.model import CHANNEL_CHOICES, CHANNELS
from inquiry_triage.queue.operations import inquiry_channel, reply_channel

CHOICES = "phone, im, fax, email, message, rfq; platform = rfq; whatsapp, wechat, telegram ... = im"


@pytest.fixture
def db(tmp_path, monkeypatch) -> str:
    return empty_store(tmp_path, monkeypatch)


run = run_cli


def test_the_choices_are_the_channel_table():
    assert CHANNEL_CHOICES == CHOICES
    words = set(re.findall(r"[a-z]+", CHOICES))
    assert set(CHANNELS) <= words and {"platform", "whatsapp", "wechat"} <= words
    for word in words - {"im"} | {"im"}:  # every word named is taken by the reply and by the list's filter
        assert reply_channel(word) and inquiry_channel(word), word


def test_reply_usage_and_help_name_every_channel(db, capsys):
    code, out, _ = run(capsys, "queue", "reply", "--help")
    assert code == 0
    assert out.splitlines()[0] == "usage: inquiry-triage queue reply TASK [--channel phone|im|fax|email|message|rfq] [--quote]"
    assert CHOICES in " ".join(out.split())


@pytest.mark.parametrize("args, usage", [
    (("reply", "1"), "usage: inquiry-triage queue reply TASK [--channel phone|im|fax|email|message|rfq] [--quote]"),
    ((), "usage: inquiry-triage queue [list] [--mine] [--grade A] [--search TEXT] [--sort ...] [--limit N --page N] "
         "[--format json]"),
])
def test_an_unknown_channel_is_one_usage_error_in_both(db, capsys, args, usage):
    code, out, lines = run(capsys, "queue", *args, "--channel", "telex", "--db", db)
    prog = f"inquiry-triage queue{' ' + args[0] if args else ''}"
    assert code == 2 and out == "" and lines == [
        f"{prog}: error: argument --channel: invalid choice: 'telex' (choose from {CHOICES})", usage,
        f"see `{prog} --help` (with examples)"], lines
    code, _, zh = run(capsys, "queue", *args, "--channel", "telex", "--db", db, "--lang", "zh")
    assert code == 2 and zh[0].startswith(f"{prog}: 错误： 参数 --channel 的值 'telex' 无效") and CHOICES in zh[0], zh
    assert zh[1].startswith(f"用法：inquiry-triage queue") and zh[2].startswith("详见"), zh


@pytest.mark.parametrize("word", ["rfq", "whatsapp", "WeChat", "platform", "message"])
def test_reply_takes_every_channel_word(db, capsys, word):
    """They pass the check (and reach the task lookup: no task 1 in an empty store)."""
    code, _, lines = run(capsys, "queue", "reply", "1", "--channel", word, "--db", db)
    assert code == 2 and lines == ["inquiry-triage queue reply: no task with ID 1"]
