"""Titles round 7 (issue 13): offices whose organisation the story names elsewhere or writes in a
way the grammar did not read — a bare "Công ty"/"Sở" after the office, a chair of the People's
Committee named before in the paragraph, a hospital ward of the one hospital named, a party
("Đảng Cộng sản …"), a company in Latin letters with its country or branch, a company's own name
after its trade written lower-case, "của Công ty X", police teams (Đội trưởng Đội CSGT), ministry
abbreviations (BXD); and a shorter form of an office already given is not listed again.
Sentences are our own.
``PEOPLE``: a person's titles in the record (whole pipeline); ``NEGATIVE``: (sentence, person, a
word none of that person's titles may contain); ``NO_REPEAT``: (sentence, person, number of titles).
"""

from __future__ import annotations

import pytest
from test_titles_round5 import _cases, check_no_title_word, check_titles  # shared row checks

from vnextract.api import extract

PEOPLE: dict[str, list[tuple[str, dict[str, list[str]]]]] = {
    "a_party_named_in_full": [
        ("Đoàn đã hội kiến Tổng Bí thư Đảng Cộng sản Việt Nam Lê Văn Hòa tại Hà Nội.",
         {"Lê Văn Hòa": ["Tổng Bí thư Đảng Cộng sản Việt Nam"]}),
        ("Chủ tịch Đảng Cộng sản Trung Quốc Vương Minh Lạc đã tiếp đoàn.",
         {"Vương Minh Lạc": ["Chủ tịch Đảng Cộng sản Trung Quốc"]}),
    ],
    "a_shorter_form_is_not_repeated": [
        ("Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam Đỗ Văn Thành đón đoàn. Sau đó Chủ "
         "tịch nước Đỗ Văn Thành chủ trì hội đàm.",
         {"Đỗ Văn Thành": ["Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam"]}),
        ("Tổng thống Cộng hòa Séc Pavel Novak thăm Việt Nam. Tổng thống Séc Pavel Novak nói.",
         {"Pavel Novak": ["Tổng thống Cộng hòa Séc"]}),
    ],
    "police_teams_and_inspectors": [
        ("Đại úy Lê Quang Khải - Đội phó Đội CSGT TP Vinh cho biết xe đã được kéo đi.",
         {"Lê Quang Khải": ["Đội phó Đội Cảnh sát giao thông thành phố Vinh"]}),
        ("Trung tá Trần Văn Thành, Đội trưởng Đội CSGT số 2 (Phòng CSGT Công an tỉnh Quảng Nam) "
         "cho hay đã xử lý.", {"Trần Văn Thành": [
             "Đội trưởng Đội Cảnh sát giao thông số 2 Phòng Cảnh sát giao thông Công an tỉnh "
             "Quảng Nam"]}),
        ("Ông Võ Đình Phúc, Chánh TTGT TP.Cần Thơ, cho biết sẽ kiểm tra lại.",
         {"Võ Đình Phúc": ["Chánh Thanh tra giao thông thành phố Cần Thơ"]}),
    ],
    "an_office_then_an_honorific_and_the_name": [
        ("Tại cuộc họp sáng 6/2, Chủ tịch UBND Thành phố Hà Nội ông Nguyễn Đức Chương đã yêu cầu "
         "báo cáo.", {"Nguyễn Đức Chương": ["Chủ tịch Ủy ban nhân dân Thành phố Hà Nội"]}),
        ("Chủ tịch HĐQT MTM ông Trần Hữu Tiến đã bị bắt.",
         {"Trần Hữu Tiến": ["Chủ tịch Hội đồng quản trị MTM"]}),
    ],
    "a_standing_deputy_minister_of_the_ministry_named": [
        ("Ông Nguyễn Khánh Ngân, Thứ trưởng thường trực, cho biết Bộ Tư pháp đã trình dự án.",
         {"Nguyễn Khánh Ngân": ["Thứ trưởng thường trực Bộ Tư pháp"]}),
    ],
    "ministries_and_schools_abbreviated": [
        ("Ông Hà Quang Trung, Thứ trưởng BXD, phát biểu tại hội thảo.",
         {"Hà Quang Trung": ["Thứ trưởng Bộ Xây dựng"]}),
        ("Ông Lý Minh Tâm, Hiệu phó Trường THPT Lê Lợi, cho biết học sinh đã sẵn sàng.",
         {"Lý Minh Tâm": ["Hiệu phó Trường Trung học phổ thông Lê Lợi"]}),
        ("Ông Đặng Văn Hiển, Viện trưởng Viện Khoa học Xã hội vùng Nam Bộ, cho biết.",
         {"Đặng Văn Hiển": ["Viện trưởng Viện Khoa học Xã hội vùng Nam Bộ"]}),
    ],
    "national_bodies_read_whole": [
        ("Ông Lưu Văn Nhượng, Ủy viên Thường trực Ủy ban Về các vấn đề xã hội của Quốc hội "
         "cho biết.", {"Lưu Văn Nhượng": [
             "Ủy viên Thường trực Ủy ban Về các vấn đề xã hội của Quốc hội"]}),
        ("Trung tướng Đỗ Kim Toàn, Phó Tổng Cục trưởng Tổng cục Cảnh sát phòng chống tội phạm, "
         "cho biết.", {"Đỗ Kim Toàn": [
             "Phó Tổng Cục trưởng Tổng cục Cảnh sát phòng chống tội phạm"]}),
    ],
    "a_spokesperson_of_a_body_after_cua": [
        ("Bà Lê Thị Thu Hương, người phát ngôn của Bộ Ngoại giao, cho biết Việt Nam phản đối.",
         {"Lê Thị Thu Hương": ["Người phát ngôn của Bộ Ngoại giao"]}),
    ],
    "supreme_court_and_institute_deputies": [
        ("Ông Nguyễn Hòa Bảo, Chánh án TANDTC cho rằng cần sửa luật.",
         {"Nguyễn Hòa Bảo": ["Chánh án Tòa án nhân dân tối cao"]}),
        ("Ông Lê Đỗ Mạnh, Viện phó Viện Chiến lược - Phát triển GTVT, nói.",
         {"Lê Đỗ Mạnh": ["Viện phó Viện Chiến lược - Phát triển Giao thông vận tải"]}),
    ],
    "museums_libraries_unions": [
        ("Giám đốc Bảo tàng Hà Nội Trần Quốc Tuấn cho biết triển lãm mở cửa tới tháng 6.",
         {"Trần Quốc Tuấn": ["Giám đốc Bảo tàng Hà Nội"]}),
        ("Ông Lâm Văn Lộc, Chủ tịch Công đoàn Công ty Pouchen Việt Nam cho biết công nhân đã "
         "trở lại.", {"Lâm Văn Lộc": ["Chủ tịch Công đoàn Công ty Pouchen Việt Nam"]}),
    ],
    "companies_in_latin_letters": [
        ("Bà Trần Mai Anh, Giám đốc Truyền thông Grab Việt Nam, cho biết hãng đã nộp đủ thuế.",
         {"Trần Mai Anh": ["Giám đốc Truyền thông Grab Việt Nam"]}),
        ("Bà Hồ Thị Lan – Giám đốc Seabank Hoàn Kiếm đã ký các hợp đồng này.",
         {"Hồ Thị Lan": ["Giám đốc Seabank Hoàn Kiếm"]}),
        ("Ông Vũ Đức Tài, Tổng giám đốc Công ty bất động sản Hưng Thịnh An. Ảnh: Minh Hoa",
         {"Vũ Đức Tài": ["Tổng giám đốc Công ty bất động sản Hưng Thịnh An"]}),
        ("Ông Phan Anh Kiệt, Giám đốc kinh doanh của Công ty BĐS Hòa Khang, nhận xét thị "
         "trường đã chững lại.",
         {"Phan Anh Kiệt": ["Giám đốc kinh doanh của Công ty bất động sản Hòa Khang"]}),
    ],
    "a_bare_organisation_named_before": [
        ("Công ty ô tô Trường Giang vừa ra mắt mẫu xe mới. Ông Mai Văn Lực, Phó Tổng giám đốc "
         "Công ty, cho biết giá bán sẽ giảm.",
         {"Mai Văn Lực": ["Phó Tổng giám đốc Công ty ô tô Trường Giang"]}),
        ("Sở Y tế tỉnh Nghệ An vừa có văn bản gửi các bệnh viện. Ông Đinh Văn Hùng, Giám đốc "
         "Sở, cho biết sẽ kiểm tra.",
         {"Đinh Văn Hùng": ["Giám đốc Sở Y tế tỉnh Nghệ An"]}),
    ],
    "a_chair_of_the_committee_named_before": [
        ("Quyết định số 120 của UBND tỉnh Quảng Bình phê duyệt đề án do Phó Chủ tịch Lê Tiến "
         "Dũng ký.", {"Lê Tiến Dũng": ["Phó Chủ tịch Ủy ban nhân dân tỉnh Quảng Bình"]}),
        ("UBND TP Hà Nội vừa họp về ngập lụt. Chủ tịch Phùng Đức Chinh yêu cầu các quận khẩn "
         "trương.", {"Phùng Đức Chinh": ["Chủ tịch Ủy ban nhân dân thành phố Hà Nội"]}),
    ],
    "a_chair_of_the_district_committee_named_before": [
        ("Tỉnh Thanh Hóa có nhiều dự án. Quyết định của UBND huyện Hà Trung do Phó Chủ tịch "
         "Nguyễn Văn Bảo ký.", {"Nguyễn Văn Bảo": ["Phó Chủ tịch Ủy ban nhân dân huyện Hà Trung"]}),
    ],
    "a_ward_of_the_one_hospital": [
        ("Sản phụ được chuyển tới Bệnh viện Đa khoa tỉnh Hòa Bình. Bác sĩ Nguyễn Thị Thoa - "
         "Trưởng khoa Sản, người mổ, cho biết ca này hiếm gặp.",
         {"Nguyễn Thị Thoa": ["Trưởng khoa Sản Bệnh viện Đa khoa tỉnh Hòa Bình"]}),
        ("Ông Trần Văn Thái, Trưởng khoa Mắt, Bệnh viện Nhi đồng 2, cho biết bé đã ổn.",
         {"Trần Văn Thái": ["Trưởng khoa Mắt, Bệnh viện Nhi đồng 2"]}),
    ],
    "an_office_complete_alone_in_a_chain": [
        ("Tháp tùng có Ủy viên Bộ Chính trị, Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao Lê Quang "
         "Vinh cùng nhiều quan chức.",
         {"Lê Quang Vinh": ["Ủy viên Bộ Chính trị", "Phó Thủ tướng", "Bộ trưởng Bộ Ngoại giao"]}),
        ("Ông Lê Quang Vinh, Ủy viên Bộ Chính trị, Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao phát "
         "biểu khai mạc.",
         {"Lê Quang Vinh": ["Ủy viên Bộ Chính trị", "Phó Thủ tướng", "Bộ trưởng Bộ Ngoại giao"]}),
        ("Dự lễ có nguyên Chủ tịch QH Đặng Văn Hòa, Phó Thủ tướng – Bộ trưởng Ngoại giao Lê "
         "Quang Vinh.", {"Đặng Văn Hòa": ["Chủ tịch Quốc hội"],
                         "Lê Quang Vinh": ["Phó Thủ tướng", "Bộ trưởng Ngoại giao"]}),
        ("Đại tá Đỗ Nhân Khải, Thủ trưởng Cơ quan CSĐT Công an TP Đà Nẵng cho biết.",
         {"Đỗ Nhân Khải": ["Thủ trưởng Cơ quan Cảnh sát điều tra Công an thành phố Đà Nẵng"]}),
    ],
    "a_deputy_written_lower_case_with_the_province": [
        ("Tại phiên chất vấn, đại biểu Trần Hoàng Nguyên (TP.HCM) cho rằng cần làm rõ trách "
         "nhiệm.", {"Trần Hoàng Nguyên": ["Đại biểu Quốc hội thành phố Hồ Chí Minh"]}),
        ("Mở đầu phiên chất vấn, đại biểu Phạm Đình Cường, Bà Rịa-Vũng Tàu đã đặt câu hỏi.",
         {"Phạm Đình Cường": ["Đại biểu Quốc hội tỉnh Bà Rịa - Vũng Tàu"]}),
    ],
    "a_deputy_of_a_delegation_in_prose": [
        ("Phóng viên trao đổi với ông Hoàng Văn Cường - đại biểu Quốc hội đoàn Hà Nội về vấn đề "
         "này.", {"Hoàng Văn Cường": ["Đại biểu Quốc hội thành phố Hà Nội"]}),
        ("Trong khi đó đại biểu Trần Anh Khoa (Thành phố Hồ Chí Minh) nhìn nhận dự án cần vốn.",
         {"Trần Anh Khoa": ["Đại biểu Quốc hội thành phố Hồ Chí Minh"]}),
    ],
    "a_deputy_of_the_one_delegation_named": [
        ("Đoàn ĐBQH tỉnh Quảng Nam làm việc với huyện. ĐBQH Trần Văn Lâm cho biết.",
         {"Trần Văn Lâm": ["Đại biểu Quốc hội tỉnh Quảng Nam"]}),
        ("Đoàn ĐBQH tỉnh Quảng Nam làm việc với huyện. ĐBQH Trần Văn Lâm (Nghệ An) cho biết.",
         {"Trần Văn Lâm": ["Đại biểu Quốc hội tỉnh Nghệ An"]}),
    ],
    "an_office_in_a_do_clause": [
        ("Công ty TNHH Bất động sản Trần Gia do ông Trần Minh Khải làm Chủ tịch HĐQT được thành "
         "lập năm 2001.",
         {"Trần Minh Khải": ["Chủ tịch Hội đồng quản trị Công ty TNHH Bất động sản Trần Gia"]}),
        ("Công ty CP Đầu tư Hoàng Quân do bà Lê Thị Hà làm Giám đốc có trụ sở ở Hà Nội.",
         {"Lê Thị Hà": ["Giám đốc Công ty cổ phần Đầu tư Hoàng Quân"]}),
    ],
    "a_named_body_with_a_level_word_inside": [
        ("PGS Đoàn Minh Giang, Trưởng khoa Văn học, Trường ĐH Khoa học Xã hội và Nhân văn "
         "TP.HCM cho rằng đề thi hay.",
         {"Đoàn Minh Giang": ["Trưởng khoa Văn học, Trường Đại học Khoa học Xã hội và Nhân văn "
                              "Thành phố Hồ Chí Minh"]}),
        ("Ông Lê Văn Hiền, Giám đốc Văn phòng Đăng ký đất đai tỉnh Quảng Ngãi, cho biết.",
         {"Lê Văn Hiền": ["Giám đốc Văn phòng Đăng ký đất đai tỉnh Quảng Ngãi"]}),
    ],
}

