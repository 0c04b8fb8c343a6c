"""The HTML reports speak the chosen language, as the web does: `report sla|suspicious --format html`
in the stored language of who runs it (`users language`, the web's 中文 · English switch), unless
--lang or $INQUIRY_TRIAGE_LANG says otherwise; once users are stored, an unknown name is refused. Chinese words from the catalogue
(web/locale/zh.po), <html lang="zh-CN">; the table, CSV and JSON stay English; data (names, grades,
zones, the inquiry's words) stays as it is."""

from __future__ import annotations

import html as htmllib
import re
from datetime import datetime, timezone

import pytest

from inquiry_triage.cli import main
from inquiry_triage.queue import users
from inquiry_triage.reports.sla import render_sla
from inquiry_triage.store import open_store
from tests.web.web_store import PASSWORD, triaged_store

DATA = {"by": "agent", "now": "2026-11-20T10:00:00+08:00", "since": "2026-10-23T10:00:00+08:00",
        "business_timezone": "Asia/Shanghai", "week_timezone": None,
        "groups": [{"group": "bob", "inquiries": 3, "replied": 2, "first_response_median_h": 1.5,
                    "first_response_p90_h": 2.0, "first_response_median_business_h": 1.0,
                    "first_response_p90_business_h": 1.5, "breaches": 1, "backlog": 1, "overdue": 0},
                   {"group": "(unreplied)", "inquiries": 1, "replied": 0, "first_response_median_h": None,
                    "first_response_p90_h": None, "first_response_median_business_h": None,
                    "first_response_p90_business_h": None, "breaches": 0, "backlog": 1, "overdue": 1}],
        "review": {"open": 0, "oldest_wait_h": None}}
DATA["total"] = {**DATA["groups"][0], "group": "total"}


def headers(page: str) -> list[str]:
    return [htmllib.unescape(h) for h in re.findall(r"<th(?: [^>]*)?>(.*?)</th>", page)]


def meta_lines(page: str) -> list[str]:
    return [htmllib.unescape(line) for line in re.findall(r'<p class="meta">(.*?)</p>', page)]


def test_the_sla_page_in_chinese_and_in_english():
    zh, en = render_sla(DATA, "html", "zh"), render_sla(DATA, "html")
    assert '<html lang="zh-CN">' in zh and '<html lang="en">' in en
    assert "<h1>首次回复 SLA（按业务员）</h1>" in zh and "<h1>First-response SLA by agent</h1>" in en
    assert headers(zh) == ["业务员", "询盘", "已回复", "中位数（小时）", "p90（小时）", "中位数（工作小时）", "p90（工作小时）",
                           "超时", "积压", "已逾期"]
    assert headers(en)[:4] == ["agent", "inquiries", "replied", "median h"]
    assert meta_lines(zh) == ["截至 2026-11-20T10:00:00+08:00，2026-10-23T10:00:00+08:00 以来收到的询盘",
                              "首次回复时间：从收到询盘到首次回复，单位为小时（h = 自然时间，bh = Asia/Shanghai 的工作时间）；p90 按最近秩计算"]
    assert "<td>bob</td>" in zh and "<td>（未回复）</td>" in zh and "<td>合计</td>" in zh  # a name stays a name
    assert "<p>该时间段内没有询盘。</p>" in render_sla({**DATA, "groups": []}, "html", "zh")
    # the other formats are the command line's, English whatever the language
    assert render_sla(DATA, "table").startswith("First-response SLA by agent\nas of 2026-11-20T10:00:00+08:00, "
                                                "inquiries received since 2026-10-23T10:00:00+08:00\n")


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> str:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("INQUIRY_TRIAGE_CONFIG", "")
        url = triaged_store(tmp_path_factory.mktemp("lang") / "lang.db")  # alice, bob, lena: English
    engine, sessions = open_store(url)
    with sessions.begin() as s:
        users.add_user(s, "mei", "lead", PASSWORD, datetime.now(timezone.utc), language="zh")
    engine.dispose()
    return url


def report(store: str, capsys, *args: str) -> str:  # type: ignore[no-untyped-def]
    capsys.readouterr()
    assert main(["report", *args, "--db", store, "--format", "html"]) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("who, extra, language", [
    ("mei", (), "zh"), ("lena", (), "en"), ("mei", ("--lang", "en"), "en"), ("lena", ("--lang", "zh"), "zh"),
])
def test_the_cli_reports_follow_the_users_language_unless_told(store, capsys, monkeypatch, who, extra, language):
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    sla = report(store, capsys, "sla", "--since", "all", "--user", who, *extra)
    suspicious = report(store, capsys, "suspicious", "--user", who, *extra)
    if language == "zh":
        assert '<html lang="zh-CN">' in sla and "<h1>首次回复 SLA（按等级）</h1>" in sla and "合计" in sla
        assert '<html lang="zh-CN">' in suspicious and "<h1>可疑询盘</h1>" in suspicious
        assert headers(suspicious)[:5] == ["#", "收到时间", "状态", "可疑类型", "风险"]
        assert "风险最高的在前" in meta_lines(suspicious)[0] and "待审核（任务 " in suspicious
        assert not [h for h in headers(sla) + headers(suspicious) if re.search(r"[a-z]{3}", h)]  # no English label
    else:
        assert '<html lang="en">' in sla and "<h1>First-response SLA by grade</h1>" in sla
        assert '<html lang="en">' in suspicious and "<h1>Suspicious inquiries</h1>" in suspicious
        assert "highest risk first" in meta_lines(suspicious)[0] and "held for review (task " in suspicious


def test_someone_not_stored_is_refused_and_the_table_stays_english(store, capsys, monkeypatch):
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    monkeypatch.setenv("INQUIRY_TRIAGE_USER", "nobody-stored")
    capsys.readouterr()
    with pytest.raises(SystemExit) as refused:  # users are stored: an unknown name is refused, as by every command
        main(["report", "sla", "--since", "all", "--db", store, "--format", "html"])
    assert refused.value.code == 4 and capsys.readouterr().out == ""
    monkeypatch.setenv("INQUIRY_TRIAGE_USER", "lena")  # stored, English
    assert '<html lang="en">' in report(store, capsys, "sla", "--since", "all")
    monkeypatch.setenv("INQUIRY_TRIAGE_LANG", "zh_CN.UTF-8")  # the command line's language, as queue --lang
    assert '<html lang="zh-CN">' in report(store, capsys, "sla", "--since", "all")
    assert '<html lang="en">' in report(store, capsys, "sla", "--since", "all", "--user", "mei", "--lang", "en")
    monkeypatch.delenv("INQUIRY_TRIAGE_LANG")
    capsys.readouterr()
    assert main(["report", "sla", "--db", store, "--since", "all", "--user", "mei"]) == 0
    assert capsys.readouterr().out.startswith("First-response SLA by grade\n")  # a stored zh user: the page's only
    assert main(["report", "sla", "--db", store, "--since", "all", "--user", "mei", "--lang", "zh"]) == 0
    assert capsys.readouterr().out.startswith("首次回复 SLA（按等级）\n")  # the table: the command line's language, as queue's
