"""Usage errors said one way, and a bad JSONL line in words a salesperson reads (newcomer 15, finding 11).
`queue --channel telex` printed one line, without the usage line and "see --help" that `queue --grade E`
(argparse's) prints; --page with --offset and a missing task ID too. A JSONL line cut inside a text was
"not valid JSON: Invalid control character at: line 1 column 113": it is now what is wrong and where
(the line number stays in the item's source: chats.jsonl:2). English and Chinese."""

from __future__ import annotations

import json

import pytest

from inquiry_triage.cli import main
from inquiry_triage.sources import SOURCE_REASONS, bad_json
from inquiry_triage.sources.files import open_inputs

LIST_USAGE = ("usage: inquiry-triage queue [list] [--mine] [--grade A] [--search TEXT] [--sort ...] "
              "[--limit N --page N] [--format json]")


@pytest.fixture
def db(tmp_path, monkeypatch) -> str:
    from inquiry_triage.store import open_store

    url = f"sqlite:///{tmp_path / 'store.db'}"
    open_store(url)[0].dispose()
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    monkeypatch.setenv("INQUIRY_TRIAGE_USER", "lena")
    return url


def queue(capsys, db: str, *args: str) -> tuple[int, list[str]]:
    try:
        code = main(["queue", *args, "--db", db])
    except SystemExit as exc:  # argparse's own usage errors (--grade E) exit from the parser
        code = exc.code
    captured = capsys.readouterr()
    assert captured.out == ""
    return code, captured.err.splitlines()


def test_an_unknown_channel_is_said_as_an_unknown_grade_is(db, capsys):
    code, grade = queue(capsys, db, "--grade", "E")
    assert code == 2 and grade[1:] == [LIST_USAGE, "see `inquiry-triage queue --help` (with examples)"]
    code, channel = queue(capsys, db, "--channel", "telex")
    assert code == 2 and channel[1:] == grade[1:]
    assert channel[0] == ("inquiry-triage queue: error: argument --channel: invalid choice: 'telex' "
                          "(choose from phone, im, fax, email, message, rfq; platform = rfq; whatsapp, wechat, telegram ... = im)")
    assert grade[0].startswith("inquiry-triage queue: error: argument --grade: invalid choice: 'E'")
    code, zh = queue(capsys, db, "--channel", "telex", "--lang", "zh")
    assert code == 2 and zh[0].startswith("inquiry-triage queue: 错误： 参数 --channel 的值 'telex' 无效"), zh
    assert zh[1].startswith("用法：inquiry-triage queue") and zh[2].startswith("详见 `inquiry-triage queue --help`")


@pytest.mark.parametrize("args, first, usage", [
    (("--page", "2", "--offset", "3"), "inquiry-triage queue: error: give --page or --offset, not both", LIST_USAGE),
    (("--page", "0"), "inquiry-triage queue: error: --page counts from 1 (and needs --limit with --format json)",
     LIST_USAGE),
    (("snooze",), "inquiry-triage queue snooze: error: which task? give its ID",
     "usage: inquiry-triage queue snooze TASK (--until TIME | --until-reply)"),
    (("buyer",), "inquiry-triage queue buyer: error: whose? give an address, phone, name or a task ID",
     "usage: inquiry-triage queue buyer WHO [--format json]"),
])
def test_other_usage_errors_carry_the_usage_line_and_the_help_hint(db, capsys, args, first, usage):
    code, lines = queue(capsys, db, *args)
    assert code == 2 and lines[0] == first and lines[1] == usage and lines[2].startswith("see `inquiry-triage queue")


def test_page_errors_in_chinese(db, capsys):
    code, lines = queue(capsys, db, "--page", "2", "--offset", "3", "--lang", "zh")
    assert code == 2 and lines[0] == "inquiry-triage queue: 错误： 请给 --page 或 --offset，不要同时给", lines


def reason_of(line: str) -> str:
    try:
        json.loads(line)
    except ValueError as exc:
        return bad_json(exc)
    raise AssertionError("valid JSON")


def test_json_mistakes_in_plain_words():
    cut = '{"channel": "whatsapp", "from": "+971501234567", "body": "Hello, we need 200 ball valves DN50\n'
    assert reason_of(cut) == (f"not valid JSON: a line break or control character inside a quoted text at column "
                              f"{len(cut)}; is the line cut?")  # the line break that ends the cut line
    assert reason_of('{"body": "no end') == "not valid JSON: the quoted text from column 10 is not closed; is the line cut?"
    assert reason_of('{"channel": "im" "body": "x"}') == ("not valid JSON at column 18: a comma, colon or double quote "
                                                          "is missing")
    assert reason_of("{'body': 'single quotes'}") == ("not valid JSON at column 2: a comma, colon or double quote "
                                                      "is missing")
    assert reason_of('{"body": hello}').startswith("not valid JSON at column 10: a value is missing, or a text is not")
    assert reason_of('{"a": 1} {"b": 2}') == ("not valid JSON: more follows the record from column 10 "
                                              "(one JSON object a line)")
    assert "Invalid control character" not in reason_of(cut)


def test_a_cut_line_keeps_its_line_number_and_reads_in_chinese(tmp_path):
    from inquiry_triage.queue.cli_words import say

    path = tmp_path / "chats.jsonl"
    path.write_bytes(b'{"channel": "im", "body": "first"}\n{"channel": "im", "body": "cut here\n')
    items = list(open_inputs([str(path)]))
    assert items[1].source.endswith("chats.jsonl:2") and "is the line cut?" in items[1].error, items[1]
    msgid = next(m for pattern, m in SOURCE_REASONS if m.startswith("not valid JSON: a line break"))
    assert "这一行是否被截断了" in say("zh", msgid, column=30)
