"""INQUIRY_TRIAGE_LANG=zh beyond the list: `queue show`, `--snoozed`, `review`, `buyer` / `history`, and
the lines of snooze, dismiss, genuine, a review released and buyer-timezone, with their usage errors,
in Chinese from the one catalogue (web/locale/zh.po + cli.zh.po, read by queue/cli_words.py), as
tests/web/test_no_english.py checks the web: every sentence the command line says through the catalogue
has a Chinese entry with the same placeholders, and a zh run of each command shows none of the
catalogue's English sentences and none of the command's own English labels (the buyer's data, the
evidence's rule names and what they matched, and the reply draft stay as they are). English is
unchanged, and --format json is never translated."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

from inquiry_triage.queue import cli_words
from inquiry_triage.queue.cli_words import _table
from tests.cli.queue_findings import fresh, run, task_of  # noqa: F401 (fresh: a fixture)

ROOT = Path(__file__).resolve().parents[2] / "inquiry_triage"
PLACEHOLDER = re.compile(r"%\((\w+)\)s")
HAN = re.compile(r"[\u4e00-\u9fff]")
ZH = ("--lang", "zh")


def _said_msgids(path: Path) -> set[str]:
    """The literal msgids given to say(lang, ...) / label(lang, ...) in `path` (a module constant too)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    constants = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
            pairs = (zip(target.elts, value.elts) if isinstance(target, ast.Tuple) and isinstance(value, ast.Tuple)
                     else [(target, value)])
            constants.update({t.id: v.value for t, v in pairs if isinstance(t, ast.Name) and isinstance(v, ast.Constant)})
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") in ("say", "label") and len(node.args) >= 2:
            arg = node.args[1]
            options = [arg.body, arg.orelse] if isinstance(arg, ast.IfExp) else [arg]
            for a in options:
                if isinstance(a, ast.Constant) and isinstance(a.value, str):
                    found.add(a.value)
                elif isinstance(a, ast.Name) and isinstance(constants.get(a.id), str):
                    found.add(constants[a.id])
    return found


def test_every_sentence_said_has_a_chinese_entry_with_the_same_placeholders():
    msgids = _said_msgids(ROOT / "cli.py") | _said_msgids(ROOT / "queue" / "cli_words.py")
    msgids |= {f"%(n)s {many}" for many in ("inquiries", "replies", "notes")} | {"INQUIRY", "REPLY"}  # counted(), labels
    assert len(msgids) > 90
    zh = _table("zh")
    assert sorted(m for m in msgids if m not in zh) == []
    assert [m for m in msgids if not HAN.search(zh[m])] == []
    assert [m for m in msgids if sorted(PLACEHOLDER.findall(m)) != sorted(PLACEHOLDER.findall(zh[m]))] == []


def test_a_sentence_missing_from_the_catalogue_is_caught(tmp_path):
    """The check above can fail: a say() of a made-up sentence is collected and has no entry."""
    made = tmp_path / "m.py"
    made.write_text('X = "Frobnicate task %(task)s"\nsay(lang, X)\nsay(lang, "Widget:" if a else "Gadget:")\n')
    assert _said_msgids(made) == {"Frobnicate task %(task)s", "Widget:", "Gadget:"}
    assert "Frobnicate task %(task)s" not in _table("zh")


# The English a zh run must not show: the catalogue's sentences (their literal pieces between values) and
# the command line's own labels. Data keeps its English: rule names, subjects, bodies, the draft.
def _english_pieces() -> set[str]:
    pieces = set()
    for msgid in _table("zh"):
        for piece in PLACEHOLDER.split(msgid)[::2]:
            piece = piece.strip(" ,;:()`'\"")
            if len(piece) >= 12 and len(piece.split()) >= 3 and re.search(r"[a-z]{3}", piece):
                pieces.add(piece)
    return pieces


LABELS = re.compile(r"^(Task \d|Deadline:|Buyer's clock from:|From:|Phone:|Subject:|Channel:|Origin:|Verdict:|Source:|"
                    r"Evidence:|Notes:|Message:|Reply draft:|Review:|Escalated:|Buyer \S+:|showing \d|"
                    r"\s*ID GRADE|\s*TASK ARRIVED)|\b(grade|due|language|mailbox|inquiry|task|snoozed|dismissed|"
                    r"genuine|timezone|seller's clock|overdue|REVIEW|INQUIRY|REPLY|NOTE|SUSPICIOUS|WAKES|when the buyer)\b")


