"""Mail dressed up as something it is not, judged on what it shows rather than on its wording.

* FORWARDED_FROM_MADE_UP_SENDER: a forwarded message ("Fw:", "ENC:", "WG:" ... and a forwarded
  header block) whose original sender is a made-up address: the user part repeats a throw-away
  domain ("kdqetupkhbvy@kdqetupkhbvy.com"), random mixed case ("VcDavkxHOBrL@nxOQoARG.com"),
  a long letter/digit jumble, a domain label no language spells (six consonants in a row), or no
  user part at all; or the original's display name is a brand its address does not belong to
  (as BRAND_IN_NAME_NOT_DOMAIN judges a direct sender). A colleague forwarding a buyer's mail forwards a person's address; what a
  person forwards from a generated address is a lure someone wants checked, and it is judged here
  like the original. (Only the original's address is read; its wording is left to the rules.)
* RECIPIENT_DOMAIN_AS_SERVICE: the text or the sender's name presents the recipient's own domain
  as a service ("acme.com Email Server", "New acme.com Shared Document", "acme.com Admin") while
  the mail comes from another domain and carries a link or an attachment: the classic
  mailbox / shared-document credential lure. A buyer who names the seller's domain writes "your
  website acme.com", not "acme.com Mail Server". The service word may come first ("IT-Support
  acme.com", "Webmail Admin for acme.com"), and a mailbox notice may name the recipient's whole
  address after it ("Ihr Postfach sales@acme.com", "尊敬的用户 sales@acme.com"), in the languages such
  notices come in.
* MAILTO_BUTTON_TO_FREEMAIL: a button ("Report the user", "Cancel", "Yes, it was me") that opens a
  mail with its subject already filled in, addressed to a free mailbox that is not the sender's:
  the lure wants the reader to write to the fraudster. A list's "unsubscribe" mailto and a
  group's "Reply" button are not counted.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache

from ..lookups.domains import registered_domain
from ..model import Hit, Inquiry
from . import Context
from .facts import Facts
from .sender import BrandImpersonationCheck

# "Fw:", "Fwd:", "ENC:" (pt), "TR:" (fr), "WG:" (de), "RV:" (es), "I:" (it), "Doorst:" (nl),
# "VS:" (fi), "FS:"/"VB:" (nordic), "PD:" (pl), "RIF:" (it), "Пересл:" (ru), after an optional "Re:".
_FORWARD_SUBJECT = re.compile(r"(?i)^\W{0,3}(?:(?:re|aw|sv)\s{0,3}:\s{0,3}){0,2}"
                              r"(?:fwd?|enc|tr|wg|rv|vs|fs|vb|i|doorst|pd|rif|пересл)\s{0,3}:")
# A header line of the forwarded block: "From: ...", "De: ...", "*Von:* ...", "> From: ...".
_FORWARDED_FROM = re.compile(r"(?im)^[ \t>*_]{0,4}(?:from|de|von|van|da|od|от|från|fra)[ \t*_]{0,3}:"
                             r"[ \t*_]{0,3}([^\n]{1,200})$")
_ADDRESS = re.compile(r"<\s{0,3}([^\s<>\"'@]{0,64})@([\w.-]{1,120})\s{0,3}>|([^\s<>\"'@:;,]{1,64})@([\w-]{1,63}(?:\.[\w-]{1,63}){1,6})")
# What follows the name in a forwarded From line: the address, "em nome de ..." / "on behalf of ...".
_DISPLAY_NAME = re.compile(r"(?i)\s{0,3}(?:<[^>\n]{0,200}>|\[mailto:[^\]\n]{0,200}\]|\S{1,64}@\S{1,200}|\b(?:em\s+nome\s+de|on\s+behalf\s+of|im\s+auftrag\s+von|de\s+la\s+part\s+de|en\s+nombre\s+de)\b[^\n]{0,200})")
_CONSONANT_RUN = re.compile(r"[bcdfghjklmnpqrstvxz]{6}")
_DIGIT_RUN = re.compile(r"\d+")


def _case_changes(label: str) -> int:
    letters = [c for c in label if c.isalpha()]
    return sum(1 for a, b in zip(letters, letters[1:]) if a.isupper() != b.isupper())


def _made_up(local: str, domain: str) -> str:
    """Why `local@domain` looks generated, or ""."""
    labels = [label for label in domain.split(".") if label]
    if not local:
        return "no user part"
    if len(labels) < 2:
        return "no domain"
    names = labels[:-1]  # not the top-level domain
    if len(local) >= 6 and local.isalpha() and local.lower() == names[0].lower():
        return "the user part repeats a throw-away domain"
    for part in [local, *names]:
        if _case_changes(part) >= 4:
            return "random mixed case"
        if len(part) >= 12 and len(_DIGIT_RUN.findall(part)) >= 3 and any(c.isalpha() for c in part):
            return "a letter/digit jumble"
    # Only domain labels: some surnames ("Mkrtchyan") have six consonants, company domains do not.
    if any(_CONSONANT_RUN.search(label.lower()) for label in names):
        return "a domain label no language spells"
    return ""


def _brand_elsewhere(line: str, local: str, domain: str, inquiry: Inquiry, facts: Facts, ctx: Context) -> str:
    """The original's display name is a brand its address does not belong to ("PayPal Service"
    <x@shop.example>): the same judgement as BRAND_IN_NAME_NOT_DOMAIN on a direct sender."""
    name = _DISPLAY_NAME.sub("", line).strip(" \t\"'*_<>")
    if not name or not local:
        return ""
    original = replace(inquiry, from_name=name, from_addr=f"{local}@{domain}".lower())
    if BrandImpersonationCheck().run(original, facts, ctx):
        return "a brand's name on another domain"
    return ""


def forwarded_senders(inquiry: Inquiry) -> list[tuple[str, str, str]]:
    """(line, user part, domain) of every sender named in a forwarded header block."""
    found = []
    for m in _FORWARDED_FROM.finditer(inquiry.body[:20_000]):
        line = m.group(1)
        a = _ADDRESS.search(line)
        if a:
            local, domain = (a.group(1), a.group(2)) if a.group(2) else (a.group(3), a.group(4))
            found.append((line.strip(), local, domain.rstrip(".")))
    return found


class ForwardedSenderCheck:
    name = "forwarded-sender"
    description = "A forwarded message whose original sender is a made-up address"
    needs_network = False
    hit_names = ("FORWARDED_FROM_MADE_UP_SENDER",)

    def run(self, inquiry: Inquiry, facts: Facts, ctx: Context) -> list[Hit]:
        if inquiry.channel != "email" or not _FORWARD_SUBJECT.match(inquiry.subject[:200]):
            return []
        for line, local, domain in forwarded_senders(inquiry):
            why = _made_up(local, domain) or _brand_elsewhere(line, local, domain, inquiry, facts, ctx)
            if why:
                return [Hit("FORWARDED_FROM_MADE_UP_SENDER", 2.0,
                            f"forwarded message from a made-up address ({why})", "scam", "forwarded From", line[:100])]
        return []


_SERVICE_WORDS = (r"(?:e-?mail|mail|webmail|mail\s*server|server|admin\w{0,8}|share\s*point|storage|support|team|"
                  r"account|security|portal|it|help\s*desk|cloud|drive|notifications?|services?|quarantine|"
                  r"postmaster|mailbox|office|system|documents?|shared|postfach|e-?mail-?konto|correo|buz[oó]n|"
                  r"messagerie|caixa\s+postal|casella\s+(?:di\s+)?posta|邮箱|邮件系统|企业邮箱|管理员)")
# Before the domain only the words a notice signs with (not "team", "it", "office": "our team acme.com").
_SERVICE_WORDS_BEFORE = (r"(?:webmail|mail\s*server|e-?mail\s+(?:server|admin\w{0,8}|support|security)|admin\w{0,8}|"
                         r"it[\s-]support|help\s*desk|postmaster|mailbox|mail\s+system|share\s*point|postfach|"
                         r"e-?mail-?konto|buz[oó]n|messagerie|邮箱|邮件系统|企业邮箱|管理员)")
# A mailbox notice naming the reader's whole address: "your mailbox sales@acme.com", "Ihr Postfach ...".
_MAILBOX_OF_ADDRESS = (r"(?:mailbox|e-?mail\s+account|(?:your|votre|su|sua|ihr|il\s+tuo|uw)\s+(?:account|compte|cuenta|conta|konto)|"
                       r"postfach|e-?mail-?konto|buz[oó]n|cuenta\s+de\s+correo|"
                       r"caixa\s+de\s+(?:correio|e-?mail)|bo[iî]te\s+(?:aux\s+lettres|mail)|casella\s+(?:di\s+)?posta|"
                       r"почтов\w+\s+ящик|邮箱|用户|账户|账号)")
# ... but a buyer says where they wrote before: "sent to your mailbox sales@acme.com", "an Ihr Postfach",
# "a su buzón", "发到贵司邮箱", "发送至您的邮箱" (the words just before the mailbox word).
_SENT_TO = re.compile(r"(?i)(?:\b(?:to|into|an|auf|a|à|al|para|per|naar|на)\s+(?:\w+\s+){0,2}|[到至往给向]\S{0,4})\Z")


class RecipientDomainServiceCheck:
    name = "recipient-domain-as-service"
    description = "The recipient's own domain presented as a mail / document service by another domain"
    needs_network = False
    hit_names = ("RECIPIENT_DOMAIN_AS_SERVICE",)

    def run(self, inquiry: Inquiry, facts: Facts, ctx: Context) -> list[Hit]:
        if inquiry.channel != "email" or not inquiry.from_domain:
            return []
        if not (inquiry.links or inquiry.attachments or "http" in inquiry.body[:20_000]):
            return []
        sender = registered_domain(inquiry.from_domain.lower())
        text = f"{inquiry.subject[:300]}\n{inquiry.from_name[:200]}\n{inquiry.body[:20_000]}"
        lowered = text.lower()
        for domain in dict.fromkeys(a.rpartition("@")[2].lower().rstrip(".") for a in inquiry.to_addrs if "@" in a):
            if "." not in domain or registered_domain(domain) == sender or domain not in lowered:
                continue  # the pattern (one per domain) is only compiled when the domain is there at all
            m = next((m for m in _service_matches(domain, text)
                      if not (m.group("mailbox") and _SENT_TO.search(text, max(0, m.start() - 24), m.start()))), None)
            if m:
                return [Hit("RECIPIENT_DOMAIN_AS_SERVICE", 2.0,
                            "presents the recipient's own domain as a service, from another domain, with a link",
                            "scam", "body", m.group(0)[:80])]
        return []


# Every match of _domain_as_service holds the domain, right after its opening (alternative 1) or at its
# end (2 and 3), and what stands before the domain in 2 and 3 holds at most this many characters that
# are not whitespace: a service or mailbox word (19 at most: "e-mail administrator"), 1-3 separators,
# "for"/"von"..., or the 64 of a user part and "@" (tests/checks/test_recipient_domain_fast.py reads
# the bound off the patterns). Only "почтов\\w+" is unbounded: a text holding it is searched whole.
_REACH_BEFORE_DOMAIN = 100
# Run on the reversed text: blanks, then up to that many non-blank characters with the blanks between
# them, ending on the last (possessive: linear wherever it is searched from).
_REACH_BACK = re.compile(r"\s*+(?:\S\s*+){0,%d}\S?" % (_REACH_BEFORE_DOMAIN - 1))
# The letters a match can begin with: the first letter of every word of _SERVICE_WORDS_BEFORE (alternative
# 2) and of _MAILBOX_OF_ADDRESS (3), in any case as (?i) reads them; alternative 1 begins with the domain
# (_match_starts adds its first character). tests/checks/test_recipient_domain_fast.py reads them off the
# patterns. Only these positions are tried: most letters of a body begin no match.
_FIRST_LETTERS = "abcehimpsuvwyп邮企管用账"
_UNBOUNDED_WORD = re.compile(r"(?i)почтов")
_NOT_AFTER_DOMAIN = re.compile(r"[\w.-]")  # (?![\w.-]): every alternative's end of the domain
_NOT_BEFORE_SERVICE = re.compile(r"[\w@.]")  # a "[^\w@.]" or the "@" must stand before it in 2 and 3


@lru_cache(maxsize=256)
def _domain_finder(domain: str) -> re.Pattern[str]:
    return re.compile("(?i)" + re.escape(domain))


@lru_cache(maxsize=256)
def _match_starts(domain: str) -> re.Pattern[str]:
    """A character a match of _domain_as_service(domain) can begin with (same case folding: (?i))."""
    return re.compile(f"(?i)[{_FIRST_LETTERS}{re.escape(domain[:1])}]")


def _service_matches(domain: str, text: str) -> Iterator[re.Match[str]]:
    """`_domain_as_service(domain).finditer(text)`, the same matches, the pattern tried only where a
    match can begin: at an occurrence of the domain, or up to `_REACH_BEFORE_DOMAIN` non-blank
    characters before one that a service or mailbox word can lead to (trying its three alternatives at
    every position of a 20 kB body was most of this check's 0.13 ms a message)."""
    pattern = _domain_as_service(domain)
    if _UNBOUNDED_WORD.search(text):
        yield from pattern.finditer(text)
        return
    finder, starts, width, size = _domain_finder(domain), _match_starts(domain), len(domain), len(text)
    reversed_text = ""
    spans: list[tuple[int, int]] = []  # where a match may begin (first, last position)
    found = finder.search(text)
    while found is not None:
        at = found.start()
        found = finder.search(text, at + 1)  # overlapping occurrences too
        if _NOT_AFTER_DOMAIN.match(text, at + width):
            continue  # no alternative ends its domain here
        first = at
        if at and (text[at - 1] == "@" or not _NOT_BEFORE_SERVICE.match(text, at - 1)):
            if not reversed_text:
                reversed_text = text[::-1]
            first = size - _REACH_BACK.match(reversed_text, size - at).end()
        spans.append((first, at))
    # Tried in order, each position once: a span reaching back may cover an earlier occurrence's.
    cursor = 0
    for first, last in sorted(spans):
        start = max(first, cursor)
        while start <= last:
            letter = starts.search(text, start, last + 1)  # the next position a match can begin at
            if letter is None:
                break
            match = pattern.match(text, letter.start())
            if match is None:
                start = letter.start() + 1
                continue
            yield match
            start = cursor = match.end()  # never empty: it holds the domain
        cursor = max(cursor, last + 1)


# A prefilled subject or body in a mailto: link; list footers prefill "subscribe" / "unsubscribe",
# a group's "Reply" button prefills "Re: ...": those are not the lure's "Report the user".
_MAILTO_PREFILLED = re.compile(r"(?i)[?&](?:subject|body)=")
_MAILTO_HOUSEKEEPING = re.compile(r"(?i)(?:subject|body)=\s{0,3}(?:re(?::|%3a)|[^&]{0,40}(?:subscri|unsub|remove|help\b|"
                                  r"sign-?off|abmeld|d[ée]sinscri|descadastr|baja))")


@lru_cache(maxsize=256)  # a mailbox's own domain comes back in every message: compiled once, not per message
def _domain_as_service(domain: str) -> re.Pattern[str]:
    """`domain` standing alone, then a few non-word characters and a service word; or a notice's
    signing word before it ("IT-Support acme.com", "Admin for acme.com"); or a mailbox word and the
    reader's whole address ("Ihr Postfach sales@acme.com")."""
    d = re.escape(domain)
    return re.compile(rf"(?i)(?<![\w@.-]){d}(?![\w.-])\W{{0,3}}{_SERVICE_WORDS}\b"
                      rf"|(?<![\w@.-]){_SERVICE_WORDS_BEFORE}[^\w@.]{{1,3}}(?:(?:for|of|f[üu]r|von|de|du|del|di|van)[^\w@.]{{1,3}})?{d}(?![\w.-])"
                      rf"|(?P<mailbox>{_MAILBOX_OF_ADDRESS}[^\w@.]{{1,3}}[\w.+-]{{1,64}}@{d}(?![\w.-]))")


class MailtoButtonCheck:
    name = "mailto-button"
    description = "A button that writes a mail, subject filled in, to a free mailbox"
    needs_network = False
    hit_names = ("MAILTO_BUTTON_TO_FREEMAIL",)

    def run(self, inquiry: Inquiry, facts: Facts, ctx: Context) -> list[Hit]:
        if inquiry.channel != "email":
            return []
        for link in inquiry.links[:200]:
            href = link.href.strip()
            if not href[:7].lower() == "mailto:" or not _MAILTO_PREFILLED.search(href[:2000]):
                continue
            if _MAILTO_HOUSEKEEPING.search(href[:2000]):
                continue
            address = href[7:].split("?", 1)[0].strip("<> ").lower()
            domain = address.rpartition("@")[2].rstrip(".")
            if not domain or address == inquiry.from_addr.lower():
                continue
            if ctx.lists.classify(domain) in ("free", "disposable"):
                return [Hit("MAILTO_BUTTON_TO_FREEMAIL", 2.0,
                            "a button writes a mail, its subject filled in, to a free mailbox (not the sender's)",
                            "scam", "link", f"{link.text.strip()[:40]} -> {href[:100]}")]
        return []
