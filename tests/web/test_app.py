"""The web queue through Starlette's TestClient: login and sessions, roles, CSRF, CSP, escaping,
optimistic locking. A real SQLite store of the triaged fixtures; no stubs of the queue layer."""

from __future__ import annotations

import logging
import re
from datetime import datetime, timezone

import pytest
from sqlalchemy import select, update

pytest.importorskip("starlette")
pytest.importorskip("httpx")

from starlette.testclient import TestClient  # noqa: E402

from inquiry_triage.config import load_config  # noqa: E402
from inquiry_triage.queue import users  # noqa: E402
from inquiry_triage.store.models import AuditRow, InquiryRow, TaskRow, WebSessionRow  # noqa: E402
from inquiry_triage.web import actions  # noqa: E402
from inquiry_triage.web.app import COOKIE, CSP  # noqa: E402
from tests.web.web_store import (BASE, PASSWORD, SAME, app, client, form_fields, logged_in,  # noqa: E402,F401
                                 open_reply_task, sessions, store_url)


# --- login, sessions -----------------------------------------------------------------------------

def test_pages_need_a_login_and_a_good_one_sets_a_strict_httponly_cookie(app):
    c = client(app)
    assert c.get("/").headers["location"] == "/login"
    r = c.post("/login", data={"name": "alice", "password": PASSWORD}, headers=SAME)
    assert r.status_code == 303
    cookie = r.headers["set-cookie"]
    assert cookie.startswith(f"{COOKIE}=") and "HttpOnly" in cookie and "SameSite=strict" in cookie.replace("Strict", "strict")
    page = c.get("/")
    assert page.status_code == 200 and "alice" in page.text and 'id="rows"' in page.text


def test_a_failed_login_is_refused_logged_without_the_password_and_slows_the_next(app, caplog):
    c = client(app)
    with caplog.at_level(logging.INFO, logger="inquiry_triage.web"):
        r = c.post("/login", data={"name": "alice", "password": "not-the-password-xyz"}, headers=SAME)
    assert r.status_code == 401 and COOKIE not in r.headers.get("set-cookie", "")
    assert "login failed for 'alice'" in caplog.text and "not-the-password-xyz" not in caplog.text
    web = app.web
    assert web.throttle.delay("name:alice") > 0  # the next attempt for that name waits first
    web.throttle.failed("name:alice")
    assert web.throttle.delay("name:alice") == 2 * 0.5  # doubles with each failure (FAIL_BASE_DELAY 0.5 s)
    c.post("/login", data={"name": "alice", "password": PASSWORD}, headers=SAME)
    assert web.throttle.delay("name:alice") == 0  # a good login clears it


def test_logout_and_disable_revoke_sessions_server_side(app, sessions):
    c = logged_in(app, "bob")
    token = c.cookies[COOKIE]
    assert c.post("/logout", headers=SAME).headers["location"] == "/login"
    replay = client(app)
    replay.cookies.set(COOKIE, token)
    assert replay.get("/").headers["location"] == "/login"  # the old cookie is dead on the server
    with sessions() as s:
        assert s.scalar(select(WebSessionRow.revoked_at).where(WebSessionRow.token_hash == users.token_hash(token)))

    c = logged_in(app, "bob")
    assert c.get("/").status_code == 200
    with sessions.begin() as s:
        assert users.disable_user(s, "bob", datetime.now(timezone.utc)) >= 1
    try:
        assert c.get("/").headers["location"] == "/login"
        assert c.get("/queue/rows").status_code == 401
        r = client(app).post("/login", data={"name": "bob", "password": PASSWORD}, headers=SAME)
        assert r.status_code == 401  # a disabled user cannot log in again
    finally:
        with sessions.begin() as s:
            users.enable_user(s, "bob", datetime.now(timezone.utc))


def test_a_session_ends_when_it_expires_or_sits_idle(sessions):
    now = datetime.now(timezone.utc)
    with sessions.begin() as s:
        token = users.start_session(s, users.find_user(s, "alice"), now)
    with sessions.begin() as s:
        assert users.session_user(s, token, now) is not None
        assert users.session_user(s, token, now + users.SESSION_IDLE) is None
        assert users.session_user(s, token, now + users.SESSION_LIFETIME) is None
        assert users.session_user(s, token + "x", now) is None


# --- headers, CSRF, escaping ---------------------------------------------------------------------

