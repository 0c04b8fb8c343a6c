"""`queue buyer NAME` in every script, without accents, and `queue --buyer` with part of a phone number
(newcomer 15, finding 4): SQLite's lower() folds ASCII only (and PostgreSQL's, in a "C" database), so
"андрей смирнов" never found "Андрей Смирнов"; "Jorge Ramirez" (typed without its accent) did not find
"Jorge Ramírez"; `queue --buyer +971` found nothing though --help says "or part of it". On both databases."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import text

from inquiry_triage.cli import main
from inquiry_triage.store.db import fold_text
from inquiry_triage.store.models import InquiryRow, TaskRow
from inquiry_triage.store.queue import QueueFilter, buyers_named, open_tasks
from tests.servers.postgres import db_url, pg_url, postgres_server, store_on_both as store  # noqa: F401

START = datetime(2026, 11, 2, 9, 0, tzinfo=timezone.utc)
SENDERS = [  # (display name, buyer key, channel)
    ("Андрей Смирнов", "andrey@yandex.example.ru", "email"),
    ("Jorge Ramírez", "jorge@hidraulica.example.es", "email"),
    ("Łukasz Wójcik", "lukasz@firma.example.pl", "email"),
    ("İbrahim Öztürk", "ibrahim@ithalat.example.tr", "email"),
    ("Γιώργος Παπαδόπουλος", "giorgos@emporio.example.gr", "email"),
    ("Nguyễn Văn An", "an@congty.example.vn", "email"),
    ("Omar", "tel:+971501234567", "im"),
    ("Pedro", "tel:+34612345678", "phone"),
]


@pytest.fixture
def buyers(store):
    url, sessions = store
    with sessions.begin() as s:
        for n, (name, key, channel) in enumerate(SENDERS):
            row = InquiryRow(message_id=f"<script-{n}@example>", source="test", channel=channel, status="triaged",
                             grade="B", suspicious=False, result={}, triaged_at=START + timedelta(hours=n),
                             received_at=START + timedelta(hours=n), buyer_key=key,
                             from_addr="" if key.startswith("tel:") else key, from_name=name, subject=f"RFQ {n}")
            s.add(row)
            s.flush()
            s.add(TaskRow(inquiry_id=row.id, grade="B", due_at=START + timedelta(days=2), created_at=START))
    return url, sessions


def found(sessions, name: str) -> list[str]:
    with sessions() as s:
        return [b.key for b in buyers_named(s, name)]


def unaccent_on(sessions) -> bool:
    with sessions() as s:
        if s.get_bind().dialect.name != "postgresql":
            return True
        return bool(s.execute(text("SELECT to_regprocedure('unaccent(text)') IS NOT NULL")).scalar())


def test_fold_text_lowers_every_script_and_drops_accents():
    assert fold_text("Андрей СМИРНОВ") == "андрей смирнов"
    assert fold_text("Jorge Ramírez") == "jorge ramirez"
    assert fold_text("Łukasz Wójcik") == "lukasz wojcik"
    assert fold_text("İbrahim Öztürk Yılmaz") == "ibrahim ozturk yilmaz"
    assert fold_text("Nguyễn Văn An") == "nguyen van an"
    assert fold_text("Ahmed Al-Farsi") == "ahmed al-farsi"


@pytest.mark.parametrize("typed, key", [
    ("Андрей Смирнов", "andrey@yandex.example.ru"), ("андрей смирнов", "andrey@yandex.example.ru"),
    ("СМИРНОВ", "andrey@yandex.example.ru"), ("jorge ramírez", "jorge@hidraulica.example.es"),
    ("ŁUKASZ", "lukasz@firma.example.pl"), ("İBRAHİM ÖZTÜRK", "ibrahim@ithalat.example.tr"),
    ("γιώργος", "giorgos@emporio.example.gr"), ("NGUYỄN", "an@congty.example.vn"),
])
def test_a_name_is_found_whatever_its_capitals(buyers, typed, key):
    _, sessions = buyers
    assert found(sessions, typed) == [key]


@pytest.mark.parametrize("typed, key", [
    ("Jorge Ramirez", "jorge@hidraulica.example.es"), ("lukasz wojcik", "lukasz@firma.example.pl"),
    ("Ibrahim Ozturk", "ibrahim@ithalat.example.tr"), ("nguyen van an", "an@congty.example.vn"),
])
def test_a_name_typed_without_its_accents_is_found(buyers, typed, key):
    _, sessions = buyers
    if not unaccent_on(sessions):
        pytest.skip("this PostgreSQL has no unaccent extension (contrib): names are compared with their accents")
    assert found(sessions, typed) == [key]


def test_still_whole_words(buyers):
    _, sessions = buyers
    assert found(sessions, "Андре") == [] and found(sessions, "Ramir") == [] and found(sessions, "Chen") == []


def test_queue_buyer_command_finds_the_cyrillic_name(buyers, capsys, monkeypatch):
    url, _ = buyers
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    monkeypatch.setenv("INQUIRY_TRIAGE_USER", "alice")
    code = main(["queue", "buyer", "андрей смирнов", "--db", url])
    out = capsys.readouterr().out
    assert code == 0 and out.startswith("Buyer andrey@yandex.example.ru: 1 inquiry by email")


def tasks_of(sessions, who: str) -> list[str]:
    with sessions() as s:
        return sorted(e.sender for e in open_tasks(s, filters=QueueFilter(buyer=who)))


def test_queue_buyer_filter_takes_part_of_a_phone_number(buyers):
    _, sessions = buyers
    assert tasks_of(sessions, "+971") == ["Omar"]  # the country code: the start of the number
    assert tasks_of(sessions, "+971 50 123") == ["Omar"]
    assert tasks_of(sessions, "50 123 4567") == ["Omar"]  # without the country code: anywhere in it
    assert tasks_of(sessions, "612345678") == ["Pedro"]
    assert tasks_of(sessions, "+971501234567") == ["Omar"]  # the whole number, as before
    assert tasks_of(sessions, "+34") == ["Pedro"]
    assert tasks_of(sessions, "45") == []  # two digits are in too many numbers to mean one buyer
