"""A phone or chat buyer's number is shown where a salesperson reads the task: `queue show` (a "Phone:"
line and the JSON field `phone`) and the web's task page, spaced as `triage` prints it. A newcomer's
finding: the number (stored only as the buyer key "tel:+97145550199") was on none of them."""

from __future__ import annotations

import json
import re
from datetime import datetime, timezone

import pytest

from tests.cli.queue_findings import fresh, run, task_of  # noqa: F401 (fresh: a fixture)

SPACED = "+971 4 555 0199"  # fixtures/records/phone_log.jsonl:1, a call from Dubai


def test_queue_show_has_a_phone_line_and_json_field(capsys, monkeypatch, fresh):
    task = task_of(fresh, "phone_log.jsonl:1")
    code, out, _ = run(capsys, monkeypatch, fresh, "queue", "show", str(task))
    assert code == 0 and re.search(r"^Phone: +\+971 4 555 0199$", out, re.M), out
    code, out, _ = run(capsys, monkeypatch, fresh, "queue", "show", str(task), "--format", "json")
    assert code == 0 and json.loads(out)["phone"] == SPACED, out


def test_a_buyer_known_by_address_has_no_phone_line(capsys, monkeypatch, fresh):
    task = task_of(fresh, "company_rfq_fob.eml")
    code, out, _ = run(capsys, monkeypatch, fresh, "queue", "show", str(task))
    assert code == 0 and "Phone:" not in out, out
    code, out, _ = run(capsys, monkeypatch, fresh, "queue", "show", str(task), "--format", "json")
    assert code == 0 and json.loads(out)["phone"] is None, out


# --- the web's task page, beside the sender (English and Chinese) ---------------------------------

pytest.importorskip("starlette")
pytest.importorskip("httpx")

from tests.web.test_page_words import app_at  # noqa: E402 (the app at a fixed `now`)
from tests.web.test_sales_findings import chinese, part  # noqa: E402
from tests.web.test_sales_findings import task_of as web_task_of  # noqa: E402
from tests.web.web_store import logged_in, sessions, store_url  # noqa: E402,F401

NOW = datetime(2026, 11, 30, 6, 0, tzinfo=timezone.utc)


def test_the_task_page_shows_the_phone_beside_the_sender(sessions, monkeypatch):  # noqa: F811
    app = app_at(sessions, monkeypatch, NOW)
    task = web_task_of(sessions, "phone_log.jsonl:1")
    english, zh = logged_in(app, "lena"), chinese(app, sessions)
    page = english.get(f"/task/{task}").text
    assert part(page, "phone") == f"Phone: {SPACED}", part(page, "phone")
    assert page.index('id="from"') < page.index('id="phone"') < page.index('id="origin"')
    assert part(zh.get(f"/task/{task}").text, "phone") == f"电话： {SPACED}"
    emailed = web_task_of(sessions, "company_rfq_fob.eml")
    assert 'id="phone"' not in english.get(f"/task/{emailed}").text