def _interface_lines(out: str) -> list[str]:
    """The lines the command line words itself: not the message body, the draft or an evidence line's match."""
    lines, skip = [], False
    for line in out.splitlines():
        if re.match(r"^(询盘内容|回复草稿)", line):
            skip = True
            continue
        if skip and (line.startswith("  ") or not line.strip()):
            continue
        skip = False
        line = re.sub(r"^inquiry-triage(?: queue)?(?: [a-z-]+)?: ", "", line)  # the command's name
        line = re.sub(r"inquiry-triage queue\b.*", "", line)  # a command line (a usage line, an example)
        line = re.sub(r"`[^`]*`", "", line)  # a command to type: `queue show 任务编号`
        if re.match(r"^\s+(\+|-|说明)", line) and re.search(r"[A-Z_]{5,}", line):  # an evidence line: its rule and match
            line = re.sub(r"[A-Z][A-Z_]{4,}.*", "", line)
        lines.append(line)
    return lines


def _no_english(out: str, data: tuple[str, ...] = ()) -> None:
    pieces = _english_pieces()
    for line in _interface_lines(out):
        for value in data:  # the buyer's own words in a line (a subject, an address, a note's text)
            line = line.replace(value, "")
        assert not [p for p in pieces if p in line], line
        assert not LABELS.search(line), line


DATA = ("RFQ: stainless steel ball valves DN50, 2,000 pcs", "Called about 40HQ container of ceramic floor tiles",
        "Buyer wants 2 colours", "Anna Keller", "Ahmed Al Mansouri", "John Tom", "Order Inquiry", "Inquiry for LED panels",
        "Thomas Weber", "Cooperation and product information request", "New Purchase Order PO#88213 - Urgent",
        "Website contact form", "needs the factory price")


def test_queue_show_in_chinese(capsys, monkeypatch, fresh):
    for source in ("company_rfq_fob.eml", "phone_log.jsonl:1", "john_tom36_fake_order.eml"):
        task = task_of(fresh, source)
        code, out, err = run(capsys, monkeypatch, fresh, "queue", "show", str(task), *ZH)
        assert code == 0, err
        _no_english(out, DATA)
        assert re.search(rf"^任务 {task}  等级 [A-D]  ", out, re.M), out
    task = task_of(fresh, "company_rfq_fob.eml")
    out = run(capsys, monkeypatch, fresh, "queue", "show", str(task), *ZH)[1]
    deadline = re.search(r"^回复期限：(.+)$", out, re.M).group(1)
    assert deadline.startswith("请在 周") and "柏林" in deadline and "已逾期" in deadline, deadline
    assert "QUANTITY" in out and "写明了数量" in out  # the rule's name stays, its explanation is Chinese
    assert "Dear Anna Keller" in out  # the draft is in the buyer's language
    english = run(capsys, monkeypatch, fresh, "queue", "show", str(task))[1]
    assert english.startswith(f"Task {task}  grade A  due ") and "\nDeadline: reply by " in english
    assert "\nFrom:     Anna Keller <a.keller@acme-machinery.example>\n" in english and "\nEvidence:\n" in english
    assert run(capsys, monkeypatch, fresh, "queue", "show", str(task), "--format", "json", *ZH)[1] == \
        run(capsys, monkeypatch, fresh, "queue", "show", str(task), "--format", "json")[1]


def test_a_day_of_actions_in_chinese(capsys, monkeypatch, fresh):
    phone, rfq = task_of(fresh, "phone_log.jsonl:1"), task_of(fresh, "company_rfq_fob.eml")
    spanish, german = task_of(fresh, "spanish_greeting_english_body.eml"), task_of(fresh, "german_ip_2am_beijing_offset.eml")
    said = []

    def zh(*argv: str, code: int = 0) -> str:
        got, out, err = run(capsys, monkeypatch, fresh, "queue", *argv, *ZH)
        assert got == code, (argv, out, err)
        said.append(out + err)
        return out + err

    zh("claim", str(phone))
    zh("note", str(phone), "Buyer wants 2 colours")
    assert re.fullmatch(rf"任务 {phone} 已暂缓至 周. \d{{4}}-\d\d-\d\d 09:00（卖方时间）(；.*)?\n", zh("snooze", str(phone), "--until", "明天9点"))
    assert "'早饭后' 看不懂" in zh("snooze", str(phone), "--until", "明天早饭后", code=2)
    listed = zh("--snoozed")
    assert listed.splitlines()[0].split()[:4] == ["编号", "等级", "恢复时间", "回复截止"], listed
    zh("show", str(phone))
    zh("wake", str(phone))
    assert zh("snooze", str(phone), "--until-reply").strip() == f"任务 {phone} 已暂缓，直到买家再次来信"
    assert "1 条询盘（电话），0 次回复，1 条备注" in zh("buyer", str(phone))
    zh("history", str(rfq))
    zh("buyer", "nobody@example.org", code=2)
    zh("buyer", code=2)
    zh("show", code=2)
    zh("dismiss", str(german), code=2)
    assert zh("dismiss", str(german), "--as", "spy").startswith(f"任务 {german} 已作为刺探驳回（这是回复任务")
    zh("show", str(german))
    assert zh("buyer-timezone", str(spanish), "Europe/Madrid").startswith("买家 carlos@distribuciones-lopez.example：时区设为")
    zh("buyer-timezone", str(spanish), "auto")
    zh("review")
    review = task_of(fresh, "john_tom36_fake_order.eml")
    assert zh("release", str(review)).startswith(f"审核任务 {review}：真实询盘；已生成回复任务")
    for out in said:
        _no_english(out, DATA + ("carlos@distribuciones-lopez.example", "Europe/Madrid", "nobody@example.org"))


