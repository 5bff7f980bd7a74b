"""Titles component: a corpus of our own sentences with the office titles they give.

Like Duckling's corpora, grouped by form. ``EXPANSION``: every title span the titles component
stores, as ``(text as written, expanded title)`` in text order. ``FILLED``: the record's top-level
``"titles"`` after the people resolve step, as ``(text, title with its place filled in, person)``.
``NEGATIVE``: sentences where no title may be found (military ranks, degrees, terms of office,
organisations named without an office). Known failures stay in ``XFAIL`` with strict=True.
"""

from __future__ import annotations

import pytest

from vnextract.components.names import NamesComponent, surnames
from vnextract.components.titles import TitleAttrs, TitlesComponent
from vnextract.components.words import word_set
from vnextract.document import Document
from vnextract.lexicon import key
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
    "abbreviations": [
        ("Chủ tịch UBND tỉnh Quảng Ngãi phát biểu khai mạc.",
         [("Chủ tịch UBND tỉnh Quảng Ngãi", "Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi")]),
        ("Phó Chủ tịch Thường trực HĐND TP. Cần Thơ đến dự.",
         [("Phó Chủ tịch Thường trực HĐND TP. Cần Thơ",
           "Phó Chủ tịch Thường trực Hội đồng nhân dân thành phố Cần Thơ")]),
        ("Ông Lưu Văn Khải, Giám đốc Sở KH&ĐT tỉnh Bình Phước, cho biết như vậy.",
         [("Giám đốc Sở KH&ĐT tỉnh Bình Phước", "Giám đốc Sở Kế hoạch và Đầu tư tỉnh Bình Phước")]),
        ("Bà Lò Thị Hiên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Sơn La, trao quà.",
         [("Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Sơn La",
           "Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Sơn La")]),
        ("Ông Mạc Quang Dũng, Cục trưởng Cục Thuế TP.HCM, cho biết số thu tăng.",
         [("Cục trưởng Cục Thuế TP.HCM", "Cục trưởng Cục Thuế Thành phố Hồ Chí Minh")]),
        ("Ông Vũ Đình Khôi, Thứ trưởng Bộ LĐ-TB&XH, dự lễ.",
         [("Thứ trưởng Bộ LĐ-TB&XH", "Thứ trưởng Bộ Lao động - Thương binh và Xã hội")]),
        ("Bà Hà Thị Nga là ĐBQH đơn vị tỉnh Tuyên Quang.",
         [("ĐBQH đơn vị tỉnh Tuyên Quang", "Đại biểu Quốc hội tỉnh Tuyên Quang")]),
        ("Bà Hồ Thị Lụa, Giám đốc Sở TN-MT tỉnh Trà Vinh, ký quyết định.",
         [("Giám đốc Sở TN-MT tỉnh Trà Vinh", "Giám đốc Sở Tài nguyên và Môi trường tỉnh Trà Vinh")]),
        ("Ông Quách Văn Sĩ, Phó Giám đốc Sở NN-PTNT tỉnh Yên Bái, kiểm tra đê.",
         [("Phó Giám đốc Sở NN-PTNT tỉnh Yên Bái",
           "Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn tỉnh Yên Bái")]),
        ("Ông Hầu A Lềnh, Phó Chủ tịch UBTƯ MTTQ Việt Nam, thăm bản.",
         [("Phó Chủ tịch UBTƯ MTTQ Việt Nam",
           "Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam")]),
    ],
    "chains": [
        ("Ông Trịnh Văn Lực, Ủy viên BCH Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Gia "
         "Lai, chủ trì hội nghị.",
         [("Ủy viên BCH Trung ương Đảng", "Ủy viên Ban Chấp hành Trung ương Đảng"),
          ("Bí thư Tỉnh ủy", "Bí thư Tỉnh ủy"),
          ("Chủ tịch HĐND tỉnh Gia Lai", "Chủ tịch Hội đồng nhân dân tỉnh Gia Lai")]),
        ("Ông Lục Văn Kha, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Chợ Đồn cho biết huyện đã "
         "hoàn thành.",
         [("Phó Bí thư Huyện ủy", "Phó Bí thư Huyện ủy"),
          ("Chủ tịch UBND huyện Chợ Đồn", "Chủ tịch Ủy ban nhân dân huyện Chợ Đồn")]),
    ],
    "organisations": [
        ("Ông Đặng Minh Châu, Phó Trưởng ban Tuyên giáo Tỉnh ủy An Giang, phát biểu.",
         [("Phó Trưởng ban Tuyên giáo Tỉnh ủy An Giang",
           "Phó Trưởng ban Tuyên giáo Tỉnh ủy An Giang")]),
        ("Ông Ono Masuo, Tổng lãnh sự Nhật Bản tại TP.HCM, tới thăm trường.",
         [("Tổng lãnh sự Nhật Bản tại TP.HCM",
           "Tổng lãnh sự Nhật Bản tại Thành phố Hồ Chí Minh")]),
        ("Ông Lã Văn Tín, Bí thư Đảng đoàn Mặt trận Tổ quốc Việt Nam, gửi thư.",
         [("Bí thư Đảng đoàn Mặt trận Tổ quốc Việt Nam",
           "Bí thư Đảng đoàn Mặt trận Tổ quốc Việt Nam")]),
        ("Ông Tạ Văn Lộc, Phó Ban Nội chính Trung ương, dự họp.",
         [("Phó Ban Nội chính Trung ương", "Phó Ban Nội chính Trung ương")]),
    ],
    "names_with_verbs_inside": [
        ("Bà Mai Thị Hòa, Cục trưởng Cục Chống tham nhũng nói thêm.",
         [("Cục trưởng Cục Chống tham nhũng", "Cục trưởng Cục Chống tham nhũng")]),
        ("Ông Văn Đức Lợi, Giám đốc Sở Thông tin Truyền thông tỉnh Hà Giang, có mặt.",
         [("Giám đốc Sở Thông tin Truyền thông tỉnh Hà Giang",
           "Giám đốc Sở Thông tin Truyền thông tỉnh Hà Giang")]),
        ("Ông Kha Văn Tùng, Trưởng phòng Quản lý công nghệ thông tin Sở Y tế tỉnh Bến Tre, trả lời.",
         [("Trưởng phòng Quản lý công nghệ thông tin Sở Y tế tỉnh Bến Tre",
           "Trưởng phòng Quản lý công nghệ thông tin Sở Y tế tỉnh Bến Tre")]),
    ],
    "parent_body_after_a_comma": [
        ("Bà Ninh Thị Hạnh, Vụ trưởng Vụ Ngân sách, Bộ Tài chính cho biết số thu tăng.",
         [("Vụ trưởng Vụ Ngân sách, Bộ Tài chính", "Vụ trưởng Vụ Ngân sách, Bộ Tài chính")]),
        ("Ông Giáp Văn Nam, Cục trưởng Cục Giải quyết khiếu nại, Thanh tra Chính phủ, trả lời.",
         [("Cục trưởng Cục Giải quyết khiếu nại, Thanh tra Chính phủ",
           "Cục trưởng Cục Giải quyết khiếu nại, Thanh tra Chính phủ")]),
        # a second office after the comma is not a parent body
        ("Ông Giáp Văn Nam, Vụ trưởng Vụ Ngân sách, Bộ trưởng Bộ Tài chính Lò Văn Sơn ký.",
         [("Vụ trưởng Vụ Ngân sách", "Vụ trưởng Vụ Ngân sách"),
          ("Bộ trưởng Bộ Tài chính", "Bộ trưởng Bộ Tài chính")]),
    ],
    "unit_then_its_organisation_after_a_comma": [
        ("BS Lý Thị Ngà, Trưởng khoa Nhi, Bệnh viện Đa khoa Trung ương Cần Thơ cho biết trẻ đã khỏe.",
         [("Trưởng khoa Nhi, Bệnh viện Đa khoa Trung ương Cần Thơ",
           "Trưởng khoa Nhi, Bệnh viện Đa khoa Trung ương Cần Thơ")]),
        ("Thượng tá Vi Văn Mừng, Trưởng phòng Cảnh sát giao thông, Công an tỉnh Cao Bằng, nói.",
         [("Trưởng phòng Cảnh sát giao thông, Công an tỉnh Cao Bằng",
           "Trưởng phòng Cảnh sát giao thông, Công an tỉnh Cao Bằng")]),
        # a person after the comma is not the unit's organisation
        ("Trưởng phòng Tổ chức, ông Vi Văn Mừng phát biểu.",
         [("Trưởng phòng Tổ chức", "Trưởng phòng Tổ chức")]),
    ],
    "lower_case_department": [
        ("Trưởng ban tổ chức Trung ương Hà Văn Khiêm trao quyết định.",
         [("Trưởng ban tổ chức Trung ương", "Trưởng ban tổ chức Trung ương")]),
    ],
    "companies": [
        ("Ông Bùi Đình Lâm, Phó Tổng giám đốc Công ty ô tô Đại Phát, trao xe.",
         [("Phó Tổng giám đốc Công ty ô tô Đại Phát",
           "Phó Tổng giám đốc Công ty ô tô Đại Phát")]),
        ("Bà Kiều Thị Nhàn, Tổng Giám đốc Công ty Hạ tầng phát triển khu công nghiệp Long Mỹ, ký.",
         [("Tổng Giám đốc Công ty Hạ tầng phát triển khu công nghiệp Long Mỹ",
           "Tổng Giám đốc Công ty Hạ tầng phát triển khu công nghiệp Long Mỹ")]),
        ("Ông Lưu Minh Khang, Chủ tịch HĐQT Sacombank, trả lời cổ đông.",
         [("Chủ tịch HĐQT Sacombank", "Chủ tịch Hội đồng quản trị Sacombank")]),
        ("Ông Đào Văn Hiển, Giám đốc Cty TNHH Minh Phát, cho hay.",
         [("Giám đốc Cty TNHH Minh Phát", "Giám đốc Công ty TNHH Minh Phát")]),
        ("Ông Âu Văn Tài, TGĐ Công ty Thép Phú Mỹ, cho hay.",
         [("TGĐ Công ty Thép Phú Mỹ", "Tổng giám đốc Công ty Thép Phú Mỹ")]),
    ],
}

