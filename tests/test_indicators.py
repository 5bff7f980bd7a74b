"""Indicators: corpus tables of news-style sentences (written for these tests) → expected records.

Each case runs the provinces component and then the indicators component on a bare Document
(no tokenizer needed: the component splits sentences itself when ``doc.sentences`` is empty).
Expected indicator names are checked by word overlap ≥ 0.5, the way the scorer checks them.
"""

from __future__ import annotations

from typing import Any

import pytest

from vnextract.components.indicators import IndicatorsComponent, extract_indicators
from vnextract.components.indicators.model import _Entry, _last_in, _value_keys
from vnextract.components.numbers import NumbersComponent
from vnextract.components.periods import PeriodsComponent
from vnextract.document import Document
from vnextract.pipeline import component_chain
from vnextract.resolve.figures import resolve as resolve_figures

_PROVINCES = component_chain("provinces", "places", "focus")


def _run(text: str) -> list[dict[str, Any]]:
    doc = Document(text)
    _PROVINCES(doc)
    return [i.to_dict() for i in extract_indicators(doc)]


def _overlap(a: str, b: str) -> float:
    sa, sb = set(a.lower().split()), set(b.lower().split())
    return len(sa & sb) / len(sa | sb)


def _find(got: list[dict[str, Any]], value: float, unit: str) -> dict[str, Any]:
    for g in got:
        if g["unit"] == unit and abs(float(g["value"]) - value) <= 1e-6 * max(1.0, abs(value)):
            return g
    raise AssertionError(f"no indicator {value} {unit} in {got}")


def _check(got: dict[str, Any], want: dict[str, Any]) -> None:
    for key, expected in want.items():
        if key == "indicator":
            assert _overlap(got["indicator"], expected) >= 0.5, (got["indicator"], expected)
        else:
            assert got[key] == expected, (key, got[key], expected)


# --------------------------------------------------------------------------------------------
# level, change and share in one entry

LEVELS = [
    (
        "Trong 6 tháng đầu năm 2023, tổng thu ngân sách nhà nước trên địa bàn tỉnh Quảng Ninh ước "
        "đạt 25.120 tỷ đồng, bằng 52% dự toán, giảm 3,2% so với cùng kỳ.",
        25.12e12, "VND",
        {"indicator": "tổng thu ngân sách nhà nước", "qualifier": "exact", "change_pct": -3.2,
         "basis": "same period last year", "share_pct": 52.0, "share_of": "budget estimate",
         "period": "2023-01/2023-06", "province": "Quảng Ninh"},
    ),
    (
        "Năm 2022, kim ngạch xuất khẩu của tỉnh Bình Dương đạt 32,5 tỷ USD, tăng 8,1% so với năm "
        "2021.",
        32.5e9, "USD",
        {"indicator": "kim ngạch xuất khẩu", "change_pct": 8.1, "basis": "previous year",
         "period": "2022", "province": "Bình Dương"},
    ),
    (
        "Quý II/2024, giá trị sản xuất nông nghiệp của tỉnh Sóc Trăng ước đạt gần 9.800 tỷ đồng, "
        "tương đương 48,5% kế hoạch năm.",
        9.8e12, "VND",
        {"indicator": "giá trị sản xuất nông nghiệp", "qualifier": "nearly", "share_pct": 48.5,
         "share_of": "plan", "period": "2024-04/2024-06", "change_pct": None},
    ),
    (
        "Tháng 3/2025, kim ngạch xuất khẩu của TP.HCM ước đạt 4,1 tỷ USD, tăng 5,2% so với tháng "
        "trước.",
        4.1e9, "USD",
        {"change_pct": 5.2, "basis": "previous month", "period": "2025-03",
         "province": "Hồ Chí Minh"},
    ),
    (
        "Năm 2023, Hà Tĩnh đón 3,2 triệu lượt khách du lịch, gấp 2,5 lần so với năm trước.",
        3.2e6, "visitor",
        {"indicator": "lượt khách du lịch", "change_pct": 150.0, "basis": "previous year",
         "period": "2023", "province": "Hà Tĩnh"},
    ),
    (
        "Trong tháng 8/2024, tỉnh có 420.000 lượt khách quốc tế (tăng 31%), nhiều hơn 9% so với "
        "tháng 8/2023.",
        420_000, "visitor",
        {"indicator": "lượt khách quốc tế", "change_pct": 31.0, "basis": "same period last year",
         "period": "2024-08"},
    ),
]


@pytest.mark.parametrize("text,value,unit,want", LEVELS)
def test_level_with_change_and_share(text: str, value: float, unit: str, want: dict) -> None:
    _check(_find(_run(text), value, unit), want)


# --------------------------------------------------------------------------------------------
# growth rates, standalone percentages and shares

RATES = [
    (
        "Năm 2024, GRDP của tỉnh Bắc Giang tăng 13,85%, đưa quy mô nền kinh tế lên 205.000 tỷ đồng.",
        [(13.85, "%", {"indicator": "tốc độ tăng trưởng GRDP", "change_pct": None,
                       "basis": None, "period": "2024", "province": "Bắc Giang"}),
         (205e12, "VND", {"indicator": "quy mô nền kinh tế", "change_pct": None})],
    ),
    (
        "Tháng 9/2024, chỉ số sản xuất công nghiệp (IIP) của Hải Phòng tăng 15,6% so với cùng kỳ.",
        [(15.6, "%", {"indicator": "chỉ số sản xuất công nghiệp (IIP)", "change_pct": None,
                      "basis": "same period last year", "period": "2024-09",
                      "province": "Hải Phòng"})],
    ),
    (
        "Trong quý I/2025, sản lượng thủy sản của tỉnh Cà Mau đạt 145.000 tấn, trong đó tôm chiếm "
        "59% tổng sản lượng.",
        [(145_000, "tonne", {"indicator": "sản lượng thủy sản", "share_pct": None,
                             "period": "2025-01/2025-03"}),
         (59, "%", {"share_pct": None, "share_of": None})],
    ),
    (
        "Năm 2021, tỉnh Nam Định đã cung cấp 98% thủ tục hành chính trực tuyến toàn trình.",
        [(98, "%", {"indicator": "thủ tục hành chính trực tuyến toàn trình", "period": "2021"})],
    ),
    (
        "Đến hết ngày 20/11/2024, tỉnh Phú Thọ đã giải ngân 71,4% kế hoạch vốn.",
        [(71.4, "%", {"period": "2024-01/2024-11", "province": "Phú Thọ"})],
    ),
]


@pytest.mark.parametrize("text,expected", RATES)
def test_rates_and_shares(text: str, expected: list) -> None:
    got = _run(text)
    for value, unit, want in expected:
        _check(_find(got, value, unit), want)


# --------------------------------------------------------------------------------------------
# rankings

RANKS = [
    ("Chỉ số PCI năm 2023 của Đà Nẵng đạt 70,5 điểm, xếp thứ 3/63 tỉnh, thành phố.",
     3, 63, {"indicator": "xếp hạng PCI", "period": "2023", "province": "Đà Nẵng"}),
    ("Về chỉ số PAPI năm 2023, Long An đứng thứ 10 cả nước.",
     10, None, {"indicator": "xếp hạng chỉ số PAPI", "province": "Long An"}),
    ("Năm 2024, tỉnh Quảng Ngãi xếp thứ 15/63 về tốc độ tăng trưởng kinh tế.",
     15, 63, {"indicator": "xếp hạng tốc độ tăng trưởng kinh tế", "period": "2024"}),
]


