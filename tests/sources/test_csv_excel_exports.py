"""RFQ CSV exports as Excel saves them: Chinese Excel's "CSV (逗号分隔)" is GBK/GB18030, European Excel
separates with semicolons, "Unicode text" with tabs. They are read as they are; a file that is neither
UTF-8 nor GB18030 keeps the clear per-row error, and UTF-8 comma files read as before."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from inquiry_triage.config import load_config
from inquiry_triage.errors import SourceError
from inquiry_triage.sources import open_inputs

CONFIG = load_config(None)
COLUMNS, DEFAULTS = CONFIG.get("csv.columns"), CONFIG.get("csv.defaults")
ZH_COLUMNS = {"subject": "标题", "body": "详细描述", "quantity": "数量", "country": "国家"}


def items_of(path: Path, columns=COLUMNS):
    return list(open_inputs([path], columns, DEFAULTS))


def test_chinese_excel_gbk_export_with_chinese_headers_is_read(tmp_path: Path):
    path = tmp_path / "询价单.csv"
    text = ("标题,详细描述,数量,国家\r\n"
            "求购LED面板灯,\"需要600x600 LED面板灯，请报价，含运费\",500,中国\r\n"
            "不锈钢螺丝,M6 不锈钢螺丝 报价,10000,越南\r\n")
    path.write_bytes(text.encode("gbk"))
    items = items_of(path, ZH_COLUMNS)
    assert [i.error for i in items] == [None, None]
    assert items[0].record["subject"] == "求购LED面板灯"
    assert items[0].record["body"] == "需要600x600 LED面板灯，请报价，含运费"
    assert items[1].record["quantity"] == "10000" and items[1].record["country"] == "越南"
    assert json.loads(items[0].raw)["标题"] == "求购LED面板灯"  # stored raw as UTF-8 JSON


def test_gbk_cells_under_english_headers_and_gb18030_only_characters(tmp_path: Path):
    path = tmp_path / "rfq.csv"
    # € and 𠀀 are not in GBK: GB18030 encodes them (two and four bytes)
    text = "title,description,quantity,unit,country\r\n办公椅,\"价格 100€ 以内, 𠀀 款\",20,件,中国\r\n"
    path.write_bytes(text.encode("gb18030"))
    items = items_of(path)
    assert [i.error for i in items] == [None]
    assert items[0].record["subject"] == "办公椅" and items[0].record["body"] == "价格 100€ 以内, 𠀀 款"
    assert items[0].record["unit"] == "件"


def test_semicolon_export_from_european_excel(tmp_path: Path):
    path = tmp_path / "rfq.csv"
    text = ("title;description;quantity;unit;country\r\n"
            "Chaises de bureau;\"Bonjour, nous cherchons 200 chaises; prix FOB svp\";200;pièces;France\r\n"
            "Sillas;\"Precio por\r\nunidad, por favor\";50;uds;Spain\r\n")
    path.write_bytes(text.encode("utf-8"))
    items = items_of(path)
    assert [i.error for i in items] == [None, None]
    assert items[0].record["subject"] == "Chaises de bureau"
    assert items[0].record["body"] == "Bonjour, nous cherchons 200 chaises; prix FOB svp"
    assert items[0].record["quantity"] == "200" and items[0].record["country"] == "France"
    assert items[1].record["body"] == "Precio por\r\nunidad, por favor" and items[1].source.endswith(":3")


def test_semicolon_export_in_a_western_code_page_keeps_the_row_error(tmp_path: Path):
    """cp1252 bytes (é followed by a space) are neither UTF-8 nor GB18030: the row fails as before, the others read."""
    path = tmp_path / "rfq.csv"
    text = "title;description;quantity;unit;country\nChaises;ok;2;pcs;France\nCafé tables;x;3;pcs;France\n"
    path.write_bytes(text.encode("cp1252"))
    items = items_of(path)
    assert items[0].error is None and items[0].record["subject"] == "Chaises"
    assert items[1].error.startswith("not UTF-8: column 'title'")


def test_a_western_code_page_file_that_happens_to_decode_as_gb18030_is_not_read_as_chinese(tmp_path: Path):
    """cp1252 accents inside words ("Müller": 0xFC 'l') are valid GB18030 pairs: read as GB18030 the file would be
    silent mojibake (M黮ler). It stays UTF-8: those rows fail with the clear reason, the ASCII one is read."""
    path = tmp_path / "rfq.csv"
    text = "title;description;quantity;unit;country\nChairs;ok;2;pcs;Germany\nMüller Sécuritas;Grüße aus München;2;pcs;Germany\n"
    raw = text.encode("cp1252")
    raw.decode("gb18030")  # the trap: it decodes cleanly
    path.write_bytes(raw)
    items = items_of(path)
    assert items[0].error is None and items[0].record["subject"] == "Chairs"
    assert items[1].error.startswith("not UTF-8: column 'title'"), items[1]


@pytest.mark.parametrize("words", ["Größe;Straße", "Öl;Größe", "Bärenhöhle;Süße"])
def test_western_accents_side_by_side_are_not_read_as_chinese(tmp_path: Path, words: str):
    """Two accented letters side by side ("öß" in Größe: 0xF6 0xDF) are a pair of GB2312's layout too, so the share
    of such pairs let "Größe;Straße" be read as Chinese mojibake; a Western code page's accents stand inside words."""
    path = tmp_path / "rfq.csv"
    text = f"title;description;quantity;unit;country\nChairs;ok;2;pcs;Germany\n{words};2;pcs;Germany\n"
    raw = text.encode("cp1252")
    raw.decode("gb18030")  # the trap: it decodes cleanly
    path.write_bytes(raw)
    items = items_of(path)
    assert items[0].error is None and items[0].record["subject"] == "Chairs"
    assert items[1].error.startswith("not UTF-8: column 'title'"), items[1]