def test_every_response_has_the_strict_csp(app):
    c = logged_in(app, "alice")
    for path in ("/login", "/", "/queue/rows", "/static/queue.js", "/static/queue.css", "/nowhere"):
        r = c.get(path)
        assert r.headers["content-security-policy"] == CSP, path
    assert "script-src 'self'" in CSP and "unsafe-inline" not in CSP and "frame-ancestors 'none'" in CSP
    page = c.get("/").text
    assert "<script>" not in page and " style=" not in page and "onclick" not in page  # nothing inline


@pytest.mark.parametrize("headers", [{"origin": "https://evil.example"}, {"sec-fetch-site": "cross-site"},
                                     {"sec-fetch-site": "same-site"}, {}])
def test_a_cross_site_post_is_refused_and_changes_nothing(app, sessions, headers):
    c = logged_in(app, "alice")
    task_id = open_reply_task(sessions)
    with sessions() as s:
        before = s.scalar(select(AuditRow.id).order_by(AuditRow.id.desc()).limit(1))
    for path in ("/claim", f"/task/{task_id}/claim", f"/task/{task_id}/note", "/logout"):
        r = c.post(path, data={"text": "x", "version": "0", "mark": "0"}, headers=headers)
        assert r.status_code == 403 and "cross-site" in r.text, path
    with sessions() as s:
        assert s.scalar(select(AuditRow.id).order_by(AuditRow.id.desc()).limit(1)) == before
    assert c.get("/").status_code == 200  # the refused logout did not log out either


def test_a_hostile_subject_body_and_note_are_shown_as_text(app, sessions):
    task_id = open_reply_task(sessions)
    hostile = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    with sessions.begin() as s:
        inquiry_id = s.scalar(select(TaskRow.inquiry_id).where(TaskRow.id == task_id))
        s.execute(update(InquiryRow).where(InquiryRow.id == inquiry_id)
                  .values(subject=hostile, body=hostile + "\nsecond line", from_name=hostile))
    c = logged_in(app, "lena")
    page = c.get(f"/task/{task_id}").text
    fields = form_fields(page, f"/task/{task_id}/note")
    r = c.post(f"/task/{task_id}/note", data={"text": hostile, **fields}, headers=SAME)
    assert r.status_code == 303
    for html in (c.get(f"/task/{task_id}").text, c.get("/").text, c.get("/queue/rows").text):
        assert "<script>alert" not in html and "<img src=x" not in html
        assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html or "&lt;script&gt;alert" in html


# --- roles and optimistic locking ----------------------------------------------------------------

def test_an_agent_is_refused_a_leads_action_and_a_lead_may(app, sessions):
    task_id = open_reply_task(sessions)
    agent = logged_in(app, "alice")
    fields = form_fields(agent.get(f"/task/{task_id}").text, f"/task/{task_id}/note")
    r = agent.post(f"/task/{task_id}/assign", data={"to": "bob", **fields}, headers=SAME)
    assert r.status_code == 403 and "may not assign" in r.text
    with sessions() as s:
        assert s.get(TaskRow, task_id).assignee is None
    lead = logged_in(app, "lena")
    fields = form_fields(lead.get(f"/task/{task_id}").text, f"/task/{task_id}/assign")
    r = lead.post(f"/task/{task_id}/assign", data={"to": "bob", **fields}, headers=SAME)
    assert r.status_code == 303
    with sessions() as s:
        assert s.get(TaskRow, task_id).assignee == "bob"
        assert s.scalar(select(AuditRow.actor).where(AuditRow.task_id == task_id, AuditRow.action == "assign")) == "lena"


def test_an_agent_cannot_open_a_review_task(app, sessions):
    with sessions() as s:
        review_id = s.scalar(select(TaskRow.id).where(TaskRow.kind == "review").limit(1))
    assert review_id is not None  # the fixtures hold suspicious inquiries
    assert logged_in(app, "alice").get(f"/task/{review_id}").status_code == 403
    assert logged_in(app, "lena").get(f"/task/{review_id}").status_code == 200


