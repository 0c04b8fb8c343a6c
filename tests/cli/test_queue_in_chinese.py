"""`queue --lang zh` (or INQUIRY_TRIAGE_LANG=zh): the open list and the lines of claim, release, assign,
reply, note, wake, done and escalate in Chinese, from the web's catalogue (locale/zh.po) and the
command line's own (locale/cli.zh.po). Complete for what it covers: every sentence the list and those
actions say has an entry, and the list shows no English word of its own (the buyer's data stays as it
is). English stays the default and byte-for-byte as before; --format json is never translated."""

from __future__ import annotations

import json
import re
from pathlib import Path

from inquiry_triage.queue.cli_words import _table, cli_language, footer, pad, width
from inquiry_triage.store import open_store
from tests.cli.queue_findings import fresh, run, task_of  # noqa: F401 (fresh: a fixture)

CLI = Path(__file__).resolve().parents[2] / "inquiry_triage" / "cli.py"
ENGLISH = re.compile(r"\b(ID|GRADE|DUE|CHANNEL|LANG|SUSP|FROM|SUBJECT|OVERDUE|ESC|yes|showing|of|next|email|phone|"
                     r"im|message|snoozed|follow-up|review)\b")


def test_every_sentence_the_covered_commands_say_has_a_chinese_entry():
    said = set(re.findall(r"""say\(lang,\s*(?:"([^"]+)"|'([^']+)')""", CLI.read_text(encoding="utf-8")))
    msgids = {a or b for a, b in said} | {"recorded the reply for task %(task)s; task done"}  # a conditional's other arm
    assert len(msgids) >= 30
    zh = _table("zh")
    missing = sorted(m for m in msgids if m not in zh)
    assert not missing, missing
    words = ["email", "phone", "im", "fax", "message", "rfq", "follow-up", "review", "notice", "(no name)",
             "nothing matches", "showing %(first)s-%(last)s of %(of)s", "nothing on this page (%(of)s match)"]
    assert [w for w in words if w not in zh] == []


def test_the_list_in_chinese(capsys, monkeypatch, fresh):
    code, out, _ = run(capsys, monkeypatch, fresh, "queue", "--lang", "zh")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["编号", "等级", "回复截止", "渠道", "语言", "可疑", "买家", "/", "主题"], lines[0]
    phone = task_of(fresh, "phone_log.jsonl:1")
    row = next(line for line in lines if line.split()[:1] == [str(phone)])
    assert " 已逾期 " in row and " 电话 " in row and "| 电话 +971 4 555 0199 · Called about" in row, row
    assert lines[-1] == "第 1-6 条，共 6 条", lines[-1]
    for line in [lines[0], lines[-1]] + [r.split(" | ")[0].rsplit("  ", 1)[0] for r in lines[1:-2]]:
        assert not ENGLISH.search(line), line  # the list's own words; the buyer's address and subject are data
    monkeypatch.setenv("INQUIRY_TRIAGE_LANG", "zh")  # the variable does the same; --lang en wins over it
    assert run(capsys, monkeypatch, fresh, "queue")[1] == out
    monkeypatch.setenv("INQUIRY_TRIAGE_LANG", "zh_CN.UTF-8")
    assert run(capsys, monkeypatch, fresh, "queue")[1] == out
    english = run(capsys, monkeypatch, fresh, "queue", "--lang", "en")[1]
    assert english.splitlines()[0].split()[:3] == ["ID", "GRADE", "DUE"] and english.splitlines()[-1] == "showing 1-6 of 6"


def test_json_is_never_translated(capsys, monkeypatch, fresh):
    english = run(capsys, monkeypatch, fresh, "queue", "--format", "json")[1]
    assert run(capsys, monkeypatch, fresh, "queue", "--format", "json", "--lang", "zh")[1] == english
    assert json.loads(english)[0]["channel"] in ("email", "phone", "im", "message", "fax", "rfq")


def test_the_actions_lines_in_chinese(capsys, monkeypatch, fresh):
    task = task_of(fresh, "company_rfq_fob.eml")
    zh = ("--lang", "zh")
    said = {}
    for argv in (("claim", str(task)), ("note", str(task), "买家要两种颜色"), ("release", str(task)),
                 ("assign", str(task), "--to", "alice"), ("escalate", str(task), "需要工厂报价"),
                 ("reply", str(task), "--quote"), ("done", str(task))):
        code, out, err = run(capsys, monkeypatch, fresh, "queue", *argv, *zh)
        said[argv[0]] = (code, out.strip(), err.strip())
    assert said["claim"] == (0, f"已为 lena 认领任务 {task}（等级 A）", "")
    assert said["note"] == (0, f"已为任务 {task} 添加备注", "")
    assert said["release"] == (0, f"已释放任务 {task}", "")
    assert said["assign"] == (0, f"已将任务 {task} 分配给 alice", "")
    assert said["escalate"] == (0, f"任务 {task} 已上报", "")
    assert said["reply"] == (0, f"已记录任务 {task} 的报价；任务完成", "")
    code, _, err = said["done"]  # the reply closed it: the queue layer's refusal, worded from the catalogue
    assert code != 0 and err.startswith("inquiry-triage queue done: 任务") and not re.search(r"[a-z]{4,}", err[26:]), err
    code, _, err = run(capsys, monkeypatch, fresh, "queue", "done", *zh)
    assert code == 2 and err.splitlines() == ["inquiry-triage queue done: 错误： 哪个任务？请给出任务编号",
                                              "用法：inquiry-triage queue done TASK",
                                              "详见 `inquiry-triage queue done --help`（附示例）"]  # as argparse's


def test_an_empty_queue_in_chinese(tmp_path, capsys, monkeypatch):
    url = f"sqlite:///{tmp_path / 'empty.db'}"
    open_store(url)[0].dispose()
    config = tmp_path / "c.toml"
    config.write_text("")
    code, out, _ = run(capsys, monkeypatch, (url, config), "queue", "--lang", "zh")
    assert code == 0 and out.strip() == "队列为空：没有待回复的任务。"


def test_the_words():
    assert cli_language("zh") == "zh" and cli_language("fr") == "en" and cli_language("zh-CN") == "zh"
    assert width("已逾期") == 6 and pad("已逾期", 8) == "已逾期  " and pad("ID", 5, right=True) == "   ID"
    assert footer("zh", 0, 0, 0) == "没有匹配的任务" and footer("en", 50, 1000, 0, more=True) == "showing 1-50 of 1,000+"
