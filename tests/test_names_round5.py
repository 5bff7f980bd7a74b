"""Corpus of figure names, round 5 (issue 13): phrase in, the name of one figure out, through the
whole pipeline (the owner check reads the POS tags of the Document).

Classes: sentence openers glued into a name, anaphors ("chỉ số này"), owners that are no noun
phrase, stock index points, the growth prefix repeated, dealers of market quotes, counts named by
the counted noun, sums of money named by the noun after them. The sentences are written for this
test (fictional companies and figures); none is copied from an article.
"""

from __future__ import annotations

import pytest

from vnextract import extract
from vnextract.components.indicators.name_checks import (
    anaphor,
    counted_name,
    growth_name,
    index_name,
    without_opener,
)


def _name_of(text: str, value: float, unit: str) -> str:
    found = extract(text).to_dict()["indicators"]
    for g in found:
        if g["unit"] == unit and abs(float(g["value"]) - value) <= 1e-6 * max(1.0, abs(value)):
            return str(g["indicator"])
    raise AssertionError(f"no figure {value} {unit} in {found}")


# phrase, value, unit, expected name (exact)
NAMES = [
    # a sentence opener is no part of the name, also after the growth prefix
    ("Mặc dù doanh thu giảm 5%, lợi nhuận của công ty vẫn tăng.", -5, "%",
     "tốc độ tăng trưởng doanh thu"),
    # (the price of one serving is no figure since figures round 6: a price per kilogram here)
    ("Ở chợ Bến Thành, giá thậm chí gạo tám thơm đã lên 25.000 đồng/kg.", 25000, "VND/kg",
     "giá gạo tám thơm"),
    # an anaphor takes the name of the figure it points back to
    ("Chỉ số giá tiêu dùng tháng 5 tăng 0,5%. Mức này thấp hơn tháng trước, khi chỉ số này "
     "tăng 0,8%.", 0.8, "%", "Chỉ số giá tiêu dùng"),
    # index points are named by the index
    ("Chốt phiên, VN-Index tăng 5,2 điểm lên 720,5 điểm.", 5.2, "point", "VN-Index"),
    ("Chốt phiên, VN-Index tăng 5,2 điểm lên 720,5 điểm.", 720.5, "point", "VN-Index"),
    # "tăng trưởng" is one word: neither split ("trưởng") nor repeated after the prefix
    ("Năm ngoái, nước láng giềng đạt tăng trưởng 7%.", 7, "%", "tăng trưởng"),
    ("Với mức tăng trưởng 5,1% của quý I, cả năm khó đạt mục tiêu.", 5.1, "%",
     "tốc độ tăng trưởng"),
    # dealers of market quotes: the quote's measure, its side and the dealer
    ("Tại Ngân hàng Minh Phát, giá mua vào 22.520 đồng/USD, giá bán ra 22.600 đồng/USD.",
     22520, "VND/USD", "tỷ giá USD mua vào tại Ngân hàng Minh Phát"),
    ("Tại Ngân hàng Minh Phát, giá mua vào 22.520 đồng/USD, giá bán ra 22.600 đồng/USD.",
     22600, "VND/USD", "tỷ giá USD bán ra tại Ngân hàng Minh Phát"),
    ("Sáng nay, tại Hòa Bank giá mua vào là 22.540 đồng/USD, bán ra 22.610 đồng/USD.",
     22540, "VND/USD", "tỷ giá USD mua vào tại Hòa Bank"),
    ("Cụ thể, tại Hòa Bank 22.540-22.610 đồng/USD, giảm 25 đồng; tại Sen Bank 22.520-22.610 "
     "đồng/USD, giảm 30 đồng.", -30, "VND/USD", "tỷ giá USD tại Sen Bank"),
    ("Giá vàng SJC niêm yết tại Kim Long ở mức 36,7 triệu đồng/lượng.", 36.7e6, "VND/tael",
     "Giá vàng SJC tại Kim Long"),
    ("Tại Công ty vàng bạc đá quý Kim Long, giá vàng niêm yết chiều mua vào là 36,31 triệu "
     "đồng/lượng.", 36.31e6, "VND/tael", "giá vàng mua vào tại Công ty vàng bạc đá quý Kim Long"),
    # a clause-opening dealer ("Tại …,") also joins a name with a measure of its own
    ("Tại Công ty Vàng bạc Kim Long, giá vàng SJC được niêm yết mua vào – bán ra ở mức 36,44 – "
     "36,50 triệu đồng/lượng.", 36.5e6, "VND/tael", "giá vàng SJC tại Công ty Vàng bạc Kim Long "
     "bán ra"),
    # a count named by the counted noun takes "số"
    ("Bến xe phía Nam đáp ứng nhu cầu đi lại của 30.000 hành khách mỗi ngày.", 30000,
     "passenger", "số hành khách mỗi ngày"),
    # a generic name in a "từ X xuống Y" series takes the measure of the sentence
    ("Thu nhập bình quân của nhóm này giảm tới 80%, giảm từ 81 triệu USD năm 2015 xuống chỉ còn "
     "16 triệu USD.", 16e6, "USD", "Thu nhập bình quân của nhóm này"),
    ("Thu nhập của tập đoàn giảm hơn một nửa, từ 1,9 tỉ USD vào năm 2014 xuống còn 870 triệu USD "
     "trong năm 2016.", 870e6, "USD", "Thu nhập của tập đoàn"),
    # a bare rate right after a figure is a share or a change of that figure's measure
    ("Trong đó, nguồn vốn Nhà nước hỗ trợ khoảng 41.414 tỷ đồng, chiếm 46,8% và vốn huy động "
     "khoảng 47.116 tỷ đồng.", 46.8, "%", "tỷ lệ nguồn vốn Nhà nước hỗ trợ"),
    ("Năm nay, sản lượng vải thiều ước đạt khoảng 100.000 tấn, bằng 70% so với năm trước.", 70,
     "%", "tỷ lệ sản lượng vải thiều"),
    # a bare measure is owned by the organisation or project that opens the sentence
    ("Dự án sợi Hòa Phong (HPT) có vốn đầu tư 7.000 tỉ đồng, nhưng lỗ 1.700 tỉ đồng.", 1.7e12,
     "VND", "lỗ của Dự án sợi Hòa Phong (HPT)"),
    # a sum of money with no measure takes the noun phrase after it
    ("Năm 2015, thành phố phát hành 500 tỷ đồng trái phiếu chính quyền địa phương.", 500e9, "VND",
     "trái phiếu chính quyền địa phương phát hành"),
]