def test_chinese_cells_beside_latin_model_names_stay_chinese(tmp_path: Path):
    """Chinese text mixing in Latin product names ("LED灯泡", "型号A60") touches letters only at a word's edge."""
    path = tmp_path / "rfq.csv"
    text = "title,description,quantity,unit,country\r\nLED灯泡E27,需要LED灯泡型号A60请报价ASAP,5000,pcs,中国\r\n"
    path.write_bytes(text.encode("gbk"))
    items = items_of(path)
    assert [i.error for i in items] == [None]
    assert items[0].record["subject"] == "LED灯泡E27"


def test_tab_separated_export(tmp_path: Path):
    path = tmp_path / "rfq.csv"
    path.write_bytes("title\tdescription\tquantity\tunit\tcountry\nLED, panel\tneed 50; urgent\t50\tpcs\tKenya\n"
                     .encode("utf-8-sig"))
    items = items_of(path)
    assert [i.error for i in items] == [None]
    assert items[0].record["subject"] == "LED, panel" and items[0].record["body"] == "need 50; urgent"


def test_gbk_semicolon_export(tmp_path: Path):
    path = tmp_path / "rfq.csv"
    path.write_bytes("标题;详细描述;数量;国家\n手机壳;\"需要1000个, 黑色\";1000;德国\n".encode("gbk"))
    items = items_of(path, ZH_COLUMNS)
    assert [i.error for i in items] == [None]
    assert items[0].record["body"] == "需要1000个, 黑色" and items[0].record["country"] == "德国"


def test_comma_file_with_semicolons_in_cells_stays_comma(tmp_path: Path):
    path = tmp_path / "rfq.csv"
    path.write_text("title,description,quantity,unit,country\n\"a;b;c;d;e\",x;y;z,1,pcs,Chile\n", encoding="utf-8")
    items = items_of(path)
    assert [i.error for i in items] == [None]
    assert items[0].record["subject"] == "a;b;c;d;e" and items[0].record["body"] == "x;y;z"


def test_a_header_that_is_neither_utf8_nor_gb18030_fails_the_file_as_one_item(tmp_path: Path):
    path = tmp_path / "rfq.csv"
    path.write_bytes(b"title,Preis \x80,description\nx,y,z\n")
    (item,) = items_of(path)
    assert item.error == "the CSV header row is not UTF-8" and item.raw == b"title,Preis \x80,description\n"


def test_a_gbk_header_in_a_file_broken_further_on_is_not_called_not_utf8(tmp_path: Path):
    path = tmp_path / "rfq.csv"
    path.write_bytes("标题,详细描述,数量,国家\n".encode("gbk") + b"\x81\x20broken,x,1,y\n")
    (item,) = items_of(path, ZH_COLUMNS)
    assert item.source == str(path) and "not UTF-8" not in item.error and "GBK/GB18030" in item.error
    assert item.raw == "标题,详细描述,数量,国家\n".encode("gbk")