@pytest.mark.parametrize("text,value,of,want", RANKS)
def test_rankings(text: str, value: int, of: int | None, want: dict) -> None:
    got = _find(_run(text), value, "rank")
    assert got["of"] == of
    _check(got, want)


def test_ranking_list_carries_name_and_province() -> None:
    text = (
        "Nửa đầu năm 2024, về tốc độ tăng GRDP, tỉnh Bình Định đứng thứ 20/63. "
        "Các tỉnh lân cận xếp sau: Phú Yên ở vị trí 41/63, Quảng Ngãi 52/63."
    )
    got = _run(text)
    for value, prov in ((20, "Bình Định"), (41, "Phú Yên"), (52, "Quảng Ngãi")):
        g = _find(got, value, "rank")
        assert g["of"] == 63 and g["province"] == prov
        assert _overlap(g["indicator"], "xếp hạng tốc độ tăng GRDP") >= 0.5
        assert g["period"] == "2024-01/2024-06"


NOT_RANKS = [
    "Đây là năm thứ hai liên tiếp tỉnh Hòa Bình thu ngân sách vượt dự toán.",
    "HĐND tỉnh Tuyên Quang khai mạc kỳ họp thứ 12.",
    "Năm 2023, tỉnh Yên Bái tăng 12 bậc trên bảng xếp hạng và dẫn đầu khu vực.",
]


@pytest.mark.parametrize("text", NOT_RANKS)
def test_not_rankings(text: str) -> None:
    assert [g for g in _run(text) if g["unit"] == "rank"] == []


# --------------------------------------------------------------------------------------------
# numbers that are not indicators

NOT_INDICATORS = [
    "Dịp này, Phó Chủ tịch nước tặng Đồn 50 triệu đồng và 300 suất quà, mỗi suất trị giá 1 triệu đồng.",
    "Nhân dịp này, thành phố Hà Nội trao tặng tỉnh Lào Cai 20 tỷ đồng xây nhà cho hộ nghèo.",
    "Hội nghị biểu quyết thông qua báo cáo nhiệm vụ 9 tháng với 100% ủy viên có mặt tán thành.",
    "Năm nay hợp tác xã đã ký hợp đồng bao tiêu cho một doanh nghiệp xuất khẩu sang Nhật Bản.",
    "Tỉnh hỗ trợ 500 hộ nghèo xây nhà.",
    "Với 52/52 đại biểu có mặt tán thành (đạt 100%), HĐND tỉnh đã thông qua nghị quyết.",
    "Ông Nguyễn Văn An sinh năm 1968, quê huyện Yên Thành, tỉnh Nghệ An.",
    "Theo Nghị định 123/2020/NĐ-CP và Quyết định số 1169/QĐ-TTg, tỉnh triển khai cấp độ 4.",
    "Dự hội nghị có 45 đại biểu đại diện cho 13 địa phương trong vùng.",
    "Tỉnh Kon Tum có dân số khoảng 580.000 người, diện tích tự nhiên 9.674 km2.",
    "Hoạt động nhân kỷ niệm 70 năm Chiến thắng Điện Biên Phủ diễn ra tại tỉnh Điện Biên.",
    "Thỏa thuận gồm 6 nhóm nội dung, do 3 bộ và UBND tỉnh Cao Bằng ký.",
]


@pytest.mark.parametrize("text", NOT_INDICATORS)
def test_not_indicators(text: str) -> None:
    assert _run(text) == []


# --------------------------------------------------------------------------------------------
# period, basis and province context

def test_period_carries_and_basis_does_not() -> None:
    text = (
        "Trong 9 tháng năm 2024, doanh thu du lịch của tỉnh Quảng Bình đạt 5.200 tỷ đồng, tăng 18% "
        "so với cùng kỳ. Lượng khách lưu trú đạt 2,1 triệu lượt, tăng 9%."
    )
    got = _run(text)
    first = _find(got, 5.2e12, "VND")
    second = _find(got, 2.1e6, "visitor")
    assert first["period"] == second["period"] == "2024-01/2024-09"
    assert first["basis"] == "same period last year"
    assert second["change_pct"] == 9.0 and second["basis"] is None


def test_paragraph_initial_basis() -> None:
    text = (
        "So với cùng kỳ năm trước, nhóm nông sản tăng mạnh. "
        "Xuất khẩu gạo của tỉnh Kiên Giang thu về 410 triệu USD, tăng 22%."
    )
    g = _find(_run(text), 410e6, "USD")
    assert g["basis"] == "same period last year" and g["change_pct"] == 22.0


def test_national_figure_has_no_province() -> None:
    text = (
        "Tính đến ngày 30/9/2025, cả nước giải ngân 520.000 tỷ đồng, bằng 58% kế hoạch. "
        "Riêng tỉnh Hà Nam giải ngân 2.100 tỷ đồng."
    )
    got = _run(text)
    assert _find(got, 520e12, "VND")["province"] is None
    assert _find(got, 520e12, "VND")["period"] == "2025-01/2025-09"
    assert _find(got, 2.1e12, "VND")["province"] == "Hà Nam"


def test_stock_has_no_period() -> None:
    text = "Năm 2023, tỉnh Bắc Ninh thu hút 4 tỷ USD. Hiện tỉnh có 1.900 dự án FDI còn hiệu lực."
    assert _find(_run(text), 1900, "project")["period"] is None


def test_second_currency_is_its_own_entry() -> None:
    text = (
        "Năm 2024, thu nhập bình quân đầu người của tỉnh Bình Dương đạt 350 triệu đồng, tương "
        "đương hơn 14.000 USD."
    )
    got = _run(text)
    usd = _find(got, 14_000, "USD")
    assert usd["qualifier"] == "over"
    assert _overlap(usd["indicator"], _find(got, 350e6, "VND")["indicator"]) >= 0.5


def test_title_figure_listed_once() -> None:
    text = (
        "Lạng Sơn thu ngân sách hơn 7.000 tỷ đồng năm 2024\n\n"
        "Năm 2024, tổng thu ngân sách nhà nước trên địa bàn tỉnh Lạng Sơn đạt hơn 7.000 tỷ đồng, "
        "bằng 112% dự toán."
    )
    got = [g for g in _run(text) if g["unit"] == "VND"]
    assert len(got) == 1
    assert got[0]["share_pct"] == 112.0 and got[0]["period"] == "2024"


@pytest.mark.parametrize(
    "text,value,unit,qualifier",
    [
        ("Năm 2022, tỉnh Hưng Yên thu hút trên 1,2 tỷ USD vốn FDI.", 1.2e9, "USD", "over"),
        ("Năm 2022, tỉnh Hưng Yên có gần 900 dự án.", 900, "project", "nearly"),
        ("Năm 2022, tỉnh Hưng Yên có khoảng 5.000 doanh nghiệp.", 5000, "enterprise", "about"),
        ("Năm 2022, vốn đăng ký mới của tỉnh Hưng Yên ước tính 300 triệu USD.", 300e6, "USD",
         "exact"),
    ],
)
def test_qualifiers(text: str, value: float, unit: str, qualifier: str) -> None:
    assert _find(_run(text), value, unit)["qualifier"] == qualifier


