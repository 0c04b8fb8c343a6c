"""A value the page or command does not know is refused, never silently ignored: the web queue's
channel/sort/grade and the dashboard's period answer 400 with a translated line (the value itself
not shown), `queue --channel pigeon` is a usage error listing the channels (exit 2)."""

from __future__ import annotations

import contextlib
import io
from datetime import datetime, timezone

import pytest

pytest.importorskip("starlette")

from inquiry_triage.cli import main  # noqa: E402
from inquiry_triage.queue import users  # noqa: E402
from inquiry_triage.web.i18n import catalogue  # noqa: E402
from tests.web.web_store import PASSWORD, app, logged_in, sessions, store_url  # noqa: E402,F401


@pytest.mark.parametrize("query, what", [
    ("channel=pigeon", "channel"), ("sort=bogus", "sort order"), ("grade=Z", "grade"),
    ("grade=A&grade=Q&channel=email", "grade"), ("channel=telegraph", "channel"), ("channel=platforms", "channel"),
])
@pytest.mark.parametrize("path", ["/", "/queue/rows"])
def test_the_queue_refuses_a_value_it_does_not_know(app, path, query, what):
    r = logged_in(app, "alice").get(f"{path}?{query}")
    assert r.status_code == 400 and f"unknown {what} in the address: choose one of" in r.text
    assert 'id="queue"' not in r.text and "pigeon" not in r.text and "bogus" not in r.text


def test_known_and_empty_values_are_answered(app):
    c = logged_in(app, "alice")
    for query in ("", "channel=", "channel=email&sort=newest&grade=A&grade=B", "sort=", "channel=rfq&sort=oldest"):
        assert c.get(f"/?{query}").status_code == 200, query
        assert c.get(f"/queue/rows?{query}").status_code == 200, query


def test_the_queue_takes_the_clis_channel_words(app, sessions):
    """platform and rfq name one channel (an inquiry from a B2B platform), as `queue --channel` takes
    them (ops.inquiry_channel): the same rows, the filter shown as the stored channel."""
    import re

    from sqlalchemy import func, select

    from inquiry_triage.store.models import InquiryRow, TaskRow

    with sessions() as s:
        rfq_tasks = s.scalar(select(func.count()).select_from(TaskRow).join(InquiryRow)
                             .where(InquiryRow.channel == "rfq", TaskRow.state == "open"))
    c = logged_in(app, "alice")

    def rows(query: str) -> list[str]:
        r = c.get(f"/queue/rows?{query}")
        assert r.status_code == 200, (query, r.text[:300])
        return re.findall(r'href="/task/(\d+)"', r.text)

    assert rows("channel=platform") == rows("channel=rfq") == rows("channel=RFQ") == rows("channel=Platform")
    assert len(set(rows("channel=rfq"))) >= min(rfq_tasks, 1) and rows("channel=rfq") != rows("")
    assert rows("channel=whatsapp") == rows("channel=im") and rows("channel=web") == rows("channel=message")
    page = c.get("/?channel=platform").text
    assert '<option value="rfq" selected>' in page


def test_the_dashboard_refuses_an_unknown_period(app):
    lead = logged_in(app, "lena")
    r = lead.get("/dashboard?period=bogus")
    assert r.status_code == 400 and "unknown period in the address: choose one of 1w; 4w; 13w; 52w; all" in r.text
    assert 'id="sla-grade"' not in r.text and "bogus" not in r.text
    assert lead.get("/dashboard?period=<script>").status_code == 400
    assert 'class="current">4w<' in lead.get("/dashboard").text and 'class="current">1w<' in lead.get(
        "/dashboard?period=1w").text


def test_the_refusals_are_chinese_for_a_chinese_user(app, sessions):
    with sessions.begin() as s:
        users.add_user(s, "wei", "agent", PASSWORD, datetime.now(timezone.utc), language="zh")
        users.add_user(s, "mei", "lead", PASSWORD, datetime.now(timezone.utc), language="zh")
    zh = catalogue("zh")
    r = logged_in(app, "wei").get("/?channel=pigeon")
    assert r.status_code == 400 and "网址中的渠道无法识别：请从 " in r.text and zh["email"] in r.text
    assert "unknown" not in r.text and "email" not in r.text
    r = logged_in(app, "wei").get("/?sort=bogus")
    assert r.status_code == 400 and "网址中的排序方式无法识别" in r.text and zh["newest received"] in r.text
    r = logged_in(app, "mei").get("/dashboard?period=bogus")
    assert r.status_code == 400 and "网址中的时间段无法识别" in r.text and zh["all"] in r.text
    # a Chinese list of words takes 、 (not '; ' nor the '；' between sentences)
    assert f"请从 1w、4w、13w、52w、{zh['all']} 中选择" in r.text, r.text
    r = logged_in(app, "wei").get("/?grade=Z")
    assert r.status_code == 400 and "请从 A、B、C、D 中选择" in r.text, r.text


def _queue(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["queue", *argv])
    return code, out.getvalue(), err.getvalue()


def test_the_cli_refuses_a_channel_the_list_does_not_know(store_url, monkeypatch):
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    code, out, err = _queue("--channel", "pigeon", "--user", "alice", "--db", store_url)
    assert code == 2 and out == ""
    assert err.splitlines() == ["inquiry-triage queue: error: argument --channel: invalid choice: 'pigeon' "
                                "(choose from phone, im, fax, email, message, rfq; platform = rfq; whatsapp, wechat, telegram ... = im)",
                                "usage: inquiry-triage queue [list] [--mine] [--grade A] [--search TEXT] [--sort ...] "
                                "[--limit N --page N] [--format json]",
                                "see `inquiry-triage queue --help` (with examples)"]  # as --grade E's
    code, out, err = _queue("--channel", "pigeon", "--snoozed", "--user", "alice", "--db", store_url)
    assert code == 2 and "invalid choice: 'pigeon'" in err
    code, out, err = _queue("--channel", "email", "--user", "alice", "--db", store_url)
    assert code == 0 and err == "" and out.strip()