@pytest.mark.parametrize(("text", "value", "unit", "want"), NAMES)
def test_names_round5(text: str, value: float, unit: str, want: str) -> None:
    assert _name_of(text, value, unit) == want


# names that must stay as they are
KEPT = [
    # an adverb-like word before a noun is part of the owner ("không kỳ hạn")
    ("Lãi suất của các tài khoản tiền gửi không kỳ hạn là 0,5%.", 0.5, "%",
     "Lãi suất của các tài khoản tiền gửi không kỳ hạn"),
    # a lowercase "đặc biệt" inside a name is no opener
    ("Doanh thu của khu kinh tế đặc biệt đạt 100 tỷ đồng.", 100e9, "VND",
     "Doanh thu của khu kinh tế đặc biệt"),
    # compound nouns with a verb syllable stay in the owner
    ("Tổng vốn đầu tư của nhà đầu tư Nhật Bản đạt 767 triệu USD.", 767e6, "USD",
     "Tổng vốn đầu tư của nhà đầu tư Nhật Bản"),
    ("Lượt khách của cơ sở lưu trú đạt 3,4 triệu lượt.", 3.4e6, "visitor",
     "Lượt khách của cơ sở lưu trú"),
    # a dealer inside a phrase ("theo tỷ giá tại …") is not the dealer of a named price
    ("Quy đổi theo tỷ giá tại Hòa Bank hôm nay, giá vàng trong nước đắt hơn giá thế giới khoảng "
     "1,8 triệu đồng/lượng.", 1.8e6, "VND/tael", "giá vàng trong nước đắt hơn giá thế giới"),
    # a quote with no dealer keeps its name
    ("Tỷ giá trung tâm ở mức 22.500 đồng/USD.", 22500, "VND/USD", "Tỷ giá trung tâm"),
    ("Tốc độ tăng trưởng tín dụng của tỉnh đạt 15%.", 15, "%", "Tốc độ tăng trưởng tín dụng"),
    ("Trong năm, số doanh nghiệp thành lập mới là 1.200 doanh nghiệp.", 1200, "enterprise",
     "số doanh nghiệp thành lập mới"),
    # a series whose figures have names of their own keeps them
    ("Nguồn vốn GPMB tăng từ 18.000 tỉ đồng lên gần 23.000 tỉ đồng.", 23e12, "VND",
     "Nguồn vốn GPMB"),
    # a rate with a name of its own after a figure keeps it
    ("Doanh thu đạt 500 tỷ đồng, tỷ suất lợi nhuận đạt 12%.", 12, "%", "tỷ suất lợi nhuận"),
    # another organisation between the subject and the figure: the subject owns nothing
    ("Công ty An Phú xử lý 1.500 tấn mỗi ngày với giá 19 USD mỗi tấn, Công ty Tâm Sinh xử lý "
     "1.300 tấn với giá 20 USD mỗi tấn.", 20, "USD/tonne", "giá"),
    # a province opening the sentence owns nothing (the figure's province says it)
    ("Thanh Hóa có GRDP đạt 100 nghìn tỷ đồng, thu ngân sách 30 nghìn tỷ đồng.", 30e12, "VND",
     "thu ngân sách"),
    # a time noun after a sum is no object of it
    ("Trong đó, xuất khẩu gạo đạt 2 tỷ USD năm 2016.", 2e9, "USD", "xuất khẩu gạo"),
]


