"""The text model's per-user cache: the same model as parsing the file, keyed by the file's bytes,
rebuilt when damaged, pruned to a few files, and never needed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from inquiry_triage.learning import bayes
from inquiry_triage.learning.bayes import ModelError, TokenModel

SHIPPED = Path(bayes.__file__).resolve().parents[1] / "data" / "text_model.json.gz"


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache"


def _cache_files(home: Path) -> list[Path]:
    return sorted((home / "inquiry-triage").glob("text-model-*.marshal"))


def _same(a: TokenModel, b: TokenModel) -> None:
    assert (a.n_spam, a.n_ham, a.source, a.trained_at) == (b.n_spam, b.n_ham, b.source, b.trained_at)
    assert a.counts == b.counts and list(a.counts) == list(b.counts)


def test_cached_model_is_the_parsed_model(cache_home: Path) -> None:
    parsed = TokenModel._parse(SHIPPED.read_bytes(), SHIPPED)
    first = TokenModel.load(SHIPPED)
    [cached_file] = _cache_files(cache_home)
    second = TokenModel.load(SHIPPED)  # from the cache file
    _same(first, parsed)
    _same(second, parsed)
    tokens = ["wire", "transfer", "beneficiary", "quotation", "fob", "num:4"]
    assert second.score(tokens) == parsed.score(tokens)
    assert cached_file.stat().st_size > 0


def test_a_changed_model_file_is_not_served_from_the_cache(tmp_path: Path, cache_home: Path) -> None:
    model = TokenModel.train([{"wire", "urgent"}], [{"quote", "fob"}], source="site")
    path = tmp_path / "site.json.gz"
    model.save(path)
    assert TokenModel.load(path).counts == model.counts
    retrained = TokenModel.train([{"wire", "lottery"}], [{"quote", "moq"}], source="site")
    retrained.save(path)
    assert TokenModel.load(path).counts == retrained.counts
    assert len(_cache_files(cache_home)) == 2


def test_damaged_cache_file_is_reparsed(cache_home: Path) -> None:
    good = TokenModel.load(SHIPPED)
    [cached_file] = _cache_files(cache_home)
    import marshal

    for damage in (b"", b"\x00junk", marshal.dumps((0, 0, {}, "", "")), marshal.dumps({"a": 1})):
        cached_file.write_bytes(damage)
        _same(TokenModel.load(SHIPPED), good)
        assert bayes._read_cache(cached_file) is not None  # rewritten


def test_unwritable_cache_dir_parses_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    _same(TokenModel.load(SHIPPED), TokenModel._parse(SHIPPED.read_bytes(), SHIPPED))


def test_bad_model_files_still_fail(tmp_path: Path, cache_home: Path) -> None:
    bad = tmp_path / "bad.json.gz"
    bad.write_bytes(b"not gzip")
    with pytest.raises(ModelError):
        TokenModel.load(bad)
    with pytest.raises(ModelError):
        TokenModel.load(tmp_path / "missing.json.gz")
    assert not _cache_files(cache_home)


def test_old_cache_files_are_pruned(tmp_path: Path, cache_home: Path) -> None:
    folder = cache_home / "inquiry-triage"
    folder.mkdir(parents=True)
    for i in range(6):
        old = folder / f"text-model-old{i}.marshal"
        old.write_bytes(b"")
        os.utime(old, (1_000_000 + i, 1_000_000 + i))
    TokenModel.load(SHIPPED)
    kept = _cache_files(cache_home)
    assert len(kept) == bayes._CACHE_KEEP
    assert bayes._cache_path(SHIPPED.read_bytes()) in kept  # the newest one stays
    assert {p.name for p in kept} >= {"text-model-old5.marshal", "text-model-old4.marshal"}


def test_a_cache_file_others_can_write_is_not_read(cache_home: Path) -> None:
    import marshal

    good = TokenModel.load(SHIPPED)
    [cached_file] = _cache_files(cache_home)
    cached_file.write_bytes(marshal.dumps((1, 1, {"wire": (9, 0)}, "shipped", "")))
    cached_file.chmod(0o666)
    assert bayes._read_cache(cached_file) is None
    _same(TokenModel.load(SHIPPED), good)
    assert not cached_file.stat().st_mode & 0o022