def _figures(doc: Document) -> Document:
    """The indicators component collects the figures; the resolve stage links them."""
    return resolve_figures(IndicatorsComponent()(doc))


def test_component_collects_and_resolve_links() -> None:
    doc = Document("Quý 1/2022, tỉnh Thái Nguyên thu ngân sách trên 4.100 tỷ đồng.")
    _PROVINCES(doc)
    IndicatorsComponent()(doc)
    assert doc.indicators == [] and "figures" in doc.pending
    resolve_figures(doc)
    assert "figures" not in doc.pending
    assert [(i.value, i.period, i.province) for i in doc.indicators] == [
        (4.1e12, "2022-01/2022-03", "Thái Nguyên")]


def test_component_fills_doc_and_spans() -> None:
    text = "Quý 1/2022, tỉnh Thái Nguyên thu ngân sách trên 4.100 tỷ đồng."
    doc = Document(text)
    _PROVINCES(doc)
    _figures(doc)
    assert len(doc.indicators) == 1
    ind = doc.indicators[0]
    assert doc.text[ind.start : ind.end] == ind.text == "trên 4.100 tỷ đồng"
    assert ind.period == "2022-01/2022-03" and ind.province == "Thái Nguyên"
    assert [s.text for s in doc.spans["indicators"]] == ["trên 4.100 tỷ đồng"]


def test_offsets_map_back_for_decomposed_text() -> None:
    import unicodedata

    text = unicodedata.normalize("NFD", "Năm 2023, tỉnh Hoà Bình thu ngân sách đạt 5.000 tỷ đồng.")
    doc = Document(text)
    _PROVINCES(doc)
    _figures(doc)
    ind = doc.indicators[0]
    assert doc.text[ind.start : ind.end] == ind.text
    assert unicodedata.normalize("NFC", ind.text) == "5.000 tỷ đồng"


# --------------------------------------------------------------------------------------------
# noun phrases: anaphors, comparisons, attributes, word pairs, derived count and capital names

