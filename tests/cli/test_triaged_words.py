"""One Chinese word per thing in the catalogues (a newcomer saw `已评级 9 条` from `triage`, `已分拣 9`
from `status` and `分拣时` in a dismiss note; `已过期但处于暂缓中` beside 逾期 everywhere else; and
`已作为重复驳回` from dismiss beside `已作为重复询盘驳回` from genuine's refusal)."""

from __future__ import annotations

from pathlib import Path

LOCALE = Path(__file__).resolve().parents[2] / "inquiry_triage" / "web" / "locale"


def _msgstrs() -> str:
    return "\n".join(line for po in ("zh.po", "cli.zh.po")
                     for line in (LOCALE / po).read_text(encoding="utf-8").splitlines()
                     if line.startswith("msgstr") or line.startswith('"'))


def test_triaged_is_fen_jian_everywhere():
    text = _msgstrs()
    assert "已分拣" in text
    assert "评级" not in text.replace("等级", ""), [l for l in text.splitlines() if "已评级" in l]


def test_overdue_is_yu_qi_not_guo_qi():
    assert "已过期但" not in _msgstrs()


def test_one_wording_for_dismissed_as_duplicate():
    text = _msgstrs()
    assert "重复询盘驳回" not in text
    assert "已作为重复驳回" in text or "已作为%(kind)s驳回" in text
