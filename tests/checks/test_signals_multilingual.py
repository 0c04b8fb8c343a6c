"""Buying signals beyond English (config/rules/signals.toml): a buyer who writes Spanish, Portuguese,
French, German, Italian, Russian, Arabic or Turkish gets the same signal credit as one who writes
English, and an Incoterm's named place is shown whole ("CIF Jebel Ali", not "CIF Jebel").

The inquiries below were written for this test (how buyers write in each language), not taken from
any corpus. Each states the same six things: quantity, model, payment terms, lead time, an Incoterm
and a destination.
"""

from __future__ import annotations

import pytest

from inquiry_triage.checks import CHECK_HIT_NAMES
from inquiry_triage.checks.rules import load_rules, match_text_rule
from inquiry_triage.config import load_config
from tests.factories import make_inquiry

RULES = load_rules(load_config(None).path_list("rules.files"), CHECK_HIT_NAMES)
SIGNALS = ("QUANTITY", "MODEL_SPEC", "TARGET_PRICE", "INCOTERMS", "DESTINATION", "PAYMENT_TERMS", "DELIVERY_TIME")

SAME_INQUIRY = {
    "en": "Hello, we need 500 pcs of model PL-200. Payment 30% deposit, balance before shipment. "
          "What is your lead time? Please quote CIF, delivery to Valencia.",
    "es": "Hola, necesitamos 500 unidades del modelo PL-200. Pago: 30% de anticipo, saldo contra copia del BL. "
          "¿Cuál es el plazo de entrega? Cotizar CIF, entrega en Valencia.",
    "pt": "Olá, precisamos de 500 peças do modelo PL-200. Pagamento: 30% de sinal, saldo antes do embarque. "
          "Qual o prazo de entrega? Cotação CIF, entrega em Santos.",
    "fr": "Bonjour, nous cherchons 500 pièces de la référence PL-200. Acompte de 30 %, solde avant expédition. "
          "Quel est votre délai de livraison ? Prix CIF, livraison à Marseille.",
    "de": "Guten Tag, wir benötigen 500 Stück, Artikelnummer PL-200. 30 % Anzahlung, Rest vor Versand. "
          "Wie ist die Lieferzeit? Bitte CIF anbieten, Lieferung nach Hamburg.",
    "it": "Buongiorno, ci servono 500 pezzi del modello PL-200. Pagamento 30% anticipo, saldo prima della spedizione. "
          "Quali sono i tempi di consegna? Prezzo CIF, consegna a Genova.",
    "ru": "Здравствуйте, нужно 500 шт, модель PL-200. Оплата: 30% предоплата, остаток перед отгрузкой. "
          "Какой срок поставки? Цена CIF, доставка в Новороссийск.",
    "ar": "مرحبا، نحتاج 500 قطعة من الموديل PL-200. الدفع 30% مقدم والباقي قبل الشحن. "
          "ما هي مدة التسليم؟ السعر CIF، الشحن إلى جدة.",
    "tr": "Merhaba, PL-200 modeli için 500 adet lazım. Ödeme: %30 peşin, kalanı yüklemeden önce. "
          "Teslim süresi ne kadar? Fiyat CIF, teslimat yeri: Mersin.",
}


def signals_of(text: str) -> dict[str, str]:
    inquiry = make_inquiry(body=text)
    found = {}
    for name in SIGNALS:
        hit = match_text_rule(RULES.by_name(name), inquiry)
        if hit is not None:
            found[name] = hit.excerpt
    return found


@pytest.mark.parametrize("language", sorted(SAME_INQUIRY))
def test_the_same_inquiry_gets_the_same_signals_in_every_language(language):
    english = set(signals_of(SAME_INQUIRY["en"]))
    assert english == {"QUANTITY", "MODEL_SPEC", "PAYMENT_TERMS", "DELIVERY_TIME", "INCOTERMS", "DESTINATION"}
    assert set(signals_of(SAME_INQUIRY[language])) == english, signals_of(SAME_INQUIRY[language])


