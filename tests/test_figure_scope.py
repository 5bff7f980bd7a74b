"""Which figures count, and their province: corpus tables of sentences written for these tests
(phrase in → expected record), and negative tables (what must not be found).

The province rules: a province inside an organisation's name counts only as the place meant (a
stock exchange's city never, a bank's or branch's province only in its own sentence); an event's
venue, a photo caption's place and a past post with its years are not carried to later figures.
"""

from __future__ import annotations

from typing import Any

import pytest

from vnextract.components.indicators import extract_indicators
from vnextract.document import Document
from vnextract.pipeline import component_chain

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
SCOPE = [
    # a stock exchange's city is no statement of place
    ("Tổng công ty Dầu khí ABC niêm yết trên sàn chứng khoán TP.HCM với giá 25.600 đồng/cổ phiếu.",
     25600, "VND/share", None),
    ("Cổ phiếu của hãng vận tải này chốt phiên trên Sở Giao dịch Chứng khoán Hà Nội ở mức "
     "18.300 đồng/cổ phiếu.", 18300, "VND/share", None),
    # a bank's provincial branch owns the figures of its own sentence …
    ("Ngân hàng Chính sách xã hội chi nhánh tỉnh Nghệ An đã giải ngân 1.250 tỷ đồng cho hộ nghèo.",
     1.25e12, "VND", "Nghệ An"),
    # … but is not carried to the bank's nationwide figures in the next sentence
    ("Ông Lê Văn Tám từng làm giám đốc Ngân hàng Nông nghiệp tỉnh Gia Lai. Năm nay, toàn hệ thống "
     "ngân hàng đạt lợi nhuận 9.400 tỷ đồng.", 9.4e12, "VND", None),
    # a past post with its years
    ("Ông Trần Quý giữ chức giám đốc chi nhánh Phú Yên (2001-2006) rồi về hội sở. Quý I, ngân hàng "
     "báo lãi trước thuế 2.300 tỷ đồng.", 2.3e12, "VND", None),
    # an event's venue
    ("Hội chợ nông sản của tỉnh được tổ chức tại Hà Nội trong ba ngày. Toàn tỉnh Sơn La đã tiêu thụ "
     "được 12.000 tấn xoài.", 12000, "tonne", "Sơn La"),
    ("Hội nghị xúc tiến thương mại diễn ra tại Đà Nẵng. Kim ngạch xuất khẩu cả nước đạt 31 tỷ USD.",
     31e9, "USD", None),
    # a photo caption's place
    ("Cán bộ tín dụng tỉnh Quảng Trị kiểm tra một mô hình chăn nuôi. Ảnh: TTXVN\nTổng dư nợ của "
     "hệ thống ước đạt 210.000 tỷ đồng.", 210e12, "VND", None),
    # a place named in the sentence of the figure still counts
    ("Tỉnh Bắc Giang có 28.000 ha vải thiều, trong đó 15.000 ha đạt chuẩn VietGAP.",
     28000, "ha", "Bắc Giang"),
    ("Năm 2024, Sở Công Thương Long An cho biết kim ngạch xuất khẩu của tỉnh đạt 9,1 tỷ USD.",
     9.1e9, "USD", "Long An"),
]


@pytest.mark.parametrize("text,value,unit,province", SCOPE)
def test_figure_province_scope(text: str, value: float, unit: str, province: str | None) -> None:
    assert _find(_run(text), value, unit)["province"] == province


def test_a_deputys_delegation_is_not_the_figures_province() -> None:
    text = ("Trả lời đại biểu Lê Thị Hoa (Cần Thơ), Bộ trưởng cho biết vốn FDI vào nông nghiệp chỉ "
            "chiếm 1,2% tổng vốn đăng ký.")
    assert _find(_run(text), 1.2, "%")["province"] is None


# market quotes: (text, [(value, unit, value_max)] that must be found)
QUOTES = [
    # a buy–sell pair is two figures
    ("Sáng nay, giá vàng miếng tại PNJ mua vào - bán ra ở mức 68,10-68,90 triệu đồng/lượng.",
     [(68.1e6, "VND/tael", None), (68.9e6, "VND/tael", None)]),
    ("Tỷ giá đô la Mỹ tại một ngân hàng lớn là 24.150-24.480 đồng/USD.",
     [(24150, "VND/USD", None), (24480, "VND/USD", None)]),
    ("Cà phê được thương lái mua/bán quanh 51.000-52.000 đồng/kg.",
     [(51000, "VND/kg", None), (52000, "VND/kg", None)]),
    # an exchange rate written with a thousands comma, and its change in bare đồng
    ("Hôm qua, tại một ngân hàng thương mại, tỷ giá niêm yết 23,150-23,320 đồng/USD, tăng 15 đồng.",
     [(23150, "VND/USD", None), (23320, "VND/USD", None), (15, "VND/USD", None)]),
    # a narrowed gap is a fall
    ("Chênh lệch giữa giá mua và giá bán vàng được thu hẹp 150.000 đồng/lượng.",
     [(-150000, "VND/tael", None)]),
    # a range that is no buy–sell pair stays one figure
    ("Giá lúa tươi tại ruộng dao động 7.000-7.500 đồng/kg.", [(7000, "VND/kg", 7500)]),
]


@pytest.mark.parametrize("text,want", QUOTES)
def test_market_quotes(text: str, want: list[tuple[float, str, float | None]]) -> None:
    got = _run(text)
    for value, unit, value_max in want:
        assert _find(got, value, unit)["value_max"] == value_max


NOT_QUOTES = [
    # a range of a plain price stays one figure: no second figure at its upper end
    ("Giá lúa tươi tại ruộng dao động 7.000-7.500 đồng/kg.", 7500, "VND/kg"),
    # "22,5" is a decimal, not thousands
    ("Tỷ lệ dự trữ bắt buộc ở mức 22,5 đồng/USD theo cách tính của nhóm nghiên cứu.", 22500,
     "VND/USD"),
]


@pytest.mark.parametrize("text,value,unit", NOT_QUOTES)
def test_not_market_quotes(text: str, value: float, unit: str) -> None:
    with pytest.raises(AssertionError):
        _find(_run(text), value, unit)


# a change stated as the figure takes the basis its sentence states
CHANGE_BASES = [
    ("Giá vàng miếng tại Doji giảm 300.000 đồng/lượng so với mức giá ngày 3/5.", -300000,
     "VND/tael", "previous day"),
    ("Giá cà phê nhân xô tăng thêm 1.200 đồng/kg so với hôm qua.", 1200, "VND/kg", "previous day"),
    ("Giá heo hơi tăng 2.000 đồng/kg so với tuần trước.", 2000, "VND/kg", "previous week"),
    # a level reached after a fall ("giảm còn") is no change: no basis
    ("Giá vàng giảm còn 66,5 triệu đồng/lượng so với mức giá ngày 3/5.", 66.5e6, "VND/tael",
     None),
]


@pytest.mark.parametrize("text,value,unit,basis", CHANGE_BASES)
def test_change_as_the_figure_takes_its_basis(text: str, value: float, unit: str,
                                              basis: str | None) -> None:
    assert _find(_run(text), value, unit)["basis"] == basis


