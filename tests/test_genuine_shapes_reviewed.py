"""Genuine buyers' shapes a reviewer found scored by narrowed rule data (session after the held-out
probe's fifth part): each triaged whole, as a buyer would send it, scores no risk from the rule that
over-reached, and the language stays the buyer's. The scam each rule is for is tested beside it."""

from __future__ import annotations

import pytest

from tests.test_genuine_shapes_not_flagged import rules_of, triaged

# A Tanzanian buyer says what it paid last year ("tulilipa zaidi ya" = "we paid more than"): price
# talk, not an overpayment to refund (__FR_PAY_ON_BEHALF, SELLER_MUST_PAY_FEE).
SW_PUMP_BUYER = ("Juma Mwinyi <juma.mwinyi@gmail.com>", "Pampu za maji",
                 "Habari,\n\nTunataka kununua pampu 50 za maji za sola. Mwaka jana tulilipa zaidi ya dola 120 "
                 "kwa kila pampu, tutumie bei yako.\n\nAsante,\nJuma Mwinyi\nMwinyi Kilimo, Dodoma")
SW_FREIGHT_BUYER = ("Juma Mwinyi <juma.mwinyi@gmail.com>", "Pampu 50",
                    "Habari,\n\nTunataka kununua pampu 50 za maji. Tulilipa zaidi kwa usafirishaji mwaka jana, "
                    "tafadhali tuambie bei ya CIF Dar es Salaam.\n\nAsante,\nJuma")


@pytest.mark.parametrize(("shape", "rule"), [(SW_PUMP_BUYER, "SELLER_MUST_PAY_FEE"),
                                              (SW_FREIGHT_BUYER, "SELLER_MUST_PAY_FEE")])
def test_genuine_shape_is_not_scored(shape, rule):
    result = triaged(*shape)
    assert rule not in rules_of(result), result["reasons"]
    assert result["risk"] == 0 and not result["suspicious"], (result["risk"], result["suspicion"])


def test_swahili_overpayment_refund_still_scores():
    result = triaged("Juma <juma.trade77@gmail.com>", "Malipo",
                     "Habari,\n\nTunataka kuagiza pampu 50. Tutalipa kwa hundi, tumelipa zaidi kwa makosa, "
                     "tafadhali rudisha kiasi kilichozidi kwa wakala wetu wa usafirishaji.\n\nJuma")
    assert "SELLER_MUST_PAY_FEE" in rules_of(result), result["reasons"]


# A Nigerian buyer greets "Salamu alaikum" and writes English: English, not Swahili.
SALAMU_BUYER = ("Musa Bello <musa.bello@gmail.com>", "Solar panels",
                "Salamu alaikum,\n\nWe need 500 pcs of solar panels 300W, CIF Lagos. Please send your best "
                "price and delivery time.\n\nMusa Bello\nBello Solar Ltd, Kano")


@pytest.mark.parametrize("opening", ["Salamu alaikum,", "Jambo Trading Ltd,", "Ndugu Sales,"])
def test_english_inquiry_opening_so_stays_english(opening):
    sender, subject, body = SALAMU_BUYER
    result = triaged(sender, subject, body.replace("Salamu alaikum,", opening))
    assert result["language"] == "en", result["language"]
    assert not {"MINOR_LANGUAGE", "MIXED_MINOR_ENGLISH"} & rules_of(result), result["reasons"]
