"""The language tables' per-user cache (n-gram scores and lexicon): the same floats as a fresh build,
rebuilt when damaged or when a source changes, and never needed (an unwritable cache dir only costs
the build)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from inquiry_triage import language
from inquiry_triage.language import LanguageDetector

LANGUAGES = ("en", "fr", "de", "ru", "zh")  # a small set builds fast and still merges zh-cn/zh-tw
TEXTS = ["Dear Sir, please quote 500 pcs FOB Shanghai.", "Bonjour, pouvez-vous nous envoyer le catalogue ?",
         "Sehr geehrte Damen und Herren,\nwir bitten um ein Angebot.\n\nPlease reply in English too, thanks a lot.",
         "Здравствуйте! Нужна цена на 200 штук.", "您好，请报价。", "Hola"]


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    language._load_tables.cache_clear()  # each test reads the cache dir afresh
    yield tmp_path
    language._load_tables.cache_clear()


def _cache_files(home: Path) -> list[Path]:
    return sorted((home / "inquiry-triage").glob("language-*.marshal"))


def _results(detector: LanguageDetector) -> list[object]:
    return [detector.detect(text, countries=["DE"], country_weight=2.0) for text in TEXTS]


def test_cached_table_is_the_built_table(cache_home: Path) -> None:
    built = language._build_rows(LANGUAGES)
    first = language._load_model(LANGUAGES)  # builds and writes the cache
    assert first.rows == built
    [cached_file] = _cache_files(cache_home)
    language._load_tables.cache_clear()
    second = language._load_model(LANGUAGES)  # read back from the file
    assert second.rows is not first.rows
    assert list(second.rows) == list(built)  # same grams in the same order ...
    for gram, row in built.items():  # ... and bit-identical floats (repr round-trips a double exactly)
        assert [repr(x) for x in second.rows[gram]] == [repr(x) for x in row], gram
    assert cached_file.stat().st_size > 0


def test_cached_lexicon_is_the_built_lexicon(cache_home: Path) -> None:
    built = language._load_lexicon(LANGUAGES)
    language._load_tables(LANGUAGES)  # writes the cache
    language._load_tables.cache_clear()
    _, cached = language._load_tables(LANGUAGES)
    assert cached == built
    assert cached.words and cached.phrases and cached.countries and cached.disclaimer_markers


def test_detector_results_identical_with_and_without_cache(cache_home: Path) -> None:
    fresh = _results(LanguageDetector(LANGUAGES, ["fr", "de", "ru"]))  # builds, writes the cache
    language._load_tables.cache_clear()
    assert _cache_files(cache_home)
    cached = _results(LanguageDetector(LANGUAGES, ["fr", "de", "ru"]))
    assert cached == fresh
    assert {r.language for r in fresh} >= {"en", "fr", "ru", "zh"}  # the texts really exercise the table


def test_unwritable_cache_dir_builds_in_memory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the cache dir would go")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    language._load_tables.cache_clear()
    try:
        model = language._load_model(LANGUAGES)
    finally:
        language._load_tables.cache_clear()
    assert model.rows == language._build_rows(LANGUAGES)
    assert blocker.read_text() == "a file where the cache dir would go"


@pytest.mark.parametrize("damage", [b"", b"\x00garbage", b"\xe9\x00\x00\x00"])
def test_damaged_cache_file_is_rebuilt(cache_home: Path, damage: bytes) -> None:
    good = language._load_model(LANGUAGES).rows
    [cached_file] = _cache_files(cache_home)
    cached_file.write_bytes(damage)
    language._load_tables.cache_clear()
    assert language._load_model(LANGUAGES).rows == good
    assert language._read_cache(cached_file, len(LANGUAGES))[0] == good  # and rewritten


def test_wrong_shaped_cache_file_is_rebuilt(cache_home: Path) -> None:
    import marshal

    good = language._load_model(LANGUAGES).rows
    [cached_file] = _cache_files(cache_home)
    for wrong in ({"a": (0.0,)}, ({"a": (0.0,)}, ({}, {}, {}, ())), (good, ({}, {}))):  # old layout, other width
        cached_file.write_bytes(marshal.dumps(wrong))
        language._load_tables.cache_clear()
        assert language._load_model(LANGUAGES).rows == good
        assert language._read_cache(cached_file, len(LANGUAGES)) is not None  # rewritten


def test_cache_key_follows_every_source(tmp_path: Path, cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = language._profile_files(LANGUAGES)
    key = language._cache_path(LANGUAGES, files)
    assert key is not None and key.parent == cache_home / "inquiry-triage"
    assert language._cache_path(LANGUAGES, files) == key  # stable
    assert language._cache_path(LANGUAGES[:-1], language._profile_files(LANGUAGES[:-1])) != key

    lexicon = tmp_path / "words.toml"
    lexicon.write_bytes(language.LEXICON_FILE.read_bytes() + b"\n# a comment\n")
    monkeypatch.setattr(language, "LEXICON_FILE", lexicon)
    assert language._cache_path(LANGUAGES, files) != key  # the lexicon file is a source too
    monkeypatch.undo()
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache_home))

    # A copy of langdetect's sources and profiles: the same bytes give the same key, one changed
    # profile count a different one (an upgraded langdetect never reuses an old table).
    copy = tmp_path / "langdetect"
    shutil.copytree(language.PROFILES_DIR.parent, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(language, "PROFILES_DIR", copy / "profiles")
    assert language._cache_path(LANGUAGES, files) == key
    profile = copy / "profiles" / "fr"
    profile.write_text(profile.read_text(encoding="utf-8").replace('"n_words":[', '"n_words":[1', 1),
                       encoding="utf-8")
    assert language._cache_path(LANGUAGES, files) != key
    (copy / "profiles" / "fr").unlink()
    assert language._cache_path(LANGUAGES, files) is None  # a source missing: nothing cached


def test_old_cache_files_are_pruned(cache_home: Path) -> None:
    import os

    folder = cache_home / "inquiry-triage"
    folder.mkdir(parents=True)
    for i in range(language._CACHE_KEEP + 3):
        old = folder / f"language-old{i:02d}.marshal"
        old.write_bytes(b"")
        os.utime(old, (1_000_000 + i, 1_000_000 + i))
    (folder / "text-model-other.marshal").write_bytes(b"")  # another cache's file: not language's to prune
    language._load_tables(LANGUAGES)
    kept = _cache_files(cache_home)
    assert len(kept) == language._CACHE_KEEP
    assert language._cache_path(LANGUAGES, language._profile_files(LANGUAGES)) in kept
    assert (folder / f"language-old{language._CACHE_KEEP + 2:02d}.marshal") in kept  # newest old ones stay
    assert (folder / "text-model-other.marshal").exists()


def test_a_cache_file_others_can_write_is_not_read(cache_home: Path) -> None:
    import marshal

    good = language._load_model(LANGUAGES).rows
    [cached_file] = _cache_files(cache_home)
    planted = (dict.fromkeys(good, (0.0,) * len(LANGUAGES)), language._read_cache(cached_file, len(LANGUAGES))[1])
    cached_file.write_bytes(marshal.dumps(planted))
    cached_file.chmod(0o666)  # group/world-writable: someone else could have put it there
    assert language._read_cache(cached_file, len(LANGUAGES)) is None
    language._load_tables.cache_clear()
    assert language._load_model(LANGUAGES).rows == good  # rebuilt and rewritten privately
    assert not cached_file.stat().st_mode & 0o022