# shares: counts in "share", prices per share, a stake beside its count
SHARES = [
    ("Cổ đông lớn vừa đăng ký mua thêm 2,4 triệu cổ phiếu của ngân hàng.", 2.4e6, "share", {}),
    ("Công ty niêm yết với giá 18.500 đồng một cổ phiếu.", 18500, "VND/share", {}),
    ("Mỗi cổ đông nhận 1.200 đồng mỗi cổ phiếu.", 1200, "VND/share", {}),
    # a stake before its count: the count's share, no period (a holding is a stock)
    ("Năm 2023, quỹ nắm giữ 12,5% vốn tại hãng bay, tương ứng 45 triệu cổ phần.", 45e6, "share",
     {"share_pct": 12.5, "share_of": "capital", "period": None}),
    # a stake after its count
    ("Ngày 15/3 tới, sở giao dịch sẽ tổ chức đấu giá 3 triệu cổ phần của công ty, tương đương "
     "6,2% vốn điều lệ.", 3e6, "share", {"share_pct": 6.2, "share_of": "charter capital"}),
    ("Công ty có 850 triệu cổ phiếu đang lưu hành.", 850e6, "share", {"period": None}),
    # the owner's name after the figure ends in its province
    ("Tại Hà Nội, nhà đầu tư đã mua 2 triệu cổ phần của Công ty Cổ phần Cấp nước tỉnh Nghệ An.",
     2e6, "share", {"province": "Nghệ An"}),
    # an origin is no name: "doanh nghiệp Hà Nội"
    ("Tỉnh Lào Cai trao chứng nhận cho 5 dự án của doanh nghiệp Hà Nội với tổng vốn 4.800 tỷ "
     "đồng.", 5, "project", {"province": "Lào Cai"}),
]


@pytest.mark.parametrize("text,value,unit,want", SHARES)
def test_shares(text: str, value: float, unit: str, want: dict[str, Any]) -> None:
    got = _find(_run(text), value, unit)
    for key, expected in want.items():
        assert got[key] == expected, (key, got[key], expected)


NOT_STAKES = [
    # the stake stays a figure of its own when no count of shares is beside it
    ("Quỹ nắm giữ 12,5% vốn tại hãng bay.", 12.5, "%"),
]


@pytest.mark.parametrize("text,value,unit", NOT_STAKES)
def test_stake_without_count_stays(text: str, value: float, unit: str) -> None:
    assert _find(_run(text), value, unit)["share_pct"] is None


def test_stake_beside_a_count_is_no_figure_of_its_own() -> None:
    got = _run("Năm 2023, quỹ nắm giữ 12,5% vốn tại hãng bay, tương ứng 45 triệu cổ phần.")
    assert not [g for g in got if g["unit"] == "%"]


def test_dated_event_opening_gives_its_month() -> None:
    text = ("Ngày 15/3/2024, sở giao dịch sẽ tổ chức đấu giá 3 triệu cổ phần của công ty cấp "
            "nước.")
    assert _find(_run(text), 3e6, "share")["period"] == "2024-03"


# figures that are not economic activity: nothing may be found in (text, unit)
NOT_FIGURES = [
    # the land a project occupies, a plot, a reserve
    ("Tổng diện tích chiếm đất của ba nhà máy điện gió là 96,5 ha.", "ha"),
    ("Trong đó đất chiếm rừng sản xuất 40,2ha, không ảnh hưởng đến đất ở.", "ha"),
    ("Tỉnh đã thu hồi 35 ha đất để làm khu tái định cư.", "ha"),
    ("Khu bảo tồn thiên nhiên này có diện tích 18.000 ha.", "ha"),
    ("Dự án khu đô thị mới có quy mô 120 ha.", "ha"),
    ("Theo UBND tỉnh, tổng diện tích thu hồi đất cho dự án sân bay quốc tế mới của vùng là "
     "4.800 ha.", "ha"),
    # people in a story are not arrivals
    ("Tài xế đã giúp hai du khách người Pháp bị lạc đường tìm lại khách sạn.", "visitor"),
    ("Xe khách chở 3 hành khách bị lật ở đèo.", "passenger"),
]


@pytest.mark.parametrize("text,unit", NOT_FIGURES)
def test_not_economic_figures(text: str, unit: str) -> None:
    assert not [g for g in _run(text) if g["unit"] == unit]


# and what must still be found beside them
STILL_FIGURES = [
    ("Nông dân đã gieo trồng 12.500 ha lúa trên diện tích đất được giao.", 12500, "ha"),
    ("Huyện mở rộng diện tích trồng cà phê thêm 800 ha.", 800, "ha"),
    ("Năm 2023, tỉnh đón 4,2 triệu lượt khách du lịch.", 4.2e6, "visitor"),
    ("Sân bay phục vụ 35 lượt hành khách mỗi chuyến trong đợt cao điểm.", 35, "passenger"),
]


@pytest.mark.parametrize("text,value,unit", STILL_FIGURES)
def test_economic_figures_still_found(text: str, value: float, unit: str) -> None:
    _find(_run(text), value, unit)


def test_respectively_gives_each_level_its_change() -> None:
    text = ("Cả năm 2023, hãng đạt doanh thu 512,4 tỷ đồng và 61,8 tỷ đồng lợi nhuận, lần lượt "
            "tăng 12,5% và 8,25% so với năm 2022.")
    got = _run(text)
    assert _find(got, 512.4e9, "VND")["change_pct"] == 12.5
    assert _find(got, 61.8e9, "VND")["change_pct"] == 8.25
    assert not [g for g in got if g["unit"] == "%"]


def test_respectively_needs_as_many_levels() -> None:
    # one level and two rates: the rates stay figures of their own
    text = "Doanh thu đạt 512,4 tỷ đồng; xuất khẩu và nhập khẩu lần lượt tăng 12,5% và 8,25%."
    got = _run(text)
    _find(got, 12.5, "%")
    _find(got, 8.25, "%")


def test_rounded_headline_figure_is_listed_once() -> None:
    text = ("Công ty lãi hơn 54 tỷ đồng\nNăm 2023, công ty đạt 54,3 tỷ đồng lợi nhuận sau thuế, "
            "giảm 7% so với năm trước.")
    doc = Document(text)
    _PROVINCES(doc)
    got = [i.to_dict() for i in extract_indicators(doc)]
    assert [g["value"] for g in got if g["unit"] == "VND"] == [54.3e9]


def test_headline_rate_near_another_rate_is_kept() -> None:
    text = ("Chỉ số sản xuất tăng 9,86%\nChỉ số sản xuất tăng 9,86% so với cùng kỳ; riêng chế "
            "biến tăng 10,42%.")
    doc = Document(text)
    _PROVINCES(doc)
    got = [i.to_dict() for i in extract_indicators(doc)]
    _find(got, 9.86, "%")
    _find(got, 10.42, "%")


def test_count_share_is_no_ranking() -> None:
    text = "Sau khi bị công khai, đã có 45/120 đơn vị nộp đủ tiền thuế còn nợ."
    assert not [g for g in _run(text) if g["unit"] == "rank"]


def test_bare_ratio_in_a_ranking_list_stays_a_rank() -> None:
    text = "Năm 2023, tỉnh xếp thứ 12/63 về PCI; Bình Định 20/63 tỉnh, thành phố."
    got = _run(text)
    _find(got, 12, "rank")


