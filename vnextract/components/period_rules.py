"""Reporting periods in Vietnamese news text (pure functions on strings).

``find_periods`` finds period phrases (quý I/2022, 6 tháng đầu năm 2024, 9 tháng, tháng 3/2025,
năm 2023, từ đầu năm đến nay, tính đến ngày 16/10/2025, ngày 28/3, cùng kỳ) and gives each an ISO
8601 value as the dev README defines it: a year "2022", a month "2022-03", an interval of months
"2022-01/2022-03", or a date "2024-03-28". A phrase without a year takes the article's year and is
marked ``needs_year``.

Given a reference date ``ref`` (the day the article appeared, :mod:`vnextract.refdate`), relative
phrases resolve against it: "tháng này/tháng trước", "quý này/quý trước", "năm nay/năm ngoái",
"hôm nay/hôm qua", "tuần trước", "từ đầu năm đến nay" (January to the reference month), and a day,
month or quarter without a year takes the year that puts it nearest the reference date. Without a
reference date (and without ``year``) such a phrase has ``iso`` None: it is never guessed.
Multi-year spans ("giai đoạn 2016-2020" = "2016-01/2020-12"), crop and fiscal years as the text
defines them ("niên vụ 2017-2018" = "2017-10/2018-09") and month spans ("từ tháng 4/2017 đến tháng
3/2018") need no reference date; a plan year ("đến năm 2020") has kind ``target``, not a period of
its own; "cùng kỳ" has kind ``same_period`` (a basis, no value).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from ..scan import TextScan
from .numbers import _number_words, _parse_words

__all__ = ["PeriodMention", "parse_period", "find_periods", "article_date", "article_date_phrase",
           "birth_before"]


@dataclass(slots=True)
class PeriodMention:
    start: int
    end: int
    text: str
    iso: str | None  # "2022", "2022-03", "2022-01/2022-03", "2024-03-28"; None if unknown
    # year|month|quarter|months_to_date|half|ytd|date|same_period|years|season|span|week|target
    kind: str
    needs_year: bool = False  # the year was not written
    relative: bool = False  # resolved against the reference date ("năm nay", "tháng trước")


_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_MONTH_WORDS = {"giêng": 1, "chạp": 12}

_S = r"[ \t\u00a0]+"  # spaces inside a phrase
# the year after a period phrase: "/2022", "-2022", " năm 2022", " 2022"
# "tháng 5 năm ngoái", "tháng 3 năm nay": a month in a year told relative to the reference date
_REL_YEAR_TAIL = r"[ \t]+năm[ \t]+(?P<ry>nay|ngoái|trước)(?!\w)"
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
    """Months ``m1`` to ``m2`` of year ``y``; one month ("đến tháng 1/2017") is that month."""
    if y is None:
        return None
    if m1 == m2:
        return f"{y:04d}-{m1:02d}"
    return f"{y:04d}-{m1:02d}/{y:04d}-{m2:02d}"


@dataclass(frozen=True, slots=True)
class _Ctx:
    """What a phrase without a year is resolved against."""

    year: int | None  # the article's year (``ref.year`` when a reference date is given)
    month: int | None
    ref: date | None  # the reference date


_Handler = Callable[[re.Match[str], _Ctx], "tuple[str | None, str, bool] | None"]


def _year_of(m: re.Match[str], group: str, c: _Ctx, first_month: int = 1) -> tuple[int | None, bool]:
    """The written year, else the context year; with a reference date, the year that puts a
    period starting in ``first_month`` nearest to it (a "tháng 11" read in January is last
    year's)."""
    g = m.groupdict().get(group)
    if g:
        return int(g), False
    if c.ref is not None and c.year == c.ref.year and first_month - c.ref.month > 6:
        return c.year - 1, True
    return c.year, True


def _quarter(m: re.Match[str], c: _Ctx):
    q = 1 if m.group("q").lower() == "đầu" else _small_int(m.group("q"))
    if q is None or not 1 <= q <= 4:
        return None
    y, needs = _year_of(m, "y", c, 3 * q - 2)
    return _interval(y, 3 * q - 2, 3 * q), "quarter", needs


def _quarters(m: re.Match[str], c: _Ctx):
    """"quý I, II/2016", "quý III và IV năm 2015": the months from the first quarter's start to the
    last one's end (the year written once, after the last)."""
    q1, q2 = _small_int(m.group("q1")), _small_int(m.group("q"))
    if q1 is None or q2 is None or not 1 <= q1 < q2 <= 4:
        return None
    y, needs = _year_of(m, "y", c, 3 * q1 - 2)
    return _interval(y, 3 * q1 - 2, 3 * q2), "quarter", needs


def _half(m: re.Match[str], c: _Ctx):
    late = m.group("h").lower() in ("cuối", "sau")
    y, needs = _year_of(m, "y", c, 7 if late else 1)
    if m.group("nay"):
        needs = False  # "6 tháng đầu năm nay": this year's, told
    elif needs and y is not None and c.ref is not None and y == c.ref.year and c.ref.month <= 3:
        y -= 1  # "6 tháng đầu năm" read in February: last year's half
    return (_interval(y, 7, 12) if late else _interval(y, 1, 6)), "half", needs


def _months(m: re.Match[str], c: _Ctx):
    n = _small_int(m.group("n"))
    if n is None or not 2 <= n <= 12:
        return None
    y, needs = _year_of(m, "y", c)
    if needs and c.ref is not None and c.year == c.ref.year and n > c.ref.month:
        y = c.ref.year - 1  # "9 tháng" read in March: last year's nine months
    return _interval(y, 1, n), "months_to_date", needs


# the hour of a cut-off: "tính đến 17h ngày 5/6", "đến 11 giờ 30 ngày 6/2"
_HOUR = (r"(?:(?:[01]?\d|2[0-4])[ \t]*(?:h|giờ)(?:[ \t]*[0-5]\d(?:[ \t]*(?:phút|'))?)?(?:[ \t]*,)?"
         + _S + r"(?:(?:sáng|chiều|tối|trưa|đêm)" + _S + r")?)?")


def _rel_year_of(m: re.Match[str], c: _Ctx) -> int | None:
    """The year of "tháng 5 năm ngoái / năm nay / năm trước" from the reference date."""
    r = (m.groupdict().get("ry") or "").lower()
    return c.ref.year + _REL_STEP[r] if r and c.ref is not None else None


def _month(m: re.Match[str], c: _Ctx):
    mo = _small_int(m.group("m"))
    if mo is None or not 1 <= mo <= 12:
        return None
    y, needs = _year_of(m, "y", c, mo)
    ry = _rel_year_of(m, c)
    if ry is not None:
        return f"{ry:04d}-{mo:02d}", "month", False
    return (f"{y:04d}-{mo:02d}" if y is not None else None), "month", needs


def _year(m: re.Match[str], c: _Ctx):
    y = int(m.group("y"))
    if not 1900 <= y <= 2100:
        return None
    return f"{y:04d}", "year", False


_REL_STEP = {"nay": 0, "này": 0, "qua": 0, "trước": -1, "ngoái": -1, "tới": 1, "sau": 1}


def _rel_year(m: re.Match[str], c: _Ctx):
    if c.year is None:
        return None, "year", True
    return f"{c.year + _REL_STEP[m.group('r').lower()]:04d}", "year", True


def _rel_month(m: re.Match[str], c: _Ctx):
    if c.ref is None:
        return None, "month", True
    k = c.ref.year * 12 + c.ref.month - 1 + _REL_STEP[m.group("r").lower()]
    return f"{k // 12:04d}-{k % 12 + 1:02d}", "month", True


def _rel_quarter(m: re.Match[str], c: _Ctx):
    if c.ref is None:
        return None, "quarter", True
    k = c.ref.year * 4 + (c.ref.month - 1) // 3 + _REL_STEP[m.group("r").lower()]
    return _interval(k // 4, 3 * (k % 4) + 1, 3 * (k % 4) + 3), "quarter", True


def _past_year(m: re.Match[str], c: _Ctx):
    """"(trong) năm qua" with no count before it ("xuất khẩu tôm năm qua đạt …") read in January
    to March: the calendar year before the reference date's ("3 năm qua", "những năm qua" are
    lengths, kept out by the count check). Later in the year it is the twelve months up to now
    as often as last year, and gives no period."""
    if c.ref is None or c.ref.month > 3:
        return None
    return f"{c.ref.year - 1:04d}", "year", True


_DAY_STEP = {"nay": 0, "qua": -1, "hôm qua": -1, "kia": -2, "hôm kia": -2, "mai": 1}


def _rel_day(m: re.Match[str], c: _Ctx):
    if c.ref is None:
        return None, "date", True
    g = m.groupdict()
    key = " ".join((g.get("r") or g.get("r2") or g.get("r3") or "").lower().split())
    d = c.ref + timedelta(days=_DAY_STEP[key])
    return d.isoformat(), "date", True


def _rel_week(m: re.Match[str], c: _Ctx):
    if c.ref is None:
        return None, "week", True
    monday = c.ref - timedelta(days=c.ref.weekday()) + timedelta(
        weeks=_REL_STEP[m.group("r").lower()])
    return f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}", "week", True


def _ytd_now(m: re.Match[str], c: _Ctx):
    if c.year is None or c.month is None:
        return None, "ytd", True
    return _interval(c.year, 1, c.month), "ytd", True


def _ytd_date(m: re.Match[str], c: _Ctx):
    mo = _small_int(m.group("m"))
    if mo is None or not 1 <= mo <= 12:
        return None
    d = m.groupdict().get("d")
    if d is not None and not 1 <= int(d) <= 31:
        return None
    y, needs = _year_of(m, "y", c, mo)
    return _interval(y, 1, mo), "ytd", needs


def _ytd_quarter(m: re.Match[str], c: _Ctx):
    """"Tính đến hết quý I": a year to date up to the quarter's last month."""
    q = _small_int(m.group("q"))
    if q is None or not 1 <= q <= 4:
        return None
    y, needs = _year_of(m, "y", c, 3 * q - 2)
    return _interval(y, 1, 3 * q), "ytd", needs


def _day_range(m: re.Match[str], c: _Ctx):
    """"tuần giao dịch (từ 26 - 30/6)", "tuần 3-7/7": a week's days in one month, the period of
    the week's figures (kind "span": it carries to the figures told after it)."""
    d1, d2, mo = int(m.group("d1")), int(m.group("d")), int(m.group("m"))
    if not (1 <= d1 < d2 <= 31 and 1 <= mo <= 12):
        return None
    y, needs = _year_of(m, "y", c, mo)
    return (f"{y:04d}-{mo:02d}" if y is not None else None), "span", needs


def _date(m: re.Match[str], c: _Ctx):
    d, mo = int(m.group("d")), int(m.group("m"))
    if not (1 <= d <= 31 and 1 <= mo <= 12):
        return None
    y, needs = _year_of(m, "y", c, mo)
    return (f"{y:04d}-{mo:02d}-{d:02d}" if y is not None else None), "date", needs


def _same(m: re.Match[str], c: _Ctx):
    return None, "same_period", False


def _at_time(m: re.Match[str], c: _Ctx):
    """"tại thời điểm 01/5/2017" (a stock or a head count taken on a day): that month."""
    return f"{int(m.group('y')):04d}-{int(m.group('m')):02d}", "month", False


def _bare_year(m: re.Match[str], c: _Ctx):
    """"Riêng cho 2017, …", "trần bội chi cho 2015 là 4,5% GDP", "dự kiến 2017 là 64,9%": a year
    with no "năm" after "cho" or "dự kiến", closing its phrase or before "là/đạt" — only a year
    near the reference date ("cho 2000 hộ" is a count, which the lookahead keeps out)."""
    y = int(m.group("y"))
    if c.ref is None or abs(y - c.ref.year) > 10:
        return None
    return f"{y:04d}", "year", False


def _years(m: re.Match[str], c: _Ctx):
    """"giai đoạn 2016-2020", "từ năm 2016 đến năm 2020": January of the first to December of
    the last."""
    y1, y2 = int(m.group("y1")), int(m.group("y2"))
    if not 0 < y2 - y1 <= 50:
        return None
    return f"{y1:04d}-01/{y2:04d}-12", "years", False


def _span(m: re.Match[str], c: _Ctx):
    """"từ tháng 4/2017 đến tháng 3/2018": the months from the first to the last."""
    a, b = (int(m.group("a")), int(m.group("m1"))), (int(m.group("b")), int(m.group("m2")))
    if not (1 <= a[1] <= 12 and 1 <= b[1] <= 12 and a < b and b[0] - a[0] <= 50):
        return None
    if a == b:
        return f"{a[0]:04d}-{a[1]:02d}", "span", False
    return f"{a[0]:04d}-{a[1]:02d}/{b[0]:04d}-{b[1]:02d}", "span", False


def _season(m: re.Match[str], c: _Ctx):
    """A crop or fiscal year: as the text defines it in brackets, else a crop year ("niên vụ
    2017-2018") runs October to September and a fiscal year is the calendar year."""
    if m.group("m1"):
        return _span(m, c)
    y1 = int(m.group("y1"))
    y2 = int(m.group("y2")) if m.group("y2") else None
    if m.group("kw").lower().startswith("niên vụ") or m.group("kw").lower() == "vụ":
        y2 = y2 if y2 is not None else y1 + 1
        if y2 != y1 + 1:
            return None
        return f"{y1:04d}-10/{y2:04d}-09", "season", False
    if y2 is not None:
        return (f"{y1:04d}-01/{y2:04d}-12", "season", False) if 0 < y2 - y1 <= 1 else None
    return f"{y1:04d}", "season", False


def _reached(m: re.Match[str], c: _Ctx):
    """"Đến năm 2016, cơ cấu chi …", "Đến đầu năm 2017, giá …" opening a clause, in a year
    already past (or the start of this one): the level the figures had by then — the year, or
    its January for "đầu". A year to come is a plan year (``_target``)."""
    y, w = int(m.group("y")), (m.group("w") or "").lower()
    if c.ref is None or not (y < c.ref.year or y == c.ref.year and w == "đầu"):
        return None
    return (f"{y:04d}-01", "month", False) if w == "đầu" else (f"{y:04d}", "year", False)


def _point(m: re.Match[str], c: _Ctx):
    """"vào cuối tháng 6/2016", "Đầu năm 2016, …", "hồi tháng 7/2016", "Đầu tháng 2, …" (opening
    a clause, or after "vào"/"hồi"): the time a happening took place — that month (a yearless
    one in the reference date's year, or the year told before it in its sentence), January for
    "đầu năm", the year for "(Gần) cuối/giữa năm 2014, …" (kind "point": it dates the figures of
    its own sentence only)."""
    w = (m.group("w") or "").lower()
    if not w and (m.group("pre") or "").lower() != "hồi":
        return None  # a bare "tháng 7/2016" is a month (``_month``)
    if m.group("m"):
        mo = int(m.group("m"))
        y, needs = _year_of(m, "y", c, mo)
        ry = _rel_year_of(m, c)
        y, needs = (ry, False) if ry is not None else (y, needs)
        if needs and y is not None and c.ref is not None and (y, mo) > (c.ref.year, c.ref.month):
            y -= 1  # a happening told as past: "hồi tháng 9" read in May is last September
        if y is not None and c.ref is not None and (y, mo) > (c.ref.year, c.ref.month):
            return None  # "sẽ chi trả vào cuối tháng 8-2017" read in July: a date to come
        return (f"{y:04d}-{mo:02d}" if y is not None else None), "point", needs
    if w != "đầu":
        return f"{int(m.group('y2')):04d}", "point", False  # "Cuối năm 2014, …": that year
    return f"{int(m.group('y2')):04d}-01", "point", False


def _since(m: re.Match[str], c: _Ctx):
    """"kể từ năm 2006", "(giai đoạn) từ năm 2011 đến nay", "giai đoạn 2011 đến nay": a running
    total from January of that year to the reference month (kind "since": it dates the figures
    of its own sentence only)."""
    y = int(m.group("y") or m.group("y2"))
    if c.ref is None or not y <= c.ref.year or c.ref.year - y > 50:
        return None
    end = f"{c.ref.year:04d}-{c.ref.month:02d}"
    return f"{y:04d}-01/{end}", "since", False


def _since_day(m: re.Match[str], c: _Ctx):
    """"Từ 1/1/2017 đến nay": the figures from that day's month to the reference month."""
    y, mo = int(m.group("y")), int(m.group("m"))
    if c.ref is None or (y, mo) > (c.ref.year, c.ref.month) or c.ref.year - y > 50:
        return None
    start, end = f"{y:04d}-{mo:02d}", f"{c.ref.year:04d}-{c.ref.month:02d}"
    # from a day of this year it is a year to date and carries like one; from an earlier year,
    # a running total dating its own sentence only
    return (start if start == end else f"{start}/{end}"), "ytd" if y == c.ref.year else "since", False


def _target(m: re.Match[str], c: _Ctx):
    """"đến năm 2020", "tầm nhìn 2045": the year a plan aims at, not a period of figures."""
    return f"{int(m.group('y')):04d}", "target", False


@lru_cache(maxsize=1)
def _lunar() -> dict[str, list[tuple[str, ...]]]:
    """The rows of ``data/lunar_new_year.tsv`` by kind (tet, lead, name, not_after, not_before)."""
    from ..lexicon import rows

    out: dict[str, list[tuple[str, ...]]] = {}
    for kind, *cells in rows("lunar_new_year.tsv"):
        out.setdefault(kind, []).append(tuple(cells))
    return out


@lru_cache(maxsize=1)
def _tet_days() -> dict[int, date]:
    return {int(y): date.fromisoformat(d) for y, d, _ in _lunar()["tet"]}


@lru_cache(maxsize=1)
def _tet_names() -> dict[str, int]:
    """The can chi name of a lunar year ("đinh dậu") -> its year."""
    return {" ".join(name.lower().split()): int(y) for y, _, name in _lunar()["tet"]}


def _tet(m: re.Match[str], c: _Ctx):
    """"tháng Tết", "dịp Tết", "Tết Nguyên đán (Đinh Dậu | 2017)": the month Tết falls in — of
    the written year, else the Tết nearest the reference date, else of the article's year."""
    days = _tet_days()
    cc = m.group("cc")
    written = int(m.group("y")) if m.group("y") else (
        _tet_names().get(" ".join(cc.lower().split())) if cc else None)
    if not (m.group("lead") or m.group("name") or written):
        return None  # a bare "Tết" ("ăn Tết") is no period
    if written is not None:
        day, needs = days.get(written), False
    elif c.ref is not None:
        near = [days[y] for y in (c.ref.year - 1, c.ref.year, c.ref.year + 1) if y in days]
        day, needs = min(near, key=lambda d: abs((d - c.ref).days), default=None), True
    else:
        day, needs = days.get(c.year) if c.year is not None else None, True
    return (f"{day.year:04d}-{day.month:02d}" if day else None), "month", needs


def _tet_spec() -> str:
    lex = _lunar()

    def alt(kind: str) -> str:
        words = sorted((r[0] for r in lex[kind]), key=len, reverse=True)
        return "|".join(re.escape(w).replace(r"\ ", _S) for w in words)

    names = "|".join(sorted((re.escape(r[2]).replace(r"\ ", _S) for r in lex["tet"]),
                            key=len, reverse=True))
    return (r"(?:(?P<lead>" + alt("lead") + r")" + _S + r")?Tết(?!" + _S + r"(?:"
            + alt("not_after") + r")(?!\w))(?:" + _S + r"(?P<name>" + alt("name") + r"))?(?:"
            + _S + r"(?P<cc>" + names + r")|(?:" + _S + r"năm)?" + _S
            + r"(?P<y>(?:19|20)\d\d)(?![\d/]))?")


def _days_before(m: re.Match[str], c: _Ctx):
    """"trong 15 ngày trước ngày 5/7/2017": the months the days before a date run over."""
    n = int(m.group("n"))
    r = _date(m, c)
    if r is None or r[0] is None or not 1 <= n <= 366:
        return None if r is None else (None, "span", r[2])
    end = date.fromisoformat(r[0])
    start = end - timedelta(days=n)
    a, b = f"{start.year:04d}-{start.month:02d}", f"{end.year:04d}-{end.month:02d}"
    return (a if a == b else f"{a}/{b}"), "span", r[2]


def _cutoff(m: re.Match[str], c: _Ctx):
    """"Đến ngày 30/6/2017, tổng dư nợ …": a cut-off date opening a clause is a year to date."""
    return _ytd_date(m, c)


def _ago(m: re.Match[str], c: _Ctx):
    """"cách đây 10 năm" / "cách đây 3 tháng": the year or month that many before the reference
    date."""
    n = _small_int(m.group("n"))
    if n is None or not 1 <= n <= 100:
        return None
    if m.group("u").lower() == "năm":
        return (f"{c.ref.year - n:04d}" if c.ref else None), "year", True
    if c.ref is None:
        return None, "month", True
    k = c.ref.year * 12 + c.ref.month - 1 - n
    return f"{k // 12:04d}-{k % 12 + 1:02d}", "month", True


def _ago_clause(m: re.Match[str], c: _Ctx):
    """"Khoảng 10 năm trước, chính quyền …" opening a clause: a time point, as "cách đây"."""
    return _ago(m, c)


def _specs_relative() -> list[tuple[str, _Handler]]:
    """Phrases that need the reference date."""
    return [
        (r"cách" + _S + r"đây" + _S + r"(?P<n>\d{1,3}|" + _num_word_re() + r")" + _S
         + r"(?P<u>năm|tháng)", _ago),
        (r"(?:(?:khoảng|gần|hơn|chừng)" + _S + r")?(?P<n>\d{1,3}|" + _num_word_re() + r")" + _S
         + r"(?P<u>năm|tháng)" + _S + r"(?:về" + _S + r")?trước(?=[ \t]*,)", _ago_clause),
        (r"tháng" + _S + r"(?P<r>này|trước|tới|sau)", _rel_month),
        (r"năm" + _S + r"qua(?![ \t]*(?:đi|rồi|mau|nhanh)(?!\w))", _past_year),
        (r"quý" + _S + r"(?P<r>này|trước|tới|sau)", _rel_quarter),
        (r"tuần" + _S + r"(?P<r>này|trước|qua|tới|sau)", _rel_week),
        (r"(?:ngày" + _S + r")?(?P<r>hôm" + _S + r"(?:qua|kia))|ngày" + _S + r"(?P<r3>mai)"
         r"|(?:ngày" + _S + r"|buổi" + _S + r")?hôm" + _S + r"(?P<r2>nay)", _rel_day),
        (r"(?:sáng|chiều|tối|trưa|đêm|rạng sáng)" + _S + r"(?P<r>nay|qua|hôm qua|mai)", _rel_day),
    ]


def _specs_spans() -> list[tuple[str, _Handler]]:
    """Multi-year spans, crop and fiscal years, month spans and plan years."""
    my = (r"(?:(?:ngày" + _S + r")?[0-3]?\d[/.-](?=(?:1[0-2]|0?[1-9])[/.-](?:19|20)\d\d)"
          r"|tháng" + _S + r")?(?P<{m}>1[0-2]|0?[1-9])[ \t]*[/.-][ \t]*(?P<{y}>(?:19|20)\d\d)")
    month_span = (r"(?:tính" + _S + r")?từ" + _S + my.format(m="m1", y="a") + _S
                  + r"(?:đến|tới)" + _S + r"(?:hết" + _S + r")?" + my.format(m="m2", y="b"))
    y1y2 = r"(?P<y1>(?:19|20)\d\d)(?:[ \t]*[-–—/][ \t]*(?P<y2>(?:19|20)\d\d))?"
    return [
        (r"(?:năm" + _S + r")?(?P<y1>(?:19|20)\d\d)[ \t]*[-–—][ \t]*(?P<y2>(?:19|20)\d\d)",
         _years),
        (r"từ" + _S + r"(?:năm" + _S + r")?(?P<y1>(?:19|20)\d\d)" + _S + r"(?:đến|tới)" + _S
         + r"(?:hết" + _S + r")?(?:năm" + _S + r")?(?P<y2>(?:19|20)\d\d)", _years),
        (month_span, _span),
        (r"(?P<kw>niên" + _S + r"vụ|năm" + _S + r"tài" + _S + r"chính|tài" + _S + r"khóa)"
         + r"(?:" + _S + r"[^\W\d_]+){0,3}?" + _S + y1y2 + r"(?:[ \t]*[(,][ \t]*" + month_span + r"[ \t]*\)?)?", _season),
        (r"(?:(?P<pre>vào|gần|khoảng|hồi|(?:nếu" + _S + r")?như)" + _S + r")?(?:(?P<w>đầu|cuối|giữa)"
         + _S + r")?(?:tháng" + _S + r"(?P<m>1[0-2]|0?[1-9])(?:(?:[ \t]*[/-][ \t]*|" + _S + r"năm" + _S
         + r")(?P<y>(?:19|20)\d\d)(?![\d/])|" + _REL_YEAR_TAIL + r"|(?![ \t]*[/\d-]))|năm" + _S + r"(?P<y2>(?:19|20)\d\d)(?=[ \t]*,))", _point),
        (r"(?:tính" + _S + r")?(?:đến|tới)(?:" + _S + r"(?P<w>hết|đầu|cuối))?" + _S + r"năm" + _S
         + r"(?P<y>(?:19|20)\d\d)(?=[ \t]*,)", _reached),
        (r"(?:kể" + _S + r"từ" + _S + r"năm" + _S + r"(?P<y>(?:19|20)\d\d)(?![\d/-])"
         r"(?:" + _S + r"(?:đến|tới)" + _S + r"nay)?|(?:giai" + _S + r"đoạn(?:" + _S + r"từ)?|từ)" + _S
         + r"(?:năm" + _S + r")?"
         r"(?P<y2>(?:19|20)\d\d)" + _S + r"(?:đến|tới)" + _S + r"nay)", _since),
        (r"(?:(?:đến|tới)(?:" + _S + r"(?:hết|cuối))?|tầm" + _S + r"nhìn(?:" + _S + r"(?:đến|tới))?)"
         + _S + r"(?:năm" + _S + r")?(?P<y>(?:19|20)\d\d)(?![\d/-])", _target),
    ]


@lru_cache(maxsize=1)
def _specs_ytd(yt: str, month_tok: str, date_dm: str) -> list[tuple[str, _Handler]]:
    """Years to date: "từ đầu năm đến nay", "tính đến ngày 30/6", "đến hết tháng 11", "lũy kế từ
    đầu năm", "tính đến hết quý I"."""
    ytd_lead = (
        r"(?:tính|lũy kế|luỹ kế|cộng dồn)" + _S + r"(?:đến|tới)(?:" + _S + r"hết)?"
        r"|(?:đến|tới)" + _S + r"hết"
    )
    return [
        (
            r"(?:(?:từ|tính từ)" + _S + r")?đầu" + _S + r"năm(?:" + _S + r"\d{4})?" + _S
            + r"(?:đến|tới)" + _S + r"(?:nay|thời điểm này|hiện tại)",
            _ytd_now,
        ),
        (r"(?:" + ytd_lead + r")" + _S + _HOUR + r"(?:ngày" + _S + r")?" + date_dm, _ytd_date),
        (r"(?:tính" + _S + r")?từ" + _S + r"đầu" + _S + r"năm(?:" + _S + r"(?:nay|\d{4}))?" + _S
         + r"(?:cho" + _S + r")?(?:đến|tới)" + _S + r"(?:hết" + _S + r")?(?:ngày" + _S + r")?"
         + date_dm, _ytd_date),
        (
            r"(?:" + ytd_lead + r"|(?:đến|tới))" + _S + r"(?:cuối" + _S + r")?tháng" + _S
            + month_tok + yt,
            _ytd_date,
        ),
        (r"(?:lũy kế|luỹ kế)" + _S + r"từ" + _S + r"đầu" + _S + r"năm", _ytd_now),
        (r"(?:" + ytd_lead + r")" + _S + r"quý" + _S + r"(?P<q>IV|III|II|I|[1-4])(?!\w)" + yt,
         _ytd_quarter),
    ]


@lru_cache(maxsize=1)  # the same patterns for every document: compile once
def _patterns() -> list[tuple[re.Pattern[str], _Handler]]:
    nw = _num_word_re()
    yt = r"(?:" + _YEAR_TAIL + r")?"
    month_tok = r"(?P<m>1[0-2]|0?[1-9]|giêng|chạp|" + nw + r")"
    date_dm = r"(?P<d>[0-3]?\d)[/.-](?P<m>1[0-2]|0?[1-9])(?:[/.-](?P<y>\d{4}))?(?![\d/])"
    specs: list[tuple[str, _Handler]] = [
        (
            r"cùng" + _S + r"(?:kỳ|thời" + _S + r"(?:gian|điểm|kỳ)|giai" + _S + r"đoạn)"
            r"(?:" + _S + r"năm(?:" + _S + r"(?:trước|ngoái|\d{4}))?)?",
            _same,
        ),
    ] + _specs_ytd(yt, month_tok, date_dm) + [
        (r"(?:tính" + _S + r")?từ" + _S + r"(?:ngày" + _S + r")?(?P<d>[0-3]?\d)[/.-](?P<m>1[0-2]|0?[1-9])"
         r"[/.-](?P<y>(?:19|20)\d\d)" + _S + r"(?:đến|tới)" + _S + r"nay", _since_day),
        (r"(?:tại" + _S + r")?thời" + _S + r"điểm" + _S + r"(?:ngày" + _S + r")?(?P<d>[0-3]?\d)"
         r"[/.-](?P<m>1[0-2]|0?[1-9])[/.-](?P<y>(?:19|20)\d\d)(?![\d/])", _at_time),
        (r"quý" + _S + r"(?P<q1>IV|III|II|I|[1-4])[ \t]*(?:,|và|-|–)[ \t]*(?:quý" + _S
         + r")?(?P<q>IV|III|II|I|[1-4])(?![\w])" + yt, _quarters),
        (
            r"quý" + _S + r"(?P<q>IV|III|II|I|[1-4]|một|hai|ba|bốn|tư|đầu)(?![\w])"
            + r"(?:" + _S + r"năm(?!" + _S + r"\d))?" + yt,
            _quarter,
        ),
        (
            r"(?:(?:6|sáu)" + _S + r"tháng|nửa)" + _S + r"(?P<h>đầu|cuối|sau)" + _S + r"năm" + yt
            + r"(?:" + _S + r"(?P<nay>nay)(?!\w))?",
            _half,
        ),
        (
            r"(?P<n>1[0-2]|[2-9]|" + nw + r")" + _S + r"tháng"
            r"(?:" + _S + r"đầu(?:" + _S + r"năm)?)?"
            r"(?:" + _YEAR_TAIL + r"|" + _S + r"năm(?=[ \t]*(?:[,.;:)]|$)))?"
            + r"(?!" + _S + r"(?:qua|tới|sau|trước|liên tiếp|liền|gần đây|kể từ|nữa|trở lại|"
            r"trở lên|tuổi|tù)(?!\w))",
            _months,
        ),
        (r"tháng" + _S + month_tok + r"(?!\w|/\d{1,2}(?!\d))(?:" + _YEAR_TAIL + r"|" + _REL_YEAR_TAIL
         + r")?", _month),
        (r"(?:năm|niên độ)" + _S + r"(?P<y>\d{4})(?![\d/])", _year),
        (r"(?:cho|dự" + _S + r"kiến)" + _S + r"(?P<y>(?:19|20)\d\d)(?=[ \t]*(?:[,;:)]|(?:là|đạt|ở mức)(?!\w)))",
         _bare_year),
        # "mỗi năm sau khi hoạt động", "năm sau đó": a year after a happening, not next year
        (r"năm" + _S + r"(?P<r>nay|trước|ngoái|tới|sau)(?!\w)(?!" + _S + r"(?:khi|đó)(?!\w))",
         _rel_year),
        (
            r"(?:ngày|hôm|sáng|chiều|tối|trưa|đêm|rạng sáng)" + _S + r"(?:nay" + _S + r")?\(?"
            + date_dm,
            _date,
        ),
        (r"(?<![\d/.,])" + date_dm + r"(?![\d/,.]\d)", _date),
        (r"(?:(?:từ|ngày)" + _S + r")?(?<![\d/.,])(?P<d1>[0-3]?\d)[ \t]*[-–][ \t]*" + date_dm
         + r"(?![\d/,.]\d)", _day_range),
    ]
    specs += [
        (_tet_spec(), _tet),
        (r"(?:trong" + _S + r")?(?P<n>\d{1,3})" + _S + r"ngày" + _S + r"(?:trước|tính đến)" + _S
         + r"(?:ngày" + _S + r")?" + date_dm, _days_before),
        (r"(?:đến|tới)" + _S + r"(?:hết" + _S + r")?" + _HOUR + r"ngày" + _S + date_dm + r"(?=[ \t]*,)",
         _cutoff),
    ]
    specs += _specs_relative() + _specs_spans()
    out = []
    for pat, h in specs:
        out.append((re.compile(r"(?<![\w])(?:" + pat + r")(?![\w])", re.I), h))
    return out


_BAD_BEFORE_MONTHS = re.compile(
    r"(?<!\w)(?:hơn|gần|khoảng|sau|mỗi|vòng|mất|suốt|được|chưa đầy|chỉ|trong vòng|thêm)[ \t]+$",
    re.I,
)


@lru_cache(maxsize=8)  # one pattern per kind of words
def _words_before(kind: str) -> re.Pattern[str]:
    """Words of ``data/date_words.tsv`` right before a match: "not_date" (a bare day/month after
    them is a ratio, a rank or a number: "tỷ số 3/4"), "season" (two years after them are a crop
    season or school year: "vụ đông xuân 2016-2017")."""
    from ..refdate import date_words

    alt = "|".join(re.escape(w) for w in sorted(date_words()[kind], key=len, reverse=True))
    gap = r"(?:[ \t]+[^\W\d_]+){0,3}" if kind == "season" else ""
    return re.compile(r"(?<!\w)(?:" + alt + r")" + gap + r"[ \t]*$", re.I)


# a day, not months: "mồng 10 tháng Giêng", "ngày 10 tháng 2 năm 2017" (the month after it is read
# on its own), "rằm tháng Giêng" (a day of the lunar calendar)
_DAY_BEFORE = re.compile(r"(?<!\w)(?:mồng|mùng|ngày)[ \t]+$", re.I)
_LUNAR_BEFORE = re.compile(r"(?<!\w)(?:(?:mồng|mùng|ngày)[ \t]+\d{1,2}|rằm)[ \t]+$", re.I)


def _lunar_day(text: str, m: re.Match[str]) -> bool:
    """True when "N tháng" or "tháng Giêng" at ``m`` is part of a day ("mồng 10 tháng Giêng")."""
    if m.group()[:1].isdigit():
        return _DAY_BEFORE.search(text[max(0, m.start() - 8) : m.start()]) is not None
    return _LUNAR_BEFORE.search(text[max(0, m.start() - 12) : m.start()]) is not None and bool(
        re.match(r"tháng[ \t]+(?:giêng|chạp)", m.group(), re.I))


_CLAUSE_START = re.compile(r"(?:^|[,;:.(\n])[ \t]*$")


@lru_cache(maxsize=1)
def _birth() -> re.Pattern[str]:
    from ..refdate import date_words

    alt = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+")
                   for w in sorted(date_words()["birth"], key=len, reverse=True))
    # "phát sinh năm 2016" (arising in 2016) is a period, not a birth
    return re.compile(r"(?<!\w)(?<!phát )(?:" + alt + r")[ \t]*[:(]?[ \t]*$", re.I)


