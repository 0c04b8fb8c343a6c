"""Chinese country names in a record's country field and a web form's "国家：德国" (newcomer finding: a CSV
`country` cell 德国 gave no country while Germany / DE worked; the README said 国家：德国 was read): simplified
and traditional names of the common trading countries (data/country_names_zh.toml), the same lookup for both."""

from __future__ import annotations

import pytest

from inquiry_triage.checks.origin import form_country
from inquiry_triage.lookups import geo
from inquiry_triage.parsing.record import parse_record
from tests.factories import make_inquiry


@pytest.mark.parametrize("name, code", [
    ("德国", "DE"), ("德國", "DE"), ("美国", "US"), ("美國", "US"), ("英国", "GB"), ("英國", "GB"),
    ("法国", "FR"), ("意大利", "IT"), ("義大利", "IT"), ("西班牙", "ES"), ("俄罗斯", "RU"), ("俄羅斯", "RU"),
    ("巴西", "BR"), ("墨西哥", "MX"), ("印度", "IN"), ("日本", "JP"), ("韩国", "KR"), ("韓國", "KR"),
    ("越南", "VN"), ("泰国", "TH"), ("马来西亚", "MY"), ("馬來西亞", "MY"), ("印度尼西亚", "ID"), ("印尼", "ID"),
    ("阿联酋", "AE"), ("阿聯酋", "AE"), ("沙特阿拉伯", "SA"), ("沙烏地阿拉伯", "SA"), ("土耳其", "TR"),
    ("尼日利亚", "NG"), ("奈及利亞", "NG"), ("南非", "ZA"), ("澳大利亚", "AU"), ("澳洲", "AU"),
    ("荷兰", "NL"), ("荷蘭", "NL"), ("波兰", "PL"), ("波蘭", "PL"), ("中国", "CN"), ("香港", "HK"),
    (" 德国 ", "DE"), ("德 国", "DE"),
])
def test_chinese_country_names(name, code):
    assert geo.country_code(name) == code


@pytest.mark.parametrize("name", ["国", "德", "欧洲", "亚洲", "我们公司", "德国公司"])
def test_what_is_no_country_name_is_none(name):
    assert geo.country_code(name) == ""


@pytest.mark.parametrize("cell, code", [("德国", "DE"), ("德國", "DE"), ("Germany", "DE"), ("DE", "DE"),
                                        ("巴西", "BR")])
def test_a_record_country_cell_in_chinese(cell, code):
    item = parse_record({"subject": "LED panel", "body": "Need 500 pcs", "country": cell}, source="t.csv")
    assert item.declared_country == code


@pytest.mark.parametrize("line, code", [("国家：德国", "DE"), ("國家：德國", "DE"), ("国家/地区：巴西", "BR")])
def test_a_web_form_country_in_chinese(line, code):
    assert form_country(make_inquiry(body=f"Name: X\n{line}\nMessage: hi\n"))[0] == code