def test_share_of_a_named_whole_at_clause_end() -> None:
    text = ("Đến cuối tháng 6, tổng số nợ bảo hiểm xã hội là hơn 1.250 tỷ đồng, chiếm 8,4% so với "
            "số phải thu.")
    got = _run(text)
    assert _find(got, 1.25e12, "VND")["share_pct"] == 8.4
    assert not [g for g in got if g["unit"] == "%"]


RANK_NEGATIVES = [
    # a place in a photo
    "Bà Lê Thị Hạnh (thứ 2 từ trái sang) nhận bằng khen.",
    "Ông Trần Văn Phúc (thứ 4, bên phải) trao quà cho học sinh.",
    # votes
    "Cả hai ông đều đạt 61/63 phiếu tán thành.",
]


@pytest.mark.parametrize("text", RANK_NEGATIVES)
def test_not_rankings(text: str) -> None:
    assert not [g for g in _run(text) if g["unit"] == "rank"]


def test_money_per_household() -> None:
    got = _run("Dư nợ bình quân đạt 32 triệu đồng/hộ.")
    assert _find(got, 32e6, "VND/household")


def test_change_restated_in_brackets() -> None:
    got = _run("Giá dầu thô giảm 1,85 USD/thùng (tương đương 2,4%) so với kỳ trước.")
    assert _find(got, -1.85, "USD/barrel")["change_pct"] == -2.4
    assert not [g for g in got if g["unit"] == "%"]


def test_share_in_brackets() -> None:
    got = _run("Doanh thu dịch vụ cao nhất (hơn 215 tỷ đồng, chiếm 38%) trong cơ cấu doanh thu.")
    g = _find(got, 215e9, "VND")
    assert (g["share_pct"], g["share_of"]) == (38.0, "total")


def test_level_in_brackets_after_its_growth() -> None:
    got = _run("Doanh thu cho thuê kho bãi cũng tăng 27% (64 tỷ đồng).")
    assert _find(got, 64e9, "VND")["change_pct"] == 27.0
    assert not [g for g in got if g["unit"] == "%"]


def test_rate_in_brackets_after_a_level_stays_when_no_change() -> None:
    # a province's rate beside another's level: no change, no share: both stay
    got = _run("Tỉnh thu ngân sách 3.200 tỷ đồng, tỷ lệ nợ xấu ở mức thấp (1,2%).")
    _find(got, 3.2e12, "VND")
    _find(got, 1.2, "%")


NOT_ECONOMIC_RATES = [
    # sport: a league place, a score
    ("Thắng trận này, đội bóng vẫn đứng thứ 3 trên bảng xếp hạng.", "rank"),
    ("Sau vòng đấu thứ 20, đội khách bị bỏ xa 9 điểm.", "point"),
    ("Thắng ván này, kỳ thủ trẻ vươn lên hạng 5 với 4 điểm.", "rank"),
    # schooling, health, crime
    ("Khoảng 85% học sinh của trường đạt học lực khá giỏi.", "%"),
    ("Tỷ lệ tử vong ở nhóm bệnh nhân này giảm 12%.", "%"),
    ("Lực lượng chức năng mới xử lý được 30% số sai phạm.", "%"),
]


@pytest.mark.parametrize("text,unit", NOT_ECONOMIC_RATES)
def test_rates_about_no_economic_activity(text: str, unit: str) -> None:
    assert not [g for g in _run(text) if g["unit"] == unit]


ECONOMIC_BESIDE = [
    # money in a sport story and a PCI ranking stay
    ("Cầu thủ này nhận lương 300.000 bảng mỗi tuần, tương đương 9 tỷ đồng.", 9e9, "VND"),
    ("Trong bảng xếp hạng PCI 2023, tỉnh đạt 70,1 điểm, đứng thứ 4/63.", 4, "rank"),
    ("Doanh thu giáo dục của tỉnh tăng 12%, cao hơn mức tăng chung.", 12, "%"),
]


@pytest.mark.parametrize("text,value,unit", ECONOMIC_BESIDE)
def test_economic_figures_beside_social_words(text: str, value: float, unit: str) -> None:
    _find(_run(text), value, unit)


def test_stock_market_figures_take_no_province_of_the_article() -> None:
    text = ("Hà Nội đẩy mạnh thu hút đầu tư trong năm nay.\nTuần qua, cổ phiếu của một ngân hàng "
            "tăng 4,2%, khối ngoại mua ròng 850 tỷ đồng.")
    got = _run(text)
    assert _find(got, 850e9, "VND")["province"] is None
    # a market sentence that names a province keeps it
    got = _run("Cổ phiếu của doanh nghiệp cảng tại Hải Phòng tăng lên 41.500 đồng/cổ phiếu.")
    assert _find(got, 41500, "VND/share")["province"] == "Hải Phòng"


RULE_LEVELS = [
    # the levels a rule sets are not figures
    "Từ ngày 1/7, mức trợ cấp đối với thương binh loại B là 1.250.000 đồng/tháng.",
    "Người lao động đủ 20 năm đóng BHXH được hưởng lương hưu bằng 45%, tối đa không quá 75%.",
    "Hành vi xả rác nơi công cộng bị phạt tiền từ 3 đến 5 triệu đồng.",
]


@pytest.mark.parametrize("text", RULE_LEVELS)
def test_rule_levels_are_no_figures(text: str) -> None:
    assert _run(text) == []


def test_tax_rate_in_a_rule_sentence_stays() -> None:
    text = "Theo quy định mới, thuế nhập khẩu xăng được hưởng mức ưu đãi 10%."
    _find(_run(text), 10, "%")


def test_ship_displacement_is_no_figure() -> None:
    assert not [g for g in _run("Con tàu dài 115 m, lượng choán nước 3.250 tấn.")
                if g["unit"] == "tonne"]


def test_respectively_after_the_verb() -> None:
    text = ("Năm 2024, công ty đặt kế hoạch doanh thu 3.300 tỷ đồng và lợi nhuận 450 tỷ đồng, tăng "
            "lần lượt 12,5% và 11,7% so với năm trước.")
    got = _run(text)
    assert _find(got, 3.3e12, "VND")["change_pct"] == 12.5
    assert _find(got, 450e9, "VND")["change_pct"] == 11.7


WIDE_ARTICLES = [
    # a region's article: a province named later in a list is not the place of the prices
    ("Giá lúa ở ĐBSCL tăng mạnh\nGiá lúa tươi tại ruộng hiện ở mức 7.200 đồng/kg.\nThương lái "
     "thu mua nhiều ở các tỉnh An Giang, Đồng Tháp, Kiên Giang.", 7200, "VND/kg"),
    # a national audit's report: its figures are national
    ("Kiểm toán Nhà nước chỉ ra nhiều bất cập của quỹ bảo hiểm\nQuỹ khám chữa bệnh năm 2022 bội chi "
     "4.100 tỷ đồng.\nRiêng tỉnh Thái Bình đề nghị thanh toán sai 3 tỷ đồng.", 4.1e12, "VND"),
]


@pytest.mark.parametrize("text,value,unit", WIDE_ARTICLES)
def test_region_or_national_article_has_no_fallback_province(text: str, value: float,
                                                             unit: str) -> None:
    assert _find(_run(text), value, unit)["province"] is None


def test_province_named_with_the_figure_in_a_national_article() -> None:
    text = ("Kiểm toán Nhà nước chỉ ra nhiều bất cập của quỹ bảo hiểm\nQuỹ khám chữa bệnh năm 2022 "
            "bội chi 4.100 tỷ đồng. Riêng tỉnh Thái Bình đề nghị thanh toán sai 3 tỷ đồng.")
    assert _find(_run(text), 3e9, "VND")["province"] == "Thái Bình"


