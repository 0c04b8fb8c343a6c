"""The time of receipt: one rule for when an inquiry reached us, and where that time came from.

Everything that counts from "when it arrived" reads this one time: the reply deadline, the stored
`received_at` (SLA reports, review order, buyer history, `queue --sort newest`, the dashboard's hour,
the follow-ups' "the buyer wrote again"). In order, the first plausible one wins:

    received-header    the top Received: header's time (our own server's stamp)
    imap-internaldate  the IMAP server's arrival time (INTERNALDATE), for mail without Received:
    record             a record's own time (its `received_at`, an RFQ's posting time)
    date-header        the sender's Date: header
    file-mtime         the file's modification time (an .eml, a Maildir message: written at delivery)
    triage-time        now (nothing better is known)

Plausible: not before 1980 (an epoch or a typo) and not more than a day in the future for a time read
from our side (a server's clock or zone is hours off, not days). A time filled in from the sender's Date:
or a file's mtime is never after now: the message was here when it was triaged, so a Date hours ahead (a
fast clock, a wrong zone) gives way to the next one instead of a receipt "in 6 hours" that sorts first
and counts the deadline from the future. SpamAssassin's `receive_date` reads the same way (top Received,
then the Date header, then the current time); a file's mtime is added because an .eml saved from a
mail client keeps its delivery time there and nowhere else.

The first three are evidence read from the message or the server: checks may read them (the send
hour). The last three are only a time to count from: `Inquiry.received_from` says which, and checks
ignore `received_at` when it is one of FALLBACKS. Pure: `now` is passed in.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from ..model import Inquiry

__all__ = ["EVIDENCE", "FALLBACKS", "RECEIVED_FROM", "SKEW", "plausible", "time_of_receipt"]

EVIDENCE = ("received-header", "imap-internaldate", "record")
FALLBACKS = ("date-header", "file-mtime", "triage-time")
RECEIVED_FROM = EVIDENCE + FALLBACKS
# How far ahead of now a time may be and still count (clocks and zones are wrong by hours, not days).
SKEW = timedelta(days=1)
EARLIEST_YEAR = 1980


def _utc(value: datetime) -> datetime:
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value


def plausible(value: datetime | None, now: datetime, ahead: timedelta = SKEW) -> bool:
    """A time one can count a deadline from: after 1979, at most `ahead` after `now`."""
    if value is None:
        return False
    try:
        return value.year >= EARLIEST_YEAR and _utc(value) <= _utc(now) + ahead
    except (OverflowError, ValueError):
        return False


def time_of_receipt(inquiry: Inquiry, now: datetime) -> tuple[datetime, str]:
    """(when the inquiry reached us, one of RECEIVED_FROM). A decision already made (received_from is
    one of FALLBACKS: the inquiry was triaged before, or read back from the store) is kept as it is."""
    if inquiry.received_at is not None and inquiry.received_from in FALLBACKS:
        return inquiry.received_at, inquiry.received_from
    if plausible(inquiry.received_at, now):
        assert inquiry.received_at is not None
        return inquiry.received_at, inquiry.received_from or ("received-header" if inquiry.channel == "email"
                                                              else "record")
    if plausible(inquiry.date, now, ahead=timedelta(0)):
        assert inquiry.date is not None
        return inquiry.date, "date-header"
    if plausible(inquiry.file_time, now, ahead=timedelta(0)):
        assert inquiry.file_time is not None
        return inquiry.file_time, "file-mtime"
    return now, "triage-time"