NEGATIVE: dict[str, list[tuple[str, str, str]]] = {
    "a_chair_with_another_body_nearer": [
        ("UBND tỉnh Quảng Bình và Công ty Sao La đã ký hợp đồng. Chủ tịch Nguyễn Văn Hải cho "
         "biết sẽ mở tuyến mới.", "Nguyễn Văn Hải", "Ủy ban"),
    ],
    "a_bare_company_with_none_named": [
        ("Ông Phạm Văn Tài, Giám đốc Công ty, cho biết công ty lỗ.", "Phạm Văn Tài", "Trường"),
    ],
    "a_commune_named_hoi_is_a_commune": [
        ("Ông Hồ Văn Ân, Chủ tịch UBND xã Hội An, cho biết.", "Hồ Văn Ân", "Xã hội"),
    ],
    "a_ward_with_two_hospitals_named": [
        ("Bệnh nhân được chuyển từ Bệnh viện Bạch Mai sang Bệnh viện Việt Đức. Ông Lê Văn Cường, "
         "Phó trưởng khoa Hồi sức, cho biết bệnh nhân đã tỉnh.", "Lê Văn Cường", "Bệnh viện"),
    ],
    "the_vice_president_reported_to_is_not_the_speakers": [
        ("Báo cáo với Phó Chủ tịch nước, Chủ tịch UBND tỉnh Hoàng Văn Khánh cho biết kinh tế "
         "phục hồi.", "Hoàng Văn Khánh", "Chủ tịch nước"),
    ],
    "a_minister_heading_the_government_office": [
        ("Bộ Quốc phòng đã nhận đất. Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Mai Văn Dũng cho "
         "rằng vụ việc đáng tiếc.", "Mai Văn Dũng", "Quốc phòng"),
    ],
    "a_list_of_delegates_with_provinces_is_no_deputy_chain": [
        ("Bà Nguyễn Thị Lan, Hà Nội, cho biết giá rau tăng.", "Nguyễn Thị Lan", "Đại biểu"),
    ],
    "an_office_before_a_verb_is_not_the_objects": [
        ("Chủ tịch UBND huyện Phù Cát đã hướng dẫn ông Đặng Quý Hùng làm thủ tục.",
         "Đặng Quý Hùng", "Chủ tịch"),
    ],
    "an_office_of_this_company_names_none": [
        ("Ông Lê Văn Ân, giám đốc của công ty này, cho biết doanh thu giảm.", "Lê Văn Ân",
         "công ty"),
    ],
    "a_deputy_with_two_delegations_named": [
        ("Đoàn ĐBQH tỉnh Quảng Nam và Đoàn ĐBQH tỉnh Nghệ An họp chung. ĐBQH Trần Văn Lâm cho "
         "biết.", "Trần Văn Lâm", "tỉnh"),
    ],
    "a_deputy_chair_is_no_council_chair": [
        ("Bà Lê Thị Hạnh, Phó Chủ tịch UBND tỉnh Nghệ An, dự lễ. Bà Lê Thị Hạnh, Chủ tịch "
         "UBND tỉnh Nghệ An, phát biểu.", "Lê Thị Hạnh", "Hội đồng"),
    ],
}

