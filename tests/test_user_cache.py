"""user_cache.read pauses the garbage collector while unmarshalling and leaves it as it found it."""

from __future__ import annotations

import gc

from inquiry_triage import user_cache


def test_read_gives_back_what_was_written_and_restores_the_collector(tmp_path):
    path = tmp_path / "inquiry-triage" / "probe-1.marshal"
    value = {"tokens": {f"w{i}": (i, i + 1) for i in range(2000)}, "names": [(1, "a"), (2, "b")]}
    user_cache.write(path, value, "probe-*.marshal", 2)
    assert gc.isenabled()
    assert user_cache.read(path) == value
    assert gc.isenabled()
    gc.disable()
    try:
        assert user_cache.read(path) == value
        assert not gc.isenabled()  # a caller that had it off keeps it off
    finally:
        gc.enable()


def test_a_damaged_file_reads_as_none_and_the_collector_is_back_on(tmp_path):
    path = tmp_path / "inquiry-triage" / "probe-1.marshal"
    user_cache.write(path, [1, 2, 3], "probe-*.marshal", 2)
    path.write_bytes(path.read_bytes()[:3])
    assert user_cache.read(path) is None
    assert gc.isenabled()
