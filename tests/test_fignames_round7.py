"""Corpus of figure names, round 7 (issue 13): phrase in, the name of one figure out, through the
whole pipeline (``components/indicators/name_extend.py``).

Classes: a bare head ("giá", "thuế", "mức thuế", "tỷ lệ") or a leftover takes the measure phrase
written before the figure; a list item takes the lead measure (after a comma, a semicolon or a
colon); a plan or target keeps its measure ("mục tiêu doanh thu"); an area or a weight with no
measure is named by the unit's measure and the goods after it; a dividend percentage is a rate;
a bare rate after "chiếm" is the share of the clause's subject; a bare price after a sale is the
price of the sale. The sentences are written for this test (fictional companies, places and
figures); none is copied from an article.
"""

from __future__ import annotations

import pytest
from test_names_round5 import _name_of  # one figure's name through the whole pipeline

from vnextract.components.indicators.name_extend import colon_lead, target_name, written_phrase

# phrase, value, unit, expected name (exact)
NAMES = [
    # (2) a bare head takes the phrase written up to the figure, an aside in brackets dropped
    ("Theo đó, mức thuế nhập khẩu bình quân gia quyền (tính đến ngày 15/5) đối với xăng là 8,5%.",
     8.5, "%", "thuế nhập khẩu bình quân gia quyền đối với xăng"),
    ("Thuế nhập khẩu ưu đãi với ô tô nguyên chiếc là 30%.", 30, "%",
     "Thuế nhập khẩu ưu đãi với ô tô nguyên chiếc"),
    # a leftover ("không cao") gives way to the phrase; a code ("E5", "RON 92") stays in it
    ("Giá bán lẻ xăng E5 RON 92 không cao hơn 17.500 đồng/lít.", 17500, "VND/litre",
     "Giá bán lẻ xăng E5 RON 92"),
    # a comparison between the phrase and the figure is cut
    ("Sản lượng cà phê tỉnh Hòa Lâm so với năm trước giảm 40.000 tấn.", -40000, "tonne",
     "Sản lượng cà phê tỉnh Hòa Lâm"),
    # (1) list items after a comma take the lead measure and the item
    ("Thuế nhập khẩu ưu đãi với thép là 8,5%, với nhôm 1,9%, với đồng 2,2%.", 1.9, "%",
     "Thuế nhập khẩu ưu đãi với nhôm"),
    ("Theo đó, mức phí bảo vệ môi trường đối với than là 6%, đối với quặng sắt là 4%.", 4, "%",
     "mức phí bảo vệ môi trường đối với quặng sắt"),
    ("So với kỳ trước, giá cà phê robusta thế giới giảm 21 USD/tấn, ca cao giảm 15 USD/tấn.", -15,
     "USD/tonne", "giá ca cao thế giới"),
    # a clause of application between the measure and its item is dropped
    ("Phí bảo vệ môi trường áp dụng cho năm nay đối với than là 6%, quặng sắt 4%.", 4, "%",
     "Phí bảo vệ môi trường đối với quặng sắt"),
    # a per-cent change in brackets between two items of a list
    ("So với tuần trước, giá cà phê robusta thế giới giảm 21 USD/tấn (-1,2%), ca cao giảm 15 "
     "USD/tấn (-0,6%).", -15, "USD/tonne", "giá ca cao thế giới"),
    # ... and after a colon: the lead's measure, its preposition and the item
    ("Phí cầu đường của các loại xe được áp dụng như sau: xe con là 35.000 đồng; xe tải là 70.000 "
     "đồng.", 70000, "VND", "Phí cầu đường của xe tải"),
    ("Giá bán lẻ các mặt hàng phân bón như sau: phân urê giảm 300 đồng/kg; phân kali giảm 200 "
     "đồng/kg.", -200, "VND/kg", "Giá bán lẻ phân kali"),
    ("Bình quân giá thành phẩm phân bón thế giới trong tháng qua là: 310 USD/tấn phân urê; 280 "
     "USD/tấn phân kali.", 280, "USD/tonne", "Bình quân giá thành phẩm phân bón thế giới phân kali"),
    # (4) a plan or a target keeps its measure, and so does the next item of its list
    ("Công ty Minh Phát đặt mục tiêu doanh thu năm 2018 đạt 900 tỷ đồng, lợi nhuận 90 tỷ đồng.",
     9e11, "VND", "mục tiêu doanh thu"),
    ("Công ty Minh Phát đặt mục tiêu doanh thu năm 2018 đạt 900 tỷ đồng, lợi nhuận 90 tỷ đồng.",
     9e10, "VND", "mục tiêu lợi nhuận"),
    ("Hòa Lâm đặt mục tiêu doanh thu 112 tỷ đồng và lãi 11 tỷ đồng trong năm 2019.", 1.1e10,
     "VND", "mục tiêu lãi"),
    ("Năm 2019, Hòa Lâm đặt mục tiêu doanh thu 112 tỷ đồng, tăng 10% so với năm trước, lãi 11 tỷ "
     "đồng.", 1.1e10, "VND", "mục tiêu lãi"),
    ("Doanh nghiệp đặt kế hoạch năm 2019 với doanh thu 300 tỷ đồng, lợi nhuận trước thuế 30 tỷ "
     "đồng.", 3e11, "VND", "kế hoạch doanh thu"),
    # (3) an area or a weight with no measure: the unit's measure, the goods, the owner or verb
    ("Huyện Minh Sơn hiện có 12.300 ha chè.", 12300, "ha", "diện tích chè của Huyện Minh Sơn"),
    ("Từ đầu vụ đến nay đã tiêu thụ được khoảng 21.000 tấn nhãn.", 21000, "tonne",
     "sản lượng nhãn tiêu thụ"),
    ("Năm nay toàn tỉnh thả nuôi 2.150 ha tôm.", 2150, "ha", "diện tích tôm thả nuôi"),
    # a count or a share named by the noun written with the figure takes "số" / "tỷ lệ"
    ("Qua khảo sát, có 281.402 công nhân có nhu cầu thuê nhà ở.", 281402, "person",
     "số công nhân có nhu cầu thuê nhà"),
    # (a poll's share, "75% doanh nghiệp hài lòng", is no figure: tests/test_figures_round7.py)
    ("Trong năm, 35% lao động nước ngoài tại tỉnh làm việc trong khu công nghiệp.", 35, "%",
     "tỷ lệ lao động nước ngoài"),
    # "X chiếm N%" is the share of X; a qualifier at the end of a name is cut
    ("Vốn FDI đầu tư vào lĩnh vực bất động sản chiếm 10% tổng vốn FDI đăng ký.", 10, "%",
     "tỷ lệ vốn FDI đầu tư vào lĩnh vực bất động sản"),
    ("Theo khảo sát, có hơn 95% NLĐ đã có mặt tại nơi làm việc.", 95, "%",
     "tỷ lệ NLĐ đã có mặt"),
    # a bare rate after a rate of the same head in its sentence takes that rate's name
    ("Năm 2017, tỷ lệ lao động qua đào tạo đạt 59%; năm 2018, tỷ lệ đạt 62%.", 62, "%",
     "tỷ lệ lao động qua đào tạo"),
    # a dividend as a percentage is a rate
    ("Năm 2019, công ty dự kiến trả cổ tức 12%.", 12, "%", "tỷ lệ cổ tức"),
    # a bare rate after "chiếm" is the share of the clause's subject
    ("Nợ quá hạn chỉ chiếm tỷ lệ 0,5% tổng dư nợ.", 0.5, "%", "tỷ lệ nợ quá hạn"),
    ("Kết quả kiểm tra, số cửa hàng đạt chuẩn là 1.200 cửa hàng, chiếm tỷ lệ 80,5%.", 80.5, "%",
     "tỷ lệ số cửa hàng đạt chuẩn"),
    # a change in per cent in brackets after a change in points is the same measure's
    ("Trong phiên, chỉ số ngành Xây dựng tăng 2,8 điểm (+2,3%), đạt 127 điểm.", 2.3, "%",
     "điểm chỉ số ngành Xây dựng"),
    # a bare price after a sale names the sale or the goods sold
    ("Tập đoàn Minh Phát vừa mua lại Công ty Hòa Lâm với giá 3,5 tỷ USD.", 3.5e9, "USD",
     "giá mua lại Công ty Hòa Lâm"),
    ("Nhãn sấy đạt chứng nhận VietGAP được bán với giá 90.000 đồng/kg.", 90000, "VND/kg",
     "giá nhãn sấy đạt chứng nhận VietGAP"),
    ("Đến giữa tháng 6/2017 nhãn lồng được bán với giá từ 30.000 - 50.000 đồng/kg.", 30000,
     "VND/kg", "giá nhãn lồng"),
    ("Tính bình quân thì mỗi kg xoài cát sẽ bán với giá gần 17.000 đồng/kg.", 17000, "VND/kg",
     "giá xoài cát"),
    # a price in brackets after the goods
    ("Phòng khám trúng thầu 2 loại thuốc là Minhcef 100 (giá 4.500 đồng/viên) và Lamvix 100 (giá "
     "840 đồng/viên).", 840, "VND", "giá Lamvix 100"),
]