@pytest.mark.parametrize(("text", "value", "unit", "want"), KEPT)
def test_names_round5_kept(text: str, value: float, unit: str, want: str) -> None:
    assert _name_of(text, value, unit) == want


@pytest.mark.parametrize(("name", "want"), [
    ("Như vậy VNM tăng trưởng", "VNM tăng trưởng"),
    ("tốc độ tăng trưởng Mặc dù doanh thu", "tốc độ tăng trưởng doanh thu"),
    ("Đặc biệt", "Đặc biệt"),  # the opener alone is left to the leftover repair
    ("khu kinh tế đặc biệt", "khu kinh tế đặc biệt"),
    ("doanh thu trong đó", "doanh thu trong đó"),
])
def test_without_opener(name: str, want: str) -> None:
    assert without_opener(name) == want


@pytest.mark.parametrize(("name", "want"), [
    ("trưởng", "tốc độ tăng trưởng"),
    ("tăng trưởng tín dụng", "tốc độ tăng trưởng tín dụng"),
    ("doanh thu", "tốc độ tăng trưởng doanh thu"),
    # a word of the prefix that is not its tail repeats nothing
    ("độ phủ sóng", "tốc độ tăng trưởng độ phủ sóng"),
])
def test_growth_name(name: str, want: str) -> None:
    assert growth_name(name) == want


@pytest.mark.parametrize(("name", "want"), [
    ("điểm VN - Index", "VN-Index"),
    ("Chỉ số HNX - Index", "HNX-Index"),
    ("điểm PCI", "điểm PCI"),
    ("giá trị giao dịch trên sàn HNX", "giá trị giao dịch trên sàn HNX"),
])
def test_index_name(name: str, want: str) -> None:
    assert index_name(name) == want


@pytest.mark.parametrize(("name", "anaphoric"), [
    ("chỉ số này", True), ("con số đó", True), ("tốc độ tăng trưởng mức này", True),
    ("chỉ số giá tiêu dùng", False), ("doanh nghiệp này", False),
])
def test_anaphor(name: str, anaphoric: bool) -> None:
    assert anaphor(name) is anaphoric


@pytest.mark.parametrize(("name", "generic", "want"), [
    ("hành khách mỗi ngày", "lượt hành khách", "số hành khách mỗi ngày"),
    ("hành khách", "lượt hành khách", "số hành khách"),
    ("hành khách của Vietjet", "lượt hành khách", "hành khách của Vietjet"),
    ("lượt hành khách", "lượt hành khách", "lượt hành khách"),
    ("doanh nghiệp FDI", "số doanh nghiệp", "số doanh nghiệp FDI"),
    ("khách quốc tế", "lượt khách", "khách quốc tế"),  # a one-word noun: too general
])
def test_counted_name(name: str, generic: str, want: str) -> None:
    assert counted_name(name, generic) == want
