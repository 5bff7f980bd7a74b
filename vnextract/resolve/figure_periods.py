"""Period rules of a single figure that read the words around it (pure functions on strings).

- "cùng kỳ" as the figure's own period ("trong khi cùng kỳ lỗ 17,7 tỷ", "(cùng kỳ 134 tỷ đồng)",
  "cùng kỳ năm 2015, lỗ 4,5 tỷ"): the period the figure would otherwise take, a year earlier;
  "so với cùng kỳ", "bằng 90% cùng kỳ" are a basis, not a period.
- A period stated inside brackets or quotation marks does not carry past them.
- A date told in the figure's sentence before it dates the figure ("niêm yết ngày 21/4/2017 với
  giá 43.200 đồng", "Sáng 8/2, hai dự án cầu vượt được khởi công"), unless it is a start, an end,
  a deadline or a comparison ("từ ngày", "đến ngày", "hạn", "so với kỳ trước (20/6)"). It does
  not carry to later sentences: an opening dateline ("Chiều 17/6/2019, lãnh đạo tỉnh tiếp đoàn
  …") does not date the standing figures told at the meeting afterwards.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

__all__ = ["bracket_spans", "continues", "inside_closed", "is_event_date", "own_same_period", "shift_years",
           "applied_from", "expected", "now_told", "own_same_after", "plan", "project", "standing", "to_now"]

# "năm trước", "năm 2015" after "cùng kỳ"; "cùng thời gian" needs it ("trong cùng thời gian" is the
# same span of time, not a year earlier)
_YEAR = (r"[ \t]+(?:của[ \t]+)?(?:năm[ \t]+(?:trước|ngoái|(?P<y>(?:19|20)\d\d))"
         r"|(?P<y2>(?:19|20)\d\d)(?![\d/]))")
# "cùng kỳ (năm trước | năm 2015)" right before the figure, at most three words between
_OWN_SAME = re.compile(
    r"(?<!\w)cùng[ \t]+(?P<w>kỳ|thời[ \t]+gian|thời[ \t]+điểm"
    r"|giai[ \t]+đoạn)(?P<yp>" + _YEAR + r")?"
    r"(?P<gap>[ \t]*[,:]?[ \t]*(?:[^\W\d_]+[ \t]+){0,3}|[ \t]*\([ \t]*)$",
    re.I,
)


@lru_cache(maxsize=1)
def _cues() -> dict[str, list[str]]:
    """The word lists of ``data/period_cues.tsv`` by kind (basis_before, change_gap, not_event)."""
    from ..lexicon import rows

    out: dict[str, list[str]] = {}
    for kind, phrase in rows("period_cues.tsv"):
        out.setdefault(kind, []).append(phrase)
    return out


def _alt(kind: str) -> str:
    words = sorted(_cues()[kind], key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in words)


@lru_cache(maxsize=1)
def _change_gap() -> re.Pattern[str]:
    """Words between "cùng kỳ" and the figure that make it a change: "cùng kỳ tăng 5 tỷ"."""
    return re.compile(r"(?<!\w)(?:" + _alt("change_gap") + r")(?!\w)", re.I)


@lru_cache(maxsize=1)
def _not_event() -> re.Pattern[str]:
    """Words right before a date that make it a start, an end, a deadline or a document's date."""
    return re.compile(r"(?<!\w)(?:" + _alt("not_event") + r")[ \t]+(?:(?:ngày|hôm)[ \t]+)?$",
                      re.I)


def shift_years(iso: str, years: int) -> str:
    """``iso`` moved by whole years ("2016-10/2016-12", -1 -> "2015-10/2015-12")."""
    return "/".join(f"{int(part[:4]) + years:04d}{part[4:]}" for part in iso.split("/"))


