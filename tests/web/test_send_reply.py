"""Draft editing, the template picker and a reply mailed to the buyer through a real SMTP server
(aiosmtpd on 127.0.0.1): the mail carries the edited text, goes To the buyer, In-Reply-To the
inquiry's Message-ID; the reply is recorded (record_reply: audited, task done) only when it left."""

from __future__ import annotations

import re
from email import message_from_bytes
from email.policy import default as default_policy

import pytest
from sqlalchemy import select

pytest.importorskip("starlette")
pytest.importorskip("aiosmtpd")

from starlette.testclient import TestClient  # noqa: E402

from inquiry_triage.config import load_config  # noqa: E402
from inquiry_triage.store import open_store  # noqa: E402
from inquiry_triage.store.models import AuditRow, InquiryRow, NoteRow, ReplyRow, TaskRow  # noqa: E402
from inquiry_triage.web.app import create_app  # noqa: E402
from tests.servers.dnsmasq import free_port  # noqa: E402
from tests.servers.smtp import smtp_inbox  # noqa: E402
from tests.web.web_store import BASE, PASSWORD, SAME, logged_in, triaged_store  # noqa: E402,F401

EDITED = "Dear buyer,\n\nEdited by hand: 500 pcs at USD 2.10, FOB Ningbo. 您好！\n\nAlice"


@pytest.fixture(scope="module")
def smtp():
    with smtp_inbox() as running:
        yield running


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("INQUIRY_TRIAGE_CONFIG", "")
        url = triaged_store(tmp_path_factory.mktemp("send") / "send.db")
    engine, sessions = open_store(url)
    yield sessions
    engine.dispose()


def app_with(sessions, tmp_path, monkeypatch, port: int | None):
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    path = tmp_path / "smtp.toml"
    path.write_text("" if port is None else
                    f'[notifications.smtp]\nhost = "127.0.0.1"\nport = {port}\nsecurity = "plain"\n'
                    f'sender = "sales@seller.example"\n', encoding="utf-8")
    return create_app(load_config(path), sessions)



def email_task(sessions) -> tuple[int, str, str, str]:
    with sessions() as s:
        task_id, addr, message_id, subject = s.execute(
            select(TaskRow.id, InquiryRow.from_addr, InquiryRow.message_id, InquiryRow.subject).join(InquiryRow)
            .where(TaskRow.kind == "reply", TaskRow.state == "open", InquiryRow.suspicious.is_(False),
                   InquiryRow.channel == "email", InquiryRow.message_id.like("%@%"), InquiryRow.from_addr.like("%@%.%"),
                   InquiryRow.draft != "")
            .order_by(TaskRow.id)).first()
    return task_id, addr, message_id, subject


def claimed(c: TestClient, task_id: int) -> str:
    html = c.get(f"/task/{task_id}").text
    fields = {k: re.search(rf'action="/task/{task_id}/claim".*?name="{k}" value="(\d+)"', html, re.S).group(1)
              for k in ("version", "mark")}
    assert c.post(f"/task/{task_id}/claim", data=fields, headers=SAME).status_code == 303
    return c.get(f"/task/{task_id}").text


def send_fields(html: str) -> dict[str, str]:
    block = html[html.index('id="send-form"'):]
    return {k: re.search(rf'name="{k}" value="(\d+)"', block).group(1) for k in ("version", "mark")}


