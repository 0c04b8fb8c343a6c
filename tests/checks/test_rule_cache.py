"""The per-user cache of the rules (parsed TOML, each pattern's compiled program and literal plan)
gives the same patterns as compiling them, is rebuilt when missing or damaged, and never hides a
pattern that does not compile."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from inquiry_triage.checks import CHECK_HIT_NAMES
from inquiry_triage.checks import rules as rules_module
from inquiry_triage.checks.literals import code_of, from_code
from inquiry_triage.checks.rules import load_rules
from inquiry_triage.config import load_config
from inquiry_triage.errors import ConfigError

ROOT = Path(__file__).resolve().parents[2]
RULE_FILES = load_config(None).path_list("rules.files")
FIXTURE_TEXTS = [p.read_bytes().decode("utf-8", "replace")[:20_000] for p in sorted((ROOT / "fixtures").rglob("*.eml"))][:40]


@pytest.fixture
def fresh(monkeypatch, tmp_path):
    """A process-like start: no pattern prepared yet, an empty cache directory."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(rules_module, "_MATCHERS", {})
    return tmp_path / "inquiry-triage"


def _signature(pattern: re.Pattern[str]) -> tuple:
    return pattern.pattern, pattern.flags, pattern.groups, dict(pattern.groupindex)


@pytest.fixture(scope="module")
def first_start(tmp_path_factory):
    """One process-like first start (nothing prepared, an empty cache directory), shared by the tests
    that need "the cache a first start wrote": compiling and analysing every rule is the slow part of
    this file. Returns the cache folder it wrote, its rule names and its patterns' signatures."""
    home = tmp_path_factory.mktemp("first-start")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(home))
        patch.setattr(rules_module, "_MATCHERS", {})
        first = load_rules(RULE_FILES, CHECK_HIT_NAMES)
    return home / "inquiry-triage", [r.name for r in first.rules], {r.name: _signature(r.pattern) for r in first.text_rules}


def _as_after_a_first_start(first_start, fresh: Path) -> None:
    """`fresh` holds what the first start wrote (as if that start had run in this test)."""
    shutil.copytree(first_start[0], fresh)


def test_a_compiled_program_loads_as_the_same_pattern():
    for rule in load_rules(RULE_FILES, CHECK_HIT_NAMES).text_rules:
        expected = re.compile(rule.source, re.MULTILINE)
        loaded = from_code(rule.source, code_of(rule.source, re.MULTILINE))
        assert _signature(loaded) == _signature(expected)
        for text in [*rule.examples_hit, *rule.examples_miss, *FIXTURE_TEXTS]:
            text = text.lower() if rule.lowered else text
            got, want = loaded.search(text), expected.search(text)
            assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups())), rule.name


def test_the_second_load_reads_the_cache_and_finds_the_same(first_start, fresh, monkeypatch):
    written, first_names, compiled = first_start
    assert sorted(p.name.split("-")[1] for p in written.glob("rules-*.marshal")) == ["patterns", "toml"]
    _as_after_a_first_start(first_start, fresh)

    monkeypatch.setattr(rules_module, "_MATCHERS", {})
    # Nothing may be parsed, compiled or analysed again: all of it comes from the cache.
    monkeypatch.setattr(rules_module, "code_of", _fail)
    monkeypatch.setattr(rules_module, "plan", _fail)
    monkeypatch.setattr(rules_module.tomllib, "loads", _fail)
    second = load_rules(RULE_FILES, CHECK_HIT_NAMES)
    assert [r.name for r in second.rules] == first_names
    assert {r.name: _signature(r.pattern) for r in second.text_rules} == compiled


def test_a_damaged_cache_is_rebuilt(first_start, fresh, monkeypatch):
    _as_after_a_first_start(first_start, fresh)
    for path in fresh.glob("rules-*.marshal"):
        path.write_bytes(b"\x00garbage")
    monkeypatch.setattr(rules_module, "_MATCHERS", {})
    again = load_rules(RULE_FILES, CHECK_HIT_NAMES)
    assert all(r.pattern is not None for r in again.text_rules)


