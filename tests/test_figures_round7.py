"""Which figures are emitted, with which value and unit (issue 13, session 4 branch
``s4-figrecall``): corpus tables of sentences written for these tests (text in → the figure that
must be found, with its value and unit) and negative tables (what must not be found).

Classes: a month written "tháng 7.2017" is a date; "6 đồng tiền" are currencies and "một đồng" no
sum; "mức đóng góp" is no rule word; dollar quotes "(mua)/(bán)" after a passage on the dollar are
"VND/USD"; a fall "giảm sốc tới", "cắt" carries its sign and keeps the price's unit, "mất" a cost
does not; "1.267, 25 USD/oz" is 1267.25; "N điểm" is a score only after an index or change word;
a figure of the lead restated in the body is one figure; two dealers' equal quotes stay two;
turnout and vote shares are no figures; vehicles after "sản lượng"; the last item of a semicolon
list of quotes takes the unit its bare range dropped; a poll share ("72% doanh nghiệp hài lòng")
is no figure; people and households counted as borrowers, job takers or growers are figures; one object's
weight ("nặng 65.000 tấn") and the price of one serving ("40.000 đồng một suất") are not.
"""

from __future__ import annotations

from typing import Any

import pytest

from vnextract import extract


def _all(text: str) -> list[dict[str, Any]]:
    return extract(text).to_dict()["indicators"]


def _matching(got: list[dict[str, Any]], value: float, unit: str) -> list[dict[str, Any]]:
    return [g for g in got if g["unit"] == unit
            and abs(float(g["value"]) - value) <= 1e-6 * max(1.0, abs(value))]


