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
_RESPECTIVELY = re.compile(r"(?<!\w)lần lượt\s+(?P<cue>tăng|giảm)(?:\s+(?:tương ứng|mạnh|nhẹ))?"
                           r"\s+(?:(?:khoảng|gần|hơn|trên)\s+)?$")

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
        sign = -1.0 if m.group("cue") == "giảm" else 1.0
        for j, r in zip(levels, run, strict=True):
            pct = out[r]
            out[j] = replace(out[j], change_pct=sign * abs(pct.value), basis=pct.basis)
        del out[run[0] : run[-1] + 1]
        i = run[0]
    return out


def _digits(value: float) -> int:
    """The significant digits of a value as written ("3.000" = 1, "54,3" = 3)."""
    return len(Decimal(repr(abs(float(value)))).normalize().as_tuple().digits)


def rounded_title_twins(entries: list[_Entry]) -> list[_Entry]:
    """A headline figure given rounded ("lãi hơn 54 tỷ đồng", "thu 3.000 tỉ") is listed once, as
    the body's precise figure (within 6 %, same unit, more digits). Rates and ranks are left
    alone: "9,86%" and "10,42%" are two figures."""
    body = [e for e in entries if not e.title]
    out: list[_Entry] = []
    for e in entries:
        if e.title and e.value and e.unit not in ("%", "rank") and _digits(e.value) <= 2 and any(
                b.unit == e.unit and b.value and abs(b.value - e.value) <= 0.06 * abs(b.value)
                and _digits(b.value) > _digits(e.value) for b in body):
            continue
        out.append(e)
    return out