FILLED: dict[str, list[tuple[str, list[tuple[str, str, str | None]]]]] = {
    "place_from_the_chain": [
        ("Ông Trịnh Văn Lực, Ủy viên BCH Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Gia "
         "Lai, chủ trì hội nghị.",
         [("Ủy viên BCH Trung ương Đảng", "Ủy viên Ban Chấp hành Trung ương Đảng",
           "Trịnh Văn Lực"),
          ("Bí thư Tỉnh ủy", "Bí thư Tỉnh ủy Gia Lai", "Trịnh Văn Lực"),
          ("Chủ tịch HĐND tỉnh Gia Lai", "Chủ tịch Hội đồng nhân dân tỉnh Gia Lai",
           "Trịnh Văn Lực")]),
        ("Ông Lục Văn Kha, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Chợ Đồn cho biết huyện đã "
         "hoàn thành.",
         [("Phó Bí thư Huyện ủy", "Phó Bí thư Huyện ủy Chợ Đồn", "Lục Văn Kha"),
          ("Chủ tịch UBND huyện Chợ Đồn", "Chủ tịch Ủy ban nhân dân huyện Chợ Đồn",
           "Lục Văn Kha")]),
    ],
    "secretary_of_a_place": [
        ("Bí thư TP.HCM Đoàn Văn Mẫn tiếp đoàn.",
         [("Bí thư TP.HCM", "Bí thư Thành ủy Thành phố Hồ Chí Minh", "Đoàn Văn Mẫn")]),
        ("Ông Lạc Văn Tư, Bí thư tỉnh Lai Châu, thăm bản.",
         [("Bí thư tỉnh Lai Châu", "Bí thư Tỉnh ủy Lai Châu", "Lạc Văn Tư")]),
        ("Phó Bí thư Thường trực Thành ủy, ông Kiều Văn Định dự họp tại TP.HCM.",
         [("Phó Bí thư Thường trực Thành ủy", "Phó Bí thư Thường trực Thành ủy Thành phố Hồ Chí Minh",
           "Kiều Văn Định")]),
    ],
    "place_from_the_context": [
        ("Tỉnh Lạng Sơn tổ chức hội nghị. Ông Hứa Văn Dân, Phó Chủ tịch UBND tỉnh, phát biểu.",
         [("Phó Chủ tịch UBND tỉnh", "Phó Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn",
           "Hứa Văn Dân")]),
    ],
    "nobody_named": [
        ("Chủ tịch UBND tỉnh Quảng Ngãi phát biểu khai mạc.",
         [("Chủ tịch UBND tỉnh Quảng Ngãi", "Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi", None)]),
    ],
}

