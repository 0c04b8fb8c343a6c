"""How a buyer and an untitled inquiry are named on a line: pure words, no database (queue/views.py
re-exports them). Kept apart so `triage`'s table can name its rows without importing the store: a
one-message triage pays its start-up for every hook or script call (issue 10, item 4)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

FIRST_LINE_CHARS = 160  # the web list's first line of the buyer's words (read in SQL, never the whole body)
NOTE_WORDS = 8  # words of a record's note shown where a subject would be


NO_NAME = "(no name)"  # a buyer with no address, name or phone (an RFQ export row without buyer columns)


def buyer_named(sender: str, company: str = "") -> str:
    """Who the buyer is, as a line shows it: the address or name, else the company, else NO_NAME
    (never an empty column)."""
    return sender.strip() or company.strip() or NO_NAME


def first_line(body: str) -> str:
    """The first line of the buyer's words that says something, cut to FIRST_LINE_CHARS: a line that is
    only a salutation ("Dear Sir,", "Buenos días,", "Merhaba,", "Здравствуйте!", "您好！") is passed over
    (a list of greetings says nothing about the inquiry), and so is a sign-off ("Best regards,", "Sent from my
    iPhone"); the first non-empty line when every line is one."""
    first = ""
    for line in body.splitlines():
        text = " ".join(line.split())
        if not text:
            continue
        if not salutation_only(text) and not sign_off_only(text):
            return text[:FIRST_LINE_CHARS]
        first = first or text
    return first[:FIRST_LINE_CHARS]


# A salutation line: a greeting, then at most a title and a name, then its punctuation.
_SALUTATION_CHARS = 60
_SALUTATION_END = " ,:;!.~-\u060c\uff0c\uff1a\uff1b\uff01\u3002\u3001"  # and Arabic's and CJK's , : ; ! 。 、
_INNER_STOPS = frozenset(",;:!?\u060c\u061f\uff0c\uff1a\uff1b\uff01\uff1f\u3002")
# Languages the lexicon leaves out (their script decides the language): Chinese, Japanese, Korean openers.
_CJK_SALUTATIONS = ("您好", "你好", "大家好", "尊敬的", "敬启者", "拝啓", "こんにちは", "お世話になっております",
                    "お世話になります", "안녕하세요", "친애하는")


def salutation_only(text: str) -> bool:
    """Whether a line is only a salutation: it opens with a greeting of any configured language (the
    [greetings] of data/language_words.toml, the language detector's own list, and CJK openers) followed
    by at most a few words that are a title or a name ("Dear Sir or Madam,", "Estimado Sr. López:",
    "尊敬的王经理：", see _addressee) and no sentence ("Hello, I need 500 valves.", "Hi, can we talk?" and
    "Hi, need catalogue" say something)."""
    if len(text) > _SALUTATION_CHARS or len(text.split()) > 7:
        return False  # the common case, decided without the greetings
    found = _salutations().match(text)
    if found is None:
        return False
    rest = text[found.end():]
    core = rest.rstrip(_SALUTATION_END)
    ended = core != rest
    after_comma = core[:1] in (",", "\u060c", "\uff0c")  # "Hello, John," / "Hello, I need ..."
    core = core.lstrip(" ,\u060c\uff0c")
    if not core:
        return True
    if any(ch in _INNER_STOPS for ch in core):
        return False
    words = len(core.split())
    if len(core) > 24 and words == 1:  # CJK: no spaces, a sentence is one "word"
        return False
    if after_comma or not ended or rest.rstrip().endswith((".", "\u3002")):
        if words > 2:
            return False
    elif words > 4:
        return False
    if found.group() in _CJK_ADDRESSING:  # "尊敬的" is "Dear": a short name or title follows (尊敬的王经理)
        return len(core) <= _CJK_ADDRESSEE_CHARS and not any(ch.isdigit() for ch in core)
    return _addressee(core)


# CJK openers that address someone ("Dear ...", "Respected ..."): their name and title follow without a space.
_CJK_ADDRESSING = frozenset(("尊敬的", "친애하는"))
_CJK_ADDRESSEE_CHARS = 6  # 王经理, 张总, 李先生, 采购部经理


def _addressee(core: str) -> bool:
    """Whether the words after a greeting are a name or a title, not a request: no digits, and every word
    capitalised ("John Smith", "López", "Иван Петрович") or a form of address of data/language_words.toml
    ([address], [titles]) or a greeting itself ("Sir or Madam", "Sr. López", "there", "dear"). "need catalogue",
    "fiyat listesi", "500 valves" are a request; so is any word of a script without case ("请报价", an
    Arabic name alike: the line is kept unless the greeting is all of it)."""
    if any(ch.isdigit() for ch in core):
        return False
    address = _address_words()
    for word in core.split():
        bare = word.strip("'\"’“”()-").rstrip(".").lower()
        if bare in address or word[:1].isupper() or not any(ch.isalnum() for ch in word):
            continue  # a name, a title, or no word at all ("&", "😊")
        return False
    return True


def sign_off_only(text: str) -> bool:
    """Whether a line is only a sign-off or a mobile signature ("Best regards,", "Thanks!", "Sent from my
    iPhone", "此致"): the patterns parsing/quoting cuts a signature at, read only for a short line."""
    if len(text) > _SALUTATION_CHARS:
        return False
    from ..parsing.quoting import _MOBILE_SIG, _SIGNOFF  # the signature's own patterns, not a second list

    return _SIGNOFF.match(text) is not None or _MOBILE_SIG.match(text) is not None


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, dict[str, list[str]]]:
    """data/language_words.toml (read once, on the first short line)."""
    import tomllib

    with open(Path(__file__).resolve().parent.parent / "data" / "language_words.toml", "rb") as fh:
        return tomllib.load(fh)


