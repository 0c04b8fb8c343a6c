"""The supervisor's dashboard: the same figures as `report sla --format json` on the same store (by
grade, agent and week), volume that adds up to the same inquiries, roles, escaping, the CSP."""

from __future__ import annotations

import contextlib
import io
import json
import re
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select

pytest.importorskip("starlette")

from starlette.testclient import TestClient  # noqa: E402

from inquiry_triage.cli import main  # noqa: E402
from inquiry_triage.config import load_config  # noqa: E402
from inquiry_triage.queue import operations as ops  # noqa: E402
from inquiry_triage.queue import users  # noqa: E402
from inquiry_triage.store import open_store  # noqa: E402
from inquiry_triage.store.models import InquiryRow, TaskRow  # noqa: E402
from inquiry_triage.web.app import CSP, create_app  # noqa: E402
from inquiry_triage.web.charts import hbars  # noqa: E402
from tests.servers.postgres import pg_url, postgres_server  # noqa: E402,F401 (fixtures used by name)
from tests.web.web_store import BASE, PASSWORD, SAME, logged_in, triaged_store  # noqa: E402,F401

HOSTILE = '<img src=x onerror=alert(1)>'  # an agent "name" as a reply's author: data, never markup


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("INQUIRY_TRIAGE_CONFIG", "")
        url = triaged_store(tmp_path_factory.mktemp("dash") / "dash.db")
        engine, sessions = open_store(url)
        now = datetime.now(timezone.utc)
        with sessions.begin() as s:
            users.add_user(s, "sam", "supervisor", PASSWORD, now, language="en")
            tasks = s.scalars(select(TaskRow.id).join(InquiryRow).where(TaskRow.kind == "reply",
                                                                        TaskRow.state == "open",
                                                                        InquiryRow.suspicious.is_(False))
                              .order_by(TaskRow.id)).all()
        assert len(tasks) >= 4
        # replies by three authors at different delays, so medians and p90s are real numbers
        for i, task_id in enumerate(tasks[:6]):
            author = ops.Actor(name=("alice", "bob", HOSTILE)[i % 3], role="agent")
            with sessions.begin() as s:
                ops.claim(s, author, now, task_id)
                ops.record_reply(s, author, now, task_id, sent_at=now - timedelta(minutes=5 * i))
        yield url, sessions
        engine.dispose()


@pytest.fixture()
def app(store, monkeypatch):
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    return create_app(load_config(None), store[1])



def cli_sla(url: str, by: str, monkeypatch) -> dict:
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["report", "sla", "--db", url, "--since", "all", "--by", by, "--format", "json", "--user", "sam"]) == 0
    return json.loads(out.getvalue())


def shown(value) -> str:
    return "-" if value is None else (f"{value:.2f}" if isinstance(value, float) else str(value))


def table_of(html: str, by: str) -> tuple[dict[str, dict[str, str]], dict[str, str]]:
    """{group: {field: cell text}} and the total row of the dashboard's table for `by`."""
    block = re.search(rf'<table class="queue sla" data-by="{by}">(.*?)</table>', html, re.S).group(1)
    groups = {}
    for group, cells in re.findall(r'<tr data-group="([^"]*)">(.*?)</tr>', block, re.S):
        groups[group] = dict(re.findall(r'data-field="([^"]+)">([^<]*)</td>', cells))
    total = dict(re.findall(r'data-field="([^"]+)">([^<]*)</td>', re.search(r'data-total="1">(.*?)</tr>', block, re.S).group(1)))
    return groups, total


def unescape(text: str) -> str:
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&#34;", '"').replace("&#39;", "'").replace("&amp;", "&")


@pytest.mark.parametrize("by", ["grade", "agent", "week"])
def test_the_dashboard_shows_report_sla_s_figures(app, store, by, monkeypatch):
    html = logged_in(app, "sam").get("/dashboard?period=all").text
    expected = cli_sla(store[0], by, monkeypatch)
    groups, total = table_of(html, by)
    assert expected["groups"], "the fixtures make inquiries"
    assert [unescape(g) for g in groups] == [g["group"] for g in expected["groups"]]
    fields = [f for f in expected["total"] if f != "group"]
    for g in expected["groups"]:
        assert groups[_escaped(g["group"])] == {f: shown(g[f]) for f in fields}, g["group"]
    assert total == {f: shown(expected["total"][f]) for f in fields}
    if by == "agent":
        replied = [g for g in expected["groups"] if g["replied"]]
        assert len(replied) == 3 and all(g["first_response_median_h"] is not None for g in replied)


def _escaped(group: str) -> str:
    return group.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&#34;").replace("'", "&#39;")


