"""Short chat lines in romanised Hindi, Tagalog and the languages they are confused with (Hinglish /
Taglish mixed with English; English lines naming Indian or Filipino people and places; Spanish,
Indonesian and Malay lines), scored with the configured detector.

The lines in tests/data/chat_lines/ were written by hand for this test (not from any corpus):
heldout.jsonl first and set aside, tuning.jsonl after; the word data was tuned on tuning.jsonl only.
Each line has the language the buyer writes ("id" for Malay: ms is not configured and Indonesian is
the nearest configured language) and whether English is mixed in: an English word of the lexicon
beside the buyer's own words ("sample", "price", "for"), not a trade abbreviation (pcs, MOQ, COD).
One tuning label was corrected after the first run ("paisa advance mein dena padega kya?": "advance" is English).

Run as a script for the figures: .venv/bin/python tests/test_language_chat_lines.py
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from inquiry_triage.config import load_config
from inquiry_triage.language import LanguageDetector

DATA = Path(__file__).resolve().parent / "data" / "chat_lines"


def load(name: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def configured_detector() -> LanguageDetector:
    languages = load_config().data["languages"]
    return LanguageDetector(languages["detect"], languages["minor"], seed=languages.get("seed", 0))


def score(detector: LanguageDetector, items: list[dict[str, object]]) -> dict[str, object]:
    """Counts: language right, language and mixed flag both right, and the misses."""
    language_right = both_right = 0
    misses = []
    for item in items:
        result = detector.detect(str(item["text"]))
        ok_language = result.language == item["language"]
        ok_both = ok_language and result.mixed_with_english == item["mixed"]
        language_right += ok_language
        both_right += ok_both
        if not ok_both:
            misses.append((item["text"], item["language"], item["mixed"], result.language, result.mixed_with_english))
    return {"n": len(items), "language": language_right, "both": both_right, "misses": misses}


@pytest.fixture(scope="module")
def detector() -> LanguageDetector:
    return configured_detector()


# Floors (language right / language and mixed flag right), so a change that loses lines fails.
# Unseen at HEAD f74d11f: held out 17/25 and 8/25, tuning 41/60 and 31/60 (every Hinglish line read as en, id,
# sw, tr, nl or de; no one-line text was ever mixed). After the romanised Hindi words, the Tagalog particles and
# the English-in-the-sentence rule (tuned on tuning.jsonl only): held out 25/25 and 23/25, tuning 60/60, 58/60.
FLOORS = {"tuning.jsonl": (60, 58), "heldout.jsonl": (25, 23)}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_chat_lines_floor(detector: LanguageDetector, name: str) -> None:
    found = score(detector, load(name))
    language_floor, both_floor = FLOORS[name]
    assert found["language"] >= language_floor and found["both"] >= both_floor, found["misses"]


def test_every_line_is_labelled_with_a_configured_language() -> None:
    languages = set(load_config().data["languages"]["detect"]) | {"und"}
    for name in FLOORS:
        for item in load(name):
            assert item["language"] in languages and isinstance(item["mixed"], bool), item


# --- the rules behind the figures, one case each ---

def test_romanised_words_are_not_another_latin_languages_words() -> None:
    """A romanised word another configured Latin language writes would name that language's lines Hindi;
    "hai" (Italian "you have") is the one kept: the rival's own words keep an Italian line Italian."""
    data = tomllib.loads((Path(__file__).resolve().parents[1] / "inquiry_triage" / "data" / "language_words.toml")
                         .read_text(encoding="utf-8"))
    romanised = {word for words in data["romanised"].values() for word in words}
    for lang, words in {**data["words"], **{f"{k} greetings": v for k, v in data["greetings"].items()}}.items():
        assert romanised & {w.lower() for w in words} <= {"hai"}, lang


