"""Reporting periods in Vietnamese news text (pure functions on strings).

``find_periods`` finds period phrases (quý I/2022, 6 tháng đầu năm 2024, 9 tháng, tháng 3/2025,
năm 2023, từ đầu năm đến nay, tính đến ngày 16/10/2025, ngày 28/3, cùng kỳ) and gives each an ISO
8601 value as the dev README defines it: a year "2022", a month "2022-03", an interval of months
"2022-01/2022-03", or a date "2024-03-28". A phrase without a year takes the article's year and is
marked ``needs_year``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from .numbers import _number_words, _parse_words

__all__ = ["PeriodMention", "parse_period", "find_periods", "article_date"]


@dataclass(slots=True)
class PeriodMention:
    start: int
    end: int
    text: str
    iso: str | None  # "2022", "2022-03", "2022-01/2022-03", "2024-03-28"; None if unknown
    kind: str  # year|month|quarter|months_to_date|half|ytd|date|same_period
    needs_year: bool = False  # the year was not written


_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_MONTH_WORDS = {"giêng": 1, "chạp": 12}

_S = r"[ \t\u00a0]+"  # spaces inside a phrase
# the year after a period phrase: "/2022", "-2022", " năm 2022", " 2022"
_YEAR_TAIL = (
    r"(?:[ \t]*[/-][ \t]*|" + _S + r"(?:(?:của" + _S + r")?năm" + _S + r")?)"
    r"(?P<y>(?:19|20)\d\d)(?![\d.,]\d|\d)"
)


@lru_cache(maxsize=1)
def _num_word_re() -> str:
    words = [w for w, roles in _number_words().items() if {"digit", "ten", "tens"} & set(roles)]
    alt = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return r"(?:" + alt + r")(?:" + _S + r"(?:" + alt + r"))?"


def _small_int(s: str) -> int | None:
    s = s.strip().lower()
    if s.isdigit():
        return int(s) if len(s) <= 4 else None
    if s in _ROMAN:
        return _ROMAN[s]
    if s in _MONTH_WORDS:
        return _MONTH_WORDS[s]
    if s == "tư":
        return 4
    v = _parse_words(s.split())
    return int(v) if v is not None and v == int(v) else None


def _interval(y: int | None, m1: int, m2: int) -> str | None:
    if y is None:
        return None
    return f"{y:04d}-{m1:02d}/{y:04d}-{m2:02d}"


_Handler = Callable[
    [re.Match[str], "int | None", "int | None"], "tuple[str | None, str, bool] | None"
]


def _year_of(m: re.Match[str], group: str, year: int | None) -> tuple[int | None, bool]:
    g = m.groupdict().get(group)
    if g:
        return int(g), False
    return year, True


def _quarter(m: re.Match[str], year: int | None, month: int | None):
    q = 1 if m.group("q").lower() == "đầu" else _small_int(m.group("q"))
    if q is None or not 1 <= q <= 4:
        return None
    y, needs = _year_of(m, "y", year)
    return _interval(y, 3 * q - 2, 3 * q), "quarter", needs


def _half(m: re.Match[str], year: int | None, month: int | None):
    y, needs = _year_of(m, "y", year)
    late = m.group("h").lower() in ("cuối", "sau")
    return (_interval(y, 7, 12) if late else _interval(y, 1, 6)), "half", needs


def _months(m: re.Match[str], year: int | None, month: int | None):
    n = _small_int(m.group("n"))
    if n is None or not 2 <= n <= 12:
        return None
    y, needs = _year_of(m, "y", year)
    return _interval(y, 1, n), "months_to_date", needs


def _month(m: re.Match[str], year: int | None, month: int | None):
    mo = _small_int(m.group("m"))
    if mo is None or not 1 <= mo <= 12:
        return None
    y, needs = _year_of(m, "y", year)
    return (f"{y:04d}-{mo:02d}" if y is not None else None), "month", needs


def _year(m: re.Match[str], year: int | None, month: int | None):
    y = int(m.group("y"))
    if not 1900 <= y <= 2100:
        return None
    return f"{y:04d}", "year", False


def _rel_year(m: re.Match[str], year: int | None, month: int | None):
    word = m.group("r").lower()
    if year is None:
        return None, "year", True
    y = year - 1 if word in ("trước", "ngoái") else year
    return f"{y:04d}", "year", True


def _ytd_now(m: re.Match[str], year: int | None, month: int | None):
    if year is None or month is None:
        return None, "ytd", True
    return _interval(year, 1, month), "ytd", True


def _ytd_date(m: re.Match[str], year: int | None, month: int | None):
    mo = _small_int(m.group("m"))
    if mo is None or not 1 <= mo <= 12:
        return None
    d = m.groupdict().get("d")
    if d is not None and not 1 <= int(d) <= 31:
        return None
    y, needs = _year_of(m, "y", year)
    return _interval(y, 1, mo), "ytd", needs


def _date(m: re.Match[str], year: int | None, month: int | None):
    d, mo = int(m.group("d")), int(m.group("m"))
    if not (1 <= d <= 31 and 1 <= mo <= 12):
        return None
    y, needs = _year_of(m, "y", year)
    return (f"{y:04d}-{mo:02d}-{d:02d}" if y is not None else None), "date", needs


def _same(m: re.Match[str], year: int | None, month: int | None):
    return None, "same_period", False


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[re.Pattern[str], _Handler]]:
    nw = _num_word_re()
    yt = r"(?:" + _YEAR_TAIL + r")?"
    month_tok = r"(?P<m>1[0-2]|0?[1-9]|giêng|chạp|" + nw + r")"
    date_dm = r"(?P<d>[0-3]?\d)[/.-](?P<m>1[0-2]|0?[1-9])(?:[/.-](?P<y>\d{4}))?(?![\d/])"
    ytd_lead = (
        r"(?:tính|lũy kế|luỹ kế|cộng dồn)" + _S + r"(?:đến|tới)(?:" + _S + r"hết)?"
        r"|(?:đến|tới)" + _S + r"hết"
    )
    specs: list[tuple[str, _Handler]] = [
        (
            r"cùng" + _S + r"(?:kỳ|thời" + _S + r"(?:gian|điểm|kỳ)|giai" + _S + r"đoạn)"
            r"(?:" + _S + r"năm(?:" + _S + r"(?:trước|ngoái|\d{4}))?)?",
            _same,
        ),
        (
            r"(?:(?:từ|tính từ)"
            + _S
            + r")?đầu"
            + _S
            + r"năm(?:"
            + _S
            + r"\d{4})?"
            + _S
            + r"(?:đến|tới)"
            + _S
            + r"(?:nay|thời điểm này|hiện tại)",
            _ytd_now,
        ),
        (r"(?:" + ytd_lead + r")" + _S + r"(?:ngày" + _S + r")?" + date_dm, _ytd_date),
        (
            r"(?:"
            + ytd_lead
            + r"|(?:đến|tới))"
            + _S
            + r"(?:cuối"
            + _S
            + r")?tháng"
            + _S
            + month_tok
            + yt,
            _ytd_date,
        ),
        (r"(?:lũy kế|luỹ kế)" + _S + r"từ" + _S + r"đầu" + _S + r"năm", _ytd_now),
        (
            r"quý"
            + _S
            + r"(?P<q>IV|III|II|I|[1-4]|một|hai|ba|bốn|tư|đầu)(?![\w])"
            + r"(?:"
            + _S
            + r"năm(?!"
            + _S
            + r"\d))?"
            + yt,
            _quarter,
        ),
        (
            r"(?:(?:6|sáu)" + _S + r"tháng|nửa)" + _S + r"(?P<h>đầu|cuối|sau)" + _S + r"năm" + yt,
            _half,
        ),
        (
            r"(?P<n>1[0-2]|[2-9]|" + nw + r")" + _S + r"tháng"
            r"(?:" + _S + r"đầu(?:" + _S + r"năm)?)?"
            r"(?:"
            + _YEAR_TAIL
            + r"|"
            + _S
            + r"năm(?=[ \t]*(?:[,.;:)]|$)))?"
            + r"(?!"
            + _S
            + r"(?:qua|tới|sau|trước|liên tiếp|liền|gần đây|kể từ|nữa|trở lại|"
            r"trở lên|tuổi)(?!\w))",
            _months,
        ),
        (r"tháng" + _S + month_tok + r"(?!\w|/\d{1,2}(?!\d))" + yt, _month),
        (r"(?:năm|niên độ)" + _S + r"(?P<y>\d{4})(?![\d/])", _year),
        (r"năm" + _S + r"(?P<r>nay|trước|ngoái)(?!\w)", _rel_year),
        (
            r"(?:ngày|hôm|sáng|chiều|tối|trưa|đêm|rạng sáng)"
            + _S
            + r"(?:nay"
            + _S
            + r")?\(?"
            + date_dm,
            _date,
        ),
        (r"(?<![\d/.,])" + date_dm.replace("?P<y>", "?P<y>") + r"(?![\d/,.]\d)", _date),
    ]
    out = []
    for pat, h in specs:
        out.append((re.compile(r"(?<![\w])(?:" + pat + r")(?![\w])", re.I), h))
    return out


_BAD_BEFORE_MONTHS = re.compile(
    r"(?<!\w)(?:hơn|gần|khoảng|sau|mỗi|vòng|mất|suốt|được|chưa đầy|chỉ|trong vòng|thêm)[ \t]+$",
    re.I,
)


def find_periods(
    text: str, year: int | None = None, month: int | None = None
) -> list[PeriodMention]:
    """Every period phrase in ``text`` in text order, overlapping matches resolved to the longest
    leftmost. ``year``/``month``: the article's own date, used when a phrase has no year."""
    found: list[tuple[int, int, int, str | None, str, bool]] = []
    for prio, (rx, handler) in enumerate(_patterns()):
        for m in rx.finditer(text):
            if handler is _months and _BAD_BEFORE_MONTHS.search(
                text[max(0, m.start() - 15) : m.start()]
            ):
                continue
            r = handler(m, year, month)
            if r is None:
                continue
            iso, kind, needs = r
            found.append((m.start(), m.end(), prio, iso, kind, needs))
    found.sort(key=lambda t: (t[0], -(t[1] - t[0]), t[2]))
    out: list[PeriodMention] = []
    last_end = -1
    for s, e, _, iso, kind, needs in found:
        if s < last_end:
            continue
        out.append(PeriodMention(s, e, text[s:e], iso, kind, needs))
        last_end = e
    return out


