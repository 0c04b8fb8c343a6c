"""geo reads pytz's zone.tab itself (pytz checks ~600 zone files on first use); same answers."""

from __future__ import annotations

import pytz

from inquiry_triage.lookups import geo


def test_country_zones_equal_pytz_for_every_country():
    codes = set(pytz.country_names) | {"us", "Gb", "", "XX", "EU"}
    assert {c: list(geo._country_zones(c)) for c in codes} == {c: list(pytz.country_timezones.get(c, [])) for c in codes}
    assert geo.country_timezones("br") == list(pytz.country_timezones["BR"])


def test_local_hours_gives_the_first_zone_of_each_offset_with_its_hour():
    """local_hours works out each offset's hour once (the US's 29 zones have a handful of offsets): the
    same (zone, hour) pairs as converting at every zone and keeping the first of each offset."""
    from datetime import datetime, timedelta, timezone

    for code in sorted(pytz.country_names):
        for when in (datetime(2026, 1, 15, 3, 30, tzinfo=timezone.utc), datetime(2026, 7, 1, 22, 5, tzinfo=timezone.utc)):
            expected: dict[int, tuple[str, int]] = {}
            for name in pytz.country_timezones.get(code, []):
                offset = int((when.astimezone(geo.zone(name)).utcoffset() or timedelta(0)).total_seconds() // 60)
                expected.setdefault(offset, (name, when.astimezone(timezone(timedelta(minutes=offset))).hour))
            assert geo.local_hours(code, when) == list(expected.values()), code