def test_plans_of_another_shape_are_rebuilt(first_start, fresh, monkeypatch):
    # A process still running older analysis code can write plans of another length under the
    # current file's name: they are analysed again, not trusted.
    from inquiry_triage import user_cache

    _as_after_a_first_start(first_start, fresh)
    (path,) = fresh.glob("rules-patterns-*.marshal")
    stored = user_cache.read(path)
    user_cache.write(path, {source: (code, data[:-1]) for source, (code, data) in stored.items()},
                     "rules-patterns-*.marshal", 4)
    monkeypatch.setattr(rules_module, "_MATCHERS", {})
    again = load_rules(RULE_FILES, CHECK_HIT_NAMES)
    assert all(r.pattern is not None for r in again.text_rules)
    assert all(len(data) == len(stored[source][1]) for source, (_code, data) in user_cache.read(path).items())


def test_an_edited_rule_is_compiled_and_a_broken_one_refused(fresh, tmp_path):
    good = ('[[rule]]\nname = "GOOD"\nkind = "body"\npattern = "(?i)\\\\bwire\\\\s+funds\\\\b"\ndescribe = "x"\n'
            'score = 1.0\nexamples = { hit = ["wire funds"] }\n')
    path = tmp_path / "mine.toml"
    path.write_text(good)
    assert load_rules([path]).rules[0].pattern.search("please wire funds")
    # The same file broken: the cache of the good version must not let it through.
    path.write_text(good.replace("funds", "(funds"))
    with pytest.raises(ConfigError, match=r"mine.toml: rule 'GOOD': pattern does not compile"):
        load_rules([path])


def test_without_a_home_directory_rules_still_load(monkeypatch):
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr(rules_module.user_cache, "cache_dir", _no_home)
    monkeypatch.setattr(rules_module, "_MATCHERS", {})
    loaded = load_rules(RULE_FILES, CHECK_HIT_NAMES)
    assert all(r.pattern is not None for r in loaded.text_rules)


def _fail(*_args, **_kwargs):
    raise AssertionError("the cache should have answered")


def _no_home():
    raise RuntimeError("no home directory")


def _fresh_as_written(monkeypatch) -> None:
    """A process that has not yet searched a text with a case trap."""
    monkeypatch.setattr(rules_module, "_AS_WRITTEN", {})
    monkeypatch.setattr(rules_module, "_AS_WRITTEN_CODES", None)
    monkeypatch.setattr(rules_module, "_as_written_new", 0)


def test_patterns_as_written_come_from_the_cache_as_they_compile(first_start, fresh, monkeypatch):
    """A lower-cased rule's pattern as written (for texts with a case trap) is the pattern re.compile
    gives, compiled in the first process and read from the per-user cache in the next."""
    _as_after_a_first_start(first_start, fresh)  # the rules load from the cache; the patterns as written do not
    lowered = [r for r in load_rules(RULE_FILES, CHECK_HIT_NAMES).text_rules if r.lowered]
    assert len(lowered) > 20
    _fresh_as_written(monkeypatch)
    first = [rules_module._as_written(r.source) for r in lowered]
    assert list(fresh.glob("rules-as-written-*.marshal"))
    _fresh_as_written(monkeypatch)
    monkeypatch.setattr(rules_module, "code_of", _fail)
    again = [rules_module._as_written(r.source) for r in lowered[:64]]  # 64: the programs written by then
    for rule, one, other in zip(lowered, first, again):
        expected = re.compile("(?i)" + rule.source, re.MULTILINE)
        assert _signature(one) == _signature(other) == _signature(expected)
        for text in FIXTURE_TEXTS[:10] + ["PRİCE LİST truſt ıtem"]:
            found, wanted = other.search(text), expected.search(text)
            assert (found and found.span()) == (wanted and wanted.span())


def test_a_damaged_cache_of_patterns_as_written_is_compiled_again(first_start, fresh, monkeypatch):
    _as_after_a_first_start(first_start, fresh)
    rule = next(r for r in load_rules(RULE_FILES, CHECK_HIT_NAMES).text_rules if r.lowered)
    _fresh_as_written(monkeypatch)
    rules_module._as_written(rule.source)
    for path in fresh.glob("rules-as-written-*.marshal"):
        path.write_bytes(b"\x00garbage")
    _fresh_as_written(monkeypatch)
    assert _signature(rules_module._as_written(rule.source)) == _signature(re.compile("(?i)" + rule.source, re.M))