# negative rows: names this round must leave as they were
KEPT = [
    # a name that states its own measure keeps it
    ("Tỷ lệ nợ xấu của ngân hàng Hòa Lâm hiện ở mức 1,2%.", 1.2, "%",
     "tỷ lệ nợ xấu của ngân hàng Hòa Lâm"),
    ("Giá xăng E5 giảm 431 đồng/lít, xăng RON 95 giảm 460 đồng/lít.", -460, "VND/litre",
     "giá xăng RON 95"),
    # a part named by itself after "trong đó" takes no lead
    ("Tổng thu ngân sách dự kiến 33.400 tỷ đồng, trong đó thu nội địa 27.000 tỷ đồng.", 2.7e13,
     "VND", "thu nội địa"),
    # a buyer is no goods: "thương lái thu mua với giá" keeps the bare price
    ("Tuần này, thương lái thu mua với giá 45.000 đồng/kg.", 45000, "VND/kg", "giá"),
    # a province after the name is the figure's province, not a word of its name
    ("Trong quý I, sản lượng thủy sản của tỉnh Cà Mau đạt 145.000 tấn.", 145000, "tonne",
     "sản lượng thủy sản"),
    # "thêm" and "tới" stay at the end of a name ("tạm cấp thêm", "năm năm tới")
    ("Bộ Tài chính vừa tạm cấp thêm 1.680 tỷ đồng tiền bồi thường cho 4 tỉnh.", 1.68e12, "VND",
     "số tiền Bộ Tài chính tạm cấp thêm"),
    # a share named by a share word keeps it (no "tỷ lệ tỷ trọng"), its head written once
    ("Tỷ trọng chi phí đất chiếm 35% giá thành.", 35, "%",
     "Tỷ trọng chi phí đất chiếm trong giá thành"),
    # a clause is no counted noun; a qualifier of the level stays out of a price name
    ("Do đó, để đạt mục tiêu 6,7% như Chính phủ đề ra là rất khó.", 6.7, "%",
     "như Chính phủ đề ra"),
    # a name of the activity keeps it: no "sản lượng" before "xuất khẩu gạo"
    ("Năm nay tỉnh xuất khẩu gạo 1,15 triệu tấn.", 1.15e6, "tonne", "tỉnh xuất khẩu gạo"),
]


