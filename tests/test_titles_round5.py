"""Titles round 5 (issue 13): offices written before their holder with a phrase of time between
("Bộ trưởng … khi đó, ông X", "… lúc ấy là bà Y"), and the agent of a passive clause ("ông A được
Bộ trưởng B bổ nhiệm làm …"), who does not take the post it hands out; a company director named
by field ("Giám đốc tài chính/kinh doanh X"). Sentences are our own.
``PEOPLE``: a person's titles in the record (whole pipeline); ``NEGATIVE``: (sentence, person, a
word none of that person's titles may contain).
"""

from __future__ import annotations

import pytest

from vnextract.api import extract

PEOPLE: dict[str, list[tuple[str, dict[str, list[str]]]]] = {
    "an_office_of_then_before_the_name": [
        ("Năm 2014, Bộ trưởng Bộ Tài chính khi đó, ông Đinh Tiến Lâm đã ký quyết định này.",
         {"Đinh Tiến Lâm": ["Bộ trưởng Bộ Tài chính"]}),
        ("Năm 2012, Chủ tịch UBND tỉnh Nghệ An khi ấy, ông Hồ Văn Đức ký văn bản chấp thuận.",
         {"Hồ Văn Đức": ["Chủ tịch Ủy ban nhân dân tỉnh Nghệ An"]}),
        ("Quyết định do Bộ trưởng Bộ Xây dựng lúc đó là ông Trịnh Văn Khải ký ban hành.",
         {"Trịnh Văn Khải": ["Bộ trưởng Bộ Xây dựng"]}),
        ("Văn bản được Bộ trưởng Bộ Y tế khi đó Phạm Thị Ngân ký năm 2013.",
         {"Phạm Thị Ngân": ["Bộ trưởng Bộ Y tế"]}),
    ],
    "a_passive_agent_leaves_the_post_to_the_subject": [
        ("Năm 2015, ông Lưu Văn Thành được Bộ trưởng Bộ Công Thương Đỗ Quang Hưng bổ nhiệm làm "
         "Phó cục trưởng Cục Hóa chất.",
         {"Lưu Văn Thành": ["Phó cục trưởng Cục Hóa chất Bộ Công Thương"],
          "Đỗ Quang Hưng": ["Bộ trưởng Bộ Công Thương"]}),
        ("Ông Lưu Văn Thành sau đó được Bộ trưởng Bộ Công Thương khi đó là ông Đỗ Quang Hưng bổ "
         "nhiệm làm Phó cục trưởng Cục Hóa chất.",
         {"Lưu Văn Thành": ["Phó cục trưởng Cục Hóa chất Bộ Công Thương"],
          "Đỗ Quang Hưng": ["Bộ trưởng Bộ Công Thương"]}),
    ],
    "an_active_agent_is_unchanged": [
        ("Bộ trưởng Đỗ Quang Hưng bổ nhiệm ông Lưu Văn Thành làm Phó cục trưởng Cục Hóa chất.",
         {"Lưu Văn Thành": ["Phó cục trưởng Cục Hóa chất"]}),
        ("Ông Lưu Văn Thành được bổ nhiệm làm Phó cục trưởng Cục Hóa chất từ tháng 5.",
         {"Lưu Văn Thành": ["Phó cục trưởng Cục Hóa chất"]}),
    ],
    "a_company_directors_field_before_the_company": [
        ("Bà Lê Thu Hằng, Giám đốc Kinh doanh Công ty Vàng bạc Phú Quý cho biết giá đã tăng.",
         {"Lê Thu Hằng": ["Giám đốc Kinh doanh Công ty Vàng bạc Phú Quý"]}),
        ("Giám đốc tài chính Tập đoàn Hòa Phát, ông Đỗ Minh Quân cho biết lợi nhuận giảm.",
         {"Đỗ Minh Quân": ["Giám đốc tài chính Tập đoàn Hòa Phát"]}),
        ("Ông Đỗ Minh Quân, Giám đốc Sở Tài chính tỉnh Nghệ An, cho biết ngân sách thu vượt.",
         {"Đỗ Minh Quân": ["Giám đốc Sở Tài chính tỉnh Nghệ An"]}),
    ],
}

NEGATIVE: dict[str, list[tuple[str, str, str]]] = {
    "in_the_meantime_is_no_office_of_then": [
        ("Ông Hà Văn Lực là Giám đốc Sở Y tế tỉnh Nghệ An. Trong khi đó, ông Tạ Quang Vinh cho "
         "biết đã nhận đơn.", "Tạ Quang Vinh", "Giám đốc"),
    ],
    "a_passive_agent_does_not_take_the_post": [
        ("Năm 2015, ông Lưu Văn Thành được Bộ trưởng Bộ Công Thương Đỗ Quang Hưng bổ nhiệm làm "
         "Phó cục trưởng Cục Hóa chất.", "Đỗ Quang Hưng", "Cục"),
        ("Sau đó ông Thành được Bộ trưởng Bộ Công Thương khi đó là ông Đỗ Quang Hưng bổ nhiệm làm "
         "Phó cục trưởng Cục Hóa chất.", "Đỗ Quang Hưng", "Cục"),
    ],
}


def _cases(table: dict[str, list[tuple[object, ...]]]) -> list[object]:
    return [pytest.param(*row, id=f"{group}-{n}")
            for group, rows in table.items() for n, row in enumerate(rows)]


def check_titles(text: str, expected: dict[str, list[str]]) -> None:
    """Each named person has exactly the expected titles (rounds 7 and 8 call this too)."""
    people = {p.name: p.titles for p in extract(text).people}
    assert {name: people.get(name) for name in expected} == expected


def check_no_title_word(text: str, name: str, word: str) -> None:
    """The person is found and none of their titles holds ``word``."""
    people = {p.name: p.titles for p in extract(text).people}
    assert name in people, "the sentence names the person"
    assert not any(word.lower() in t.lower() for t in people[name]), people[name]


@pytest.mark.parametrize(("text", "expected"), _cases(PEOPLE))  # type: ignore[arg-type]
def test_people_titles(text: str, expected: dict[str, list[str]]) -> None:
    check_titles(text, expected)


@pytest.mark.parametrize(("text", "name", "word"), _cases(NEGATIVE))  # type: ignore[arg-type]
def test_negative(text: str, name: str, word: str) -> None:
    check_no_title_word(text, name, word)