def birth_before(before: str) -> bool:
    """True when the words right ``before`` a year or date make it a person's birth date
    ("Sinh năm 1982", "(SN 1983)"): no period of the figures after it."""
    return _birth().search(before[-20:]) is not None


@lru_cache(maxsize=1)
def _tet_before() -> re.Pattern[str]:
    words = sorted((r[0] for r in _lunar()["not_before"]), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")[ \t]+$", re.I)


# a count before a relative phrase makes it a duration: "3 năm trước", "hai tháng sau"
_RELATIVE = (_rel_year, _rel_month, _rel_quarter, _rel_week, _past_year)


@lru_cache(maxsize=1)
def _count_before() -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:\d+|" + _num_word_re() + r"|vài|mấy|nhiều|các|những)[ \t]+$",
                      re.I)


_TREND = re.compile(r"(?:[ \t]+[^\W\d_]+){0,3}?[ \t]+(?:cao|thấp|lớn|nhỏ|tốt|nhanh|nhiều|ít)[ \t]+"
                    r"hơn[ \t]+(?:quý|tháng|năm|tuần)[ \t]+trước(?!\w)", re.I)


def _trend(text: str, m: re.Match[str]) -> bool:
    """"quý sau cao hơn quý trước", "năm sau nhiều hơn năm trước": a trend, not two periods."""
    if re.search(r"(?<!\w)hơn[ \t]+$", text[max(0, m.start() - 6) : m.start()], re.I):
        return bool(re.search(r"(?<!\w)sau(?!\w)", text[max(0, m.start() - 60) : m.start()],
                              re.I)) or m.group().lower().endswith("trước")
    return m.group().lower().endswith("sau") and _TREND.match(text, m.end()) is not None


