"""People component: a corpus of our own sentences with the people, offices and provinces they give.

Grouped by form, like Duckling's corpora. Each case is ``(text, expected)`` where ``expected`` maps
every person the text names to ``(titles, province)``; ``None`` for titles means "not checked".
The comparison of names and titles ignores case, spacing and tone placement (as score.py does).
Known failures stay in ``XFAIL`` with strict=True so that a fix shows.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from vnextract.components.names import NamesComponent
from vnextract.components.titles import TitlesComponent
from vnextract.document import Document
from vnextract.pipeline import component_chain
from vnextract.resolve import people as people_step
from vnextract.text import match_key

PROVINCES = component_chain("provinces", "places", "focus")
TITLES = TitlesComponent()
NAMES = NamesComponent()
ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "eval" / "dev"

Expected = dict[str, tuple[list[str] | None, str | None]]


def people(doc: Document) -> Document:
    return people_step.resolve(NAMES(TITLES(doc)))


def run(text: str, focus: str | None = None) -> Document:
    doc = PROVINCES(Document(text))
    if focus is not None:
        doc.focus_province = focus
    return people(doc)


def check(text: str, expected: Expected, focus: str | None = None) -> None:
    doc = run(text, focus)
    got = {match_key(p.name): p for p in doc.people}
    assert set(got) == {match_key(n) for n in expected}, [p.name for p in doc.people]
    for name, (titles, province) in expected.items():
        person = got[match_key(name)]
        if titles is not None:
            assert [match_key(t) for t in person.titles] == [match_key(t) for t in titles], person.titles
        assert person.province == province, (name, person.province)


CORPUS: dict[str, list[tuple[str, Expected]]] = {
    "honorifics": [
        ("Chiều qua, ông Trần Văn Thắng đã đến thăm trường.", {"Trần Văn Thắng": ([], None)}),
        ("Bà Lê Thị Mai cho biết năm nay lúa được mùa.", {"Lê Thị Mai": ([], None)}),
        ("Đồng chí Hoàng Văn Nam trao quà cho các gia đình.", {"Hoàng Văn Nam": ([], None)}),
        ("Chị Nguyễn Thị Hạnh và anh Phạm Quốc Bảo là hai nông dân giỏi.",
         {"Nguyễn Thị Hạnh": ([], None), "Phạm Quốc Bảo": ([], None)}),
        ("Ông Vừ A Dính dẫn chúng tôi lên bản.", {"Vừ A Dính": ([], None)}),
        ("Đ/c Lò Văn Hùng phát biểu.", {"Lò Văn Hùng": ([], None)}),
        ("Nguyễn Thị Thu Trang cho biết chị đã làm nghề mười năm.", {"Nguyễn Thị Thu Trang": ([], None)}),
        ("Buổi lễ có sự tham dự của Lý Văn Sáu và Đinh Thị Loan.",
         {"Lý Văn Sáu": ([], None), "Đinh Thị Loan": ([], None)}),
    ],
    "ranks_and_degrees": [
        ("Thượng tướng Lê Văn Tám, Thứ trưởng Bộ Quốc phòng dự lễ.",
         {"Lê Văn Tám": (["Thứ trưởng Bộ Quốc phòng"], None)}),
        ("Thứ trưởng Bộ Công an, Trung tướng Đỗ Văn Hòa kiểm tra công tác.",
         {"Đỗ Văn Hòa": (["Thứ trưởng Bộ Công an"], None)}),
        ("Đại tá Trần Minh Quân, Giám đốc Công an tỉnh Hà Nam cho biết vụ việc đang được điều tra.",
         {"Trần Minh Quân": (["Giám đốc Công an tỉnh Hà Nam"], "Hà Nam")}),
        ("GS.TS. Lê Văn Bình, Giám đốc Bệnh viện Chợ Rẫy cho biết bệnh viện đã sẵn sàng.",
         {"Lê Văn Bình": (["Giám đốc Bệnh viện Chợ Rẫy"], None)}),
        ("Phó Giáo sư, Tiến sĩ Đinh Công Lý, Hiệu trưởng Trường Đại học Vinh phát biểu.",
         {"Đinh Công Lý": (["Hiệu trưởng Trường Đại học Vinh"], None)}),
    ],
    "chain_after_name": [
        ("Dự có đồng chí Trần Quốc Hưng, Ủy viên BCH Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Phú Yên.",
         {"Trần Quốc Hưng": (["Ủy viên Ban Chấp hành Trung ương Đảng", "Bí thư Tỉnh ủy Phú Yên",
                              "Chủ tịch Hội đồng nhân dân tỉnh Phú Yên"], "Phú Yên")}),
        ("Bà Đào Thị Lan - Phó Giám đốc Sở Y tế tỉnh Ninh Bình - cho biết dịch đã được kiểm soát.",
         {"Đào Thị Lan": (["Phó Giám đốc Sở Y tế tỉnh Ninh Bình"], "Ninh Bình")}),
        ("Ông Lò Văn Thắng (Chủ tịch UBND xã Mường Lạn) dẫn đoàn đi thực tế.",
         {"Lò Văn Thắng": (["Chủ tịch Ủy ban nhân dân xã Mường Lạn"], None)}),
        ("Ông Bùi Văn Khánh, Phó Bí thư Tỉnh ủy kiêm Chủ tịch HĐND tỉnh Hòa Bình phát biểu.",
         {"Bùi Văn Khánh": (["Phó Bí thư Tỉnh ủy Hòa Bình", "Chủ tịch Hội đồng nhân dân tỉnh Hòa Bình"],
                            "Hòa Bình")}),
        ("Ông Trương Văn Hải, Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh Sóc Trăng trình bày báo cáo.",
         {"Trương Văn Hải": (["Trưởng Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh Sóc Trăng"], "Sóc Trăng")}),
        ("Ông Ngô Quang Vinh, Viện trưởng Viện Nghiên cứu phát triển bền vững làm trưởng đoàn.",
         {"Ngô Quang Vinh": (["Viện trưởng Viện Nghiên cứu phát triển bền vững"], None)}),
        ("Bà Châu Thị Mỹ, Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Tiền Giang cho biết.",
         {"Châu Thị Mỹ": (["Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Tiền Giang"], "Tiền Giang")}),
    ],
    "title_before_name": [
        ("Phó Thủ tướng Lê Văn Thành làm việc với tỉnh Lào Cai.",
         {"Lê Văn Thành": (["Phó Thủ tướng"], None)}),
        ("Chủ tịch UBND tỉnh Quảng Ngãi Đặng Văn Minh tiếp đoàn.",
         {"Đặng Văn Minh": (["Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi"], "Quảng Ngãi")}),
        ("Trưởng ban Tuyên giáo Tỉnh ủy Hải Dương Nguyễn Văn Cường nêu ý kiến.",
         {"Nguyễn Văn Cường": (["Trưởng ban Tuyên giáo Tỉnh ủy Hải Dương"], "Hải Dương")}),
        ("Ủy viên Bộ Chính trị, Thủ tướng Chính phủ Trần Minh Đạt chủ trì hội nghị.",
         {"Trần Minh Đạt": (["Ủy viên Bộ Chính trị", "Thủ tướng Chính phủ"], None)}),
        ("Bộ trưởng Bộ Công Thương Đinh Văn Hòa và Bộ trưởng Bộ Tài chính Lê Hữu Phước dự họp.",
         {"Đinh Văn Hòa": (["Bộ trưởng Bộ Công Thương"], None),
          "Lê Hữu Phước": (["Bộ trưởng Bộ Tài chính"], None)}),
        ("Chủ tịch UBND huyện Kỳ Anh Phan Văn Hùng báo cáo tiến độ.",
         {"Phan Văn Hùng": (["Chủ tịch Ủy ban nhân dân huyện Kỳ Anh"], None)}),
        ("Tổng Bí thư Đỗ Văn Lâm tiếp Chủ tịch Quốc hội Lào Phon Xay.",
         {"Đỗ Văn Lâm": (["Tổng Bí thư"], None), "Phon Xay": (["Chủ tịch Quốc hội Lào"], None)}),
        ("Thống đốc Ngân hàng Nhà nước Phạm Thị Hằng cho biết tín dụng tăng.",
         {"Phạm Thị Hằng": (["Thống đốc Ngân hàng Nhà nước"], None)}),
    ],
    "former_standing_candidate": [
        ("Ông Lưu Văn Hòa, nguyên Chủ tịch UBND tỉnh Quảng Nam, nay là Bí thư Tỉnh ủy Quảng Ngãi.",
         {"Lưu Văn Hòa": (["Chủ tịch Ủy ban nhân dân tỉnh Quảng Nam", "Bí thư Tỉnh ủy Quảng Ngãi"],
                          "Quảng Ngãi")}),
        ("Đồng chí Tạ Văn Long, Ủy viên dự khuyết BCH Trung ương Đảng, Phó Bí thư Thường trực Tỉnh ủy Bắc Kạn.",
         {"Tạ Văn Long": (["Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng",
                           "Phó Bí thư Thường trực Tỉnh ủy Bắc Kạn"], "Bắc Kạn")}),
        ("Ông Khúc Văn Hải, Phó Chủ tịch Thường trực UBND tỉnh Yên Bái chủ trì.",
         {"Khúc Văn Hải": (["Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh Yên Bái"], "Yên Bái")}),
    ],
    "abbreviations": [
        ("Ông Đỗ Văn Tài, UVBCH Trung ương Đảng, Bí thư Tỉnh ủy Bến Tre.",
         {"Đỗ Văn Tài": (["Ủy viên Ban Chấp hành Trung ương Đảng", "Bí thư Tỉnh ủy Bến Tre"], "Bến Tre")}),
        ("Ông Trần Văn Năm, Ủy viên BCH TƯ Đảng, Trưởng đoàn ĐBQH tỉnh Gia Lai.",
         {"Trần Văn Năm": (["Ủy viên Ban Chấp hành Trung ương Đảng",
                            "Trưởng đoàn Đại biểu Quốc hội tỉnh Gia Lai"], "Gia Lai")}),
        ("Bà Lê Thị Kim Dung, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Trà Vinh phát biểu.",
         {"Lê Thị Kim Dung": (["Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Trà Vinh"], "Trà Vinh")}),
        ("Ông Hồ Văn Bảy, Phó Giám đốc Sở KH&ĐT TP.HCM cho biết.",
         {"Hồ Văn Bảy": (["Phó Giám đốc Sở Kế hoạch và Đầu tư Thành phố Hồ Chí Minh"], "Hồ Chí Minh")}),
        ("Chủ tịch UBND TP.HCM Lê Văn Nên và Chủ tịch UBND TP. Cần Thơ Võ Thành Công đồng chủ trì.",
         {"Lê Văn Nên": (["Chủ tịch Ủy ban nhân dân Thành phố Hồ Chí Minh"], "Hồ Chí Minh"),
          "Võ Thành Công": (["Chủ tịch Ủy ban nhân dân thành phố Cần Thơ"], "Cần Thơ")}),
        ("Bà Hà Thị Nga, Thứ trưởng Bộ KH&ĐT dự hội nghị.",
         {"Hà Thị Nga": (["Thứ trưởng Bộ Kế hoạch và Đầu tư"], None)}),
    ],
    "shared_titles": [
        ("Đi cùng có ba Ủy viên Ban Thường vụ Thành ủy là Trưởng ban Dân vận Thành ủy Lê Văn Kiên, "
         "Giám đốc Công an Thành phố Trần Văn Hào và Phó Chủ tịch UBND Thành phố Vũ Thu Hà. "
         "Đoàn của Thành ủy Hải Phòng được đón tiếp chu đáo.",
         {"Lê Văn Kiên": (["Ủy viên Ban Thường vụ Thành ủy Hải Phòng", "Trưởng ban Dân vận Thành ủy Hải Phòng"],
                          "Hải Phòng"),
          "Trần Văn Hào": (["Ủy viên Ban Thường vụ Thành ủy Hải Phòng", "Giám đốc Công an thành phố Hải Phòng"],
                           "Hải Phòng"),
          "Vũ Thu Hà": (["Ủy viên Ban Thường vụ Thành ủy Hải Phòng",
                         "Phó Chủ tịch Ủy ban nhân dân thành phố Hải Phòng"], "Hải Phòng")}),
        ("Lãnh đạo tỉnh Nam Định có các Ủy viên Ban Thường vụ Tỉnh ủy: Đoàn Văn Sáu, Mai Thị Hoa, Đặng Văn Lực.",
         {"Đoàn Văn Sáu": (["Ủy viên Ban Thường vụ Tỉnh ủy Nam Định"], "Nam Định"),
          "Mai Thị Hoa": (["Ủy viên Ban Thường vụ Tỉnh ủy Nam Định"], "Nam Định"),
          "Đặng Văn Lực": (["Ủy viên Ban Thường vụ Tỉnh ủy Nam Định"], "Nam Định")}),
    ],
    "implied_province": [
        ("Dự tọa đàm, đại diện lãnh đạo tỉnh Sơn La có đồng chí Hoàng Văn Chất, Bí thư Tỉnh ủy; "
         "lãnh đạo tỉnh Lai Châu có đồng chí Giàng Páo Mỷ, Bí thư Tỉnh ủy, Trưởng Đoàn ĐBQH tỉnh.",
         {"Hoàng Văn Chất": (["Bí thư Tỉnh ủy Sơn La"], "Sơn La"),
          "Giàng Páo Mỷ": (["Bí thư Tỉnh ủy Lai Châu", "Trưởng Đoàn Đại biểu Quốc hội tỉnh Lai Châu"],
                           "Lai Châu")}),
        ("UBND tỉnh Bắc Giang tổ chức họp báo. Đồng chủ trì có ông Mai Văn Sơn, Phó Chủ tịch UBND tỉnh; "
         "ông Trần Văn Chiêu, Giám đốc Sở Thông tin và Truyền thông.",
         {"Mai Văn Sơn": (["Phó Chủ tịch Ủy ban nhân dân tỉnh Bắc Giang"], "Bắc Giang"),
          "Trần Văn Chiêu": (["Giám đốc Sở Thông tin và Truyền thông tỉnh Bắc Giang"], "Bắc Giang")}),
        ("Phía Nhật Bản có ông Suzuki Taro, Tổng lãnh sự Nhật Bản tại TP.HCM. Về phía tỉnh có ông Phạm Văn Cảnh, "
         "Bí thư Tỉnh ủy Long An và ông Nguyễn Văn Út, Phó Chủ tịch UBND tỉnh.",
         {"Suzuki Taro": (["Tổng lãnh sự Nhật Bản tại Thành phố Hồ Chí Minh"], None),
          "Phạm Văn Cảnh": (["Bí thư Tỉnh ủy Long An"], "Long An"),
          "Nguyễn Văn Út": (["Phó Chủ tịch Ủy ban nhân dân tỉnh Long An"], "Long An")}),
        ("Dự kỳ họp có đồng chí Lê Văn Dũng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh.",
         {"Lê Văn Dũng": (["Bí thư Tỉnh ủy Quảng Trị", "Chủ tịch Hội đồng nhân dân tỉnh Quảng Trị"],
                          "Quảng Trị")}),
    ],
    "foreign_officials": [
        ("Thủ tướng Nhật Bản Kishida Fumio hội đàm với Thủ tướng Chính phủ Phạm Văn Chính.",
         {"Kishida Fumio": (["Thủ tướng Nhật Bản"], None),
          "Phạm Văn Chính": (["Thủ tướng Chính phủ"], None)}),
        ("Đoàn do ông Park Jin Ho, Viện trưởng Viện Nghiên cứu nước sạch làm trưởng đoàn.",
         {"Park Jin Ho": (["Viện trưởng Viện Nghiên cứu nước sạch"], None)}),
        ("Phía Nhật Bản có ông Oigawa Kazuhiko, Thống đốc tỉnh Ibaraki; ông Morita Takushi, "
         "Phó Chủ tịch HĐND TP. Okayama cùng các nhà đầu tư.",
         {"Oigawa Kazuhiko": (["Thống đốc tỉnh Ibaraki"], None),
          "Morita Takushi": (["Phó Chủ tịch Hội đồng nhân dân thành phố Okayama"], None)}),
        ("Thống đốc tỉnh Gyeongsangbuk Lee Cheol Woo hội kiến Bí thư Tỉnh ủy Quảng Nam Lương Minh Triết.",
         {"Lee Cheol Woo": (["Thống đốc tỉnh Gyeongsangbuk"], None),
          "Lương Minh Triết": (["Bí thư Tỉnh ủy Quảng Nam"], "Quảng Nam")}),
        ("Ngài Yamada Takio, Đại sứ Đặc mệnh toàn quyền Nhật Bản tại Việt Nam phát biểu.",
         {"Yamada Takio": (["Đại sứ Đặc mệnh toàn quyền Nhật Bản tại Việt Nam"], None)}),
    ],
    "appointments": [
        ("Ông Phạm Văn Tuấn được bầu làm Chủ tịch UBND tỉnh Bình Định.",
         {"Phạm Văn Tuấn": (["Chủ tịch Ủy ban nhân dân tỉnh Bình Định"], "Bình Định")}),
        ("HĐND tỉnh Bình Định cho ông Nguyễn Phi Hùng thôi giữ chức Chủ tịch UBND tỉnh nhiệm kỳ 2021 – 2026; "
         "HĐND tỉnh đồng thời cho ông thôi làm đại biểu HĐND tỉnh khóa XIII.",
         {"Nguyễn Phi Hùng": (["Chủ tịch Ủy ban nhân dân tỉnh Bình Định",
                               "Đại biểu Hội đồng nhân dân tỉnh Bình Định"], "Bình Định")}),
        ("HĐND tỉnh Bắc Kạn đã miễn nhiệm chức danh Chủ tịch UBND tỉnh đối với ông Hoàng Duy Chinh.",
         {"Hoàng Duy Chinh": (["Chủ tịch Ủy ban nhân dân tỉnh Bắc Kạn"], "Bắc Kạn")}),
        ("Ông Nguyễn Văn Quảng được Bộ Chính trị điều động, phân công giữ chức Bí thư Thành ủy Đà Nẵng.",
         {"Nguyễn Văn Quảng": (["Bí thư Thành ủy Đà Nẵng"], "Đà Nẵng")}),
        ("Tân Bí thư Tỉnh ủy Hà Giang Nguyễn Mạnh Dũng phát biểu. Ông Dũng nguyên là Phó Chủ nhiệm "
         "Văn phòng Chính phủ.",
         {"Nguyễn Mạnh Dũng": (["Bí thư Tỉnh ủy Hà Giang", "Phó Chủ nhiệm Văn phòng Chính phủ"], "Hà Giang")}),
        ("Ông Lê Văn Hoàng, Phó Bí thư Tỉnh ủy Bình Định nhiệm kỳ 2020 – 2025, trở thành Chủ tịch UBND tỉnh.",
         {"Lê Văn Hoàng": (["Phó Bí thư Tỉnh ủy Bình Định", "Chủ tịch Ủy ban nhân dân tỉnh Bình Định"],
                           "Bình Định")}),
    ],
    "districts": [
        ("Đoàn ĐBQH tỉnh Trà Vinh tiếp xúc cử tri huyện Cầu Ngang. Cùng dự có ông Nguyễn Thái Bình, "
         "Bí thư Huyện ủy Cầu Ngang và bà Lâm Thị Sa Rết, Chủ tịch UBND huyện.",
         {"Nguyễn Thái Bình": (["Bí thư Huyện ủy Cầu Ngang"], "Trà Vinh"),
          "Lâm Thị Sa Rết": (["Chủ tịch Ủy ban nhân dân huyện Cầu Ngang"], "Trà Vinh")}),
    ],
    "current_office": [
        ("Ông Lê Văn Khiêm, Phó Bí thư Tỉnh ủy Quảng Ngãi, được điều động, chỉ định giữ chức "
         "Bí thư Tỉnh ủy Kon Tum.",
         {"Lê Văn Khiêm": (["Phó Bí thư Tỉnh ủy Quảng Ngãi", "Bí thư Tỉnh ủy Kon Tum"], "Kon Tum")}),
        ("Ông Lê Văn Phong, nguyên Bí thư Tỉnh ủy Kon Tum, được điều động làm Phó Trưởng Ban "
         "Nội chính Trung ương.",
         {"Lê Văn Phong": (["Bí thư Tỉnh ủy Kon Tum", "Phó Trưởng Ban Nội chính Trung ương"], None)}),
        ("Tham gia đoàn có ông Lục Văn Khang, Thị trưởng thành phố Bằng Tường (Trung Quốc), "
         "và ông Hà Văn Thiện, Chủ tịch UBND tỉnh Lạng Sơn.",
         {"Lục Văn Khang": (["Thị trưởng thành phố Bằng Tường"], None),
          "Hà Văn Thiện": (["Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn"], "Lạng Sơn")}),
    ],
    "one_person_one_record": [
        ("Bà Thạch Thị Sa Ri, Phó Trưởng Đoàn chuyên trách Đoàn ĐBQH tỉnh Sóc Trăng phát biểu. "
         "Bà Sa Ri cho biết cử tri quan tâm tới giá lúa.",
         {"Thạch Thị Sa Ri": (["Phó Trưởng Đoàn chuyên trách Đoàn Đại biểu Quốc hội tỉnh Sóc Trăng"],
                              "Sóc Trăng")}),
        ("Ông Đặng Xuân Phong, Bí thư Tỉnh ủy Lào Cai tiếp đoàn. Ông Phong cho biết tỉnh coi trọng hợp tác. "
         "Bí thư Tỉnh ủy Đặng Xuân Phong đề nghị hai bên phối hợp.",
         {"Đặng Xuân Phong": (["Bí thư Tỉnh ủy Lào Cai"], "Lào Cai")}),
        ("Ông Nguyễn Tiến Hải, Bí thư Tỉnh ủy Cà Mau và ông Nguyễn Thanh Hải, Bí thư Tỉnh ủy Thái Nguyên cùng dự.",
         {"Nguyễn Tiến Hải": (["Bí thư Tỉnh ủy Cà Mau"], "Cà Mau"),
          "Nguyễn Thanh Hải": (["Bí thư Tỉnh ủy Thái Nguyên"], "Thái Nguyên")}),
        ("Ông Ono Masuo, Tổng lãnh sự Nhật Bản tại TP.HCM dự lễ. Theo Tổng lãnh sự Ono Masuo, "
         "doanh nghiệp Nhật muốn mở rộng đầu tư.",
         {"Ono Masuo": (["Tổng lãnh sự Nhật Bản tại Thành phố Hồ Chí Minh"], None)}),
    ],
    "bylines": [
        ("Hội nghị kết thúc tốt đẹp. Tin và ảnh: Thành Chung |", {"Thành Chung": ([], None)}),
        ("Hội nghị kết thúc tốt đẹp.\n\nPhạm Trung\n", {"Phạm Trung": ([], None)}),
        ("Hội nghị kết thúc tốt đẹp.\n\nBài và ảnh: Ngọc Hân - Minh Đức", {"Ngọc Hân": ([], None),
                                                                          "Minh Đức": ([], None)}),
        ("Hội nghị kết thúc tốt đẹp.\n\nThu Hằng/VOV.VN", {"Thu Hằng": ([], None)}),
        ("Hội nghị kết thúc tốt đẹp.\n\nĐức Anh (t/h)", {"Đức Anh": ([], None)}),
        ("Hội nghị kết thúc tốt đẹp.\n\nPV", {}),
        ("Hội nghị kết thúc tốt đẹp.\n\nT.H. (tổng hợp)", {}),
        ("Hội nghị kết thúc tốt đẹp.\n\nTheo Báo Nhân Dân", {}),
        ("Hội nghị kết thúc tốt đẹp.\n\nHà Nội", {}),
    ],
    "organisation_names": [
        ("Ông Nguyễn Văn Hùng, Cục trưởng Cục Tổ chức cán bộ (Bộ Công an) cho biết đợt tuyển sinh đã xong.",
         {"Nguyễn Văn Hùng": (["Cục trưởng Cục Tổ chức cán bộ Bộ Công an"], None)}),
        ("Bà Lê Thị Hoa, Vụ trưởng Vụ Thống kê giá (Tổng cục Thống kê) cho biết chỉ số giá tăng nhẹ.",
         {"Lê Thị Hoa": (["Vụ trưởng Vụ Thống kê giá Tổng cục Thống kê"], None)}),
        ("Ông Đậu Anh Minh, Trưởng Ban Pháp chế Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI) "
         "nhận định thủ tục còn rườm rà.",
         {"Đậu Anh Minh": (["Trưởng Ban Pháp chế Liên đoàn Thương mại và Công nghiệp Việt Nam"], None)}),
        ("Ông Trần Quang Vĩnh, Trưởng Ban Pháp chế VCCI cho rằng cần sửa luật.",
         {"Trần Quang Vĩnh": (["Trưởng Ban Pháp chế Liên đoàn Thương mại và Công nghiệp Việt Nam"], None)}),
        ("Bộ Công an vừa tổng kết công tác năm. Thiếu tướng Trần Văn Dũng, Cục trưởng Cục Tổ chức cán bộ "
         "phát biểu tổng kết.",
         {"Trần Văn Dũng": (["Cục trưởng Cục Tổ chức cán bộ Bộ Công an"], None)}),
        ("Tổng cục Thống kê công bố số liệu quý III. Bà Đỗ Thị Ngọc, Vụ trưởng Vụ Thống kê giá cho biết "
         "chỉ số giá tăng nhẹ.",
         {"Đỗ Thị Ngọc": (["Vụ trưởng Vụ Thống kê giá Tổng cục Thống kê"], None)}),
        ("Ông Trần Văn Ba, Viện trưởng Viện Chiến lược và Chính sách tài chính (Bộ Tài chính) nhận định "
         "thu ngân sách khả quan.",
         {"Trần Văn Ba": (["Viện trưởng Viện Chiến lược và Chính sách tài chính Bộ Tài chính"], None)}),
        ("Ông Nguyễn Văn An, Giám đốc Sở Tài chính thừa nhận tiến độ chậm. Ông Đặng Văn Nam, Giám đốc "
         "Sở Giao thông vận tải thông tin thêm.",
         {"Nguyễn Văn An": (["Giám đốc Sở Tài chính tỉnh Đồng Nai"], "Đồng Nai"),
          "Đặng Văn Nam": (["Giám đốc Sở Giao thông vận tải tỉnh Đồng Nai"], "Đồng Nai")}),
        ("Bộ trưởng Bộ Công Thương Nguyễn Hồng Sơn, Thứ trưởng Bộ Tài chính Cao Văn Tú và Phó Tổng cục "
         "trưởng Tổng cục Thống kê Nguyễn Trung Kiên dự họp.",
         {"Nguyễn Hồng Sơn": (["Bộ trưởng Bộ Công Thương"], None),
          "Cao Văn Tú": (["Thứ trưởng Bộ Tài chính"], None),
          "Nguyễn Trung Kiên": (["Phó Tổng cục trưởng Tổng cục Thống kê"], None)}),
        ("Thiếu tướng Nguyễn Văn Long, Giám đốc Công an tỉnh Quảng Ninh cho biết vụ án đang được điều tra.",
         {"Nguyễn Văn Long": (["Giám đốc Công an tỉnh Quảng Ninh"], "Quảng Ninh")}),
    ],
    "province_ends_the_title": [
        ("Phó Giám đốc Sở Công Thương Hà Nội Trần Văn Khánh cho biết nguồn hàng Tết dồi dào.",
         {"Trần Văn Khánh": (["Phó Giám đốc Sở Công Thương Hà Nội"], "Hà Nội")}),
        ("Giám đốc Sở Y tế Thái Bình Nguyễn Văn Tiến kiểm tra bệnh viện.",
         {"Nguyễn Văn Tiến": (["Giám đốc Sở Y tế Thái Bình"], "Thái Bình")}),
        # a compass word before the province is part of the zone's name, not a given name
        ("Ông Phan Đức Nghĩa, Trưởng ban Quản lý Khu kinh tế Đông Nam Nghệ An, cho biết.",
         {"Phan Đức Nghĩa": (["Trưởng ban Quản lý Khu kinh tế Đông Nam Nghệ An"], "Nghệ An")}),
    ],
    "names_like_offices_and_foreign_hyphens": [
        # "Quốc Vương" with nothing after it ends a name; "Quốc vương Campuchia" is an office
        ("Bộ Chính trị điều động đồng chí Đặng Quốc Vương, Chủ tịch UBND tỉnh Vĩnh Phúc.",
         {"Đặng Quốc Vương": (["Chủ tịch Ủy ban nhân dân tỉnh Vĩnh Phúc"], "Vĩnh Phúc")}),
        ("Chủ tịch nước hội kiến Quốc vương Campuchia Norodom Sihamoni.",
         {"Norodom Sihamoni": (["Quốc vương Campuchia"], None)}),
        # Korean given names written with a hyphen
        ("Chủ tịch tỉnh tiếp ông Lee Jae-sung, Đại sứ Hàn Quốc tại Việt Nam.",
         {"Lee Jae-sung": (["Đại sứ Hàn Quốc tại Việt Nam"], None)}),
        # Tày and Nùng family names
        ("Đoàn công tác tỉnh Lạng Sơn do đồng chí Lộc Văn Tuấn, Chủ tịch HĐND tỉnh Lạng Sơn "
         "làm trưởng đoàn.",
         {"Lộc Văn Tuấn": (["Chủ tịch Hội đồng nhân dân tỉnh Lạng Sơn"], "Lạng Sơn")}),
        # "HTX" opens a name like "Hợp tác xã"
        ("Ông Trần Hà Nam, Giám đốc HTX Vải thiều Phượng Sơn cho biết.",
         {"Trần Hà Nam": (["Giám đốc Hợp tác xã Vải thiều Phượng Sơn"], None)}),
    ],
    "no_place_after_the_level_word": [
        # no commune of that name in the administrative data: the name follows the level word
        ("Chủ tịch UBND xã Nguyễn Văn Toản phát biểu.",
         {"Nguyễn Văn Toản": (["Chủ tịch Ủy ban nhân dân xã"], None)}),
        ("Chủ tịch UBND huyện Nguyễn Thái Bình cho biết chất lượng quả năm nay cao.",
         {"Nguyễn Thái Bình": (["Chủ tịch Ủy ban nhân dân huyện"], None)}),
        # a ward of that name exists: the place, then the person
        ("Chủ tịch UBND phường Nguyễn Thái Bình Lê Văn Tám phát biểu.",
         {"Lê Văn Tám": (["Chủ tịch Ủy ban nhân dân phường Nguyễn Thái Bình"], None)}),
        # a district committee takes the district its chain names
        ("Ông Nguyễn Thái Bình, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Lục Ngạn chủ trì.",
         {"Nguyễn Thái Bình": (["Phó Bí thư Huyện ủy Lục Ngạn",
                                "Chủ tịch Ủy ban nhân dân huyện Lục Ngạn"], None)}),
    ],
    "abbreviated_departments": [
        ("Bà Nguyễn Thị Thu Huệ, Phó Giám đốc Sở LĐ-TB&XH tỉnh Hà Nam đã tiếp xúc cử tri.",
         {"Nguyễn Thị Thu Huệ": (["Phó Giám đốc Sở Lao động - Thương binh và Xã hội tỉnh Hà Nam"],
                                 "Hà Nam")}),
        ("Ông Trần Văn Hòa, Chi cục trưởng Chi cục Thủy sản tỉnh cho biết, Bình Định đang triển khai.",
         {"Trần Văn Hòa": (["Chi cục trưởng Chi cục Thủy sản tỉnh Bình Định"], "Bình Định")}),
        # a long lower-case name that ends with its province
        ("Ông Lâm Văn Đức, Giám đốc Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh An "
         "Giang cho biết.",
         {"Lâm Văn Đức": (["Giám đốc Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh "
                           "An Giang"], "An Giang")}),
        ("Ông Lê Văn A, Giám đốc Sở Y tế đề nghị tỉnh Nghệ An hỗ trợ.",
         {"Lê Văn A": (["Giám đốc Sở Y tế tỉnh Nghệ An"], "Nghệ An")}),
    ],
    "shared_bodies_and_foreign_chains": [
        ("Đoàn công tác do đồng chí Nguyễn Hữu Tường, Ủy viên Trung ương Đảng, Bí thư Ban cán sự "
         "đảng, Bộ trưởng Bộ GTVT làm trưởng đoàn.",
         {"Nguyễn Hữu Tường": (["Ủy viên Trung ương Đảng",
                                "Bí thư Ban cán sự đảng Bộ Giao thông vận tải",
                                "Bộ trưởng Bộ Giao thông vận tải"], None)}),
        ("Tiếp đoàn có đồng chí Lê Quang Thịnh, Bí thư Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội "
         "tỉnh Quảng Bình.",
         {"Lê Quang Thịnh": (["Bí thư Tỉnh ủy Quảng Bình",
                              "Trưởng Đoàn đại biểu Quốc hội tỉnh Quảng Bình"], "Quảng Bình")}),
        ("Đoàn tỉnh Attapeu do đồng chí Vilayphong Sisoulath, Ủy viên Trung ương Đảng Nhân dân "
         "Cách mạng Lào, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Attapeu làm Trưởng đoàn. Phía tỉnh "
         "Attapeu có ông Bounlom Keomanivong, Phó Tỉnh trưởng.",
         {"Vilayphong Sisoulath": (["Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào",
                                    "Bí thư Tỉnh ủy Attapeu", "Tỉnh trưởng tỉnh Attapeu"], None),
          "Bounlom Keomanivong": (["Phó Tỉnh trưởng"], None)}),
    ],
    "merged_provinces": [
        # the current posts, not the one held in the former province, give the province
        ("Tỉnh Tuyên Quang tổ chức hội nghị. Dự hội nghị có đồng chí Triệu Đức Toàn, Phó Bí thư "
         "Tỉnh ủy, Chủ tịch UBND tỉnh.\n"
         "Chủ tịch UBND tỉnh Triệu Đức Toàn, người từng giữ cương vị Chủ tịch UBND tỉnh Hà Giang "
         "trước khi hợp nhất, phát biểu.",
         {"Triệu Đức Toàn": (None, "Tuyên Quang")}),
    ],
    "photo_credits": [
        ("Công nhân lắp ráp linh kiện tại một doanh nghiệp. Ảnh: Mạnh Minh/TTXVN\n"
         "Ngày 5/11, Cục Thống kê cho biết sản xuất tăng.",
         {"Mạnh Minh": ([], None)}),
    ],
    "pronouns_and_past_posts": [
        # "ông" means the person named last in its paragraph
        ("Ông Nguyễn Minh Tuân được chỉ định giữ chức Phó Bí thư Tỉnh ủy Yên Bái.\n"
         "Ông Đặng Quốc Vương sinh năm 1975. Trước đó, ông từng giữ chức Giám đốc Sở Tài chính "
         "tỉnh Vĩnh Phúc.",
         {"Nguyễn Minh Tuân": (["Phó Bí thư Tỉnh ủy Yên Bái"], "Yên Bái"),
          "Đặng Quốc Vương": (["Giám đốc Sở Tài chính tỉnh Vĩnh Phúc"], "Vĩnh Phúc")}),
        # an office given as past ("nguyên") is not current where it is told again
        ("Ông Lò Văn Hùng, nguyên Bí thư Tỉnh ủy Yên Bái, được điều động giữ chức Phó Trưởng Ban "
         "Kinh tế Trung ương. Năm 2021, ông Hùng được bầu giữ chức Bí thư Tỉnh ủy Yên Bái.",
         {"Lò Văn Hùng": (["Bí thư Tỉnh ủy Yên Bái", "Phó Trưởng Ban Kinh tế Trung ương"],
                          None)}),
    ],
    "deputies_and_committees": [
        ("Ông Đoàn Văn Lợi, Đại biểu Quốc hội tỉnh Quảng Nam, Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh "
         "phát biểu tại phiên thảo luận.",
         {"Đoàn Văn Lợi": (["Đại biểu Quốc hội tỉnh Quảng Nam",
                            "Trưởng Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh Quảng Nam"], "Quảng Nam")}),
        ("Theo ông Đoàn Lợi, đại biểu Quốc hội tỉnh Quảng Nam, Trưởng Ban Kinh tế–Ngân sách HĐND tỉnh, "
         "cần sửa luật.",
         {"Đoàn Lợi": (["Đại biểu Quốc hội tỉnh Quảng Nam",
                        "Trưởng Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh Quảng Nam"], "Quảng Nam")}),
        ("Bà Hồ Thị Lan, ĐBQH đơn vị tỉnh Nghệ An, cho rằng cần tăng lương tối thiểu.",
         {"Hồ Thị Lan": (["Đại biểu Quốc hội tỉnh Nghệ An"], "Nghệ An")}),
        ("Đại biểu Quốc hội Đoàn Văn Sang (Quảng Nam) phát biểu.",
         {"Đoàn Văn Sang": (["Đại biểu Quốc hội tỉnh Quảng Nam"], "Quảng Nam")}),
        ("Ông Phan Văn Mạnh, Ủy viên Thường trực HĐND tỉnh Bình Định, góp ý dự thảo.",
         {"Phan Văn Mạnh": (["Ủy viên Thường trực Hội đồng nhân dân tỉnh Bình Định"], "Bình Định")}),
        ("Bà Vũ Thị Hương, Trưởng Ban Văn hóa - Xã hội HĐND tỉnh Thái Bình, và ông Lê Quốc Toản, "
         "Trưởng Ban Pháp chế HĐND tỉnh, trình bày báo cáo thẩm tra.",
         {"Vũ Thị Hương": (["Trưởng Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh Thái Bình"], "Thái Bình"),
          "Lê Quốc Toản": (["Trưởng Ban Pháp chế Hội đồng nhân dân tỉnh Thái Bình"], "Thái Bình")}),
    ],
    "transfers_and_old_tones": [
        ("Ông Bùi Văn Chín, Phó Chủ tịch UBND tỉnh Hoà Bình, được điều động giữ chức Thứ trưởng Bộ "
         "Nông nghiệp và Môi trường.",
         {"Bùi Văn Chín": (["Phó Chủ tịch Ủy ban nhân dân tỉnh Hòa Bình",
                            "Thứ trưởng Bộ Nông nghiệp và Môi trường"], None)}),
        ("Ông Đỗ Minh Tuấn, Thứ trưởng Bộ Nội vụ, trước đây là Phó Chủ tịch UBND tỉnh Thanh Hoá.",
         {"Đỗ Minh Tuấn": (["Thứ trưởng Bộ Nội vụ", "Phó Chủ tịch Ủy ban nhân dân tỉnh Thanh Hóa"], None)}),
        ("Ông Lê Hữu Hoàng, khi đó là Phó Chủ tịch UBND tỉnh Khánh Hoà, đã ký văn bản.",
         {"Lê Hữu Hoàng": (["Phó Chủ tịch Ủy ban nhân dân tỉnh Khánh Hòa"], "Khánh Hòa")}),
        ("Ông Đinh Văn Toàn được bổ nhiệm làm Thứ trưởng Bộ Xây dựng. Trước đó, ông Toàn là Phó Chủ tịch "
         "UBND tỉnh Hoà Bình.",
         {"Đinh Văn Toàn": (["Thứ trưởng Bộ Xây dựng", "Phó Chủ tịch Ủy ban nhân dân tỉnh Hòa Bình"], None)}),
        ("Ông Trần Văn Phúc, nguyên Phó Chủ tịch UBND tỉnh Hoà Bình, vừa nghỉ hưu.",
         {"Trần Văn Phúc": (["Phó Chủ tịch Ủy ban nhân dân tỉnh Hòa Bình"], "Hòa Bình")}),
    ],
    "bare_office_takes_the_organisation_named_for_it": [
        ("Giám đốc Sở Tư pháp tỉnh Lào Cai là bà Vương Thị Nhung; hai Phó Giám đốc gồm các ông: "
         "Lục Văn Tâm và Thào A Sình.",
         {"Vương Thị Nhung": (["Giám đốc Sở Tư pháp tỉnh Lào Cai"], "Lào Cai"),
          "Lục Văn Tâm": (["Phó Giám đốc Sở Tư pháp tỉnh Lào Cai"], "Lào Cai"),
          "Thào A Sình": (["Phó Giám đốc Sở Tư pháp tỉnh Lào Cai"], "Lào Cai")}),
        ("Bộ Giao thông vận tải họp về dự án cao tốc. Thứ trưởng Mạc Văn Chiến cho biết tiến độ chậm.",
         {"Mạc Văn Chiến": (["Thứ trưởng Bộ Giao thông vận tải"], None)}),
        ("Chủ tịch HĐND hiện nay là ông Vi Văn Thạch, Bí thư Tỉnh ủy Lạng Sơn.",
         {"Vi Văn Thạch": (["Chủ tịch Hội đồng nhân dân tỉnh Lạng Sơn", "Bí thư Tỉnh ủy Lạng Sơn"],
                           "Lạng Sơn")}),
    ],
    "one_office_written_two_ways": [
        ("Thứ trưởng Bộ Tài nguyên - Môi trường Hồ Văn Lợi đến Cà Mau. Ông Hồ Văn Lợi, Thứ trưởng "
         "Bộ Tài nguyên và Môi trường, kiểm tra đê biển.",
         {"Hồ Văn Lợi": (["Thứ trưởng Bộ Tài nguyên - Môi trường"], None)}),
    ],
    "deputies_with_their_province_in_brackets": [
        ("ĐB Hoàng Văn Cường (TP HCM) đề nghị làm rõ trách nhiệm.",
         {"Hoàng Văn Cường": (["Đại biểu Quốc hội Thành phố Hồ Chí Minh"], "Hồ Chí Minh")}),
        ("Đại biểu Giàng A Tông (Yên Bái) tranh luận.",
         {"Giàng A Tông": (["Đại biểu Quốc hội tỉnh Yên Bái"], "Yên Bái")}),
        # no province in brackets: a delegate of nowhere said
        ("Đại biểu Giàng A Tông tranh luận.", {"Giàng A Tông": (["Đại biểu"], None)}),
    ],
    "board_office_held_with_another": [
        ("Ông Lý Văn Hợp, Phó Chủ tịch HĐQT kiêm Tổng giám đốc Công ty Cổ phần Thủy sản Minh Phát, "
         "cho biết giá tôm giảm.",
         {"Lý Văn Hợp": (["Phó Chủ tịch Hội đồng quản trị Công ty Cổ phần Thủy sản Minh Phát",
                          "Tổng giám đốc Công ty Cổ phần Thủy sản Minh Phát"], None)}),
        ("Ông Hà Văn Khải, Chủ tịch HĐQT Ngân hàng Phương Đông, nghỉ hưu. Cổ đông bầu ông Vương Đình "
         "Lực làm Chủ tịch HĐQT.",
         {"Hà Văn Khải": (["Chủ tịch Hội đồng quản trị Ngân hàng Phương Đông"], None),
          "Vương Đình Lực": (["Chủ tịch Hội đồng quản trị Ngân hàng Phương Đông"], None)}),
        # two companies named after a board: the bare board stays bare; "ngân hàng này" names none
        ("Ông Hà Văn Khải là Chủ tịch HĐQT Ngân hàng Phương Đông, ông Vương Đình Lực là Chủ tịch "
         "HĐQT Ngân hàng Bắc Á. Ông Lục Văn Tú làm Phó Chủ tịch HĐQT ngân hàng này.",
         {"Hà Văn Khải": (["Chủ tịch Hội đồng quản trị Ngân hàng Phương Đông"], None),
          "Vương Đình Lực": (["Chủ tịch Hội đồng quản trị Ngân hàng Bắc Á"], None),
          "Lục Văn Tú": (["Phó Chủ tịch Hội đồng quản trị"], None)}),
        # not a board: the first office keeps its own organisation
        ("Ông Lò Văn Mạnh, Bí thư Đảng ủy kiêm Giám đốc Công ty Than Hà Lầm, dự lễ.",
         {"Lò Văn Mạnh": (["Bí thư Đảng ủy", "Giám đốc Công ty Than Hà Lầm"], None)}),
    ],
    "past_post_lists": [
        ("Ông Mông Văn Kiên từng giữ các chức vụ Bí thư Huyện ủy, Phó Chủ tịch UBND tỉnh Bắc Kạn.",
         {"Mông Văn Kiên": (["Bí thư Huyện ủy", "Phó Chủ tịch Ủy ban nhân dân tỉnh Bắc Kạn"], "Bắc Kạn")}),
        ("Bà Tòng Thị Ban lần lượt giữ chức Phó Giám đốc, Giám đốc Sở Tài chính tỉnh Sơn La.",
         {"Tòng Thị Ban": (["Phó Giám đốc Sở Tài chính tỉnh Sơn La", "Giám đốc Sở Tài chính tỉnh Sơn La"],
                           "Sơn La")}),
    ],
    "chains_over_a_term_of_office": [
        ("Bà Đinh Thị Phương là Tỉnh ủy viên, đại biểu HĐND tỉnh Đắk Nông khóa III (2016-2021), "
         "Giám đốc Sở Y tế tỉnh Đắk Nông.",
         {"Đinh Thị Phương": (["Tỉnh ủy viên tỉnh Đắk Nông",
                               "Đại biểu Hội đồng nhân dân tỉnh Đắk Nông",
                               "Giám đốc Sở Y tế tỉnh Đắk Nông"], "Đắk Nông")}),
        ("Ông Y Ngọc nhận nhiệm vụ Bí thư Huyện ủy huyện Krông Búk nhiệm kỳ 2020-2025. Ông Y Ngọc "
         "từng là Bí thư Huyện ủy Krông Búk.",
         {"Y Ngọc": (["Bí thư Huyện ủy huyện Krông Búk"], None)}),
    ],
    "office_cut_at_its_organisation_word_takes_the_longer_form": [
        ("Ông Tô Văn Hậu, nguyên Giám đốc Sở, bị khởi tố. Khi đó Giám đốc Sở Xây dựng tỉnh Kon Tum "
         "đã ký hợp đồng.",
         {"Tô Văn Hậu": (["Giám đốc Sở Xây dựng tỉnh Kon Tum"], "Kon Tum")}),
    ],
    "bare_office_stays_bare": [
        # a foreign head of government lends nothing to ours; a Party secretary may be of any body
        ("Thủ tướng Nhật Bản Sato Kenji hội đàm với Thủ tướng Lê Minh Quân.",
         {"Sato Kenji": (["Thủ tướng Nhật Bản"], None), "Lê Minh Quân": (["Thủ tướng"], None)}),
        ("Bí thư Thành ủy Hà Nội đã có mặt. Bí thư Lò Văn Pắng cũng đến dự.",
         {"Lò Văn Pắng": (["Bí thư"], None)}),
        # a given name after the office is the person, not a department
        ("Thứ trưởng Bộ Y tế Lâm Văn Hồng dự họp. Thứ trưởng Hồng cho biết thuốc đủ.",
         {"Lâm Văn Hồng": (["Thứ trưởng Bộ Y tế"], None)}),
        # two ministries named: which one the deputy minister serves, the text does not say
        ("Bộ Tài chính và Bộ Công Thương cùng họp. Thứ trưởng Bế Văn Lương phát biểu.",
         {"Bế Văn Lương": (["Thứ trưởng"], None)}),
        # two longer forms: which one is his, the text does not say
        ("Ông Tô Văn Hậu, Giám đốc Sở, có mặt. Giám đốc Sở Xây dựng và Giám đốc Sở Y tế vắng.",
         {"Tô Văn Hậu": (["Giám đốc Sở"], None)}),
        # an office counted in general names nobody's organisation
        ("Mỗi tỉnh có tối đa 3 Phó Giám đốc Sở Y tế. Ông Lầu Văn Páo được điều động làm Phó Giám đốc.",
         {"Lầu Văn Páo": ([], None)}),
    ],
    "province_of_a_delegation": [
        ("Đoàn đại biểu tỉnh Quảng Trị do ông Hà Sỹ Đông dẫn đầu đến thăm.", {"Hà Sỹ Đông": ([], "Quảng Trị")}),
        ("Ông Phạm Văn Hòa của tỉnh Đồng Tháp cho biết giá lúa tăng.", {"Phạm Văn Hòa": ([], "Đồng Tháp")}),
        ("Trong buổi làm việc tại Nghệ An, ông Nguyễn Văn Thành, Phó Giám đốc Sở Y tế cho biết số ca bệnh giảm.",
         {"Nguyễn Văn Thành": (["Phó Giám đốc Sở Y tế tỉnh Nghệ An"], "Nghệ An")}),
    ],
    "not_people": [
        ("Đoàn đến dâng hương tại phường Gia Sàng, Tp. Thái Nguyên và Khu Du lịch sinh thái Hồ Núi Cốc.", {}),
        ("Nhà hàng nằm trên đường Nguyễn Văn Linh, gần Trường THPT Lê Quý Đôn và cầu Trần Thị Lý.", {}),
        ("Trưởng Đoàn ĐBQH tỉnh cùng các đại biểu HĐND tỉnh dự kỳ họp.", {}),
        ("Hội nghị diễn ra tại Thành phố Hà Nội. Tỉnh Bắc Ninh cũng cử đoàn tham dự.", {}),
        ("Thái Nguyên và Cà Mau thống nhất tăng cường hợp tác.", {}),
        ("Công ty Cổ phần Tập đoàn Hòa Phát khởi công nhà máy Hòa Phát Dung Quất.", {}),
        ("Thủ tướng giao các bộ, ngành đẩy nhanh giải ngân.", {}),
        ("Sang ngày 25/4, Ban Thường vụ Tỉnh ủy Điện Biên làm việc với Ban Bí thư Trung ương Đảng.", {}),
        ("Theo Bộ Tài chính, Tổng cục Thống kê và Ngân hàng Nhà nước, kinh tế phục hồi.", {}),
        ("Đoàn xe chạy dọc đường mòn Hồ Chí Minh qua nhiều bản làng.", {}),
        ("Khách đặt tour qua Tổng Công ty Du lịch Sài Gòn ngày càng nhiều.", {}),
    ],
}

XFAIL: list[tuple[str, Expected]] = [
    # Two-syllable names with neither honorific nor office beside them are not taken as people.
    ("Giải nhất thuộc về Lê Hùng và Trần Mai.", {"Lê Hùng": ([], None), "Trần Mai": ([], None)}),
]


def _cases():
    for group, cases in CORPUS.items():
        for n, (text, expected) in enumerate(cases):
            yield pytest.param(text, expected, id=f"{group}-{n}")


@pytest.mark.parametrize("text,expected", list(_cases()))
def test_corpus(text: str, expected: Expected) -> None:
    focus = "Quảng Trị" if "Lê Văn Dũng" in expected else "Đồng Nai" if "Nguyễn Văn An" in expected else None
    check(text, expected, focus)


@pytest.mark.parametrize("text,expected", [pytest.param(t, e, marks=pytest.mark.xfail(strict=True))
                                           for t, e in XFAIL])
def test_known_failures(text: str, expected: Expected) -> None:
    check(text, expected)


# -- mentions and spans -------------------------------------------------------------------------

def test_mentions_are_spans_of_the_text() -> None:
    text = ("Ông Nguyễn Tử Quý, Chủ tịch UBND tỉnh Bắc Ninh tiếp đoàn. Chủ tịch UBND tỉnh Nguyễn Tử Quý "
            "khái quát tình hình. Ông Quý cho biết tỉnh có 1.300 doanh nghiệp FDI.")
    doc = run(text)
    assert [p.name for p in doc.people] == ["Nguyễn Tử Quý"]
    person = doc.people[0]
    assert [m.text for m in person.mentions] == ["Nguyễn Tử Quý", "Nguyễn Tử Quý", "Quý"]
    for m in person.mentions + doc.spans["people"] + doc.spans["titles"]:
        assert doc.text[m.start:m.end] == m.text
    assert [(s.attrs.title, s.attrs.person) for s in doc.spans["titles"]] == [
        ("Chủ tịch Ủy ban nhân dân tỉnh Bắc Ninh", "Nguyễn Tử Quý")] * 2
    assert [(t["text"], t["title"], t["person"]) for t in doc.to_dict()["titles"]] == [
        ("Chủ tịch UBND tỉnh Bắc Ninh", "Chủ tịch Ủy ban nhân dân tỉnh Bắc Ninh", "Nguyễn Tử Quý"),
        ("Chủ tịch UBND tỉnh", "Chủ tịch Ủy ban nhân dân tỉnh Bắc Ninh", "Nguyễn Tử Quý")]
    assert person.titles_raw == ["Chủ tịch UBND tỉnh Bắc Ninh"]


def test_title_reference_is_a_mention() -> None:
    text = ("Đồng chí Lê Minh Hải, Bí thư Tỉnh ủy Thái Nguyên phát biểu. Sau đó, đồng chí Bí thư Tỉnh ủy "
            "Thái Nguyên khái quát tình hình của tỉnh.")
    doc = run(text)
    assert [m.text for m in doc.people[0].mentions] == ["Lê Minh Hải", "Bí thư Tỉnh ủy Thái Nguyên"]


def test_new_chairman_reference() -> None:
    text = ("Ông Phạm Minh Tuấn được bầu làm Chủ tịch UBND tỉnh Bình Định. Phát biểu nhận nhiệm vụ, "
            "tân Chủ tịch UBND tỉnh cam kết giữ vững đoàn kết.")
    doc = run(text)
    assert len(doc.people) == 1
    assert [m.text for m in doc.people[0].mentions][-1] == "Chủ tịch UBND tỉnh"


def test_short_reference_picks_the_place() -> None:
    text = ("Ông Nguyễn Tiến Hải, Bí thư Tỉnh ủy Cà Mau và ông Nguyễn Thanh Hải, Bí thư Tỉnh ủy "
            "Thái Nguyên cùng dự. Ông Hải (Cà Mau) cho biết tỉnh sẵn sàng hợp tác.")
    doc = run(text)
    by_name = {p.name: [m.text for m in p.mentions] for p in doc.people}
    assert by_name["Nguyễn Tiến Hải"] == ["Nguyễn Tiến Hải", "Hải"]
    assert by_name["Nguyễn Thanh Hải"] == ["Nguyễn Thanh Hải"]


def test_author_role() -> None:
    doc = run("Hội nghị kết thúc tốt đẹp.\n\nPhạm Trung")
    (person,) = doc.people
    assert (person.role, person.titles, person.province) == ("author", [], None)
    assert doc.text[person.mentions[0].start:person.mentions[0].end] == "Phạm Trung"


def test_lone_last_line_that_looks_like_a_name_is_the_byline() -> None:
    doc = run("Hội nghị kết thúc tốt đẹp.\n\nNguyễn Văn An\n")
    assert [(p.name, p.role) for p in doc.people] == [("Nguyễn Văn An", "author")]


AUTHORS: list[tuple[str, list[str]]] = [
    ("LINH ANH", ["Linh Anh"]),  # written in normal case
    ("Thu Hà; Minh Đức", ["Thu Hà", "Minh Đức"]),
    ("Minh Anh - Báo Lao Động", ["Minh Anh"]),
    ("Phạm Trung", []),  # the text's own byline already gives this person
    # not personal names: a newspaper, an agency, a newsroom, initials, a place
    ("Báo Nhân Dân", []),
    ("TTXVN", []),
    ("Báo điện tử Chính phủ", []),
    ("Ban Biên tập", []),
    ("PV", []),
    ("T.H.", []),
    ("Hà Nội", []),
]


@pytest.mark.parametrize(("author", "expected"), AUTHORS)
def test_page_author_is_a_byline(author: str, expected: list[str]) -> None:
    doc = PROVINCES(Document("Ông Nguyễn Văn An dự lễ khánh thành cầu.\n\nPhạm Trung"))
    doc.meta["author"] = author
    doc = people(doc)
    assert [(p.name, p.role) for p in doc.people][:2] == [
        ("Nguyễn Văn An", None), ("Phạm Trung", "author")]
    added = doc.people[2:]
    assert [p.name for p in added] == expected
    assert all(p.role == "author" and p.mentions == [] and p.titles == [] for p in added)


def test_page_author_reaches_the_record_through_the_pipeline() -> None:
    """What loading found (``meta``) is on the document before the components run."""
    pytest.importorskip("pyvi")
    from vnextract.pipeline import get_pipeline

    rec = get_pipeline("pyvi")("Hội nghị bàn về giá lúa.", meta={"author": "MAI LAN"}).to_dict()
    assert [(p["name"], p["role"], p["mentions"]) for p in rec["people"]] == [
        ("Mai Lan", "author", [])]
    assert rec["meta"] == {"author": "MAI LAN"}


def test_decomposed_input_keeps_offsets() -> None:
    import unicodedata

    text = unicodedata.normalize("NFD", "Ông Trần Văn Hoà, Chủ tịch UBND tỉnh Hoà Bình phát biểu.")
    doc = run(text)
    (person,) = doc.people
    assert person.name == "Trần Văn Hòa"
    assert person.titles == ["Chủ tịch Ủy ban nhân dân tỉnh Hòa Bình"]
    m = person.mentions[0]
    assert doc.text[m.start:m.end] == m.text


def test_without_provinces_component() -> None:
    """The component stands alone: its own place list fills what doc.spans["provinces"] would."""
    doc = people(Document("Chủ tịch UBND tỉnh Điện Biên Vừ A Bằng đưa đoàn đi thăm bảo tàng."))
    assert [(p.name, p.titles, p.province) for p in doc.people] == [
        ("Vừ A Bằng", ["Phó Chủ tịch Ủy ban nhân dân tỉnh Điện Biên"][0:0] or
         ["Chủ tịch Ủy ban nhân dân tỉnh Điện Biên"], "Điện Biên")]


def test_with_pyvi_tags() -> None:
    pytest.importorskip("pyvi")
    from vnextract.tokenize import get_tokenizer

    doc = Document("Đoàn do ông Lee Wang Hee, Viện trưởng Viện Nghiên cứu nước sạch làm trưởng đoàn.")
    doc.sentences = get_tokenizer("pyvi")(doc)
    doc = people(PROVINCES(doc))
    assert [(p.name, p.titles) for p in doc.people] == [
        ("Lee Wang Hee", ["Viện trưởng Viện Nghiên cứu nước sạch"])]


# -- the dev set ---------------------------------------------------------------------------------

@pytest.mark.skipif(not (DEV / "gold").is_dir(), reason="shared/eval/dev is not beside the repository")
def test_dev_set_scores() -> None:
    lines = []
    for path in sorted((DEV / "articles").glob("*.txt")):
        doc = run(path.read_text(encoding="utf-8"))
        doc.source = str(path)
        lines.append(json.dumps(doc.to_dict(), ensure_ascii=False))
    result = subprocess.run(
        [sys.executable, str(DEV.parent / "score.py"), str(DEV), "-", "--json"],
        input="\n".join(lines), capture_output=True, text=True, check=True, encoding="utf-8")
    summary = json.loads(result.stdout)
    assert summary["f1"]["people"] >= 0.95
    assert summary["f1"]["titles"] >= 0.90
    assert summary["accuracy"]["person.province"] >= 0.90
