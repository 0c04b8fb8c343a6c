"""A CSV row with more or fewer cells than the header, or with a quoted text that is never closed (it
swallows every line after it), is failed with a reason naming the row and the counts, its bytes kept,
like a broken JSONL line; before, `title,...\\nshort,row` became an RFQ "short" with a reply task. A
quoted description over several lines (real exports have them) is read as before."""

from __future__ import annotations

from pathlib import Path

from inquiry_triage.sources.files import open_inputs

HEADER = "title,description,quantity,unit,country\n"


def _items(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    path = tmp_path / "rfq.csv"
    path.write_text(text, encoding="utf-8")
    return list(open_inputs([path])), path


def test_a_short_row_fails_naming_the_counts(tmp_path: Path) -> None:
    (item,), path = _items(tmp_path, HEADER + "short,row\n")
    assert item.source == f"{path}:2" and item.kind == "record" and item.record is None
    assert item.error == "not a valid CSV row: row 2 has 2 cells, the header has 5"
    assert item.raw == b"short,row\n"


def test_a_long_row_fails_and_the_rows_around_it_are_read(tmp_path: Path) -> None:
    text = HEADER + "Valves,need valves,200,pcs,DE\nPipes,need pipes,10,m,FR,extra,more\nNuts,need nuts,5,kg,IT\n"
    (first, bad, last), path = _items(tmp_path, text)
    assert first.error is None and last.error is None and last.source == f"{path}:4"
    assert bad.error == "not a valid CSV row: row 3 has 7 cells, the header has 5"


def test_a_quote_not_closed_at_the_end_of_the_file_fails(tmp_path: Path) -> None:
    text = HEADER + 'Valves,need valves,200,pcs,"DE\nPipes,need pipes,10,m,FR\nNuts,need nuts,5,kg,IT\n'
    (item,), _ = _items(tmp_path, text)
    assert item.error == ("not a valid CSV row: row 2: the quoted text in column 5 is not closed and runs to "
                          "the end of the file (3 lines)")
    assert item.raw.startswith(b'Valves,need valves,200,pcs,"DE\n')


def test_a_quote_not_closed_that_swallows_lines_is_named(tmp_path: Path) -> None:
    text = HEADER + 'Valves,"need valves,200,pcs,DE\nPipes,need pipes,10,m,FR\nNuts,"need nuts",5,kg,IT\n'
    items, _ = _items(tmp_path, text)
    # 5 cells by chance: csv took the quote before "need nuts" as the closing one
    assert items[0].error == ("not a valid CSV row: row 2 runs over 3 lines and a quote in it is followed by text, "
                              "not a comma; is a quote not closed?")


def test_a_quote_not_closed_with_the_cells_miscounted_says_so(tmp_path: Path) -> None:
    text = HEADER + 'Valves,"need valves,200,pcs,DE\nPipes,need pipes,10,m,FR\nNuts,need nuts,5,"kg",IT\n'
    items, _ = _items(tmp_path, text)
    assert items[0].error == "not a valid CSV row: row 2 has 3 cells over 3 lines, the header has 5; is a quote not closed?"


def test_a_multi_line_quoted_description_is_read_as_before(tmp_path: Path) -> None:
    text = HEADER + 'Valves,"need valves:\n- 2"" brass, 200 pcs\n- 3"" steel",200,pcs,DE\nNuts,5" nuts,5,kg,IT\n'
    (first, second), _ = _items(tmp_path, text)
    assert first.error is None and first.record["extra"]["description"] == 'need valves:\n- 2" brass, 200 pcs\n- 3" steel'
    assert second.error is None and second.record["extra"]["title"] == "Nuts"


def test_a_multi_line_last_row_without_a_final_newline_is_read(tmp_path: Path) -> None:
    (item,), _ = _items(tmp_path, HEADER + 'Valves,"line one\nline two",200,pcs,DE')
    assert item.error is None and item.record["extra"]["description"] == "line one\nline two"


def test_the_reasons_are_said_in_chinese() -> None:
    from inquiry_triage.cli import _reason_words

    assert _reason_words("zh", "not a valid CSV row: row 2 has 2 cells, the header has 5") == \
        "不是有效的 CSV 行：第 2 行有 2 个单元格，表头有 5 个"
    assert _reason_words("zh", "not a valid CSV row: row 2 has 3 cells over 3 lines, the header has 5; "
                               "is a quote not closed?") == \
        "不是有效的 CSV 行：第 2 行跨 3 个物理行，有 3 个单元格，表头有 5 个；是否有引号没有闭合？"
    assert _reason_words("zh", "not a valid CSV row: row 2: the quoted text in column 5 is not closed and runs "
                               "to the end of the file (3 lines)") == \
        "不是有效的 CSV 行：第 2 行第 5 列的引号文字没有闭合，一直延续到文件末尾（3 行）"
    assert _reason_words("zh", "not a valid CSV row: row 2 runs over 3 lines and a quote in it is followed by text, "
                               "not a comma; is a quote not closed?") == \
        "不是有效的 CSV 行：第 2 行跨 3 个物理行，其中有个引号后面紧跟文字而不是逗号；是否有引号没有闭合？"