def test_viet_nam_in_a_company_name_is_not_the_country() -> None:
    text = ("Tỉnh Đồng Nai trao giấy chứng nhận đầu tư cho nhiều dự án.\nCông ty TNHH Hoa Sen Việt "
            "Nam đầu tư nhà máy tại KCN Nhơn Trạch với tổng vốn đầu tư đăng ký 15 triệu USD.")
    assert _find(_run(text), 15e6, "USD")["province"] == "Đồng Nai"


def test_viet_nam_as_the_country_stays_national() -> None:
    text = ("Tỉnh Đồng Nai trao giấy chứng nhận đầu tư cho nhiều dự án.\nNăm nay, kim ngạch xuất "
            "khẩu của Việt Nam đạt 370 tỷ USD.")
    assert _find(_run(text), 370e9, "USD")["province"] is None


def test_sums_of_a_case_told_in_the_headline() -> None:
    from vnextract import extract

    text = ("Cựu giám đốc công ty bị truy tố vì tham ô 12 tỷ đồng\nTheo cáo trạng, từ năm 2015 "
            "đến năm 2018, ông này đã nhận 12 tỷ đồng.\nSố tiền này được chuyển cho người thân "
            "giữ 5 tỷ đồng.")
    assert [i for i in extract(text).to_dict()["indicators"] if i["unit"] == "VND"] == []


# --- round 2 -------------------------------------------------------------------------------------

def _money(text: str) -> list[dict[str, Any]]:
    from vnextract import extract

    return [i for i in extract(text).to_dict()["indicators"] if i["unit"].split("/")[0] == "VND"]


CASE_SUMS = [
    # the case told earlier in the paragraph, the sums in a later sentence
    "Bản tin\nTheo cáo trạng, hai người này lập hồ sơ khống để rút tiền của quỹ. Tổng số tiền họ "
    "nhận về là 3,2 tỷ đồng.",
    "Bản tin\nCơ quan cảnh sát điều tra đã làm rõ đường dây. Mỗi tháng, nhóm này thu về khoảng "
    "800 triệu đồng.",
    # a headline that gives the sentence: the article is the case's
    "Cựu kế toán xã lĩnh án 7 năm tù\nTừ năm 2016, bà này đã rút 1,4 tỷ đồng của ngân sách xã.",
    # money per person in a case sentence is the case's too
    "Bản tin\nTòa buộc hai bị cáo bồi thường mỗi người 2 tỷ đồng, tăng 1 tỷ đồng/người.",
]


@pytest.mark.parametrize("text", CASE_SUMS)
def test_sums_of_a_case_told_before_in_the_paragraph(text: str) -> None:
    assert _money(text) == []


CASE_NEGATIVE = [
    # a contract's compensation clause earlier in the paragraph is no criminal case
    ("Bản tin\nHai bên thống nhất bồi thường thiệt hại theo hợp đồng. Chi phí khắc phục các hạng "
     "mục là 21 tỷ đồng.", 21e9),
    # a case told in an earlier paragraph does not reach the next one
    ("Bản tin\nTheo cáo trạng, nhóm này lừa nhiều người.\nNăm nay, thu ngân sách của huyện đạt "
     "450 tỷ đồng.", 450e9),
]


@pytest.mark.parametrize("text,value", CASE_NEGATIVE)
def test_sums_outside_a_case_paragraph_stay(text: str, value: float) -> None:
    assert [m["value"] for m in _money(text)] == [value]


NOT_ECONOMIC_ROUND2 = [
    ("Cụ thể, toàn tỉnh xảy ra 5 vụ TNGT, làm chết 3 người, giảm 37,5% số vụ so với cùng kỳ.", "%"),
    ("Độ ẩm từ 60 - 95%, nhiệt độ thấp nhất từ 18 - 21 độ.", "%"),
    ("Việt Nam đứng thứ 6 trong số các quốc gia bị tin tặc tấn công nhiều nhất.", "rank"),
    ("Theo một cuộc khảo sát mới đây, 70% người được hỏi thích mua sắm trực tuyến.", "%"),
]


@pytest.mark.parametrize("text,unit", NOT_ECONOMIC_ROUND2)
def test_accident_weather_cyber_and_poll_rates_are_no_figures(text: str, unit: str) -> None:
    assert not [g for g in _run(text) if g["unit"] == unit]


ECONOMIC_ROUND2 = [
    ("Khảo sát cho thấy doanh thu bán lẻ của tỉnh tăng 12% so với cùng kỳ.", 12, "%"),
    ("Cả nước hiện có 76,27 triệu người tham gia BHYT.", 76.27e6, "person"),
]


@pytest.mark.parametrize("text,value,unit", ECONOMIC_ROUND2)
def test_round2_figures_still_found(text: str, value: float, unit: str) -> None:
    assert _find(_run(text), value, unit)


def test_people_in_a_search_are_no_person_count() -> None:
    assert not [g for g in _run("Có 200 người tham gia tìm kiếm người mất tích.")
                if g["unit"] == "person"]


# (text, value, unit, province)
SCOPE_ROUND2 = [
    # Hà Nội named for the country beside a foreign capital, or for its time zone
    ("Kim ngạch thương mại hai chiều giữa Moskva và Hà Nội đạt 3,8 tỷ USD.", 3.8e9, "USD", None),
    ("Lúc 9 giờ theo giờ Hà Nội, giá dầu thô ở mức 61 USD/thùng.", 61, "USD/barrel", None),
    # … but two provinces are two provinces, and the city itself is the city
    ("Tuyến đường nối giữa Hà Nam và Hà Nội có tổng vốn 2.000 tỷ đồng.", 2e12, "VND", "Hà Nội"),
    ("Năm nay, Hà Nội thu hút 3 tỷ USD vốn FDI.", 3e9, "USD", "Hà Nội"),
    # a world price per ounce has no province of the article
    ("Giá vàng ở Hà Nội tăng nhẹ\nGiá vàng giao tháng 6 trên sàn Comex là 1.260,9 USD/ounce.",
     1260.9, "USD/ounce", None),
    # provinces in a list of examples or of origins own no later figure
    ("Tỉnh Lâm Đồng đón nhiều khách\nKhách đến nhiều nhất là từ TP.HCM, Đồng Nai, Bình Dương. Giá "
     "phòng tại các khu du lịch tăng khoảng 10%.", 10, "%", "Lâm Đồng"),
    # a company's short name with a province names the company, not the place of later figures
    ("Hai công ty mua cổ phần\nSau giao dịch, BHS và TTC Tây Ninh sở hữu toàn bộ vốn. Tổng giá "
     "trị hợp đồng là 798 tỷ đồng.", 798e9, "VND", None),
    # a sentence whose subject is a foreign country tells that country's figure …
    ("Tỉnh Long An đẩy mạnh xuất khẩu gạo\nNăm 2016, Thái Lan xuất khẩu 10 triệu tấn gạo.", 10e6,
     "tonne", None),
    # … but trade with a country, and an investor country's share of the province's capital,
    # stay the province's
    ("Tỉnh Long An đẩy mạnh xuất khẩu gạo\nNăm 2016, xuất khẩu gạo sang Thái Lan đạt 10 triệu "
     "USD.", 10e6, "USD", "Long An"),
    ("TP.HCM thu hút vốn FDI\nHàn Quốc có vốn đầu tư chiếm tỷ trọng lớn nhất với 26,9% tổng vốn "
     "đầu tư.", 26.9, "%", "Hồ Chí Minh"),
    # an office abbreviation with a province is the province
    ("Tin kinh tế\nUBND Hà Nội cho biết năm nay thành phố thu hút 5 tỷ USD vốn đầu tư.", 5e9,
     "USD", "Hà Nội"),
]


