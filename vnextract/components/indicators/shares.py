"""Percentages: growth (``change_pct``), shares of a target (``share_pct``/``share_of``), the
name of a rate standing alone, and the basis of a comparison.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate, chain

from ..period_rules import find_periods
from .model import _compare, _Entry, _Item, _recent
from .name_checks import growth_name
from .vocab import _ASIDE, _GROWTH_WORDS, _SAME_PERIOD, _TOKEN_RE, _key, per_units

_BASIS_AFTER = re.compile(
    r"\s*\)?\s*(?:(?:so với|so|với)\s+[^,;()]*?|cùng kỳ[^,;()]*?)(?=\s*(?:[,;()]|và\s|$))", re.I)
_CLOSE_AFTER = re.compile(r"\s*\)")
_TO_CLAUSE_END = re.compile(r"[^,;().]*")
_PRICE_START = re.compile(r"giá\s(?!trị)")
_IIP_BRANCH = re.compile(r"(?:ngành|khu vực|lĩnh vực)?\s*(?:công nghiệp |ngành )?"
                         r"(?:khai khoáng|chế biến|sản xuất và phân phối|cung cấp nước)")

# a change stated as the figure: "giảm 650.000 đồng/lượng so với …" (not "giảm còn …")
_LEVEL_CHANGE = re.compile(r"(?<!\w)(?:tăng|giảm|hạ|sụt|lùi|mất|rút ngắn|thu hẹp)"
                           r"(?:\s+(?:thêm|nhẹ|mạnh|tiếp))?\s+(?:(?:khoảng|gần|hơn|trên|tới|đến)\s+)?$")


class SharesMixin:
    """Percentages attached to a level, rates and bases."""

    def _compared_figure(self, items: list[_Item], k: int, entries: list[_Entry]) -> _Entry | None:
        """For "Hà Nam (8,9%)" after a rate of the sentence: the rate it is compared with."""
        if k < 2 or items[k - 1].text != "(" or items[k - 2].kind != "prov":
            return None
        for prev in _recent(entries):
            if prev.unit == "%" and prev.indicator:
                return prev
            if prev.change_pct is not None and prev.indicator:
                # "sản lượng … tăng 6%, cao hơn Lâm Đồng (3%)": the growth rate of that level
                name = prev.indicator
                if not name.lower().startswith(("tốc độ", "tăng trưởng")):
                    name = growth_name(name[0].lower() + name[1:])
                return _Entry(q=prev.q, qi=prev.qi, sent=prev.sent, para=prev.para,
                              indicator=name, growth=True)
        return None

    def _attachable(self, main: _Entry, cue_start: int) -> bool:
        gap = self.norm[main.tail : cue_start]
        per = per_units()[0].match(gap)  # "45.000 đồng/kg, tăng 2%", "1.220 USD/ounce, tăng 2%"
        gap = gap[per.end():] if per else re.sub(r"^/\s*ha(?!\w)", "", gap)
        if len(gap) > 180:
            return False
        if len(gap) > 80 and not re.search(r",\s*" + _ASIDE + r"\s", gap):
            return False
        if main.tail == main.q.end:
            # the counted/measured words may follow the figure before the comma or bracket
            m = re.match(r"^[^\W\d][\w\s\-–&]*?(?=\s*[,(;]|\s*$)", gap.strip())
            if m and m.group():
                words = m.group()
                low = words.lower()
                low = re.sub(r"(?<!\w)(?:đi và đến|đến và đi)(?!\w)", "", low)
                if re.search(r"(?<!\w)(còn|trong đó|riêng|nhưng|song|trong khi|so với|"
                             r"chiếm|và|đạt|là)(?!\w)", low):
                    return False
                gap = gap.strip()[m.end():]
        if re.fullmatch(r"\s*,\s*" + _ASIDE + r"[^,;\d]{0,100},\s*", gap):
            return True  # "1,2 triệu lượt khách, chủ yếu đến Hội An, chiếm gần 30% tổng …"
        return re.fullmatch(r"[\s,;(]*(?:(?:và|đồng thời|,)\s*)?", gap) is not None and ";" not in gap

    def _after_basis(self, pos: int, ne: int) -> int:
        """Position after a "so với …" / "cùng kỳ" / share target phrase right after pos."""
        m = _BASIS_AFTER.match(self.norm, pos, ne)
        end = m.end() if m else pos
        m2 = _CLOSE_AFTER.match(self.norm, end, ne)
        return m2.end() if m2 else end

    def _share_target(self, items: list[_Item], k: int) -> tuple[bool, str | None, int]:
        """A share target right after the percentage item k: (found, label, end position)."""
        j = k + 1
        if j < len(items) and items[j].low == "so với":
            j += 1
        if j >= len(items):
            return False, None, self.qs[items[k].ref].end
        toks: list[str] = []
        ends: list[int] = []
        for it in items[j : j + 6]:
            if it.kind not in ("w", "prov"):
                break
            for t in _TOKEN_RE.findall(it.text):
                toks.append(t.lower())
                ends.append(it.end)
        lex = self.lex
        for n in range(min(len(toks), lex.max_len), 0, -1):
            label = lex.share.get(tuple(toks[:n]))
            if label:
                end = ends[n - 1]
                # a target phrase runs on to the clause end ("tổng kim ngạch xuất khẩu …")
                m = _TO_CLAUSE_END.match(self.norm, end)
                if label != "total" and m:
                    end = m.end() if len(m.group()) < 40 else end
                return True, label, end
        return False, None, self.qs[items[k].ref].end

    def _percent_name(self, items: list[_Item], k: int, growth: bool, target: bool,
                      entries: list[_Entry], para_entries: list[_Entry], ns: int) -> str:
        back = self._np_back(items, k - 1, self._anchor(items, k))
        name = self._name(back)
        if name and self._comparison_phrase(items, back, name):
            # "…, tăng 2,96% so với cùng kỳ và tăng 0,6% so với tháng 12": no name of its own
            name = ""
            back = []
        if not growth and not target:
            post = self._name(self._np_fwd(items, k + 1), post=True)
            q = self.qs[items[k].ref]
            if name and re.search(r"(?<!\w)chiếm\s*$", self.lower[max(0, q.start - 12) : q.start]):
                # "hàng dệt may chiếm khoảng 62% giá trị xuất khẩu": a share with no level
                return f"tỷ trọng {name} trong {post}" if post else f"tỷ trọng {name}"
            if post and re.match(r"(?:dành|được|đã được|phục vụ)(?!\w)", post.lower()):
                return "tỷ lệ " + post  # "70% dành cho xuất khẩu"
            if post:  # "100% thủ tục hành chính …"
                return post
        if name and self._is_verb(name) and not growth:
            return "tỷ lệ " + name
        if not name:
            verbs = [i for i in self._clean(self._np_back(items, k - 1, 0)) if
                     "verbhead" in i.roles]
            if verbs and not growth:
                return "tỷ lệ " + verbs[-1].text
            name = self._fallback_name(entries, para_entries, items, k, ns, "%")
            if name and any(e.indicator == name for e in _recent(entries)):
                return name
        name = self._resolve(name, items, k)
        low = name.lower()
        if growth and _PRICE_START.match(low) and "chỉ số" not in low:
            name = "chỉ số " + name[0].lower() + name[1:]  # "giá lương thực tăng 0,52%"
        elif growth and _IIP_BRANCH.match(low) and self._named_before("iip", self.qs[items[k].ref].start):
            # "- Ngành khai khoáng giảm 3,7%" in an IIP report
            if not low.startswith("ngành"):
                name = "ngành " + name
            name = "chỉ số sản xuất " + name[0].lower() + name[1:]
        elif growth and low.startswith("nhóm ") and self._named_before(
                "cpi", self.qs[items[k].ref].start):
            name = "chỉ số giá " + name  # "nhóm nhà ở … tăng 1,2%" in a price report
        elif name and growth and not any(w in low for w in _GROWTH_WORDS):
            if " ".join(_key(name)) in self.lex.sectors:
                name = "khu vực " + name
            name = growth_name(name)
        return self._expand_index(name, ns)

    # -- basis, period, province ----------------------------------------------------------
    def _basis_label(self, phrase: str, period: str | None) -> str | None:
        low = phrase.strip().lower()
        toks = _key(low)
        for n in range(min(len(toks), self.lex.max_len), 0, -1):
            lab = self.lex.basis.get(toks[:n])
            if lab:
                return lab
        ps = [p for p in find_periods(low) if p.kind != "same_period"]
        if not ps:
            return None
        if ps[0].kind == "date" and re.match(r"(?:(?:mức\s+)?giá\s+)?(?:ngày|phiên)\b", low):
            return "previous day"  # "so với mức giá ngày 6/2": a quote against a day's quote
        iso = ps[0].iso
        if iso is None:
            return None
        if period is None:
            return "previous year" if len(iso) == 4 else "same period last year"
        return _compare(period, iso)

    def _bases(self, entries: list[_Entry], ns: int, ne: int, para_basis: str | None) -> None:
        low = self.lower
        phrases = self._basis_phrases(ns, ne)
        starts = [p for p, _ in phrases]
        labels: dict[tuple[str, str | None], str | None] = {}
        for e in entries:
            if e.change_pct is None and not e.growth and not _LEVEL_CHANGE.search(
                    low[max(ns, e.q.start - 30) : e.q.start]):
                continue
            pos = e.change_pos if e.change_pos >= 0 else e.q.start
            i = bisect_left(starts, pos)
            # the phrase right after the figure, then those before it (nearest first), then the
            # rest; a base after a ";" belongs to the next clause: "so với tháng trước, CPI tăng
            # X%; so với cùng kỳ tăng Y%"
            first = 1 if i < len(phrases) and ";" not in low[pos : phrases[i][0]] else 0
            order = chain(range(i, i + first), range(i - 1, -1, -1),
                          range(i + first, len(phrases)))
            chosen = None
            for j in order:
                k = (phrases[j][1], e.period)
                if k not in labels:
                    labels[k] = self._basis_label(*k)
                if labels[k]:
                    chosen = labels[k]
                    break
            e.basis = chosen or para_basis

    def _basis_phrases(self, ns: int, ne: int) -> list[tuple[int, str]]:
        """The comparison phrases of a sentence, (position, raw phrase) in text order: "so với
        …", "gấp 2,6 lần năm trước" (the basis follows the multiple), a bare "cùng kỳ"."""
        low = self.lower
        phrases: list[tuple[int, str]] = []
        for m in re.finditer(r"so với\s+([^,;()]+?)(?=\s*(?:[,;()]|\s và\s|$))", low[ns:ne]):
            phrases.append((ns + m.start(), m.group(1)))
        for m in re.finditer(r"(?<!\w)lần\s+((?:năm|tháng|quý)\s[^,;()]+?)(?=\s*(?:[,;().]|\s và\s|$))",
                             low[ns:ne]):
            phrases.append((ns + m.start(), m.group(1)))
        spans = sorted((p, p + 8 + len(t)) for p, t in phrases)
        starts = [p for p, _ in spans]
        reach = list(accumulate((end for _, end in spans), max))  # furthest end so far
        last_same = None
        for m in _SAME_PERIOD.finditer(low[ns:ne]):
            x = ns + m.start()
            i = bisect_right(starts, x) - 1
            covered = i >= 0 and reach[i] >= x or last_same is not None and x <= last_same + 15
            if not covered:
                phrases.append((x, "cùng kỳ"))
                last_same = x
        phrases.sort()
        return phrases
