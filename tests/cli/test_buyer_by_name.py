"""`queue buyer NAME`: a salesperson thinks of buyers by name ("Ahmed", "Mr. Rossi"). A name is
looked up case-insensitively among the stored sender names (whole words, titles dropped), in one
bounded statement; several buyers of that name are listed, none is said plainly. On both databases."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from inquiry_triage.cli import main
from inquiry_triage.store.models import InquiryRow
from inquiry_triage.store.queue import buyers_named, name_words
from tests.servers.postgres import db_url, pg_url, postgres_server, store_on_both as store  # noqa: F401

START = datetime(2026, 11, 2, 9, 0, tzinfo=timezone.utc)
SENDERS = [  # (display name, address), oldest first
    ("Marco Rossi", "m.rossi@ditta.example.it"),
    ("Ahmed Al-Farsi", "ahmed@trading.example.ae"),
    ("Rossini Group", "info@rossini.example.it"),
    ("AHMED KHAN", "khan@imports.example.pk"),
    ("Ahmed Al-Farsi", "ahmed@trading.example.ae"),
    ("Suspicious Ahmed", "ahmed@scam.example"),
]


@pytest.fixture
def buyers(store):
    url, sessions = store
    with sessions.begin() as s:
        for n, (name, addr) in enumerate(SENDERS):
            s.add(InquiryRow(message_id=f"<named-{n}@example>", source="test", channel="email", status="triaged",
                             grade="B", suspicious=name.startswith("Suspicious"), result={},
                             triaged_at=START + timedelta(hours=n), received_at=START + timedelta(hours=n),
                             buyer_key=addr, from_addr=addr, from_name=name, subject=f"RFQ {n}"))
    return url, sessions


def keys(found) -> list[str]:
    return [b.key for b in found]


def test_names_are_whole_words_case_insensitive_titles_dropped(buyers):
    _, sessions = buyers
    assert name_words("Mr. Rossi") == ["rossi"] and name_words("Mr") == ["mr"]
    with sessions() as s:
        assert keys(buyers_named(s, "Mr. Rossi")) == ["m.rossi@ditta.example.it"]  # not Rossini
        assert keys(buyers_named(s, "ahmed", include_suspicious=False)) == ["ahmed@trading.example.ae",
                                                                            "khan@imports.example.pk"]  # newest first
        assert buyers_named(s, "Ahmed al-farsi")[0].inquiries == 2
        assert "ahmed@scam.example" in keys(buyers_named(s, "ahmed"))
        assert buyers_named(s, "Chen") == [] and buyers_named(s, "  ") == []
        assert buyers_named(s, "Rossi 100%") == []  # LIKE's wildcards are the person's letters
        # Bounded: only the newest `rows` inquiries are read (Marco Rossi's is the oldest).
        assert buyers_named(s, "Rossi", rows=len(SENDERS) - 1) == []


def run(url: str, capsys, *args: str) -> tuple[int, str, str]:
    code = main(["queue", *args, "--db", url])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_queue_buyer_takes_a_name_lists_several_and_says_when_none(buyers, capsys, monkeypatch):
    url, _ = buyers
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    monkeypatch.setenv("INQUIRY_TRIAGE_USER", "alice")
    code, out, _ = run(url, capsys, "buyer", "Mr. Rossi")
    assert code == 0 and out.startswith("Buyer m.rossi@ditta.example.it: 1 inquiry by email")
    code, out, _ = run(url, capsys, "buyer", "ahmed al-farsi")
    assert code == 0 and out.startswith("Buyer ahmed@trading.example.ae: 2 inquiries by email")
    code, out, _ = run(url, capsys, "buyer", "Ahmed")
    assert code == 2 and out.startswith("3 buyers are named 'Ahmed': say which")
    assert [line.split()[0] for line in out.splitlines()[1:]] == [
        "ahmed@scam.example", "ahmed@trading.example.ae", "khan@imports.example.pk"]
    code, out, err = run(url, capsys, "buyer", "Mr. Chen")
    assert code == 2 and out == "" and "no buyer found for 'Mr. Chen'" in err and "sender named so" in err
    code, out, _ = run(url, capsys, "buyer", "khan@imports.example.pk")  # an address as before
    assert code == 0 and out.startswith("Buyer khan@imports.example.pk: 1 inquiry")
