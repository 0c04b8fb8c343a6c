"""programs.Programs: a module's patterns rebuilt from the per-user cache are the patterns re.compile
gives, and a second process does not compile them again."""

from __future__ import annotations

import re

import pytest

from inquiry_triage import programs

SOURCES = [
    (r"(?i)\b(?:delivery|entrega)\s+(?P<place>[A-Z][\w-]+)", 0),
    (r"^(?:Re|AW|SV|Ответ|回复)\s*[:：]\s*", re.IGNORECASE | re.MULTILINE),
    (r"(\d+)\s*(?:x|\*)\s*(\d+)(?:\s*mm)?", 0),
]
TEXTS = ["Delivery Hamburg please", "entrega Manzanillo", "re: price\nAW: Angebot", "Ответ: цена",
         "600 x 1200 mm", "1200*600", "nothing here"]


@pytest.fixture()
def cache_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path


def test_rebuilt_patterns_match_as_re_compile_does(cache_home):
    first = programs.Programs("probe")
    built = [first.compile(source, flags) for source, flags in SOURCES]
    first.save()
    again = programs.Programs("probe")
    loaded = [again.compile(source, flags) for source, flags in SOURCES]
    for (source, flags), one, two in zip(SOURCES, built, loaded):
        reference = re.compile(source, flags)
        for pattern in (one, two):
            assert (pattern.pattern, pattern.flags, pattern.groupindex, pattern.groups) == \
                   (reference.pattern, reference.flags, reference.groupindex, reference.groups)
            for text in TEXTS:
                found, expected = pattern.search(text), reference.search(text)
                assert (found and (found.span(), found.groups())) == (expected and (expected.span(), expected.groups()))


def test_a_second_process_does_not_compile_again(cache_home, monkeypatch):
    first = programs.Programs("probe")
    for source, flags in SOURCES:
        first.compile(source, flags)
    first.save()
    assert list(cache_home.glob("inquiry-triage/programs-probe-*.marshal"))

    def refuse(*_args):
        raise AssertionError("compiled again although the cache holds it")

    monkeypatch.setattr(programs, "code_of", refuse)
    again = programs.Programs("probe")
    assert [again.compile(source, flags).pattern for source, flags in SOURCES] == [s for s, _ in SOURCES]


def test_a_damaged_cache_only_costs_the_compile(cache_home):
    first = programs.Programs("probe")
    first.compile(*SOURCES[0])
    first.save()
    for path in cache_home.glob("inquiry-triage/programs-probe-*.marshal"):
        path.write_bytes(b"not marshal data")
    again = programs.Programs("probe")
    assert again.compile(*SOURCES[0]).search("Delivery Hamburg please")
    with pytest.raises(re.error):
        again.compile("(unclosed", 0)


def test_drafts_patterns_come_from_the_cache():
    from inquiry_triage import drafts

    assert drafts._PROGRAMS._used, "drafts.py compiles its patterns through programs.Programs"
    for (source, flags), _code in list(drafts._PROGRAMS._used.items())[:200]:
        reference = re.compile(source, flags)
        rebuilt = programs.from_code(source, programs.code_of(source, flags))
        assert (rebuilt.pattern, rebuilt.flags, rebuilt.groupindex) == (reference.pattern, reference.flags, reference.groupindex)
