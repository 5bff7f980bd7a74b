"""Titles round 8 (issues 13/16): offices of foreign officials in world news. A well-known office
holder's bare national office takes the country (``foreign_officials.tsv``: "Tổng thống Emmanuel
Macron" = "Tổng thống Pháp"; "Chủ tịch Tập Cận Bình" = "Chủ tịch Trung Quốc"; a former office
without "cựu"); an office of a foreign body (NATO, LHQ, CIA, FBI) is read to its end; a state
office right before a foreign surname ("Thủ tướng Abe"; also before the full name is first
written, when one person bears that name) is the person's. Sentences are our own.
``PEOPLE``: a person's titles in the record (whole pipeline); ``NEGATIVE``: (sentence, person, a
word none of that person's titles may contain).
"""

from __future__ import annotations

import pytest
from test_titles_round5 import _cases, check_no_title_word, check_titles  # shared row checks

PEOPLE: dict[str, list[tuple[str, dict[str, list[str]]]]] = {
    "a_known_holder_takes_the_country": [
        ("Tổng thống Emmanuel Macron và Thủ tướng Theresa May cùng ra tuyên bố về khí hậu.",
         {"Emmanuel Macron": ["Tổng thống Pháp"], "Theresa May": ["Thủ tướng Anh"]}),
        ("Trong cuộc điện đàm, Chủ tịch Tập Cận Bình đề nghị hai bên giữ ổn định thương mại.",
         {"Tập Cận Bình": ["Chủ tịch Trung Quốc"]}),
        ("Cựu Tổng thống Barack Obama đã có bài phát biểu tại một trường đại học ở Chicago.",
         {"Barack Obama": ["Tổng thống Mỹ"]}),
        ("Bộ trưởng Quốc phòng James Mattis gặp người đồng cấp tại Singapore hôm thứ Bảy.",
         {"James Mattis": ["Bộ trưởng Quốc phòng Mỹ"]}),
        ("Nhật Bản và Hàn Quốc họp. Hai nước Nhật Bản và Hàn Quốc đã ký kết, Thủ tướng Shinzo Abe "
         "cho biết.", {"Shinzo Abe": ["Thủ tướng Nhật Bản"]}),
    ],
    "the_text_writes_the_country": [
        ("Bộ trưởng Quốc phòng Nhật Bản Tomomi Inada đã tới thăm căn cứ hải quân.",
         {"Tomomi Inada": ["Bộ trưởng Quốc phòng Nhật Bản"]}),
        ("Tổng thống Mỹ Donald Trump tiếp Thủ tướng Israel Benjamin Netanyahu tại Nhà Trắng.",
         {"Donald Trump": ["Tổng thống Mỹ"], "Benjamin Netanyahu": ["Thủ tướng Israel"]}),
    ],
    "a_foreign_body_ends_the_office": [
        ("Tổng thư ký NATO Jens Stoltenberg kêu gọi các nước thành viên tăng chi tiêu.",
         {"Jens Stoltenberg": ["Tổng thư ký NATO"]}),
        ("Đoàn đã hội kiến Tổng thư ký LHQ Antonio Guterres tại trụ sở ở New York.",
         {"Antonio Guterres": ["Tổng thư ký Liên Hợp Quốc"]}),
        ("Giám đốc CIA Mike Pompeo có chuyến thăm bí mật tới Seoul hôm thứ Ba.",
         {"Mike Pompeo": ["Giám đốc CIA"]}),
        ("Tổng thống đã cách chức Giám đốc FBI James Comey vào tháng trước.",
         {"James Comey": ["Giám đốc FBI"]}),
        ("Cố vấn an ninh quốc gia Mỹ H. R. McMaster nói chuyến đi có ba mục tiêu.",
         {"H. R. McMaster": ["Cố vấn an ninh quốc gia Mỹ"]}),
    ],
    "a_state_office_before_a_foreign_surname": [
        ("Ông Sergei Lavrov tới Washington hôm qua. Ngoại trưởng Lavrov nói hai bên đã nhất trí.",
         {"Sergei Lavrov": ["Ngoại trưởng Nga"]}),
        ("Ông Shinzo Abe đã tới Canberra. Thủ tướng Abe cho biết hai nước sẽ ký hiệp định.",
         {"Shinzo Abe": ["Thủ tướng Nhật Bản"]}),
        ("Báo Mỹ bình luận về Thủ tướng Rutte. Ông Mark Rutte nói liên minh sẽ sớm thành hình.",
         {"Mark Rutte": ["Thủ tướng Hà Lan"]}),
    ],
}

NEGATIVE: dict[str, list[tuple[str, str, str]]] = {
    "a_known_holder_keeps_the_written_country": [
        ("Thủ tướng Anh Theresa May gặp Tổng thống Pháp Emmanuel Macron tại Paris.",
         "Theresa May", "Pháp"),
    ],
    "a_relative_with_the_same_surname_takes_no_office": [
        ("Ông Donald Trump đến hội nghị cùng con gái Ivanka Trump. Tổng thống Trump phát biểu.",
         "Ivanka Trump", "Tổng thống"),
    ],
    "a_vietnamese_short_name_before_the_full_one_stays_unlinked": [
        ("Chủ tịch Hùng đã chỉ đạo. Ông Nguyễn Văn Hùng cho biết sẽ kiểm tra lại.",
         "Nguyễn Văn Hùng", "Chủ tịch"),
    ],
    "a_ministers_bare_office_is_not_named_after_him": [
        ("Ông Wilbur Ross tới Bắc Kinh. Theo Bộ trưởng Ross, hai bên đã đạt nhiều tiến triển.",
         "Wilbur Ross", "Ross"),
    ],
    "an_unknown_foreigner_gets_no_listed_country": [
        ("Tổng thống Pavel Horak của Séc tiếp đoàn doanh nghiệp Mỹ tại Praha.",
         "Pavel Horak", "Mỹ"),
    ],
}


@pytest.mark.parametrize(("text", "expected"), _cases(PEOPLE))  # type: ignore[arg-type]
def test_people_titles(text: str, expected: dict[str, list[str]]) -> None:
    check_titles(text, expected)


@pytest.mark.parametrize(("text", "name", "word"), _cases(NEGATIVE))  # type: ignore[arg-type]
def test_negative(text: str, name: str, word: str) -> None:
    check_no_title_word(text, name, word)


def test_every_listed_country_is_a_known_country() -> None:
    from vnextract.lexicon import key, rows
    countries = {key(r[0]) for r in rows("countries.txt")}
    missing = [r[1] for r in rows("foreign_officials.tsv") if key(r[1]) not in countries]
    assert missing == []