@pytest.mark.parametrize("text,value,unit,province", SCOPE_ROUND2)
def test_figure_province_scope_round2(text: str, value: float, unit: str,
                                      province: str | None) -> None:
    from vnextract import extract

    got = extract(text).to_dict()["indicators"]
    assert _find(got, value, unit)["province"] == province


def test_audit_of_one_project_keeps_its_province() -> None:
    from vnextract import extract

    text = ("Kiểm toán chỉ ra đội vốn ở dự án BOT\nCăn cứ kết luận của Kiểm toán Nhà nước, nhà đầu "
            "tư đã giảm trừ sai lệch khi quyết toán.\nKiểm toán Nhà nước vừa có kết luận về dự án "
            "BOT QL1 qua Khánh Hòa. Giá trị kiểm toán xác nhận là 1.437 tỷ đồng.")
    assert _find(extract(text).to_dict()["indicators"], 1.437e12, "VND")["province"] == "Khánh Hòa"


WORLD_UNITS = [
    ("Giá vàng\nKết thúc phiên, giá vàng thế giới giảm 4 USD so với phiên trước.", -4,
     "USD/ounce"),
    ("Giá ca cao\nGiá ca cao kỳ hạn giảm 39 USD, chốt ở 2.017 USD/tấn.", -39, "USD/tonne"),
    # a bare change with no per-unit price or world market stays bare
    ("Tin\nCông ty giảm 4 USD giá mỗi sản phẩm; doanh thu đạt 20 triệu USD.", -4, "USD"),
]


@pytest.mark.parametrize("text,value,unit", WORLD_UNITS)
def test_bare_change_takes_the_price_unit(text: str, value: float, unit: str) -> None:
    from vnextract import extract

    assert _find(extract(text).to_dict()["indicators"], value, unit)


# --- round 3 -------------------------------------------------------------------------------------

def _all(text: str) -> list[dict[str, Any]]:
    from vnextract import extract

    return extract(text).to_dict()["indicators"]


NOT_FIGURES_ROUND3 = [
    # one person's own money, told in the first person
    ("Tin\nLương của tôi mỗi tháng chỉ khoảng 7 triệu đồng, vợ tôi bán hàng rong.", "VND"),
    ("Tin\nEm kể, công việc phụ giúp mình có thêm 900.000 đồng mỗi tháng.", "VND"),
    # the price of one item or one service, a banknote's face value, a sum one had to pay
    ("Tin\nMột du khách bị ép trả 4 triệu đồng cho một đĩa ốc ở bến tàu.", "VND"),
    ("Tin\nNgười bán rút từ ví khách một tờ tiền mệnh giá 500.000 đồng.", "VND"),
    ("Tin\nVị khách phải trả 350.000 đồng cho chặng xe ôm ngắn ngủi.", "VND"),
    # a sales promotion, in the sentence or the one before in its paragraph
    ("Tin\nHãng xe công nghệ tung khuyến mãi chuyến đi dưới 3 km chỉ 12.000 đồng.", "VND"),
    ("Tin\nCác chương trình khuyến mại dồn dập xuất hiện. Chuyến thứ hai được giảm 40%.", "%"),
    # tuition ceilings are regulated fees
    ("Tin\nMức trần học phí bậc tiểu học năm học tới là 3,8 triệu đồng/học sinh/tháng.", "VND"),
    # opinion polls
    ("Tin\nKết quả khảo sát cho thấy tỷ lệ ủng hộ phương án là 81%.", "%"),
    ("Tin\nCó tới 73% người dân được lấy ý kiến tán thành việc lùi giờ làm.", "%"),
    # the terms of a deal: a swap ratio, whom a whole stake belongs to
    ("Tin\nCổ đông sẽ nhận cổ phiếu mới theo tỷ lệ hoán đổi 1:1,05 (1 cổ phiếu cũ đổi lấy 1,05 cổ "
     "phiếu mới).", "share"),
    ("Tin\nÔng Tâm được cử làm người đại diện 100% vốn góp của công ty mẹ tại công ty con.", "%"),
    ("Tin\nSau sáp nhập, công ty sẽ chuyển thành Công ty TNHH MTV vốn 100% thuộc tập đoàn.", "%"),
]


@pytest.mark.parametrize("text,unit", NOT_FIGURES_ROUND3)
def test_personal_promo_poll_and_deal_terms_are_no_figures(text: str, unit: str) -> None:
    assert not [g for g in _all(text) if g["unit"].split("/")[0] == unit]


STILL_FIGURES_ROUND3 = [
    # "chúng tôi" is a firm or an office: its money is judged as usual
    ("Tin\nChúng tôi đạt doanh thu 800 triệu đồng trong quý I, giám đốc hợp tác xã cho biết.",
     800e6, "VND"),
    # large sums are no one person's pocket money, even told in the first person
    ("Tin\nTôi cho biết năm nay tỉnh thu ngân sách 12.000 tỷ đồng, ông Hùng nói.", 12e12, "VND"),
    # a market price per unit stays
    ("Tin\nTôi thấy giá lúa tại ruộng lên 7.200 đồng/kg.", 7200, "VND/kg"),
    # a retail price cut without a promotion word stays
    ("Tin\nTừ 15 giờ chiều nay, giá xăng giảm 410 đồng/lít.", -410, "VND/litre"),
    # a foreign-owned firm: the stake is its figure (real-news gold)
    ("Tin\nCông ty may ABC Vina là doanh nghiệp 100% vốn của Hàn Quốc.", 100, "%"),
    # a large count of shares in a deal stays
    ("Tin\nCông ty sẽ phát hành 12 triệu cổ phiếu để hoán đổi với cổ đông công ty con.", 12e6,
     "share"),
]


@pytest.mark.parametrize("text,value,unit", STILL_FIGURES_ROUND3)
def test_round3_figures_still_found(text: str, value: float, unit: str) -> None:
    assert _find(_all(text), value, unit)


def test_tax_rate_takes_no_article_province() -> None:
    text = ("Casino ở Bà Rịa - Vũng Tàu\nTỉnh Bà Rịa - Vũng Tàu có hai khu casino lớn. Thuế tiêu "
            "thụ đặc biệt với kinh doanh casino là 35%.")
    assert _find(_all(text), 35, "%")["province"] is None


PRICE_RANGES = [
    # "đồng/lượng-" closes one end of a buy–sell range: the other end is no code like "Su-30"
    ("Giá vàng\nCông ty vàng bạc ABC niêm yết 36,9 triệu đồng/lượng-37,25 triệu đồng/lượng.",
     [36.9e6, 37.25e6]),
    ("Giá cà phê\nThương lái thu mua ở mức 41.200 đồng/kg-41.600 đồng/kg.", [41200, 41600]),
]


