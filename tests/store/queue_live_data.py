"""More list commands whose output must not change when the queue's filters and exports are driven
from the live tasks (issue 10, migration 0012 _filters): the equality filters, the review and
filed lists paged, the snoozed list, pages past the end, each printed twice: with the count cap as
shipped and with a cap of 4, so "of 4+" footers and the capped counts are compared too.
Same store as tests/store/queue_filters_data.py (its `fill`).

    .venv/bin/python -m tests.store.queue_live_data --write   # (re)writes the golden outputs
Golden outputs were written by the code BEFORE the 0012 filter work (commit a9584c2); the four
snoozed ones again by the code of de9c274 (the snoozed list in wake order, a deliberate change of
another step) with store/queue.py as at a9584c2. Never rewrite them to make a test pass."""

from __future__ import annotations

import contextlib
import io
import sys
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

from tests.store.queue_filters_data import fill, write_golden  # noqa: E402

GOLDEN = Path(__file__).resolve().parents[1] / "data" / "queue_filters" / "outputs_before_0012.json"
SMALL_CAP = 4

# label: arguments after `queue`
COMMANDS: dict[str, list[str]] = {
    "table": [],
    "table language": ["--language", "ru"],
    "table country": ["--country", "de"],
    "table channel": ["--channel", "fax"],
    "table language country": ["--language", "de", "--country", "DE"],
    "table channel language hide": ["--channel", "phone", "--language", "ru", "--hide-suspicious"],
    "table search common": ["--search", "valves"],
    "table search two words": ["--search", "VALVES container"],
    "table product": ["--product", "valves"],
    "table language limit 3": ["--language", "de", "--limit", "3"],
    "table country limit 3 page 2": ["--country", "RU", "--limit", "3", "--page", "2"],
    "table channel limit 2": ["--channel", "email", "--limit", "2"],
    "table search limit 3": ["--search", "valves", "--limit", "3"],
    "table product limit 3 newest": ["--product", "valves", "--limit", "3", "--sort", "newest"],
    "table buyer": ["--buyer", "buyer"],
    "table newest": ["--sort", "newest", "--limit", "5"],
    "table oldest page 2": ["--sort", "oldest", "--limit", "5", "--page", "2"],
    "table deadline page 3": ["--sort", "deadline", "--limit", "3", "--page", "3"],
    "table page past the end": ["--limit", "5", "--page", "40"],
    "table grade overdue": ["--grade", "A", "--grade", "B", "--overdue"],
    "table suspicious": ["--suspicious"],
    "table snoozed": ["--snoozed"],
    "json snoozed": ["--snoozed", "--format", "json"],
    "json language": ["--format", "json", "--language", "de"],
    "json language offset": ["--format", "json", "--language", "de", "--offset", "3"],
    "json channel limit": ["--format", "json", "--channel", "email", "--limit", "4"],
    "json search common": ["--format", "json", "--search", "e"],
    "json search newest": ["--format", "json", "--search", "valves", "--sort", "newest"],
    "json product oldest": ["--format", "json", "--product", "valves", "--sort", "oldest"],
    "json hide suspicious deadline": ["--format", "json", "--hide-suspicious", "--sort", "deadline"],
    "table review": ["review"],
    "table review page 2": ["review", "--limit", "2", "--page", "2"],
    "json review": ["review", "--format", "json"],
    "json review limit": ["review", "--format", "json", "--limit", "2", "--page", "2"],
    "table filed all": ["--filed", "all"],
    "table filed all page 2": ["--filed", "all", "--limit", "2", "--page", "2"],
    "table filed list": ["--filed", "list"],
    "json filed all": ["--filed", "all", "--format", "json"],
    "json filed all limit": ["--filed", "all", "--format", "json", "--limit", "2", "--page", "2"],
    "json filed bounce": ["--filed", "bounce", "--format", "json"],
}


def outputs(url: str) -> dict[str, str]:
    """What each command prints (stdout) on the store at `url`, as a lead: with the shipped count cap,
    and again with a cap of SMALL_CAP (labels "... cap 4")."""
    import os

    from inquiry_triage.cli import main
    from inquiry_triage.store import queue as q

    os.environ["INQUIRY_TRIAGE_USER"] = "lead"
    found = {}
    shipped = q.COUNT_CAP
    try:
        for cap, suffix in ((shipped, ""), (SMALL_CAP, f" cap {SMALL_CAP}")):
            q.COUNT_CAP = cap
            for label, args in COMMANDS.items():
                out = io.StringIO()
                with contextlib.redirect_stdout(out):
                    code = main(["queue", *args, "--db", url])
                found[label + suffix] = f"exit {code}\n{out.getvalue()}"
    finally:
        q.COUNT_CAP = shipped
    return found


def _write_golden() -> None:
    write_golden(outputs, GOLDEN)


if __name__ == "__main__" and "--write" in sys.argv:
    _write_golden()