@lru_cache(maxsize=1)
def _salutations() -> re.Pattern[str]:
    """The greetings as one pattern, longest first (read once, on the first short line)."""
    greetings = _lexicon().get("greetings", {})
    phrases = sorted({p.lower() for words in greetings.values() for p in words}, key=len, reverse=True)
    cjk = sorted(_CJK_SALUTATIONS, key=len, reverse=True)  # no spaces: a name follows at once (尊敬的王经理)
    return re.compile(rf"(?:{'|'.join(map(re.escape, phrases))})(?!\w)|(?:{'|'.join(map(re.escape, cjk))})",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _address_words() -> frozenset[str]:
    """The forms of address ([address] and the titles of [titles], "m." read as "m") and the one-word
    greetings ("dear", "monsieur"), lower case."""
    data = _lexicon()
    return frozenset(w.lower().rstrip(".") if section == "titles" else w.lower()
                     for section in ("titles", "address", "greetings") for words in data.get(section, {}).values()
                     for w in words if " " not in w)


def buyer_key_words(buyer_key: str) -> str:
    """A buyer key as a person reads it (a Sentence: cli_words.said words it): 'tel:+97145550199' ->
    'phone +971 4 555 0199' (电话 ...), 'name:ana lópez' -> 'named "ana lópez"', 'inquiry:12' -> 'inquiry 12';
    an address as it is. JSON keeps the key, and so does a list of keys to type (`queue buyer KEY`)."""
    from ..sentences import AsWritten, Sentence

    kind, _, rest = buyer_key.partition(":")
    if kind == "tel" and rest:
        from .phones import spaced_phone

        return Sentence("phone %(number)s", number=AsWritten(spaced_phone(rest)))
    if kind == "name" and rest:
        return Sentence("named \"%(name)s\"", name=AsWritten(rest))
    if kind == "inquiry" and rest.isdigit():
        return Sentence("inquiry %(inquiry)s", inquiry=rest)
    return buyer_key


def caller_number(buyer_key: str) -> str:
    """The phone number a buyer is known by ("tel:+97145550199" -> "+97145550199"), else "". `queue
    show` and the CLI's lists show it spaced (views.spaced_number: the phone tables, loaded only then)."""
    return buyer_key[4:] if buyer_key.startswith("tel:") else ""


TITLE_CHARS = 60  # the most of the first words a title shows (Chinese has no spaces: one "word" can be a line)


def first_words(body: str) -> str:
    """The first NOTE_WORDS words of the buyer's first line ('Called about 40HQ container of…'), at
    most TITLE_CHARS characters ('您好，我们公司需要采购一批…')."""
    words = first_line(body).split()
    text = " ".join(words[:NOTE_WORDS]) + ("…" if len(words) > NOTE_WORDS else "")
    return text if len(text) <= TITLE_CHARS else text[:TITLE_CHARS - 1].rstrip() + "…"


def title_of(subject: str, body: str) -> str:
    """What a task is called: its subject, else (a phone call, a chat, a web form) the buyer's first
    words; "" only when both are empty (the page then says "(no subject)")."""
    return " ".join((subject or "").split()) or first_words(body or "")


def untitled_subject(channel: str, number: str, body: str) -> str:
    """What a list shows for an inquiry without a subject (a phone call, an IM chat, a fax record):
    the channel and the caller's number, then the note's first words:
    'phone +971 4 555 0199 · Called about 40HQ container of ceramic floor tiles…' (the number spaced as
    `queue` and `queue show` space it: phones.spaced_phone, the one formatter)."""
    if number:
        from .phones import spaced_phone  # the phone tables only when there is a number to show

        number = spaced_phone(number)
    return " · ".join(part for part in (f"{channel} {number}".strip(), first_words(body)) if part)


# What each filing word means (`queue --filed FILING`): "list" is mailing-list mail, not "list them".
FILING_WORDS = {"inquiry": "the queue's inquiries", "list": "mailing-list mail", "newsletter": "newsletters",
                "auto-reply": "auto-replies, out of office", "bounce": "bounces, undeliverable mail",
                "no-reply": "mail from no-reply senders", "own": "our own mail", "closed-rfq": "RFQs closed to quotes"}


def filing_named(filing: str, count: int | None = None) -> str:
    """'list (mailing-list mail)', 'list 3 (mailing-list mail)': the filing word and what it means."""
    meaning = FILING_WORDS.get(filing)
    word = filing if count is None else f"{filing} {count:,}"
    return f"{word} ({meaning})" if meaning else word