def _context(year: int | None, month: int | None, ref: date | str | None) -> _Ctx:
    if isinstance(ref, str):
        from ..refdate import parse_date

        ref = parse_date(ref)
    if ref is not None and year is None:
        year, month = ref.year, ref.month
    elif ref is not None and year == ref.year and month is None:
        month = ref.month
    return _Ctx(year, month, ref)


def find_periods(
    text: str, year: int | None = None, month: int | None = None, ref: date | str | None = None
) -> list[PeriodMention]:
    """Every period phrase in ``text`` in text order, overlapping matches resolved to the longest
    leftmost. ``year``/``month``: the article's own date, used when a phrase has no year;
    ``ref``: the reference date (``datetime.date`` or "YYYY-MM-DD") relative phrases resolve
    against (its year and month stand in for ``year``/``month`` when those are not given)."""
    c = _context(year, month, ref)
    found: list[tuple[int, int, int, str | None, str, bool, bool]] = []
    scan = TextScan(text)  # runs each pattern only where its first letters are
    for prio, (rx, handler) in enumerate(_patterns()):
        for m in scan.finditer(rx):
            before = text[max(0, m.start() - 15) : m.start()]
            if handler in (_months, _month) and _lunar_day(text, m):
                continue  # "mồng 10 tháng Giêng", "ngày 10 tháng 2 năm 2017": part of a day
            if handler is _months and (_BAD_BEFORE_MONTHS.search(before) or _words_before(
                    "duration").search(text[max(0, m.start() - 30) : m.start()])):
                continue  # "sau 6 tháng", "hoàn thành trong 6 tháng": a length of time
            if handler in _RELATIVE and (_count_before().search(before) or _trend(text, m)):
                continue
            if handler in (_reached, _ago_clause, _point) and not (_CLAUSE_START.search(
                    text[max(0, m.start() - 3) : m.start()]) or handler is _point
                    and m.group()[:3].lower() in ("vào", "hồi")):
                continue  # "giảm đến năm 2016, …", "từ 3 năm trước, …": not a clause's opening
            if handler is _day_range and not re.search(r"(?<!\w)tuần(?!\w)(?![ \t]+lễ)", text[max(0, m.start() - 40)
                                                                             : m.start()], re.I):
                continue  # "tổ chức từ 17-23/6", "Tuần lễ vải … từ 17-23/6": an event's days; a trading
                # week's are the period of its figures
            if handler is _point and re.search(r"(?<!\w)từ[ \t]*$", before, re.I):
                continue  # "kể từ hồi tháng 7": a reference point
            if handler is _years and _words_before("season").search(
                    text[max(0, m.start() - 40) : m.start()]):
                continue  # "vụ đông xuân 2016-2017", "năm học 2015-2016": a season, not two years
            if handler in (_year, _month, _date) and birth_before(before):
                continue  # "Sinh năm 1982": a birth year, not a period
            if handler is _at_time and re.search(r"(?:so với|đến|tới)\s*$", before, re.I):
                continue  # "so với thời điểm 31/12/2016": a basis; "đến thời điểm …": a cut-off
            if handler is _rel_day and m.group()[:1] == "M":
                continue  # "Phương Mai", "chị Mai": a name, not "mai" (tomorrow)
            if handler is _tet and _tet_before().search(before):
                continue  # "phục vụ dịp Tết", "trước Tết": a purpose or a reference point
            if handler is _cutoff and not _CLAUSE_START.search(text[max(0, m.start() - 3) :
                                                                     m.start()]):
                continue  # "từ ngày 1/7 đến ngày 15/7, …": the end of a span, not a cut-off
            if handler in (_date, _day_range) and m.group().lstrip()[:1].isdigit() and _words_before(
                    "not_date").search(before):
                continue
            r = handler(m, c)
            if r is None:
                continue
            iso, kind, needs = r
            found.append((m.start(), m.end(), prio, iso, kind, needs,
                          handler in _RELATIVE or handler in (_rel_day, _ytd_now, _ago, _ago_clause)))
    found.sort(key=lambda t: (t[0], -(t[1] - t[0]), t[2]))
    out: list[PeriodMention] = []
    last_end = -1
    for s, e, _, iso, kind, needs, rel in found:
        if s < last_end:
            continue
        out.append(PeriodMention(s, e, text[s:e], iso, kind, needs, rel))
        last_end = e
    early_year_this_year(text, out, c.ref)
    return out