def test_volume_counts_the_same_inquiries_and_charts_are_svg_without_inline_style_or_script(app, store, monkeypatch):
    r = logged_in(app, "lena").get("/dashboard?period=all")
    assert r.status_code == 200 and r.headers["content-security-policy"] == CSP
    html = r.text
    expected = cli_sla(store[0], "grade", monkeypatch)["total"]["inquiries"]
    volume = int(re.search(r'<section id="volume">\s*<h2>[^<]*\((\d+)\)', html).group(1))
    assert volume == expected
    for chart in ("By weekday", "By hour"):  # every inquiry falls in one weekday and one hour
        svg = re.search(rf"<svg[^>]*><title>{chart}</title>(.*?)</svg>", html, re.S).group(1)
        bars = [int(v) for v in re.findall(r"<title>[^<:]+: (\d+)</title>", svg)]
        assert sum(bars) == expected
    assert "<svg" in html and " style=" not in html
    assert re.findall(r"<script[^>]*>", html) == ['<script src="/static/queue.js" defer>']
    assert HOSTILE not in html and _escaped(HOSTILE) in html
    css = TestClient(app, base_url=BASE).get("/static/dashboard.css")
    assert css.status_code == 200 and "chart-bar" in css.text


def test_agents_are_refused_the_dashboard_and_a_bad_period_is_refused(app):
    agent = logged_in(app, "alice")
    r = agent.get("/dashboard")
    assert r.status_code == 403 and 'id="sla-grade"' not in r.text
    assert 'id="nav-dashboard"' not in agent.get("/").text
    assert TestClient(app, base_url=BASE, follow_redirects=False).get("/dashboard").headers["location"] == "/login"
    lead = logged_in(app, "lena")
    assert 'id="nav-dashboard"' in lead.get("/").text
    r = lead.get("/dashboard?period=<script>")  # tests/web/test_unknown_values.py: 400, the value not shown
    assert r.status_code == 400 and "<script>" not in r.text.replace('<script src="/static/queue.js" defer></script>', "")
    assert 'class="current">4w<' in lead.get("/dashboard").text


def test_chart_labels_are_escaped():
    svg = str(hbars([("<b>&", 2.5), ("x", None)], "t<"))
    assert "<b>" not in svg and "&lt;b&gt;&amp;" in svg and "t&lt;" in svg and ">-<" in svg


def test_the_same_figures_on_postgresql(pg_url, monkeypatch):
    """The dashboard's own queries (volume, suspicious kinds read out of the JSON result) and
    collect_sla's on PostgreSQL: every cell equal to `report sla --format json` there."""
    from inquiry_triage.queue.views import buyer_history

    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    url = triaged_store(pg_url)
    engine, sessions = open_store(url)
    try:
        now = datetime.now(timezone.utc)
        with sessions.begin() as s:
            users.add_user(s, "sam", "supervisor", PASSWORD, now, language="en")
            tasks = s.scalars(select(TaskRow.id).join(InquiryRow).where(
                TaskRow.kind == "reply", TaskRow.state == "open", InquiryRow.suspicious.is_(False))
                .order_by(TaskRow.id)).all()[:3]
        for i, task_id in enumerate(tasks):
            actor = ops.Actor(name=("alice", "bob")[i % 2], role="agent")
            with sessions.begin() as s:
                ops.claim(s, actor, now, task_id)
                ops.record_reply(s, actor, now, task_id, sent_at=now - timedelta(minutes=7 * i))
        html = logged_in(create_app(load_config(None), sessions), "sam").get("/dashboard?period=all").text
        for by in ("grade", "agent", "week"):
            expected = cli_sla(url, by, monkeypatch)
            groups, total = table_of(html, by)
            fields = [f for f in expected["total"] if f != "group"]
            assert {unescape(g): v for g, v in groups.items()} == {
                g["group"]: {f: shown(g[f]) for f in fields} for g in expected["groups"]}
            assert total == {f: shown(expected["total"][f]) for f in fields}
        suspicious = int(re.search(r'<section id="suspicious">\s*<h2>[^<]*\((\d+)\)', html).group(1))
        with sessions() as s:
            assert suspicious == s.scalar(select(func.count()).select_from(InquiryRow).where(
                InquiryRow.suspicious.is_(True), InquiryRow.status == "triaged")) > 0
            key = s.scalar(select(InquiryRow.buyer_key).where(InquiryRow.id == s.scalar(
                select(TaskRow.inquiry_id).where(TaskRow.id == tasks[0]))))
            events = buyer_history(s, key, ops.Actor("sam", "supervisor"), limit=50).events
        assert {e.kind for e in events} >= {"inquiry", "reply"}
    finally:
        engine.dispose()
