"""A small store for the queue's filter and listing tests (tests/store/test_queue_filters.py): every
channel, non-ASCII subjects and names, phone buyers without an address, LIKE's wildcards in the text,
words that only run together across two columns, follow-ups with rule names, escalations, every
task state. Deterministic: the same rows (and IDs) on SQLite and PostgreSQL, whenever it runs.

    .venv/bin/python -m tests.store.queue_filters_data --write   # (re)writes the golden outputs
Golden outputs (JSON and table text of the list commands) were written by the code BEFORE the
queue-filter work of issue 10 (commit 4748e86); never rewrite them to make a test pass."""

from __future__ import annotations

import contextlib
import io
import json
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

from inquiry_triage.store.models import InquiryRow, TaskRow  # noqa: E402

UTC = timezone.utc
NOW = datetime(2026, 3, 10, 3, 0, tzinfo=UTC)
GOLDEN = Path(__file__).resolve().parents[1] / "data" / "queue_filters" / "outputs_before.json"
STATES = ("open", "claimed", "snoozed", "done", "dismissed", "open", "claimed")

# (channel, from_addr, from_name, buyer_key, subject, body, product, language, country)
BUYERS = [
    ("email", "ahmed@gulf-trading.example", "Ahmed Al-Farsi", "ahmed@gulf-trading.example",
     "Inquiry: brass ball valves DN50", "Please quote 500 pcs, CIF Dubai. container load", "brass ball valves DN50",
     "en", "AE"),
    ("phone", "", "Иван Петров", "tel:+74951234567", "Запрос: Стулья офисные", "Нужны стулья, 40 штук",
     "Стулья офисные", "ru", "RU"),
    ("email", "Marco.Rossi@Example.IT", "Marco Rossi", "marco.rossi@example.it", "RFQ 100% cotton_bags",
     "Price for 100% cotton bags, 10_000 pcs", "100% cotton_bags", "it", "IT"),
    ("im", "", "Li Wei", "name:li wei", "", "hello, need LED panel lights 600x600 price", "LED panel lights", "zh",
     "CN"),
    ("message", "compras@andina.example", "Compras Andina", "compras@andina.example", "Cotización válvulas",
     "Necesitamos VALVES de bola", "válvulas de bola", "es", "BR"),
    ("email", "b3@x.example", "", "b3@x.example", "Inquiry: gate valves", "container of gate valves", "gate valves",
     "en", "US"),
    ("fax", "", "ООО РОМАШКА", "name:ооо ромашка", "ЗАПРОС ЦЕНЫ", "СТУЛЬЯ И СТОЛЫ", "СТУЛЬЯ", "ru", "RU"),
    ("rfq", "buyer12@mail.example", "Buyer 12", "buyer12@mail.example", "RFQ: hex bolts M12 valves",
     "containerload of bolts", "hex bolts M12", "de", "DE"),
    ("email", "buyer123@mail.example", "Buyer 123", "buyer123@mail.example", "Inquiry: solar street lights",
     "Dear sir, valves", "solar street lights", "de", "DE"),
    ("phone", "", "Hans Müller", "tel:+491701234567", "Anfrage: Kugelhähne", "Bitte um Angebot für Kugelhähne",
     "Kugelhähne", "de", "DE"),
]