@pytest.mark.parametrize("text,values", PRICE_RANGES)
def test_range_after_a_price_per_unit(text: str, values: list[float]) -> None:
    assert sorted(g["value"] for g in _all(text)) == values


def test_code_with_a_dash_is_still_no_figure() -> None:
    assert _all("Tin\nTiêm kích Su-30 và virus SARS-CoV-2 được nhắc tới.") == []


FALL_PAIRS = [
    # "hạ X đồng và Y đồng/lượng": both fell, both per tael
    ("Giá vàng\nDoji niêm yết 36,6 triệu đồng/lượng, hạ 150.000 đồng và 50.000 đồng/lượng.",
     [(-150000, "VND/tael"), (-50000, "VND/tael")]),
    # a fall and a level joined by "và" in another clause keep their own signs
    ("Tin\nDoanh thu giảm 20 tỷ đồng và lợi nhuận đạt 5 tỷ đồng.",
     [(-20e9, "VND"), (5e9, "VND")]),
]


@pytest.mark.parametrize("text,want", FALL_PAIRS)
def test_pair_of_changes_shares_the_fall(text: str, want: list[tuple[float, str]]) -> None:
    got = _all(text)
    for value, unit in want:
        assert _find(got, value, unit)


# A company's figure in an article whose main province comes from a passing mention (not the
# title or the lead): with no province in its sentence and the company placed nowhere in the text,
# the figure has no province (dev README: "the article's main province is not given to figures
# that are not its own"). Texts written for these tests.
COMPANY_FIGURES = [
    ("Xe công nghệ lấn át taxi truyền thống\nCác hãng taxi cũ đang mất dần khách quen.\n"
     "Một tài xế ở quận Đống Đa (Hà Nội) than thu nhập giảm một nửa. Trong khi đó, Vinataxi vẫn "
     "nộp ngân sách 540 tỷ đồng trong ba năm.", 540e9, "VND"),
    ("Giá vàng nhích nhẹ đầu tuần\nThị trường vàng trong nước biến động nhẹ.\nMột cửa hàng ở "
     "Hà Nội đông khách từ sáng. Công ty Vàng bạc Kim Thành niêm yết giá mua vào 61,2 triệu "
     "đồng/lượng.", 61.2e6, "VND/tael"),
    ("Hãng bay báo lãi kỷ lục\nKết quả kinh doanh năm qua của hãng được công bố hôm qua.\n"
     "Đại hội cổ đông họp ở Khánh Hòa. Năm qua, Skyworld đạt lợi nhuận sau thuế 1.250 tỷ đồng.",
     1.25e12, "VND"),
]

# … but the province stays where the text places the company, where the province is the article's
# subject (title or lead), and with no company at all (a one-syllable word or a numeral in capitals
# is no brand)
COMPANY_FIGURES_KEEP = [
    ("Doanh nghiệp địa phương tăng trưởng\nNhiều doanh nghiệp báo lãi trong quý.\nTập đoàn "
     "Hoàng Long có trụ sở tại tỉnh Long An. Năm nay, Tập đoàn Hoàng Long đạt doanh thu 900 tỷ "
     "đồng.", 900e9, "VND", "Long An"),
    ("Hà Nội công khai doanh nghiệp nợ thuế\nCục Thuế thành phố vừa công bố danh sách nợ thuế.\n"
     "Đứng đầu danh sách là Công ty TNHH Minh Phát với số nợ hơn 3 tỷ đồng.", 3e9, "VND",
     "Hà Nội"),
    ("Sản xuất công nghiệp khởi sắc\nSố liệu mới của ngành thống kê vừa được công bố.\nCác khu "
     "công nghiệp ở Hải Dương thu hút thêm lao động. Tính chung quý III, IIP toàn ngành tăng "
     "9,2%.", 9.2, "%", "Hải Dương"),
]


@pytest.mark.parametrize("text,value,unit", COMPANY_FIGURES)
def test_company_figure_takes_no_passing_province(text: str, value: float, unit: str) -> None:
    assert _find(_run(text), value, unit)["province"] is None


@pytest.mark.parametrize("text,value,unit,province", COMPANY_FIGURES_KEEP)
def test_company_figure_keeps_a_tied_province(text: str, value: float, unit: str,
                                              province: str) -> None:
    assert _find(_run(text), value, unit)["province"] == province


# --- round 6 -------------------------------------------------------------------------------------
# Texts written for these tests (issue 13, figures round 6). Each table: (text, value, unit) that
# must be found, or (text, unit) of which nothing may be found.

NOT_FIGURES_ROUND6 = [
    # a sport report (its lead names a league): a match's points and a table's ranks
    ("Hà Nội FC thắng đậm\nĐội bóng thủ đô thắng 3-0 ở vòng 10 V-League.\nĐội khách muốn giành "
     "3 điểm để bám đuổi nhóm đầu, nhưng giờ kém đội đứng thứ 2 tới 5 điểm.", "point"),
    ("Hà Nội FC thắng đậm\nĐội bóng thủ đô thắng 3-0 ở vòng 10 V-League.\nĐội khách muốn giành "
     "3 điểm để bám đuổi nhóm đầu, nhưng giờ kém đội đứng thứ 2 tới 5 điểm.", "rank"),
    # "điểm" as a place, not an index score
    ("Tin\nPhường đã giải tỏa 6 điểm chợ cóc và bố trí 4 điểm chợ tạm.", "point"),
    ("Tin\nDự án đề xuất mở thêm 40 điểm đặt cược trên cả nước.", "point"),
    # shares of the opinions given in a consultation
    ("Tin\nKết quả lấy phiếu cho thấy 68% ý kiến cho rằng cần giữ hệ thống loa, 30% ý kiến "
     "muốn bỏ.", "%"),
    # one person's fortune, a headline about a star's wealth, a prize
    ("Tin\nỞ tuổi 30, anh là tỷ phú trẻ nhất châu Á với 2,1 tỷ USD.", "USD"),
    ("Khối tài sản nghìn tỷ của nữ ca sĩ\nCô vừa mua thêm một căn biệt thự.\nNăm ngoái cô thu về "
     "40 triệu nhân dân tệ từ các hợp đồng quảng cáo.", "CNY"),
    ("Tin\nĐội vô địch nhận cúp và giải thưởng 5.000 USD.", "USD"),
    # the price of one item or one serving
    ("Tin\nSau Tết, giá một bát phở ở chợ đã lên 40.000 - 45.000 đồng.", "VND"),
    # a billionaire is no scale word; a population is no money
    ("Tin\nBài học đầu tư từ 3 tỷ phú huyền thoại.", "VND"),
    ("Tin\nCô là gương mặt được yêu thích nhất ở đất nước hơn 1 tỷ dân.", "VND"),
    # injury and vote shares
    ("Tin\nKết quả giám định cho thấy nạn nhân bị tổn hại 12% sức khỏe.", "%"),
    ("Tin\n45/45 đại biểu biểu quyết tán thành, đạt tỷ lệ 100%.", "%"),
    # a fraud told in a sentence of its own
    ("Tin\nGã thanh niên lừa 5 cô gái số tiền gần 900 triệu đồng.", "VND"),
    # a rule's ceiling
    ("Tin\nTheo quy định, một cổ đông không được sở hữu vượt quá 15% vốn điều lệ của ngân hàng.",
     "%"),
    # a war invalid's grade is no ranking; a lottery winner's prize is no figure
    ("Tin\nĐoàn đến thăm gia đình ông Tâm, thương binh hạng 3/4 ở thôn Đông.", "rank"),
    ("Tin\nNgười trúng số kỳ này thực nhận hơn 30 tỷ đồng sau thuế.", "VND"),
    # an injury's rate, a regulated tuition fee, a star's wealth, one subscriber
    ("Tin\nNạn nhân có thương tích 9% theo kết quả giám định.", "%"),
    ("Tin\nTừ học kỳ tới, mức thu học phí của hệ cao đẳng là 850.000 đồng/tháng.", "VND/month"),
    ("Nữ diễn viên giàu cỡ nào?\nCô sở hữu nhiều món đồ đắt giá.\nChiếc túi mới nhất của cô có "
     "giá 250 triệu đồng.", "VND"),
    ("Tin\nChị Hoa, chủ 2 thuê bao di động, than phiền về cước 3G.", "subscriber"),
    # the parties of a case told in the headline
    ("Năm cán bộ nhận bảo kê xe khách hầu tòa\nCác bị cáo bị truy tố về tội nhận hối lộ.\nTheo "
     "cáo trạng, nhóm này bảo kê cho 15 doanh nghiệp vận tải.", "enterprise"),
]


