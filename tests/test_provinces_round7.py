"""Which province a figure or a person takes, round 7 (issue 13): corpus tables of texts written
for these tests (phrase in → the province out), each with negative rows where the province must
stay.

Dev README: a figure takes a province only when the text ties it to one (national figures, a
region's or several provinces' figures, company results take none); a person's province is the
province of their office.
"""

from __future__ import annotations

from typing import Any

import pytest
from test_figure_places import _find  # one indicator by value and unit
from test_figure_places import _run as _figures  # the indicators component after provinces…names

import vnextract
from vnextract.resolve.figure_places import (
    business_office,
    company_bracket,
    dateline_venue,
    district_home,
)

# (text, value, unit, province the figure must take)
FIGURES = [
    # a deputy's delegation in brackets after the name owns no later national figure
    ("Quốc hội bàn về tiết kiệm chi thường xuyên\nCác đại biểu thảo luận tại hội trường. Ông Lê "
     "Văn Bình (ĐB Ninh Thuận) đề nghị cắt giảm mạnh hơn. Chi thường xuyên năm nay dự kiến chiếm "
     "64,1% tổng chi ngân sách.", 64.1, "%", None),
    # a company's seat in brackets does not make the article's province (its paragraph is the
    # company's; a figure of another paragraph takes no province from it)
    ("Xuất khẩu cà phê chậm lại\nTheo bộ ngành, giá xuất khẩu bình quân giảm nhẹ. Bà Trần Thị Mai,"
     " Giám đốc Công ty TNHH Hòa Lợi (Kon Tum) cho biết doanh nghiệp gặp khó.\nTrong khi đó, giá "
     "cà phê xuất khẩu bình quân chỉ còn 2.150 USD/tấn.", 2150, "USD/tonne", None),
    # an event's venue that opens the lead is not the place of the figures told there
    ("Hội thảo về an sinh xã hội khu vực\nNgày 9/3, tại Hà Nội, các chuyên gia trao đổi kinh "
     "nghiệm an sinh. Ở Thái Lan, doanh nghiệp phải tuyển ít nhất 2% lao động là người khuyết tật.",
     2, "%", None),
    # a region before the figure in its sentence: no province carried from before
    ("Tỉnh Nam Định đẩy nhanh gieo cấy\nToàn tỉnh Nam Định đã gieo cấy được 70% diện tích. Vụ "
     "này, toàn miền Bắc dự kiến gieo cấy khoảng 1,1 triệu ha lúa.", 1.1e6, "ha", None),
    # a price quoted for a part of the country
    ("Giá gà công nghiệp giảm\nTại Thái Bình, người nuôi gà lo lắng. Theo Cục Chăn nuôi, giá gà "
     "lông trắng ở miền Nam chỉ còn 23.000 đồng/kg.", 23000, "VND/kg", None),
]

# the province stays the figure's
FIGURES_KEPT = [
    # a rank within a part of the country is the province's
    ("Lâm Đồng tăng trưởng khá\nNăm nay GRDP của Lâm Đồng tăng 7,8%, xếp thứ 2 toàn miền Nam.",
     2, "rank", "Lâm Đồng"),
    # a region or a group of provinces named before a figure is left to the other rules
    ("Hà Tĩnh tổng kết công tác thủy lợi\nTỉnh Hà Tĩnh hoàn thành kế hoạch lấy nước, đạt 95% kế "
     "hoạch của vùng Bắc Trung Bộ.", 95, "%", "Hà Tĩnh"),
    # a clause after a semicolon is no figure of the part of the country named before it
    ("Bạc Liêu tổng kết năm\nNăm nay GRDP của Bạc Liêu tăng 7,1%, cao thứ 4 toàn miền Nam; thu "
     "ngân sách trên địa bàn đạt 3.050 tỷ đồng.", 3.05e12, "VND", "Bạc Liêu"),
    # a road's figure in a province's article
    ("Sơn La mở tuyến đường mới\nTheo lãnh đạo tỉnh Sơn La, ngày 2/7/2022 tỉnh đã khởi công tuyến "
     "đường liên huyện, tổng mức đầu tư 410 tỷ đồng.", 4.1e11, "VND", "Sơn La"),
    # a dated sentence whose province is the subject, not a venue after "tại"
    ("Quảng Trị thu hút đầu tư\nNgày 5/4, tỉnh Quảng Trị trao chứng nhận cho 6 dự án với tổng vốn "
     "1.200 tỷ đồng.", 1.2e12, "VND", "Quảng Trị"),
    # the company's own figures beside its seat keep the province
    ("Chuối xuất khẩu sang Nhật\nÔng Phạm Văn Hòa, Giám đốc Công ty Cổ phần Nông sản Đà Lạt (Lâm "
     "Đồng) cho biết công ty sẽ trồng thêm 120 ha chuối.", 120, "ha", "Lâm Đồng"),
]


@pytest.mark.parametrize("text,value,unit,province", FIGURES + FIGURES_KEPT)
def test_figure_province(text: str, value: float, unit: str, province: str | None) -> None:
    assert _find(_figures(text), value, unit)["province"] == province


