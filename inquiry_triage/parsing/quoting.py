"""Separate the sender's own words from quoted replies, forwarded mail and the signature.

Conservative on purpose: when unsure, text stays in `own_text` (a check that misses a quote is
less harmful than one that never sees the buyer's words).

Cut points (everything from the first one on is quoted):
  * "On <date>, <name> wrote:" (also split over two lines) and its German/French/Spanish/
    Portuguese/Italian/Dutch/Chinese/Japanese counterparts;
  * "-----Original Message-----", "----- Forwarded message -----", "Begin forwarded message:",
    "------------------ 原始邮件 ------------------", "-----邮件原件-----" ...;
  * an Outlook header block: "From:" (Von:, De :, من:, 发件人: ...) followed within a few lines by
    "Sent:"/"Date:" (Gesendet:, Enviado el:, Enviada em:, تاريخ الإرسال:, 发送时间:, 日期: ...), optionally
    preceded by a line of underscores;
  * a Chinese "发件人:" / "發件人:" line on its own.
Lines starting with ">" before the cut are quotes too. An attribution followed by ">" lines only
introduces an inline quote (bottom-posting, interleaved answers): it and the ">" lines are
dropped, the answers between them are kept.

Signature (taken from the own part): everything after a "-- " delimiter line (with a sign-off
at most 3 short lines above it, e.g. "Thanks,\nDeclan\n-- "), if text precedes it; else a sign-off
line ("Best regards," "Thanks," "此致" ...) followed by a short block (at most 10 non-empty
lines, none longer than 100 characters) that has contact details (phone, e-mail, web, address,
company words) or is at most 4 lines (name, title, company); else a "Sent from my iPhone" line.
"""

from __future__ import annotations

import re

from ..memo import EqualityMemo

__all__ = ["split_own_text"]

# Leading blanks are taken possessively (`\s*+`): what follows never starts with a blank that
# matters, and giving them back one at a time made a long indented line quadratic.
_ATTRIBUTION_ONE = re.compile(
    r"^\s*+(?:"
    r"on\b.{0,250}\bwrote\s*:"
    r"|am\b.{0,250}\bschrieb\b.{0,120}:"
    r"|le\b.{0,250}\ba\s+écrit\s*:"
    r"|el\b.{0,250}\bescribió\s*:"
    r"|em\b.{0,250}\bescreveu\s*:"
    r"|il\b.{0,250}\bha\s+scritto\s*:"
    r"|op\b.{0,250}\bschreef\b.{0,120}:"
    r"|.{0,250}[@<\d].{0,250}\bwrote\s*:"
    r"|在\s*.{0,250}(?:写道|寫道)\s*[:：]"
    r"|.{0,250}[@<\d].{0,250}(?:写道|寫道)\s*[:：]"
    r"|.{0,250}のメッセージ\s*[:：]"
    r"|.{0,250}\s*さんは書きました\s*[:：]"
    r")\s*$",
    re.I,
)
_ATTRIBUTION_START = re.compile(r"^\s*(?:on|am|le|el|em|il|op|在)\b", re.I)
_ATTRIBUTION_END = re.compile(r"(?:wrote|schrieb|écrit|escribió|escreveu|scritto|schreef|写道|寫道).{0,60}[:：]\s*$", re.I)