def test_the_edited_reply_is_mailed_to_the_buyer_in_its_thread_and_recorded(store, smtp, tmp_path, monkeypatch):
    controller, inbox = smtp
    app = app_with(store, tmp_path, monkeypatch, controller.port)
    c = logged_in(app, "alice")
    task_id, addr, message_id, subject = email_task(store)
    html = claimed(c, task_id)
    assert 'id="reply-text"' in html and 'id="do-send"' in html
    before = len(inbox.messages)
    r = c.post(f"/task/{task_id}/send", data={**send_fields(html), "text": EDITED}, headers=SAME)
    assert r.status_code == 303, r.text
    assert len(inbox.messages) == before + 1
    mail_from, rcpt, content = inbox.messages[-1]
    mail = message_from_bytes(content, policy=default_policy)
    assert rcpt == [addr] and mail_from == "sales@seller.example"
    assert addr in str(mail["To"])
    assert mail["In-Reply-To"] == "<" + message_id.strip("<>") + ">" and message_id.strip("<>") in mail["References"]
    assert mail["Subject"].startswith("Re:") and mail["Message-ID"]
    assert mail.get_content().replace("\r\n", "\n").strip() == EDITED  # CRLF on the wire
    with store() as s:
        task = s.get(TaskRow, task_id)
        assert task.state == "done"
        reply = s.scalars(select(ReplyRow).where(ReplyRow.task_id == task_id)).one()
        assert (reply.author, reply.channel, reply.kind) == ("alice", "email", "reply")
        assert s.scalar(select(NoteRow.content).where(NoteRow.task_id == task_id, NoteRow.action == "sent")) == EDITED
        assert "reply" in s.scalars(select(AuditRow.action).where(AuditRow.task_id == task_id)).all()
    page = c.get(f"/task/{task_id}").text
    assert "reply mailed to" in page
    # the same form again: stale (the task moved on), nothing more is mailed
    r = c.post(f"/task/{task_id}/send", data={**send_fields(html), "text": EDITED}, headers=SAME)
    assert r.status_code == 409 and len(inbox.messages) == before + 1


def test_a_server_that_refuses_leaves_nothing_recorded(store, tmp_path, monkeypatch):
    app = app_with(store, tmp_path, monkeypatch, free_port())  # nobody listens there
    c = logged_in(app, "bob")
    with store() as s:
        task_id = s.scalar(select(TaskRow.id).join(InquiryRow).where(
            TaskRow.kind == "reply", TaskRow.state == "open", InquiryRow.suspicious.is_(False),
            InquiryRow.channel == "email", InquiryRow.from_addr.like("%@%.%")).order_by(TaskRow.id.desc()))
    html = claimed(c, task_id)
    r = c.post(f"/task/{task_id}/send", data={**send_fields(html), "text": "hello"}, headers=SAME)
    assert r.status_code == 502 and "did not take the reply" in r.text
    with store() as s:
        assert s.get(TaskRow, task_id).state == "claimed"
        assert s.scalar(select(ReplyRow.id).where(ReplyRow.task_id == task_id)) is None
        assert s.scalar(select(NoteRow.id).where(NoteRow.task_id == task_id, NoteRow.action == "sent")) is None


def test_cross_site_and_someone_else_s_task_are_refused(store, smtp, tmp_path, monkeypatch):
    controller, inbox = smtp
    app = app_with(store, tmp_path, monkeypatch, controller.port)
    alice, bob = logged_in(app, "alice"), logged_in(app, "bob")
    task_id = email_task(store)[0]
    html = claimed(alice, task_id)
    before = len(inbox.messages)
    assert alice.post(f"/task/{task_id}/send", data={**send_fields(html), "text": "x"},
                      headers={"origin": "https://evil.example"}).status_code == 403
    r = bob.post(f"/task/{task_id}/send", data={**send_fields(bob.get(f"/task/{task_id}").text), "text": "x"},
                 headers=SAME)
    assert r.status_code == 403 and len(inbox.messages) == before


def test_without_a_mail_server_sending_is_not_offered_and_refused(store, tmp_path, monkeypatch):
    app = app_with(store, tmp_path, monkeypatch, None)
    c = logged_in(app, "bob")
    with store() as s:
        task_id = s.scalar(select(TaskRow.id).join(InquiryRow).where(
            TaskRow.kind == "reply", TaskRow.state == "open", InquiryRow.suspicious.is_(False)).order_by(TaskRow.id.desc()))
    html = claimed(c, task_id)
    assert 'id="no-mail"' in html and 'id="do-send"' not in html
    r = c.post(f"/task/{task_id}/send", data={**send_fields(html), "text": "x"}, headers=SAME)
    assert r.status_code == 400 and "no mail server configured" in r.text


