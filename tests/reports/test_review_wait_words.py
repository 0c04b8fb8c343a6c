"""`report sla`'s review line said how long the oldest suspicious inquiry has waited in decimal hours
('oldest waiting 545.34 h', '最久已等待 545.34 小时'; newcomer 17, finding 7): it now says it as people
write it, with the one formatter of durations (scheduling/deadlines.elapsed_span; the queue's business
time '4h 55m' / '4小时55分' is its shape under a day). JSON keeps the figure (oldest_wait_h)."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from inquiry_triage.queue.cli_words import duration
from inquiry_triage.reports.sla import render_sla
from inquiry_triage.scheduling.deadlines import business_span, elapsed_span
from tests.reports.test_report_language import DATA


@pytest.mark.parametrize("span, en, zh", [
    (timedelta(hours=545.34), "22d 17h", "22天17小时"),
    (timedelta(days=1), "1d 0h", "1天0小时"),
    (timedelta(hours=4, minutes=55), "4h 55m", "4小时55分"),
    (timedelta(minutes=35), "35m", "35分"),
])
def test_durations_read_as_people_write_them(span, en, zh):
    assert elapsed_span(span) == en and duration("en", span) == en and duration("zh", span) == zh


def test_under_a_day_it_is_the_business_span_shape():
    assert elapsed_span(timedelta(hours=23, minutes=59)) == business_span(timedelta(hours=23, minutes=59)) == "23h 59m"


@pytest.mark.parametrize("lang, line", [
    ("en", "review (suspicious, for leads; not in the SLA): 3 open, oldest waiting 22d 17h"),
    ("zh", "审核（可疑询盘，由组长处理；不计入 SLA）：3 条待审核，最久已等待 22天17小时"),
])
def test_the_review_line_of_the_sla_table(lang, line):
    data = {**DATA, "review": {"open": 3, "oldest_wait_h": 545.34}}
    assert render_sla(data, "table", lang).rstrip("\n").splitlines()[-1] == line
    assert json.loads(render_sla(data, "json"))["review"] == {"open": 3, "oldest_wait_h": 545.34}
