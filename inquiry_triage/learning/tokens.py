"""What the text model reads: one message -> a set of tokens (presence, not counts).

* words, lower-cased, Unicode-aware (any letter or digit run);
* scripts written without spaces get character n-grams instead of "words": Han and kana bigrams
  and trigrams, Thai / Lao / Khmer / Myanmar 3- and 4-grams (a word is 2-5 letters there);
* a URL becomes its host's registered domain ("url:example.com"), an address its domain
  ("email:example.com"): the path and the local part are noise;
* numbers are bucketed by length ("num:4"), codes keep their letters ("po#" for PO12345);
* a few generic header features: what kind of mailbox sent it, whether replies go elsewhere,
  the attachment types. Never a sender, a subject line or a name as such.

Pure: the caller passes the mailbox classifier (the pipeline's DomainLists.classify).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from ..lookups.domains import registered_domain, url_host
from ..model import Inquiry

TEXT_CAP = 20_000  # characters of the sender's own text read; lures sit near the top
MAX_TOKENS = 3_000  # per message, so one huge message cannot dominate the counts
_MIN_WORD, _MAX_WORD = 2, 40

# A URL typed in text: "http://", "https://" or "www." in any case at a word start, up to a blank,
# < > " ' ) or ]. The same matches as r"(?i)\b(?:https?://|www\.)[^\s<>\"')\]]+" (IGNORECASE
# pairs no other letter with these but ſ with s; "\b" before a word character is "none before it",
# the look-behind), spelled so that it opens with one character class: `re` then skips to the next
# h or w at C speed instead of trying the pattern at every position (4x faster on a 1.5 kB body;
# tests/learning/test_fast_text_patterns.py compares the two). Links, disguise, rules and tokens share it.
BARE_URL = re.compile(r"[HhWw](?<!\w.)(?:(?<=[Hh])[Tt][Tt][Pp][Ss\u017f]?://|(?<=[Ww])[Ww][Ww]\.)[^\s<>\"')\]]+")
_URL = BARE_URL
# The look-behind starts a match only where an address can start: without it a long run of
# letters is rescanned from every position (quadratic).
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
ADDRESS = _EMAIL
_LOCAL_EXTRA = frozenset("_.+-")  # with the alphanumerics (`re`'s Unicode \w is str.isalnum() or "_")


def address_matches(text: str) -> Iterator[re.Match[str]]:
    """`ADDRESS.finditer(text)`, found from each "@" (str.find) instead of trying the pattern at every
    position (14x faster on mail). A match starts where a run of local-part characters does (the
    look-behind) and the run cannot hold "@": so the only start for an "@" is the start of the run
    just before it, if that run begins at or after where the search stands.
    tests/learning/test_fast_text_patterns.py compares it with finditer."""
    pos = 0
    while True:
        at = text.find("@", pos)
        if at < 0:
            return
        start = at
        while start > pos and (text[start - 1].isalnum() or text[start - 1] in _LOCAL_EXTRA):
            start -= 1
        if start == at or (start == pos and start > 0 and (text[start - 1].isalnum() or text[start - 1] in _LOCAL_EXTRA)):
            pos = at + 1  # no local part, or its run began before the search's position
            continue
        found = _EMAIL.match(text, start)
        if found is None:
            pos = at + 1
            continue
        yield found
        pos = found.end()
# Scripts without spaces between words.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_SEA = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"
_TOKEN = re.compile(rf"(?P<cjk>[{_CJK}]+)|(?P<sea>[{_SEA}]+)|(?P<word>[^\W_{_CJK}{_SEA}]+)")
# Text with neither kind of script (most mail) has only the `word` runs of _TOKEN: one group, no tuples.
_SPACELESS = re.compile(f"[{_CJK}{_SEA}]")
_WORD = re.compile(r"[^\W_]+")
_ASCII_NOT_WORD = bytes(b if chr(b).isascii() and chr(b).isalnum() else 32 for b in range(256))  # -> space
# The same for UTF-8: ASCII bytes that are not letters or digits -> space, the bytes of other characters kept.
_ASCII_PUNCTUATION = bytes(b if b >= 128 or chr(b).isalnum() else 32 for b in range(256))
_DIGITS = re.compile(r"\d+")
_EXTENSION = re.compile(r"\.([a-z0-9]{1,5})$")
HEADER_PREFIXES = ("from:", "replyto:", "attach:", "subject:")  # text tokens never contain ":" but url:/email:/num:


def _ngrams(run: str, sizes: tuple[int, ...]) -> Iterable[str]:
    if len(run) < min(sizes):
        yield run
        return
    for size in sizes:
        for start in range(len(run) - size + 1):
            yield run[start:start + size]


def _word_token(word: str) -> str | None:
    if word.isdigit():
        return f"num:{min(len(word), 9)}"
    if len(word) < _MIN_WORD or len(word) > _MAX_WORD:
        return None
    if word.isalpha():  # most words: no letter is a digit, so the scan below is not needed
        return word
    if any(ch.isdigit() for ch in word):
        return _DIGITS.sub("#", word)  # PO12345 and PO98765 are the same kind of thing
    return word


def _words(text: str) -> set[str]:
    """set(_WORD.findall(text)) for a text without spaceless scripts, ~20 % faster: its blank-separated
    chunks once ASCII punctuation is a blank (in C), and _WORD's runs of the few chunks that are not all
    letters and digits (an apostrophe, a dash outside ASCII). `re`'s [^\W_] is str.isalnum(), and no
    blank is a letter or digit, so no run spans two chunks. tests/learning/test_fast_text_patterns.py."""
    try:
        chunks = set(text.encode("utf-8").translate(_ASCII_PUNCTUATION).decode("utf-8").split())
    except UnicodeEncodeError:  # a lone surrogate
        return set(_WORD.findall(text))
    words = set(filter(str.isalnum, chunks))
    if len(words) < len(chunks):
        words.update(_WORD.findall(" ".join(chunks - words)))
    return words


def text_tokens(text: str) -> set[str]:
    """Tokens of free text: URL and address domains, words, n-grams, number buckets."""
    tokens: set[str] = set()

    def url_token(found: re.Match[str]) -> str:
        host = url_host(found.group(0))
        if host:
            tokens.add("url:" + registered_domain(host))
        return " "

    def email_token(found: re.Match[str]) -> str:
        tokens.add("email:" + registered_domain(found.group(1)))
        return " "

    lowered = text.lower()
    if "://" in text or "www." in lowered:  # the only ways a _URL match starts (it ignores case)
        text = _URL.sub(url_token, text)
        lowered = ""
    if "@" in text:
        # _EMAIL.sub(email_token, text), its matches found by address_matches
        pieces, last = [], 0
        for found in address_matches(text):
            pieces += (text[last:found.start()], email_token(found))
            last = found.end()
        if pieces:
            text = "".join(pieces) + text[last:]
            lowered = ""
    text = lowered or text.lower()  # lower-cased once when nothing was taken out
    ascii_text = text.isascii()  # no spaceless script, and _WORD's runs are its letters and digits
    if ascii_text or not _SPACELESS.search(text):
        # ASCII words split out in C: 2x faster than findall
        words = set(text.encode("ascii").translate(_ASCII_NOT_WORD).decode("ascii").split()) if ascii_text \
            else _words(text)
        if len(tokens) + len(words) < MAX_TOKENS:  # each word adds at most one token: the cap cannot bind
            # Most words are their own token (letters only, of a length kept): one pass; of the rest, a
            # word with digits has a token of its own and one of letters only has none (too short or long).
            kept = {word for word in words if word.isalpha() and _MIN_WORD <= len(word) <= _MAX_WORD}
            for word in words - kept:
                if not word.isalpha():
                    token = _word_token(word)
                    if token:
                        kept.add(token)
            kept.update(tokens)  # the URLs' and addresses' domains
            return kept
    for cjk, sea, word in _TOKEN.findall(text):  # tuples: cheaper than a match object each
        if word:
            token = _word_token(word)
            if token:
                tokens.add(token)
        elif cjk:
            tokens.update(_ngrams(cjk, (2, 3)))
        else:
            tokens.update(_ngrams(sea, (3, 4)))
        if len(tokens) >= MAX_TOKENS:
            break
    return tokens


def header_tokens(inquiry: Inquiry, classify: Callable[[str], str] | None = None) -> set[str]:
    """A few generic features of the envelope: mailbox kind, reply elsewhere, attachment types."""
    tokens: set[str] = set()
    if classify and inquiry.from_domain:
        tokens.add("from:" + (classify(inquiry.from_domain) or "unknown"))
    from_org = registered_domain(inquiry.from_domain) if inquiry.from_domain else ""
    for addr in inquiry.reply_to:
        domain = addr.rpartition("@")[2].lower()
        if domain and addr.lower() != inquiry.from_addr.lower():
            tokens.add("replyto:differs")
            if classify and classify(domain) in ("free", "disposable"):
                tokens.add("replyto:free")
            if from_org and registered_domain(domain) != from_org:
                tokens.add("replyto:otherdomain")
    for attachment in inquiry.attachments:
        found = _EXTENSION.search(attachment.name.lower().strip())
        tokens.add("attach:" + (found.group(1) if found else "noext"))
    if not inquiry.subject.strip():
        tokens.add("subject:none")
    return tokens


def inquiry_tokens(inquiry: Inquiry, classify: Callable[[str], str] | None = None, *, headers: bool = True) -> set[str]:
    """Everything the model reads of one inquiry: subject + own text (+ header features)."""
    own = inquiry.own_text or inquiry.body
    text = f"{inquiry.subject}\n{own[:TEXT_CAP]}"
    tokens = text_tokens(text)
    if headers:
        tokens |= header_tokens(inquiry, classify)  # in place: text_tokens' set is new, not a copy made
    return tokens