def test_the_template_picker_makes_the_draft_in_another_language(store, tmp_path, monkeypatch):
    app = app_with(store, tmp_path, monkeypatch, None)
    c = logged_in(app, "lena")
    with store() as s:
        task_id = s.scalar(select(TaskRow.id).join(InquiryRow).where(
            TaskRow.kind == "reply", InquiryRow.language == "en", InquiryRow.draft != "",
            InquiryRow.suspicious.is_(False)).order_by(TaskRow.id))
    html = c.get(f"/task/{task_id}").text
    langs = re.findall(r'<option value="([a-z]{2,3})"', html[html.index('id="draft-lang"'):])
    assert "en" in langs and "es" in langs
    english = re.search(r'id="draft">(.*?)</pre>', html, re.S).group(1)
    spanish_page = c.get(f"/task/{task_id}/draft?lang=es")
    assert spanish_page.status_code == 200
    spanish = re.search(r'id="draft">(.*?)</pre>', spanish_page.text, re.S).group(1)
    assert spanish.strip() and spanish != english
    assert '<option value="es" selected>' in spanish_page.text
    assert c.get(f"/task/{task_id}/draft?lang=xx").status_code == 400


def test_a_task_without_an_email_address_offers_no_send_and_refuses_one(store, smtp, tmp_path, monkeypatch):
    """A call's record (or a mail whose From held no address) has nowhere to mail a reply: no "Send by email to"
    button with an empty address, the way to go said instead, and a send posted anyway is refused, nothing mailed
    or recorded (it went to the server with an empty To before)."""
    controller, inbox = smtp
    app = app_with(store, tmp_path, monkeypatch, controller.port)
    c = logged_in(app, "alice")
    with store() as s:
        task_id = s.scalar(select(TaskRow.id).join(InquiryRow).where(
            TaskRow.kind == "reply", TaskRow.state == "open", InquiryRow.from_addr == "").order_by(TaskRow.id))
    assert task_id is not None  # the fixtures' phone log
    html = claimed(c, task_id)
    assert 'id="do-send"' not in html and 'id="no-address"' in html
    assert "No email address to send to" in html
    before = len(inbox.messages)
    r = c.post(f"/task/{task_id}/send", data={**send_fields(html), "text": "hello"}, headers=SAME)
    assert r.status_code == 400 and "no email address to send to" in r.text
    assert len(inbox.messages) == before
    with store() as s:
        assert s.get(TaskRow, task_id).state == "claimed"
        assert s.scalar(select(ReplyRow.id).where(ReplyRow.task_id == task_id)) is None


@pytest.mark.parametrize(("subject", "sent"), [
    ("=?utf-8?B?not*valid*base64?= LED panels", "Re: LED panels"),  # the parser kept the word as written
    ("Price for =?gb2312?B?", "Re: Price for"),  # a word cut open at the header's end
    ("=?utf-8?B?not*valid*base64?=", "Re:"),
    ("RE: 报价 LED  panels", "RE: 报价 LED panels"),
    ("a = ? b ?= c", "Re: a = ? b ?= c"),  # no encoded-word: kept
])
def test_the_reply_subject_does_not_send_back_an_encoded_word_the_parser_could_not_decode(subject, sent):
    from inquiry_triage.web.reply_mail import reply_message

    mail = reply_message(sender="sales@seller.example", to="buyer@example.com", to_name="", subject=subject,
                         body="hello", inquiry_message_id="<a@b>")
    assert mail["Subject"] == sent
    assert "=?utf-8?B?not" not in mail.as_string() and "=?gb2312" not in mail.as_string()
