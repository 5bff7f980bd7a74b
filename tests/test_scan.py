"""vnextract.scan: the start strings of a pattern, and TextScan.finditer == re.finditer."""

from __future__ import annotations

import re

import pytest

from vnextract.components.period_rules import _patterns
from vnextract.scan import TextScan, literal_starts

# pattern (compiled with re.I) -> the start strings, or None when the analysis gives up
STARTS = [
    (r"(?<!\w)tháng\s+\d+", {"thá"}),
    (r"(?<!\w)(?:quý|Tết)", {"quý", "tết"}),
    (r"(?:từ\s+)?đầu năm", {"từ", "đầu"}),  # "\\s" is not spelled out: the start stops
    (r"[0-3]?x", {"0", "1", "2", "3", "x"}),  # what follows a repeat is not looked at
    (r"(?:ab)+c", {"ab"}),
    (r"a\d", {"a"}),
    (r"\d+ ngày", None),  # a digit class is not spelled out
    (r"x?", None),  # may match nothing
    (r".ab", None),
]


@pytest.mark.parametrize(("pattern", "expected"), STARTS)
def test_literal_starts(pattern: str, expected: set[str] | None) -> None:
    got = literal_starts(re.compile(pattern, re.I))
    assert got == (None if expected is None else frozenset(expected))


def test_case_sensitive_pattern_keeps_case() -> None:
    assert literal_starts(re.compile(r"(?<!\w)(?:[Tt]rong tháng|[Tt]háng này)")) == frozenset(
        {"Tro", "tro", "Thá", "thá"})
    rx = re.compile(r"(?<!\w)[Tt]rong tháng")
    text = "Trong tháng, trong tháng; TRONG THÁNG, xtrong tháng"
    assert [m.span() for m in TextScan(text).finditer(rx)] == [m.span() for m in rx.finditer(text)]


# written for this test: period phrases in every case, and letters re.I folds unlike str.lower
TEXTS = [
    "Tháng 3/2020, doanh thu quý IV/2019 tăng; 6 tháng đầu năm nay đạt 5 tỷ đồng.",
    "THÁNG 12 NĂM 2020 VÀ QUÝ I NĂM 2021; Tết Nguyên đán 2020, hôm qua, sáng nay 5/7.",
    "Từ đầu năm đến nay, lũy kế từ đầu năm, tính đến hết tháng 9/2021, cùng kỳ năm trước.",
    "ıs tháng 3 năm 2020 — ſáng nay, Kỳ nghỉ Tết",  # "ı", "ſ": re.I matches them as i, s
    "Năm 2019-2020, niên vụ 2020/2021, tầm nhìn đến năm 2030, cách đây 3 năm.",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_finditer_same_as_re(text: str) -> None:
    scan = TextScan(text)
    for rx, _ in _patterns():
        want = [(m.span(), m.groupdict()) for m in rx.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in scan.finditer(rx)] == want


def test_folded_letters_fall_back() -> None:
    rx = re.compile(r"(?<!\w)sáng", re.I)
    scan = TextScan("ſáng nay")  # "ſ" is "s" to re.I, not to str.lower
    assert [m.span() for m in scan.finditer(rx)] == [(0, 4)]


@pytest.mark.parametrize("text", TEXTS)
def test_search_same_as_re(text: str) -> None:
    scan = TextScan(text)
    for rx, _ in _patterns():
        for pos in range(0, len(text) + 1, 7):
            want = rx.search(text, pos)
            got = scan.search(rx, pos)
            assert (got and (got.span(), got.groupdict())) == (want and (want.span(), want.groupdict()))
