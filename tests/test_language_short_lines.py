"""Short trade chat lines (WhatsApp, IM, RFQ titles) in English and in other languages, written by hand
for this test (not from any corpus), as buyers type them: a few words, acronyms, no greeting.

The bug: "LED panel price?" was Italian. The acronym LED is dropped, and "panel price" is ten letters whose
overlapping n-grams, counted as independent, put Italian 12 nats over English: more than one lexicon word
("price", 8 nats) weighs. Now, in a text of up to 30 letters whose words the lexicon knows at least half of,
only the languages those words belong to stay candidates (LanguageDetector._words_carry).
Figures before the fix: English 35/40, others 49/50; after: English 39/40, others 49/50.
Left wrong (kept in the floors, not fitted): "door handle sample" (nl: "door" is a Dutch word the lexicon
knows, "handle" is in no lexicon) and "numune lazım acil" (ro: one Turkish word of three is known).

Run as a script for the figures (in a worktree): PYTHONPATH=. .venv/bin/python tests/test_language_short_lines.py
"""

from __future__ import annotations

import pytest

from inquiry_triage.config import load_config
from inquiry_triage.language import LanguageDetector

EN = ["price for 500 pcs?", "MOQ and lead time?", "need sample urgently", "LED panel price?", "pls send catalog",
      "LED panel", "panel price", "what is the FOB price?", "can you ship to Lagos?", "how much per unit",
      "send me the price list", "is it in stock?", "any discount for bulk order?", "when can you deliver?",
      "do you have CE certificate", "need 200 pcs solar panel", "what is your best price", "ok thanks",
      "pls quote CIF Durban", "sample cost?", "delivery time pls", "interested in your product",
      "can i get a sample", "what colors available?", "plastic chairs price", "steel pipe price",
      "need quotation asap", "packing details?", "is shipping included?", "payment terms?",
      "led strip light", "motor price?", "wholesale price please", "send photos pls", "yes please proceed",
      "how many days for production", "cable price", "door handle sample", "rice cooker price", "water pump"]
OTHER = [
    ("es", "precio por 500 piezas?"), ("es", "necesito una muestra urgente"), ("es", "cuánto cuesta el envío?"),
    ("es", "me pasa el catálogo por favor"), ("es", "tiene stock disponible?"),
    ("pt", "qual o preço para 500 peças?"), ("pt", "preciso de uma amostra"), ("pt", "vocês enviam para o Brasil?"),
    ("pt", "quanto custa o frete?"), ("pt", "me manda o catálogo"),
    ("fr", "quel est le prix pour 500 pièces?"), ("fr", "besoin d'un échantillon"), ("fr", "vous livrez au Sénégal?"),
    ("fr", "envoyez le catalogue svp"), ("fr", "délai de livraison?"),
    ("it", "prezzo per 500 pezzi?"), ("it", "mi serve un campione"), ("it", "quanto costa la spedizione?"),
    ("it", "mandatemi il catalogo per favore"), ("it", "tempi di consegna?"),
    ("de", "Preis für 500 Stück?"), ("de", "brauche dringend ein Muster"), ("de", "Lieferzeit nach Deutschland?"),
    ("de", "bitte Katalog schicken"), ("de", "wie viel kostet der Versand?"),
    ("tr", "500 adet için fiyat nedir?"), ("tr", "numune lazım acil"), ("tr", "kargo ücreti ne kadar?"),
    ("tr", "katalog gönderir misiniz"), ("tr", "teslimat süresi nedir"),
    ("id", "harga untuk 500 pcs berapa?"), ("id", "saya butuh sampel segera"), ("id", "bisa kirim ke Jakarta?"),
    ("id", "tolong kirim katalog"), ("id", "berapa lama pengirimannya"),
    ("ru", "цена за 500 штук?"), ("ru", "нужен образец срочно"), ("ru", "пришлите каталог пожалуйста"),
    ("ar", "كم السعر ل 500 قطعة؟"), ("ar", "أحتاج عينة بسرعة"),
    ("vi", "giá cho 500 cái là bao nhiêu?"), ("vi", "tôi cần mẫu gấp"), ("vi", "gửi catalog giúp tôi"),
    ("tl", "magkano po ang presyo?"), ("tl", "pwede po ba makahingi ng sample"), ("tl", "kailan po ang delivery"),
    ("nl", "wat is de prijs voor 500 stuks?"), ("nl", "graag een monster sturen"),
    ("pl", "jaka jest cena za 500 sztuk?"), ("pl", "potrzebuję próbkę pilnie"),
]


# The lines of the report, and lines like them: each must be English.
MUST_BE_ENGLISH = ["LED panel price?", "LED panel", "panel price", "pls quote CIF Durban", "price for 500 pcs?",
                   "MOQ and lead time?", "need sample urgently", "pls send catalog"]


def configured_detector() -> LanguageDetector:
    languages = load_config().data["languages"]
    return LanguageDetector(languages["detect"], languages["minor"], seed=int(languages.get("seed", 0)))


@pytest.fixture(scope="module")
def detector() -> LanguageDetector:
    return configured_detector()


def figures(detector: LanguageDetector) -> tuple[int, int, list[str]]:
    wrong = [f"en {text!r} -> {detector.detect_code(text)}" for text in EN if detector.detect_code(text) != "en"]
    english = len(EN) - len(wrong)
    others = 0
    for lang, text in OTHER:
        got = detector.detect_code(text)
        if got == lang:
            others += 1
        else:
            wrong.append(f"{lang} {text!r} -> {got}")
    return english, others, wrong


@pytest.mark.parametrize("text", MUST_BE_ENGLISH)
def test_short_english_trade_line_is_english(detector: LanguageDetector, text: str) -> None:
    result = detector.detect(text)
    assert result.language == "en" and not result.minor_language, (text, result.languages)


def test_floors(detector: LanguageDetector) -> None:
    english, others, wrong = figures(detector)
    assert english >= len(EN) - 1, wrong  # 39/40 (35 before the fix)
    assert others >= len(OTHER) - 1, wrong  # 49/50: the fix does not move the error to another language


if __name__ == "__main__":
    english, others, wrong = figures(configured_detector())
    print(f"English {english}/{len(EN)}, others {others}/{len(OTHER)}")
    print("\n".join(wrong))
