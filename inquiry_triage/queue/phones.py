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