GBK_ROWS = ("title,description,quantity,unit,country\n求购LED面板灯,需要 LED 面板灯,500,pcs,中国\n"
            "不锈钢螺丝,M6 螺丝 报价,10000,pcs,越南\n第三行,详细描述内容,3,pcs,德国\n").encode("gbk")


def _cut_inside_last_character(data: bytes) -> bytes:
    end = data.rindex("德国".encode("gbk"))
    return data[:end + 1]  # the first byte of 德: a file still being saved or copied


def test_a_gbk_file_cut_inside_its_last_character_keeps_its_complete_rows(tmp_path: Path):
    path = tmp_path / "half_gbk.csv"
    path.write_bytes(_cut_inside_last_character(GBK_ROWS))
    items = items_of(path)
    assert [i.error for i in items[:2]] == [None, None]
    assert items[0].record["subject"] == "求购LED面板灯" and items[1].record["country"] == "越南"
    assert items[2].source == f"{path}:4" and "cut" in items[2].error and "UTF-8" not in items[2].error
    assert items[2].raw.startswith("第三行".encode("gbk"))


def test_a_utf8_file_cut_inside_its_last_character_is_still_utf8(tmp_path: Path):
    path = tmp_path / "half.csv"
    data = GBK_ROWS.decode("gbk").encode("utf-8")
    path.write_bytes(data[:data.rindex("德国".encode()) + 2])
    items = items_of(path)
    assert [i.error for i in items[:2]] == [None, None] and items[0].record["subject"] == "求购LED面板灯"
    assert "cut" in items[2].error


def test_a_cut_csv_and_a_bad_header_named_on_the_command_line_do_not_stop_the_run(tmp_path: Path, capsys, monkeypatch):
    from tests.cli_kit import run_cli

    cut = tmp_path / "half_gbk2.csv"
    cut.write_bytes(_cut_inside_last_character(GBK_ROWS))
    bad = tmp_path / "bad_header.csv"
    bad.write_bytes(b"title,Preis \x80,description\nx,y,z\n")
    mail = tmp_path / "good.eml"
    mail.write_bytes(b"From: a@b.example\r\nSubject: RFQ LED\r\nMessage-ID: <x1@b.example>\r\n\r\nPlease quote 500 pcs.\r\n")
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    code, out, err = run_cli(capsys, "triage", "--db", f"sqlite:///{tmp_path / 'z.db'}", "--offline",
                             "--format", "jsonl", "--no-progress", str(bad), str(cut), str(mail))
    assert code == 0, err
    results = [json.loads(line) for line in out.splitlines()]
    assert len(results) == 5, out  # the bad header's file, 3 rows (2 read, 1 cut), the mail
    assert sum(1 for r in results if not r.get("error")) == 3, out
    assert any("RFQ LED" in line for line in out.splitlines())
    assert "not UTF-8" not in out.split("half_gbk2")[-1]


def test_triage_reads_a_gbk_semicolon_export_end_to_end(tmp_path: Path, capsys, monkeypatch):
    from tests.cli_kit import run_cli

    config = tmp_path / "zh.toml"
    config.write_text('[csv.columns]\nsubject = "标题"\nbody = "详细描述"\nquantity = "数量"\ncountry = "国家"\n'
                      'unit = ""\n', encoding="utf-8")
    path = tmp_path / "rfq.csv"
    path.write_bytes("标题;详细描述;数量;国家\n求购LED面板灯;需要600x600 LED面板灯 请报价;500;越南\n".encode("gbk"))
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    code, out, err = run_cli(capsys, "triage", "--config", str(config), "--no-store", "--offline",
                             "--format", "jsonl", "--no-progress", str(path))
    assert code == 0, err
    (line,) = out.splitlines()
    result = json.loads(line)
    assert result.get("error") in (None, "") and "求购LED面板灯" in line, line


def test_the_new_reasons_are_said_in_chinese():
    from inquiry_triage.cli import _reason_words
    from inquiry_triage.sources import CSV_HEADER_CUT, CSV_HEADER_MIXED, CSV_ROW_CUT

    for reason in (CSV_ROW_CUT, CSV_HEADER_CUT, CSV_HEADER_MIXED):
        worded = _reason_words("zh", reason)
        assert worded != reason and "截断" in worded or "GBK/GB18030" in worded, worded
        assert "was it" not in worded and "bytes" not in worded