NO_REPEAT: list[tuple[str, str, int]] = [
    # a different office that holds the short one's words in order is kept ("Bí thư Đảng ủy
    # cơ quan Thành đoàn" beside "Bí thư Thành đoàn")
    ("Ông Lâm Minh Cường, Bí thư Thành đoàn TP.HCM, Bí thư Đảng ủy cơ quan Thành đoàn TP.HCM, "
     "phát biểu.", "Lâm Minh Cường", 2),
    # a deputy and the chair of one body are two offices
    ("Bà Lê Thị Hạnh, Phó Chủ tịch UBND tỉnh Nghệ An, dự lễ. Năm sau bà Lê Thị Hạnh được bầu "
     "làm Chủ tịch UBND tỉnh Nghệ An.", "Lê Thị Hạnh", 2),
]


@pytest.mark.parametrize(("text", "expected"), _cases(PEOPLE))  # type: ignore[arg-type]
def test_people_titles(text: str, expected: dict[str, list[str]]) -> None:
    check_titles(text, expected)


@pytest.mark.parametrize(("text", "name", "word"), _cases(NEGATIVE))  # type: ignore[arg-type]
def test_negative(text: str, name: str, word: str) -> None:
    check_no_title_word(text, name, word)


@pytest.mark.parametrize(("text", "name", "count"), NO_REPEAT)
def test_no_repeat_keeps_different_offices(text: str, name: str, count: int) -> None:
    people = {p.name: p.titles for p in extract(text).people}
    assert len(people[name]) == count, people[name]
