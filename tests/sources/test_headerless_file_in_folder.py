"""A file read from a folder (a tree of files or a Maildir) that has no mail header at all is failed
("not an email: the file starts with no mail header"), its bytes kept, never a task: a newcomer's
notes.txt beside the mail became grade C from "" with a reply drafted to nobody. Real mail in a folder
starts with its headers; a saved mail with a few lines before its headers (a footer pasted above them)
is still read, and a headerless text named on the command line is still triaged as before."""

from __future__ import annotations

from pathlib import Path

from inquiry_triage.sources.files import open_inputs

MAIL = b"From: a@b.example\r\nSubject: RFQ\r\n\r\nPlease quote 500 pcs.\r\n"
NOTES = b"this is just some text\n"
REASON = "not an email: the file starts with no mail header"


def test_a_headerless_file_in_a_folder_fails_with_its_bytes(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_bytes(NOTES)
    (tmp_path / "rfq.eml").write_bytes(MAIL)
    items = {Path(i.source).name: i for i in open_inputs([tmp_path])}
    assert items["notes.txt"].error == REASON and items["notes.txt"].raw == NOTES
    assert items["rfq.eml"].error is None and items["rfq.eml"].raw == MAIL


def test_a_headerless_file_in_a_maildir_fails(tmp_path: Path) -> None:
    for sub in ("cur", "new", "tmp"):
        (tmp_path / sub).mkdir()
    (tmp_path / "new" / "1.host").write_bytes(NOTES)
    (tmp_path / "cur" / "2.host:2,S").write_bytes(MAIL)
    items = {i.source.rsplit("/", 1)[1]: i for i in open_inputs([tmp_path])}
    assert items["1.host"].error == REASON and items["1.host"].raw == NOTES
    assert items["2.host"].error is None


def test_mail_with_lines_before_its_headers_is_still_read(tmp_path: Path) -> None:
    raw = (b"____\nOutgrown your current e-mail service?\n\nFrom r  Tue Nov  5 11:49:54 2002\n"
           b"Return-Path: <x@y.example>\nFrom: X <x@y.example>\nSubject: IMPORTANT\n\nDear friend\n")
    (tmp_path / "Message_11.txt").write_bytes(raw)
    (item,) = open_inputs([tmp_path])
    assert item.error is None and item.raw == raw


def test_an_empty_file_in_a_folder_keeps_its_own_reason(tmp_path: Path) -> None:
    (tmp_path / "empty.eml").write_bytes(b"")
    (item,) = open_inputs([tmp_path])
    assert item.error is None  # the parser says "empty input", as before


def test_a_headerless_text_named_on_the_command_line_is_read_as_before(tmp_path: Path) -> None:
    path = tmp_path / "pasted.txt"
    path.write_bytes(NOTES)
    (item,) = open_inputs([path])
    assert item.error is None


def test_the_triage_run_stores_it_failed_not_a_task(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import func, select

    from inquiry_triage.cli import main
    from inquiry_triage.store import open_store
    from inquiry_triage.store.models import InquiryRow, TaskRow

    monkeypatch.delenv("INQUIRY_TRIAGE_LANG", raising=False)
    monkeypatch.setenv("LANG", "C")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "notes.txt").write_bytes(NOTES)
    db = f"sqlite:///{tmp_path / 'q.db'}"
    main(["triage", str(folder), "--db", db, "--no-progress", "--offline"])
    engine, sessions = open_store(db)
    with sessions() as s:
        (row,) = s.scalars(select(InquiryRow)).all()
        assert (row.status, row.error, row.raw) == ("failed", REASON, NOTES)
        assert s.scalar(select(func.count()).select_from(TaskRow)) == 0
    engine.dispose()


def test_the_reason_is_said_in_chinese() -> None:
    from inquiry_triage.cli import _reason_words

    assert _reason_words("zh", REASON) == "不是邮件：文件开头没有任何邮件头"
