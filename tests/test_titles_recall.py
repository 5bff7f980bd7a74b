"""Titles recall: a corpus of our own sentences for the title classes the real-news gold missed
(issue 13). Same shape as ``test_titles.py``: ``EXPANSION`` lists every title span as
``(text as written, expanded)``; ``FILLED`` the record's titles after the people resolve step
as ``(text, title with its place filled in, person)``; ``PEOPLE`` a person's titles in the
record; ``NEGATIVE`` what must not be found.
"""

from __future__ import annotations

import pytest
from test_titles import resolved, titles_of  # the same provinces → titles → names chain

from vnextract.components.titles import TitleAttrs

EXPANSION: dict[str, list[tuple[str, list[tuple[str, str]]]]] = {
    "lower_case_chain_after_a_comma": [
        ("Chị Lê Thu Vân đang là Thành ủy viên, đại biểu HĐND TP.HCM khóa X (2021-2026), ủy viên ban "
         "thường vụ Trung ương Đoàn, bí thư Đảng ủy cơ quan Thành đoàn TP.HCM từ năm ngoái.",
         [("Thành ủy viên", "Thành ủy viên"),
          ("đại biểu HĐND TP.HCM", "Đại biểu Hội đồng nhân dân Thành phố Hồ Chí Minh"),
          ("ủy viên ban thường vụ Trung ương Đoàn", "Ủy viên ban thường vụ Trung ương Đoàn"),
          ("bí thư Đảng ủy cơ quan Thành đoàn TP.HCM",
           "Bí thư Đảng ủy cơ quan Thành đoàn Thành phố Hồ Chí Minh")]),
    ],
    "a_dotted_abbreviation_glued_to_the_next_word": [
        ("Ông Võ Văn Tám, Chủ tịch UBND TP.Cần Thơ, đưa thêm kiến nghị.",
         [("Chủ tịch UBND TP.Cần Thơ", "Chủ tịch Ủy ban nhân dân thành phố Cần Thơ")]),
    ],
    "a_room_written_lower_case_before_its_company": [
        ("Ông Trần Văn Hai, Trưởng phòng kinh doanh Vinaconex, nói.",
         [("Trưởng phòng kinh doanh Vinaconex", "Trưởng phòng kinh doanh Vinaconex")]),
        ("Bà Lý Thị Tư, Phó trưởng phòng kỹ thuật PVC, cũng đến.",
         [("Phó trưởng phòng kỹ thuật PVC", "Phó trưởng phòng kỹ thuật PVC")]),
    ],
    "a_dotted_short_name_inside_a_sentence": [
        ("Giám đốc Công ty CP Xây lắp PVC.KBC Lê Văn Ba cho biết.",
         [("Giám đốc Công ty CP Xây lắp PVC.KBC", "Giám đốc Công ty cổ phần Xây lắp PVC.KBC")]),
    ],
    "company_named_by_one_word": [
        ("Sau hai năm, ông Phan Văn Lộc giữ chức giám đốc Agribank tỉnh Gia Lai (2001-2005) và "
         "giám đốc Agribank chi nhánh Đông Đô (2006-2010).",
         [("giám đốc Agribank tỉnh Gia Lai", "Giám đốc Agribank tỉnh Gia Lai"),
          ("giám đốc Agribank chi nhánh Đông Đô", "Giám đốc Agribank chi nhánh Đông Đô")]),
        ("Chủ tịch Vinamilkgroup Trần Thị Lan phát biểu.",
         [("Chủ tịch Vinamilkgroup", "Chủ tịch Vinamilkgroup")]),
        ("Tổng giám đốc VietinBank Lê Đức Thọ cho biết.",
         [("Tổng giám đốc VietinBank", "Tổng giám đốc VietinBank")]),
    ],
    "lower_case_office_after_a_capital_deputy": [
        ("Ông Lê Văn Hai, Phó trưởng Ban Quản lý các khu công nghiệp Đồng Nai, cho biết.",
         [("Phó trưởng Ban Quản lý các khu công nghiệp Đồng Nai",
           "Phó trưởng Ban Quản lý các khu công nghiệp Đồng Nai")]),
        ("Phó giám đốc Sở Y tế Lê Văn Ba nói.", [("Phó giám đốc Sở Y tế", "Phó giám đốc Sở Y tế")]),
    ],
    "board_of_management_written_lower_case": [
        ("Ông Hồ Văn Mười, Trưởng ban quản lý các KCN tỉnh Bắc Ninh, nói.",
         [("Trưởng ban quản lý các KCN tỉnh Bắc Ninh",
           "Trưởng ban quản lý các khu công nghiệp tỉnh Bắc Ninh")]),
    ],
    "abbreviations_spelt_out": [
        ("Ông Phan Văn Hồng, Phó Giám đốc Sở NNPT-NT tỉnh Quảng Ngãi, nói.",
         [("Phó Giám đốc Sở NNPT-NT tỉnh Quảng Ngãi",
           "Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Ngãi")]),
        ("Ông Tạ Văn Lâm, Vụ trưởng Vụ ATGT, nói.", [("Vụ trưởng Vụ ATGT", "Vụ trưởng Vụ An toàn giao thông")]),
        ("Ông Hà Văn Lâm, Tổng giám đốc Ngân hàng TMCP Quân đội, dự.",
         [("Tổng giám đốc Ngân hàng TMCP Quân đội",
           "Tổng giám đốc Ngân hàng Thương mại cổ phần Quân đội")]),
        ("Ông Trần Văn Lộc, Hiệu trưởng Trường THPT Chu Văn An, nói.",
         [("Hiệu trưởng Trường THPT Chu Văn An", "Hiệu trưởng Trường Trung học phổ thông Chu Văn An")]),
        ("Ông Đặng Văn Hải, nguyên Chủ tịch Ủy ban MTTQ Việt Nam TP.HCM, phản ánh.",
         [("nguyên Chủ tịch Ủy ban MTTQ Việt Nam TP.HCM",
           "Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố Hồ Chí Minh")]),
    ],
    "chair_of_a_place_is_of_its_peoples_committee": [
        ("Chủ tịch tỉnh Bắc Ninh Đào Văn Quý nói.",
         [("Chủ tịch tỉnh Bắc Ninh", "Chủ tịch Ủy ban nhân dân tỉnh Bắc Ninh")]),
        ("Phó Chủ tịch huyện Phú Lương Lê Văn Bảy nói.",
         [("Phó Chủ tịch huyện Phú Lương", "Phó Chủ tịch Ủy ban nhân dân huyện Phú Lương")]),
    ],
    "organisation_words_a_tagger_splits": [
        ("Ông Dương Văn Thành - Tổng giám đốc Tổng công ty Hàng không Việt Nam cho biết.",
         [("Tổng giám đốc Tổng công ty Hàng không Việt Nam",
           "Tổng giám đốc Tổng công ty Hàng không Việt Nam")]),
    ],
    "foreign_states": [
        ("Ông Ramos Horta nhậm chức Tổng thống nước Cộng hòa Dân chủ Timor-Leste năm 2007.",
         [("Tổng thống nước Cộng hòa Dân chủ Timor-Leste",
           "Tổng thống nước Cộng hòa Dân chủ Timor-Leste")]),
        ("Tổng thống Timor-Leste Ramos Horta phát biểu.",
         [("Tổng thống Timor-Leste", "Tổng thống Timor-Leste")]),
    ],
    "a_foreign_holder_after_a_body_written_in_vietnamese": [
        ("Đối thủ của ông là Bộ trưởng Tài chính Maria da Silva.",
         [("Bộ trưởng Tài chính", "Bộ trưởng Tài chính")]),
        ("Bộ trưởng Quốc phòng Carlos Ruiz dự họp.",
         [("Bộ trưởng Quốc phòng", "Bộ trưởng Quốc phòng")]),
    ],
    "organisation_words_from_the_audit": [
        ("Ông Lê Văn Thủy, Giám đốc Xí nghiệp cơ khí Hải Phòng, cho biết.",
         [("Giám đốc Xí nghiệp cơ khí Hải Phòng", "Giám đốc Xí nghiệp cơ khí Hải Phòng")]),
        ("Theo ông Trần Văn Phú – Cục trưởng Cục Y tế Dự phòng, số ca bệnh giảm.",
         [("Cục trưởng Cục Y tế Dự phòng", "Cục trưởng Cục Y tế Dự phòng")]),
        ("Ông Khuất Văn Hùng, Chủ tịch UBATGT Quốc gia, nói.",
         [("Chủ tịch UBATGT Quốc gia", "Chủ tịch Ủy ban An toàn giao thông Quốc gia")]),
        ("Ông Ngô Văn Vũ, Giám đốc điều hành Công ty bảo mật Hải Vân, nhận định.",
         [("Giám đốc điều hành Công ty bảo mật Hải Vân", "Giám đốc điều hành Công ty bảo mật Hải Vân")]),
        ("Cô Hứa Thị Nga – Hiệu trưởng trường Mầm non Hoa Sen cho biết thêm.",
         [("Hiệu trưởng trường Mầm non Hoa Sen", "Hiệu trưởng trường Mầm non Hoa Sen")]),
    ],
    "a_school_named_after_a_place_or_person": [
        ("Cô Vũ Thị Lan – Hiệu trưởng trường Mầm non Kim Sơn trả lời phóng viên.",
         [("Hiệu trưởng trường Mầm non Kim Sơn", "Hiệu trưởng trường Mầm non Kim Sơn")]),
        ("Ông Lê Văn Tú, Hiệu trưởng Trường Tiểu học Nguyễn Du, nói.",
         [("Hiệu trưởng Trường Tiểu học Nguyễn Du", "Hiệu trưởng Trường Tiểu học Nguyễn Du")]),
    ],
    "a_foreign_federal_body": [
        ("Thượng viện chất vấn Giám đốc Cục Điều tra Liên bang Mỹ (FBI) Robert Hale hôm thứ Ba.",
         [("Giám đốc Cục Điều tra Liên bang Mỹ (FBI)", "Giám đốc Cục Điều tra Liên bang Mỹ")]),
    ],
    "party_committee_of_agencies": [
        ("Ông Mai Văn Tùng, Bí thư Đảng ủy Khối cơ quan Trung ương, dự lễ.",
         [("Bí thư Đảng ủy Khối cơ quan Trung ương", "Bí thư Đảng ủy Khối cơ quan Trung ương")]),
    ],
}

