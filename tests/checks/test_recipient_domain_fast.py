"""RECIPIENT_DOMAIN_AS_SERVICE tries its pattern only near the recipient's domain
(checks/impostors._service_matches): the same matches as `finditer` over the whole text."""

from __future__ import annotations

import random
import re
import re._parser as sre_parse  # type: ignore[import-not-found]
from pathlib import Path

import pytest

from inquiry_triage.checks import impostors
from inquiry_triage.evaluate import default_corpora

DOMAIN = "acme-tools.com"


def _spans(matches) -> list[tuple[int, int, str | None]]:
    return [(m.start(), m.end(), m.group("mailbox")) for m in matches]


def _same(domain: str, text: str) -> None:
    expected = _spans(impostors._domain_as_service(domain).finditer(text))
    assert _spans(impostors._service_matches(domain, text)) == expected, text[:300]


def test_the_bound_before_the_domain_holds_for_the_patterns():
    """What stands before the domain in alternatives 2 and 3 holds at most _REACH_BEFORE_DOMAIN
    characters that are not whitespace (whitespace runs are free: the reach skips them)."""
    d = re.escape(DOMAIN)
    # _domain_as_service as written; if it changes, change this and the bound with it.
    before = (rf"(?<![\w@.-]){impostors._SERVICE_WORDS_BEFORE}[^\w@.]{{1,3}}"
              rf"(?:(?:for|of|f[üu]r|von|de|du|del|di|van)[^\w@.]{{1,3}})?")
    mailbox = rf"{impostors._MAILBOX_OF_ADDRESS}[^\w@.]{{1,3}}[\w.+-]{{1,64}}@"
    whole = (rf"(?i)(?<![\w@.-]){d}(?![\w.-])\W{{0,3}}{impostors._SERVICE_WORDS}\b"
             rf"|{before}{d}(?![\w.-])|(?P<mailbox>{mailbox}{d}(?![\w.-]))")
    assert impostors._domain_as_service(DOMAIN).pattern == whole
    for prefix in (before, mailbox):
        assert "почтов\\w+" in prefix or prefix is before  # the one unbounded word: searched whole
        counted = prefix.replace("почтов\\w+", "почтов")
        counted = re.sub(r"\\s[+*]", "", counted)  # whitespace runs are not counted
        low, high = sre_parse.parse(counted, re.IGNORECASE).getwidth()
        assert high <= impostors._REACH_BEFORE_DOMAIN, (prefix, high)
    assert not impostors._UNBOUNDED_WORD.search("sales@acme-tools.com")
    _same(DOMAIN, "Ваш почтовый ящик " + " " * 300 + "x" * 150 + f" sales@{DOMAIN}")


SAMPLES = [
    f"{DOMAIN} Email Server", f"New {DOMAIN} Shared Document", f"{DOMAIN} Admin", f"IT-Support {DOMAIN}",
    f"Webmail Admin for {DOMAIN}", f"Ihr Postfach sales@{DOMAIN}", f"尊敬的用户 sales@{DOMAIN}",
    f"we sent it to your mailbox sales@{DOMAIN} last week", f"发到贵司邮箱 sales@{DOMAIN}",
    f"your website {DOMAIN} is nice", f"www.{DOMAIN}/x", f"x.{DOMAIN}", f"{DOMAIN}.evil.net mail",
    f"{DOMAIN.upper()} MAIL SERVER", f"e-mail   \n\t administrator{' ' * 40}{DOMAIN}",
    f"mailbox{' ' * 200}:  {'a' * 64}@{DOMAIN}", f"mailbox: {'a' * 65}@{DOMAIN}", f"Mailbox -{DOMAIN}",
    f"{DOMAIN}{DOMAIN} mail", f"{DOMAIN} {DOMAIN} mail server", f"help desk {DOMAIN}{DOMAIN}",
    f"e-mail account sales@{DOMAIN}-x", f"caixa de correio sales@{DOMAIN}", f"your account j.doe+x@{DOMAIN}",
]


def test_the_same_matches_on_written_samples():
    rng = random.Random(7)
    texts = list(SAMPLES)
    for _ in range(400):
        parts = rng.sample(SAMPLES, rng.randint(1, 5))
        glue = [rng.choice([" ", "\n", "  \t ", " " * rng.randint(0, 150), ", ", " - ", "\u3000", "|"]) for _ in parts]
        texts.append("".join(g + p for g, p in zip(glue, parts)))
    for text in texts:
        _same(DOMAIN, text)
    _same("co.co", "see co.co.co mail server and mailbox a@co.co.co")  # overlapping occurrences


def test_the_same_matches_on_the_corpora():
    """Real bodies with a recipient's address and service words put in at random places."""
    corpora = default_corpora()
    files = sorted(p for p in Path(corpora).rglob("*") if p.is_file())[::25] if corpora else []
    if not files:
        pytest.skip("no corpora")
    rng = random.Random(3)
    for path in files[:300]:
        text = path.read_bytes()[:20_000].decode("utf-8", "replace")
        for _ in range(2):
            at = rng.randrange(len(text) + 1)
            text = text[:at] + rng.choice(SAMPLES) + text[at:]
        _same(DOMAIN, text)


def _first_literals(pattern: str) -> set[str]:
    """The first character of every branch of `pattern`: each must begin with a literal (else fail here)."""
    out: set[str] = set()

    def first(items) -> None:  # type: ignore[no-untyped-def]
        op, av = items[0]
        if op is sre_parse.SUBPATTERN:
            first(list(av[-1]))
        elif op is sre_parse.BRANCH:
            for branch in av[1]:
                first(list(branch))
        elif op is sre_parse.LITERAL:
            out.add(chr(av))
        else:
            raise AssertionError(f"a branch of {pattern!r} does not begin with a literal: {op}")

    first(list(sre_parse.parse(pattern)))
    return out


def test_the_first_letters_are_the_patterns_own():
    """_match_starts tries only the letters a match can begin with: the first of each service word
    before the domain and of each mailbox word (alternatives 2 and 3), and the domain's first."""
    letters = _first_literals(impostors._SERVICE_WORDS_BEFORE) | _first_literals(impostors._MAILBOX_OF_ADDRESS)
    assert letters == set(impostors._FIRST_LETTERS)
    assert {c for c in "x.dog-" if impostors._match_starts("x.dog").match(c)} == {"x"}
    assert impostors._match_starts("acme.com").match("K") is None
    assert impostors._match_starts("kacme.com").match("\u212a")  # the Kelvin sign: (?i) folds it as the pattern does
    assert impostors._match_starts("acme.com").match("ſ")  # the long s is an s under (?i)


def test_the_same_matches_around_letters_that_begin_nothing():
    """Words that start with letters no alternative begins with, next to the domain and the service words."""
    rng = random.Random(11)
    words = ["Dear", "kind", "regards", "ſupport", "Ｍailbox", "ADMIN", "Ihr", "IT-Support", "nota", "Your",
             "zone", "ſhare point", "caſella di posta", "KELVIN", "\u212aelvin", "İhr", "ıt-support", "Ёлка"]
    for _ in range(300):
        parts = [rng.choice(words + SAMPLES) for _ in range(rng.randint(1, 8))]
        _same(DOMAIN, rng.choice([" ", "\n", ": "]).join(parts))
        _same("kelvin.de", " ".join(parts).replace(DOMAIN, rng.choice(["kelvin.de", "KELVIN.DE", "\u212aelvin.de"])))