NAMES = [
    # an anaphor ("con số này") takes the name of the figure it points back to
    (
        "Năm 2023, kim ngạch xuất khẩu của tỉnh Long An đạt 7,5 tỷ USD, tăng 4% so với năm trước. "
        "Trong 4 tháng đầu năm 2024, con số này đạt 2,6 tỷ USD, tăng 9% so với cùng kỳ.",
        2.6e9, "USD",
        {"indicator": "kim ngạch xuất khẩu", "period": "2024-01/2024-04", "change_pct": 9.0,
         "basis": "same period last year", "province": "Long An"},
    ),
    # a province that qualifies a noun is part of the name; "tại <tỉnh>" places the figure
    (
        "Hiện các doanh nghiệp Hà Nội có 40 dự án tại tỉnh Hòa Bình, tổng vốn đăng ký khoảng "
        "6.000 tỷ đồng.",
        40, "project",
        {"indicator": "số dự án của doanh nghiệp Hà Nội", "province": "Hòa Bình", "period": None},
    ),
    (
        "Hiện các doanh nghiệp Hà Nội có 40 dự án tại tỉnh Hòa Bình, tổng vốn đăng ký khoảng "
        "6.000 tỷ đồng.",
        6e12, "VND",
        {"indicator": "tổng vốn đăng ký của doanh nghiệp Hà Nội", "province": "Hòa Bình",
         "qualifier": "about"},
    ),
    (
        "Năm 2023, giá trị nông sản của Lâm Đồng tiêu thụ tại thị trường Hà Nội đạt 9.200 tỷ đồng.",
        9.2e12, "VND",
        {"indicator": "giá trị nông sản tiêu thụ tại thị trường Hà Nội", "province": "Lâm Đồng"},
    ),
    # a word pair is not cut at its second syllable ("sầu riêng", "trong nước")
    (
        "Năm 2024, toàn tỉnh Đắk Lắk có khoảng 38.000 ha sầu riêng đang cho thu hoạch.",
        38_000, "ha",
        {"indicator": "diện tích sầu riêng", "qualifier": "about", "province": "Đắk Lắk"},
    ),
    (
        "Tháng 5/2024, lượng khách trong nước đến tỉnh Quảng Bình đạt 450.000 lượt, tăng 12% so "
        "với tháng trước.",
        450_000, "visitor",
        {"indicator": "lượt khách trong nước đến Quảng Bình", "basis": "previous month", "period": "2024-05"},
    ),
    # a count named by the verb phrase before it
    (
        "Trong quý III/2024, tỉnh Nghệ An cấp giấy chứng nhận đầu tư cho 14 dự án với tổng vốn "
        "đăng ký 5.300 tỷ đồng.",
        14, "project",
        {"indicator": "số dự án cấp giấy chứng nhận đầu tư", "period": "2024-07/2024-09"},
    ),
    (
        "Trong quý III/2024, tỉnh Nghệ An cấp giấy chứng nhận đầu tư cho 14 dự án với tổng vốn "
        "đăng ký 5.300 tỷ đồng.",
        5.3e12, "VND",
        {"indicator": "tổng vốn đăng ký", "period": "2024-07/2024-09"},
    ),
    # the capital of new projects / enterprises names what it belongs to
    (
        "Quý I/2024, tỉnh Thanh Hóa có 310 doanh nghiệp thành lập mới với tổng vốn đăng ký 3.200 "
        "tỷ đồng.",
        3.2e12, "VND",
        {"indicator": "vốn đăng ký doanh nghiệp thành lập mới", "province": "Thanh Hóa"},
    ),
    (
        "Năm 2024, tỉnh Hải Dương cấp mới 60 dự án FDI với tổng vốn đăng ký 850 triệu USD.",
        850e6, "USD",
        {"indicator": "tổng vốn đăng ký FDI", "period": "2024"},
    ),
    (
        "Năm 2024, tỉnh Hải Dương cấp mới 60 dự án FDI với tổng vốn đăng ký 850 triệu USD.",
        60, "project",
        {"indicator": "số dự án FDI cấp mới", "period": "2024"},
    ),
    # "lượt dự án" counts projects; "số vốn tăng thêm" keeps its verb
    (
        "Trong 6 tháng đầu năm 2024, tỉnh Đồng Nai có 85 lượt dự án điều chỉnh tăng vốn với số "
        "vốn tăng thêm 420 triệu USD.",
        85, "project",
        {"indicator": "lượt dự án điều chỉnh tăng vốn", "period": "2024-01/2024-06"},
    ),
    (
        "Trong 6 tháng đầu năm 2024, tỉnh Đồng Nai có 85 lượt dự án điều chỉnh tăng vốn với số "
        "vốn tăng thêm 420 triệu USD.",
        420e6, "USD",
        {"indicator": "vốn tăng thêm", "period": "2024-01/2024-06"},
    ),
    # "trị giá" links a name to its figure; a standard compound keeps its comma
    (
        "Năm 2023, nhà đầu tư nước ngoài góp vốn, mua cổ phần trị giá khoảng 300 triệu USD vào "
        "doanh nghiệp của tỉnh Bắc Ninh.",
        300e6, "USD",
        {"indicator": "góp vốn, mua cổ phần", "qualifier": "about"},
    ),
    # a subject that is itself a measure does not own the next figure
    (
        "Năm 2024, diện tích gieo trồng ngô của tỉnh Sơn La đạt 150.000 ha, sản lượng khoảng "
        "700.000 tấn.",
        700_000, "tonne",
        {"indicator": "sản lượng ngô", "qualifier": "about", "period": "2024"},
    ),
    # "X là … với N": the figure measures X
    (
        "Năm 2023, Sa Pa tiếp tục là điểm đến hàng đầu của tỉnh Lào Cai với 4,2 triệu lượt khách.",
        4.2e6, "visitor",
        {"indicator": "lượt khách của Sa Pa", "period": "2023", "province": "Lào Cai"},
    ),
    # a share with no level: "chiếm X%" is the share of the subject in the whole
    (
        "Năm 2023, ngành thủy sản chiếm 32% giá trị sản xuất nông nghiệp của tỉnh Cà Mau.",
        32, "%",
        {"indicator": "tỷ trọng thủy sản trong giá trị sản xuất nông nghiệp", "share_pct": None,
         "share_of": None, "province": "Cà Mau"},
    ),
    (
        "Năm 2024, tỉnh Sơn La thu hoạch 90.000 tấn xoài, trong đó khoảng 40% dành cho xuất khẩu.",
        40, "%",
        {"indicator": "tỷ lệ dành cho xuất khẩu", "qualifier": "about"},
    ),
    # a bare index abbreviation takes the long form the article gave it
    (
        "Chín tháng năm 2024, chỉ số sản xuất công nghiệp (IIP) của tỉnh Bắc Giang tăng 20,5% so "
        "với cùng kỳ. Riêng tháng 9/2024, IIP tăng 3,2% so với tháng trước.",
        3.2, "%",
        {"indicator": "chỉ số sản xuất công nghiệp (IIP)", "basis": "previous month",
         "period": "2024-09"},
    ),
    # a time adverbial between the noun phrase and its verb is not part of the name
    (
        "Năm 2024, vốn FDI thực hiện trong cùng thời gian chỉ đạt 300 triệu USD.",
        3e8, "USD", {"indicator": "vốn FDI thực hiện", "period": "2024"},
    ),
    (
        "Năm 2023, doanh thu du lịch trong 9 tháng qua ước đạt 3.200 tỷ đồng.",
        3.2e12, "VND", {"indicator": "doanh thu du lịch"},
    ),
    (
        "Năm 2024, thu ngân sách trong năm nay ước đạt 5.000 tỷ đồng.",
        5e12, "VND", {"indicator": "thu ngân sách", "period": "2024"},
    ),
    (
        "Chỉ số giá tiêu dùng (CPI) tháng 3 tăng 0,35% so với tháng trước.",
        0.35, "%", {"indicator": "Chỉ số giá tiêu dùng (CPI)", "basis": "previous month"},
    ),
    (
        "Năm 2024, tổng vốn đầu tư toàn xã hội trong 6 tháng đầu năm ước đạt 12.300 tỷ đồng.",
        1.23e13, "VND", {"indicator": "tổng vốn đầu tư toàn xã hội",
                         "period": "2024-01/2024-06"},
    ),
    # "giá trị …" is not a price ("giá …" growth is a price index)
    (
        "Giá trị sản xuất nông nghiệp quý III/2024 tăng 3,1%.",
        3.1, "%", {"indicator": "giá trị sản xuất nông nghiệp", "period": "2024-07/2024-09"},
    ),
    # a bare "kim ngạch" takes the export named before it in the sentence
    (
        "Năm 2024, doanh nghiệp trên địa bàn đã xuất khẩu khoảng 1,15 triệu tấn gạo, kim ngạch "
        "đạt 742 triệu USD, tăng 24,6% so với cùng kỳ.",
        7.42e8, "USD", {"indicator": "kim ngạch xuất khẩu gạo", "change_pct": 24.6,
                        "basis": "same period last year"},
    ),
    # visitors counted after the noun: "khách quốc tế đạt 1,3 triệu lượt"
    (
        "Quý I/2024, khách quốc tế đạt khoảng 1,3 triệu lượt, gấp 1,5 lần cùng kỳ.",
        1.3e6, "visitor", {"indicator": "lượt khách quốc tế", "qualifier": "about",
                           "change_pct": 50.0, "basis": "same period last year"},
    ),
    # "tăng mạnh nhất với 1,2% do …": the verb chain and the cause are not the name; a price
    # report makes a goods group a price index; a sentence-initial basis applies
    (
        "CPI tháng 10/2024 tăng 0,35%. So với tháng trước, nhóm nhà ở và vật liệu xây dựng tăng "
        "mạnh nhất với 1,2% do giá điện sinh hoạt được điều chỉnh.",
        1.2, "%", {"indicator": "chỉ số giá nhóm nhà ở và vật liệu xây dựng",
                   "basis": "previous month"},
    ),
    # a bracketed qualifier between the phrase and its verb is not the name
    (
        "Năm 2024, giá trị sản xuất công nghiệp (theo giá so sánh 2010) ước đạt 96.254,7 tỷ "
        "đồng, tăng 15,6%.",
        9.62547e13, "VND", {"indicator": "giá trị sản xuất công nghiệp", "change_pct": 15.6},
    ),
    # a superlative names the thing measured
    (
        "Trong 3 tháng đầu năm 2024, Bắc Ninh là địa phương thu hút nhiều vốn FDI nhất với 1,53 "
        "tỷ USD, chiếm 24,8% tổng vốn đăng ký.",
        1.53e9, "USD", {"indicator": "vốn FDI", "province": "Bắc Ninh", "share_pct": 24.8,
                        "share_of": "total", "period": "2024-01/2024-03"},
    ),
    # the money an export tonnage brings in is the export's value
    (
        "6 tháng đầu năm 2024, cả nước xuất khẩu khoảng 4,68 triệu tấn gạo, thu về gần 2,98 tỷ "
        "đô la Mỹ, tăng 32,2% so với cùng kỳ.",
        2.98e9, "USD", {"indicator": "kim ngạch xuất khẩu gạo", "qualifier": "nearly",
                        "change_pct": 32.2},
    ),
    # the index named after the points
    (
        "Năm 2023, tỉnh láng giềng Đồng Tháp đạt 68,9 điểm PCI, xếp thứ 12/63.",
        68.9, "point", {"indicator": "điểm PCI", "province": "Đồng Tháp"},
    ),
    # business households and investors are counted
    (
        "Năm 2025, toàn tỉnh có 2.725 hộ kinh doanh đã đăng ký sử dụng hóa đơn điện tử.",
        2725, "household", {"indicator": "số hộ kinh doanh đã đăng ký sử dụng hóa đơn điện tử"},
    ),
    (
        "Tại hội nghị tháng 11/2022, UBND tỉnh ký biên bản ghi nhớ đầu tư với 6 nhà đầu tư.",
        6, "investor", {},
    ),
    # "Với mức tăng này, … đứng thứ 31/63": the rank of the figure before
    (
        "9 tháng năm 2024, tốc độ tăng trưởng GRDP của Hà Tĩnh ước đạt 7,02%. Với mức tăng này, "
        "Hà Tĩnh đứng thứ 31/63 tỉnh, thành phố.",
        31, "rank", {"indicator": "xếp hạng tốc độ tăng trưởng GRDP", "of": 63,
                     "province": "Hà Tĩnh"},
    ),
    # "lượng khách … đạt N lượt" counts visitor arrivals
    (
        "Riêng tháng 6/2024, lượng khách quốc tế đến thành phố đạt khoảng 520.000 lượt, tăng 3,2% "
        "so với tháng trước.",
        520000, "visitor", {"indicator": "lượt khách quốc tế đến thành phố", "period": "2024-06",
                            "basis": "previous month", "change_pct": 3.2},
    ),
    # workers given jobs
    (
        "Năm 2023, các dự án này dự kiến tạo việc làm cho khoảng 9.500 lao động.",
        9500, "person", {"indicator": "số lao động được tạo việc làm", "qualifier": "about"},
    ),
    # a second target of the same figure is not a figure; the change after it still attaches
    (
        "Năm 2023 tổng thu ngân sách nhà nước trên địa bàn tỉnh ước đạt 30.512 tỷ đồng, đạt 112% "
        "dự toán Trung ương giao, 98% dự toán HĐND tỉnh giao, giảm 5,3% so với cùng kỳ.",
        3.0512e13, "VND", {"share_pct": 112.0, "share_of": "budget estimate", "change_pct": -5.3,
                           "basis": "same period last year"},
    ),
    # "mới bằng 43% dự toán"
    (
        "Năm 2023, thu tiền sử dụng đất ước đạt 2.150 tỷ đồng, mới bằng 43% dự toán, giảm 38,5% so "
        "với năm trước.",
        2.15e12, "VND", {"indicator": "thu tiền sử dụng đất", "share_pct": 43.0,
                         "share_of": "budget estimate", "change_pct": -38.5,
                         "basis": "previous year"},
    ),
    # "chiếm 72,2%." with nothing after it: of the total
    (
        "Năm 2024, khu vực có vốn đầu tư nước ngoài (kể cả dầu thô) xuất khẩu 209,87 tỷ USD, tăng "
        "13,2%, chiếm 72,2%.",
        2.0987e11, "USD", {"share_pct": 72.2, "share_of": "total", "change_pct": 13.2},
    ),
    # a price per kilogram keeps its change
    (
        "Tháng 9/2024, giá tôm thẻ ở mức 92.000 đồng/kg, giảm 5% so với cùng kỳ.",
        92000, "VND/kg", {"change_pct": -5.0, "basis": "same period last year", "period": "2024-09"},
    ),
    # a span of days across two months, and the basis "so với dịp lễ năm trước"
    (
        "Trong 5 ngày nghỉ lễ 30/4 - 1/5/2024, sân bay Phú Quốc phục vụ hơn 112.000 lượt hành "
        "khách đi và đến, tăng 35% so với dịp lễ năm trước.",
        112000, "passenger", {"period": "2024-04/2024-05", "change_pct": 35.0,
                              "basis": "same period last year", "qualifier": "over"},
    ),
    # "Trong tháng, …" in a monthly report: the month named before
    (
        "Tháng 10/2024, chỉ số sản xuất công nghiệp tăng 9,86%. Lũy kế 10 tháng năm 2024, IIP tăng "
        "8%. Trong tháng, toàn tỉnh có 146 doanh nghiệp thành lập mới.",
        146, "enterprise", {"period": "2024-10"},
    ),
    # a stock "lũy kế đến hết năm 2024" has no period
    (
        "Lũy kế đến hết năm 2024, các khu công nghiệp của tỉnh có 186 dự án còn hiệu lực.",
        186, "project", {"period": None},
    ),
    # a price per unit is named "giá" and the goods of its clause
    (
        "Trong tháng 9/2024, giá cá ngừ đại dương loại 1 (trên 30 kg/con) được các doanh nghiệp "
        "thu mua bình quân 125.000 đồng/kg, tăng 8% so với cùng kỳ; cá ngừ loại 2 (dưới 30 "
        "kg/con) ở mức 98.000 đồng/kg.",
        125000, "VND/kg", {"indicator": "giá cá ngừ đại dương loại 1", "change_pct": 8.0},
    ),
    (
        "Trong tháng 9/2024, giá cá ngừ đại dương loại 1 (trên 30 kg/con) được các doanh nghiệp "
        "thu mua bình quân 125.000 đồng/kg, tăng 8% so với cùng kỳ; cá ngừ loại 2 (dưới 30 "
        "kg/con) ở mức 98.000 đồng/kg.",
        98000, "VND/kg", {"indicator": "giá cá ngừ loại 2", "period": "2024-09"},
    ),
]