def own_same_period(before: str, iso: str | None) -> tuple[str, str] | None:
    """(period, words) when the text right ``before`` a figure makes "cùng kỳ" its own period:
    ``iso`` (the period it would otherwise take) a year earlier, or in the year written
    ("cùng kỳ năm 2015"). None when "cùng kỳ" is not there or is a basis."""
    m = _OWN_SAME.search(before)
    if m is None:
        return None
    head = before[: m.start()].split()
    pre = head[-1].lower() if head else ""
    if pre[-1:].isdigit() or pre.endswith("%"):
        return None  # "bằng 90% cùng kỳ": a share of the same period, not a period
    if m.group("w").lower() != "kỳ" and not m.group("yp"):
        return None
    # "so với cùng kỳ 2015 (11,5%)": the bracket right after it gives the compared value
    compared = "(" in m.group("gap") and bool(m.group("yp"))
    if pre in _cues()["basis_before"] and not compared:
        return None
    # "cùng kỳ tăng 5 tỷ": a change; "(cùng kỳ năm 2016 tăng 9,3%)", "(cùng kỳ năm trước tăng
    # 7,3%)": an aside telling that period's own growth
    aside = pre.endswith("(") and bool(m.group("yp"))
    # "Cùng kỳ năm ngoái, giá xăng giảm 1%" (heading its clause, with a comma), "tăng 5,7%, cùng kỳ
    # năm trước tăng 7,4%" (after a rate): the period of the change told after it
    heading = bool(m.group("yp")) and (
        (not head or pre[-1:] in ",;:") and m.group("gap").lstrip()[:1] == ","
        or pre.endswith("%,"))
    if _change_gap().search(m.group("gap")) and not (m.group("y") or aside or heading):
        return None
    words = before[m.start() : m.start("gap")]
    y = m.group("y") or m.group("y2")
    year = int(y) if y else None
    if iso is None:
        return (f"{year:04d}", words) if year else None
    if year is not None:
        return shift_years(iso, year - int(iso.split("/")[-1][:4])), words
    return shift_years(iso, -1), words


# "so với 120 tỷ đồng cùng kỳ năm trước", "từ 700 tỷ đồng của cùng kỳ năm 2016": "cùng kỳ" right
# after the figure
_SAME_AFTER = re.compile(
    r"[ \t]*(?:(?:của|trong|vào)[ \t]+)?cùng[ \t]+(?P<w>kỳ|thời[ \t]+điểm|giai[ \t]+đoạn)"
    r"(?P<yp>" + _YEAR + r")?(?!\w)", re.I)
# a change or a share right before the figure makes "cùng kỳ" after it a basis ("tăng 25% cùng kỳ")
_CHANGE_BEFORE = re.compile(r"(?<!\w)(?:tăng|giảm|bằng|gấp|chiếm|hơn|kém)(?:[ \t]+(?:thêm|khoảng|gần|"
                            r"hơn|trên|dưới|tới|đến))?[ \t]*$", re.I)


def own_same_after(before: str, after: str, iso: str | None) -> tuple[str, str] | None:
    """(period, words) when "cùng kỳ" follows the figure right ``after`` it ("so với 120 tỷ đồng
    cùng kỳ năm trước"): the value of the same period a year earlier (or in the year written).
    None when the figure is a change or a share (``before`` ends in "tăng", "bằng" …)."""
    m = _SAME_AFTER.match(after)
    if m is None or _CHANGE_BEFORE.search(before):
        return None
    if m.group("w").lower() != "kỳ" and not m.group("yp"):
        return None
    y = m.group("y") or m.group("y2")
    words = after[m.start("w") - len("cùng ") : m.end()].strip()
    if iso is None:
        return (f"{int(y):04d}", words) if y else None
    if y:
        return shift_years(iso, int(y) - int(iso.split("/")[-1][:4])), words
    return shift_years(iso, -1), words


def bracket_spans(text: str) -> list[tuple[int, int]]:
    """(open, close) positions of the bracketed and quoted passages of ``text`` (no nesting):
    a period told inside them ("(là nguồn thu chính năm 2015 …)", “Năm nay làm ăn được …”)
    does not carry past them."""
    spans = [(m.start(), m.end() - 1)
             for m in re.finditer(r"\([^()\n]*\)|“[^“”\n]*”|\"[^\"\n]{1,600}\"", text)]
    return sorted(spans)


def inside_closed(spans: list[tuple[int, int]], pos: int, later: int) -> bool:
    """True when ``pos`` lies inside a bracketed passage that closes before ``later``."""
    i = bisect_right(spans, (pos, 10**12)) - 1
    return i >= 0 and spans[i][0] < pos < spans[i][1] < later


# a date in a comparison: "so với kỳ điều hành trước (20/6/2017)"
_BASIS_CLAUSE = re.compile(r"(?<!\w)so[ \t]+với(?!\w)", re.I)
# a document's number right before its date: "Quyết định số 4227/QĐ-BGTVT ngày 30/11/2015"
_DOC_NUMBER = re.compile(r"\d+/[\w.-]*[A-ZĐ][\w.-]*[ \t]+(?:ngày[ \t]+)?$")


def is_event_date(text: str, sentence_start: int, pos: int) -> bool:
    """True when the date at ``pos`` dates what its sentence tells (see the module notes)."""
    before = text[sentence_start:pos]
    clause = re.split(r"[,;:]", before)[-1]
    return not (_not_event().search(before[-25:]) or _DOC_NUMBER.search(before[-40:])
                or _BASIS_CLAUSE.search(clause))


