"""Titles round 4 (issue 13, recall): a corpus of our own sentences for the classes the seed-6521
audit found. Same shape as ``test_titles_round3.py``: ``PEOPLE`` a person's titles in the record
(whole pipeline); ``NEGATIVE`` (sentence, a word no title may contain).
"""

from __future__ import annotations

import pytest
from test_titles_round3 import _cases  # grouped corpus rows as pytest params

from vnextract.api import extract

PEOPLE: dict[str, list[tuple[str, dict[str, list[str]]]]] = {
    "a_number_ends_an_organisations_name": [
        ("Ông Lê Văn Khánh, Giám đốc Trung tâm Cấp cứu 115 Hà Nội, cho biết sẽ xử lý.",
         {"Lê Văn Khánh": ["Giám đốc Trung tâm Cấp cứu 115 Hà Nội"]}),
        ("Bác sĩ Trần Minh Đức, Trưởng khoa Nhi - Sơ sinh, Bệnh viện Nhi Đồng 2 TP Hồ Chí Minh, "
         "cho biết trẻ đã khỏe.",
         {"Trần Minh Đức": ["Trưởng khoa Nhi - Sơ sinh, Bệnh viện Nhi Đồng 2 thành phố Hồ Chí Minh"]}),
        ("Theo bác sĩ Phạm Văn Hòa - Trưởng khoa Nội, BV 108, không nên tự mua thuốc.",
         {"Phạm Văn Hòa": ["Trưởng khoa Nội, Bệnh viện 108"]}),
    ],
    "a_hospital_in_lower_case_in_brackets": [
        ("Bác sĩ Ngô Thị Hà, Trưởng khoa Hồi sức (bệnh viện Việt Đức), nói ca mổ đã xong.",
         {"Ngô Thị Hà": ["Trưởng khoa Hồi sức bệnh viện Việt Đức"]}),
    ],
    "and_inside_a_lower_case_name": [
        ("Ông Vũ Văn Tâm, Giám đốc Công ty cổ phần xây dựng và thương mại Hòa Phong cho biết.",
         {"Vũ Văn Tâm": ["Giám đốc Công ty cổ phần xây dựng và thương mại Hòa Phong"]}),
        ("Theo ông Đỗ Văn Long, Giám đốc Trung tâm Kiểm định chất lượng công trình và đo lường "
         "khu vực phía Nam, số mẫu đạt chuẩn tăng.",
         {"Đỗ Văn Long": ["Giám đốc Trung tâm Kiểm định chất lượng công trình và đo lường khu "
                          "vực phía Nam"]}),
    ],
    "university_written_short": [
        ("Ông Lý Văn Hải, Hiệu trưởng ĐH Bách khoa Đà Nẵng, cũng cho hay điểm chuẩn sẽ tăng.",
         {"Lý Văn Hải": ["Hiệu trưởng Đại học Bách khoa Đà Nẵng"]}),
        ("Bà Trần Thị Thu, Vụ trưởng Vụ Giáo dục ĐH, cho biết thêm.",
         {"Trần Thị Thu": ["Vụ trưởng Vụ Giáo dục Đại học"]}),
    ],
    "social_insurance_written_in_full": [
        ("Bà Hà Thị Mai, Tổng Giám đốc Bảo hiểm xã hội (BHXH) Việt Nam, đã giải trình.",
         {"Hà Thị Mai": ["Tổng Giám đốc Bảo hiểm xã hội Việt Nam"]}),
        ("Ông Lê Văn Tùng, Giám đốc Bảo hiểm xã hội tỉnh Nghệ An, cho biết quỹ còn dư.",
         {"Lê Văn Tùng": ["Giám đốc Bảo hiểm xã hội tỉnh Nghệ An"]}),
    ],
    "an_abbreviated_parent_body_in_brackets": [
        ("Ông Phan Văn Tú, Trưởng ban Dược (BHXH Việt Nam) cho biết giá thuốc đã giảm.",
         {"Phan Văn Tú": ["Trưởng ban Dược Bảo hiểm xã hội Việt Nam"]}),
    ],
    "a_provincial_deputy_secretary_in_lower_case": [
        ("Phó bí thư thường trực tỉnh Hòa Bình Trần Văn Ninh cho biết tỉnh sẽ xem xét.",
         {"Trần Văn Ninh": ["Phó bí thư thường trực Tỉnh ủy Hòa Bình"]}),
    ],
    "a_clause_in_brackets_is_no_parent_body": [
        ("Có mặt tại buổi làm việc, ông Mai Văn Bình, Phó Tổng Giám đốc Công ty Sông Lam "
         "(Công ty TNHH Đại Phong vắng mặt), cho hay máy đã được thay.",
         {"Mai Văn Bình": ["Phó Tổng Giám đốc Công ty Sông Lam"]}),
        ("Ông Lê Văn Cường, Cục trưởng Cục Trồng trọt (Bộ Nông nghiệp và Phát triển nông thôn), "
         "cho hay.",
         {"Lê Văn Cường": ["Cục trưởng Cục Trồng trọt Bộ Nông nghiệp và Phát triển nông thôn"]}),
    ],
    "the_voice_of_vietnam_is_one_name": [
        ("Dự lễ có các đồng chí Ủy viên Trung ương Đảng: Tổng Giám đốc Đài Tiếng nói Việt Nam "
         "Lê Văn An, Tổng Giám đốc Đài Truyền hình Việt Nam Trần Văn Bình.",
         {"Lê Văn An": ["Ủy viên Trung ương Đảng", "Tổng Giám đốc Đài Tiếng nói Việt Nam"],
          "Trần Văn Bình": ["Ủy viên Trung ương Đảng", "Tổng Giám đốc Đài Truyền hình Việt Nam"]}),
    ],
    "a_semicolon_after_commas_ends_a_shared_office": [
        ("Dự lễ có các đồng chí Ủy viên Trung ương Đảng: Tổng Giám đốc Đài Tiếng nói Việt Nam "
         "Lê Văn An, Tổng Giám đốc Đài Truyền hình Việt Nam Trần Văn Bình; Phó Tổng Biên tập Báo "
         "Nhân dân Phan Văn Hiền.",
         {"Trần Văn Bình": ["Ủy viên Trung ương Đảng", "Tổng Giám đốc Đài Truyền hình Việt Nam"],
          "Phan Văn Hiền": ["Phó Tổng Biên tập Báo Nhân dân"]}),
        ("Dự họp có các Phó Thủ tướng: Lê Văn An, Trần Văn Bình, Phạm Văn Cường.",
         {"Phạm Văn Cường": ["Phó Thủ tướng"]}),
    ],
}