def fill(sessions: sessionmaker[Session], rounds: int = 8) -> None:
    """rounds x len(BUYERS) inquiries, one reply or review task each (every 6th suspicious), a
    follow-up on every 5th, escalations and notes on deadlines; IDs in insertion order."""
    with sessions.begin() as s:
        i = 0
        for r in range(rounds):
            for b, (channel, addr, name, key, subject, body, product, language, country) in enumerate(BUYERS):
                suspicious = i % 6 == 5
                received = NOW - timedelta(hours=3 * i + 1)
                row = InquiryRow(message_id=f"<f{i}@x>", source="t", channel=channel, status="triaged",
                                 grade="ABCD"[(i * 7) % 4], suspicious=suspicious, risk=5.0 if suspicious else 0.5,
                                 result={"suspicion": ["spy"] if suspicious else [], "big": "x" * 300},
                                 raw=b"Subject: x\r\n\r\n" + b"y" * 300, body=f"{body} #{r}", draft="draft",
                                 triaged_at=received + timedelta(minutes=5), received_at=received if i % 9 else None,
                                 from_addr=addr, from_name=name, buyer_key=key, subject=subject, product=product,
                                 language=language, country=country,
                                 filing="list" if i % 13 == 7 and not suspicious else "inquiry")
                state = STATES[i % len(STATES)]
                due = NOW + timedelta(hours=(i * 5) % 11 - 5)
                task = TaskRow(kind="review" if suspicious else "reply", state=state, grade="ABCD"[(i // 3) % 4],
                               due_at=due, created_at=received, assignee=("alice", "bob", None)[i % 3]
                               if state != "open" else None,
                               due_note="send before 16:00" if i % 4 == 1 else "",
                               escalated_at=due if due < NOW and i % 2 else None,
                               snoozed_until=NOW + timedelta(hours=i) if state == "snoozed" else None)
                row.tasks.append(task)
                if i % 5 == 2:
                    row.tasks.append(TaskRow(kind="follow-up", rule=f"silent-buyer:{r}" if i % 2 else "rfq-quote",
                                             attempt=1, state="open" if i % 3 else "claimed", grade="C",
                                             due_at=NOW + timedelta(hours=i % 4), created_at=NOW,
                                             assignee="alice" if i % 3 == 0 else None))
                s.add(row)
                i += 1


# The commands whose output must not change (label: arguments after `queue`).
COMMANDS: dict[str, list[str]] = {
    "json": ["--format", "json"],
    "json page 2": ["--format", "json", "--limit", "7", "--page", "2"],
    "json offset": ["--format", "json", "--offset", "5"],
    "json newest": ["--format", "json", "--sort", "newest"],
    "json oldest limit": ["--format", "json", "--sort", "oldest", "--limit", "9"],
    "json deadline": ["--format", "json", "--sort", "deadline"],
    "json hide suspicious": ["--format", "json", "--hide-suspicious"],
    "json suspicious": ["--format", "json", "--suspicious"],
    "json search": ["--format", "json", "--search", "valves"],
    "json search two words": ["--format", "json", "--search", "VALVES container"],
    "json search cyrillic": ["--format", "json", "--search", "стулья"],
    "json search percent": ["--format", "json", "--search", "100%"],
    "json search underscore": ["--format", "json", "--search", "cotton_bags"],
    "json search across columns": ["--format", "json", "--search", "valvescontainer"],
    "json search sender": ["--format", "json", "--search", "gulf-trading"],
    "json buyer name": ["--format", "json", "--buyer", "ahmed"],
    "json buyer phone": ["--format", "json", "--buyer", "+7 495 123-45-67"],
    "json buyer key": ["--format", "json", "--buyer", "Marco.Rossi@example.it"],
    "json buyer part": ["--format", "json", "--buyer", "buyer12"],
    "json buyer cyrillic": ["--format", "json", "--buyer", "петров"],
    "json product": ["--format", "json", "--product", "ball valves"],
    "json product cyrillic": ["--format", "json", "--product", "стулья"],
    "json product percent": ["--format", "json", "--product", "100%"],
    "json language": ["--format", "json", "--language", "ru"],
    "json country": ["--format", "json", "--country", "de"],
    "json channel": ["--format", "json", "--channel", "phone"],
    "json combined": ["--format", "json", "--language", "de", "--country", "DE", "--search", "valves"],
    "json grade overdue": ["--format", "json", "--grade", "A", "--grade", "C", "--overdue"],
    "json assignee": ["--format", "json", "--assignee", "alice"],
    "json review": ["review", "--format", "json"],
    "json filed all": ["--filed", "all", "--format", "json"],
    "json filed list": ["--filed", "list", "--format", "json", "--limit", "3"],
    "table": [],
    "table page 2": ["--limit", "6", "--page", "2"],
    "table search": ["--search", "valves", "--limit", "4"],
    "table buyer": ["--buyer", "ahmed", "--limit", "3"],
    "table product nothing": ["--product", "no such product"],
    "table review": ["review"],
    "table filed all": ["--filed", "all"],
}


# Keys of a list entry's JSON whose meaning changed on purpose after these outputs were recorded, checked
# elsewhere: from_shown / subject_shown added (12b4ae0, tests/cli/test_list_json_shown_words.py); `from` the
# address only, `name` added, `country` null when unknown (tests/cli/test_json_keys_agree.py); `chat_app` added
# (tests/cli/test_list_json_shown_words.py).
CHANGED_KEYS = frozenset(("from", "name", "country", "from_shown", "subject_shown", "chat_app"))


def comparable(found: dict[str, str]) -> dict[str, str]:
    """Each output as printed, but a JSON one written again without a task entry's CHANGED_KEYS: what the
    filters, sorts and pages chose (ids, order, states, grades...) is still compared byte for byte."""
    def without(value):  # type: ignore[no-untyped-def]
        if isinstance(value, list):
            return [without(item) for item in value]
        if isinstance(value, dict):
            drop = CHANGED_KEYS if "inquiry_id" in value else frozenset()
            return {key: without(item) for key, item in value.items() if key not in drop}
        return value

    kept = {}
    for label, printed in found.items():
        head, _, body = printed.partition("\n")
        try:
            kept[label] = head + "\n" + json.dumps(without(json.loads(body)), ensure_ascii=False, indent=1)
        except ValueError:
            kept[label] = printed  # a table, or nothing printed
    return kept


def outputs(url: str) -> dict[str, str]:
    """What each command prints (stdout) on the store at `url`, as a lead."""
    import os

    from inquiry_triage.cli import main

    os.environ["INQUIRY_TRIAGE_USER"] = "lead"
    found = {}
    for label, args in COMMANDS.items():
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            code = main(["queue", *args, "--db", url])
        found[label] = f"exit {code}\n{out.getvalue()}"
    return found


def write_golden(outputs_of, path: Path, fill_store=None) -> None:  # type: ignore[no-untyped-def]
    """The outputs of `outputs_of(url)` on this data (or on what `fill_store(sessions)` stores) in SQLite
    and PostgreSQL, written to `path`."""
    fill_store = fill_store or fill
    import tempfile

    from inquiry_triage.store import open_store
    from tests.servers.postgres import run_postgres

    golden = {}
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{folder}/golden.db"
        engine, sessions = open_store(url)
        fill_store(sessions)
        engine.dispose()
        golden["sqlite"] = outputs_of(url)
    with run_postgres() as server:
        engine, sessions = open_store(server.url)
        fill_store(sessions)
        engine.dispose()
        golden["postgresql"] = outputs_of(server.url)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(golden, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {path}")


def _write_golden() -> None:
    write_golden(outputs, GOLDEN)


if __name__ == "__main__" and "--write" in sys.argv:
    _write_golden()