# (text, value, unit, how many such figures)
FIGURES = [
    # a firm's payment to the budget is no rule's contribution level
    ("Tin\nNhóm doanh nghiệp FDI có mức đóng góp ngân sách lên tới 3.100 tỷ đồng trong năm.",
     3.1e12, "VND", 1),
    # dollar quotes after a sentence that names the dollar, the next sentence included
    ("Tin\nSáng nay các ngân hàng niêm yết tỷ giá ngoại tệ đồng đô la Mỹ phổ biến ở mức 23.150 "
     "đồng (mua) và 23.220 đồng (bán). Ngân hàng A: 23.140 đồng (mua) và 23.230 đồng (bán).",
     23140, "VND/USD", 1),
    ("Tin\nSáng nay các ngân hàng niêm yết tỷ giá ngoại tệ đồng đô la Mỹ phổ biến ở mức 23.150 "
     "đồng (mua) và 23.220 đồng (bán). Ngân hàng A: 23.140 đồng (mua) và 23.230 đồng (bán).",
     23230, "VND/USD", 1),
    # a fall told with an adverb and "tới" keeps the quote's unit and its sign
    ("Tin\nVàng miếng của công ty B đứng ở 41,20 – 41,60 triệu đồng/lượng, tăng nhẹ 30 nghìn đồng "
     "chiều mua nhưng giảm sốc tới 520 nghìn đồng chiều bán.", -520000, "VND/tael", 1),
    # a cost is no fall
    ("Tin\nTheo tính toán, phương án mở rộng nhà ga phía nam sẽ mất khoảng 12.400 tỷ đồng.",
     12.4e12, "VND", 1),
    # a price per unit lost its value ("mất") is a fall
    ("Tin\nTrong phiên sáng, giá cà phê nhân mất 700 đồng/kg.", -700, "VND/kg", 1),
    # a decimal comma with a stray space before a price per ounce
    ("Tin\nGiá vàng thế giới niêm yết ở mốc 1.312, 45 USD/oz.", 1312.45, "USD/ounce", 1),
    # an index score after its index or a change word
    ("Tin\nChỉ số nhà quản trị mua hàng đạt 52,3 điểm trong tháng 5.", 52.3, "point", 1),
    ("Tin\nKết phiên, VN-Index giảm 7,25 điểm.", -7.25, "point", 1),
    # the lead's figure restated in the body is listed once
    ("Hãng bay báo lãi quý I\nTrong quý I, hãng hàng không C báo lãi ròng 687 tỷ đồng, giảm mạnh "
     "so với cùng kỳ.\nTheo báo cáo tài chính vừa công bố, hãng hàng không C có lãi ròng quý I "
     "đạt 687 tỷ đồng, giảm 31% so với cùng kỳ năm trước.", 687e9, "VND", 1),
    # but a lead percentage stated as the share of its count of shares stays beside its level
    ("Cổ phần hóa công ty nước\nNgày 15/3 sẽ bán đấu giá 2,1 triệu cổ phần của Công ty D, tương "
     "đương 5,12% vốn điều lệ.\nTheo phương án, Nhà nước giữ 51% vốn điều lệ; 5,12% vốn điều lệ "
     "được bán đấu giá công khai.", 5.12, "%", 1),
    # two dealers quote the same change: two figures
    ("Tin\nTập đoàn E niêm yết vàng SJC ở 41,3 - 41,7 triệu đồng/lượng, giảm 150.000 đồng mỗi "
     "lượng mua vào. Công ty F niêm yết 41,35 - 41,68 triệu đồng/lượng, giảm 150.000 đồng mỗi "
     "lượng mua vào.", -150000, "VND/tael", 2),
    # vehicles made: after "sản lượng"
    ("Tin\nVốn mới cho phép nhà máy nâng sản lượng lên mức 8.000 xe mỗi năm.", 8000, "vehicle", 1),
    # the last item of a semicolon list of quotes drops the unit: it takes the item's before
    ("Tin\nTỷ giá tại ngân hàng G 23,110-23,190 đồng/USD, giảm 15 đồng; tại ngân hàng H "
     "23,125-23,205, giảm 5 đồng.", 23205, "VND/USD", 1),
    ("Tin\nGiá lúa tươi tại huyện I 6.100-6.300 đồng/kg; tại huyện K 6.000-6.200, tăng nhẹ.",
     6000, "VND/kg", 1),
    # a crop's area whose planting is named right after the figure is production
    ("Tin\nTỉnh là thủ phủ cây điều với diện tích trên 52.000 ha, chiếm 18% diện tích trồng điều "
     "cả nước.", 52000, "ha", 1),
    # people and households an economic programme or activity counts
    ("Tin\nNăm qua ngân hàng đã cho 12.400 học sinh, sinh viên được vay vốn học tập.", 12400,
     "person", 1),
    ("Tin\nToàn huyện có 4.300 hộ trồng thanh long.", 4300, "household", 1),
    ("Tin\nTrong năm, 18.000 lao động được tạo việc làm mới.", 18000, "person", 1),
    # a market price per kilo stays
    ("Tin\nGiá lợn hơi tại các tỉnh phía bắc lên 52.000 đồng/kg.", 52000, "VND/kg", 1),
    # output in tonnes stays
    ("Tin\nSản lượng thép của nhà máy đạt 65.000 tấn trong quý.", 65000, "tonne", 1),
    # a share of firms doing business stays (no opinion verb)
    ("Tin\nNăm qua có 45% doanh nghiệp của tỉnh xuất khẩu sang EU.", 45, "%", 1),
    # "tháng M.YYYY" is no count, but a sum in that shape is still a sum
    ("Tin\nDoanh thu quý đạt 7.2018 tỷ đồng.", 7.2018e9, "VND", 1),
]


def test_share_of_a_named_whole() -> None:
    """"… 2,1 tỷ USD, chiếm 18% kim ngạch nông sản cả nước": the level's share of the whole, not a
    figure of its own."""
    got = _all("Tin\nXuất khẩu gạo đạt 2,1 tỷ USD, chiếm 18% kim ngạch nông sản cả nước.")
    level = _matching(got, 2.1e9, "USD")
    assert len(level) == 1 and level[0]["share_pct"] == 18.0 and level[0]["share_of"] == "total"
    assert not _matching(got, 18, "%")


@pytest.mark.parametrize("text,value,unit,count", FIGURES)
def test_figures(text: str, value: float, unit: str, count: int) -> None:
    got = _all(text)
    assert len(_matching(got, value, unit)) == count, got


