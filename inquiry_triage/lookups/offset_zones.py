"""The buyer's zone from a Date offset that is not a whole hour (data/offset_zones.toml)."""

from __future__ import annotations

import tomllib
from datetime import datetime, timedelta
from functools import lru_cache
from pathlib import Path

from . import geo

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
