"""The per-user cache of ready-to-load data (language tables, text models): marshal files in
$XDG_CACHE_HOME/inquiry-triage (else ~/.cache/inquiry-triage), named by their callers from a hash
of everything they are built from. Safe to delete; a cache that cannot be read or written only
costs the next process the build again."""

from __future__ import annotations

import gc
import marshal
import os
import tempfile
from pathlib import Path


def cache_dir() -> Path:
    """Raises RuntimeError when there is no home directory for ~/.cache (and no XDG_CACHE_HOME)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "inquiry-triage"


def own_private_file(st: os.stat_result) -> bool:
    """Only a file this user wrote and nobody else can change is read: marshal is not safe against
    crafted data, and XDG_CACHE_HOME may point somewhere shared."""
    getuid = getattr(os, "getuid", None)  # POSIX; elsewhere the per-user profile dir is private
    return getuid is None or (st.st_uid == getuid() and not st.st_mode & 0o022)


def read(path: Path) -> object | None:
    """The unmarshalled value, or None when missing, unreadable, not ours or damaged (the caller
    still checks the value's shape)."""
    try:
        with path.open("rb") as fh:
            if not own_private_file(os.fstat(fh.fileno())):
                return None
            data = fh.read()
        return _unmarshal(data)
    except (OSError, EOFError, ValueError, TypeError):
        return None


def _unmarshal(data: bytes) -> object:
    """marshal.loads with the cyclic garbage collector paused: the tens of thousands of tuples and
    dicts it allocates would otherwise set off collections that walk the whole heap (an import-heavy
    process's), for nothing: unmarshalled data holds no cycles and frees nothing."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return marshal.loads(data)
    finally:
        if was_enabled:
            gc.enable()


def write(path: Path, value: object, family: str, keep: int) -> None:
    """Write atomically (a temporary file renamed, so a concurrent reader never sees half a file),
    then keep only the `keep` newest files matching the glob `family`; OSError is swallowed."""
    tmp_name = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            fh.write(marshal.dumps(value))
        os.replace(tmp_name, path)
        tmp_name = None
        prune(path.parent, family, keep)
    except OSError:
        pass
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass


def prune(folder: Path, pattern: str, keep: int) -> None:
    """Delete all but the `keep` most recently written files matching `pattern` (files of older
    inputs): the cache stays a few tens of MB."""
    files = []
    for candidate in folder.glob(pattern):
        try:
            files.append((candidate.stat().st_mtime_ns, candidate))
        except OSError:
            continue  # removed meanwhile by another process
    for _, old in sorted(files, reverse=True)[keep:]:
        try:
            old.unlink()
        except OSError:
            pass