NEGATIVE: dict[str, list[str]] = {
    "military_ranks": [
        "Đại tá Phan Trọng Lương dẫn đoàn đi kiểm tra.",
        "Thượng tướng Lê Quang Hòa và Thiếu tướng Đào Văn Tín thăm đơn vị.",
    ],
    "degrees_and_awards": [
        "Giáo sư Tạ Văn Ngọc nhận giải thưởng.",
        "Nghệ sĩ nhân dân Trần Thị Tuyết biểu diễn tại nhà hát.",
    ],
    "terms_of_office": [
        "Đại hội Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2025-2030 đã thành công tốt đẹp.",
        "Hội nghị lần thứ 10 Ban Chấp hành Trung ương Đảng khóa XIII bế mạc.",
    ],
    "organisations_without_an_office": [
        "Bộ Tài chính cho biết thu ngân sách tăng.",
        "Công ty ô tô Đại Phát và Cty TNHH Minh Phát tăng doanh số.",
        "HĐQT Sacombank họp bất thường về kế hoạch vốn.",
        "Ban Bí thư Trung ương Đảng vừa ban hành chỉ thị.",
    ],
}

XFAIL: list[tuple[str, list[tuple[str, str]]]] = [
    # the title stops at the country when the foreign official's name follows the seat
    ("Tổng lãnh sự Nhật Bản tại TP.HCM Ono Masuo tới thăm trường.",
     [("Tổng lãnh sự Nhật Bản tại TP.HCM", "Tổng lãnh sự Nhật Bản tại Thành phố Hồ Chí Minh")]),
]