FILLED: dict[str, list[tuple[str, list[tuple[str, str, str | None]]]]] = {
    "standing_deputy_secretary_of_the_province": [
        ("Tại buổi lễ ở TP.HCM, Phó Bí thư thường trực Tất Văn Hòa phát biểu.",
         [("Phó Bí thư thường trực", "Phó Bí thư thường trực Thành ủy Thành phố Hồ Chí Minh",
           "Tất Văn Hòa")]),
        ("Hội nghị tại tỉnh Nghệ An do Phó Bí thư Thường trực Lê Văn Tịnh chủ trì.",
         [("Phó Bí thư Thường trực", "Phó Bí thư Thường trực Tỉnh ủy Nghệ An", "Lê Văn Tịnh")]),
    ],
}

PEOPLE: dict[str, list[tuple[str, dict[str, list[str]]]]] = {
    "a_company_named_by_one_word_before_its_holder": [
        ("Chủ tịch HĐQT kiêm Tổng Giám đốc Tapexco, ông Trần Văn Lực, cho biết lãi tăng.",
         {"Trần Văn Lực": ["Chủ tịch Hội đồng quản trị Tapexco", "Tổng Giám đốc Tapexco"]}),
        ("Marco Bellini, Chủ tịch Juventus: \"Cậu ấy là một tài năng lớn.\"",
         {"Marco Bellini": ["Chủ tịch Juventus"]}),
    ],
    "a_post_on_the_staff_of_an_office_holder": [
        ("Phát biểu với báo giới, Thư ký báo chí của Tổng thống Pháp Pierre Dumont cho biết chuyến "
         "thăm sẽ diễn ra.", {"Pierre Dumont": ["Thư ký báo chí của Tổng thống Pháp"]}),
        ("Hôm qua, phát ngôn viên của Thủ tướng Anh Tom Baker nói vậy.",
         {"Tom Baker": ["Phát ngôn viên của Thủ tướng Anh"]}),
    ],
    "a_foreign_club_after_an_office_is_no_person": [
        ("Chủ tịch Real Madrid đã lên tiếng về vụ chuyển nhượng.", {"Real Madrid": None}),
        ("Chủ tịch Inter Milan Marco Bellini cũng có mặt.", {"Marco Bellini": ["Chủ tịch Inter Milan"]}),
    ],
    "a_room_of_the_one_department_the_story_names": [
        ("Tòa án tỉnh Gia Lai xử vụ án. Ông Hồ Văn Mạnh (nguyên Trưởng phòng Kế hoạch tài chính) bị "
         "phạt. Ông Lê Văn Phước với vai trò là Giám đốc Sở Tài nguyên và Môi trường đã làm trái.",
         {"Hồ Văn Mạnh": ["Trưởng phòng Kế hoạch tài chính Sở Tài nguyên và Môi trường tỉnh Gia Lai"],
          "Lê Văn Phước": ["Giám đốc Sở Tài nguyên và Môi trường tỉnh Gia Lai"]}),
    ],
    "a_verb_that_is_also_a_noun_before_a_tense_marker": [
        ("Ông Hồ Văn Mạnh, Trưởng phòng Quản lý Công nghệ thông tin đã ký hợp đồng.",
         {"Hồ Văn Mạnh": ["Trưởng phòng Quản lý Công nghệ thông tin"]}),
    ],
    "a_verb_of_a_headline_ends_the_office": [
        ("Nguyên Giám đốc Sở Xây dựng lĩnh án tù. Hôm qua, tòa xử ông Hà Văn Lâm, nguyên Giám đốc Sở "
         "Xây dựng tỉnh Kon Tum.", {"Hà Văn Lâm": ["Giám đốc Sở Xây dựng tỉnh Kon Tum"]}),
    ],
    "a_board_of_a_city_department_written_lower_case": [
        ("Sở Nội vụ Hà Nội có 8 phó giám đốc. Ông Phùng Minh Tâm, Trưởng ban thi đua khen thưởng, cho "
         "biết.", {"Phùng Minh Tâm": ["Trưởng ban thi đua khen thưởng thành phố Hà Nội"]}),
        ("Sở Nội vụ Hà Nội đã họp. Ông Lê Văn Hòa, Trưởng Ban Tôn giáo Chính phủ, cũng có mặt.",
         {"Lê Văn Hòa": ["Trưởng Ban Tôn giáo Chính phủ"]}),
    ],
    "a_party_secretary_held_with_a_state_office": [
        ("Sáng nay, Bí thư kiêm Chủ tịch HĐND Đà Nẵng Nguyễn Văn Tám chủ trì buổi đối thoại.",
         {"Nguyễn Văn Tám": ["Bí thư Thành ủy Đà Nẵng", "Chủ tịch Hội đồng nhân dân Đà Nẵng"]}),
        ("Hôm qua, ông Trần Văn Hai, Phó Bí thư kiêm Chủ tịch UBND huyện Đông Anh, phát biểu.",
         {"Trần Văn Hai": ["Phó Bí thư Huyện ủy Đông Anh",
                           "Chủ tịch Ủy ban nhân dân huyện Đông Anh"]}),
    ],
    "a_foreign_commander_in_lower_case": [
        ("Hôm qua, chỉ huy Bộ Tư lệnh Thái Bình Dương của Mỹ, Đô đốc Harry Harris, cho biết.",
         {"Harry Harris": ["Chỉ huy Bộ Tư lệnh Thái Bình Dương của Mỹ"]}),
    ],
    "a_body_whose_name_joins_a_word_that_is_a_family_name": [
        ("Chủ nhiệm Ủy ban Quốc phòng và An ninh của Quốc hội Võ Trọng Việt nhấn mạnh điều đó.",
         {"Võ Trọng Việt": ["Chủ nhiệm Ủy ban Quốc phòng và An ninh của Quốc hội"]}),
    ],
    "an_office_after_a_date_is_no_count": [
        ("Phát biểu tại hội nghị ở Cà Mau sáng 6/2 Thủ tướng Nguyễn Xuân Phúc đặt vấn đề.",
         {"Nguyễn Xuân Phúc": ["Thủ tướng"]}),
    ],
    "a_department_written_lower_case_after_kiem": [
        ("Ông Lê Văn Hòa giữ chức Phó giám đốc sở kiêm Trưởng ban tôn giáo từ năm ngoái.",
         {"Lê Văn Hòa": ["Trưởng ban tôn giáo"]}),
    ],
    "a_party_committee_named_with_its_town": [
        ("Ông Lê Văn Sơn (nguyên Bí thư Thành ủy Hội An) cũng tham dự buổi lễ ở Đà Nẵng.",
         {"Lê Văn Sơn": ["Bí thư Thành ủy Hội An"]}),
    ],
    "an_office_left_is_a_title": [
        ("Hôm qua, ông Võ Văn Lành đã xin từ nhiệm chức danh Chủ tịch HĐQT Ngân hàng Hòa Phát.",
         {"Võ Văn Lành": ["Chủ tịch Hội đồng quản trị Ngân hàng Hòa Phát"]}),
        ("Bộ Chính trị phân công ông Hà Văn Bình thôi chức Bí thư Tỉnh ủy Sơn La.",
         {"Hà Văn Bình": ["Bí thư Tỉnh ủy Sơn La"]}),
    ],
    "offices_of_the_one_company_in_the_story": [
        ("Chủ tịch HĐQT AnBinhBank là ông Lã Văn Tư. Tuần trước, ông Mạc Văn Hải được bầu bổ sung "
         "thành viên HĐQT. Ông Mạc Văn Hải từng là Phó Chủ tịch HĐQT kiêm Tổng giám đốc, rồi ông "
         "giữ chức Phó Chủ tịch thường trực Ngân hàng An Bình.",
         {"Mạc Văn Hải": ["Thành viên Hội đồng quản trị AnBinhBank",
                          "Phó Chủ tịch Hội đồng quản trị AnBinhBank", "Tổng giám đốc AnBinhBank",
                          "Phó Chủ tịch thường trực Ngân hàng An Bình"]}),
    ],
    "past_offices_joined_by_and": [
        ("Ông Nguyễn Văn Hòa, người về hưu năm ngoái, từng giữ chức giám đốc Agribank tỉnh Kon Tum "
         "(1990-1995) và giám đốc Agribank chi nhánh Hà Thành (1996-2003).",
         {"Nguyễn Văn Hòa": ["Giám đốc Agribank tỉnh Kon Tum", "Giám đốc Agribank chi nhánh Hà Thành"]}),
    ],
    "an_office_held_with_another_takes_its_body": [
        ("Công văn do ông Lê Văn Khoa, Chánh Văn phòng, kiêm người phát ngôn của UBND tỉnh Ninh "
         "Thuận ký.",
         {"Lê Văn Khoa": ["Chánh Văn phòng Ủy ban nhân dân tỉnh Ninh Thuận",
                          "Người phát ngôn của Ủy ban nhân dân tỉnh Ninh Thuận"]}),
    ],
    "appointed_to_a_post_named_as_such": [
        ("Ông Hà Văn Tư được điều động và bổ nhiệm chức danh Phó Giám đốc Sở Y tế tỉnh Phú Thọ.",
         {"Hà Văn Tư": ["Phó Giám đốc Sở Y tế tỉnh Phú Thọ"]}),
    ],
    "a_company_chair_is_its_board_chair": [
        ("Ông Kha Văn Tâm làm Chủ tịch HanoiBank\nÔng Kha Văn Tâm được bầu làm Chủ tịch HĐQT "
         "HanoiBank.",
         {"Kha Văn Tâm": ["Chủ tịch Hội đồng quản trị HanoiBank"]}),
    ],
    "one_office_written_two_ways_is_one_title": [
        ("Ông Lê Văn Dục, Giám đốc Sở Xây dựng thành phố Hà Nội, nói. Giám đốc Sở Xây dựng Hà Nội "
         "Lê Văn Dục cho biết thêm.",
         {"Lê Văn Dục": ["Giám đốc Sở Xây dựng thành phố Hà Nội"]}),
    ],
    "the_office_before_a_name_is_not_the_subjects": [
        ("Ông Lê Văn Tư thắng cử. Đối thủ chính của ông là Bộ trưởng Giáo dục Maria da Silva.",
         {"Lê Văn Tư": []}),
    ],
    "a_career_listed_after_a_phrase": [
        ("Trước khi nghỉ, ông Trịnh Văn Khải từng giữ các chức vụ quản lý như: Phó Văn phòng Ủy "
         "ban Dân tộc, Phó Chủ tịch HĐQT kiêm Tổng Giám đốc Tổng công ty Sông Đà.",
         {"Trịnh Văn Khải": ["Phó Văn phòng Ủy ban Dân tộc",
                             "Phó Chủ tịch Hội đồng quản trị Tổng công ty Sông Đà",
                             "Tổng Giám đốc Tổng công ty Sông Đà"]}),
        ("Ông Lý Văn Hải quê Hà Giang. Ông Hải đã lần lượt giữ các chức vụ Chánh văn phòng; "
         "Thứ trưởng Bộ Công Thương.",
         {"Lý Văn Hải": ["Chánh văn phòng Bộ Công Thương", "Thứ trưởng Bộ Công Thương"]}),
    ],
    "a_decision_handed_to_someone": [
        ("Sáng nay, ông Lê Văn Hà, Thứ trưởng Bộ Tài chính đã trao quyết định bổ nhiệm Chủ tịch Ủy "
         "ban Chứng khoán Nhà nước cho ông Trần Văn Sơn tại Hà Nội.",
         {"Lê Văn Hà": ["Thứ trưởng Bộ Tài chính"],
          "Trần Văn Sơn": ["Chủ tịch Ủy ban Chứng khoán Nhà nước"]}),
    ],
    "offices_of_a_subject_named_by_its_office": [
        ("Đại hội cổ đông bầu ông Mạc Văn Hòa làm Chủ tịch HĐQT SaigonBank. Đương kim Chủ tịch HĐQT "
         "SaigonBank nhiều năm làm kiểm toán viên rồi giữ chức giám đốc Agribank tỉnh Gia Lai "
         "(1990-1994) và giám đốc Agribank chi nhánh Đông Đô (1995-2001).",
         {"Mạc Văn Hòa": ["Chủ tịch Hội đồng quản trị SaigonBank", "Giám đốc Agribank tỉnh Gia Lai",
                          "Giám đốc Agribank chi nhánh Đông Đô"]}),
    ],
    "central_committee_written_short": [
        ("Dự lễ có bà Đinh Thị Mai Hoa - Ủy viên Ban Chấp hành Đảng, Bí thư Tỉnh ủy Lào Cai.",
         {"Đinh Thị Mai Hoa": ["Ủy viên Ban Chấp hành Trung ương Đảng", "Bí thư Tỉnh ủy Lào Cai"]}),
        ("Ông Lê Văn Tám, Ủy viên BCH Đảng bộ tỉnh Yên Bái, dự.",
         {"Lê Văn Tám": ["Ủy viên Ban Chấp hành Đảng bộ tỉnh Yên Bái"]}),
    ],
    "an_office_counted_then_listed": [
        ("Sau kỳ họp, UBND tỉnh Tuyên Quang có 3 phó chủ tịch, gồm các ông: Nông Văn Tiến, Hà Văn "
         "Sơn, Lý Văn Hùng.",
         {"Nông Văn Tiến": ["Phó chủ tịch Ủy ban nhân dân tỉnh Tuyên Quang"],
          "Lý Văn Hùng": ["Phó chủ tịch Ủy ban nhân dân tỉnh Tuyên Quang"]}),
        ("Công ty Hòa Bình có 2 phó giám đốc là Lê Văn An và Trần Văn Bảo.",
         {"Lê Văn An": ["Phó giám đốc Công ty Hòa Bình"], "Trần Văn Bảo": ["Phó giám đốc Công ty Hòa Bình"]}),
    ],
    "a_district_named_like_a_country_is_no_country": [
        ("Nguồn tin từ UBND huyện Nga Sơn (tỉnh Thanh Hóa) cho biết, ông Lê Văn Tâm, Chủ tịch UBND "
         "huyện Nga Sơn, đã nghỉ hưu.",
         {"Lê Văn Tâm": ["Chủ tịch Ủy ban nhân dân huyện Nga Sơn"]}),
    ],
    "a_deputy_held_full_time_of_the_body_named_before": [
        ("Chủ tịch UBATGT Quốc gia đã giao Phó Chủ tịch chuyên trách Khuất Văn Hùng đi kiểm tra "
         "tuyến đường.",
         {"Khuất Văn Hùng": ["Phó Chủ tịch chuyên trách Ủy ban An toàn giao thông Quốc gia"]}),
    ],
    "a_deputy_leaving_the_assembly": [
        ("Quốc hội đã cho thôi làm nhiệm vụ đại biểu Quốc hội khóa XV đối với ông Mai Văn Lực "
         "thuộc Đoàn đại biểu Quốc hội tỉnh Bình Phước.",
         {"Mai Văn Lực": ["Đại biểu Quốc hội tỉnh Bình Phước"]}),
    ],
    "taking_up_a_post": [
        ("Trong đợt luân chuyển này, ông Tô Văn Lâm sẽ nhận nhiệm vụ là Bí thư Huyện ủy Yên Thế.",
         {"Tô Văn Lâm": ["Bí thư Huyện ủy Yên Thế"]}),
    ],
    "one_person_merged_keeps_one_form_of_an_office": [
        ("Bộ trưởng Trương Văn Bình\nTrước đó, tờ trình được gửi Bộ trưởng Bộ Giao thông vận tải "
         "- Trương Văn Bình để xem xét.",
         {"Trương Văn Bình": ["Bộ trưởng Bộ Giao thông vận tải"]}),
    ],
    "a_dotted_short_name_ends_its_sentence": [
        ("Người ký hợp đồng là ông Lò Văn Mạnh, Chủ tịch HĐQT kiêm Tổng giám đốc công ty XDC.HN. "
         "Hiện Thanh tra tỉnh đang xác minh.",
         {"Lò Văn Mạnh": ["Chủ tịch Hội đồng quản trị Công ty XDC.HN",
                          "Tổng giám đốc công ty XDC.HN"]}),
    ],
    "offices_held_together": [
        ("Bà Lê Thị Minh - Chủ tịch HĐQT kiêm Tổng giám đốc công ty Cổ phần Sông Lam, đồng thời "
         "là thành viên HĐQT Ngân hàng Hòa Bình.",
         {"Lê Thị Minh": ["Chủ tịch Hội đồng quản trị Công ty Cổ phần Sông Lam",
                          "Tổng giám đốc công ty Cổ phần Sông Lam"]}),
        ("Ông Hồ Văn Định về hưu. Ông Định từng đảm nhiệm chức vụ Phó Chủ tịch Hội đồng quản trị "
         "kiêm Tổng Giám đốc Tổng công ty Sông Đà.",
         {"Hồ Văn Định": ["Phó Chủ tịch Hội đồng quản trị Tổng công ty Sông Đà",
                          "Tổng Giám đốc Tổng công ty Sông Đà"]}),
        ("Chiều qua, Thủ tướng Nguyễn Văn Phúc đã tiếp Chủ tịch kiêm Giám đốc điều hành Tập đoàn "
         "Orbis.",
         {"Nguyễn Văn Phúc": ["Thủ tướng"]}),
    ],
    "a_standing_deputy_dismissed_is_one_office": [
        ("Ông Vi Văn Sáu (Phó Chủ tịch Thường trực UBND tỉnh Lạng Sơn) chuyển công tác. Kỳ họp "
         "thông qua việc miễn nhiệm chức danh Phó Chủ tịch UBND tỉnh Lạng Sơn đối với ông Vi Văn Sáu.",
         {"Vi Văn Sáu": ["Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh Lạng Sơn"]}),
    ],
    "office_dash_name": [
        ("Thư mời gửi Giám đốc Sở Công Thương - Lương Văn Hạ ngay trong ngày.",
         {"Lương Văn Hạ": ["Giám đốc Sở Công Thương"]}),
    ],
    "a_state_named_long_and_short_is_one_office": [
        ("Tổng thống Timor-Leste Ramos Horta phát biểu. Ông Ramos Horta nhậm chức Tổng thống nước "
         "Cộng hòa Dân chủ Timor-Leste năm 2007.",
         {"Ramos Horta": ["Tổng thống nước Cộng hòa Dân chủ Timor-Leste"]}),
    ],
    "a_decision_handed_over_some_words_later": [
        ("Ông Lê Văn Hà, Thứ trưởng Bộ Tài chính trao quyết định bổ nhiệm Chủ tịch Ủy ban chứng "
         "khoán cho ông Trần Văn Sơn.",
         {"Lê Văn Hà": ["Thứ trưởng Bộ Tài chính"]}),
    ],
    "a_dismissal_proposed_by_someone_else": [
        ("Hội đồng xem xét đề nghị của Chủ tịch UBND tỉnh Cà Mau Huỳnh Văn Thơ về việc miễn nhiệm "
         "chức vụ Phó Chủ tịch UBND tỉnh Cà Mau.",
         {"Huỳnh Văn Thơ": ["Chủ tịch Ủy ban nhân dân tỉnh Cà Mau"]}),
        ("Ông Lê Văn Hai bị miễn nhiệm chức vụ Giám đốc Sở Y tế tỉnh Nam Định.",
         {"Lê Văn Hai": ["Giám đốc Sở Y tế tỉnh Nam Định"]}),
    ],
    "he_is_the_subject_of_the_last_sentence": [
        ("Năm 2009, ông Lò Văn Sáng cùng ông Vi Văn Lợi lập Công ty Hoa Ban. Từ năm 2010, ông là "
         "Giám đốc Công ty Hoa Ban.",
         {"Lò Văn Sáng": ["Giám đốc Công ty Hoa Ban"], "Vi Văn Lợi": []}),
    ],
}

