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


def test_a_snooze_into_the_past_names_chinese_weekdays(capsys, monkeypatch, fresh):
    monkeypatch.delenv("INQUIRY_TRIAGE_LANG", raising=False)
    task = task_of(fresh, "phone_log.jsonl:1")
    assert run(capsys, monkeypatch, fresh, "queue", "claim", str(task))[0] == 0
    code, out, err = run(capsys, monkeypatch, fresh, "queue", "snooze", str(task), "--until", "2020-01-01T09:00", *ZH)
    assert code == 2 and out == "", (out, err)
    assert re.fullmatch(r"inquiry-triage queue snooze: .*'2020-01-01T09:00' \S+ 周三 2020-01-01 09:00（America/Sao_Paulo）"
                        r".*（\S*周[一二三四五六日] \d{4}-\d\d-\d\d \d\d:\d\d）\n", err), err
    assert not re.search(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b", err), err
    _no_english(err)
    code, out, english = run(capsys, monkeypatch, fresh, "queue", "snooze", str(task), "--until", "2020-01-01T09:00")
    assert code == 2 and re.fullmatch(
        r"inquiry-triage queue snooze: --until '2020-01-01T09:00' means Wed 2020-01-01 09:00 \(America/Sao_Paulo\), "
        r"which is not in the future \(now: (Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{4}-\d\d-\d\d \d\d:\d\d\)\n", english), english


def test_the_past_time_sentence_keeps_its_english(monkeypatch):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from inquiry_triage.queue.cli_words import refusal
    from inquiry_triage.scheduling.deadlines import BusinessCalendar
    from inquiry_triage.scheduling.when import PastTime, parse_until

    zone = "Asia/Shanghai"
    now = datetime(2026, 12, 1, 12, 40, tzinfo=ZoneInfo(zone))
    try:
        parse_until("2020-01-01T09:00", now, BusinessCalendar(timezone=zone))
    except PastTime as exc:
        assert str(exc) == ("--until '2020-01-01T09:00' means Wed 2020-01-01 09:00 (Asia/Shanghai), which is not in "
                            "the future (now: Tue 2026-12-01 12:40)")
        zh = refusal("zh", exc)
        assert "周三 2020-01-01 09:00（Asia/Shanghai）" in zh and "周二 2026-12-01 12:40" in zh, zh
    else:
        raise AssertionError("a past time was taken")


def _exits(capsys, monkeypatch, store, *argv: str, user: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    """run(), for a refusal that leaves by SystemExit (cli._actor)."""
    try:
        return run(capsys, monkeypatch, store, *argv, user=user)
    except SystemExit as exc:
        out, err = capsys.readouterr()
        return int(exc.code), out, err


def test_refusals_of_suspicious_mail_and_of_an_unknown_user_in_chinese(capsys, monkeypatch, fresh):
    monkeypatch.delenv("INQUIRY_TRIAGE_LANG", raising=False)
    # the store holds tests/web/web_store.PEOPLE: alice an agent, lena a lead; nobody named root
    code, out, err = run(capsys, monkeypatch, fresh, "report", "suspicious", user="alice")
    assert code == 4 and err == ("inquiry-triage report suspicious: alice (agent) may not see suspicious inquiries: "
                                 "ask a lead or supervisor\n"), err
    code, out, err = run(capsys, monkeypatch, fresh, "report", "suspicious", "--lang", "zh", user="alice")
    assert code == 4 and err == "inquiry-triage report suspicious: alice（业务员）无权查看可疑询盘：请找组长或主管\n", err
    code, out, err = run(capsys, monkeypatch, fresh, "queue", "--suspicious", user="alice")
    assert code == 4 and err == "inquiry-triage queue: alice (agent) may not see suspicious inquiries\n", err
    code, out, err = run(capsys, monkeypatch, fresh, "queue", "--suspicious", *ZH, user="alice")
    assert code == 4 and err == "inquiry-triage queue: alice（业务员）无权查看可疑询盘\n", err
    code, out, english = _exits(capsys, monkeypatch, fresh, "queue", user="root")
    assert code == 4 and english == ("inquiry-triage: 'root' is not a stored user (see `inquiry-triage users list`): say "
                                     "who you are with --user NAME or INQUIRY_TRIAGE_USER=NAME\n"), english
    monkeypatch.setenv("INQUIRY_TRIAGE_LANG", "zh")
    for argv in (("queue",), ("report", "suspicious")):
        code, out, err = _exits(capsys, monkeypatch, fresh, *argv, user="root")
        assert code == 4 and err.startswith("inquiry-triage: 'root' 不是已登记的用户"), err
        _no_english(err)
    code, out, err = run(capsys, monkeypatch, fresh, "report", "suspicious", user="alice")
    _no_english(err.replace("inquiry-triage report suspicious: ", ""))  # the command's name
    assert "无权查看可疑询盘" in err


def _usage(capsys, monkeypatch, *argv: str) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    from inquiry_triage.cli import main

    capsys.readouterr()
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code)
    return code, capsys.readouterr().err


def test_argparses_common_usage_errors_in_chinese(capsys, monkeypatch):
    monkeypatch.delenv("INQUIRY_TRIAGE_LANG", raising=False)
    cases = {("--grade", "E"): ("argument --grade: invalid choice: 'E' (choose from 'A', 'B', 'C', 'D')",
                                "参数 --grade 的值 'E' 无效（可选：'A', 'B', 'C', 'D'）"),
             ("--bogus",): ("unrecognized arguments: --bogus", "无法识别的参数：--bogus"),
             ("--limit", "x"): ("argument --limit: invalid int value: 'x'", "参数 --limit 需要整数，'x' 不是整数"),
             ("--limit",): ("argument --limit: expected one argument", "参数 --limit 后面需要一个值")}
    for argv, (english, chinese) in cases.items():
        code, err = _usage(capsys, monkeypatch, "queue", *argv)
        assert code == 2 and err.splitlines()[0] == f"inquiry-triage queue: error: {english}", err
        code, err = _usage(capsys, monkeypatch, "queue", *argv, "--lang", "zh")
        assert code == 2 and err.splitlines()[0] == f"inquiry-triage queue: 错误： {chinese}", err
        _no_english(re.sub(r"--[a-z-]+", "", err))  # the option names as typed


def test_an_uncommon_argparse_message_is_left_as_argparse_wrote_it():
    from inquiry_triage.queue.cli_words import usage_error

    assert usage_error("zh", "the following arguments are required: TASK") == "缺少必需的参数：TASK"
    assert usage_error("zh", "argument --due: not allowed with argument --overdue") == \
        "参数 --due 不能和 --overdue 一起用"  # worded since test_zh_every_command's session
    assert usage_error("zh", "unexpected option string: --due") == "unexpected option string: --due"
    assert usage_error("en", "unrecognized arguments: --bogus") == "unrecognized arguments: --bogus"
