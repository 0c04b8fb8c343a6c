"""Payment terms hard-wrapped onto a second line (newcomer finding: "30% de anticipo por T/T,\\n70% contra copia
del B/L" was quoted as "30% de anticipo"). Plain-text mail is wrapped at ~72 columns in every language: a clause
that goes on after a comma, a conjunction or a wrap that ends no sentence is quoted whole; a blank line (the
next paragraph) or a closing line ends it. Hits come from the shipped rules. Samples are anonymised paraphrases."""

from __future__ import annotations

from pathlib import Path

import pytest

from inquiry_triage.checks.rules import load_rules, match_text_rule
from inquiry_triage.drafts import acknowledged
from inquiry_triage.model import Hit, Inquiry

SIGNALS = Path(__file__).resolve().parents[1] / "config" / "rules" / "signals.toml"


@pytest.fixture(scope="module")
def rules():
    return load_rules([SIGNALS]).rules


def terms(rules, body: str, language: str) -> str:
    item = Inquiry(source="t", message_id="<t@t>", from_name="Ana Lima", from_addr="a@buyer.example",
                   body=body, own_text=body)
    hits: list[Hit] = [hit for rule in rules if (hit := match_text_rule(rule, item))]
    return acknowledged(item, hits, language)["payment_terms"]


@pytest.mark.parametrize("language, body, quoted", [
    ("es", "Cantidad: 1.200 unidades\nForma de pago: 30% de anticipo por T/T,\n70% contra copia del B/L\n\n"
           "Saludos,\nAna", "30% de anticipo por T/T, 70% contra copia del B/L"),
    ("es", "Forma de pago: 30% de anticipo por T/T y\n70% contra copia del B/L\n",
     "30% de anticipo por T/T y 70% contra copia del B/L"),
    ("en", "We need 500 valves DN15.\nPayment: 30% deposit and\nbalance before shipment.\n",
     "30% deposit and balance before shipment"),
    ("fr", "Paiement : 30% d'acompte,\nsolde contre copie du B/L\n", "30% d'acompte, solde contre copie du B/L"),
    ("de", "Zahlung: 30% Anzahlung,\n  70% vor Versand\n", "30% Anzahlung, 70% vor Versand"),
    ("pt", "Pagamento 30% antecipado e\n70% contra cópia do BL.", "30% antecipado e 70% contra cópia do BL"),
    # a hard wrap in the middle of the balance's clause (the line is as long as a wrapped one)
    ("en", "For this order we would like to pay 30% deposit, 70% balance against\nthe B/L copy.\n",
     "30% deposit, 70% balance against the B/L copy"),
])
def test_a_wrapped_clause_is_quoted_whole(rules, language, body, quoted):
    assert terms(rules, body, language) == quoted


@pytest.mark.parametrize("language, body, quoted", [
    # the next paragraph, a closing or a short line's next line is not the clause
    ("en", "Payment: 30% deposit, 70% before shipment,\n\n70% of our buyers ask for samples.\n",
     "30% deposit, 70% before shipment"),
    ("en", "We will order 500 pcs and pay 30% deposit, 70% balance before shipment\nBest regards\nTom Lee\n",
     "30% deposit, 70% balance before shipment"),
    ("en", "Payment: 30% deposit, balance before shipment\nplease quote FOB Ningbo.\n",
     "30% deposit, balance before shipment"),
    ("es", "Forma de pago: 30% de anticipo por T/T, 70% contra copia del B/L\nSaludos cordiales\nAna\n",
     "30% de anticipo por T/T, 70% contra copia del B/L"),
])
def test_the_next_paragraph_or_signature_is_not_swallowed(rules, language, body, quoted):
    assert terms(rules, body, language) == quoted
