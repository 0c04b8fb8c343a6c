"""The queue's buyer column (queue/views.short_buyer) and the words shown for a record without a subject."""

from __future__ import annotations

import pytest

from inquiry_triage.queue.views import BUYER_CHARS, first_words, short_buyer, untitled_subject


@pytest.mark.parametrize("sender", ["purchasing.department.manager@acme-machinery.example",
                                    "a.very.long.local.part.of.someone@mail.ru",
                                    "procurement.team@a-very-long-domain-name-of-the-buyer-company.co.uk"])
def test_a_long_address_is_shortened_inside_its_local_part_keeping_the_domain(sender: str) -> None:
    local, domain = sender.split("@")
    shown = short_buyer(sender)
    assert shown.endswith("@" + domain) and "…" in shown.split("@")[0]
    head, tail = shown.split("@")[0].split("…")
    assert local.startswith(head) and local.endswith(tail) and head and tail  # both ends of the local part kept
    assert len(shown) <= max(BUYER_CHARS, len(domain) + 4)


def test_short_senders_names_and_numbers() -> None:
    assert short_buyer("ivan.petrov@mail.ru") == "ivan.petrov@mail.ru"
    assert short_buyer("Ahmed Al Mansouri") == "Ahmed Al Mansouri"
    long_name = "Procurement Department of the Northern Regional Hospital Group"
    assert short_buyer(long_name) == long_name[:BUYER_CHARS - 1] + "…"
    assert short_buyer("purchasing.department.manager@acme.example", 30) == "purchasi….manager@acme.example"  # 30 characters


def test_a_record_without_a_subject_shows_its_channel_number_and_first_words() -> None:
    body = "\n\n  Called about 40HQ container of ceramic floor tiles 60x60 cm, matte grey.\nSecond line"
    assert first_words(body) == "Called about 40HQ container of ceramic floor tiles…"
    assert untitled_subject("im", "", body) == "im · Called about 40HQ container of ceramic floor tiles…"
    assert untitled_subject("phone", "+97145550199", "") == "phone +971 4 555 0199"  # spaced as queue spaces it
