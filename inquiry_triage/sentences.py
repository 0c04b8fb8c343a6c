"""Sentences that know their message id: what the queue layer says (refusals, notes it builds) is an
English sentence for the command line and, for the web, a catalogue msgid with its values, so each
viewer's page words it from the catalogue (web/locale/*.po) instead of reading English text back.

A Sentence *is* its English text (a str), so the CLI, JSON output and logs print it unchanged; it
also carries `msgid` ("task %(task)s is %(state)s") and `values` ({"task": 7, "state": "done"}).
An exception whose first argument is a Sentence is worded the same way (`sentence_of`)."""

from __future__ import annotations

from datetime import datetime
from typing import Any


class AsWritten(str):
    """A person's words as a Sentence's value (a note's text after its '[escalate]' tag): never looked
    up in a catalogue, whatever it says (the CLI's said() keeps any str subclass as it is, the web's
    localize this one)."""


def english(msgid: str, values: dict[str, Any]) -> str:
    """`msgid` with its values put in (times as ISO minutes); a msgid without values is its own text."""
    if not values:
        return msgid
    return msgid % {k: (v.isoformat(timespec="minutes") if isinstance(v, datetime) else v) for k, v in values.items()}


class Sentence(str):
    """An English sentence (the str itself) that remembers its msgid and values for other languages."""

    msgid: str
    values: dict[str, Any]

    def __new__(cls, msgid: str, **values: Any) -> Sentence:
        made = super().__new__(cls, english(msgid, values))
        made.msgid = msgid
        made.values = values
        return made

    def english(self) -> str:
        return str.__str__(self)

    def __reduce__(self) -> tuple[Any, ...]:  # pickled (worker processes) as what it is
        return (_rebuild, (self.msgid, self.values))


def _rebuild(msgid: str, values: dict[str, Any]) -> Sentence:
    return Sentence(msgid, **values)


def sentence_of(exc: BaseException) -> Sentence:
    """The Sentence an exception was raised with; an exception raised with plain text is a Sentence
    of that text (worded only where the catalogue holds that exact text)."""
    first = exc.args[0] if exc.args else ""
    return first if isinstance(first, Sentence) else Sentence(str(exc))
