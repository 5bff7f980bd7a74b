"""Resolve step helpers: provinces named together for one figure (dev README: "A figure stated
for several provinces together is one entry with province null").

"giá vàng JSC ở Hà Nội và TP HCM … 36,08 triệu đồng", "11 nghìn sản phẩm tại Đồng Nai, Bình
Dương", "kinh phí tiết kiệm của 6 tỉnh (Tuyên Quang, Cao Bằng, …)": the figure belongs to no
single province. With "lần lượt" the figures of the row take the provinces in turn.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from ..lexicon import rows

# the gap between two provinces named together: a comma, "và", "cùng", "hoặc" (a bracket with a
# figure, "Hà Nội (5,2%) và TP.HCM", makes two figures, not one figure of two provinces)
_TOGETHER_GAP = re.compile(
    r"\s*(?:,|và|,\s*và|cùng|hoặc|với)\s*(?:(?:tỉnh|thành phố|tp\.?)\s+)?", re.I)

_RESPECTIVE = re.compile(r"(?<!\w)lần lượt(?!\w)", re.I)

# "tuyến đường nối giữa Hà Nam và Hà Nội": two ends of a link, not a group of owners
_BETWEEN_BEFORE = re.compile(r"(?<!\w)giữa\s+(?:(?:tỉnh|thành phố|tp\.?)\s+)?$", re.I)


# a deputy's delegation or a province in brackets right after a person's name: "Phạm Minh Chính
# (ĐB Quảng Ninh)", "ông A (đoàn ĐBQH tỉnh Bình Định)", "ĐB Trần Văn B (TP.HCM)" — the
# person's, never the place of a figure
DELEGATION_OPEN = re.compile(
    r"(\S)\s*\(\s*(?:(?:đoàn|đb|đbqh|đại biểu)(?:\s+(?:đbqh|đb|đại biểu|quốc hội))*\s+)?"
    r"(?:(?:tỉnh|thành phố|tp\.?)\s+)?$")


@lru_cache(maxsize=1)
def _business_heads() -> str:
    """The head words of a business's name (figure_scope.tsv: company, placed), as an
    alternation, longest first."""
    heads = sorted((r[0] for r in rows("figure_scope.tsv")
                    if len(r) >= 2 and r[1] in ("company", "placed")), key=len, reverse=True)
    return "|".join(re.escape(h) for h in heads)


@lru_cache(maxsize=1)
def _placed_company() -> re.Pattern[str]:
    """A company's (a cooperative's, a factory's) name right before a bracket that opens on a
    province: "Công ty TNHH Thịnh Phát (Bến Tre)", "HTX Tân Phú (tỉnh Long An)"."""
    return re.compile(r"(?<!\w)(?i:" + _business_heads() + r")"
                      r"\s[^()\n,;:!?]{1,70}?\s*\(\s*(?:(?i:tỉnh|thành phố|tp\.?)\s+)?$")


@lru_cache(maxsize=1)
def _business_office() -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?i:" + _business_heads() + r")\s+\S")


def business_office(expanded: str) -> bool:
    """True when an office (expanded) is one in a named business: "Giám đốc Công ty TNHH Thịnh
    Phát" (its province is the one the text places the business in)."""
    return _business_office().search(expanded) is not None


def company_bracket(norm: str, start: int, end: int) -> bool:
    """True when the province mention ``norm[start:end]`` stands alone in brackets right after a
    company's name (the company's seat): it belongs to that company's figures, but it does not
    make the province the one the article is about (dev README: a company's figure takes a
    province only when the text ties it to one)."""
    if not norm.startswith(")", end) and not re.match(r"\s+\)", norm[end : end + 3]):
        return False
    return _placed_company().search(norm, max(0, start - 100), start) is not None


# a sentence that opens on an event's date and venue: "Ngày 17/5, tại Trung tâm Hội nghị Quốc
# gia, Hà Nội, Thủ tướng …", "Sáng 13-5, tại TP Hồ Chí Minh, Hội nghị …" (the venue of the
# event, not the place of the figures told there)
_DATELINE_VENUE = re.compile(
    r"\W*(?:(?:sáng|chiều|tối|trưa|đêm|hôm|rạng sáng)\s+(?:nay\s+)?(?:ngày\s+)?|ngày\s+)?"
    r"\(?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?\)?\s*,?\s*(?:vừa qua\s*,?\s*)?"
    r"(?:tại|ở)\s+(?:[^,.;:()\d]{2,60},\s*)?(?:(?:tỉnh|thành phố|tp\.?)\s*)?", re.I)