@pytest.mark.parametrize(("text", "rule", "excerpt"), [
    ("Please quote CIF Jebel Ali, 2 x 40HQ", "DESTINATION", "CIF Jebel Ali"),
    ("Please quote CIF Jebel Ali, 2 x 40HQ", "INCOTERMS", "CIF Jebel Ali"),
    ("Our price basis is FOB Ho Chi Minh City.", "INCOTERMS", "FOB Ho Chi Minh City"),
    ("Terms: DDP Los Angeles, USA\nQuantity 300", "DESTINATION", "DDP Los Angeles, USA"),
    ("We buy CFR Port Said only", "DESTINATION", "CFR Port Said"),
    ("CIF Hamburg please quote", "DESTINATION", "CIF Hamburg"),
    ("CIF Hamburg Port, thanks", "DESTINATION", "CIF Hamburg"),
    ("CIF Hamburg, Germany. Payment by T/T", "DESTINATION", "CIF Hamburg, Germany"),
    ("CIF Rio de Janeiro", "DESTINATION", "CIF Rio de Janeiro"),
    ("port of destination: Jebel Ali\nthanks", "DESTINATION", "port of destination: Jebel Ali"),
    ("Envío a Valparaíso, Chile", "DESTINATION", "Envío a Valparaíso, Chile"),
    ("CIF جبل علي من فضلك", "DESTINATION", "CIF جبل علي"),
    ("السعر CIF الإسكندرية ومدة التسليم", "DESTINATION", "CIF الإسكندرية"),
    ("Price FOB Ningbo, MOQ 500 pcs", "INCOTERMS", "FOB Ningbo"),
    ("Цена CIF Санкт-Петербург", "INCOTERMS", "CIF Санкт-Петербург"),
])
def test_destination_and_incoterm_places_are_whole(text, rule, excerpt):
    assert signals_of(text).get(rule) == excerpt


@pytest.mark.parametrize("text", [
    "CIF price please", "CIF Price please", "CIF Buyer Destination", "livraison à domicile", "entrega en 30 días", "Lieferung nach Absprache",
    "доставка в течение месяца", "ship it fast",
])
def test_no_destination_without_a_place(text):
    assert "DESTINATION" not in signals_of(text)


@pytest.mark.parametrize(("text", "incoterms", "destination"), [
    ("Please quote FOB Ho Chi Minh City", "FOB Ho Chi Minh City", ""),
    ("Price CIF Jebel Ali please", "CIF Jebel Ali", "Jebel Ali"),
    ("CIF Rio de Janeiro, 2 x 40HQ", "CIF Rio de Janeiro", "Rio de Janeiro"),
    ("CIF Hamburg please quote", "CIF Hamburg", "Hamburg"),
    ("shipping to Ho Chi Minh City next month", "", "Ho Chi Minh City"),
])
def test_the_draft_states_back_the_whole_place(text, incoterms, destination):
    """The reply draft's acknowledgement (drafts.acknowledged) keeps multi-word places too."""
    from inquiry_triage.drafts import acknowledged

    ack = acknowledged(make_inquiry(body=text), [], "en")
    assert (ack["incoterms"], ack["destination"]) == (incoterms, destination)


@pytest.mark.parametrize(("text", "payment"), [
    # with the balance: the deposit alone reads as if we misread the terms
    ("Ödeme: %30 peşin, kalanı yüklemeden önce", "%30 peşin, kalanı yüklemeden önce"),
    ("Acompte de 30 %, solde avant expédition", "Acompte de 30 %, solde avant expédition"),
    ("Оплата: 30% передоплата", "30% передоплата"),
])
def test_the_draft_states_back_payment_terms_in_the_buyers_words(text, payment):
    from inquiry_triage.drafts import acknowledged

    assert acknowledged(make_inquiry(body=text), [], "en")["payment_terms"] == payment