# whole pipeline: names only the context shows (resolve/cued.py) take the office before them
PEOPLE_CUED: dict[str, list[tuple[str, dict[str, list[str]]]]] = {
    "an_office_before_a_name_the_context_shows": [
        ('"Hai bên sẽ sớm gặp riêng", phát ngôn viên điện Kremlin, Dmitry Peskov, nói với báo giới.',
         {"Dmitry Peskov": ["Phát ngôn viên điện Kremlin"]}),
        ("Hôm qua, đoàn đã gặp Bộ trưởng Giáo dục Antonio da Conceicao tại thủ đô.",
         {"Antonio da Conceicao": ["Bộ trưởng Giáo dục"]}),
    ],
    "a_foreign_national_office_takes_the_country_of_the_story": [
        ("Đoàn Việt Nam thăm Timor-Leste. Tại Timor-Leste, đoàn gặp Bộ trưởng Giáo dục Antonio da "
         "Conceicao.", {"Antonio da Conceicao": ["Bộ trưởng Giáo dục Timor-Leste"]}),
        ("Mỹ siết thị thực. Công dân sáu nước phải chứng minh quan hệ với người ở Mỹ, theo sắc lệnh "
         "của Tổng thống Donald Trump.", {"Donald Trump": ["Tổng thống Mỹ"]}),
    ],
    "regions_and_a_country_named_in_passing_do_not_count": [
        ("Mỹ và Việt Nam họp. Mỹ muốn thúc đẩy thương mại ở Đông Nam Á và châu Á; Mỹ, Mỹ, Mỹ, Mỹ, "
         "Mỹ, Mỹ, Mỹ và Mỹ đều đồng ý, Triều Tiên thì không. Phó tổng thống Mike Pence có mặt.",
         {"Mike Pence": ["Phó tổng thống Mỹ"]}),
    ],
    "a_story_about_two_countries_adds_none": [
        ("Nhật Bản và Hàn Quốc họp. Nhật Bản và Hàn Quốc đã ký thỏa thuận, Thủ tướng Kenji Morita nói.",
         {"Kenji Morita": ["Thủ tướng"]}),
    ],
}

