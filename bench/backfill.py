"""A back-fill through `triage` as users run it: throughput of --jobs 1 vs 2 and of storing vs
--no-store (SQLite on local disk, PostgreSQL), beside the stdlib parse floor measured in this run.

    .venv/bin/python bench/backfill.py [--count 1000] [--repeat 3] [--jobs 1,2] [--no-postgres]
                                       [--pg-url postgresql+psycopg://...]

Each figure is the best of --repeat whole-process runs (wall clock; CPU = the children's user+sys).
"first line" is the best time from start to the first output line (stored runs: the first commit,
due batch_seconds after the first result).
"store" runs start from an empty database each time. Without --pg-url a private PostgreSQL cluster
is started (tests/servers/postgres.py) and made durable (fsync, synchronous_commit and
full_page_writes on), so a commit costs what it costs on a real server. "batch 1" stores with
[store] batch_size = 1: one commit and fsync per message, as before batching.
Figures are printed, never asserted. Say in any report whether the machine was shared (the load
average is printed).
"""

from __future__ import annotations

import argparse
import email
import email.policy
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

NOW = "2026-06-01T09:00+08:00"
CORPORA = ("ham", "modern_ham", "phishing", "fraud_modern", "fraud419")


def pick_messages(corpora: Path, count: int) -> list[Path]:
    """`count` files spread evenly over the mail corpora (sorted names: the same set every run)."""
    files = [p for name in CORPORA if (corpora / name).is_dir() for p in sorted((corpora / name).iterdir())
             if p.is_file()]
    if not files:
        raise SystemExit(f"no corpora under {corpora}")
    step = max(1, len(files) // count)
    picked = files[::step][:count]
    if len(picked) < count:
        print(f"(only {len(picked)} messages in the corpora)", file=sys.stderr)
    return picked


def parse_floor(paths: list[Path]) -> float:
    """CPU seconds of the stdlib parser alone on the same files: policy.default and every part."""
    raws = [p.read_bytes() for p in paths]
    started = time.process_time()
    for raw in raws:
        message = email.message_from_bytes(raw, policy=email.policy.default)
        for part in message.walk():
            if not part.is_multipart():
                try:
                    part.get_content()
                except Exception:  # noqa: BLE001 (a bad part costs what it costs)
                    pass
    return time.process_time() - started


def run_triage(paths: list[Path], extra: list[str], config: Path | None) -> tuple[float, float, float]:
    """(wall seconds, children's CPU seconds, seconds to the first output line) of one `triage` run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen([sys.executable, "-m", "inquiry_triage", "triage", "--format", "jsonl", "--offline",
                                 "--no-progress", "--now", NOW, *extra, *map(str, paths)], cwd=ROOT,
                                stdout=subprocess.PIPE, stderr=err,
                                env={**os.environ, "INQUIRY_TRIAGE_CONFIG": str(config or ""), "INQUIRY_TRIAGE_DB": ""})
        assert proc.stdout is not None
        proc.stdout.readline()
        first = time.perf_counter() - started
        for _ in proc.stdout:
            pass
        code = proc.wait()
        wall = time.perf_counter() - started
        err.seek(0)
        stderr = err.read()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if code != 0:
        raise SystemExit(f"triage {' '.join(extra)} failed: {stderr.decode()[-2000:]}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), first


def best_of(repeat: int, once) -> tuple[float, float, float]:  # type: ignore[no-untyped-def]
    runs = [once() for _ in range(repeat)]
    wall, cpu, _ = min(runs, key=lambda r: r[0])
    return wall, cpu, min(r[2] for r in runs)


def durable_postgres():  # type: ignore[no-untyped-def]
    import psycopg

    from tests.servers.postgres import start_postgres

    server = start_postgres()
    with psycopg.connect(server.url.replace("postgresql+psycopg", "postgresql"), autocommit=True) as connection:
        for setting in ("fsync", "synchronous_commit", "full_page_writes"):
            connection.execute(f"ALTER SYSTEM SET {setting} = on")
        connection.execute("SELECT pg_reload_conf()")
    return server


def main() -> None:
    from inquiry_triage.evaluate import default_corpora

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpora", type=Path, default=None)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--jobs", default="1,2", help="comma-separated --jobs values to time (default 1,2)")
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--pg-url", help="an existing PostgreSQL database to use (it is emptied per run)")
    parser.add_argument("--no-batch-1", action="store_true", help="skip the one-commit-per-message runs")
    args = parser.parse_args()
    paths = pick_messages(args.corpora or default_corpora(), args.count)
    n = len(paths)
    jobs = [int(j) for j in args.jobs.split(",")]
    work = Path(tempfile.mkdtemp(prefix="backfill-"))
    one_commit = work / "batch1.toml"
    one_commit.write_text("[store]\nbatch_size = 1\n")
    print(f"{n} messages; {os.cpu_count()} CPUs; load average before: {os.getloadavg()[0]:.2f} "
          f"(a shared machine makes every figure worse and noisier)")

    floor = min(parse_floor(paths) for _ in range(args.repeat))
    rows: list[tuple[str, float, float]] = [("stdlib parse floor (CPU, in-process)", floor, floor)]

    def add(label: str, extra: list[str], config: Path | None = None, fresh=None) -> None:  # type: ignore[no-untyped-def]
        def once() -> tuple[float, float, float]:
            db_args = fresh() if fresh else []
            return run_triage(paths, extra + db_args, config)
        wall, cpu, first = best_of(args.repeat, once)
        rows.append((label, wall, cpu))
        # The workers of --jobs N are the forkserver's children: their CPU is not the run's children's.
        shown = f"{cpu / n * 1000:6.2f} ms CPU/msg" if "--jobs 1" in label else "(CPU: workers not counted)"
        print(f"  {label:48} {wall:7.2f} s wall  {n / wall:7.1f} msg/s  first line {first:5.2f} s  {shown}", flush=True)

    def sqlite_db() -> list[str]:
        db = work / "triage.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        return ["--db", f"sqlite:///{db}"]

    for j in jobs:
        add(f"--no-store --jobs {j}", ["--no-store", "--jobs", str(j)])
        add(f"store SQLite --jobs {j}", ["--jobs", str(j)], fresh=sqlite_db)
    if not args.no_batch_1:
        add("store SQLite --jobs 1, batch 1 (as before)", ["--jobs", "1"], one_commit, fresh=sqlite_db)

    server = None
    if not args.no_postgres:
        try:
            if args.pg_url:
                pg_url = args.pg_url
            else:
                server = durable_postgres()
                pg_url = server.url
            from sqlalchemy import create_engine, text

            def pg_db() -> list[str]:
                engine = create_engine(pg_url)
                with engine.begin() as connection:
                    connection.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
                engine.dispose()
                return ["--db", pg_url]

            for j in jobs:
                add(f"store PostgreSQL --jobs {j}", ["--jobs", str(j)], fresh=pg_db)
            if not args.no_batch_1:
                add("store PostgreSQL --jobs 1, batch 1 (as before)", ["--jobs", "1"], one_commit, fresh=pg_db)
        except BaseException as exc:  # noqa: BLE001 (pytest's skip/fail are BaseExceptions)
            print(f"  PostgreSQL not measured: {type(exc).__name__}: {exc}")
        finally:
            if server is not None:
                server.destroy()

    by = {label: (wall, cpu) for label, wall, cpu in rows}
    print(f"\nload average after: {os.getloadavg()[0]:.2f}")
    print(f"stdlib parse floor: {floor:.2f} s CPU ({floor / n * 1000:.2f} ms/msg)")
    base = by.get("--no-store --jobs 1")
    if base:
        print(f"triage --no-store --jobs 1: CPU/msg = {base[1] / floor:.1f}x the parse floor")
        for label, (wall, _) in by.items():
            if label.startswith("store"):
                j = label.split("--jobs ")[1].split(",")[0]
                ref = by.get(f"--no-store --jobs {j}", base)
                print(f"store cost, {label}: +{(wall / ref[0] - 1) * 100:.0f} % on --no-store --jobs {j}'s wall")
        for j in jobs:
            if j != 1 and f"--no-store --jobs {j}" in by:
                print(f"--jobs {j} throughput: {base[0] / by[f'--no-store --jobs {j}'][0]:.2f}x --jobs 1 (--no-store)")
                if f"store SQLite --jobs {j}" in by and "store SQLite --jobs 1" in by:
                    print(f"--jobs {j} throughput, stored in SQLite: "
                          f"{by['store SQLite --jobs 1'][0] / by[f'store SQLite --jobs {j}'][0]:.2f}x --jobs 1")


if __name__ == "__main__":
    main()