def parse_period(s: str, year: int | None = None) -> str | None:
    """ISO value of the first period phrase in ``s`` ("quý I/2022" -> "2022-01/2022-03")."""
    for p in find_periods(s, year):
        if p.kind != "same_period":
            return p.iso
    return None


_LEAD_DATE = re.compile(
    r"(?<!\w)(?:Sáng|Chiều|Tối|Trưa|Đêm|Ngày|Hôm|Rạng sáng|Sáng nay|Chiều nay|Tối nay|Trưa nay)"
    r"(?:[ \t]+(?:nay|qua))?[ \t]*(?:\([^)]{0,20}\)[ \t]*)?,?[ \t]*(?:ngày[ \t]+)?"
    r"(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?(?![\d/])"
)
_NGAY_DATE = re.compile(
    r"(?<!\w)ngày[ \t]+(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?![\d/])"
    r"|(?<!\w)ngày[ \t]+(\d{1,2})[ \t]+tháng[ \t]+(\d{1,2})[ \t]+năm[ \t]+(\d{4})(?!\d)",
    re.I,
)
# a date after these is a reference point ("từ ngày 1/7/2025"), not the article's own date
_REF_BEFORE = re.compile(r"(?<!\w)(?:từ|kể từ|trước|sau|đến|tới|hết|hạn|số)[ \t]+$", re.I)
_YEAR_RE = re.compile(r"(?<![\d.,/])(19[5-9]\d|20\d\d)(?![\d.,]\d|/)")


def article_date(text: str) -> tuple[int | None, int | None, int | None]:
    """The article's own date (year, month, day): its first dated lead phrase ("Chiều 24/4/2024",
    "Sáng 29/11/2024", "ngày 27/6/2024"; not a reference date such as "từ ngày 1/7/2025"), else
    the most frequent year."""
    years = Counter(int(y) for y in _YEAR_RE.findall(text))
    common = years.most_common(1)[0][0] if years else None
    for m in _LEAD_DATE.finditer(text):
        d, mo = int(m.group(1)), int(m.group(2))
        if 1 <= d <= 31 and 1 <= mo <= 12:
            y = int(m.group(3)) if m.group(3) else common
            return y, mo, d
    for m in _NGAY_DATE.finditer(text):
        if _REF_BEFORE.search(text[max(0, m.start() - 10) : m.start()]):
            continue
        g = [x for x in m.groups() if x is not None]
        d, mo, y = int(g[0]), int(g[1]), int(g[2])
        if 1 <= d <= 31 and 1 <= mo <= 12 and 1900 <= y <= 2100:
            return y, mo, d
    if common is not None:
        return common, None, None
    return None, None, None
