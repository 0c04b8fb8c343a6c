"""The answers the calendars get from the `holidays` package, remembered in the per-user cache.

Importing `holidays` for one country imports all of its ~250 country modules (its `countries`
package imports every one): ~0.15 s, more than the rest of a one-message triage's business-day
work. The calendars ask few and always the same questions (is this country code known, the public
holidays and make-up days of a block of years, a country's weekend, the holidays' names), so each
answer is kept in one marshal file per `holidays` release, and a process whose questions were all
asked before never imports the package. Answers are exactly what the package said: the file is
named by the installed release (and its files' time stamps), the locale variables the package reads
holiday names from, and this module's format.

An answer that the package gave by raising NotImplementedError (a country or subdivision it does
not cover) is remembered too, and raised again as NotImplementedError with the same message; one
that came with a warning is not remembered (the warning shows, as it always did, every time).
"""

from __future__ import annotations

import atexit
import hashlib
import importlib.util
import os
import time
import warnings
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

from .. import user_cache

__all__ = ["remembered"]

# Bump when the shape of a remembered answer changes: old files are then simply not read.
_FORMAT = 1
_KEEP = 4  # files of other releases / locales kept (the cache stays small)
# Questions are about ISO country codes and years near the messages' dates (a few thousand at most);
# past this many answers the file stops growing, whatever a run asks.
_MAX_ANSWERS = 20_000
# The package names holidays in the language these variables give (holidays' HolidayBase docs).
_LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
_ANSWERED, _MISSING = "answered", "not-implemented"  # the latter: the package raised NotImplementedError

# A new answer is written at once when the file was last written _WRITE_EVERY seconds ago or more; others
# wait for the next such answer or the process's exit. Writing the whole file per new question made a
# fresh cache's first run quadratic (296 writes of a file growing to 190 kB: 5 s of a 45 s back-fill).
_WRITE_EVERY = 2.0

# Per process: the cache file's path and its answers, read once; the files owing a write, when last written.
_loaded: dict[Path | None, dict[Any, Any]] = {}
_unwritten: set[Path] = set()
_written_at: dict[Path, float] = {}


@lru_cache(maxsize=1)
def _release() -> str | None:
    """The installed `holidays` release and its files' time stamps, found without importing it; None
    when that cannot be told (then nothing is remembered)."""
    try:
        spec = importlib.util.find_spec("holidays")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.origin:
        return None
    package = Path(spec.origin).parent
    try:
        versions = sorted(entry.name for entry in os.scandir(package.parent)
                          if entry.name.startswith("holidays-") and entry.name.endswith(".dist-info"))
        stamps = [os.stat(package / name).st_mtime_ns for name in ("__init__.py", "countries/__init__.py")]
    except OSError:
        return None
    if len(versions) != 1:
        return None
    return f"{versions[0]} {package} {stamps}"


def _cache_path() -> Path | None:
    environ = os.environ
    return _cache_path_for(environ.get("XDG_CACHE_HOME"), environ.get("HOME"),
                           tuple(environ.get(name, "") for name in _LOCALE_VARIABLES))


@lru_cache(maxsize=8)
def _cache_path_for(_xdg_cache_home: str | None, _home: str | None, locale: tuple[str, ...]) -> Path | None:
    """The cache file for these variables (the first two are what user_cache.cache_dir() reads)."""
    release = _release()
    if release is None:
        return None
    digest = hashlib.sha256(repr((_FORMAT, release, list(locale))).encode()).hexdigest()[:32]
    try:
        return user_cache.cache_dir() / f"holidays-{digest}.marshal"
    except RuntimeError:  # no home directory: nothing to keep answers in
        return None


def _answers(path: Path | None) -> dict[Any, Any]:
    answers = _loaded.get(path)
    if answers is None:
        stored = user_cache.read(path) if path is not None else None
        answers = _loaded[path] = stored if isinstance(stored, dict) else {}
    return answers


def remembered(question: tuple[Any, ...], ask: Callable[[], Any]) -> Any:
    """What `ask()` (a call into the `holidays` package returning plain marshal-able data) answers to
    `question`, from the per-user cache when it was asked before; asked and remembered otherwise."""
    path = _cache_path()
    answers = _answers(path)
    if question in answers:
        kind, value = answers[question]
    else:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                kind, value = _ANSWERED, ask()
            except NotImplementedError as exc:
                kind, value = _MISSING, str(exc)
        for warning in caught:  # shown as before, and asked again next time so it shows again
            warnings.warn_explicit(warning.message, warning.category, warning.filename, warning.lineno)
        if not caught and len(answers) < _MAX_ANSWERS:
            answers[question] = (kind, value)
            if path is not None:
                _keep(path)
    if kind == _MISSING:
        raise NotImplementedError(value)
    return value


def _keep(path: Path) -> None:
    """Write the answers now, or at the next new answer after _WRITE_EVERY seconds, or at exit."""
    now = time.monotonic()
    if now - _written_at.get(path, float("-inf")) >= _WRITE_EVERY:
        _write(path)
        _written_at[path] = now
    else:
        if not _unwritten:
            atexit.register(flush)
        _unwritten.add(path)


def _write(path: Path) -> None:
    _unwritten.discard(path)
    answers = _loaded.get(path)
    if answers is not None:
        user_cache.write(path, answers, "holidays-*.marshal", _KEEP)


def flush() -> None:
    """Write the answers not written yet (run at exit; a cache: a killed process only asks again)."""
    for path in list(_unwritten):
        _write(path)
    atexit.unregister(flush)