_SEPARATOR = re.compile(
    r"^\s*+(?:"
    r"-{2,}\s*(?:original message|ursprüngliche nachricht|message d'origine|mensaje original|"
    r"mensagem original|messaggio originale|oorspronkelijk bericht|исходное сообщение|"
    r"forwarded message|weitergeleitete nachricht|message transféré|mensaje reenviado|"
    r"邮件原件|原始邮件|原始郵件|转发邮件|轉寄郵件)\s*-{2,}"
    r"|-{0,}\s*(?:原始邮件|原始郵件|原邮件|回复的原邮件)\s*-{0,}"
    r"|begin forwarded message\s*:"
    r"|-{5,}\s*forwarded by\b.*"
    r")\s*$",
    re.I,
)
_UNDERSCORES = re.compile(r"^\s*_{10,}\s*$")
_FROM_LABEL = re.compile(
    r"^\s*+\*?(?:from|von|de|da|van|od|от|kimden|من|发件人|發件人|寄件者|寄件人|差出人|보낸 사람)\s*(?:\*\s*)?[:：]",
    re.I,
)
_SENT_LABEL = re.compile(
    r"^\s*+\*?(?:sent|date|gesendet|datum|envoyé|enviad[oa](?:\s+(?:el|em))?|fecha|inviato|data|verzonden|wysłano|wysłane|"
    r"отправлено|дата|tarih|gönderildi|تاريخ الإرسال|أُ?رسلت?|التاريخ|发送时间|發送時間|时间|時間|日期|送信日時|日時|보낸 날짜)\s*(?:\*\s*)?[:：]",
    re.I,
)
_CN_FROM = re.compile(r"^\s*(?:发件人|發件人|寄件者)\s*[:：]")

_SIG_DELIM = re.compile(r"^--[ \t]*$")
_SIGNOFF = re.compile(
    r"^\s*+(?:"
    r"(?:best|kind|warm|warmest|kindest|many|with best|with kind)?\s*(?:regards|wishes)"
    r"|regds|rgds|br|b\.r\.|thanks?(?: (?:and|&) (?:best )?regards)?|thank you(?: very much)?|many thanks|thanks in advance"
    r"|sincerely(?: yours)?|yours(?: sincerely| faithfully| truly)?|faithfully|cheers|best|respectfully|cordially"
    r"|mit freundlichen grüßen|mit freundlichen grüssen|viele grüße|freundliche grüße|grüße|gruß"
    r"|cordialement|bien cordialement|salutations|meilleures salutations"
    r"|saludos(?: cordiales)?|atentamente|un saludo|atenciosamente|abraços|cumprimentos"
    r"|cordiali saluti|distinti saluti|saluti|met vriendelijke groet(?:en)?|groeten"
    r"|с уважением|спасибо|saygılarımla|trân trọng"
    r"|此致|此致敬礼|敬礼|顺祝商祺|順祝商祺|祝好|谢谢|謝謝|多谢|感谢|best regards from china|よろしくお願いします|よろしくお願いいたします|감사합니다"
    r")\s*[,.!;:，。！]*\s*$",
    re.I,
)
_MOBILE_SIG = re.compile(
    r"^\s*+(?:sent from my \w+.*|sent from (?:outlook|mail|yahoo mail|my mobile).*|get outlook for \w+.*|"
    r"发自我的\w+.*|來自我的\w+.*|从我的\w+发送.*|iPhoneから送信)\s*$",
    re.I,
)
_CONTACT = re.compile(
    r"(?:\+?\d[\d\s().-]{6,}\d|@|https?://|www\.|\b(?:tel|phone|mob|mobile|cell|fax|whatsapp|wechat|skype|"
    r"add|addr|address|e-?mail|web|website|co\.|ltd|limited|inc|llc|gmbh|corp|company|s\.a\.|s\.r\.l\.|"
    r"manager|director|sales|purchas\w*|ceo|owner)\b|电话|手机|电邮|邮箱|地址|公司|傳真|传真|微信)",
    re.I,
)
_MAX_SIG_LINES = 10
_MAX_SIG_LINE_LEN = 100


_ATTRIBUTION_WORDS = ("wrote", "schrieb", "écrit", "escribió", "escreveu", "scritto", "schreef", "写道", "寫道", "のメッセージ", "書きました")


# Any of _ATTRIBUTION_WORDS in a lower-cased line: one search in C instead of a generator over the words.
_ATTRIBUTION_WORD = re.compile("|".join(map(re.escape, _ATTRIBUTION_WORDS)))


def _is_attribution(line: str) -> bool:
    if len(line) >= 600:
        return False
    return _ATTRIBUTION_WORD.search(line.lower()) is not None and _ATTRIBUTION_ONE.match(line) is not None


