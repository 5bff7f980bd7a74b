"""Titles recall: a corpus of our own sentences for the title classes the real-news gold missed
(issue 13). Same shape as ``test_titles.py``: ``EXPANSION`` lists every title span as
``(text as written, expanded)``; ``FILLED`` the record's titles after the people resolve step
as ``(text, title with its place filled in, person)``; ``PEOPLE`` a person's titles in the
record; ``NEGATIVE`` what must not be found.
"""

from __future__ import annotations

import pytest

from vnextract.components.names import NamesComponent
from vnextract.components.titles import TitleAttrs, TitlesComponent
from vnextract.document import Document
from vnextract.pipeline import component_chain
from vnextract.resolve import people as people_step

PROVINCES = component_chain("provinces", "places", "focus")
TITLES = TitlesComponent()
NAMES = NamesComponent()


def titles_of(text: str) -> Document:
    return TITLES(PROVINCES(Document(text)))


def resolved(text: str) -> Document:
    return people_step.resolve(NAMES(titles_of(text)))


EXPANSION: dict[str, list[tuple[str, list[tuple[str, str]]]]] = {
    "lower_case_chain_after_a_comma": [
        ("Hiện ông Lâm là Thành ủy viên, đại biểu HĐND TP.HCM khóa X (2021-2026), ủy viên ban "
         "thường vụ Trung ương Đoàn, bí thư Đảng ủy cơ quan Thành đoàn TP.HCM.",
         [("Thành ủy viên", "Thành ủy viên"),
          ("đại biểu HĐND TP.HCM", "Đại biểu Hội đồng nhân dân Thành phố Hồ Chí Minh"),
          ("ủy viên ban thường vụ Trung ương Đoàn", "Ủy viên ban thường vụ Trung ương Đoàn"),
          ("bí thư Đảng ủy cơ quan Thành đoàn TP.HCM",
           "Bí thư Đảng ủy cơ quan Thành đoàn Thành phố Hồ Chí Minh")]),
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
    "an_office_left_is_a_title": [
        ("Hôm qua, ông Võ Văn Lành đã xin từ nhiệm chức danh Chủ tịch HĐQT Ngân hàng Hòa Phát.",
         {"Võ Văn Lành": ["Chủ tịch Hội đồng quản trị Ngân hàng Hòa Phát"]}),
        ("Bộ Chính trị phân công ông Hà Văn Bình thôi chức Bí thư Tỉnh ủy Sơn La.",
         {"Hà Văn Bình": ["Bí thư Tỉnh ủy Sơn La"]}),
    ],
    "he_is_the_subject_of_the_last_sentence": [
        ("Năm 2009, ông Lò Văn Sáng cùng ông Vi Văn Lợi lập Công ty Hoa Ban. Từ năm 2010, ông là "
         "Giám đốc Công ty Hoa Ban.",
         {"Lò Văn Sáng": ["Giám đốc Công ty Hoa Ban"], "Vi Văn Lợi": []}),
    ],
}

NEGATIVE: dict[str, list[str]] = {
    "lower_case_words_after_a_comma_that_are_no_office": [
        "Ông Hồ Văn Tâm, Giám đốc Sở Tài chính tỉnh Bến Tre, ban thường vụ đã họp hôm qua.",
        "Chị Lý Thị Mai, bí thư chi đoàn, cho biết cả lớp đã đi tình nguyện.",
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


@pytest.mark.parametrize("text", [pytest.param(t, id=f"{g}-{n}") for g, rows in NEGATIVE.items()
                                  for n, t in enumerate(rows)])
def test_negative(text: str) -> None:
    doc = resolved(text)
    kept = [sp.text for sp in doc.spans["titles"]]
    assert not any(t.lower().startswith(("ban thường vụ", "bí thư chi")) for t in kept), kept


@pytest.mark.parametrize(("text", "expected"), _cases(PEOPLE))  # type: ignore[arg-type]
def test_people_titles(text: str, expected: dict[str, list[str]]) -> None:
    people = {p.name: p.titles for p in resolved(text).people}
    assert {name: people.get(name) for name in expected} == expected
