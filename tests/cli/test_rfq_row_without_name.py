"""An RFQ row without a buyer name shows its company, its address or "(no name)" (it showed an empty
buyer): a newcomer's or reviewer's finding on the command-line queue."""

from __future__ import annotations

import json

from tests.cli.queue_findings import fresh, run  # noqa: F401 (fresh: a fixture)


# --- 9. an RFQ row without a buyer name ---------------------------------------------------------

def test_an_rfq_row_without_a_name_shows_its_company_its_address_or_no_name(capsys, monkeypatch, fresh, tmp_path):
    (tmp_path / "rfq.csv").write_text(
        "title,description,quantity,unit,country,posted,quotes_left,company,email,name\n"
        "Office chairs,Need office chairs,300,pieces,US,1 day ago,4,Chair World LLC,,\n"
        "Desks,Need desks,100,pieces,US,1 day ago,4,,desks@buyer.example,\n"
        "Lamps,Need lamps,50,pieces,US,1 day ago,4,,,\n", encoding="utf-8")
    config = tmp_path / "rfq.toml"
    config.write_text(fresh[1].read_text() + '\n[csv.columns]\ncompany = "company"\nemail = "email"\nname = "name"\n')
    store = (fresh[0], config)
    code, out, _ = run(capsys, monkeypatch, store, "triage", str(tmp_path / "rfq.csv"), "--offline", "--no-progress")
    assert code == 0
    lines = {x.rsplit(" | ", 1)[1]: x for x in out.splitlines() if " | " in x}
    assert set(lines) == {"Office chairs", "Desks", "Lamps"}, out
    assert "Chair World LLC | " in lines["Office chairs"] + " | "
    assert "desks@buyer.example" in lines["Desks"] and "(no name)" in lines["Lamps"]
    code, out, _ = run(capsys, monkeypatch, store, "queue", "--channel", "rfq")
    listed = {x.rsplit(" | ", 1)[1]: x for x in out.splitlines() if " | " in x}
    assert "(no name)" in listed["Lamps"] and "desks@buyer.example" in listed["Desks"]
    lamp = json.loads(run(capsys, monkeypatch, store, "queue", "--channel", "rfq", "--format", "json")[1])
    task = [t["id"] for t in lamp if t["subject"] == "Lamps"][0]
    assert "From:     (no name)" in run(capsys, monkeypatch, store, "queue", "show", str(task))[1]
