"""Corpus tests for vnextract.extract.periods (own news-style phrasings, grouped by form)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnextract.extract.periods import article_date, find_periods, parse_period

XF = pytest.mark.xfail(strict=True)

# (phrase, article year, expected ISO)
QUARTERS = [
    ("trong quý I/2022", None, "2022-01/2022-03"),
    ("Quý 1/2022", None, "2022-01/2022-03"),
    ("quý 1 năm 2022", None, "2022-01/2022-03"),
    ("quý II", 2023, "2023-04/2023-06"),
    ("quý III/2024", None, "2024-07/2024-09"),
    ("quý IV năm 2023", None, "2023-10/2023-12"),
    ("quý 4-2021", None, "2021-10/2021-12"),
    ("quý đầu năm", 2025, "2025-01/2025-03"),
    ("quý hai", 2025, "2025-04/2025-06"),
]

HALVES_AND_MONTHS_TO_DATE = [
    ("6 tháng đầu năm 2024", None, "2024-01/2024-06"),
    ("sáu tháng đầu năm 2023", None, "2023-01/2023-06"),
    ("nửa đầu năm 2024", None, "2024-01/2024-06"),
    ("6 tháng cuối năm 2024", None, "2024-07/2024-12"),
    ("6 tháng", 2024, "2024-01/2024-06"),
    ("9 tháng", 2024, "2024-01/2024-09"),
    ("9 tháng năm 2024", None, "2024-01/2024-09"),
    ("8 tháng năm 2025", None, "2025-01/2025-08"),
    ("11 tháng đầu năm 2023", None, "2023-01/2023-11"),
    ("trong 10 tháng, thu ngân sách", 2022, "2022-01/2022-10"),
    ("Chín tháng đầu năm", 2024, "2024-01/2024-09"),
    ("5 tháng đầu năm", 2025, "2025-01/2025-05"),
    ("7 tháng/2024", None, "2024-01/2024-07"),
]

MONTHS = [
    ("tháng 3/2025", None, "2025-03"),
    ("tháng 6", 2024, "2024-06"),
    ("trong tháng 10/2024", None, "2024-10"),
    ("tháng 12 năm 2023", None, "2023-12"),
    ("tháng Giêng", 2025, "2025-01"),
    ("tháng 01/2024", None, "2024-01"),
    ("riêng tháng 8", 2023, "2023-08"),
]

YEARS = [
    ("năm 2023", None, "2023"),
    ("cả năm 2024", None, "2024"),
    ("trong năm 2022", None, "2022"),
    ("năm nay", 2024, "2024"),
    ("năm ngoái", 2024, "2023"),
    ("niên độ 2021", None, "2021"),
]

YTD = [
    ("tính đến ngày 16/10/2025", None, "2025-01/2025-10"),
    ("tới hết ngày 16/10", 2025, "2025-01/2025-10"),
    ("tính đến hết tháng 9/2024", None, "2024-01/2024-09"),
    ("tính đến cuối tháng 6", 2023, "2023-01/2023-06"),
    ("lũy kế đến ngày 30/11/2024", None, "2024-01/2024-11"),
    ("đến hết tháng 5", 2025, "2025-01/2025-05"),
    ("tính đến 15/8/2024", None, "2024-01/2024-08"),
]

DATES = [
    ("ngày 28/3", 2024, "2024-03-28"),
    ("Chiều 24/4/2024", None, "2024-04-24"),
    ("sáng 7/5", 2025, "2025-05-07"),
    ("ngày 2-9-2024", None, "2024-09-02"),
]

CORPUS = QUARTERS + HALVES_AND_MONTHS_TO_DATE + MONTHS + YEARS + YTD + DATES


@pytest.mark.parametrize(("text", "year", "iso"), CORPUS)
def test_parse_period(text: str, year: int | None, iso: str) -> None:
    assert parse_period(text, year) == iso


KINDS = [
    ("quý I/2022", "quarter"),
    ("6 tháng đầu năm 2024", "half"),
    ("9 tháng năm 2024", "months_to_date"),
    ("tháng 3/2025", "month"),
    ("năm 2023", "year"),
    ("tính đến ngày 16/10/2025", "ytd"),
    ("từ đầu năm đến nay", "ytd"),
    ("ngày 28/3", "date"),
    ("so với cùng kỳ năm trước", "same_period"),
    ("so với cùng kỳ", "same_period"),
    ("cùng kỳ năm 2023", "same_period"),
    ("so với cùng thời gian năm trước", "same_period"),
    ("cùng thời điểm năm ngoái", "same_period"),
    ("cùng giai đoạn năm 2023", "same_period"),
]


@pytest.mark.parametrize(("text", "kind"), KINDS)
def test_kinds(text: str, kind: str) -> None:
    ps = find_periods(text, 2024)
    assert [p.kind for p in ps] == [kind]
    assert ps[0].text == text[ps[0].start : ps[0].end]


def test_same_period_has_no_iso() -> None:
    (p,) = find_periods("tăng 6% so với cùng kỳ năm trước", 2024)
    assert (p.kind, p.iso, p.text) == ("same_period", None, "cùng kỳ năm trước")


def test_ytd_needs_article_month() -> None:
    (p,) = find_periods("Từ đầu năm đến nay, tỉnh thu hút 20 dự án", 2025, 10)
    assert (p.iso, p.kind, p.needs_year) == ("2025-01/2025-10", "ytd", True)
    (p,) = find_periods("Từ đầu năm đến nay", 2025, None)
    assert p.iso is None


def test_needs_year_flag() -> None:
    assert find_periods("quý II", 2023)[0].needs_year is True
    assert find_periods("quý II/2023", 2020)[0].needs_year is False
    assert find_periods("quý II")[0].iso is None


def test_sentence_with_several_periods() -> None:
    text = "Trong 9 tháng năm 2024, xuất khẩu tăng 12% so với cùng kỳ; riêng tháng 9 đạt 1 tỷ USD."
    got = [(p.kind, p.iso) for p in find_periods(text, 2024)]
    assert got == [
        ("months_to_date", "2024-01/2024-09"),
        ("same_period", None),
        ("month", "2024-09"),
    ]


NOT_PERIODS = [
    "trong 3 tháng qua",
    "sau 6 tháng triển khai",
    "hơn 2 tháng",
    "mỗi 3 tháng",
    "12 tháng liên tiếp",
    "trẻ dưới 6 tháng tuổi",
]


@pytest.mark.parametrize("text", NOT_PERIODS)
def test_not_periods(text: str) -> None:
    assert [p for p in find_periods(text, 2024) if p.kind in ("months_to_date", "half")] == []


ARTICLE_DATES = [
    ("Tin kinh tế\nChiều 24/4/2024, UBND tỉnh họp báo.", (2024, 4, 24)),
    ("Sáng 29/11/2024, Hội nghị diễn ra.", (2024, 11, 29)),
    ("Theo Nghị quyết ngày 12/3/2020. Sáng 29/11/2024, HĐND họp.", (2024, 11, 29)),
    ("Báo cáo công bố ngày 27/6/2024 cho biết", (2024, 6, 27)),
    ("Chiều 5/8, tại trụ sở (năm 2025 là năm bản lề; năm 2025)", (2025, 8, 5)),
    ("Năm 2023 tăng, năm 2023 giảm, năm 2022 ổn định", (2023, None, None)),
    ("Không có ngày nào", (None, None, None)),
    ("Ngày 15 tháng 3 năm 2024 là hạn chót", (2024, 3, 15)),
]


@pytest.mark.parametrize(("text", "expected"), ARTICLE_DATES)
def test_article_date(text: str, expected: tuple) -> None:
    assert article_date(text) == expected


KNOWN_GAPS = [
    pytest.param("giai đoạn 2021-2025", None, "2021-01/2025-12", marks=XF),  # multi-year span
    pytest.param("quý I và quý II/2024", None, "2024-01/2024-06", marks=XF),  # joined quarters
]


@pytest.mark.parametrize(("text", "year", "iso"), KNOWN_GAPS)
def test_known_gaps(text: str, year: int | None, iso: str) -> None:
    assert parse_period(text, year) == iso


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("0123456789/- quýtháng năm IVđầucùngkỳ,.")), max_size=60)
)
def test_never_raises(text: str) -> None:
    for p in find_periods(text, 2024, 6):
        assert p.text == text[p.start : p.end]
    article_date(text)


def test_article_date_skips_reference_dates() -> None:
    text = "Tỉnh mới hình thành từ ngày 1/7/2025. Năm 2025, năm 2025 kinh tế tăng trưởng."
    assert article_date(text) == (2025, None, None)