@pytest.mark.parametrize("text,unit", NOT_FIGURES_ROUND6)
def test_not_figures_round6(text: str, unit: str) -> None:
    assert not [g for g in _all(text) if g["unit"] == unit]


FIGURES_ROUND6 = [
    # the same percentage for two tickers in one sentence: two figures
    ("Tin\nCổ phiếu ABC tăng 5,2%, DEF tăng 5,2%, GHI giảm 1,1%.", 5.2, "%", 2),
    # "Cổ phiếu" at a sentence start is no ballot ("phiếu")
    ("Tin\nCổ phiếu XYZ giảm 3,4% trong tuần.", -3.4, "%", 1),
    # vehicles made or sold
    ("Tin\nNhà máy mới có khả năng sản xuất 12.000 chiếc mô tô mỗi năm.", 12000, "vehicle", 1),
    ("Tin\nTrong tháng 5, hãng bán được 2.300 xe, tăng 9%.", 2300, "vehicle", 1),
    # litres of output
    ("Tin\nĐến năm 2025, ngành bia sẽ sản xuất khoảng 4,5 tỷ lít bia.", 4.5e9, "litre", 1),
    # money in a project's name is the project's sum
    ("Tin\nDự án Nhà máy Giấy Sông Lam 310 tỷ đồng đang nợ quá hạn.", 310e9, "VND", 1),
    # the unit named before the number
    ("Tin\nTổng lượt khách du lịch 2,1 triệu, giảm 12% so với năm trước.", 2.1e6, "visitor", 1),
    ("Tin\nTổng số thuê bao di động cả nước đạt hơn 125 triệu.", 125e6, "subscriber", 1),
    # a price per unit with its currency left out
    ("Tin\nGiá đất nền ở khu này đã lên 18 triệu/m2.", 18e6, "VND/m2", 1),
    # members of an insurance scheme named before their count
    ("Tin\nĐến cuối tháng 6, số người tham gia BHXH bắt buộc là 2.350.000 người, tham gia BHXH tự "
     "nguyện là 31.200 người.", 31200, "person", 1),
    # a year before a count unit is a year, and the count after it is found
    ("Tin\nNăm 2016 khách du lịch đạt trên 4 triệu lượt người.", 4e6, "visitor", 1),
    # not personal: an average price, a company's plan in a star's article
    ("Tin\nGiá bán trung bình của một chiếc điện thoại hãng này là 190 USD.", 190, "USD", 1),
    # the dollar's price in đồng is a rate per dollar; a euro's and a coin's price per unit
    ("Tin\nSáng nay, các quầy đổi tiền báo giá USD ở mức 23.105 đồng (mua vào) và 23.125 đồng (bán "
     "ra).", 23125, "VND/USD", 1),
    ("Tin\nĐồng Euro lên mức 1,1310 USD/Euro, còn Bitcoin vượt 3.000 USD/Bitcoin.", 1.131,
     "USD/EUR", 1),
    ("Tin\nĐồng Euro lên mức 1,1310 USD/Euro, còn Bitcoin vượt 3.000 USD/Bitcoin.", 3000,
     "USD/bitcoin", 1),
    # a sum received for one share is a dividend per share
    ("Tin\nVới tỷ lệ chi trả 15%, mỗi cổ đông sở hữu một cổ phiếu ABC được nhận 1.500 đồng.",
     1500, "VND/share", 1),
    # … but not a rice price after the dollar's news in the same sentence
    ("Tin\nGiá USD tăng mạnh, trong khi giá gạo xuất khẩu là 24.000 đồng.", 24000, "VND", 1),
]


@pytest.mark.parametrize("text,value,unit,count", FIGURES_ROUND6)
def test_figures_round6(text: str, value: float, unit: str, count: int) -> None:
    got = [g for g in _all(text) if g["unit"] == unit
           and abs(float(g["value"]) - value) <= 1e-6 * max(1.0, abs(value))]
    assert len(got) == count, _all(text)


def test_case_far_up_a_flattened_paragraph_keeps_a_budget_sum() -> None:
    # one passing word of a case nine sentences above, in one long line, is not this sum's case
    filler = " ".join(f"Đại biểu thứ {i} phát biểu về ngân sách." for i in range(2, 11))
    text = ("Quốc hội thảo luận\nNhiều ý kiến nêu nỗi lo truy tố thì chạy án. " + filler +
            " Năm nay, dự toán vay cho cân đối ngân sách là 320.000 tỷ đồng.")
    assert [g for g in _all(text) if g["unit"] == "VND" and g["value"] == 320e12]


def test_stock_market_column_gives_no_fallback_province() -> None:
    text = ("Chứng khoán tuần tới: cổ phiếu ngân hàng dẫn dắt\nThị trường tăng điểm tuần qua.\n"
            "Năm nay, Ngân hàng Phương Đông dự kiến tổng tài sản đạt 120.000 tỷ đồng. Công ty "
            "Chứng khoán Sài Gòn Hà Nội (SHS) dự báo chỉ số sẽ tăng.")
    assert _find(_all(text), 120e12, "VND")["province"] is None


# --- round 7 -------------------------------------------------------------------------------------
# Texts written for these tests (issue 13, figures round 7, audit seed 6211).

NOT_FIGURES_ROUND7 = [
    # firms at a forum or a conference are its audience
    ("Tin\nThủ tướng phát biểu trước gần 300 doanh nghiệp dự Diễn đàn Kinh tế Việt - Đức.",
     "enterprise"),
    ("Tin\nHội thảo có hơn 120 doanh nghiệp tham gia, bàn về chuỗi cung ứng.", "enterprise"),
    # crime statistics
    ("Tin\nNăm qua huyện xảy ra 180 vụ phạm pháp hình sự, giảm 21,5% so với cùng kỳ.", "%"),
    ("Tin\nTỷ lệ khám phá án của công an quận đạt 76%.", "%"),
    # a weapon's kill probability, a storage test's spoilage
    ("Tin\nSau nâng cấp, tên lửa có xác suất tiêu diệt mục tiêu bay thấp từ 70-90%.", "%"),
    ("Tin\nVới túi thường, tỷ lệ hư hỏng sau 3 tuần là 60%.", "%"),
    ("Tin\nĐạn mới có xác xuất diệt mục tiêu ở cự ly 40km đạt từ 60-95%.", "%"),
    # a place in a photo
    ("Tin\nÔng Lâm (thứ 3 từ bên trái sang) dự lễ cưới.", "rank"),
]