@pytest.mark.parametrize(("text", "value", "unit", "want"), NAMES)
def test_fignames_round7(text: str, value: float, unit: str, want: str) -> None:
    assert _name_of(text, value, unit).lower() == want.lower()


@pytest.mark.parametrize(("text", "value", "unit", "want"), KEPT)
def test_fignames_round7_kept(text: str, value: float, unit: str, want: str) -> None:
    assert _name_of(text, value, unit).lower() == want.lower()


# the written phrase before a figure: text, the figure's kind, expected phrase ("" = none)
PHRASES = [
    ("Giá bán lẻ xăng E5 RON 92 không cao hơn ", "money", "Giá bán lẻ xăng E5 RON 92"),
    ("giá xăng RON 92 thế giới giảm ", "money", "giá xăng RON 92 thế giới"),
    # negative rows: a clause (modal, conjunction, copula), a comma, another figure
    ("Theo dự báo, giá vàng có thể sẽ mất mốc ", "money", ""),
    ("Công ty nợ thuế từ năm 2015 đến nay chưa đóng mặc dù đã thu về ", "money", ""),
    ("Doanh thu đạt 500 tỷ đồng, tăng ", "percent", ""),
    ("Cổ phiếu HLM tăng giá mạnh từ ", "money", ""),
]


@pytest.mark.parametrize(("text", "kind", "want"), PHRASES)
def test_written_phrase(text: str, kind: str, want: str) -> None:
    assert written_phrase(text, kind) == want


# names with a plan word: name in, name out
TARGETS = [
    ("Công ty đặt mục tiêu doanh thu", "mục tiêu doanh thu"),
    ("doanh thu của Công ty đặt mục tiêu", "mục tiêu doanh thu"),
    ("Tổng kế hoạch vốn đầu tư công", "kế hoạch vốn đầu tư công"),
    # negative rows: no measure after or before the plan word
    ("Công ty hoàn thành kế hoạch", "Công ty hoàn thành kế hoạch"),
    ("mục tiêu", "mục tiêu"),
]


@pytest.mark.parametrize(("name", "want"), TARGETS)
def test_target_name(name: str, want: str) -> None:
    assert target_name(name) == want


LEADS = [
    ("Thuế nhập khẩu bình quân gia quyền của các mặt hàng xăng dầu được tính như sau", "percent",
     ("Thuế nhập khẩu bình quân gia quyền", "của")),
    ("Sau điều chỉnh, giá bán lẻ các mặt hàng xăng dầu như sau", "money",
     ("giá bán lẻ", "")),
    # negative row: no measure before the colon
    ("Cụ thể như sau", "money", ("", "")),
]


@pytest.mark.parametrize(("text", "kind", "want"), LEADS)
def test_colon_lead(text: str, kind: str, want: tuple[str, str]) -> None:
    assert colon_lead(text, kind) == want