@pytest.mark.parametrize("text,value,unit,want", NAMES)
def test_indicator_names(text: str, value: float, unit: str, want: dict) -> None:
    _check(_find(_run(text), value, unit), want)


def test_comparative_figures_in_brackets_share_name_and_basis() -> None:
    text = (
        "Quý I/2024, GRDP của tỉnh Nghệ An ước tăng 7,2% so với cùng kỳ, cao hơn Hà Tĩnh (6,4%) "
        "và Thanh Hóa (5,9%)."
    )
    got = _run(text)
    for value, prov in ((6.4, "Hà Tĩnh"), (5.9, "Thanh Hóa")):
        g = _find(got, value, "%")
        assert _overlap(g["indicator"], "tốc độ tăng trưởng GRDP") >= 0.5, g
        assert g["basis"] == "same period last year" and g["province"] == prov
        assert g["change_pct"] is None and g["period"] == "2024-01/2024-03"
    assert all("hơn" not in g["indicator"] for g in got)


def test_comparison_of_a_level_growth() -> None:
    text = (
        "Năm 2024, sản lượng cà phê của tỉnh Đắk Lắk đạt 560.000 tấn, tăng 6% so với năm trước, "
        "cao hơn Lâm Đồng (3%)."
    )
    g = _find(_run(text), 3, "%")
    assert _overlap(g["indicator"], "tốc độ tăng trưởng sản lượng cà phê") >= 0.5
    assert g["basis"] == "previous year" and g["province"] == "Lâm Đồng"


def test_province_in_a_comparison_list_is_not_carried() -> None:
    text = (
        "Năm 2024, tỉnh Bắc Ninh đứng thứ 2 cả nước về thu hút vốn đầu tư trực tiếp nước ngoài, "
        "sau TP.HCM và Hà Nội. Trong năm có 95 dự án cấp mới."
    )
    got = _run(text)
    rank = _find(got, 2, "rank")
    assert _overlap(rank["indicator"], "xếp hạng thu hút FDI") >= 0.5
    assert rank["province"] == "Bắc Ninh"
    projects = _find(got, 95, "project")
    assert projects["province"] == "Bắc Ninh"
    assert _overlap(projects["indicator"], "số dự án cấp mới") >= 0.5