NEGATIVE: dict[str, list[tuple[str, str]]] = {
    "people_after_and_are_no_part_of_the_name": [
        ("Ông Đinh Văn Hòa, Giám đốc Công ty cổ phần xây dựng và nhân viên, đã có mặt.", "nhân viên"),
    ],
    "a_clause_after_and_is_no_part_of_the_name": [
        ("Ông Đinh Văn Hòa, Giám đốc Công ty xây dựng và phát biểu ý kiến, nói.", "phát biểu"),
    ],
    "a_number_before_a_counted_word_is_no_name": [
        ("Giám đốc Sở Y tế Trần Văn Hải cho biết Bệnh viện Bạch Mai 3 ngày qua đã nhận bệnh nhân.",
         "3"),
    ],
    "a_lower_case_word_after_a_short_hospital_is_no_name": [
        ("Phó giám đốc BV quan hệ với nhà thầu. Ông Trần Văn Minh, Phó giám đốc BV, bị kỷ luật.",
         "quan hệ"),
    ],
    "a_clause_in_brackets_is_no_body": [
        ("Ông Mai Văn Bình, Phó Tổng Giám đốc Công ty Sông Lam (Công ty TNHH Đại Phong vắng mặt), "
         "cho hay.", "vắng"),
    ],
}


@pytest.mark.parametrize(("text", "expected"), _cases(PEOPLE))  # type: ignore[arg-type]
def test_people_titles(text: str, expected: dict[str, list[str]]) -> None:
    people = {p.name: p.titles for p in extract(text).people}
    assert {name: people.get(name) for name in expected} == expected


@pytest.mark.parametrize(("text", "word"), _cases(NEGATIVE))  # type: ignore[arg-type]
def test_negative(text: str, word: str) -> None:
    doc = extract(text)
    kept = [t for p in doc.people for t in p.titles]
    assert kept, "the sentence names an office"
    assert not any(word.lower() in t.lower().split() or word.lower() in t.lower()
                   for t in kept), kept
