"""The buyer's zone from a Date offset that is not a whole hour (data/offset_zones.toml), and what our
own side writes that is never the buyer's (SellerSide)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from . import geo

if TYPE_CHECKING:
    from ..checks import Context
    from ..checks.facts import Facts
    from ..model import Inquiry

OFFSET_ZONES_PATH = Path(__file__).resolve().parent.parent / "data" / "offset_zones.toml"


@lru_cache(maxsize=1)
def offset_zones() -> dict[int, tuple[str, ...]]:
    """UTC offset in minutes -> zones in force at it, most populous first."""
    with OFFSET_ZONES_PATH.open("rb") as fh:
        table = tomllib.load(fh)["offsets"]
    out = {}
    for text, names in table.items():
        minutes = int(text[1:3]) * 60 + int(text[3:5])
        out[-minutes if text[0] == "-" else minutes] = tuple(names)
    return out


def zone_for_offset(minutes: int, when: datetime) -> str:
    """The first listed zone whose offset at `when` (aware) is `minutes`; "" when none is."""
    for name in offset_zones().get(minutes, ()):
        delta = when.astimezone(geo.zone(name)).utcoffset() or timedelta(0)
        if int(delta.total_seconds() // 60) == minutes:
            return name
    return ""


# --- our own side: its clock and its network are never the buyer's ---------------------------------------


@dataclass(frozen=True)
class SellerSide:
    """The seller's zone and country, and the trading platforms whose notices relay buyers' inquiries
    (Config [sender] platform_domains: their registered domains). pipeline.buyer_timezone and
    buyer_country read the buyer's evidence through it (the web queue, `queue` and `queue show` show
    the zone they stored)."""

    timezone: str = ""
    country: str = ""  # ISO alpha-2, upper-case
    platform_domains: frozenset[str] = frozenset()

    def relayed(self, inquiry: Inquiry) -> bool:
        """A platform's notice (From one of its own domains): its server and its Date are the platform's."""
        if inquiry.channel != "email" or not inquiry.from_domain or not self.platform_domains:
            return False
        from .domains import registered_domain

        return registered_domain(inquiry.from_domain.lower()) in self.platform_domains

    def buyer_evidence(self, inquiry: Inquiry, facts: Facts, when: datetime,
                       signature: str | None) -> tuple[Facts, int | None, str | None]:
        """(facts, Date offset, signature phone) with what our side wrote taken out: a platform notice's
        network and Date; a network in the seller's own country whose offsets the Date does not keep (our
        own mail server, a relay at home: the Date is the buyer's, the network is not). `signature` is
        None (asked again) when the network no longer says where the buyer is."""
        offset = inquiry.date_offset_minutes
        relayed = self.relayed(inquiry)
        if relayed:
            offset = None
        ip = facts.ip_country
        if ip and (relayed or (self.country and ip == self.country and offset is not None
                               and offset not in geo.country_utc_offsets(ip, when))):
            facts = replace(facts, ip_country="", country=inquiry.declared_country)
            signature = None if not inquiry.phone else signature
        return facts, offset, signature

    def stamped(self, offset: int | None, when: datetime, countries: list[str]) -> bool:
        """The Date offset is the seller's own and none of the buyer's `countries` keeps it: our system
        (or a platform beside us) stamped it, and the buyer's country wins over it. `countries`: the
        strong evidence only (sender network, declared country, a record's phone field)."""
        if offset is None or not self.timezone or not countries:
            return False
        delta = when.astimezone(geo.zone(self.timezone)).utcoffset() or timedelta(0)
        if int(delta.total_seconds() // 60) != offset:
            return False
        return not any(offset in geo.country_utc_offsets(code, when) for code in countries)


@lru_cache(maxsize=16)
def _seller_side(timezone: str, country: str, domains: tuple[str, ...]) -> SellerSide:
    return SellerSide(timezone, country.strip().upper(), frozenset(d.strip().lower() for d in domains if d.strip()))


def seller_side(ctx: Context) -> SellerSide:
    """The SellerSide of a triage context: [business] timezone and country (the calendar's), the
    platforms' domains from [sender] platform_domains; read once per context (again if its config or
    calendar is replaced)."""
    calendar = ctx.calendar
    kept = ctx.seller
    if kept is not None and kept[0] is ctx.config and kept[1] is calendar:
        return kept[2]  # type: ignore[return-value]
    zone = calendar.timezone if calendar is not None else ctx.config.seller_timezone()
    country = (getattr(calendar, "country", None) if calendar is not None else None) or ctx.config.get("business.country", "") or ""
    platforms = ctx.config.get("sender.platform_domains", {}) or {}
    domains = tuple(sorted({str(d) for names in platforms.values() for d in (names or [])}))
    side = _seller_side(str(zone or ""), str(country), domains)
    ctx.seller = (ctx.config, calendar, side)
    return side
