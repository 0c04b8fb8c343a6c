"""A mail file cut short inside its headers (a newcomer's finding): the last header line stops mid-word with
no line end, no blank line follows and there is no body. It was a C-grade reply task whose draft thanked
the buyer for their inquiry about the cut word ("consulta sobre «vál»"). RFC 5322 ends every header line
with CRLF, so the parser's own evidence says the input is incomplete: it is stored as failed with that
reason and its raw bytes, as an empty message is, and gets no task and no draft. Short genuine mail (a
header-only mail whose lines are whole, a subject with a one-word body, a one-line chat) is triaged.

The mails are written here (anonymised: example domains, documentation IPs)."""

from __future__ import annotations

import contextlib
import io
from datetime import datetime, timezone
from pathlib import Path

import pytest
from sqlalchemy import select

from inquiry_triage.cli import main
from inquiry_triage.config import load_config
from inquiry_triage.parsing import parse_email
from inquiry_triage.pipeline import build_context, triage
from inquiry_triage.store import open_store
from inquiry_triage.store.models import InquiryRow, TaskRow

NOW = datetime(2026, 12, 2, 9, 0, tzinfo=timezone.utc)
HEAD = ("Received: from mail-wr1-f54.example.com (mail-wr1-f54.example.com [192.0.2.54])\n"
        "\tby mx.seller.example (Postfix) with ESMTPS id 8D9E0F\n"
        "From: Cut Buyer <cut.buyer@gmail.example>\n").encode()
CUT = HEAD + "Subject: Consulta sobre vál".encode()  # the file stops here: no line end
WHOLE = HEAD + "Subject: Consulta sobre válvulas de bola DN50\n".encode()  # a header-only mail, its lines whole
ONE_WORD = WHOLE + b"\nPrecio?\n"


@pytest.fixture(scope="module")
def ctx():  # type: ignore[no-untyped-def]
    return build_context(load_config(None), offline=True, now=NOW)


def test_the_parser_notes_an_input_that_stops_inside_its_headers() -> None:
    cut = parse_email(CUT, source="cut.eml")
    assert any("ends inside its headers" in d and "'Subject'" in d for d in cut.defects)
    for whole in (WHOLE, ONE_WORD, CUT + b"\n", CUT + b"\r\n"):
        assert not any("ends inside its headers" in d for d in parse_email(whole, source="ok.eml").defects)
    # A missing blank line before a body is another defect: there is a body, the message is read
    missing = parse_email(HEAD + b"Subject: Precio\nNecesitamos 500 piezas", source="m.eml")
    assert missing.body.strip() and not any("ends inside its headers" in d for d in missing.defects)


def test_a_cut_mail_is_failed_with_its_reason_and_no_draft(ctx) -> None:  # type: ignore[no-untyped-def]
    result = triage(CUT, ctx, source="cut.eml")
    assert result.error and result.error.startswith("truncated: the input ends inside its headers")
    assert "'Subject'" in result.error
    assert result.verdict is None and result.draft == "" and result.raw == CUT


@pytest.mark.parametrize("raw", [WHOLE, ONE_WORD], ids=["header-only", "one-word-body"])
def test_short_whole_mail_is_triaged(ctx, raw: bytes) -> None:  # type: ignore[no-untyped-def]
    result = triage(raw, ctx, source="short.eml")
    assert result.error is None and result.verdict is not None


def test_a_one_line_chat_is_triaged(ctx) -> None:  # type: ignore[no-untyped-def]
    result = triage({"channel": "whatsapp", "phone": "+34 600 000 000", "body": "precio?"}, ctx, source="chat")
    assert result.error is None and result.verdict is not None


def test_stored_as_failed_with_raw_bytes_and_no_task(tmp_path: Path) -> None:
    (tmp_path / "mail").mkdir()
    (tmp_path / "mail" / "cut.eml").write_bytes(CUT)
    (tmp_path / "mail" / "whole.eml").write_bytes(ONE_WORD)
    url = f"sqlite:///{tmp_path / 't.db'}"
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["triage", str(tmp_path / "mail"), "--db", url, "--offline", "--no-progress"]) == 0
    assert "FAILED" in out.getvalue() and "truncated" in out.getvalue()
    engine, sessions = open_store(url)
    try:
        with sessions() as session:
            rows = {Path(r.source).name: r for r in session.scalars(select(InquiryRow))}
            cut = rows["cut.eml"]
            assert cut.status == "failed" and cut.error.startswith("truncated:") and cut.raw == CUT
            assert cut.draft == "" and not session.scalars(select(TaskRow).where(TaskRow.inquiry_id == cut.id)).all()
            assert rows["whole.eml"].status == "triaged"
    finally:
        engine.dispose()


def test_the_reason_in_chinese(monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "cut.eml").write_bytes(CUT)
    monkeypatch.setenv("INQUIRY_TRIAGE_LANG", "zh")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["triage", str(tmp_path / "cut.eml"), "--no-store", "--offline", "--no-progress"]) == 0
    assert "文件不完整" in out.getvalue() and "truncated" not in out.getvalue()
