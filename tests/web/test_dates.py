"""Dates and times on the web pages: the server's fallback in the user's interface language (zh and
en, on the seller's clock, the year only when it is not this year's), a buyer's clock pinned to the
buyer's zone and labelled, and the pages' <time datetime> elements queue.js writes again."""

from __future__ import annotations

import re
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from inquiry_triage.web.dates import city, fallback, time_tag

pytest.importorskip("starlette")

from tests.web.web_store import app, logged_in, open_reply_task, sessions, store_url  # noqa: E402,F401

UTC = timezone.utc
AT = datetime(2026, 11, 30, 7, 4, tzinfo=UTC)  # Monday 15:04 in Shanghai


@pytest.mark.parametrize("lang, style, year, text", [
    ("zh", "full", False, "11月30日 周一 15:04"),
    ("en", "full", False, "Mon 30 Nov 15:04"),
    ("zh", "short", False, "周一 15:04"),
    ("en", "short", False, "Mon 15:04"),
    ("zh", "full", True, "2026年11月30日 周一 15:04"),
    ("en", "full", True, "Mon 30 Nov 2026 15:04"),
])
def test_the_fallback_in_each_interface_language(lang, style, year, text):
    assert fallback(AT.astimezone(ZoneInfo("Asia/Shanghai")), lang, style=style, year=year) == text


def test_every_weekday_and_month_has_its_name_in_both_languages():
    days = [datetime(2026, m, d, 9, 0, tzinfo=UTC) for m, d in ((1, 5), (2, 3), (3, 4), (4, 2), (5, 8), (6, 6), (7, 5))]
    assert [fallback(d, "zh", style="short")[:2] for d in days] == ["周一", "周二", "周三", "周四", "周五", "周六", "周日"]
    assert [fallback(d, "en", style="short")[:3] for d in days] == ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = [fallback(datetime(2026, m, 1, tzinfo=UTC), "en").split()[2] for m in range(1, 13)]
    assert months == "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def test_a_time_tag_is_on_the_sellers_clock_with_the_instant_in_iso():
    tag = str(time_tag(AT, "zh", "Asia/Shanghai", now=AT))
    assert tag == '<time datetime="2026-11-30T07:04:00+00:00" data-style="full">11月30日 周一 15:04</time>'
    last_year = str(time_tag(AT.replace(year=2025), "en", "Asia/Shanghai", now=AT))  # 2025-11-30: a Sunday
    assert 'data-year="1"' in last_year and ">Sun 30 Nov 2025 15:04<" in last_year
    assert str(time_tag(None, "en", "UTC")) == ""


def test_a_buyers_clock_stays_in_the_buyers_zone():
    tag = str(time_tag(AT, "en", "Asia/Shanghai", style="short", buyer_zone="Europe/Madrid"))
    assert tag == ('<time datetime="2026-11-30T07:04:00+00:00" data-style="short" data-zone="Europe/Madrid">'
                   'Mon 08:04</time>')
    assert (city("Europe/Madrid"), city("America/Sao_Paulo"), city("Etc/GMT-8"), city("Etc/GMT+3")) == \
        ("Madrid", "Sao Paulo", "UTC+8", "UTC-3")


def test_pages_write_times_as_time_elements_in_the_users_language(app, sessions):
    from inquiry_triage.queue import users

    with sessions.begin() as s:
        if users.find_user(s, "wei") is None:
            users.add_user(s, "wei", "agent", "correct horse battery", datetime.now(UTC), language="zh")
    task_id = open_reply_task(sessions)
    zh = logged_in(app, "wei").get(f"/task/{task_id}").text
    en = logged_in(app, "alice").get(f"/task/{task_id}").text
    zh_times = re.findall(r'<time datetime="[^"]+" data-style="full"[^>]*>([^<]+)</time>', zh)
    en_times = re.findall(r'<time datetime="[^"]+" data-style="full"[^>]*>([^<]+)</time>', en)
    assert zh_times and all(re.fullmatch(r"(\d{4}年)?\d{1,2}月\d{1,2}日 周[一二三四五六日] \d\d:\d\d", t) for t in zh_times)
    assert en_times and all(re.fullmatch(r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} [A-Z][a-z]{2}( \d{4})? \d\d:\d\d", t)
                            for t in en_times)
    # the buyer's side of the deadline is pinned and labelled with the buyer's place
    pinned = re.search(r'data-zone="([^"]+)">[^<]+</time> <span class="zone">([^<]+)</span>', en)
    assert pinned and pinned.group(2) == city(pinned.group(1))
    queue = logged_in(app, "alice").get("/").text
    assert re.search(r'<time datetime="[^"]+" data-style="short" data-zone="[^"]+">[A-Z][a-z]{2} \d\d:\d\d</time> '
                     r'<small class="zone">', queue)