# (text, value, unit) that must not be found
NOT_FIGURES = [
    # a month and year with a dot
    ("Tin\nĐến cuối tháng 9.2018 dự án sẽ lắp xong thiết bị.", 9.2018, "project"),
    # currencies counted, not money; an ally; no sum
    ("Tin\nChỉ số đồng bạc xanh đo với 6 đồng tiền chủ chốt tăng 0,4%.", 6, "VND"),
    ("Tin\nNước này là một đồng minh lâu năm của phương Tây.", 1, "VND"),
    ("Tin\nCác địa phương muốn xuất khẩu nhưng không chịu bỏ một đồng nào cho thú y.", 1, "VND"),
    # a contribution rate a law sets is still a rule level
    ("Tin\nTheo luật, người lao động có mức đóng 8% tiền lương tháng.", 8, "%"),
    # a cost is no fall: no negative sum
    ("Tin\nTheo tính toán, phương án mở rộng nhà ga phía nam sẽ mất khoảng 12.400 tỷ đồng.",
     -12.4e12, "VND"),
    # a list that is no decimal
    ("Tin\nGiá 1.450, 30 USD mỗi tấn là mức thấp.", 1450.30, "USD/tonne"),
    # "điểm" as a place or an item
    ("Tin\nTrên tuyến còn 6 điểm vướng mặt bằng, gồm 4 điểm thuộc đoạn phía bắc.", 6, "point"),
    ("Tin\nĐoàn đã đến thăm một trong 11 điểm trồng bưởi của hợp tác xã.", 11, "point"),
    # an exam mark with no index word
    ("Tin\nTrường chuyên vẫn lấy đầu vào cao nhất, với 52,5 điểm.", 52.5, "point"),
    # turnout and vote shares
    ("Tin\nTỷ lệ cử tri đi bỏ phiếu đạt 71,4%, cao hơn kỳ trước.", 71.4, "%"),
    ("Tin\nCó 52.000 người cho rằng chương trình cần duy trì (64%).", 64, "%"),
    # a poll share: the percentage right before those asked and what they think
    ("Tin\nKết quả khảo sát cho thấy 72% doanh nghiệp hài lòng với thủ tục thuế.", 72, "%"),
    ("Tin\nCó tới 58% người tiêu dùng cho rằng giá điện còn cao.", 58, "%"),
    # a site's area stays out
    ("Tin\nKhu đô thị mới có diện tích 86 ha, sẽ xây dựng nhà ở và trường học.", 86, "ha"),
    # people at an event or in an accident are no such count
    ("Tin\nCó 300 người dân đến dự lễ khánh thành cây cầu.", 300, "person"),
    ("Tin\nVụ cháy khiến 13 người chết và 20 người bị thương.", 20, "person"),
    # one object's weight
    ("Tin\nChiếc tàu khu trục mới nặng 9.800 tấn, dài 160 m.", 9800, "tonne"),
    ("Tin\nLô hàng gồm 6 kiện máy, trọng lượng gần 1,5 tấn, bị tạm giữ.", 1.5, "tonne"),
    # a mark after "còn lại" is no index score
    ("Tin\nTrường hợp còn lại là 2,5 điểm.", 2.5, "point"),
    # the price of one serving, the serving named right after the sum
    ("Tin\nQuán bún chả đầu ngõ bán với giá 40.000 đồng một suất.", 40000, "VND"),
    ("Tin\nMón chè thập cẩm ở đây có giá 25.000 đồng/cốc.", 25000, "VND"),
    # a bare range far from the quote before it keeps no unit
    ("Tin\nGiá thép cuộn 11.200-11.500 đồng/kg; sản lượng đạt 30-35 nghìn, tăng nhẹ.", 30000,
     "VND/kg"),
]


@pytest.mark.parametrize("text,value,unit", NOT_FIGURES)
def test_not_figures(text: str, value: float, unit: str) -> None:
    got = _all(text)
    assert not _matching(got, value, unit), got


def test_two_round_deals_stay_two() -> None:
    text = ("Tin\nXuất khẩu của nước A sang Việt Nam đạt 20 tỷ USD.\nHợp đồng mua máy bay có tổng "
            "giá trị khoảng 20 tỷ USD.")
    assert len(_matching(_all(text), 20e9, "USD")) == 2
