"""Query timing for bench/store_bench.py, loaded into the CLI's own process through PYTHONPATH.

Active only when INQUIRY_TRIAGE_BENCH_TIMINGS names a file: then every SQLAlchemy statement's time in
the DB driver (cursor.execute plus the fetches of its rows) is summed and written there at exit as
{"query_ms": ..., "statements": N, "slow": [[ms, sql], ...]} (the 10 slowest).
"""

import os

_CODE = os.environ.get("INQUIRY_TRIAGE_BENCH_CODE")  # another copy of the package (a "before" tree)
if _CODE:  # bench/_code_first.py's hook, loaded by path (bench/ is not put on this process's sys.path)
    import importlib.util

    _spec = importlib.util.spec_from_file_location(
        "_code_first", os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "_code_first.py"))
    _hook = importlib.util.module_from_spec(_spec)
    _spec.loader.exec_module(_hook)
    _hook.install(_CODE)

_TARGET = os.environ.get("INQUIRY_TRIAGE_BENCH_TIMINGS")

if _TARGET:
    import atexit
    import json
    import time

    from sqlalchemy import event
    from sqlalchemy.engine import Engine, cursor as _cursor

    _state = {"total": 0.0, "n": 0, "slow": []}
    _current = {"sql": "", "t": 0.0}

    @event.listens_for(Engine, "before_cursor_execute")
    def _before(conn, cursor, statement, parameters, context, executemany):  # noqa: ANN001
        _current["sql"], _current["t0"] = statement, time.perf_counter()

    @event.listens_for(Engine, "after_cursor_execute")
    def _after(conn, cursor, statement, parameters, context, executemany):  # noqa: ANN001
        spent = time.perf_counter() - _current.get("t0", time.perf_counter())
        _state["total"] += spent
        _state["n"] += 1
        _state["slow"].append([spent * 1000, statement])
        _state["slow"] = sorted(_state["slow"], key=lambda s: -s[0])[:10]

    def _timed(method):  # noqa: ANN001, ANN202
        def wrapper(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            t0 = time.perf_counter()
            try:
                return method(*args, **kwargs)
            finally:
                _state["total"] += time.perf_counter() - t0
        return wrapper

    for _cls in (_cursor.CursorFetchStrategy, _cursor.BufferedRowCursorFetchStrategy):
        for _name in ("fetchone", "fetchmany", "fetchall"):
            if _name in vars(_cls):
                setattr(_cls, _name, _timed(vars(_cls)[_name]))

    @atexit.register
    def _write() -> None:
        with open(_TARGET, "w", encoding="utf-8") as handle:
            json.dump({"query_ms": _state["total"] * 1000, "statements": _state["n"], "slow": _state["slow"]}, handle)
