"""Phone numbers as people read them: '+97145550199' -> '+971 4 555 0199' (the international format of
the `phonenumbers` package, as `triage` prints a record's number): `queue show`, the web's task page and
the command line's list rows (views.spaced_caller, spaced_number). The tables load only when a page shows
a number: `queue` over mail alone never imports them (tests/test_startup_imports.py)."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=4096)
def spaced_phone(number: str) -> str:
    """`number` grouped for reading; as given when it is not a full international number."""
    text = number.strip()
    if not text.startswith("+"):
        return number
    import phonenumbers  # only when a number is shown (the CLI's start-up stays light)

    try:
        parsed = phonenumbers.parse(text, None)
    except phonenumbers.NumberParseException:
        return number
    if not phonenumbers.is_possible_number(parsed):
        return number
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


# Old IANA names that phonenumbers' area-code table still gives (and older rows may hold), renamed since:
# a clock is labelled by today's name (Asia/Calcutta is shown as Kolkata). Renames only, never the
# "same clock" links tzdata folds together (Asmara is not Nairobi), so the zone's country stays.
# tests/queue/test_country_and_clock.py checks every zone phonenumbers gives is a zone.tab name after it.
LEGACY_ZONES = {
    "Asia/Calcutta": "Asia/Kolkata", "Asia/Katmandu": "Asia/Kathmandu", "Asia/Rangoon": "Asia/Yangon",
    "Asia/Saigon": "Asia/Ho_Chi_Minh", "Asia/Dacca": "Asia/Dhaka", "Asia/Thimbu": "Asia/Thimphu",
    "Asia/Ujung_Pandang": "Asia/Makassar", "Asia/Ulan_Bator": "Asia/Ulaanbaatar", "Asia/Choibalsan": "Asia/Ulaanbaatar",
    "Asia/Macao": "Asia/Macau", "Asia/Ashkhabad": "Asia/Ashgabat",
    "Asia/Tel_Aviv": "Asia/Jerusalem", "Asia/Istanbul": "Europe/Istanbul", "Africa/Asmera": "Africa/Asmara",
    "Africa/Timbuktu": "Africa/Bamako", "America/Buenos_Aires": "America/Argentina/Buenos_Aires",
    "America/Godthab": "America/Nuuk", "America/Indianapolis": "America/Indiana/Indianapolis",
    "America/Louisville": "America/Kentucky/Louisville", "America/Montreal": "America/Toronto",
    "Atlantic/Faeroe": "Atlantic/Faroe", "Europe/Kiev": "Europe/Kyiv", "Europe/Uzhgorod": "Europe/Kyiv",
    "Europe/Zaporozhye": "Europe/Kyiv", "Pacific/Enderbury": "Pacific/Kanton", "Pacific/Ponape": "Pacific/Pohnpei",
    "Pacific/Truk": "Pacific/Chuuk", "Pacific/Yap": "Pacific/Chuuk", "Pacific/Samoa": "Pacific/Pago_Pago",
}


def canonical_zone(zone: str) -> str:
    """Today's IANA name of `zone` ('Asia/Calcutta' -> 'Asia/Kolkata'); any other name as given."""
    return LEGACY_ZONES.get(zone, zone)