# First characters that can start a separator / a From: label (a cheap test before the regexes).
_SEPARATOR_FIRST = frozenset("-—_Bb原回转轉发發寄")
_FROM_FIRST = frozenset("*FfVvDdOoKkОоم发發寄差보")


def _find_cut(lines: list[str], attributions: bool) -> int | None:
    n = len(lines)
    for i, line in enumerate(lines):
        stripped = line.lstrip()
        if not stripped or stripped[0] == ">":
            continue  # quoted lines are dropped separately
        first = stripped[0]
        if first in _SEPARATOR_FIRST and len(line) < 200 and (_SEPARATOR.match(line) or _CN_FROM.match(line)):
            return i
        if attributions:
            two_lines = i + 1 < n and len(line) < 200 and _ATTRIBUTION_START.match(line) and _ATTRIBUTION_END.search(lines[i + 1])
            if two_lines or _is_attribution(line):
                # "On ... wrote:" followed by '>' lines introduces an inline quote: the writer's
                # answers may follow (bottom-posting), so only the quote is dropped. Followed by
                # unquoted text, it starts the quoted original: cut.
                j = i + (2 if two_lines else 1)
                while j < n and not lines[j].strip():
                    j += 1
                if j < n and lines[j].lstrip().startswith(">"):
                    continue
                return i
        if first in _FROM_FIRST and _FROM_LABEL.match(line):
            # Outlook/Foxmail header block: From: then Sent:/Date: (any language) within 4 lines.
            for j in range(i + 1, min(n, i + 5)):
                if _SENT_LABEL.match(lines[j]):
                    k = i - 1
                    while k >= 0 and not lines[k].strip():
                        k -= 1
                    return k if k >= 0 and _UNDERSCORES.match(lines[k]) else i
    return None


def _signoff_above(lines: list[str], i: int) -> int | None:
    """A sign-off line at most 3 short non-empty lines above index i, with text before it."""
    seen = 0
    for k in range(i - 1, 0, -1):
        line = lines[k]
        if not line.strip():
            continue
        if len(line) > 60 or seen >= 3:
            return None
        if _SIGNOFF.match(line):
            return k if any(lines[j].strip() for j in range(k)) else None
        seen += 1
    return None


def _find_signature(lines: list[str]) -> int | None:
    """Index where the signature starts in `lines` (the own part), or None."""
    n = len(lines)
    for i, line in enumerate(lines):
        if line.startswith("--") and _SIG_DELIM.match(line) and any(lines[j].strip() for j in range(i + 1, n)) and any(lines[j].strip() for j in range(i)):
            # "Thanks,\nDeclan\n-- \n<footer>": the sign-off just above belongs to it too.
            above = _signoff_above(lines, i)
            return above if above is not None else i
    # Sign-off + short contact block, searched from the bottom (no further up than a block of
    # _MAX_SIG_LINES lines); something must come before it.
    passed = 0
    for i in range(n - 1, 0, -1):
        if not lines[i].strip():
            continue
        if len(lines[i]) > 60 or not _SIGNOFF.match(lines[i]):
            passed += 1
            if passed > _MAX_SIG_LINES:
                break
            continue
        if not any(lines[j].strip() for j in range(i)):
            return None
        block = [ln for ln in lines[i + 1 :] if ln.strip()]
        if not block:
            return i  # a bare sign-off at the very end
        if len(block) > _MAX_SIG_LINES or any(len(ln.strip()) > _MAX_SIG_LINE_LEN for ln in block):
            return None
        if len(block) <= 4 or any(_CONTACT.search(ln) for ln in block):
            return i
        return None
    for i in range(n - 1, -1, -1):
        if lines[i].strip():
            if _MOBILE_SIG.match(lines[i]) and i > 0:
                return i
            break
    return None


_BLANK_LINES = re.compile(r"\n{3,}")


def _tidy(lines: list[str]) -> str:
    text = "\n".join([line.rstrip() for line in lines])
    return _BLANK_LINES.sub("\n\n", text).strip() if "\n\n\n" in text else text.strip()