def test_second_rank_in_a_region_reuses_the_first_name() -> None:
    text = (
        "Năm 2023, tốc độ tăng GRDP của tỉnh Quảng Trị đạt 6,5%, đứng thứ 30/63 tỉnh, thành phố và "
        "thứ 3/6 địa phương vùng Bắc Trung Bộ."
    )
    got = _run(text)
    second = _find(got, 3, "rank")
    assert second["of"] == 6
    assert "vùng Bắc Trung Bộ" in second["indicator"]
    assert _overlap(second["indicator"], "xếp hạng tốc độ tăng GRDP vùng Bắc Trung Bộ") >= 0.5


def test_rank_in_words_with_adjective() -> None:
    text = "Năm 2023, tỉnh Quảng Ninh có tốc độ tăng trưởng kinh tế cao thứ hai cả nước."
    g = _find(_run(text), 2, "rank")
    assert g["of"] is None and g["period"] == "2023"
    assert g["indicator"] == "xếp hạng tốc độ tăng trưởng kinh tế"


@pytest.mark.parametrize(
    "text,value,unit,change,basis",
    [
        ("Năm 2023, tỉnh Quảng Nam đón hơn 800.000 lượt khách quốc tế, gấp 2,5 lần năm trước.",
         800_000, "visitor", 150.0, "previous year"),
        ("Năm 2023, doanh thu du lịch của tỉnh Quảng Nam gấp 1,8 lần năm trước, đạt 9.000 tỷ đồng.",
         9e12, "VND", 80.0, "previous year"),
        ("Quý I/2024, xuất khẩu của tỉnh Thái Nguyên đạt 7 tỷ USD, gấp 1,5 lần cùng kỳ.",
         7e9, "USD", 50.0, "same period last year"),
    ],
)
def test_multiples_with_basis(text: str, value: float, unit: str, change: float,
                              basis: str) -> None:
    g = _find(_run(text), value, unit)
    assert g["change_pct"] == change and g["basis"] == basis


def test_basis_year_after_multiple_is_not_the_period() -> None:
    text = (
        "Năm 2023, tỉnh Kiên Giang đón 9,6 triệu lượt khách. Khách quốc tế đạt hơn 700.000 lượt, "
        "gấp 2,6 lần năm trước. Doanh thu du lịch đạt 17.000 tỷ đồng, tăng 20% so với năm 2022."
    )
    got = _run(text)
    assert _find(got, 700_000, "visitor")["period"] == "2023"
    assert _find(got, 17e12, "VND")["period"] == "2023"


def test_event_month_for_figures_at_a_conference() -> None:
    text = (
        "Ngày 12/5/2024, tỉnh Bình Định tổ chức hội nghị xúc tiến đầu tư. Tại hội nghị, tỉnh trao "
        "chủ trương đầu tư cho 12 dự án với tổng vốn 15.000 tỷ đồng."
    )
    got = _run(text)
    assert _find(got, 12, "project")["period"] == "2024-05"
    money = _find(got, 15e12, "VND")
    assert money["period"] == "2024-05" and money["province"] == "Bình Định"
    assert "trao" not in money["indicator"]


# --------------------------------------------------------------------------------------------
# national reports, price indices, name clean-up, qualifiers, event periods, merged provinces,
# programme names (sentences written for these tests)

_CPI_REPORT = (
    "CPI tháng 10/2024 tăng 0,35% so với tháng trước\n"
    "Theo Tổng cục Thống kê, chỉ số giá tiêu dùng (CPI) tháng 10/2024 tăng 0,35% so với tháng "
    "trước, tăng 2,96% so với cùng kỳ năm trước. Trong mức tăng chung, chỉ số giá nhóm giao "
    "thông giảm 1,36% do giá xăng dầu điều chỉnh giảm. Giá lương thực tăng 0,52%, trong đó giá "
    "gạo tăng mạnh ở TP.HCM và các tỉnh phía Nam.\n"
    "CPI bình quân 10 tháng năm 2024 tăng 3,82% so với cùng kỳ; lạm phát cơ bản bình quân tăng "
    "2,71%. Chỉ số giá vàng tăng 39,4% so với cùng kỳ năm trước. Riêng CPI tháng 9 tăng 0,29% do "
    "giá điện sinh hoạt được điều chỉnh."
)
_MERGED = (
    "Tỉnh An Giang (mới) sau sáp nhập\n"
    "Ngày 15/10/2025, UBND tỉnh An Giang cho biết, trong 9 tháng năm 2025, tổng thu ngân sách "
    "đạt 25.000 tỷ đồng, tăng 10%. Trong đó, khu vực tỉnh Kiên Giang (cũ) thu 12.000 tỷ đồng.\n"
    "Trước khi sáp nhập, tỉnh Kiên Giang có 150 dự án FDI. Hiện tỉnh có 230 dự án FDI còn hiệu "
    "lực với tổng vốn 5,2 tỷ USD."
)

