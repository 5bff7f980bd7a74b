"""Titles round 3 (issue 13): a corpus of our own sentences for the classes the seed-6501 audit
found. Same shape as ``test_titles_recall.py``: ``PEOPLE`` a person's titles in the record
(whole pipeline); ``NEGATIVE`` (sentence, a word no title may contain).
"""

from __future__ import annotations

import pytest

from vnextract.api import extract

PEOPLE: dict[str, list[tuple[str, dict[str, list[str]]]]] = {
    "a_foreign_office_followed_by_its_country": [
        ("Tại hội nghị, Tổng thống Ivan Petrov của Nga và Tổng thống Mehmet Aydin của Thổ Nhĩ Kỳ "
         "cũng phát biểu.",
         {"Ivan Petrov": ["Tổng thống Nga"], "Mehmet Aydin": ["Tổng thống Thổ Nhĩ Kỳ"]}),
        ("Phương Tây vẫn chỉ trích chính quyền Syria của Tổng thống Karim Haddad.",
         {"Karim Haddad": ["Tổng thống Syria"]}),
    ],
    "justice_is_no_france": [
        ("Mỹ siết nhập cư. Ở Mỹ, quyết định dựa trên ý kiến của Bộ Trưởng Tư Pháp John Miller "
         "và Thứ Trưởng Bộ Tư Pháp Mark Rollins.",
         {"John Miller": ["Bộ Trưởng Tư Pháp Mỹ"], "Mark Rollins": ["Thứ Trưởng Bộ Tư Pháp Mỹ"]}),
    ],
    "central_committee_written_with_a_dot": [
        ("Đến dự có Trung tướng Lê Văn Hòa, Ủy viên T.Ư Đảng, Tổng Tham mưu trưởng QĐND Việt Nam.",
         {"Lê Văn Hòa": ["Ủy viên Trung ương Đảng",
                         "Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam"]}),
        ("Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam Lê Văn Hòa kiểm tra diễn tập.",
         {"Lê Văn Hòa": ["Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam"]}),
    ],
    "an_inspectorate_head_before_a_bare_city": [
        ("Sau đó, ông Đỗ Văn Lâm, Phó chánh Thanh tra Hà Nội, Trưởng đoàn Thanh tra, đọc kết luận.",
         {"Đỗ Văn Lâm": ["Phó chánh Thanh tra Hà Nội", "Trưởng đoàn Thanh tra"]}),
    ],
    "a_district_or_ward_written_as_a_number": [
        ("Ông Hà Văn Tín, Chủ tịch Nghiệp đoàn nghề cá Phường 6, cho biết tàu đã về bến.",
         {"Hà Văn Tín": ["Chủ tịch Nghiệp đoàn nghề cá Phường 6"]}),
        ("Chủ tịch UBND quận 2 Lê Văn Thịnh cho biết dự án sẽ khởi công.",
         {"Lê Văn Thịnh": ["Chủ tịch Ủy ban nhân dân quận 2"]}),
    ],
    "a_consul_general_in_a_foreign_city": [
        ("Tổng Lãnh sự Nga tại Narva - ông Pavel Orlov đã nhận công văn.",
         {"Pavel Orlov": ["Tổng Lãnh sự Nga tại Narva"]}),
    ],
    "a_room_written_lower_case_before_its_company": [
        ("Chị Lê Thị Hạnh (Phó phòng kinh doanh vàng – Công ty Vàng bạc đá quý Sài Gòn) cho biết.",
         {"Lê Thị Hạnh": ["Phó phòng kinh doanh vàng Công ty Vàng bạc đá quý Sài Gòn"]}),
    ],
    "a_board_and_the_office_after_its_comma_share_the_company": [
        ("Ông Lê Văn Bảo, Chủ tịch Hội đồng quản trị, Tổng giám đốc Tổng Công ty Giống cây trồng "
         "Sông Hồng, nói. Chủ tịch Hội đồng quản trị Tập đoàn Sữa Xanh, bà Lê Thị Hương, cũng dự.",
         {"Lê Văn Bảo": ["Chủ tịch Hội đồng quản trị Tổng Công ty Giống cây trồng Sông Hồng",
                         "Tổng giám đốc Tổng Công ty Giống cây trồng Sông Hồng"],
          "Lê Thị Hương": ["Chủ tịch Hội đồng quản trị Tập đoàn Sữa Xanh"]}),
    ],
    "a_minister_of_the_ministry_abbreviated_in_his_sentence": [
        ("Phiên họp của Ban cán sự Đảng Bộ GTVT diễn ra hôm qua, Bí thư Ban cán sự, Bộ trưởng "
         "Trần Văn Nghĩa khen các đơn vị. Ở tin khác, Bộ Tư pháp họp về luật mới.",
         {"Trần Văn Nghĩa": ["Bí thư Ban cán sự Bộ Giao thông vận tải",
                             "Bộ trưởng Bộ Giao thông vận tải"]}),
    ],
    "a_company_of_several_syllables_before_its_holder": [
        ("Song theo Chủ tịch Lasaco Lê Văn Tâm, rào cản lớn nhất là đất đai.",
         {"Lê Văn Tâm": ["Chủ tịch Lasaco"]}),
    ],
    "an_airport_inside_a_customs_office": [
        ("Ông Đỗ Văn Quang, Chi cục trưởng Chi cục Hải quan Sân bay Tân Sơn Nhất, đã đi nước ngoài "
         "nhiều lần.",
         {"Đỗ Văn Quang": ["Chi cục trưởng Chi cục Hải quan Sân bay Tân Sơn Nhất"]}),
    ],
    "an_abbreviated_ministry_ends_the_title": [
        ("Đó là nhận xét của Bộ trưởng Bộ TTTT Lê Văn Tuấn. Bộ trưởng Bộ TTTT lưu ý thêm về nhóm "
         "phóng viên.",
         {"Lê Văn Tuấn": ["Bộ trưởng Bộ Thông tin và Truyền thông"]}),
    ],
    "a_magazine_is_an_organisation": [
        ("Đồng chí Lê Minh Hải được bổ nhiệm làm Tổng biên tập Tạp chí Nông thôn Mới",
         {"Lê Minh Hải": ["Tổng biên tập Tạp chí Nông thôn Mới"]}),
    ],
    "an_assembly_committee_written_short": [
        ("Ủy viên thường trực UB Các vấn đề xã hội của QH Hồ Văn Nhượng nói thêm.",
         {"Hồ Văn Nhượng": ["Ủy viên thường trực Ủy ban Các vấn đề xã hội của Quốc hội"]}),
    ],
    "an_office_of_one_holder_is_not_given_again_in_lower_case": [
        ("Ông Lê Văn Sỹ (Chủ tịch UBND xã Hòa Lợi) cho biết đã họp. Thông cảm với hoàn cảnh của "
         "anh Trần Văn Tâm, chủ tịch UBND xã Hòa Lợi đã chỉ đạo giải quyết ngay.",
         {"Lê Văn Sỹ": ["Chủ tịch Ủy ban nhân dân xã Hòa Lợi"], "Trần Văn Tâm": []}),
        # a deputy is no office of one holder: both keep it
        ("Ông Lê Văn Sỹ (Phó Chủ tịch UBND xã Hòa Lợi) cho biết. Bà Trần Thị Mai, phó chủ tịch "
         "UBND xã Hòa Lợi, cũng đến.",
         {"Lê Văn Sỹ": ["Phó Chủ tịch Ủy ban nhân dân xã Hòa Lợi"],
          "Trần Thị Mai": ["Phó chủ tịch Ủy ban nhân dân xã Hòa Lợi"]}),
    ],
    "a_borrowed_ministry_stays_with_the_short_name_after_it": [
        ("Thứ trưởng Bộ VHTTDL Hồ Văn Ánh ký văn bản. Tổng cục nói đây là ý kiến của Phó Thủ tướng "
         "Lê Văn Đạm, Thứ trưởng Ánh đã yêu cầu sửa lại.",
         {"Hồ Văn Ánh": ["Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch"], "Lê Văn Đạm": ["Phó Thủ tướng"]}),
    ],
    "a_bare_delegate_in_a_story_about_the_assembly": [
        ("Tại phiên họp của Quốc hội, ĐB Trần Văn Nhượng hỏi về trách nhiệm. Quốc hội sẽ biểu quyết.",
         {"Trần Văn Nhượng": ["Đại biểu Quốc hội"]}),
    ],
    "an_abbreviation_before_the_name_of_its_project": [
        ("Bị cáo Hà Văn Tiến (SN: 1969), Phó chủ tịch Hội đồng GPMB dự án Thủy điện Đăkdrinh, khai.",
         {"Hà Văn Tiến": ["Phó chủ tịch Hội đồng giải phóng mặt bằng dự án Thủy điện Đăkdrinh"]}),
    ],
    "offices_after_a_birth_year_bracket": [
        ("Tòa xét xử bị cáo Hồ Văn Tiến (SN: 1969) nguyên Trưởng phòng TNMT huyện Sơn Tây; "
         "Lê Anh Dũng (SN 1956), nguyên Trưởng phòng NN&PTNT huyện Sơn Tây.",
         {"Hồ Văn Tiến": ["Trưởng phòng Tài nguyên và Môi trường huyện Sơn Tây"],
          "Lê Anh Dũng": ["Trưởng phòng Nông nghiệp và Phát triển nông thôn huyện Sơn Tây"]}),
    ],
    "short_names_of_bodies": [
        ("Ngày 14-5, Đại tá Võ Văn Phương, Trưởng CAQ Đống Đa cho biết.",
         {"Võ Văn Phương": ["Trưởng Công an quận Đống Đa"]}),
        ("Ông Đặng Văn Hà, Phó cục trưởng Cục Đăng kiểm VN ngày 10/5 cho biết.",
         {"Đặng Văn Hà": ["Phó cục trưởng Cục Đăng kiểm Việt Nam"]}),
        ("Về phía VOV có ông Lê Thế Kỷ, Tổng Giám đốc VOV; các Phó Tổng Giám đốc: Vũ Văn Hải, "
         "Trần Minh Hùng.",
         {"Lê Thế Kỷ": ["Tổng Giám đốc Đài Tiếng nói Việt Nam"],
          "Vũ Văn Hải": ["Phó Tổng Giám đốc Đài Tiếng nói Việt Nam"]}),
    ],
    "a_deputy_named_bare_before_another_office_of_the_body": [
        ("Phó Chủ tịch, Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam Trần Văn Mẫn phát biểu.",
         {"Trần Văn Mẫn": ["Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
                           "Tổng Thư ký Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"]}),
        ("Cùng đi có Thiếu tướng Lê Văn Khôi, Phó Tư lệnh, Tham mưu trưởng Bộ đội Biên phòng.",
         {"Lê Văn Khôi": ["Phó Tư lệnh Bộ đội Biên phòng", "Tham mưu trưởng Bộ đội Biên phòng"]}),
    ],
    "a_bare_party_deputy_before_a_commune_chair": [
        ("Ông Lê Văn Ba, Phó Bí thư, Chủ tịch UBND xã Tân Lập nói.",
         {"Lê Văn Ba": ["Phó Bí thư Đảng ủy xã Tân Lập", "Chủ tịch Ủy ban nhân dân xã Tân Lập"]}),
    ],
    "a_department_of_two_words_before_its_hospital": [
        ("Phó giáo sư Thái Văn Sâm, Trưởng Khoa Tiết Niệu Bệnh viện Chợ Rẫy cho biết.",
         {"Thái Văn Sâm": ["Trưởng Khoa Tiết Niệu Bệnh viện Chợ Rẫy"]}),
        ("Bác sĩ Lê Thị Hằng, Trưởng khoa Khúc Xạ (Bệnh viện Mắt Quốc tế DND) cho hay.",
         {"Lê Thị Hằng": ["Trưởng khoa Khúc Xạ Bệnh viện Mắt Quốc tế DND"]}),
    ],
    "a_foreign_name_after_a_minister_is_the_holder": [
        ("Qua Bộ trưởng Ivan Orlovsky, Chủ tịch nước Lê Văn Quang gửi lời chào.",
         {"Ivan Orlovsky": ["Bộ trưởng"], "Lê Văn Quang": ["Chủ tịch nước"]}),
    ],
    "the_president_ho_chi_minh_takes_no_body": [
        ("Chủ tịch HĐND tỉnh Nghệ An Nguyễn Xuân Sơn phát biểu. Quê hương Chủ tịch Hồ Chí Minh rất "
         "đẹp.", {"Hồ Chí Minh": ["Chủ tịch"]}),
    ],
    "a_full_name_after_a_commune_level_word_is_no_commune": [
        ("Trong 14 bị can có các cựu Chủ tịch xã Đồng Tâm. Cụ thể, cựu Chủ tịch xã Lê Văn Sơn đã "
         "giao đất trái phép. Ông Trần Đình Thuần (nguyên Chủ tịch UBND xã Đồng Tâm) cũng bị truy tố.",
         {"Trần Đình Thuần": ["Chủ tịch Ủy ban nhân dân xã Đồng Tâm"]}),
    ],
    "a_committee_member_opens_a_chain_of_offices": [
        ("Kỷ luật ông Đặng Văn Bình (Huyện ủy viên, Bí thư Đảng ủy, Giám đốc Bệnh viện đa khoa huyện "
         "Gia Viễn) và ông Trần Văn Tuấn (Đảng ủy viên, Phó Giám đốc Bệnh viện đa khoa huyện Gia Viễn).",
         {"Đặng Văn Bình": ["Huyện ủy viên", "Bí thư Đảng ủy",
                            "Giám đốc Bệnh viện đa khoa huyện Gia Viễn"],
          "Trần Văn Tuấn": ["Đảng ủy viên", "Phó Giám đốc Bệnh viện đa khoa huyện Gia Viễn"]}),
    ],
    "a_foreign_minister_takes_no_ministry_of_ours": [
        ("Phó Thủ tướng Lê Văn Dũng tiếp Đoàn của Bộ Bưu chính và Viễn thông Lào do Bộ trưởng Somsak "
         "Phommachanh dẫn đầu. Bộ Thông tin và Truyền thông Việt Nam sẽ hợp tác.",
         {"Somsak Phommachanh": ["Bộ trưởng"]}),
    ],
    "a_lower_case_name_joined_by_a_dash": [
        ("Đại tá Đào Văn Thắng, Trưởng phòng Cảnh sát giao thông đường bộ - đường sắt cho biết.",
         {"Đào Văn Thắng": ["Trưởng phòng Cảnh sát giao thông đường bộ - đường sắt"]}),
        ("Ông Lê Văn An, Giám đốc Trung tâm dịch vụ - đã nghỉ hưu.",
         {"Lê Văn An": ["Giám đốc Trung tâm dịch vụ"]}),
    ],
    "one_office_of_a_person_written_two_ways_is_kept_once": [
        ("Chủ tịch nước tiếp Bộ trưởng Phát triển Kinh tế Liên bang Nga Maxim Orlov. Chủ tịch nước "
         "tiếp Bộ trưởng Bộ Phát triển Kinh tế Liên bang Nga Maksim Orlov nhân chuyến thăm.",
         {"Maxim Orlov": ["Bộ trưởng Phát triển Kinh tế Liên bang Nga"]}),
    ],
    "a_counted_office_shared_by_a_list": [
        ("Dự lễ có Thủ tướng Nguyễn Văn Phúc; các Phó Thủ tướng: Trương Văn Bình, Phạm Văn Minh, "
         "Vương Văn Huệ. Dự lễ còn có nhiều khách.",
         {"Trương Văn Bình": ["Phó Thủ tướng"], "Phạm Văn Minh": ["Phó Thủ tướng"],
          "Vương Văn Huệ": ["Phó Thủ tướng"]}),
        ("Tại phía Nam, các thứ trưởng Bộ GD-ĐT Phạm Văn Hùng, Nguyễn Thị Nghĩa thị sát các tỉnh.",
         {"Phạm Văn Hùng": ["Thứ trưởng Bộ Giáo dục và Đào tạo"],
          "Nguyễn Thị Nghĩa": ["Thứ trưởng Bộ Giáo dục và Đào tạo"]}),
        # one name after a counted bare office: no list, no office handed out
        ("Các Phó Thủ tướng đã họp với ông Lê Văn An.", {"Lê Văn An": []}),
    ],
    "a_bare_office_takes_the_one_country_of_the_others": [
        ("Ở Riyadh, Tổng thống Mỹ John Carter nhảy múa. Ngoại trưởng Mỹ Rex Miller cũng vui. Ả Rập "
         "Saudi đón tiếp. Ả Rập Saudi vui. Ả Rập Saudi mở tiệc. Năm 2009, Cựu Tổng thống Barry "
         "Holmes từng đến đây.", {"Barry Holmes": ["Tổng thống Mỹ"]}),
        # two countries written with offices: the bare one stays bare
        ("Tổng thống Mỹ John Carter gặp Tổng thống Hàn Quốc Moon Hyun. Mỹ và Hàn Quốc họp, Mỹ vui. "
         "Ngoại trưởng Rex Miller phát biểu.", {"Rex Miller": ["Ngoại trưởng"]}),
    ],
    "a_bare_department_head_of_the_one_department_named": [
        ("Công an thành phố có công văn gửi Cục Hải quan TP Hồ Chí Minh. Ông Đinh Văn Thắng, Phó cục "
         "trưởng là người được phân công.",
         {"Đinh Văn Thắng": ["Phó cục trưởng Cục Hải quan thành phố Hồ Chí Minh"]}),
        # two departments named: which one, the text does not say
        ("Cục Thú y và Cục Chăn nuôi cùng họp. Ông Đinh Văn Thắng, Phó cục trưởng cho biết.",
         {"Đinh Văn Thắng": []}),
    ],
    "a_state_named_long_and_an_embassy_of_ours": [
        ("Bà Lê Thị Ngân, Chủ tịch Quốc hội nước Cộng hòa xã hội Chủ nghĩa Việt Nam dự lễ.",
         {"Lê Thị Ngân": ["Chủ tịch Quốc hội nước Cộng hòa xã hội Chủ nghĩa Việt Nam"]}),
        ("Đồng chí Nguyễn Văn Thân, Đại sứ đặc mệnh toàn quyền của Việt Nam tại Albania, nhận huy hiệu.",
         {"Nguyễn Văn Thân": ["Đại sứ đặc mệnh toàn quyền của Việt Nam tại Albania"]}),
    ],
}