@pytest.mark.parametrize(("text", "expected"), [
    ("bhai price kitna hai for 500 pcs?", ("hi", True, True)),
    ("mujhe sample chahiye jaldi", ("hi", True, True)),
    ("theek hai bhai, kal baat karte hain", ("hi", True, False)),
    ("pwede po ba ng sample?", ("tl", True, True)),
    ("magkano po yung 1000 pcs?", ("tl", True, False)),
    ("Bonjour, can you send me the catalogue?", ("fr", True, True)),
    ("Hola amigo, necesito price list please", ("es", True, True)),
    # One Hindi word, a loan word, an English greeting or an English-looking loan do not mix or move a line:
    ("Namaste, I am interested in your LED panels", ("en", False, False)),
    ("Sir ji, please send the price list today", ("en", False, False)),
    ("Dear Señor Pérez, please send the catalogue", ("en", False, False)),
    ("Pouvez-vous nous envoyer le catalogue et les prix ?", ("fr", True, False)),
    ("Wir benötigen 500 Stück LED-Panels, bitte senden Sie uns Ihr Angebot.", ("de", True, False)),
    ("Hai il listino prezzi aggiornato?", ("it", True, False)),
])
def test_chat_line_rules(detector: LanguageDetector, text: str, expected: tuple[str, bool, bool]) -> None:
    result = detector.detect(text)
    assert (result.language, result.minor_language, result.mixed_with_english) == expected
    if result.mixed_with_english:
        assert {code for code, _ in result.languages} == {"en", result.language}
        assert abs(sum(share for _, share in result.languages) - 1.0) < 1e-3


# Longer Hinglish lines whose product words, units, codes, ports and trade terms diluted the romanised share
# below a third (all en at HEAD 1e7a3d3): the share is counted again without them (_romanised_share).
DILUTED_HINGLISH = [
    "bhai price kitna hai for 500 pcs? LED panel 600x600 40W, delivery Nhava Sheva, CIF. urgent hai",
    "Hello Sir,\nhume stainless hinge 100mm chahiye, SS304 grade, 5000 pcs. Aap best price batao. CIF Chennai. "
    "payment LC.\nThanks\nVikas",
    "12,Rakesh Traders,Mumbai,bhai 1000 pcs bamboo board chahiye, best rate batao,2026-11-30",
    "Sir humein 2000 mtr cotton fabric chahiye, GSM 180, FOB Mundra. sample kab tak milega?",
    "Dear Sir, Namaste. Hume 500 kg PP granules chahiye. Kya aap CIF Kolkata price de sakte hain? "
    "Payment LC at sight. Regards, Amit",
    "Rakesh Traders,Mumbai,bhai 1000 pcs bamboo board chahiye, best rate batao,30/11/2026",
]

# English lines with names, ports, trade terms and a greeting or form of address (or a romanised word as a
# name: "Kal Road", "Ji Hai Trading"): the same recount must leave them English.
ENGLISH_WITH_NAMES = [
    "Rahul from Mumbai here, need CIF Nhava Sheva price for 500 pcs LED panel 600x600",
    "Please ship via Nhava Sheva, consignee Rahul Sharma, Mumbai. FOB price ok",
    "Hi Raj, Kal Industries in Mumbai will send the PO to Mr. Bhai Patel",
    "Ji Hai Trading Co., Chennai: please quote CIF for 20 MT",
    "Our agent Aap Kumar and Rahul Mehra will visit Pune and Delhi",
    "Namaste ji, I need 500 pcs LED panel, CIF Chennai, LC payment",
    "Koi Pond Supplies, Kal Road, Mumbai - quote 100 pcs pumps",
    "Sir ji, kindly share CIF Nhava Sheva price for 500 pcs LED panel 600x600, Rahul will confirm",
    "Namaste, I am Rahul from Mumbai, kal I will send the PO for 2000 pcs",
]


@pytest.mark.parametrize("text", DILUTED_HINGLISH)
def test_codes_trade_terms_and_names_do_not_dilute_hinglish(detector: LanguageDetector, text: str) -> None:
    assert detector.detect(text).language == "hi"


@pytest.mark.parametrize("text", ENGLISH_WITH_NAMES)
def test_english_with_indian_names_and_trade_terms_stays_english(detector: LanguageDetector, text: str) -> None:
    result = detector.detect(text)
    assert (result.language, result.mixed_with_english) == ("en", False)


def test_a_long_mail_is_left_to_the_line_rules(detector: LanguageDetector) -> None:
    """Over _CHAT_MAX_LETTERS letters an English word inside a Spanish sentence does not make it mixed."""
    text = ("Buenos días, necesitamos cotización de 500 paneles solares de 450 W para un proyecto en Lima, "
            "con entrega en el puerto del Callao. Por favor indiquen el precio, el plazo de entrega, la garantía "
            "y las condiciones de pago; también nos interesa saber si pueden enviar una sample antes del pedido.")
    assert detector.detect(text).language == "es"
    assert not detector.detect(text).mixed_with_english


if __name__ == "__main__":
    found_detector = configured_detector()
    for file_name in sorted(FLOORS):
        found = score(found_detector, load(file_name))
        print(f"{file_name}: language {found['language']}/{found['n']}, language+mixed {found['both']}/{found['n']}")
        for miss in found["misses"]:
            print("   ", miss)
