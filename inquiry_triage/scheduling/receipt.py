"""The time of receipt: one rule for when an inquiry reached us, and where that time came from.

Everything that counts from "when it arrived" reads this one time: the reply deadline, the stored
`received_at` (SLA reports, review order, buyer history, `queue --sort newest`, the dashboard's hour,
the follow-ups' "the buyer wrote again"). In order, the first plausible one wins:

    received-header    the top Received: header's time (our own server's stamp)
    imap-internaldate  the IMAP server's arrival time (INTERNALDATE), for mail without Received:
    record             a record's own time (its `received_at`, an RFQ's posting time)
    mbox-from-line     the date on an mbox message's "From " separator line (written when it was stored)
    date-header        the sender's Date: header
    file-mtime         the file's modification time (an .eml, a Maildir message: written at delivery)
    triage-time        now (nothing better is known)

Plausible: not before 1990 (an epoch, a reset clock or a typo) and not more than a day in the future for a
time read from our side (a server's clock or zone is hours off, not days). The sender's Date: may also not
be more than DATE_MAX_AGE old (a phone's clock reset to 2000, a wrong century: a receipt decades ago makes
every deadline overdue by decades). A time filled in from an mbox "From " line, the sender's Date:
or a file's mtime is never after now: the message was here when it was triaged, so a Date hours ahead (a
fast clock, a wrong zone) gives way to the next one instead of a receipt "in 6 hours" that sorts first
and counts the deadline from the future. SpamAssassin's `receive_date` reads the same way (top Received,
then the Date header, then the current time); a file's mtime is added because an .eml saved from a
mail client keeps its delivery time there and nowhere else.

The first three are evidence read from the message or the server: checks may read them (the send
hour). The others are only a time to count from (an mbox "From " line's date is in the storing host's
zone, often unnamed): `Inquiry.received_from` says which, and checks ignore `received_at` when it is one
of FALLBACKS. A candidate the message gave that was there but not plausible is kept in `Receipt.rejected`
(what, when, why: "future", "early", "old"), so `queue show` can say "the Received: time ... was rejected" instead of
"no Received: line". Pure: `now` is passed in.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import NamedTuple

from ..model import Inquiry

__all__ = ["DATE_MAX_AGE", "EVIDENCE", "FALLBACKS", "RECEIVED_FROM", "SKEW", "Receipt", "Rejected", "plausible",
           "receipt", "rejected_records", "time_of_receipt"]

# "rfq-posted": an RFQ row's posting time (its age in the export counted back from the export time, or the date the
# platform prints): the record's own evidence, as precise as the platform's "3 days ago" (parsing/record.py).
EVIDENCE = ("received-header", "imap-internaldate", "record", "rfq-posted")
FALLBACKS = ("mbox-from-line", "date-header", "file-mtime", "triage-time")
RECEIVED_FROM = EVIDENCE + FALLBACKS
# How far ahead of now a time may be and still count (clocks and zones are wrong by hours, not days).
SKEW = timedelta(days=1)
EARLIEST_YEAR = 1990
# The oldest a sender's Date: may be and still be the time of receipt: an inquiry is answered within days;
# a Date ten years back is a clock reset or a wrong century, not a message that waited a decade.
DATE_MAX_AGE = timedelta(days=3653)


class Rejected(NamedTuple):
    """A candidate time of receipt that was there but not plausible: where from, the time, and why
    ("future": after now (more than SKEW for a time from our side); "early": before EARLIEST_YEAR;
    "old": a Date more than DATE_MAX_AGE before now)."""
    source: str
    at: datetime
    why: str


class Receipt(NamedTuple):
    at: datetime
    source: str  # one of RECEIVED_FROM
    rejected: tuple[Rejected, ...] = ()


def _utc(value: datetime) -> datetime:
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value


def _why_not(value: datetime, now: datetime, ahead: timedelta, oldest: timedelta | None = None) -> str:
    """"" when `value` is plausible, else why not ("early", "future", "old")."""
    try:
        if value.year < EARLIEST_YEAR:
            return "early"
        if _utc(value) > _utc(now) + ahead:
            return "future"
        if oldest is not None and _utc(value) < _utc(now) - oldest:
            return "old"
    except (OverflowError, ValueError):
        return "early"
    return ""


def plausible(value: datetime | None, now: datetime, ahead: timedelta = SKEW) -> bool:
    """A time one can count a deadline from: after 1989, at most `ahead` after `now`."""
    return value is not None and not _why_not(value, now, ahead)


def time_of_receipt(inquiry: Inquiry, now: datetime) -> tuple[datetime, str]:
    """(when the inquiry reached us, one of RECEIVED_FROM): `receipt`'s time and source."""
    found = receipt(inquiry, now)
    return found.at, found.source


def receipt(inquiry: Inquiry, now: datetime) -> Receipt:
    """When the inquiry reached us, what gave that time, and the candidates passed over as implausible.
    A decision already made (received_from is one of FALLBACKS: the inquiry was triaged before, or read
    back from the store) is kept as it is."""
    if inquiry.received_at is not None and inquiry.received_from in FALLBACKS:
        return Receipt(inquiry.received_at, inquiry.received_from)
    ours = inquiry.received_from or ("received-header" if inquiry.channel == "email" else "record")
    candidates = (
        (inquiry.received_at, ours, SKEW, None),
        (inquiry.envelope_time, "mbox-from-line", timedelta(0), None),
        (inquiry.date, "date-header", timedelta(0), DATE_MAX_AGE),
        (inquiry.file_time, "file-mtime", timedelta(0), None),
    )
    rejected: list[Rejected] = []
    for value, source, ahead, oldest in candidates:
        if value is None:
            continue
        why = _why_not(value, now, ahead, oldest)
        if not why:
            return Receipt(value, source, tuple(rejected))
        if inquiry.channel == "email" and source != "file-mtime":
            # What the message itself said. Not a file's mtime (it belongs to the copy on disk: a checkout, a
            # restore), nor a record's times (a CSV row's "3 days ago" counts from the file's export time).
            rejected.append(Rejected(source, value, why))
    return Receipt(now, "triage-time", tuple(rejected))


def rejected_records(rejected: tuple[Rejected, ...]) -> list[dict[str, str]]:
    """The passed-over candidates as the stored result keeps them: [{"from", "at" (ISO), "why"}]."""
    out = []
    for item in rejected:
        try:
            at = _utc(item.at).isoformat(timespec="minutes")
        except (OverflowError, ValueError):
            at = ""
        out.append({"from": item.source, "at": at, "why": item.why})
    return out