def test_a_stale_form_is_refused_with_who_changed_the_task_and_when(app, sessions):
    task_id = open_reply_task(sessions)
    alice, bob = logged_in(app, "alice"), logged_in(app, "bob")
    alice_form = form_fields(alice.get(f"/task/{task_id}").text, f"/task/{task_id}/claim")
    bob_form = form_fields(bob.get(f"/task/{task_id}").text, f"/task/{task_id}/claim")
    assert alice.post(f"/task/{task_id}/claim", data=alice_form, headers=SAME).status_code == 303
    r = bob.post(f"/task/{task_id}/claim", data=bob_form, headers=SAME)
    assert r.status_code == 409 and re.search(r"changed by alice at (Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} [A-Z][a-z]{2} \d\d:\d\d", r.text)
    with sessions() as s:
        assert s.get(TaskRow, task_id).assignee == "alice"
    # Her own old form is stale too once the task moved on (she snoozes from the fresh page instead).
    r = alice.post(f"/task/{task_id}/done", data=alice_form, headers=SAME)
    assert r.status_code == 409
    fresh = form_fields(alice.get(f"/task/{task_id}").text, f"/task/{task_id}/snooze")
    r = alice.post(f"/task/{task_id}/snooze", data={"until": "tomorrow 10:00", **fresh}, headers=SAME)
    assert r.status_code == 303, r.text
    with sessions() as s:
        assert s.get(TaskRow, task_id).state == "snoozed"


def test_two_writers_on_the_same_version_one_wins(sessions):
    """The conditional version update alone (no audit row between them) lets exactly one through."""
    task_id = open_reply_task(sessions)
    config = load_config(None)
    with sessions() as s:
        task = s.get(TaskRow, task_id)
        form = actions.Form(version=task.version, mark=s.scalar(
            select(AuditRow.id).where(AuditRow.task_id == task_id).order_by(AuditRow.id.desc()).limit(1)) or 0)
    with sessions.begin() as s:
        actions.ensure_fresh(s, task_id, form, config)
    with pytest.raises(actions.StaleForm), sessions.begin() as s:
        actions.ensure_fresh(s, task_id, form, config)


def test_claim_the_top_task_and_it_leaves_the_unassigned_list(app, sessions):
    c = logged_in(app, "alice")
    r = c.post("/claim", headers=SAME)
    assert r.status_code == 303 and r.headers["location"].startswith("/task/")
    task_id = int(r.headers["location"].split("/")[2].split("?")[0])
    with sessions() as s:
        task = s.get(TaskRow, task_id)
        assert (task.state, task.assignee) == ("claimed", "alice")
    rows = c.get("/queue/rows?unassigned=1").text
    assert f'data-task="{task_id}"' not in rows
    assert f'data-task="{task_id}"' in c.get("/queue/rows?mine=1").text


def test_only_loopback_host_names_are_answered_by_default(app):
    assert client(app).get("/login").status_code == 200
    rebound = TestClient(app, base_url="http://attacker.example:8080", follow_redirects=False)
    assert rebound.get("/login").status_code == 421
    assert rebound.post("/login", data={"name": "alice", "password": PASSWORD},
                        headers={"origin": "http://attacker.example:8080"}).status_code == 421


def test_filters_narrow_the_list(app, sessions):
    c = logged_in(app, "lena")
    with sessions() as s:
        countries = {cc for (cc,) in s.execute(select(InquiryRow.country).join(TaskRow).where(
            TaskRow.state.in_(("open", "claimed")), TaskRow.kind == "reply", InquiryRow.country != ""))}
    country = sorted(countries)[0]
    rows = c.get(f"/queue/rows?country={country.lower()}").text
    ids = [int(i) for i in re.findall(r'data-task="(\d+)"', rows)]
    assert ids
    with sessions() as s:
        assert {s.get(TaskRow, i).inquiry.country for i in ids} == {country}
    every = re.findall(r'data-task="(\d+)"', c.get("/queue/rows").text)
    assert len(ids) < len(every)
    graded = re.findall(r'class="grade grade-(\w)"', c.get("/queue/rows?grade=A&grade=B").text)
    assert graded and set(graded) <= {"A", "B"}


def test_a_lead_releases_a_review_task_as_genuine(app, sessions):
    with sessions() as s:
        review_id = s.scalar(select(TaskRow.id).where(TaskRow.kind == "review", TaskRow.state == "open")
                            .order_by(TaskRow.id.desc()).limit(1))
    lead = logged_in(app, "lena")
    fields = form_fields(lead.get(f"/task/{review_id}").text, f"/task/{review_id}/release")
    r = lead.post(f"/task/{review_id}/release", data=fields, headers=SAME)
    assert r.status_code == 303, r.text
    with sessions() as s:
        review = s.get(TaskRow, review_id)
        assert review.state == "done"
        reply = s.scalar(select(TaskRow).where(TaskRow.inquiry_id == review.inquiry_id, TaskRow.kind == "reply"))
        assert reply is not None and reply.state == "open" and review.inquiry.verdict == "genuine"