def test_the_english_lines_are_as_before(capsys, monkeypatch, fresh):
    phone, german = task_of(fresh, "phone_log.jsonl:1"), task_of(fresh, "german_ip_2am_beijing_offset.eml")
    monkeypatch.delenv("INQUIRY_TRIAGE_LANG", raising=False)
    assert run(capsys, monkeypatch, fresh, "queue", "claim", str(phone))[0] == 0
    out = run(capsys, monkeypatch, fresh, "queue", "snooze", str(phone), "--until", "明天9点")[1]
    assert re.fullmatch(rf"snoozed task {phone} until \w{{3}} \d{{4}}-\d\d-\d\d 09:00 \(seller's clock\)(; .*)?\n", out), out
    out = run(capsys, monkeypatch, fresh, "queue", "--snoozed")[1]
    assert out.splitlines()[0].split() == ["ID", "GRADE", "WAKES", "DUE", "CHANNEL", "FROM", "/", "SUBJECT"]
    out = run(capsys, monkeypatch, fresh, "queue", "dismiss", str(german), "--as", "spy")[1]
    assert out == (f"task {german} dismissed as spy (a reply task: triage did not flag this inquiry; the verdict is kept "
                   "for `learn` as one the rules missed)\n")
    out = run(capsys, monkeypatch, fresh, "queue", "buyer", str(phone))[1]
    assert out.startswith("Buyer phone +971 4 555 0199: 1 inquiry by phone, 0 replies, 0 notes")
    err = run(capsys, monkeypatch, fresh, "queue", "snooze", str(phone), "--until", "过几天")[2]
    assert err.startswith("inquiry-triage queue snooze: error: --until '过几天': not understood; write e.g. 3天, 2小时")


def test_history_json_is_never_translated(capsys, monkeypatch, fresh):
    task = task_of(fresh, "phone_log.jsonl:1")
    english = run(capsys, monkeypatch, fresh, "queue", "history", str(task), "--format", "json")[1]
    assert run(capsys, monkeypatch, fresh, "queue", "history", str(task), "--format", "json", *ZH)[1] == english
    assert json.loads(english)["events"][0]["kind"] == "inquiry"


def test_the_clock_words_of_a_closed_task(monkeypatch):
    from datetime import datetime, timezone
    from types import SimpleNamespace

    closing = SimpleNamespace(how="quote", channel="rfq", dismissed_as="")
    k = SimpleNamespace(kind="closed", seller_zone="Asia/Shanghai", closing=closing, closed_by="lena",
                        closed_at=datetime(2026, 12, 2, 1, 0, tzinfo=timezone.utc), closed_state="done")
    assert cli_words.clock_words("zh", k) == "已关闭：lena 于 周三 2026-12-02 09:00 通过平台发送报价"


def test_every_actions_help_words_have_a_chinese_entry():
    from inquiry_triage.queue.actions_help import ACTIONS

    zh = _table("zh")
    words = {a.what for a in ACTIONS.values()} | {what for a in ACTIONS.values() for _, what in a.examples}
    assert len(words) > 35
    assert sorted(w for w in words if not HAN.search(zh.get(w, ""))) == []


def _help(capsys, monkeypatch, *argv: str) -> tuple[int, str]:
    from inquiry_triage.cli import main

    monkeypatch.setenv("INQUIRY_TRIAGE_USER", "lena")
    capsys.readouterr()
    with pytest.raises(SystemExit) as done:
        main(list(argv))
    out, err = capsys.readouterr()
    return done.value.code, out + err


