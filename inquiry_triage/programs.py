"""A module's regular expressions, compiled once per user instead of once per process.

`re.compile` parses a pattern and compiles it to the engine's program in every process that imports
the module: drafts.py's ~70 patterns (many languages' phrases each) took ~80 ms of every start of the
command line, more than a third of triaging one message. Here the program (code_of:
what `re.compile` hands to the engine) is kept in the per-user cache (user_cache) and the Pattern is
rebuilt from it (from_code, the same object `re.compile` returns, as the rules' patterns
are). A missing, damaged or foreign cache only costs the compile again.
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

import re._parser as sre_parse  # type: ignore[import-not-found]

import _sre

from . import user_cache

_KEEP = 4  # cache files per module (other trees and versions of it on this machine)

# A pattern's compiled program, as `re` hands it to the engine: (flags, code, groups, groupindex,
# indexgroup). `from_code` builds the same Pattern without parsing or compiling again, which is
# most of the start-up cost of ~100 rules. The cache that keeps it is keyed by the interpreter's
# version (the code format belongs to it), so a program is only ever loaded by the `re` that made it.

Code = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


def code_of(source: str | sre_parse.SubPattern, flags: int) -> Code:
    """What `re.compile(source, flags)` hands to the engine (raises re.error like it)."""
    import re._compiler as sre_compile  # type: ignore[import-not-found]

    tree = sre_parse.parse(source, flags) if isinstance(source, str) else source
    code = sre_compile._code(tree, flags)
    groupindex = dict(tree.state.groupdict)
    indexgroup: list[str | None] = [None] * tree.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    # Plain ints: the program holds re's named opcode constants, which marshal does not take.
    return (int(flags | tree.state.flags), [int(c) for c in code], tree.state.groups - 1, groupindex, tuple(indexgroup))


def from_code(source: str | None, code: Code) -> re.Pattern[str]:
    """The Pattern `code_of(source, flags)` describes (as re.compile would return it)."""
    flags, program, groups, groupindex, indexgroup = code
    return _sre.compile(source, flags, program, groups, groupindex, indexgroup)


class Programs:
    """`compile(source, flags)` for one module; `save()` after the module's patterns are built writes
    the programs compiled in this process (only when one was new)."""

    def __init__(self, module: str) -> None:
        self.module = module
        self._codes: dict[tuple[str, int], tuple] | None = None
        self._used: dict[tuple[str, int], tuple] = {}
        self._new = False

    def _path(self) -> Path | None:
        digest = hashlib.sha256(f"{self.module}\0{sys.version}\0{_sre.MAGIC}\0".encode())
        try:
            return user_cache.cache_dir() / f"programs-{self.module}-{digest.hexdigest()[:24]}.marshal"
        except RuntimeError:  # no home directory: compiled every time
            return None

    def compile(self, source: str, flags: int = 0) -> re.Pattern[str]:
        if self._codes is None:
            path = self._path()
            stored = user_cache.read(path) if path is not None else None
            self._codes = stored if isinstance(stored, dict) else {}
        key = (source, int(flags))
        code = self._codes.get(key)
        if isinstance(code, tuple) and len(code) == 5:
            try:
                pattern = from_code(source, code)
            except (TypeError, ValueError, IndexError, OverflowError, RuntimeError):
                pass  # another shape: compiled again
            else:
                self._used[key] = code
                return pattern
        code = code_of(source, flags)  # raises re.error as re.compile would
        self._used[key] = code
        self._new = True
        return from_code(source, code)

    def save(self) -> None:
        if not self._new:
            return
        path = self._path()
        if path is not None:
            user_cache.write(path, dict(self._used), f"programs-{self.module}-*.marshal", _KEEP)
        self._new = False