CORPUS = [
    # 1. a national report: the city named in passing is not the place of its figures
    (_CPI_REPORT, 2.96, "%", {"indicator": "chỉ số giá tiêu dùng (CPI)", "province": None,
                              "basis": "same period last year", "period": "2024-10"}),
    (_CPI_REPORT, 0.52, "%", {"indicator": "chỉ số giá lương thực", "province": None}),
    (
        "Cả nước có 15.000 doanh nghiệp thành lập mới trong tháng 10/2024\n"
        "Theo Cục Thống kê, trong tháng 10/2024 cả nước có 15.000 doanh nghiệp thành lập mới. Hà "
        "Nội và TP.HCM là hai địa phương dẫn đầu. Kim ngạch xuất khẩu hàng hóa tháng 10 ước đạt "
        "36,5 tỷ USD, tăng 10,1% so với cùng kỳ.",
        36.5e9, "USD", {"indicator": "kim ngạch xuất khẩu hàng hóa", "province": None},
    ),
    # 2. price indices are named by their subject, never by the comparison phrase
    (_CPI_REPORT, -1.36, "%", {"indicator": "chỉ số giá nhóm giao thông", "province": None}),
    (_CPI_REPORT, 3.82, "%", {"indicator": "CPI bình quân", "period": "2024-01/2024-10"}),
    (_CPI_REPORT, 2.71, "%", {"indicator": "lạm phát cơ bản bình quân"}),
    (_CPI_REPORT, 39.4, "%", {"indicator": "chỉ số giá vàng"}),
    (_CPI_REPORT, 0.29, "%", {"indicator": "CPI", "period": "2024-09"}),
    (
        "Tháng 10/2024, CPI tăng 0,35% so với tháng trước, tăng 2,96% so với cùng kỳ năm trước và "
        "tăng 0,6% so với tháng 12/2023.",
        0.6, "%", {"indicator": "CPI"},
    ),
    (
        "So với tháng trước, CPI tháng 10/2024 tăng 0,35%; so với cùng kỳ tăng 2,96%.",
        0.35, "%", {"indicator": "CPI", "basis": "previous month"},
    ),
    (
        "So với tháng trước, CPI tháng 10/2024 tăng 0,35%; so với cùng kỳ tăng 2,96%.",
        2.96, "%", {"indicator": "CPI", "basis": "same period last year"},
    ),
    (
        "Tháng 10/2024, có 8/11 nhóm hàng có chỉ số giá tăng so với tháng trước, trong đó nhóm nhà "
        "ở và vật liệu xây dựng tăng 1,2% do giá điện sinh hoạt được điều chỉnh tăng.",
        1.2, "%", {"indicator": "chỉ số giá nhóm nhà ở và vật liệu xây dựng"},
    ),
    # 3. clean names: scores in a list, no clause tails, balanced brackets, nouns not verbs
    (
        "Kết quả PCI 2023 cho thấy, Quảng Ninh tiếp tục dẫn đầu với 71,24 điểm, tiếp theo là Hải "
        "Phòng 69,05 điểm, Long An 68,98 điểm.",
        69.05, "point", {"indicator": "điểm PCI", "province": "Hải Phòng", "period": "2023"},
    ),
    (
        "Kết quả PCI 2023 cho thấy, Quảng Ninh tiếp tục dẫn đầu với 71,24 điểm, tiếp theo là Hải "
        "Phòng 69,05 điểm, Long An 68,98 điểm.",
        71.24, "point", {"indicator": "điểm PCI", "province": "Quảng Ninh"},
    ),
    (
        "Năm 2023, điểm PAPI của tỉnh Bình Phước công bố hồi tháng 4 ghi nhận đạt 42,5 điểm.",
        42.5, "point", {"indicator": "điểm PAPI", "province": "Bình Phước"},
    ),
    (
        "Năm 2024, tỉnh Thái Bình thu hút được 45 dự án đầu tư trực tiếp nước ngoài (FDI với tổng "
        "vốn đăng ký 1,2 tỷ USD. Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) () đạt 10,5%.",
        10.5, "%", {"indicator": "tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP)"},
    ),
    (
        "Vụ đông xuân 2024-2025, tỉnh Sóc Trăng gieo trồng 140.000 ha lúa, trong đó hình thành "
        "20.000 ha vùng nguyên liệu lúa đạt chuẩn VietGAP.",
        140_000, "ha", {"indicator": "diện tích gieo trồng lúa", "province": "Sóc Trăng"},
    ),
    (
        "Vụ đông xuân 2024-2025, tỉnh Sóc Trăng gieo trồng 140.000 ha lúa, trong đó hình thành "
        "20.000 ha vùng nguyên liệu lúa đạt chuẩn VietGAP.",
        20_000, "ha", {"indicator": "vùng nguyên liệu lúa đạt chuẩn VietGAP"},
    ),
    (
        "Năm 2024, khoản thu do hải quan quản lý đạt 175 tỷ đồng, giảm 17% so với năm trước.",
        175e9, "VND", {"indicator": "thu do hải quan quản lý"},
    ),
    # 4. qualifying words after the head noun belong to the name
    (
        "Năm 2024, tăng trưởng GRDP của tỉnh Lào Cai đạt 8,5%, đứng thứ 3 vùng trung du và miền "
        "núi phía Bắc.",
        3, "rank",
        {"indicator": "xếp hạng tăng trưởng GRDP vùng trung du và miền núi phía Bắc",
         "province": "Lào Cai"},
    ),
    (
        "Trong 9 tháng năm 2024, lượt khách đến Hà Nội ước đạt 20,5 triệu lượt, tăng 10% so với "
        "cùng kỳ.",
        20.5e6, "visitor", {"indicator": "lượt khách đến Hà Nội", "province": "Hà Nội"},
    ),
    (
        "Trong 10 tháng năm 2024, vốn FDI thực hiện trên địa bàn tỉnh Bắc Ninh đạt 3,2 tỷ USD. Vốn "
        "FDI cấp mới và điều chỉnh tăng đạt 4,5 tỷ USD.",
        4.5e9, "USD", {"indicator": "vốn FDI cấp mới và điều chỉnh tăng", "province": "Bắc Ninh"},
    ),
    (
        "Năm 2024, tổng mức đầu tư nâng cấp tuyến đường tỉnh 827 của tỉnh Long An là 800 tỷ đồng.",
        800e9, "VND", {"indicator": "tổng mức đầu tư nâng cấp tuyến đường tỉnh 827"},
    ),
    # 5. an event's date is the period; "cùng thời gian năm trước" is a basis
    (
        "Năm 2024, tỉnh Long An thu hút được nhiều dự án lớn. Tại hội nghị xúc tiến đầu tư ngày "
        "15/8, tỉnh trao quyết định chủ trương đầu tư cho 10 dự án với tổng vốn 20.000 tỷ đồng.",
        20e12, "VND", {"period": "2024-08", "province": "Long An"},
    ),
    (
        "Trong 6 tháng đầu năm 2024, tỉnh Hải Dương thu hút 20 dự án mới. Vốn FDI thực hiện đạt "
        "300 triệu USD, tăng 15% so với cùng thời gian năm trước.",
        300e6, "USD",
        {"indicator": "vốn FDI thực hiện", "period": "2024-01/2024-06", "change_pct": 15.0,
         "basis": "same period last year"},
    ),
    # 6. a former province after a merger is history, not the place of the figure
    (_MERGED, 12e12, "VND", {"province": "An Giang", "period": "2025-01/2025-09"}),
    (_MERGED, 150, "project", {"indicator": "số dự án FDI", "province": "An Giang"}),
    (_MERGED, 230, "project", {"province": "An Giang", "period": None}),
    # 7. a share after "ước thực hiện" belongs to the level
    (
        "Năm 2024, chi ngân sách địa phương ước thực hiện 30.000 tỷ đồng, bằng 98% dự toán. Thu "
        "ngân sách ước đạt 24.000 tỷ đồng, ước thực hiện đạt 105% dự toán.",
        24e12, "VND", {"indicator": "thu ngân sách", "share_pct": 105.0,
                       "share_of": "budget estimate"},
    ),
]


@pytest.mark.parametrize("text,value,unit,want", CORPUS)
def test_corpus(text: str, value: float, unit: str, want: dict) -> None:
    _check(_find(_run(text), value, unit), want)


@pytest.mark.parametrize(
    "text,unit",
    [
        ("Tỉnh Sóc Trăng đang triển khai Đề án phát triển bền vững một triệu héc-ta lúa chất lượng "
         "cao và phát thải thấp vùng đồng bằng sông Cửu Long.", "ha"),
        ("Năm 2024, chi ngân sách địa phương ước thực hiện 30.000 tỷ đồng, bằng 98% dự toán. Thu "
         "ngân sách ước đạt 24.000 tỷ đồng, ước thực hiện đạt 105% dự toán.", "%"),
    ],
)
def test_corpus_not_figures(text: str, unit: str) -> None:
    assert not [g for g in _run(text) if g["unit"] == unit]


def test_names_are_never_empty_or_unbalanced() -> None:
    for text in (_CPI_REPORT, _MERGED):
        for g in _run(text):
            name = g["indicator"]
            assert name and name.count("(") == name.count(")"), g
            assert not name.lower().startswith(("tốc độ tăng trưởng tháng", "tốc độ tăng trưởng cùng"))


# --------------------------------------------------------------------------------------------
# the component reads the number and period spans; a long line stays one figure


def test_reads_number_spans_not_the_text() -> None:
    text = "Năm 2023, tỉnh Thái Nguyên thu ngân sách đạt 4.100 tỷ đồng, tăng 12%."
    doc = Document(text)
    _PROVINCES(doc)
    NumbersComponent()(doc)
    PeriodsComponent()(doc)
    # a number span removed is a number the indicators never see
    doc.spans["numbers"] = [s for s in doc.spans["numbers"] if s.attrs.unit != "VND"]
    _figures(doc)
    assert [(i.value, i.unit) for i in doc.indicators] == [(12, "%")]


