"""The last pass over a document's figures: percentages given "respectively" to the levels before
them, and a headline's rounded figure dropped when the body states it precisely.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from ...document import Indicator
from .model import _Entry

# "… 228,3 tỷ đồng và 54,3 tỷ đồng lợi nhuận, lần lượt giảm 67,8% và 70,27% so với năm 2015"
_RESPECTIVELY = re.compile(r"(?<!\w)(?:lần lượt\s+(?P<cue>tăng|giảm)|(?P<cue2>tăng|giảm)\s+lần lượt)"
                           r"(?:\s+(?:tương ứng|mạnh|nhẹ))?\s+(?:(?:khoảng|gần|hơn|trên)\s+)?$")

_LIST_GAP = re.compile(r"^\s*(?:%\s*)?(?:,|và|,\s*và)\s*(?:(?:khoảng|gần|hơn|trên)\s+)?$")


def respectively(inds: list[Indicator], lower: str, sentence_of: dict[int, int]) -> list[Indicator]:
    """A list of percentages after "lần lượt tăng/giảm" gives each of the same number of levels
    before it, in its sentence, its change."""
    out = list(inds)
    i = 0
    while i < len(out):
        ind = out[i]
        m = _RESPECTIVELY.search(lower[max(0, ind.start - 40) : ind.start])
        if ind.unit != "%" or m is None:
            i += 1
            continue
        sent = sentence_of.get(ind.start)
        run = [i]
        while run[-1] + 1 < len(out) and out[run[-1] + 1].unit == "%" and _LIST_GAP.match(
                lower[out[run[-1]].end : out[run[-1] + 1].start]):
            run.append(run[-1] + 1)
        levels = [j for j in range(i - len(run), i) if j >= 0]
        if len(run) < 2 or len(levels) != len(run) or any(
                out[j].unit == "%" or out[j].change_pct is not None
                or sentence_of.get(out[j].start) != sent for j in levels):
            i += 1
            continue
        sign = -1.0 if (m.group("cue") or m.group("cue2")) == "giảm" else 1.0
        for j, r in zip(levels, run, strict=True):
            pct = out[r]
            out[j] = replace(out[j], change_pct=sign * abs(pct.value), basis=pct.basis)
        del out[run[0] : run[-1] + 1]
        i = run[0]
    return out


def significant_digits(value: float) -> int:
    """The significant digits of a value as written ("3.000" = 1, "54,3" = 3)."""
    return len(Decimal(repr(abs(float(value)))).normalize().as_tuple().digits)


def rounded_title_twins(entries: list[_Entry]) -> list[_Entry]:
    """A headline figure given rounded ("lãi hơn 54 tỷ đồng", "thu 3.000 tỉ") is listed once, as
    the body's precise figure (within 6 %, same unit, more digits). Rates and ranks are left
    alone: "9,86%" and "10,42%" are two figures."""
    body = [e for e in entries if not e.title]
    out: list[_Entry] = []
    for e in entries:
        if e.title and e.value and e.unit not in ("%", "rank") and significant_digits(e.value) <= 2 and any(
                b.unit == e.unit and b.value and abs(b.value - e.value) <= 0.06 * abs(b.value)
                and significant_digits(b.value) > significant_digits(e.value) for b in body):
            continue
        out.append(e)
    return out


_OPEN_PCT = re.compile(r"^(?:\s*/\s*[^\W\d]+(?:\s[^\W\d]+)?)?\s*\(\s*(?:(?:tương đương|tương ứng|tức|khoảng)\s+)?(?:(?:tăng|giảm)\s+)?$")
_OPEN_LEVEL = re.compile(r"^\s*\(\s*(?:(?:khoảng|gần|hơn|trên|đạt)\s+)?$")
_SHARE_IN = re.compile(r"^\s*,\s*chiếm\s+(?:(?:khoảng|gần|hơn|trên)\s+)?$")
_CLOSE = re.compile(r"^\s*%?\s*\)")
_MOVE_BEFORE = re.compile(r"(?<!\w)(?P<cue>tăng|giảm)(?:\s+(?:thêm|mạnh|nhẹ|tương ứng))?"
                          r"\s+(?:(?:khoảng|gần|hơn|trên)\s+)?$")


def _bracket_pair(a: Indicator, b: Indicator, lower: str) -> Indicator | None:
    """The figure ``a`` and ``b`` make together when ``b`` restates ``a`` in brackets (or ``a``
    is a rate whose level ``b`` is in brackets), else None."""
    gap, after = lower[a.end : b.start], lower[b.end : b.end + 4]
    if not _CLOSE.match(after):
        return None
    if b.unit == "%" and a.unit != "%" and a.change_pct is None:
        if _OPEN_PCT.match(gap) and (a.value < 0 or _MOVE_BEFORE.search(
                lower[max(0, a.start - 25) : a.start])):
            # "giảm 2,158 USD/thùng (tương đương 3,7%)": the change in per cent
            return replace(a, change_pct=(-1.0 if a.value < 0 else 1.0) * abs(b.value))
        if _SHARE_IN.match(gap) and a.share_pct is None:
            # "(hơn 104 tỷ đồng, chiếm 46%)": its share of the whole
            return replace(a, share_pct=b.value, share_of="total")
    if a.unit == "%" and b.unit != "%" and b.change_pct is None and _OPEN_LEVEL.match(gap):
        m = _MOVE_BEFORE.search(lower[max(0, a.start - 25) : a.start])
        if m is not None:
            # "cũng tăng 39% (89 tỷ đồng)": the level and its change
            return replace(b, change_pct=(-1.0 if m.group("cue") == "giảm" else 1.0)
                           * abs(a.value), basis=a.basis)
    return None


def brackets(inds: list[Indicator], lower: str) -> list[Indicator]:
    """A figure restated in brackets beside another is one figure: "giảm 2,158 USD/thùng
    (3,7%)", "(104 tỷ đồng, chiếm 46%)", "tăng 39% (89 tỷ đồng)"."""
    out: list[Indicator] = []
    for ind in inds:
        if out and out[-1].end <= ind.start:
            merged = _bracket_pair(out[-1], ind, lower)
            if merged is not None:
                out[-1] = merged
                continue
        out.append(ind)
    return out
