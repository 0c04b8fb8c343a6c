"""Offline origin data: IP -> country (iptocc's bundled registry data), country -> time zones
(pytz's copy of the IANA zone.tab), country names -> ISO codes. No network, ever."""

from __future__ import annotations

import ipaddress
import unicodedata
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from zoneinfo import ZoneInfo

import iptocc
import pytz

# Names real exports use that pytz's short names ("Britain (UK)", "Korea (South)") do not match.
_ALIASES = {
    "usa": "US", "united states of america": "US", "america": "US", "uk": "GB", "united kingdom": "GB",
    "great britain": "GB", "england": "GB", "russian federation": "RU", "south korea": "KR",
    "korea": "KR", "republic of korea": "KR", "north korea": "KP", "czech republic": "CZ",
    "czechia": "CZ", "uae": "AE", "viet nam": "VN", "iran, islamic republic of": "IR",
    "congo, the democratic republic of the": "CD", "democratic republic of the congo": "CD",
    "ivory coast": "CI", "cote d'ivoire": "CI", "turkiye": "TR", "holland": "NL",
    "hong kong": "HK", "macau": "MO", "taiwan, province of china": "TW", "palestine": "PS",
    "syria": "SY", "laos": "LA", "moldova": "MD", "bolivia": "BO", "tanzania": "TZ",
    "venezuela": "VE", "brunei": "BN", "myanmar": "MM", "burma": "MM", "macedonia": "MK",
    "north macedonia": "MK", "vatican": "VA", "cape verde": "CV", "swaziland": "SZ",
}


def _fold(name: str) -> str:
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return " ".join(text.replace("’", "'").split())


@lru_cache(maxsize=1)
def _name_index() -> dict[str, str]:
    index = {_fold(name): code for code, name in pytz.country_names.items()}
    index.update(_ALIASES)
    return index


def country_code(name_or_code: str) -> str:
    """ISO 3166 alpha-2 for a country name or code as buyers and exports write it; "" if unknown."""
    text = name_or_code.strip()
    if not text:
        return ""
    if len(text) == 2 and text.upper() in pytz.country_names:
        return text.upper()
    return _name_index().get(_fold(text), "")


def country_name(code: str) -> str:
    return pytz.country_names.get(code.upper(), code) if code else ""


def is_public_ip(ip: str) -> bool:
    try:
        addr = ipaddress.ip_address(ip)
    except ValueError:
        return False
    return addr.is_global


@lru_cache(maxsize=65536)
def ip_country(ip: str) -> str:
    """ISO alpha-2 of the registry allocation holding `ip`; "" for private or unknown addresses."""
    if not is_public_ip(ip):
        return ""
    try:
        return iptocc.country_code(ip) or ""
    except (ValueError, TypeError):
        return ""


@lru_cache(maxsize=1024)
def zone(name: str) -> ZoneInfo:
    """ZoneInfo objects, kept: zoneinfo's own cache holds only a few strongly."""
    return ZoneInfo(name)


@lru_cache(maxsize=4096)
def _zone_offsets_at(code: str, hour_bucket: datetime) -> tuple[tuple[str, int], ...]:
    """(zone, offset minutes) per zone of a country at an hour (offsets change on the hour)."""
    result = []
    for name in pytz.country_timezones.get(code, []):
        delta = hour_bucket.astimezone(zone(name)).utcoffset() or timedelta(0)
        result.append((name, int(delta.total_seconds() // 60)))
    return tuple(result)


def _offsets(code: str, when: datetime) -> tuple[tuple[str, int], ...]:
    bucket = when.astimezone(timezone.utc).replace(minute=0, second=0, microsecond=0)
    return _zone_offsets_at(code.upper(), bucket)


def country_timezones(code: str) -> list[str]:
    return list(pytz.country_timezones.get(code.upper(), [])) if code else []


def country_utc_offsets(code: str, when: datetime) -> set[int]:
    """UTC offsets (minutes) in force in the country's zones at `when` (aware datetime)."""
    return {offset for _, offset in _offsets(code, when)} if code else set()


def local_hours(code: str, when: datetime) -> list[tuple[str, int]]:
    """The local hour at `when` in each distinct offset of the country: [(zone, hour), ...]."""
    if not code:
        return []
    seen: dict[int, tuple[str, int]] = {}
    for name, offset in _offsets(code, when):
        local = when.astimezone(timezone(timedelta(minutes=offset)))
        seen.setdefault(offset, (name, local.hour))
    return list(seen.values())