@pytest.mark.parametrize("action", ["show", "claim", "snooze", "buyer", "dismiss", "reply"])
def test_an_actions_help_page_in_chinese(capsys, monkeypatch, action):
    from inquiry_triage.queue.actions_help import ACTIONS

    monkeypatch.setenv("INQUIRY_TRIAGE_LANG", "zh")
    code, page = _help(capsys, monkeypatch, "queue", action, "--help")
    folded = re.sub(r"\s+", "", page)  # the page wraps its prose to the terminal (cli.wrap_columns)
    assert code == 0 and "\n示例：\n" in page and re.sub(r"\s+", "", _table("zh")[ACTIONS[action].what]) in folded, page
    assert "options:" not in page  # the option list is worded too (tests/cli/test_zh_option_help)
    own = page[:page.index("选项")] + page[page.index("示例："):]  # the page's own words (its usage and examples)
    _no_english(own.replace(ACTIONS[action].usage, ""))
    code, english = _help(capsys, monkeypatch, "queue", action, "--help", "--lang", "en")  # --lang en wins
    assert code == 0 and ACTIONS[action].what in english and "\nexamples:\n" in english


def test_a_usage_error_in_chinese(capsys, monkeypatch):
    monkeypatch.setenv("INQUIRY_TRIAGE_LANG", "zh")
    code, said = _help(capsys, monkeypatch, "queue", "shw")
    assert code == 2 and said.splitlines()[0].startswith("inquiry-triage queue: 错误： 没有 'shw' 这个操作（是不是 show？）")
    assert said.splitlines()[-1] == "详见 `inquiry-triage queue --help`（附示例）"
    monkeypatch.delenv("INQUIRY_TRIAGE_LANG")
    code, said = _help(capsys, monkeypatch, "queue", "shw")
    assert said.splitlines()[0].startswith("inquiry-triage queue: error: unknown action 'shw' (did you mean show?); one of:")
    assert said.splitlines()[-1] == "see `inquiry-triage queue --help` (with examples)"


def test_the_reports_tables_in_chinese(capsys, monkeypatch, fresh):
    """`report suspicious` and `report sla` as tables in the command line's language; csv and json stay
    English (programs read them)."""
    for argv in (("report", "suspicious"), ("report", "suspicious", "--state", "dismissed"), ("report", "sla"),
                 ("report", "sla", "--by", "agent")):
        code, out, err = run(capsys, monkeypatch, fresh, *argv, "--lang", "zh")
        assert code == 0, err
        _no_english(out, DATA)
        english = run(capsys, monkeypatch, fresh, *argv)[1]
        assert english.splitlines()[0] != out.splitlines()[0]
    out = run(capsys, monkeypatch, fresh, "report", "suspicious", "--lang", "zh")[1]
    assert out.startswith("3 条可疑询盘待判定，风险最高的在前") and "\n    收到时间 " in out and "写明了" not in out.splitlines()[0]
    english = run(capsys, monkeypatch, fresh, "report", "suspicious")[1]
    assert english.startswith("3 suspicious inquiries waiting for a verdict, highest risk first; times on America/Sao_Paulo")
    sla = run(capsys, monkeypatch, fresh, "report", "sla", "--lang", "zh")[1]
    assert sla.startswith("首次回复 SLA（按等级）") and re.search(r"^合计\s+\d", sla, re.M), sla
    assert run(capsys, monkeypatch, fresh, "report", "sla")[1].startswith("First-response SLA by grade\n")
    monkeypatch.setenv("INQUIRY_TRIAGE_LANG", "zh")
    for fmt in ("csv", "json"):
        assert run(capsys, monkeypatch, fresh, "report", "suspicious", "--format", fmt)[1] == \
            run(capsys, monkeypatch, fresh, "report", "suspicious", "--format", fmt, "--lang", "en")[1]


def test_filed_mail_in_chinese(tmp_path, capsys, monkeypatch):
    """`queue --filed` (leads): its heading, counts, rows, footer and empty answer in Chinese; each filing
    by its meaning (邮件列表), the filing word only as what to type (--filed list) beside a count."""
    from inquiry_triage.cli import main
    from tests.queue.test_id_labels import _store  # inquiry 1: mail filed "list"; inquiries 2 and 3 have tasks

    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    url = f"sqlite:///{tmp_path / 'filed.db'}"
    _store(url)[0].dispose()

    def filed(*argv: str) -> str:
        capsys.readouterr()
        assert main(["queue", "--filed", *argv, "--db", url, "--user", "lena"]) == 0
        return capsys.readouterr().out

    lines = filed("list", "--lang", "zh").splitlines()
    assert lines[0] == "归档为“邮件列表”的已存储邮件：不是询盘，因此没有任务", lines
    assert lines[1] == "全部已存储条目按归档类别：队列中的询盘 2，邮件列表 1（--filed list）", lines
    assert lines[2].startswith("询盘 1          邮件列表 ") and lines[-1] == "第 1-1 条，共 1 条", lines
    assert filed("bounce", "--lang", "zh").strip() .endswith("没有归档为“退信、无法投递的邮件”的已存储邮件。")
    for line in lines:  # the filing word only as what --filed takes
        _no_english(line)
    assert filed("list").splitlines()[2].startswith("inquiry 1 ")  # English as before