# Body splits and their answers. The parser splits every mail's body, and the language facts split
# the buyer's text again when nothing was cut from it (the same text when under 8,000 characters): a
# pure function of the text, so an equal text gets the same answer (a batch's worth kept: memo.py).
_SPLITS: EqualityMemo[str, tuple[str, str]] = EqualityMemo()


def split_own_text(body: str) -> tuple[str, str]:
    """Return (own_text, signature) for a message body; quoted parts are dropped from both."""
    split = _SPLITS.get(body)
    if split is None:
        split = _split_own_text(body)
        _SPLITS.put(body, split)
    return split


def _split_own_text(body: str) -> tuple[str, str]:
    if not body:
        return "", ""
    lines = body.split("\n")
    # One search over the whole body decides whether per-line attribution checks are needed.
    lowered = body.lower()
    attributions = any(word in lowered for word in _ATTRIBUTION_WORDS)
    cut = _find_cut(lines, attributions)
    own = lines if cut is None else lines[:cut]
    if ">" in body:
        own = [ln for ln in own if not ln.lstrip().startswith(">")]
    if attributions:
        # Attribution lines ("On ... wrote:") introducing the removed '>' lines.
        keep = []
        for k, ln in enumerate(own):
            if _is_attribution(ln):
                continue
            if k + 1 < len(own) and len(ln) < 200 and _ATTRIBUTION_START.match(ln) and _ATTRIBUTION_END.search(own[k + 1]):
                continue
            if k > 0 and len(own[k - 1]) < 200 and _ATTRIBUTION_START.match(own[k - 1]) and _ATTRIBUTION_END.search(ln):
                continue
            keep.append(ln)
        own = keep
    sig_at = _find_signature(own)
    if sig_at is None:
        return _tidy(own), ""
    signature = own[sig_at:]
    for k, line in enumerate(signature):
        if _SIG_DELIM.match(line):
            del signature[k]  # the "-- " delimiter itself is not signature text
            break
    return _tidy(own[:sig_at]), _tidy(signature)


# --- Quotes of the recipient's own mail -------------------------------------------------------------
# A buyer who answers our quotation quotes it: our payment terms, bank details, "please confirm the
# order", our signature's WhatsApp number. Those are our words, not the sender's, and a risk rule must
# not read them. Only a quote whose author line names us is ours: the attribution ("On ... <our address>
# wrote:", any language; a client's "<date>, <name> <our address>:") or the From: line of the header
# block ("From: / De: / Von: / من: ... our address or the name we were written to by") that introduces
# a ">" run or starts the quoted tail (split_own_text's cut point); ">" runs between the sender's answers
# after such an attribution are ours too. Quotes naming no one or someone else (a forwarded scam, a faked
# "> Dear customer, your account ..." thread), a To: line naming us, our address written anywhere else,
# and every line outside a quote stay.

_ADDRESS_GAPS = re.compile(r"[\s<>()\[\]\"',;:]+")  # what surrounds an address on an author line
_HEAD_LINES = 10  # how far the first lines of a quoted tail (its attribution or header block) reach


def _names_us(line: str, addresses: frozenset[str], domains: frozenset[str]) -> bool:
    """`line` (lower-cased) names one of our addresses, or an address at one of our domains."""
    if "@" not in line:
        return False
    for found in _ADDRESS_GAPS.split(line):
        if "@" not in found:
            continue
        found = found.strip(".")
        domain = found.rpartition("@")[2]
        if found in addresses or domain in domains or any(domain.endswith("." + d) for d in domains):
            return True
    return False


