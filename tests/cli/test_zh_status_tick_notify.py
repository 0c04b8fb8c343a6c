"""`status`, `tick`, `notify` and `queue templates` speak the user's language (INQUIRY_TRIAGE_LANG=zh,
or `queue --lang zh`) from the command line's catalogue (web/locale/cli.zh.po, queue/cli_words.py),
as the queue commands already did; English is unchanged and --format json stays English."""

from __future__ import annotations

import json
import re

from tests.cli.queue_findings import fresh, run  # noqa: F401 (fresh: a fixture)

HAN = re.compile(r"[\u4e00-\u9fff]")


def _zh(capsys, monkeypatch, store, *argv: str, user: str = "lena") -> tuple[int, str, str]:
    monkeypatch.setenv("INQUIRY_TRIAGE_LANG", "zh")
    return run(capsys, monkeypatch, store, *argv, user=user)


def test_status_in_chinese(capsys, monkeypatch, fresh):
    english = run(capsys, monkeypatch, fresh, "status")[1]
    assert re.search(r"^(HEALTHY|NEEDS ATTENTION|ATTENTION: )", english) and "\nqueue: " in english, english
    code, out, _ = _zh(capsys, monkeypatch, fresh, "status")
    assert code in (0, 3)
    assert re.search(r"^(运行正常|需要处理|注意：)", out) and "\n队列：" in out and "\n询盘：已分拣 " in out, out
    assert "（检查于 " in out and "待审核 " in out
    own = out.splitlines()  # the attention lines too (tests/cli/test_zh_status_attention)
    assert not [line for line in own if re.search(r"\b(queue|inquiries|triaged|overdue|review|scheduler|checked)\b", line)], out
    assert json.loads(_zh(capsys, monkeypatch, fresh, "status", "--format", "json")[1])["queue"]  # JSON: English keys


def test_tick_in_chinese(capsys, monkeypatch, fresh):
    code, out, err = _zh(capsys, monkeypatch, fresh, "tick")
    assert code == 0, err
    assert re.match(r"调度轮次 \d{4}-\d\d-\d\d \d\d:\d\d（卖方时间）：唤醒 \d+ 个，计划跟进 \d+ 个，提醒 \d+ 个，上报 \d+ 个", out), out
    assert not re.search(r"\b(woke|planned|escalated|reminded|scheduler round)\b", out), out
    monkeypatch.delenv("INQUIRY_TRIAGE_LANG")
    assert run(capsys, monkeypatch, fresh, "tick")[1].startswith("scheduler round at ")


def test_notify_in_chinese(capsys, monkeypatch, fresh):
    code, out, err = _zh(capsys, monkeypatch, fresh, "notify", "price-change", "--product", "ball valves")
    assert code == 0, err
    assert re.fullmatch(r"已为报过 'ball valves' 价的买家创建 \d+ 个调价通知任务\n", out), out
    code, out, err = _zh(capsys, monkeypatch, fresh, "notify", "price-change", "--product", "ball valves", user="alice")
    assert code == 4 and "无权发送调价通知" in err and "may not" not in err, err


def test_the_template_listing_in_chinese(capsys, monkeypatch, fresh):
    english = run(capsys, monkeypatch, fresh, "queue", "templates")[1].splitlines()
    zh = run(capsys, monkeypatch, fresh, "queue", "templates", "--lang", "zh")[1].splitlines()
    assert len(zh) == len(english) > 2
    assert english[-1].startswith("(a language without its own template") and zh[-1].startswith("（没有专用模板的语言")
    assert HAN.search(zh[0]) and zh[0].split()[1:] == english[0].split()[1:]  # the kind worded; language and file as they are
    assert run(capsys, monkeypatch, fresh, "queue", "templates", "--lang", "zh", "--format", "json")[1] == \
        run(capsys, monkeypatch, fresh, "queue", "templates", "--format", "json")[1]