@lru_cache(maxsize=1)
def _ahead() -> re.Pattern[str]:
    from ..refdate import date_words

    alt = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+")
                   for w in sorted(date_words()["ahead"], key=len, reverse=True))
    return re.compile(r"(?<!\w)(?:" + alt + r")(?!\w)", re.I)


def _reports_last_year(text: str, p: PeriodMention, last: int) -> bool:
    """True when mention ``p`` states a whole year's results of year ``last``: its fourth
    quarter, twelve months or "cả năm 2016" (a bare "năm 2016" may be a passing mention)."""
    iso = p.iso or ""
    if p.needs_year:
        return False
    if iso in (f"{last:04d}-10/{last:04d}-12", f"{last:04d}-01/{last:04d}-12"):
        return True
    return iso == f"{last:04d}" and re.search(r"(?<!\w)cả[ \t]+$", text[max(0, p.start - 6):
                                                                       p.start], re.I) is not None


def early_year_this_year(text: str, found: list[PeriodMention], ref: date | None) -> None:
    """"Năm nay" in a January or February article that reports last year's results ("báo cáo
    tài chính quý IV/2016 và cả năm 2016 … Năm nay, cơ cấu doanh thu …") is that reported year:
    when the text before it states last year's fourth quarter or whole year, writes no period of
    the reference year and no year to come, and the clause of "năm nay" tells nothing to come
    ("năm nay sẽ", "dự kiến năm nay")."""
    if ref is None or ref.month > 2:
        return
    last, seen_last = ref.year - 1, False
    for i, p in enumerate(found):
        if not p.needs_year and p.iso and p.iso[:4].isdigit() and int(p.iso[:4]) >= ref.year:
            return  # the text states this year (or a later one): "năm nay" is this year
        if p.kind in ("year", "quarter") and _reports_last_year(text, p, last):
            seen_last = True
        if not (seen_last and p.relative and p.kind == "year" and p.text.lower().endswith("nay")
                and p.iso == f"{ref.year:04d}"):
            continue
        a = max(text.rfind(ch, 0, p.start) for ch in ".;:!?\n")
        b = min((j for j in (text.find(ch, p.end) for ch in ".;:!?\n") if j >= 0), default=len(text))
        if not _ahead().search(text, a + 1, b):
            found[i] = PeriodMention(p.start, p.end, p.text, f"{last:04d}", "year", False, True)