def _person(text: str, name: str) -> dict[str, Any]:
    record = vnextract.extract(text)
    people = record["people"] if isinstance(record, dict) else record.to_dict()["people"]
    for p in people:
        if p["name"] == name:
            return p
    raise AssertionError(f"no person {name} in {people}")


# (text, name, province)
PEOPLE = [
    # a company's office with its seat in brackets
    ("Gạo xuất khẩu được giá\nÔng Võ Văn Tâm, Giám đốc Công ty TNHH Phước Thạnh (Sóc Trăng) cho "
     "biết đơn hàng tăng.", "Võ Văn Tâm", "Sóc Trăng"),
    # a district-level city's party committee: the province it lies in, named in the article
    ("Bàn về cán bộ trẻ ở Quảng Nam\nTheo ông Trần Văn Hải, nguyên Bí thư Thành ủy Hội An, cần "
     "trọng dụng người có năng lực.", "Trần Văn Hải", "Quảng Nam"),
    # a district office whose name two provinces share: the one the text names
    ("Cần Thơ kiện toàn bộ máy\nTại kỳ họp HĐND thành phố Cần Thơ, ông Lê Văn An, Phó Chủ tịch "
     "UBND huyện Phong Điền, báo cáo tình hình.", "Lê Văn An", "Cần Thơ"),
    # a delegate at a People's Council session
    ("Chất vấn về vỉa hè\nSáng 4/7, kỳ họp thứ 5 HĐND TP.HCM khai mạc. ĐB Nguyễn Thị Lan đề nghị "
     "làm rõ trách nhiệm quản lý vỉa hè.", "Nguyễn Thị Lan", "Hồ Chí Minh"),
]

# the person keeps no province
PEOPLE_NONE = [
    # a company with no place in the text
    ("Gạo xuất khẩu được giá\nÔng Võ Văn Tâm, Giám đốc Công ty TNHH Phước Thạnh cho biết đơn hàng "
     "tăng.", "Võ Văn Tâm", None),
    # a district-level city whose province the article does not name
    ("Bàn về cán bộ trẻ\nTheo ông Trần Văn Hải, nguyên Bí thư Thành ủy Hội An, cần trọng dụng người "
     "có năng lực.", "Trần Văn Hải", None),
    # a national office
    ("Bàn về y tế dự phòng\nNgày 3/3, tại Hà Nội, Bộ trưởng Bộ Y tế Nguyễn Văn Hùng làm việc với "
     "các viện.", "Nguyễn Văn Hùng", None),
    # a delegate in a story about the National Assembly names no council
    ("Quốc hội thảo luận về ngân sách\nCác đại biểu Quốc hội thảo luận tại hội trường. ĐB Nguyễn "
     "Thị Lan đề nghị tiết kiệm chi. Quốc hội sẽ biểu quyết vào cuối kỳ họp.",
     "Nguyễn Thị Lan", None),
]


@pytest.mark.parametrize("text,name,province", PEOPLE + PEOPLE_NONE)
def test_person_province(text: str, name: str, province: str | None) -> None:
    assert _person(text, name)["province"] == province


# the helpers alone: (text, start of the province mention, expected)
SEATS = [
    ("Công ty TNHH Thịnh An (Bến Tre)", True),
    ("HTX Tân Phú (tỉnh Long An)", True),
    ("đại biểu Lê Văn Bình (Bến Tre)", False),  # a deputy, not a company
    ("Công ty TNHH Thịnh An (Bến Tre, Long An)", False),  # two places: not one seat
]


@pytest.mark.parametrize("text,expected", SEATS)
def test_company_bracket(text: str, expected: bool) -> None:
    start = text.index("Bến Tre") if "Bến Tre" in text else text.index("Long An")
    end = start + len("Bến Tre" if "Bến Tre" in text else "Long An")
    assert company_bracket(text, start, end) is expected


VENUES = [
    ("sáng 13/5, tại tp hồ chí minh", "hồ chí minh", True),
    ("ngày 17/5, tại trung tâm hội nghị quốc gia, hà nội", "hà nội", True),
    ("tại hải dương", "hải dương", False),  # no event date: the province is the subject
    ("ngày 5/4, tỉnh quảng trị", "quảng trị", False),  # no "tại": the province acts
]


@pytest.mark.parametrize("low,name,expected", VENUES)
def test_dateline_venue(low: str, name: str, expected: bool) -> None:
    assert dateline_venue(low, 0, low.index(name)) is expected


def test_district_home() -> None:
    assert district_home("Tánh Linh", {"Bình Thuận", "Hà Nội"}) == "Bình Thuận"
    assert district_home("Phong Điền", {"Cần Thơ"}) == "Cần Thơ"
    assert district_home("Tánh Linh", set()) is None  # its province is not named
    assert district_home("Không Có Đâu", {"Hà Nội"}) is None


def test_business_office() -> None:
    assert business_office("Giám đốc Công ty TNHH Thịnh Phát")
    assert business_office("Giám đốc HTX Vải thiều Phượng Sơn")
    assert not business_office("Giám đốc Sở Công Thương")
    assert not business_office("Chủ tịch Ủy ban nhân dân tỉnh")
