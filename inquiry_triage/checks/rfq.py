"""RFQ export fields: the platform's buyer flags as evidence, and a closed RFQ.

A trading platform shows, beside each RFQ, what it knows of the buyer: e-mail confirmed,
experienced buyer, completes orders via RFQ, typically replies, interactive user. Each is evidence
about the lead's value, with points from `[rfq.buyer_flags]` (data, not code): a flag gives its
`yes` points when the cell says yes and its `no` points when it says no; an empty cell says nothing.

`quotes_left = 0` means the buyer accepts no more quotations: the RFQ is closed. RFQ_CLOSED is an
information hit (no points): filing reads it so a closed RFQ is stored and shown, but is no reply
task with a deadline nobody can meet.
"""

from __future__ import annotations

import re
from typing import Any

from ..model import Hit, Inquiry
from . import Context
from .facts import Facts

YES = frozenset({"yes", "y", "true", "1"})
NO = frozenset({"no", "n", "false", "0"})
# The flags of the Alibaba RFQ listings export, named so meta rules can combine them.
SHIPPED_FLAGS = ("email_confirmed", "experienced_buyer", "complete_order_via_rfq", "typical_replies",
                 "interactive_user")
CLOSED = "RFQ_CLOSED"
_WHOLE_NUMBER = re.compile(r"^\s*(\d{1,9})\s*$")


def flag_rule(flag: str, value: bool) -> str:
    """The hit name of a flag's answer: RFQ_EMAIL_CONFIRMED / RFQ_NOT_EMAIL_CONFIRMED."""
    return f"RFQ_{'' if value else 'NOT_'}{flag.upper()}"


def quotes_left(inquiry: Inquiry) -> int | None:
    """How many more quotations the buyer takes (the export's `quotes_left`); None when not given."""
    m = _WHOLE_NUMBER.match(inquiry.extra.get("quotes_left", ""))
    return int(m.group(1)) if m else None


def is_closed(inquiry: Inquiry) -> bool:
    """An RFQ that takes no more quotations: no reply task (filing)."""
    return inquiry.channel == "rfq" and quotes_left(inquiry) == 0


def _answer(text: str) -> bool | None:
    word = text.strip().lower()
    return True if word in YES else False if word in NO else None


def flag_hits(inquiry: Inquiry, table: dict[str, Any]) -> list[Hit]:
    hits = []
    for flag, points in table.items():
        answer = _answer(inquiry.extra.get(flag, ""))
        if answer is None:
            continue
        value = float(points.get("yes" if answer else "no", 0.0))
        if value:
            said = "yes" if answer else "no"
            hits.append(Hit(flag_rule(flag, answer), value, f"platform buyer flag {flag.replace('_', ' ')}: {said}",
                            "grade", "record", f"{flag}={said}"))
    return hits


class RfqFieldsCheck:
    name = "rfq-fields"
    description = "RFQ export fields: the platform's buyer flags (points from [rfq.buyer_flags]) and quotes left"
    needs_network = False
    hit_names = tuple(flag_rule(f, v) for f in SHIPPED_FLAGS for v in (True, False)) + (CLOSED,)

    def run(self, inquiry: Inquiry, facts: Facts, ctx: Context) -> list[Hit]:
        if inquiry.channel != "rfq":
            return []
        hits = flag_hits(inquiry, ctx.config.get("rfq.buyer_flags", {}) or {})
        if is_closed(inquiry):
            hits.append(Hit(CLOSED, 0.0, "no quotations left: the buyer takes no more offers", "info", "record",
                            "quotes_left=0"))
        return hits