def company_seats(norm: str, provs: Sequence[Any]) -> set[int]:
    """The province mentions that stand as a company's seat in brackets (:func:`company_bracket`)."""
    return {i for i, s in enumerate(provs) if company_bracket(norm, s.nstart, s.nend)}


def dateline_venue(low: str, sent_start: int, start: int) -> bool:
    """True when the province mention at ``start`` is the venue its sentence opens on, right
    after the event's date (see :data:`_DATELINE_VENUE`)."""
    return start - sent_start <= 110 and _DATELINE_VENUE.fullmatch(low, sent_start, start) is not None


@lru_cache(maxsize=1)
def _wide_scope() -> re.Pattern[str]:
    """A part of the country named as a figure's scope (figure_scope.tsv: area)."""
    words = sorted((r[0].lower() for r in rows("figure_scope.tsv")
                    if len(r) >= 2 and r[1] == "area"), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)")


# the part of the country as the field of a ranking or a comparison: "đứng thứ 3 miền Bắc", "cao
# nhất miền Nam", "so với miền Trung"
_RANKED_AMONG = re.compile(
    r"(?:thứ(?:\s*\d+|\s+\w+)?|bình quân(?: chung)?(?: của)?|so với|trung bình(?: của)?|dẫn đầu"
    r"|đầu|tốp đầu|top|nhất|hơn|trong số)\s*$")


def wide_scope_before(low: str, cache: dict[int, list[int]], si: int, sent: tuple[int, int],
                      qstart: int) -> int:
    """The position of the last part of the country ("toàn miền Bắc", "ở miền Nam") named in
    sentence ``si`` before ``qstart`` (found once per sentence), or -1."""
    marks = cache.get(si)
    if marks is None:
        marks = cache[si] = [m.start() for m in _wide_scope().finditer(low, *sent)
                             if not _RANKED_AMONG.search(low, max(sent[0], m.start() - 30),
                                                         m.start())]
    k = bisect_left(marks, qstart) - 1
    if k < 0 or ";" in low[marks[k] : qstart]:
        return -1  # (a clause after a semicolon is a figure of its own)
    return marks[k]


def district_home(name: str, named: set[str]) -> str | None:
    """The province (pre-2025) of a district-level unit (a district, a town, a provincial city:
    "Hội An", "Phong Điền"), from the address data, when the article names it (``named``): the
    text ties the unit to that province; None when the unit is unknown, its province is not
    named, or several named provinces have a unit of that name."""
    from ..components.address import address, place_key

    entries = address().place_index().get(("district", place_key(name)), ())
    homes = {e.province for e in entries if e.province} & named
    return next(iter(homes)) if len(homes) == 1 else None


def together_groups(norm: str, provs: Sequence[Any]) -> list[tuple[int, int]]:
    """For each province mention, the (first, last) mention of the run of provinces named together
    with it; ``(i, i)`` when it stands alone or the run repeats one province."""
    out: list[tuple[int, int]] = []
    start = 0
    for i in range(len(provs) + 1):
        joined = 0 < i < len(provs) and _TOGETHER_GAP.fullmatch(
            norm, provs[i - 1].nend, provs[i].nstart) is not None
        if i == len(provs) or not joined:
            if i:
                names = {p.data.get("name") for p in provs[start:i]}
                between = _BETWEEN_BEFORE.search(norm, max(0, provs[start].nstart - 20),
                                                 provs[start].nstart)
                span = (start, i - 1) if len(names) > 1 and between is None else None
                out.extend(span or (k, k) for k in range(start, i))
            start = i
    return out


def respective_name(low: str, provs: Sequence[Any], group: tuple[int, int], sent: tuple[int, int],
                    before: Sequence[int], qstart: int) -> str | None | bool:
    """The province a "lần lượt" row gives the figure at ``qstart``: the k-th of the group when
    the figure is the k-th of the row (``before``: the starts of the row's figures in the
    sentence). ``False`` when the sentence has no "lần lượt" (the figure is the group's)."""
    ns, ne = sent
    m = _RESPECTIVE.search(low, ns, ne)
    if m is None:
        return False
    row = [p for p in before if p >= m.end()]
    k = sum(1 for p in row if p < qstart)
    first, last = group
    if k <= last - first and (row and qstart >= m.end()):
        return provs[first + k].data.get("name")
    return None