def parse_period(s: str, year: int | None = None, ref: date | str | None = None) -> str | None:
    """ISO value of the first period phrase in ``s`` ("quý I/2022" -> "2022-01/2022-03"); a plan
    year ("đến năm 2020") and a basis ("cùng kỳ") are not periods."""
    for p in find_periods(s, year, ref=ref):
        if p.kind not in ("same_period", "target"):
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


def _near_ref(y: int, mo: int, d: int, ref: date) -> bool:
    """True when the date is within 60 days before (or a day after) the reference date."""
    try:
        delta = (ref - date(y, mo, d)).days
    except ValueError:
        return False
    return -1 <= delta <= 60


def article_date(
    text: str, ref: date | None = None
) -> tuple[int | None, int | None, int | None]:
    """The article's own date (year, month, day): its first dated lead phrase ("Chiều 24/4/2024",
    "Sáng 29/11/2024", "ngày 27/6/2024"; not a reference date such as "từ ngày 1/7/2025"), else
    the most frequent year. With a reference date ``ref``, a lead phrase without a year takes the
    year nearest to it, and with no lead phrase the article's date is ``ref``."""
    return article_date_phrase(text, ref)[0]


def article_date_phrase(
    text: str, ref: date | None = None
) -> tuple[tuple[int | None, int | None, int | None], str | None]:
    """:func:`article_date` and the words it was read from (None when it is not a phrase)."""
    years = Counter(int(y) for y in _YEAR_RE.findall(text))
    common = years.most_common(1)[0][0] if years else None
    for m in _LEAD_DATE.finditer(text):
        d, mo = int(m.group(1)), int(m.group(2))
        if 1 <= d <= 31 and 1 <= mo <= 12:
            if m.group(3):
                y: int | None = int(m.group(3))
            elif ref is not None:
                y = ref.year - 1 if mo - ref.month > 6 else ref.year
            else:
                y = common
            return (y, mo, d), m.group()
    for m in _NGAY_DATE.finditer(text):
        if _REF_BEFORE.search(text[max(0, m.start() - 10) : m.start()]):
            continue
        g = [x for x in m.groups() if x is not None]
        d, mo, yy = int(g[0]), int(g[1]), int(g[2])
        if 1 <= d <= 31 and 1 <= mo <= 12 and 1900 <= yy <= 2100:
            if ref is not None and not _near_ref(yy, mo, d, ref):
                continue  # "được phê duyệt ngày 9/11/2016" in a 2017 article: a past event
            return (yy, mo, d), m.group()
    if ref is not None:
        return (ref.year, ref.month, ref.day), None
    if common is not None:
        return (common, None, None), None
    return (None, None, None), None
