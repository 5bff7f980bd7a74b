"""Provinces named together (issue 13, figure province): corpus tables of sentences written for
these tests (phrase in → the province the figure carries), and negative rows where a single
province must stay.

Dev README: "A figure stated for several provinces together is one entry with province null";
in a "lần lượt" row each figure takes the province of its turn.
"""

from __future__ import annotations

from typing import Any

import pytest

from vnextract.components.indicators import extract_indicators
from vnextract.document import Document
from vnextract.pipeline import component_chain
from vnextract.resolve.figure_places import together_groups

_PROVINCES = component_chain("provinces", "places", "focus", "titles", "names")


def _run(text: str) -> list[dict[str, Any]]:
    doc = Document(text)
    _PROVINCES(doc)
    return [i.to_dict() for i in extract_indicators(doc)]


def _find(got: list[dict[str, Any]], value: float, unit: str) -> dict[str, Any]:
    for g in got:
        if g["unit"] == unit and abs(float(g["value"]) - value) <= 1e-6 * max(1.0, abs(value)):
            return g
    raise AssertionError(f"no indicator {value} {unit} in {got}")


# (text, value, unit, province the figure must carry)
TOGETHER = [
    # a price quoted for two cities at once
    ("Giá vàng miếng tại Hà Nội và TP.HCM sáng nay được niêm yết ở mức 82,5 triệu đồng/lượng.",
     82.5e6, "VND/tael", None),
    # a count of projects in two provinces
    ("Năm nay có 120 dự án FDI tại Long An và Bình Dương.", 120, "project", None),
    # savings of a list of provinces in brackets
    ("Quốc hội cho ý kiến về vốn xây phòng học\nChính phủ đề nghị giữ lại phần vốn chưa giao. "
     "Khoản 15,2 tỷ đồng là vốn còn dư của 3 tỉnh (Lai Châu, Điện Biên, Sơn La) sẽ được điều "
     "chuyển.", 15.2e9, "VND", None),
    # "lần lượt": each price takes the city of its turn
    ("Giá bán ra lần lượt là 61,3 và 61,1 triệu đồng/lượng ở Hà Nội và TP.HCM.",
     61.1e6, "VND/tael", "Hồ Chí Minh"),
    # a list in an earlier sentence of a national article gives the next figures no province
    # the world market named after the last province of an article about no one province
    ("Giá vàng hôm nay\nThị trường vàng trong nước biến động nhẹ. Giá vàng SJC ở TP.HCM tăng "
     "50.000 đồng/lượng. Trên thị trường thế giới, vàng giao ngay giảm nhẹ. Đến sáng nay, giá còn "
     "2.310 USD/ounce.", 2310, "USD/ounce", None),
    ("Đề án đấu giá biển số được bàn lại từ năm ngoái. Bình Thuận, Nghệ An là hai địa phương đã "
     "làm thử. Một biển số đẹp có thể được trả tới 700 triệu đồng.", 7e8, "VND", None),
]

# a single province stays the figure's
SINGLE = [
    # the province is alone
    ("Giá vàng miếng tại Hà Nội sáng nay được niêm yết ở mức 82,5 triệu đồng/lượng.",
     82.5e6, "VND/tael", "Hà Nội"),
    # each province with a figure of its own in brackets is a row, not a group
    ("Tăng trưởng GRDP quý I của Hà Nam (8,9%) và Ninh Bình (7,2%) đều cao hơn bình quân.",
     7.2, "%", "Ninh Bình"),
    # a province list after the figure's sentence in an article about one province: the focus
    ("Bắc Giang: vụ vải thiều thắng lợi\nNăm nay tỉnh Bắc Giang thu hoạch khoảng 180.000 tấn vải "
     "thiều. Phần lớn được tiêu thụ tại Hà Nội, TP.HCM và các tỉnh phía Nam. Tổng doanh thu từ "
     "vải thiều ước đạt 6.200 tỷ đồng.", 6.2e12, "VND", "Bắc Giang"),
    # the two ends of a road are no group of owners
    ("Dự án đường nối giữa Thái Bình và Hải Phòng có tổng vốn 3.100 tỷ đồng.",
     3.1e12, "VND", "Hải Phòng"),
    # two provinces whose figures stand apart
    ("Tỉnh Hà Tĩnh được cấp 560 tỷ đồng, tỉnh Quảng Bình nhận 760 tỷ đồng.",
     7.6e11, "VND", "Quảng Bình"),
]


@pytest.mark.parametrize("text,value,unit,province", TOGETHER + SINGLE)
def test_provinces_named_together(text: str, value: float, unit: str,
                                  province: str | None) -> None:
    assert _find(_run(text), value, unit)["province"] == province


class _Mention:
    def __init__(self, name: str, start: int, end: int) -> None:
        self.data = {"name": name}
        self.nstart, self.nend = start, end


def _mentions(text: str, names: list[str]) -> list[_Mention]:
    out, pos = [], 0
    for n in names:
        i = text.index(n, pos)
        out.append(_Mention(n, i, i + len(n)))
        pos = i + len(n)
    return out


# (text, provinces in order, runs expected)
RUNS = [
    ("ở Hà Nội và TP.HCM", ["Hà Nội", "TP.HCM"], [(0, 1), (0, 1)]),
    ("tại Long An, Bình Dương, Đồng Nai", ["Long An", "Bình Dương", "Đồng Nai"],
     [(0, 2), (0, 2), (0, 2)]),
    # a figure between them: no run
    ("Hà Nam (8,9%) và Ninh Bình", ["Hà Nam", "Ninh Bình"], [(0, 0), (1, 1)]),
    # the same province twice: no run
    ("Hà Nội và TP Hà Nội", ["Hà Nội", "Hà Nội"], [(0, 0), (1, 1)]),
    ("nối giữa Hà Nam và Hà Nội", ["Hà Nam", "Hà Nội"], [(0, 0), (1, 1)]),
]


@pytest.mark.parametrize("text,names,want", RUNS)
def test_together_runs(text: str, names: list[str], want: list[tuple[int, int]]) -> None:
    assert together_groups(text, _mentions(text, names)) == want