def test_reads_period_spans_not_the_text() -> None:
    text = "Năm 2023, tỉnh Thái Nguyên thu ngân sách đạt 4.100 tỷ đồng."
    doc = Document(text)
    _PROVINCES(doc)
    NumbersComponent()(doc)
    PeriodsComponent()(doc)
    _figures(doc)
    assert [i.period for i in doc.indicators] == ["2023"]
    doc = Document(text)
    _PROVINCES(doc)
    doc.spans["periods"] = []
    _figures(doc)
    assert [i.period for i in doc.indicators] == [None]


def test_indicator_spans_carry_the_record() -> None:
    doc = Document("Tỉnh Thái Nguyên thu ngân sách đạt 4.100 tỷ đồng.")
    _PROVINCES(doc)
    _figures(doc)
    assert [s.attrs for s in doc.spans["indicators"]] == doc.indicators


LONG_LINES = [
    # (clause repeated on one line, repeats, value, unit, province)
    ("Thái Nguyên tăng 6% ", 400, 6, "%", "Thái Nguyên"),
    ("doanh nghiệp Bình Phước có 3 dự án tại Đắk Nông, ", 200, 3, "project", "Đắk Nông"),
]


@pytest.mark.parametrize(("clause", "n", "value", "unit", "province"), LONG_LINES)
def test_long_line_repeats_merge_to_one_figure(clause: str, n: int, value: float, unit: str,
                                                province: str) -> None:
    got = _run(clause * n)
    assert [(g["value"], g["unit"], g["province"]) for g in got] == [(value, unit, province)]


VALUE_TWINS = [
    # values equal within the merge tolerance share a bucket key; others do not
    (1_200_000.0, 1_200_000.0000001, True),
    (9.999995, 9.999996, True),
    (0.0, 0.0, True),
    (6.0, 6.1, False),
    (1e12, 1.01e12, False),
]


@pytest.mark.parametrize(("a", "b", "twins"), VALUE_TWINS)
def test_value_buckets(a: float, b: float, twins: bool) -> None:
    ka = set(_value_keys(_Entry(q=None, qi=0, sent=0, para=0, value=a, unit="%")))  # type: ignore[arg-type]
    kb = _value_keys(_Entry(q=None, qi=0, sent=0, para=0, value=b, unit="%"))[0:1]  # type: ignore[arg-type]
    assert (kb[0] in ka) is twins


MARKS = [
    # (marks (start, end) in "tại hội nghị tại lễ", range, last start whole-word inside, or -1)
    ([(0, 12), (13, 19)], (0, 19), 13),
    ([(0, 12), (13, 19)], (0, 18), 0),
    ([(0, 12), (13, 19)], (1, 12), -1),
]


@pytest.mark.parametrize(("marks", "rng", "want"), MARKS)
def test_last_mark_in_range(marks: list[tuple[int, int]], rng: tuple[int, int], want: int) -> None:
    assert _last_in(marks, "tại hội nghị tại lễ", *rng) == want


# --------------------------------------------------------------------------------------------
# prices and markets (dev README: prices per unit keep their unit, ranges are one figure, a fall
# stated as the figure carries its sign; a market's figure takes no province of the article)

PRICES = [
    ("Giá điều thô tại Bình Phước tăng 1.500 đồng/kg.", 1500, "VND/kg", {}),
    ("Giá lúa tẻ thường giảm 200 đồng/kg.", -200, "VND/kg", {}),
    ("Giá vàng miếng bán ra ở mức 36,6 triệu đồng/lượng.", 36.6e6, "VND/tael", {}),
    ("Giá dầu thô Brent lên 52 USD/thùng.", 52, "USD/barrel", {}),
    ("Giá nhãn lồng dao động 18.000 - 22.000 đồng/kg.", 18000, "VND/kg", {"value_max": 22000}),
    ("Giá cao su xuất khẩu đạt 1.650 USD/tấn.", 1650, "USD/tonne", {}),
    # a change right after a price per any unit of data/per_units.tsv is that price's change
    ("Giá vàng thế giới đứng ở 1.230,5 USD/ounce, tăng 0,4%.", 1230.5, "USD/ounce",
     {"change_pct": 0.4}),
    ("Giá dầu WTI chốt phiên ở 48 USD/thùng, giảm 1,5%.", 48, "USD/barrel", {"change_pct": -1.5}),
    ("Vàng miếng được bán ra 36,9 triệu đồng/lượng, tăng 0,3% so với hôm qua.", 36.9e6,
     "VND/tael", {"change_pct": 0.3}),
]


def test_a_change_after_a_price_is_no_figure_of_its_own() -> None:
    got = _run("Giá vàng thế giới đứng ở 1.230,5 USD/ounce, tăng 0,4%.")
    assert [(g["value"], g["unit"]) for g in got] == [(1230.5, "USD/ounce")]


@pytest.mark.parametrize("text, value, unit, want", PRICES)
def test_prices_per_unit(text: str, value: float, unit: str, want: dict) -> None:
    _check(_find(_run(text), value, unit), want)


def test_fall_as_the_figure_is_signed() -> None:
    got = _run("Năm 2016, sản lượng cá khai thác giảm 3.500 tấn.")
    assert _find(got, -3500, "tonne")["period"] == "2016"


def test_market_figure_takes_no_province_of_the_article() -> None:
    text = ("Đắk Nông: cà phê được mùa\nGiá cà phê tại Đắk Nông tăng 300 đồng/kg. "
            "Trên thị trường, giá vàng SJC bán ra 36,5 triệu đồng/lượng. "
            "Lãi suất cho vay của các ngân hàng thương mại khoảng 9%.")
    import vnextract  # the whole pipeline: the resolve stage ties a figure to its province

    got = vnextract.extract(text).to_dict()["indicators"]
    assert _find(got, 300, "VND/kg")["province"] == "Đắk Nông"
    assert _find(got, 36.5e6, "VND/tael")["province"] is None


CASE_SUMS = [
    "Bị cáo đã chiếm đoạt của các nhà đầu tư hơn 12 tỷ đồng.",
    "Công ty bị phạt 85 triệu đồng vì khai thác cát trái phép.",
    "Cơ quan điều tra xác định ông ta nhận hối lộ 300 triệu đồng.",
]


@pytest.mark.parametrize("text", CASE_SUMS)
def test_case_sums_are_no_indicators(text: str) -> None:
    import vnextract

    assert vnextract.extract("Tin\n" + text).indicators == []


def test_quoted_price_takes_the_articles_month_only_with_a_date() -> None:
    import vnextract

    text = "Giá vàng hôm nay\nGiá vàng SJC bán ra ở mức 36,5 triệu đồng/lượng."
    dated = vnextract.extract(text, date="2017-03-08").to_dict()["indicators"]
    assert _find(dated, 36.5e6, "VND/tael")["period"] == "2017-03"
    undated = vnextract.extract(text).to_dict()["indicators"]
    assert _find(undated, 36.5e6, "VND/tael")["period"] is None
