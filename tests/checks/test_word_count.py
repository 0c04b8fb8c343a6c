"""checks/content.word_count counts ASCII text at C speed: the same count as `re.findall(r"\\w+")`."""

from __future__ import annotations

import random
import re

from inquiry_triage.checks.content import word_count

_WORD = re.compile(r"\w+")


def test_every_pair_of_ascii_characters():
    characters = [chr(i) for i in range(128)]
    for first in characters:
        for second in characters:
            for text in (first + second, f"{first}x{second}", f"{first}  {second}_"):
                assert word_count(text) == len(_WORD.findall(text)), repr(text)


def test_random_texts_ascii_and_not():
    rnd = random.Random(10)
    alphabet = [chr(i) for i in range(128)] + list("éß中文\u00a0\u2028٣ſ")
    for _ in range(5000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 40)))
        assert word_count(text) == len(_WORD.findall(text)), repr(text)
    assert word_count("") == 0 and word_count("Dear sir, 500 pcs_of item-7.") == 6