NEGATIVE: dict[str, list[tuple[str, str]]] = {
    # (sentence, a word no title may contain)
    "a_short_name_after_an_office_is_no_company": [
        ("Giám đốc Minh, ông Trần Văn Bình và tôi đã gặp nhau hôm qua.", "Minh"),
        ("Thủ tướng Merkel, bà Ursula Klein và các bộ trưởng đã họp.", "Merkel"),
    ],
    "a_club_word_needs_plain_latin_letters": [
        ("Chủ tịch Hội Nông dân tỉnh Long An, ông Trần Văn Tâm, phát biểu.", "Real"),
    ],
    "an_office_set_off_before_a_vietnamese_name_is_not_guessed": [
        ("Sáng nay, giám đốc điều hành, Lê Văn Sáu, Trần Văn Bảy và Lý Văn Tám cùng đến.", "Lê Văn Sáu"),
    ],
    "a_party_secretary_is_not_of_a_state_body": [
        ("Ông Lê Văn Tư, Bí thư kiêm Chủ tịch UBND xã Tân Lập, cho biết.", "Bí thư Ủy ban"),
    ],
    "an_ocean_is_no_province_in_an_office": [
        ("Hôm qua, chỉ huy Bộ Tư lệnh Thái Bình Dương, Đô đốc Harry Harris, cho biết.", "tỉnh Thái Bình"),
    ],
    "command_as_a_verb_is_no_office": [
        ("Trung tá Lê Văn An chỉ huy lực lượng cứu hộ suốt đêm.", "lực lượng"),
    ],
    "a_room_of_a_company_is_no_room_of_the_department": [
        ("Ông Lê Văn Ba từng là Giám đốc Sở Công Thương Hải Phòng. Ông Đào Văn Tư, nguyên Trưởng phòng "
         "thương mại hợp đồng PVTEX, cũng bị bắt.", "PVTEX Sở"),
    ],
    "a_room_head_before_a_clause_takes_no_company": [
        ("Trưởng phòng cho biết Vinaconex sẽ trả lương đúng hạn.", "Vinaconex"),
    ],
    "a_sentence_after_a_short_name_is_no_part_of_it": [
        ("Ông Lê Văn Ba làm Giám đốc Công ty PVC. Sau đó ông nghỉ hưu.", "Sau"),
    ],
    "a_spouse_is_no_staff_post": [
        ("Phu nhân của Tổng thống Pháp Anne Roux đã thăm trường học.", "phu nhân"),
    ],
    "lower_case_words_after_a_comma_that_are_no_office": [
        ("Ông Hồ Văn Tâm, Giám đốc Sở Tài chính tỉnh Bến Tre, ban thường vụ đã họp hôm qua.",
         "thường vụ"),
        ("Ông Hồ Văn Tâm, Giám đốc Sở Tài chính tỉnh Bến Tre, và bí thư chi đoàn cùng đến.", "chi đoàn"),
    ],
    "a_lower_case_deputy_alone_is_no_office": [
        ("Phó phòng giám đốc điều hành đã nghỉ.", "giám đốc"),
    ],
    "a_count_of_offices_with_nobody_listed": [
        ("Sở Nội vụ có 8 phó giám đốc trong khi quy định chỉ cho phép 3.", "phó giám đốc"),
    ],
    "a_newspaper_is_not_part_of_an_office": [
        ("Bà Anna Berg, cựu Giám đốc phòng Seoul của tờ Nordic Daily, nhận định.", "của tờ"),
    ],
    "a_company_named_elsewhere_is_not_guessed": [
        ("Từ 2005 bà là Chủ tịch HĐQT kiêm Tổng Giám đốc của Công ty.", "của Công ty"),
    ],
    "a_foreign_name_after_an_office_is_no_company": [
        ("Huấn luyện viên Mourinho và ban huấn luyện họp với cầu thủ.", "Mourinho"),
        ("Chủ tịch Hollande cho biết Pháp ủng hộ.", "Hollande"),
    ],
}