@lru_cache(maxsize=1)
def _to_now() -> re.Pattern[str]:
    count = r"(?:\d+|vài|mấy|nhiều|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)[ \t]+năm"
    # "những năm gần đây", "các năm qua": years up to now with no number
    ahead = r"(?:(?:những|các)[ \t]+năm|" + count + r")"
    return re.compile(r"(?<!\w)(?:" + ahead + r"[ \t]+(?:" + _alt("to_now") + r")|(?:"
                      + _alt("length_before") + r")[ \t]+" + count + r")(?![ \t]*(?:19|20)\d\d)",
                      re.I)


def to_now(around: str) -> bool:
    """True when the words ``around`` a figure tell a length of years up to now or ahead ("trong
    3 năm gần đây", "vài năm nữa") or a sum over years ("trong 2 năm"): a period stated for an
    earlier sentence does not carry."""
    for m in _to_now().finditer(around):
        if not re.search(r"nhất|kỷ lục", around[max(0, m.start() - 40) : m.start()], re.I):
            return True  # ("cao nhất … trong 6 năm gần đây" compares with a record)
    return False


@lru_cache(maxsize=1)
def _continues() -> re.Pattern[str]:
    return re.compile(r"^\W*(?:" + _alt("continues") + r")(?!\w)", re.I)


def continues(opening: str) -> bool:
    """True when a sentence opening ("Lý do …", "Theo đó, …") goes on telling the happening of
    the sentence before it."""
    return _continues().match(opening) is not None


@lru_cache(maxsize=1)
def _standing() -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + _alt("standing") + r")(?!\w)", re.I)


def standing(around: str) -> bool:
    """True when the words ``around`` a figure make it a rule, a rate, a threshold, a proposal
    or a standing holding ("thuế suất 10%", "từ 2 triệu đồng trở lên", "đang sở hữu … 70%"):
    a period stated for an earlier sentence does not carry to it."""
    return _standing().search(around) is not None


@lru_cache(maxsize=1)
def _applied() -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + _alt("applied") + r")[ \t]+(?:kể[ \t]+)?từ[ \t]+(?:ngày[ \t]+)?$",
                      re.I)


def applied_from(before: str) -> bool:
    """True when the words right ``before`` a date make it the day a price, a fee or a rate takes
    effect ("áp dụng từ ngày 1/1/2017"): the figure told with it is of that month."""
    return _applied().search(before) is not None


@lru_cache(maxsize=1)
def _now_told() -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + _alt("now") + r")(?!\w)", re.I)


def now_told(before: str) -> bool:
    """True when the words ``before`` a figure in its own sentence tell a level up to now ("tới nay
    khoảng 18 triệu USD", "đến thời điểm này, công ty đã giải ngân 300 tỷ đồng"): a standing
    level, so a period stated for an earlier sentence does not carry to it."""
    return _now_told().search(before) is not None


@lru_cache(maxsize=1)
def _project() -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + _alt("project") + r")(?!\w)(?![ \t]+(?:"
                      + _alt("project_not") + r")(?!\w))", re.I)


def project(before: str) -> bool:
    """True when the words right ``before`` a figure make it a project's cost, a capacity or a
    plan or target ("dự án có tổng mức đầu tư", "công suất", "dự kiến đạt"): a stock or a
    plan with no period of its own, so a period stated for an earlier sentence does not carry
    to it ("công suất sử dụng phòng" is a month's rate, not a capacity)."""
    return _project().search(before) is not None


@lru_cache(maxsize=1)
def _plan() -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + _alt("plan") + r")(?!\w)", re.I)


@lru_cache(maxsize=1)
def _expected() -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + _alt("expected") + r")(?!\w)", re.I)


def expected(before: str) -> bool:
    """True when the words right ``before`` a figure make it an expected value ("dự kiến thu
    về 7.704 tỷ đồng"): it takes a carried period only when that is the plan year."""
    return _expected().search(before) is not None


def plan(before: str) -> bool:
    """True when the words right ``before`` a figure make it a plan, a target or a quota
    ("mục tiêu đạt 10 tỷ USD", "phấn đấu đạt khoảng 10% GDP", "chỉ tiêu tăng trưởng cả năm"):
    a figure aimed at, not one of the dated event where it was told."""
    return _plan().search(before) is not None


@lru_cache(maxsize=1)
def _schedule() -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + _alt("schedule") + r")(?:[ \t]+(?:từ|vào|trong|đến|tới|"
                      r"cuối|đầu|giữa|năm|tháng|quý))*[ \t]*$", re.I)


def schedule(before: str) -> bool:
    """True when the words right ``before`` a period make it a project's schedule ("khởi công
    tháng 3/2016", "thực hiện từ tháng 11/2008", "hoàn thành vào năm 2020"): a project's cost or
    capacity told in that sentence is no figure of that period."""
    return _schedule().search(before) is not None
