"""Start-up walls of the CLI, beside interpreter baselines measured in the same run.

    .venv/bin/python bench/startup.py [--repeat 4] [--eml fixtures/emails/company_rfq_fob.eml] [--source DIR]

Each command is a fresh process (`.venv/bin/inquiry-triage ...`, .pyc cached, per-user cache warm
after the warm-up round); rounds are interleaved so a burst of load on a shared machine hits every
command alike, and the best of `--repeat` walls (and CPU seconds) is printed. Baselines:
  * python -c 'import email': the interpreter's own start;
  * stdlib parse: `email.message_from_bytes(raw, policy=default)` of the same message;
  * sqlalchemy + SELECT count(*): SQLAlchemy Core imported and one bare query on the same database
    (the floor of `status` and `queue`, which also need the ORM).
`status` and `queue` read a fresh SQLite database migrated before the warm-up round; the last `queue`
one holding the fixtures (fixtures/emails) triaged into it. Figures are
printed, never asserted.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV_BIN = ROOT / ".venv" / "bin"


def _commands(eml: Path, db_url: str, filled_url: str) -> dict[str, list[str]]:
    python = str(VENV_BIN / "python")
    cli = str(VENV_BIN / "inquiry-triage")
    parse = ("import email, email.policy, sys; "
             "email.message_from_bytes(open(sys.argv[1], 'rb').read(), policy=email.policy.default).get_body()")
    count = ("import sys, sqlalchemy; engine = sqlalchemy.create_engine(sys.argv[1]); "
             "engine.connect().execute(sqlalchemy.text('SELECT count(*) FROM inquiries')).scalar()")
    return {
        "baseline: python -c 'import email'": [python, "-c", "import email"],
        "baseline: stdlib parse one message": [python, "-c", parse, str(eml)],
        # the floor of a command that reads the store: SQLAlchemy (Core) imported, one bare query
        "baseline: sqlalchemy + SELECT count(*)": [python, "-c", count, db_url],
        "--help": [cli, "--help"],
        "triage ONE.eml --offline --no-store": [cli, "triage", str(eml), "--offline", "--no-store"],
        "status": [cli, "status", "--db", db_url],
        "queue": [cli, "queue", "--db", db_url],
        # open tasks: each line's deadline note reads the seller's and the buyer's calendars
        "queue (the fixtures triaged: open tasks)": [cli, "queue", "--db", filled_url],
    }


# .pyc written at warm-up even where the shell sets PYTHONDONTWRITEBYTECODE: the figure is a cached start.
_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def _run(argv: list[str], cwd: str, source: Path | None = None) -> tuple[float, float]:
    """(wall, CPU) seconds of one process: CPU (user + system) is the steadier figure when others load the machine."""
    env = dict(_ENV, PYTHONPATH=str(source)) if source is not None else _ENV
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(argv, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if proc.returncode not in (0, 1):  # triage exits 1 when a message is suspicious
        raise SystemExit(f"{argv[1:]!r} failed ({proc.returncode}): {proc.stderr.decode()[-500:]}")
    return wall, cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=4)
    parser.add_argument("--eml", type=Path, default=ROOT / "fixtures" / "emails" / "company_rfq_fob.eml")
    parser.add_argument("--source", type=Path, action="append", default=[],
                        help="run the package from this folder (through PYTHONPATH) instead of the checkout; give it "
                             "twice to compare two versions in the same rounds, e.g. folders made with `git archive "
                             "COMMIT | tar -x -C DIR`")
    args = parser.parse_args(argv)
    sources: list[Path | None] = [s.resolve() for s in args.source] or [None]
    with tempfile.TemporaryDirectory(prefix="startup-bench-") as work:
        runs: dict[str, tuple[list[str], Path | None]] = {}
        for number, source in enumerate(sources):
            folder = Path(work) / str(number)
            folder.mkdir()
            filled_url = f"sqlite:///{folder / 'filled.db'}"
            fixtures = sorted((ROOT / "fixtures" / "emails").glob("*.eml"))
            _run([str(VENV_BIN / "inquiry-triage"), "triage", *map(str, fixtures), "--db", filled_url], work, source)
            bench_url = f"sqlite:///{folder / 'bench.db'}"
            # read commands never create a database (they say where they looked): made here, empty, at head
            _run([str(VENV_BIN / "python"), "-c", "import sys; from inquiry_triage.store.db import open_store; "
                  "open_store(sys.argv[1])", bench_url], work, source)
            commands = _commands(args.eml.resolve(), bench_url, filled_url)
            for name in sorted(commands, key=lambda n: n != "status"):  # warm-up: the database migrated first,
                _run(commands[name], work, source)  # .pyc and the per-user cache written
            tag = f"[{source.name}] " if len(sources) > 1 and source is not None else ""
            if tag or number == 0:
                runs.update({tag + name: (argv_, source) for name, argv_ in commands.items()
                             if not (number and name.startswith("baseline"))})
        walls: dict[str, list[float]] = {name: [] for name in runs}
        cpus: dict[str, list[float]] = {name: [] for name in runs}
        for _ in range(args.repeat):
            for name, (argv_, source) in runs.items():
                wall, cpu = _run(argv_, work, source)
                walls[name].append(wall)
                cpus[name].append(cpu)
    load = os.getloadavg()[0]
    print(f"start-up, best of {args.repeat} wall seconds (load average {load:.2f} on {os.cpu_count()} CPUs)")
    floor = min(next(values for name, values in walls.items() if name.endswith("baseline: python -c 'import email'")))
    for name, values in sorted(walls.items(), key=lambda item: _order(item[0], runs)):
        best = min(values)
        print(f"  {name:<50} wall {best:6.3f} s {best / floor:5.1f}x import email   CPU {min(cpus[name]):6.3f} s"
              "   (walls: " + " ".join(f"{v:.2f}" for v in values) + ")")
    return 0


def _order(name: str, runs: dict) -> tuple[int, int]:
    """Each command's versions side by side, commands in the order they were first run."""
    names = list(runs)
    commands = list(dict.fromkeys(n.split("] ", 1)[-1] for n in names))
    return commands.index(name.split("] ", 1)[-1]), names.index(name)


if __name__ == "__main__":
    sys.exit(main())
