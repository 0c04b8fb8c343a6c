"""A buyer's chase-up (a newcomer's finding): "Re: Solicitud de cotización ..." with In-Reply-To naming
their first inquiry became a second task beside the still-open first one, nothing tied them, and its
draft thanked the buyer "por su consulta" again and asked for the port and date they had given.

Now the new task carries a note naming the earlier task (a reply in its thread: In-Reply-To/References
name an inquiry we stored; else the same buyer's open reply task), shown by `queue show` (and worded in
Chinese), and a "Re:" mail's draft thanks the buyer for writing again and does not ask for details the
thread's earlier mail may hold. The mails are written here (example domains, documentation IPs)."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pytest
from sqlalchemy import select

from inquiry_triage.cli import main
from inquiry_triage.drafts import draft_reply, writes_again
from inquiry_triage.model import Inquiry
from inquiry_triage.store import open_store
from inquiry_triage.store.models import NoteRow, TaskRow

HEAD = ("Received: from mail-wr1-f54.example.com (mail-wr1-f54.example.com [192.0.2.54])\n"
        "\tby mx.seller.example (Postfix) with ESMTPS id AA11; Tue, 1 Dec 2026 16:42:00 +0800\n"
        "From: {name} <{addr}>\nTo: sales@seller.example\nDate: {date}\nMessage-ID: <{mid}>\n{extra}"
        "Subject: {subject}\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n"
        "Content-Transfer-Encoding: 8bit\n\n{body}\n")
FIRST = HEAD.format(name="Pablo Ortega", addr="p.ortega.compras@gmail.example", date="Tue, 1 Dec 2026 09:42:00 +0100",
                    mid="first-1@mail.gmail.example", extra="", subject="Solicitud de cotización - válvulas DN50",
                    body="Buenos días,\n\nNecesitamos 1.200 unidades de válvulas de bola DN50, CIF Valencia.\n"
                         "Entrega en 45 días.\n\nSaludos,\nPablo Ortega")
CHASE = HEAD.format(name="Pablo Ortega", addr="p.ortega.compras@gmail.example", date="Wed, 2 Dec 2026 10:00:00 +0100",
                    mid="chase-2@mail.gmail.example",
                    extra="In-Reply-To: <first-1@mail.gmail.example>\nReferences: <first-1@mail.gmail.example>\n",
                    subject="Re: Solicitud de cotización - válvulas DN50",
                    body="Hola de nuevo,\n\n¿Han podido preparar la cotización? Necesitamos respuesta antes del "
                         "viernes.\n\nSaludos,\nPablo\n\nEl mar, 1 dic 2026 a las 9:42, Pablo Ortega escribió:\n"
                         "> Necesitamos 1.200 unidades de válvulas de bola DN50, CIF Valencia.")
AGAIN = HEAD.format(name="Pablo Ortega", addr="p.ortega.compras@gmail.example", date="Wed, 2 Dec 2026 11:00:00 +0100",
                    mid="other-3@mail.gmail.example", extra="", subject="Válvulas de compuerta DN100",
                    body="Buenos días,\n\nTambién necesitamos 300 válvulas de compuerta DN100.\n\nSaludos,\nPablo")
STRANGER = HEAD.format(name="Ana Ruiz", addr="ana.ruiz@gmail.example", date="Wed, 2 Dec 2026 11:00:00 +0100",
                       mid="stranger-4@mail.gmail.example", extra="", subject="Válvulas de bola DN25",
                       body="Buenos días,\n\nNecesitamos 500 válvulas de bola DN25.\n\nSaludos,\nAna Ruiz")


def _store(tmp_path: Path, *mails: tuple[str, str]) -> str:
    folder = tmp_path / "mail"
    folder.mkdir(exist_ok=True)
    url = f"sqlite:///{tmp_path / 't.db'}"
    for name, text in mails:  # one run each, in order: the earlier inquiry is stored first
        (folder / name).write_text(text, encoding="utf-8")
        with contextlib.redirect_stdout(io.StringIO()):
            assert main(["triage", str(folder / name), "--db", url, "--offline", "--no-progress"]) == 0
    return url


def _notes(url: str) -> dict[int, list[str]]:
    engine, sessions = open_store(url)
    try:
        with sessions() as session:
            tasks = {t.inquiry_id: t.id for t in session.scalars(select(TaskRow))}
            found: dict[int, list[str]] = {task: [] for task in tasks.values()}
            for note in session.scalars(select(NoteRow).order_by(NoteRow.id)):
                found[tasks[note.inquiry_id]].append(note.content)
            return found
    finally:
        engine.dispose()


def test_a_reply_in_the_thread_names_the_earlier_task(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    url = _store(tmp_path, ("1.eml", FIRST), ("2.eml", CHASE))
    notes = _notes(url)
    assert notes == {1: [], 2: ["the buyer wrote again about task 1: a reply in its thread"]}
    capsys.readouterr()
    assert main(["queue", "show", "2", "--db", url]) == 0
    shown = capsys.readouterr().out
    assert "the buyer wrote again about task 1" in shown
    draft = shown.split("Reply draft:", 1)[1]
    assert "escribirnos de nuevo" in draft and "su consulta" not in draft and "¿A qué puerto" not in draft


def test_the_thread_is_found_after_the_first_task_is_done(tmp_path: Path) -> None:
    url = _store(tmp_path, ("1.eml", FIRST))
    with contextlib.redirect_stdout(io.StringIO()):
        assert main(["queue", "done", "1", "--db", url, "--user", "lena"]) == 0
    _store(tmp_path, ("2.eml", CHASE))
    assert _notes(url)[2] == ["the buyer wrote again about task 1: a reply in its thread"]


def test_the_same_buyer_with_an_open_task(tmp_path: Path) -> None:
    url = _store(tmp_path, ("1.eml", FIRST), ("3.eml", AGAIN), ("4.eml", STRANGER))
    assert _notes(url) == {1: [], 2: ["the buyer wrote again while task 1 is still open"], 3: []}


def test_no_note_once_the_buyers_task_is_done_and_no_thread(tmp_path: Path) -> None:
    url = _store(tmp_path, ("1.eml", FIRST))
    with contextlib.redirect_stdout(io.StringIO()):
        assert main(["queue", "done", "1", "--db", url, "--user", "lena"]) == 0
    _store(tmp_path, ("3.eml", AGAIN))
    assert _notes(url)[2] == []


def test_the_note_in_chinese(tmp_path: Path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    url = _store(tmp_path, ("1.eml", FIRST), ("2.eml", CHASE))
    monkeypatch.setenv("INQUIRY_TRIAGE_LANG", "zh")
    capsys.readouterr()
    assert main(["queue", "show", "2", "--db", url]) == 0
    shown = capsys.readouterr().out
    assert "买家就任务 1 再次来信" in shown and "wrote again" not in shown
    assert "感谢您再次来信" not in shown  # a Spanish buyer's draft stays Spanish
    assert "escribirnos de nuevo" in shown


@pytest.mark.parametrize("subject, again", [
    ("Re: Solicitud de cotización", True), ("AW: Anfrage Kugelhähne", True), ("回复：询价", True),
    ("Fwd: Re: quote", True), ("RE[2]: price", True), ("Ответ: запрос", True),
    ("Fwd: price list", False), ("Solicitud de cotización", False), ("Request for quotation", False), ("", False)])
def test_writes_again(subject: str, again: bool) -> None:
    assert writes_again(subject) is again


def test_a_chase_up_draft_in_english_does_not_thank_for_an_inquiry() -> None:
    body = "Any news on our quotation? We need it by Friday."
    chase = Inquiry(source="", message_id="", channel="email", from_name="Tom Hill", from_addr="tom@hill.example",
                    subject="Re: RFQ ball valves DN50", body=body, own_text=body)
    first = Inquiry(source="", message_id="", channel="email", from_name="Tom Hill", from_addr="tom@hill.example",
                    subject="RFQ ball valves DN50", body=body, own_text=body)
    assert "Thank you for writing to us again." in draft_reply(chase, [], "en")
    assert "Which port" not in draft_reply(chase, [], "en")
    assert "Thank you for your inquiry" in draft_reply(first, [], "en")


def test_a_phone_buyer_yes_a_name_alone_no(tmp_path: Path) -> None:
    """Two chats from one number are one buyer; two records with the same name only ("John") are not."""
    lines = ['{"channel": "whatsapp", "id": "1", "phone": "+34 600 111 222", "body": "precio de 500 válvulas DN50?"}',
             '{"channel": "whatsapp", "id": "2", "phone": "+34600111222", "body": "hola? necesito el precio hoy"}',
             '{"channel": "web", "id": "3", "name": "John", "body": "price for 200 ball valves DN25?"}',
             '{"channel": "web", "id": "4", "name": "John", "body": "price for 50 gate valves DN100?"}']
    (tmp_path / "chats.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    url = f"sqlite:///{tmp_path / 't.db'}"
    with contextlib.redirect_stdout(io.StringIO()):
        assert main(["triage", str(tmp_path / "chats.jsonl"), "--db", url, "--offline", "--no-progress"]) == 0
    assert _notes(url) == {1: [], 2: ["the buyer wrote again while task 1 is still open"], 3: [], 4: []}
