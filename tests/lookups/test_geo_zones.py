"""geo reads pytz's zone.tab itself (pytz checks ~600 zone files on first use); same answers."""

from __future__ import annotations

import pytz

from inquiry_triage.lookups import geo


def test_country_zones_equal_pytz_for_every_country():
    codes = set(pytz.country_names) | {"us", "Gb", "", "XX", "EU"}
    assert {c: list(geo._country_zones(c)) for c in codes} == {c: list(pytz.country_timezones.get(c, [])) for c in codes}
    assert geo.country_timezones("br") == list(pytz.country_timezones["BR"])