def _cases(table: dict[str, list[tuple[str, object]]]) -> list[object]:
    return [pytest.param(text, want, id=f"{group}-{n}")
            for group, rows in table.items() for n, (text, want) in enumerate(rows)]


def _expansions(doc: Document) -> list[tuple[str, str]]:
    out = []
    for sp in doc.spans["titles"]:
        assert isinstance(sp.attrs, TitleAttrs)
        assert doc.text[sp.start : sp.end] == sp.text == sp.attrs.raw
        out.append((sp.text, sp.attrs.expanded))
    return out


@pytest.mark.parametrize(("text", "expected"), _cases(EXPANSION))  # type: ignore[arg-type]
def test_expansion(text: str, expected: list[tuple[str, str]]) -> None:
    assert _expansions(titles_of(text)) == expected


@pytest.mark.parametrize(("text", "expected"), _cases(FILLED))  # type: ignore[arg-type]
def test_filled_titles_in_the_record(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    doc = resolved(text)
    record = doc.to_dict()["titles"]
    for t in record:
        assert text[t["start"] : t["end"]] == t["text"]
    assert [(t["text"], t["title"], t["person"]) for t in record] == expected


@pytest.mark.parametrize("text", [pytest.param(t, id=f"{g}-{n}") for g, rows in NEGATIVE.items()
                                  for n, t in enumerate(rows)])
def test_no_title(text: str) -> None:
    doc = resolved(text)
    assert doc.spans["titles"] == []
    assert doc.to_dict()["titles"] == []
    assert all(p.titles == [] for p in doc.people)


@pytest.mark.parametrize(("text", "expected"), XFAIL)
@pytest.mark.xfail(strict=True)
def test_known_failures(text: str, expected: list[tuple[str, str]]) -> None:
    assert _expansions(titles_of(text)) == expected


def test_bare_office_of_nobody_is_not_in_the_record() -> None:
    """A bare office said of nobody ("Thủ tướng gửi thư") names no title in the record."""
    doc = resolved("Thủ tướng gửi thư chúc mừng các thầy cô giáo.")
    assert doc.to_dict()["titles"] == []


def test_shared_office_names_no_single_person() -> None:
    text = ("Dự họp có các Ủy viên Ban Thường vụ Tỉnh ủy Bắc Kạn là ông Hà Văn Sơn, "
            "bà Nông Thị Hoa và ông Triệu Đức Minh.")
    doc = resolved(text)
    (shared,) = doc.to_dict()["titles"]
    assert shared["person"] is None
    assert shared["title"] == "Ủy viên Ban Thường vụ Tỉnh ủy Bắc Kạn"
    assert {p.name for p in doc.people} == {"Hà Văn Sơn", "Nông Thị Hoa", "Triệu Đức Minh"}


# -- the word lists ------------------------------------------------------------------------------

@pytest.mark.parametrize(("word", "is_surname"), [
    ("Nguyễn", True), ("NGUYỄN", True), ("Hoà", False), ("Lò", True), ("Ông", False),
    ("Phó", False),
])
def test_surnames_accessor(word: str, is_surname: bool) -> None:
    assert (key(word) in surnames()) is is_surname


@pytest.mark.parametrize(("word", "kind"), [
    ("các", "quantifier"), ("đồng chí", "pronoun"), ("trước đó", "past_after"),
    ("báo", "press"), ("đông", "compass"),
])
def test_word_classes(word: str, kind: str) -> None:
    assert word in word_set(kind)


def test_per_document_caches_do_not_keep_documents() -> None:
    """The word view, titles and names of a document are cached weakly: gone with it."""
    import gc

    from vnextract.components import names, titles, words

    for _ in range(3):
        resolved("Ông Nguyễn Văn An, Chủ tịch UBND tỉnh Nghệ An, phát biểu.")
    gc.collect()
    assert (len(words._VIEWS), len(titles._FINDS), len(names._FINDS)) == (0, 0, 0)
