"""Rankings ("thứ 15/63", "đứng thứ 3 vùng …") and their derived names ("xếp hạng …").
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import chain

from ...lexicon import rows
from ..numbers import Quantity, load_units
from .model import _Entry, _Item, _recent
from .vocab import _DENOMINATORS, _RANK_AFTER_OK, _RANK_LABEL_BEFORE, _RANK_REGION


class RanksMixin:
    """Rankings."""

    def _is_rank(self, items: list[_Item], k: int, q: Quantity, entries: list[_Entry],
                 para_entries: list[_Entry]) -> bool:
        before = self.norm[max(0, q.start - 20) : q.start]
        if _RANK_LABEL_BEFORE.search(before):
            return False
        if q.kind == "ratio":
            if _counted_after(self.lower, q.end):
                return False  # "68/149 đơn vị đã nộp": a count of the 149, not a ranking
            # a bare "Đắk Nông 48/63" in a list of rankings
            prev_rank = any(e.unit == "rank" for e in chain(_recent(entries), _recent(para_entries)))
            return prev_rank and q.of is not None and q.value <= q.of
        after = self.norm[q.end : q.end + 20]
        if re.match(r"^\s*(?:liên tiếp|liên tục)", after) or _photo_after(self.lower, q.end):
            return False  # "thứ 3 từ trái sang": a place in a photo
        if q.of:
            return True
        cue = any("rankcue" in items[j].roles for j in range(max(0, k - 3), k))
        if re.search(r"(?:đứng|xếp|vị trí|vươn lên|lên|hạng|\()\s*(?:thứ\s*)?$", before, re.I):
            cue = True
        return cue or bool(_RANK_AFTER_OK.match(after))

    def _rank_name(self, items: list[_Item], k: int, ns: int, ne: int, entries: list[_Entry],
                   para_entries: list[_Entry]) -> str:
        name = self._rank_name_raw(items, k, ns, ne, entries, para_entries)
        # "cao thứ hai": the adjective belongs to the ordinal, not to the name
        name = re.sub(r"\s+(?:cao|lớn|thấp|nhanh|nhiều|mạnh)$", "", name, flags=re.I)
        # a rank within a region: "đứng thứ 3 vùng trung du và miền núi phía Bắc"
        m = _RANK_REGION.match(self.norm, self.qs[items[k].ref].end, ne)
        if m and m.group(1).lower() not in name.lower():
            name = f"{name} {m.group(1).strip()}"
        return self._abbreviate(name)

    def _rank_name_raw(self, items: list[_Item], k: int, ns: int, ne: int,
                       entries: list[_Entry], para_entries: list[_Entry]) -> str:
        hi = len(items)
        about = self._about(items, k, 1, hi)
        if about:
            return "xếp hạng " + self._short(about)
        if k > 0 and items[k - 1].text == "(" or self._bracket_before(self.qs[items[k].ref].start):
            for prev in _recent(entries):
                if prev.unit == "rank":
                    return prev.indicator
        pre = self._name(self._np_back(items, k - 1, self._anchor(items, k)))
        if pre.lower() in _DENOMINATORS:
            # "thứ 15/63 tỉnh, thành phố và thứ 4/11 địa phương vùng đồng bằng sông Hồng"
            prev_rank = next((e for e in _recent(entries) if e.unit == "rank"), None)
            if prev_rank is not None:
                q = self.qs[items[k].ref]
                m = re.match(r"[^,;.()]*?(?<!\w)((?:vùng|khu vực)\s[^,;.()]+)", self.norm[q.end : ne])
                region = " " + m.group(1).strip() if m else ""
                return prev_rank.indicator + region
            pre = ""
        if pre and not pre.lower().startswith("xếp hạng"):
            return "xếp hạng " + self._short(pre)
        about = self._about(items, k, -1, hi)
        if about:
            return "xếp hạng " + self._short(about)
        for prev in _recent(entries):
            if prev.indicator:
                base = self._short(prev.indicator)
                base = re.sub(r"^(?:điểm|giá trị|tổng)\s+", "", base, flags=re.I)
                if prev.change_pct is not None and "tăng" not in base.lower():
                    base = "tăng trưởng " + base
                return "xếp hạng " + base
        if para_entries and re.search(r"(?:mức tăng(?: trưởng)?|kết quả|con số)\s+(?:này|đó|trên)",
                                      self.lower[ns : self.qs[items[k].ref].start]):
            # "Với mức tăng này, Hà Tĩnh đứng thứ 31/63": the rank of the figure before
            prev = para_entries[-1]
            if prev.unit != "rank" and prev.indicator:
                return "xếp hạng " + self._short(prev.indicator)
        for prev in _recent(para_entries):
            if prev.unit == "rank":
                return prev.indicator
        return "xếp hạng"


@lru_cache(maxsize=1)
def _counted_words() -> re.Pattern[str]:
    # provinces and localities are what rankings rank ("48/63 tỉnh"): not counted things here
    words = {w for w, (unit, kind) in load_units().items()
             if kind == "count" and unit not in ("province", "locality")}
    words |= {r[0].lower() for r in rows("figure_scope.tsv") if len(r) > 1 and r[1] == "counted"}
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\s*(?:{alts})(?!\w)")


def _counted_after(lower: str, end: int) -> bool:
    """True when a count noun follows "N/M": "68/149 đơn vị", "12/15 doanh nghiệp"."""
    return _counted_words().match(lower, end) is not None


@lru_cache(maxsize=1)
def _photo_words() -> re.Pattern[str]:
    words = [r[0].lower() for r in rows("figure_scope.tsv") if len(r) > 1 and r[1] == "photo"]
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"[\s,]*\(?\s*(?:{alts})(?!\w)")


def _photo_after(lower: str, end: int) -> bool:
    """True when the words after an ordinal place someone in a photo."""
    return _photo_words().match(lower, end) is not None
