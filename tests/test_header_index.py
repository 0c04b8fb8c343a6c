"""Inquiry.header / header_all read one index per inquiry (model.header_index), built once instead of
lower-casing every header's name on every lookup. The index must give what a plain scan gives, for the
inquiry in hand, after the headers change, and when parse_email hands it over ready-made."""

from __future__ import annotations

from pathlib import Path

import pytest

from inquiry_triage.model import Inquiry, header_index, header_names
from inquiry_triage.parsing import parse_email

FIXTURES = sorted((Path(__file__).resolve().parents[1] / "fixtures" / "emails").glob("*.eml"))


def _scan_all(headers: list[tuple[str, str]], name: str) -> list[str]:
    return [value for key, value in headers if key.lower() == name.lower()]


def _names(inquiry: Inquiry) -> set[str]:
    return {key for key, _ in inquiry.headers} | {"X-Missing", "RECEIVED", "content-type", "İx"}


@pytest.mark.parametrize("path", FIXTURES[:40], ids=lambda p: p.name)
def test_parsed_index_is_the_plain_scan(path: Path) -> None:
    inquiry = parse_email(path.read_bytes(), source=str(path))
    for name in _names(inquiry):
        assert inquiry.header_all(name) == _scan_all(inquiry.headers, name)
        assert inquiry.header(name) == (_scan_all(inquiry.headers, name) or [""])[0]
    assert header_names(inquiry.headers) == [key.lower() for key, _ in inquiry.headers]


def test_the_index_follows_the_headers_when_they_change() -> None:
    inquiry = Inquiry(source="t", message_id="m", headers=[("Received", "a"), ("X-Test", "1"), ("received", "b")])
    assert inquiry.header_all("RECEIVED") == ["a", "b"]
    inquiry.headers.append(("Received", "c"))  # the same list, longer
    assert inquiry.header_all("received") == ["a", "b", "c"]
    inquiry.headers[1] = ("X-Test", "2")  # the same list and length, an item replaced
    assert inquiry.header("x-test") == "2"
    inquiry.headers = [("X-Test", "3")]  # another list
    assert inquiry.header("X-TEST") == "3" and inquiry.header_all("received") == []
    assert header_names(inquiry.headers) == ["x-test"]


def test_two_inquiries_in_turn_each_get_their_own_headers() -> None:
    first = Inquiry(source="a", message_id="a", headers=[("Subject", "one")])
    second = Inquiry(source="b", message_id="b", headers=[("Subject", "two")])
    for _ in range(3):
        assert first.header("subject") == "one"
        assert second.header("subject") == "two"


def test_a_caller_cannot_change_the_index_through_header_all() -> None:
    inquiry = Inquiry(source="t", message_id="m", headers=[("To", "x@example.org")])
    inquiry.header_all("to").append("y@example.org")
    assert inquiry.header_all("to") == ["x@example.org"]


def test_each_lookup_after_the_first_lower_cases_no_header_name() -> None:
    """Counted, not timed: one index per headers list, however many names are asked."""
    built = []
    inquiry = Inquiry(source="t", message_id="m", headers=[(f"X-H{n}", str(n)) for n in range(50)])
    original_lower = str.lower

    class CountingName(str):
        def lower(self) -> str:  # type: ignore[override]
            built.append(1)
            return original_lower(self)

    inquiry.headers = [(CountingName(key), value) for key, value in inquiry.headers]
    for n in range(20):
        inquiry.header(f"X-H{n}")
        inquiry.header_all("X-Missing")
    assert len(built) == 50  # each name once, for the first lookup
    assert header_index(inquiry.headers)["x-h7"] == ["7"]
