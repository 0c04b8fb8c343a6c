"""Reply drafts (DOMAIN.md 2.2): greet in the buyer's language, a polite title and name, answer
the points the buyer raised, end with a question. Pure: text in, text out.
"""

from __future__ import annotations

import re

from .model import Hit, Inquiry

# Greeting with a name ({name}) and without. The body stays in English unless a template exists
# (per-language templates come with the queue issue); the greeting is always the buyer's own.
GREETINGS: dict[str, tuple[str, str]] = {
    "en": ("Dear {name},", "Dear Sir or Madam,"),
    "es": ("Estimado/a {name}:", "Estimado cliente:"),
    "pt": ("Prezado(a) {name},", "Prezado cliente,"),
    "ru": ("Уважаемый(ая) {name}!", "Здравствуйте!"),
    "fr": ("Bonjour {name},", "Madame, Monsieur,"),
    "de": ("Sehr geehrte(r) {name},", "Sehr geehrte Damen und Herren,"),
    "it": ("Gentile {name},", "Gentile cliente,"),
    "ar": ("السيد/السيدة {name} المحترم،", "السادة الأفاضل،"),
    "tr": ("Sayın {name},", "Sayın Yetkili,"),
    "ja": ("{name}様", "ご担当者様"),
    "ko": ("{name}님께,", "담당자님께,"),
    "pl": ("Szanowny Panie / Szanowna Pani {name},", "Szanowni Państwo,"),
    "nl": ("Geachte {name},", "Geachte heer/mevrouw,"),
    "vi": ("Kính gửi {name},", "Kính gửi Quý khách,"),
    "th": ("เรียน คุณ{name}", "เรียน ลูกค้าที่เคารพ"),
    "id": ("Yth. Bapak/Ibu {name},", "Yth. Bapak/Ibu,"),
    "uk": ("Шановний(а) {name}!", "Доброго дня!"),
    "fa": ("{name} گرامی،", "با سلام و احترام،"),
    "he": ("{name} היקר/ה,", "שלום רב,"),
    "hi": ("आदरणीय {name},", "आदरणीय महोदय/महोदया,"),
    "cs": ("Vážený/á {name},", "Dobrý den,"),
    "ro": ("Stimate/Stimată {name},", "Stimate client,"),
    "el": ("Αγαπητέ/ή {name},", "Αξιότιμε κύριε/κυρία,"),
    "zh": ("尊敬的{name}：", "您好！"),
}

# What to say back for each buying signal the buyer gave: acknowledge it, so the reply shows we read.
POINTS: dict[str, str] = {
    "QUANTITY": "the quantity you need",
    "RFQ_QUANTITY": "the quantity you need",
    "MODEL_SPEC": "the model and specification you named",
    "TARGET_PRICE": "your target price",
    "INCOTERMS": "the delivery terms you asked for",
    "DESTINATION": "delivery to your port",
    "PAYMENT_TERMS": "the payment terms you proposed",
    "DELIVERY_TIME": "your delivery schedule",
    "RFQ_PRODUCT": "the product you are looking for",
}

SAMPLE_OPTIONS = (
    "About samples: we can send them by an economical courier with freight collect, and we deduct "
    "the sample cost from your first order. If it helps, we can first send our electronic catalogue "
    "and test reports."
)

_GENERIC_NAMES = re.compile(r"(?i)^(?:sales|info|admin|service|support|purchas\w*|buyer|customer|contact|office|noreply|no-reply)$")


def buyer_name(inquiry: Inquiry) -> str:
    """A name to greet: the display name, else nothing (never the mailbox's user part)."""
    name = " ".join((inquiry.from_name or "").replace('"', "").split())
    if not name or "@" in name or _GENERIC_NAMES.match(name):
        return ""
    return name[:60]


def draft_reply(inquiry: Inquiry, hits: list[Hit], language: str, *, signature: str = "Best regards,\nSales Team") -> str:
    name = buyer_name(inquiry)
    with_name, without = GREETINGS.get(language, GREETINGS["en"])
    greeting = with_name.format(name=name) if name else without
    names = {h.rule for h in hits}
    raised = list(dict.fromkeys(POINTS[n] for n in POINTS if n in names))
    subject = inquiry.product or inquiry.subject or "your inquiry"
    lines = [greeting, "", f"Thank you for your inquiry about {subject.strip()[:80]}."]
    if raised:
        lines.append("We have noted " + _join(raised) + ", and our quotation will address each of them.")
    if "__ASKS_SAMPLES" in names:
        lines += ["", SAMPLE_OPTIONS]
    question = ("Could you confirm the quantity and the destination port, so that we can quote you the "
                "best price and delivery time?")
    if {"QUANTITY", "RFQ_QUANTITY"} & names and "DESTINATION" in names:
        question = "Would you like us to include samples or an inspection report with the quotation?"
    elif {"QUANTITY", "RFQ_QUANTITY"} & names:
        question = "Which port should we quote delivery to, and what is your target delivery date?"
    lines += ["", question, "", signature]
    return "\n".join(lines)


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]