def _called_us(line: str, names: frozenset[str]) -> bool:
    """`line` (lower-cased) holds one of our display names as whole words."""
    return any(re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", line) for name in names if name in line)


def _client_attribution(line: str) -> bool:
    """A mail client's attribution without a verb ("пн, 30 нояб. 2026 г. в 05:12, Lily Chen <lily@x.cn>:"):
    a date's digits, an address in angle brackets, a colon at the end."""
    stripped = line.strip()
    return (len(stripped) < 400 and stripped[-1:] in (":", "：") and "<" in stripped and "@" in stripped
            and any(c.isdigit() for c in stripped))


def _author(lines: list[str], k: int, addresses: frozenset[str], domains: frozenset[str],
            names: frozenset[str]) -> bool | None:
    """Whether lines[k] is an author line naming us (True) or someone else (False); None: no author line.
    An author line is an attribution (also over lines k, k+1), a client's verbless one or a From: label line."""
    line = lines[k]
    text = None
    if _FROM_LABEL.match(line) or _CN_FROM.match(line) or _is_attribution(line) or _client_attribution(line):
        text = line
    elif (k + 1 < len(lines) and len(line) < 200 and _ATTRIBUTION_START.match(line) is not None
          and _ATTRIBUTION_END.search(lines[k + 1]) is not None):
        text = line + " " + lines[k + 1]
    if text is None:
        return None
    low = text.lower()
    if "@" in low:  # an address decides; a name only where the line shows none ("From: Lily Chen")
        return _names_us(low, addresses, domains)
    return bool(names) and _called_us(low, names)


def may_quote_anyone(body: str) -> bool:
    """False when `without_quotes_of(body, ...)` leaves nothing out whoever "we" are: no line starts
    with ">" and no attribution, separator or header block starts a quoted tail (most bodies; this
    costs less than working out who "we" are)."""
    if ">" in body:
        return True
    lowered = body.lower()
    return _find_cut(body.split("\n"), any(word in lowered for word in _ATTRIBUTION_WORDS)) is not None


def without_quotes_of(body: str, addresses: frozenset[str], domains: frozenset[str] = frozenset(),
                      names: frozenset[str] = frozenset()) -> str | None:
    """`body` without the quotes of a mail of ours (`addresses`, any address at `domains`, `names`
    lower-cased); None when it has none, or when nothing but such quotes is left (a mail that only
    "quotes" us is read whole, as a check reads the whole body when there are no own words)."""
    if not body or not (addresses or domains or names):
        return None
    lowered = body.lower()
    if not any(a in lowered for a in addresses) and not any(d in lowered for d in domains) \
            and not any(n in lowered for n in names):
        return None
    lines = body.split("\n")
    n = len(lines)
    attributions = any(word in lowered for word in _ATTRIBUTION_WORDS)
    drop = [False] * n
    cut = _find_cut(lines, attributions)
    if cut is not None:
        # The tail's first author line decides: its attribution, or the From: line of its header block
        # (after a separator line or a line of underscores).
        for k in range(cut, min(n, cut + _HEAD_LINES)):
            who = _author(lines, k, addresses, domains, names) if lines[k].strip() else None
            if who is not None:
                if who:
                    drop[cut:] = [True] * (n - cut)
                break
    limit = cut if cut is not None and drop[cut] else n
    current = False  # whether the last author line above a ">" run named us
    k = 0
    while k < limit:
        if not lines[k].lstrip().startswith(">"):
            k += 1
            continue
        run_end = k
        while run_end < limit and (lines[run_end].lstrip().startswith(">") or (
                not lines[run_end].strip() and run_end + 1 < limit and lines[run_end + 1].lstrip().startswith(">"))):
            run_end += 1
        intro = k - 1
        while intro >= 0 and not lines[intro].strip():
            intro -= 1
        if intro >= 0 and not lines[intro].lstrip().startswith(">"):
            first = intro - 1 if intro > 0 and _author(lines, intro - 1, addresses, domains, names) is not None \
                and _author(lines, intro, addresses, domains, names) is None else intro
            who = _author(lines, first, addresses, domains, names)
            if who is not None:
                current = who
                if who:
                    drop[first:intro + 1] = [True] * (intro + 1 - first)
        if current:
            drop[k:run_end] = [True] * (run_end - k)
        k = run_end
    if not any(drop):
        return None
    kept = [line for line, dropped in zip(lines, drop) if not dropped]
    if not any(ch.isalnum() for line in kept for ch in line):
        return None
    return "\n".join(kept)
