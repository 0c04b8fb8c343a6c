"""The titles a draft drops from a buyer's display name before greeting them ("Mr. John Smith" ->
"Dear John Smith") were a list of their own in drafts.py (_HONORIFIC), beside data/language_words.toml
[address], the forms of address the queue's first line passes over: the same titles written twice, free
to drift apart. They are one table now, language_words.toml [titles], read by both (queue/names reads
[titles] with [address]). The two are not the same list: [address] also holds words that are no title
before a name ("and", "team", "there") and words that are names of their own ("Pan" is a Chinese
surname, "Anh" a Vietnamese given name), which a draft must not drop. What the drafts say is unchanged:
the cases below are the old list's behaviour."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from inquiry_triage import drafts
from inquiry_triage.model import Inquiry
from inquiry_triage.queue import names

LEXICON = Path(drafts.__file__).resolve().parent / "data" / "language_words.toml"


def _table(section: str) -> set[str]:
    data = tomllib.loads(LEXICON.read_text(encoding="utf-8"))
    return {word for words in data[section].values() for word in words}


def _greeted(name: str) -> str:
    return drafts.buyer_name(Inquiry(source="", message_id="", channel="email", from_name=name,
                                     from_addr="buyer@example.com", subject="", body="", own_text=""))


def test_the_drafts_titles_are_the_lexicons_titles() -> None:
    titles = _table("titles")
    assert drafts.name_titles() == frozenset(titles)
    assert not hasattr(drafts, "_HONORIFIC")  # no list of its own left in drafts.py
    # every title is a form of address to the queue's first line too, and [address] no longer repeats one
    assert {t.rstrip(".") for t in titles} <= names._address_words()
    assert not {t.rstrip(".") for t in titles} & _table("address")


@pytest.mark.parametrize(("display", "greeted"), [
    ("Mr. John Smith", "John Smith"), ("MRS Jane Doe", "Jane Doe"), ("Dr Anna Keller", "Anna Keller"),
    ("Sr. Carlos López", "Carlos López"), ("Frau Petra Weber", "Petra Weber"), ("M. Jean Dupont", "Jean Dupont"),
    ("M Jean Dupont", "M Jean Dupont"), ("Sig.ra Maria Rossi", "Maria Rossi"), ("Mme Claire Martin", "Claire Martin"),
    ("г-н Иван Петров", "Иван Петров"), ("Prof. Li Wei", "Li Wei"),
    # [address] words that are names, or no title before a name: kept
    ("Pan Wei", "Pan Wei"), ("Anh Nguyen", "Anh Nguyen"), ("Don Johnson", "Don Johnson"),
])
def test_a_title_is_dropped_a_name_is_kept(display: str, greeted: str) -> None:
    assert _greeted(display) == greeted