PROVINCE: list[tuple[str, str, str | None]] = [
    # (text, person, province): a district's office takes the province written right after it
    ("Trao đổi với PV Pháp Luật TP.HCM, ông Lê Văn Dũng (Chủ tịch UBND huyện Châu Thành, Trà Vinh) "
     "cho biết.", "Lê Văn Dũng", "Trà Vinh"),
]

NEGATIVE: dict[str, list[tuple[str, str]]] = {
    "a_meeting_named_for_its_ministers_is_no_office": [
        ("Bộ trưởng Bộ Công Thương Lê Văn Anh cho biết: Hội nghị Bộ trưởng RCEP giữa kỳ lần thứ 3 "
         "sẽ bàn về thuế.", "RCEP"),
    ],
    "a_family_name_after_an_office_is_no_company": [
        ("Giám đốc Sở Nội vụ Lê Văn Hùng và Trưởng phòng Trần Văn Bình đã họp.", "Lê Văn"),
    ],
    "a_country_before_of_needs_an_office_after_it": [
        ("Cuộc gặp với Nga của ông Ivan Petrov diễn ra hôm qua.", "Nga"),
    ],
    "a_vietnamese_place_after_tai_is_no_foreign_city": [
        ("Tổng Lãnh sự Nhật Bản tại Đà Nẵng Yamada Taro cho biết.", "Yamada"),
    ],
    "a_house_number_is_no_district": [
        ("Ông Lê Văn Tư (trú tại số 12, phường 6, quận 3) cho biết.", "phường"),
    ],
    "a_deputy_before_a_party_office_lends_it_no_body": [
        ("Ông Trần Văn Minh, Phó giám đốc, Phó bí thư Đảng bộ, Bí thư Chi bộ khoa Sản bị kỷ luật.",
         "giám đốc Đảng"),
    ],
    "a_state_office_before_a_comma_lends_no_body": [
        ("Báo cáo với Phó Chủ tịch nước, Chủ tịch UBND tỉnh Cao Bằng Lục Văn Khánh cho biết.",
         "nước Ủy ban"),
    ],
    "a_board_before_a_state_office_takes_no_state_body": [
        ("Ông Lê Văn Ba, Chủ tịch HĐQT, Giám đốc Sở Tài chính tỉnh Nam Định cho biết.",
         "Hội đồng quản trị Sở"),
    ],
}


def _cases(table: dict[str, list[tuple[str, object]]]) -> list[object]:
    return [pytest.param(text, want, id=f"{group}-{n}")
            for group, rows in table.items() for n, (text, want) in enumerate(rows)]


@pytest.mark.parametrize(("text", "expected"), _cases(PEOPLE))  # type: ignore[arg-type]
def test_people_titles(text: str, expected: dict[str, list[str]]) -> None:
    people = {p.name: p.titles for p in extract(text).people}
    assert {name: people.get(name) for name in expected} == expected


@pytest.mark.parametrize(("text", "name", "province"), PROVINCE)
def test_province(text: str, name: str, province: str | None) -> None:
    people = {p.name: p.province for p in extract(text).people}
    assert people.get(name, "missing") == province


@pytest.mark.parametrize(("text", "word"), _cases(NEGATIVE))  # type: ignore[arg-type]
def test_negative(text: str, word: str) -> None:
    doc = extract(text)
    kept = [t for p in doc.people for t in p.titles]
    assert not any(word.lower() in t.lower() for t in kept), kept