def test_reply_sent_elsewhere_and_escalate_are_recorded_like_the_clis(app, sessions):
    task_id = open_reply_task(sessions)
    c = logged_in(app, "alice")
    fields = form_fields(c.get(f"/task/{task_id}").text, f"/task/{task_id}/escalate")
    assert c.post(f"/task/{task_id}/escalate", data={"text": "big order, needs a lead", **fields},
                  headers=SAME).status_code == 303
    fields = form_fields(c.get(f"/task/{task_id}").text, f"/task/{task_id}/reply")
    r = c.post(f"/task/{task_id}/reply", data={"channel": "im", "quote": "1", **fields}, headers=SAME)
    assert r.status_code == 303, r.text
    with sessions() as s:
        task = s.get(TaskRow, task_id)
        assert task.state == "done" and task.escalated_at is not None
        actions_done = list(s.scalars(select(AuditRow.action).where(AuditRow.task_id == task_id).order_by(AuditRow.id)))
        assert actions_done[-2:] == ["escalate", "reply"]
        from inquiry_triage.store.models import ReplyRow

        reply = s.scalar(select(ReplyRow).where(ReplyRow.task_id == task_id))
        assert (reply.author, reply.channel, reply.kind) == ("alice", "im", "quote")
    other = open_reply_task(sessions)
    fields = form_fields(c.get(f"/task/{other}").text, f"/task/{other}/reply")
    bad = c.post(f"/task/{other}/reply", data={"channel": "pigeon", **fields}, headers=SAME)
    assert bad.status_code == 400 and "reply channel must be one of" in bad.text
    with sessions() as s:
        assert s.get(TaskRow, other).state == "open" and s.get(TaskRow, other).version == int(fields["version"])


def test_review_page_for_leads_bulk_dismiss_and_agents_refused(app, sessions):
    agent = logged_in(app, "alice")
    assert agent.get("/review").status_code == 403
    with sessions() as s:
        waiting = list(s.scalars(select(TaskRow.id).where(TaskRow.kind == "review", TaskRow.state == "open")
                                 .order_by(TaskRow.id)))
    assert len(waiting) >= 2
    r = agent.post("/review", data={"task": [str(i) for i in waiting], "verdict": "spam"}, headers=SAME)
    assert r.status_code == 403
    with sessions() as s:
        assert all(s.get(TaskRow, i).state == "open" for i in waiting)

    lead = logged_in(app, "lena")
    page = lead.get("/review").text
    assert all(f'id="pick-{i}"' in page for i in waiting)
    picked = waiting[:2]
    r = lead.post("/review", data={"task": [str(i) for i in picked], "verdict": "spam"}, headers=SAME)
    assert r.status_code == 303 and r.headers["location"] == "/review"
    assert "2 task(s) dismissed as spam" in lead.get("/review").text  # shown once, from the server
    assert "2 task(s) dismissed as spam" not in lead.get("/review").text
    with sessions() as s:
        for i in picked:
            task = s.get(TaskRow, i)
            assert task.state == "dismissed" and task.inquiry.dismissed_as == "spam"
        assert s.scalar(select(AuditRow.actor).where(AuditRow.task_id == picked[0], AuditRow.action == "dismiss")) == "lena"
    # A dismissed task judged again is a correction (queue/operations.dismiss allows it), audited as such.
    r = lead.post("/review", data={"task": [str(picked[0])], "verdict": "spy"}, headers=SAME)
    assert r.status_code == 303
    with sessions() as s:
        assert s.get(TaskRow, picked[0]).inquiry.dismissed_as == "spy"
        assert len(list(s.scalars(select(AuditRow.id).where(AuditRow.task_id == picked[0],
                                                            AuditRow.action == "dismiss")))) == 2
    r = lead.post("/review", data={"verdict": "spam"}, headers=SAME)
    assert r.status_code == 400 and "tick one or more tasks" in r.text


def test_pages_never_show_words_from_the_url(app):
    c = logged_in(app, "alice")
    for path in ("/?msg=Account+locked%3A+call+%2B86+555", "/review?msg=Account+locked", "/task/1?msg=Account+locked"):
        assert "Account locked" not in c.get(path).text
