"""An evidence line whose rule fired with no points (ORIGIN_COUNTRY, DNS_UNKNOWN: shown to explain,
not to count) reads 'info', never '+0.00', wherever evidence is shown: `queue show`, `report
suspicious`, the task page (and 说明 on a Chinese one)."""

from __future__ import annotations

import re
from datetime import datetime, timezone

import pytest
from sqlalchemy import select

pytest.importorskip("starlette")

from inquiry_triage.cli import main  # noqa: E402
from inquiry_triage.queue import users  # noqa: E402
from inquiry_triage.queue.views import points_figure  # noqa: E402
from inquiry_triage.store.models import InquiryRow, TaskRow  # noqa: E402
from tests.web.web_store import PASSWORD, app, logged_in, sessions, store_url  # noqa: E402,F401 (fixtures)

ZERO = re.compile(r"[+-]0\.00\b")


def test_points_figure():
    assert [points_figure(p) for p in (0, 0.0, None, 1.5, -0.8, 0.001, 2)] == [
        "info", "info", "info", "+1.50", "-0.80", "+0.001", "+2.00"]


def task_of(sessions, source_part: str) -> int:  # noqa: F811
    with sessions() as s:
        return s.scalar(select(TaskRow.id).join(InquiryRow).where(InquiryRow.source.contains(source_part))
                        .order_by(TaskRow.id).limit(1))


def test_no_points_read_info_in_queue_show_the_report_and_the_task_page(store_url, sessions, app, capsys,  # noqa: F811
                                                                        monkeypatch):
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    task = task_of(sessions, "company_rfq_fob")
    assert main(["queue", "show", str(task), "--db", store_url, "--user", "lena"]) == 0
    shown = capsys.readouterr().out
    evidence = shown[shown.index("Evidence:"):shown.index("Message:")]
    assert re.search(r"^\s+info  ORIGIN_COUNTRY ", evidence, re.M) and re.search(r"^\s+[+-]\d\.\d\d  \w", evidence, re.M)
    assert not ZERO.search(evidence)

    assert main(["report", "suspicious", "--db", store_url, "--user", "lena"]) == 0
    report = capsys.readouterr().out
    assert re.search(r"^\s+info LINK_TEXT_MISMATCH ", report, re.M) and re.search(r"^\s+[+-]\d\.\d\d \w", report, re.M)
    assert not ZERO.search(report)
    assert main(["report", "suspicious", "--db", store_url, "--user", "lena", "--format", "html"]) == 0
    html = capsys.readouterr().out
    assert ">info</td>" in html and not ZERO.search(html)

    page = logged_in(app, "lena").get(f"/task/{task}").text
    table = page[page.index('id="evidence"'):page.index("</table>", page.index('id="evidence"'))]
    assert '<td class="num">info</td><td>ORIGIN_COUNTRY</td>' in table and not ZERO.search(table)
    with sessions.begin() as s:
        users.add_user(s, "mei", "lead", PASSWORD, datetime.now(timezone.utc), language="zh")
    zh_page = logged_in(app, "mei").get(f"/task/{task}").text
    assert 'lang="zh-CN"' in zh_page and '<td class="num">说明</td><td>ORIGIN_COUNTRY</td>' in zh_page


def test_a_risk_rule_s_points_say_they_are_risk_not_grade(store_url, sessions, app, capsys, monkeypatch):  # noqa: F811
    """A scam or spy rule's points add to the risk (RISK_PENALTY then lowers the grade): its evidence line says
    "risk (scam):" in `queue show` and on the task page (风险（诈骗）： in Chinese), a grade rule's line does not
    (a newcomer read "+1.00 NO_REPLY_ADDRESS" as a bonus)."""
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    with sessions() as s:
        rows = s.execute(select(TaskRow.id, InquiryRow.result).join(InquiryRow).order_by(TaskRow.id)).all()
    import json as _json

    def risky(result) -> bool:  # type: ignore[no-untyped-def]
        data = result if isinstance(result, dict) else _json.loads(result or "{}")
        return any(r.get("kind") == "scam" and r.get("points") for r in data.get("reasons", []))
    task = next(task for task, result in rows if risky(result))
    assert main(["queue", "show", str(task), "--db", store_url, "--user", "lena"]) == 0
    evidence = capsys.readouterr().out.split("Evidence:")[1].split("Message:")[0]
    assert re.search(r"^\s+\+\d\.\d\d  [A-Z_]+ +risk \(scam\): ", evidence, re.M)
    assert not re.search(r"^\s+\+\d\.\d\d  CHANNEL_\w+ +risk", evidence, re.M)
    assert main(["queue", "show", str(task), "--db", store_url, "--user", "lena", "--lang", "zh"]) == 0
    assert "风险（诈骗）：" in capsys.readouterr().out
    page = logged_in(app, "lena").get(f"/task/{task}").text
    table = page[page.index('id="evidence"'):page.index("</table>", page.index('id="evidence"'))]
    assert "risk (scam):" in table
