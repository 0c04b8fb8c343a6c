"""A file named on the command line with a suffix mail folders hold but mail is not (.toml, .md, .json ...)
and no mail header at its start is failed ("not an email"), its bytes kept, not graded as an inquiry (a
newcomer's `triage fixtures/expected.toml` got grade A, a deadline and spec hits). A saved message with
such a name is still read, and a headerless text named .eml or .txt is still triaged as before."""

from __future__ import annotations

from pathlib import Path

from inquiry_triage.sources.files import open_inputs

MAIL = b"From: a@b.example\r\nSubject: RFQ\r\n\r\nPlease quote 500 pcs.\r\n"


def _items(path: Path):  # type: ignore[no-untyped-def]
    return list(open_inputs([path]))


def test_a_named_toml_without_headers_fails_with_its_bytes(tmp_path: Path) -> None:
    path = tmp_path / "expected.toml"
    path.write_bytes(b"# Golden cases\n[[case]]\nfile = 'x.eml'\ngrade = 'A'\n")
    (item,) = _items(path)
    assert item.error == "not an email: a .toml file that starts with no mail header"
    assert item.raw.startswith(b"# Golden cases")


def test_a_saved_message_with_such_a_name_is_still_read(tmp_path: Path) -> None:
    path = tmp_path / "message.html"
    path.write_bytes(MAIL)
    (item,) = _items(path)
    assert item.error is None and item.raw == MAIL


def test_a_headerless_text_named_eml_or_txt_is_read_as_before(tmp_path: Path) -> None:
    for name in ("pasted.eml", "pasted.txt"):
        path = tmp_path / name
        path.write_bytes(b"Hello, please send your price list for LED panels.\n")
        (item,) = _items(path)
        assert item.error is None, name


def test_the_reason_is_said_in_chinese() -> None:
    from inquiry_triage.cli import _reason_words

    assert _reason_words("zh", "not an email: a .toml file that starts with no mail header") == \
        "不是邮件：.toml 文件，开头没有任何邮件头"
