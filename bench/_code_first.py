"""`--code DIR` for the benches: import inquiry_triage from another copy of the package (a 'before'
tree: `git archive REV inquiry_triage config | tar -x -C DIR`) instead of this checkout's, ahead of
the editable install's own finder. One hook for every bench that takes --code (dashboard_bench,
sla_bench, queue_filters_bench, reminder_bench) and for the CLI processes store_bench starts
(bench/_hooks/sitecustomize.py loads this file when INQUIRY_TRIAGE_BENCH_CODE names a DIR).

Call `from_argv()` before anything imports inquiry_triage (at the top of the bench script)."""

from __future__ import annotations

import importlib.machinery
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec


class CodeFirst:
    """A meta path finder for inquiry_triage alone, from `code`."""

    def __init__(self, code: str) -> None:
        self.code = code

    def find_spec(self, name: str, path: object = None, target: object = None) -> ModuleSpec | None:
        if name != "inquiry_triage":
            return None
        return importlib.machinery.PathFinder.find_spec(name, [self.code])


def install(code: str) -> None:
    """Import inquiry_triage from `code` in this process (a no-op when already installed for it)."""
    if any(isinstance(finder, CodeFirst) and finder.code == code for finder in sys.meta_path):
        return
    if "inquiry_triage" in sys.modules:
        raise RuntimeError("--code: inquiry_triage was imported before the hook was installed")
    sys.meta_path.insert(0, CodeFirst(code))


def from_argv(argv: Sequence[str] | None = None) -> str | None:
    """The DIR of `--code DIR` / `--code=DIR` in `argv` (default sys.argv), installed; None without."""
    argv = list(sys.argv if argv is None else argv)
    for i, arg in enumerate(argv):
        if arg == "--code" and i + 1 < len(argv):
            code = argv[i + 1]
        elif arg.startswith("--code="):
            code = arg.split("=", 1)[1]
        else:
            continue
        install(code)
        return code
    return None
