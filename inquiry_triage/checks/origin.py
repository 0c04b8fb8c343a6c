"""Where and when it was sent: what the hand-over hop tells about the sender's network (a
country, or only "a provider's server"), the sender's local hour, the Date header's UTC offset
against the sender-network country, and the configured country-risk weights.

Country, Date-offset and declared-country judgements use only a real sender-network country
(parsing/received.py): never the country of Gmail's or Outlook's servers."""

from __future__ import annotations

from ..lookups import geo
from ..model import Hit, Inquiry
from . import Context
from .facts import Facts


def _unverified(inquiry: Inquiry) -> str:
    claims = inquiry.origin_unverified[:3]
    return f"; below the hand-over, not evidence: {', '.join(claims)}" if claims else ""


class OriginCheck:
    name = "origin"
    description = "Sender network (or provider) from the hand-over hop, local send hour, Date offset vs country, country risk"
    needs_network = False
    hit_names = ("ORIGIN_COUNTRY", "ORIGIN_PROVIDER", "ODD_SEND_HOUR", "DATE_OFFSET_MISMATCH", "COUNTRY_RISK",
                 "DECLARED_COUNTRY_MISMATCH")

    def run(self, inquiry: Inquiry, facts: Facts, ctx: Context) -> list[Hit]:
        hits: list[Hit] = []
        if facts.origin == "provider":
            hits.append(Hit("ORIGIN_PROVIDER", 0.0, f"sent through {facts.provider}'s servers: no sender country from the network",
                            "info", "Received", f"handed over by {inquiry.origin_handover or '?'}{_unverified(inquiry)}"))
        if facts.ip_country:
            via = f" (recorded by {facts.provider})" if facts.provider else ""
            hits.append(Hit("ORIGIN_COUNTRY", 0.0, "sender network's country", "info", inquiry.origin_ip_header,
                            f"{inquiry.origin_ip} -> {facts.ip_country} {geo.country_name(facts.ip_country)}{via}"
                            f"{_unverified(inquiry)}"))
        odd = ctx.config.get("origin.odd_hours", {"start": 0, "end": 5})
        if facts.sender_local_hour is not None and facts.sent_at is not None:
            if facts.ip_country:
                hours = [h for _, h in geo.local_hours(facts.ip_country, facts.sent_at)]
                if facts.date_offset_fits and inquiry.date_offset_minutes is not None:
                    hours = [facts.sender_local_hour]
            else:
                hours = [facts.sender_local_hour]  # the sender's own Date clock
            if hours and all(odd["start"] <= h < odd["end"] for h in hours):
                hits.append(Hit("ODD_SEND_HOUR", 0.5, f"sent in the small hours of the sender's clock ({facts.sender_local_hour:02d}:xx)",
                                "scam", "time", f"{facts.sender_zone} at {facts.sent_at:%Y-%m-%d %H:%M} UTC"))
        if facts.date_offset_fits is False and inquiry.date_offset_minutes is not None and facts.ip_country:
            offset = inquiry.date_offset_minutes
            hits.append(Hit("DATE_OFFSET_MISMATCH", 1.5, "Date header's UTC offset is not used in the sender network's country",
                            "scam", "Date",
                            f"{'+' if offset >= 0 else '-'}{abs(offset) // 60:02d}{abs(offset) % 60:02d} vs {facts.ip_country}"))
        weights: dict[str, float] = ctx.config.get("origin.country_risk", {}) or {}
        for code in dict.fromkeys(c for c in (facts.ip_country, inquiry.declared_country) if c):
            weight = weights.get(code)
            if weight:
                hits.append(Hit("COUNTRY_RISK", float(weight), "configured country-risk weight (a signal, not a verdict)",
                                "scam", "origin", f"{code} {geo.country_name(code)}"))
                break
        if facts.ip_country and inquiry.declared_country and facts.ip_country != inquiry.declared_country:
            hits.append(Hit("DECLARED_COUNTRY_MISMATCH", 0.5, "declared country differs from the sender network's country",
                            "scam", "origin", f"declared {inquiry.declared_country}, IP {facts.ip_country}"))
        return hits