def _cases(table: dict[str, list[tuple[str, object]]]) -> list[object]:
    return [pytest.param(text, want, id=f"{group}-{n}")
            for group, rows in table.items() for n, (text, want) in enumerate(rows)]


@pytest.mark.parametrize(("text", "expected"), _cases(EXPANSION))  # type: ignore[arg-type]
def test_expansion(text: str, expected: list[tuple[str, str]]) -> None:
    doc = titles_of(text)
    got = []
    for sp in doc.spans["titles"]:
        assert isinstance(sp.attrs, TitleAttrs)
        got.append((sp.text, sp.attrs.expanded))
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), _cases(FILLED))  # type: ignore[arg-type]
def test_filled(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    record = resolved(text).to_dict()["titles"]
    assert [(t["text"], t["title"], t["person"]) for t in record] == expected


@pytest.mark.parametrize(("text", "word"), _cases(NEGATIVE))  # type: ignore[arg-type]
def test_negative(text: str, word: str) -> None:
    doc = resolved(text)
    kept = [sp.attrs.title or sp.attrs.expanded for sp in doc.spans["titles"]
            if isinstance(sp.attrs, TitleAttrs)]
    kept += [t for p in doc.people for t in p.titles]
    assert not any(word.lower() in t.lower() for t in kept), kept


@pytest.mark.parametrize(("text", "expected"), _cases(PEOPLE))  # type: ignore[arg-type]
def test_people_titles(text: str, expected: dict[str, list[str]]) -> None:
    people = {p.name: p.titles for p in resolved(text).people}
    assert {name: people.get(name) for name in expected} == expected


@pytest.mark.parametrize(("text", "expected"), _cases(PEOPLE_CUED))  # type: ignore[arg-type]
def test_people_titles_cued(text: str, expected: dict[str, list[str]]) -> None:
    from vnextract.api import extract

    people = {p.name: p.titles for p in extract(text).people}
    assert {name: people.get(name) for name in expected} == expected
