"""Offline origin data: IP -> country (iptocc's bundled registry data), country -> time zones
(pytz's copy of the IANA zone.tab) and its principal zone (data/principal_zones.toml), phone number
-> zones (phonenumbers' area-code table), country names -> ISO codes. No network, ever."""

from __future__ import annotations

import ipaddress
import tomllib
import unicodedata
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from pathlib import Path
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


ZH_NAMES_PATH = Path(__file__).resolve().parent.parent / "data" / "country_names_zh.toml"


@lru_cache(maxsize=1)
def _zh_name_index() -> dict[str, str]:
    """Chinese country names (simplified and traditional) -> code: ASCII folding drops every CJK letter,
    so "德国" in a record's country field or a form's "国家：德国" needs its own table."""
    with ZH_NAMES_PATH.open("rb") as fh:
        return {name: code for code, names in tomllib.load(fh)["names"].items() for name in names}


def country_names_folded() -> frozenset[str]:
    """Every folded name country_code knows (pytz's names and the aliases)."""
    return frozenset(_name_index())


def country_code(name_or_code: str) -> str:
    """ISO 3166 alpha-2 for a country name or code as buyers and exports write it; "" if unknown."""
    text = name_or_code.strip()
    if not text:
        return ""
    if len(text) == 2 and text.upper() in pytz.country_names:
        return text.upper()
    if not text.isascii():
        code = _zh_name_index().get("".join(text.split()))
        if code:
            return code
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


@lru_cache(maxsize=1)
def _zone_tab() -> dict[str, tuple[str, ...]]:
    """Country code -> zones, in pytz's zone.tab order, before pytz's check that each zone exists."""
    data: dict[str, list[str]] = {}
    with pytz.open_resource("zone.tab") as fh:
        for raw in fh:
            line = raw.decode("UTF-8")
            if line.startswith("#"):
                continue
            code, _coordinates, name = line.split(None, 4)[:3]
            data.setdefault(code, []).append(name)
    return {code: tuple(names) for code, names in data.items()}


_KNOWN_ZONES = frozenset(getattr(pytz, "_all_timezones_unchecked", ()))


@lru_cache(maxsize=512)
def _country_zones(code: str) -> tuple[str, ...]:
    """`pytz.country_timezones.get(code, [])`, checking only this country's zones: pytz checks all
    ~600 zone files on first use (a sixth of a single message's triage)."""
    if not _KNOWN_ZONES:  # pragma: no cover (a pytz without the list: ask it)
        return tuple(pytz.country_timezones.get(code, []))
    names = _zone_tab().get(code.upper(), ())  # pytz upper-cases keys too
    return tuple(name for name in names if name in _KNOWN_ZONES and pytz.resource_exists(name))


@lru_cache(maxsize=4096)
def _zone_offsets_at(code: str, hour_bucket: datetime) -> tuple[tuple[str, int], ...]:
    """(zone, offset minutes) per zone of a country at an hour (offsets change on the hour)."""
    result = []
    for name in _country_zones(code):
        delta = hour_bucket.astimezone(zone(name)).utcoffset() or timedelta(0)
        result.append((name, int(delta.total_seconds() // 60)))
    return tuple(result)


def _offsets(code: str, when: datetime) -> tuple[tuple[str, int], ...]:
    bucket = when.astimezone(timezone.utc).replace(minute=0, second=0, microsecond=0)
    return _zone_offsets_at(code.upper(), bucket)


def country_timezones(code: str) -> list[str]:
    return list(_country_zones(code.upper())) if code else []


def country_utc_offsets(code: str, when: datetime) -> set[int]:
    """UTC offsets (minutes) in force in the country's zones at `when` (aware datetime)."""
    return {offset for _, offset in _offsets(code, when)} if code else set()


def local_hours(code: str, when: datetime) -> list[tuple[str, int]]:
    """The local hour at `when` in each distinct offset of the country: [(zone, hour), ...]."""
    if not code:
        return []
    seen: dict[int, tuple[str, int]] = {}
    for name, offset in _offsets(code, when):
        if offset not in seen:  # the first zone of each offset (the US's 29 zones have 6 offsets)
            seen[offset] = (name, when.astimezone(timezone(timedelta(minutes=offset))).hour)
    return list(seen.values())


PRINCIPAL_ZONES_PATH = Path(__file__).resolve().parent.parent / "data" / "principal_zones.toml"


@lru_cache(maxsize=1)
def principal_zones() -> dict[str, str]:
    """Country code -> principal zone, for countries with more than one (see the data file)."""
    with PRINCIPAL_ZONES_PATH.open("rb") as fh:
        return {code.upper(): name for code, name in tomllib.load(fh)["principal"].items()}


def principal_zone(code: str) -> str:
    """The zone a buyer from country `code` is most likely in (its capital / most populous zone),
    never merely the first one zone.tab lists; "" for an unknown country."""
    if not code:
        return ""
    code = code.upper()
    zones = country_timezones(code)
    return principal_zones().get(code) or (zones[0] if zones else "")


def zones_by_likelihood(code: str) -> list[str]:
    """The country's zones, its principal zone first (ties on an offset go to it)."""
    zones = country_timezones(code)
    first = principal_zone(code)
    return ([first] if first else []) + [z for z in zones if z != first]


# A prefix shared by a whole numbering plan (+1 800 toll-free: 40 zones) says nothing about a clock.
_MAX_PHONE_ZONES = 3


@lru_cache(maxsize=4096)
def phone_zones(number: str, country: str = "") -> tuple[str, ...]:
    """The zones phonenumbers' area-code table gives for `number` (international form, or national
    with `country`'s prefix); () when it cannot parse it, is not a valid number, or the prefix spans
    more than a few zones (toll-free, mobile ranges of large countries)."""
    import phonenumbers
    from phonenumbers import timezone as phone_timezone

    text = number.strip()
    if not text:
        return ()
    try:
        parsed = phonenumbers.parse(text, (country or "").upper() or None)
    except phonenumbers.NumberParseException:
        return ()
    if not phonenumbers.is_valid_number(parsed):
        return ()
    zones = tuple(z for z in phone_timezone.time_zones_for_number(parsed) if z != "Etc/Unknown")
    if not 0 < len(zones) <= _MAX_PHONE_ZONES:
        return ()
    # A range that spans the mainland and islands lists the zones alphabetically (+34 6xx: Atlantic/Canary,
    # Europe/Madrid; +351 9xx: Atlantic/Azores, Europe/Lisbon): the country's principal zone first, as the
    # likelier clock when nothing else (a Date offset) tells them apart.
    principal = principal_zone(phonenumbers.region_code_for_number(parsed) or "")
    return (principal, *(z for z in zones if z != principal)) if principal in zones[1:] else zones


@lru_cache(maxsize=4096)
def phone_country(number: str, country: str = "") -> str:
    """ISO alpha-2 of the numbering region of `number`; "" when unparseable or invalid."""
    import phonenumbers

    try:
        parsed = phonenumbers.parse(number.strip(), (country or "").upper() or None)
    except phonenumbers.NumberParseException:
        return ""
    if not phonenumbers.is_valid_number(parsed):
        return ""
    return phonenumbers.region_code_for_number(parsed) or ""