@pytest.mark.parametrize("text,unit", NOT_FIGURES_ROUND7)
def test_not_figures_round7(text: str, unit: str) -> None:
    assert not [g for g in _all(text) if g["unit"] == unit]


FIGURES_ROUND7 = [
    # apartments sold or put on sale
    ("Tin\nTrong quý III, chủ đầu tư đã mở bán 850 căn hộ, bán được 620 căn hộ.", 850, "apartment",
     1),
    ("Tin\nTrong quý III, chủ đầu tư đã mở bán 850 căn hộ, bán được 620 căn hộ.", 620, "apartment",
     1),
    # firms in economic activity (not an event's audience) stay
    ("Tin\nNăm nay tỉnh có thêm 320 doanh nghiệp tham gia xuất khẩu.", 320, "enterprise", 1),
    ("Tin\nTại hội nghị, Sở cho biết năm qua có 1.450 doanh nghiệp thành lập mới.", 1450,
     "enterprise", 1),
    # an economic rate beside a crime word in another sentence
    ("Tin\nKhám phá án là nhiệm vụ của công an. Doanh thu du lịch tăng 14%.", 14, "%", 1),
    # a range whose low end is written in đồng and high end in millions
    ("Tin\nỞ chợ đầu mối, hộp dâu tây Hàn Quốc có giá từ 600.000-1,2 triệu đồng.", 600000, "VND",
     1),
    ("Tin\nGiá thuê mặt bằng ở đây từ 3-5 triệu đồng.", 3e6, "VND", 1),
    # a precise sum restated in later paragraphs is one figure; two round sums stay two
    ("Nghị quyết về vốn\nỦy ban cho phép dùng 512,806 tỷ đồng vốn trái phiếu còn lại.\nSố vốn "
     "512,806 tỷ đồng được dùng cho trường học.\nViệc điều chỉnh 512,806 tỷ đồng được thông qua.",
     512.806e9, "VND", 1),
    ("Tin\nXuất khẩu của Hoa Kỳ sang Việt Nam đạt 10 tỷ USD.\nHợp đồng khí có tổng giá trị "
     "khoảng 10 tỷ USD.", 10e9, "USD", 2),
]


@pytest.mark.parametrize("text,value,unit,count", FIGURES_ROUND7)
def test_figures_round7(text: str, value: float, unit: str, count: int) -> None:
    got = [g for g in _all(text) if g["unit"] == unit
           and abs(float(g["value"]) - value) <= 1e-6 * max(1.0, abs(value))]
    assert len(got) == count, _all(text)


# --- round 8 -------------------------------------------------------------------------------------
# Texts written for these tests (issue 13, figures round 8): the bare first levels of a
# "lần lượt" row take the unit and scale written after the last level.

FIGURES_ROUND8 = [
    # (text, value, value_max, unit)
    ("Tin\nGiá vé máy bay hai hạng lần lượt là 3-3,5 và 6-6,5 triệu đồng.", 3e6, 3.5e6, "VND"),
    ("Tin\nGiá gạo hai loại ở chợ Trần Văn lần lượt là 15-16 và 18-19 nghìn đồng/kg.", 15000,
     16000, "VND/kg"),
    ("Tin\nDoanh thu và lãi ròng của hãng năm 2023 lần lượt đạt 40 và 6 tỷ đồng.", 40e9, None,
     "VND"),
    ("Tin\nXuất khẩu tôm và cá tra của tỉnh lần lượt đạt 210 và 95 triệu USD.", 210e6, None,
     "USD"),
    ("Tin\nGDP quý I và quý II tăng lần lượt là 5,1 và 6,2%.", 5.1, None, "%"),
    ("Tin\nHai nhà máy lần lượt sản xuất 1,2 và 2,4 triệu tấn xi măng.", 1.2e6, None, "tonne"),
]


@pytest.mark.parametrize("text,value,value_max,unit", FIGURES_ROUND8)
def test_figures_round8(text: str, value: float, value_max: float | None, unit: str) -> None:
    got = [g for g in _all(text) if g["unit"] == unit
           and abs(float(g["value"]) - value) <= 1e-6 * max(1.0, abs(value))]
    assert len(got) == 1, _all(text)
    assert got[0]["value_max"] == value_max


NOT_FIGURES_ROUND8 = [
    # (text, value, unit): no row cue — the bare number is no sum of its own
    ("Tin\nTrong 12 và 15 ngày qua, doanh nghiệp nộp ngân sách 20 tỷ đồng.", 12e9, "VND"),
    ("Tin\nHai đợt, mỗi đợt 3 và thêm 5 tỷ đồng được giải ngân.", 3e9, "VND"),
    # a low level already in đồng is not multiplied by the high level's scale word
    ("Tin\nGiá hai loại nấm lần lượt là 800.000 và 1,2 triệu đồng.", 800000e6, "VND"),
    # years in a row are years
    ("Tin\nDự án lần lượt khởi công vào 2019 và 2021, vốn 300 tỷ đồng.", 2019e9, "VND"),
]


@pytest.mark.parametrize("text,value,unit", NOT_FIGURES_ROUND8)
def test_not_figures_round8(text: str, value: float, unit: str) -> None:
    assert not [g for g in _all(text) if g["unit"] == unit
                and abs(float(g["value"]) - value) <= 1e-6 * max(1.0, abs(value))]


# products counted in "chiếc" and houses, made or traded (a verb of making or trading before them)
GOODS_ROUND8 = [
    ("Tin\nNăm ngoái hãng bán được 42 triệu chiếc điện thoại trên toàn cầu.", 42e6, "phone"),
    ("Tin\nNhà máy ở Bắc Ninh sản xuất khoảng 1,5 triệu chiếc điện thoại thông minh.", 1.5e6,
     "phone"),
    ("Tin\nQuý I, cả nước nhập khẩu 21.300 ôtô nguyên chiếc.", 21300, "vehicle"),
    ("Tin\nNăm nay doanh nghiệp bàn giao 640 căn nhà phố cho khách hàng.", 640, "house"),
]


@pytest.mark.parametrize("text,value,unit", GOODS_ROUND8)
def test_goods_round8(text: str, value: float, unit: str) -> None:
    got = [g for g in _all(text) if g["unit"] == unit and float(g["value"]) == value]
    assert len(got) == 1, _all(text)


NOT_GOODS_ROUND8 = [
    # no verb of making or trading: things in a story
    ("Tin\nTrong phòng có 30 chiếc điện thoại cũ xếp thành hàng.", "phone"),
    ("Tin\nCơn bão làm 240 căn nhà bị tốc mái.", "house"),
    # a handful sold by one dealer
    ("Tin\nTháng trước cửa hàng của anh bán được 4 chiếc ôtô hạng sang.", "vehicle"),
]


@pytest.mark.parametrize("text,unit", NOT_GOODS_ROUND8)
def test_not_goods_round8(text: str, unit: str) -> None:
    assert not [g for g in _all(text) if g["unit"] == unit]
