"""Levels: money, tonnes, hectares, points and counts, and the names they take.
"""

from __future__ import annotations

import re
from itertools import chain

from ..numbers import Quantity, load_units
from .model import _Entry, _Item, _Phrase, _position, _recent
from .vocab import (
    _CAPITAL_HEADS,
    _COUNT_UNIT_NAMES,
    _HEAD_WORDS,
    _LAND_HEADS,
    _LAND_VERBS,
    _MONEY,
    _PRICE_OF,
    _key,
    goods_per_unit,
)

# an area that is production: planted, farmed, harvested
_PRODUCTION = re.compile(r"(?<!\w)(?:trồng|gieo|cấy|sạ|thu hoạch|nuôi|canh tác|chăm sóc|xuống giống"
                         r"|(?<!rừng )(?<!đất )sản xuất)(?!\w)")  # not "rừng sản xuất" (a land class)


class LevelsMixin:
    """Names of levels and the filters on what counts."""

    def _new(self, q: Quantity, qi: int, si: int, para: int) -> _Entry:
        e = _Entry(q=q, qi=qi, sent=si, para=para)
        e.value = q.value
        e.unit = q.unit or ""
        e.qualifier = q.qualifier
        e.tail = q.end
        return e

    def _anchor(self, items: list[_Item], k: int) -> int:
        j = k - 1
        while j >= 0 and (items[j].kind != "q" or self._route_number(items, j)):
            j -= 1
        return j + 1

    def _price_name(self, ns: int, qs: int) -> str:
        """A price per unit ("125.000 đồng/kg"): "giá" and the goods of its clause."""
        start = max(self.norm.rfind(";", ns, qs) + 1, ns)
        clause = self.norm[start:qs]
        found = list(_PRICE_OF.finditer(clause))
        if found:
            return "giá " + found[-1].group(1).strip()
        # "; cá ngừ loại 2 (dưới 30 kg/con) ở mức 98.000 đồng/kg": the clause's subject
        m2 = re.match(r"\s*((?:[^\W\d]+\s+){0,5}?(?:loại|hạng)\s+\w+|[^\W\d]+(?:\s+[^\W\d]+){0,4}?)"
                      r"(?=\s*(?:\(|ở mức|đạt|là|có giá|được|dao động))", clause)
        if m2 and start > ns:
            return "giá " + m2.group(1).strip()
        return ""

    def _goods_after(self, e: _Entry) -> str:
        """The goods written after a tonnage ("4,68 triệu tấn gạo" → "gạo")."""
        m = re.match(r"\s+((?:[^\W\d]+)(?:\s+[^\W\d]+){0,2}?)(?=\s*(?:[,;.(]|$|\s(?:và|tăng|giảm|"
                     r"đạt|thu|với|sang|của)\b))", self.norm[e.q.end : e.q.end + 40])
        return m.group(1) if m else ""

    def _counted_one(self, items: list[_Item], k: int) -> bool:
        """ "một" is a count where a measuring verb stands right before it ("đạt một dự án")."""
        j = k - 1
        while j >= 0 and items[j].roles & {"adverb"}:
            j -= 1
        return j >= 0 and bool(items[j].roles & {"pred"}) and items[j].low not in ("với", "là")

    def _people_near(self, items: list[_Item], k: int, people_ctx: bool) -> bool:
        if not people_ctx:
            return False
        lo, hi = max(0, k - 6), min(len(items), k + 4)
        return any("people" in items[j].roles for j in range(lo, hi)) or any(
            items[j].kind == "q" and self.qs[items[j].ref].unit == "person"
            for j in range(lo, hi) if j != k
        )

    def _demographic(self, items: list[_Item], k: int) -> bool:
        for j in range(max(0, k - 6), k):
            if "demographic" in items[j].roles:
                return True
        return False

    def _site_area(self, items: list[_Item], k: int) -> bool:
        """An area in ha named as a site's, a plot's, a project's land or a reserve's ("tổng
        diện tích chiếm đất của 4 dự án là 144 ha"), unless the clause plants, farms or harvests
        it ("trồng lúa trên diện tích 500 ha")."""
        window = items[max(0, k - 12) : k]
        if not any("site" in it.roles for it in window):
            return False
        # the planting may be named right after: "… trên 70.000 ha, chiếm 40% diện tích trồng dừa"
        text = " ".join(it.text for it in window + items[k + 1 : k + 9]).lower()
        return _PRODUCTION.search(text) is None

    def _unit_from_phrase(self, items: list[_Item], k: int) -> str | None:
        """ "Số doanh nghiệp thành lập mới … vượt 1.000": the unit from the phrase before."""
        text = self._join(self._np_back(items, k - 1, self._anchor(items, k))).lower()
        # "tổng số lượt khách", "số doanh nghiệp", "tổng lượt khách du lịch"
        m = re.match(r"^(?:tổng\s+số|tổng|số)\s+(.+)$", text)
        if not m:
            return None
        units = load_units()
        words = m.group(1).split()
        for n in range(min(4, len(words)), 0, -1):
            u = units.get(" ".join(words[:n]))
            if u and u[0] in _COUNT_UNIT_NAMES:
                return u[0]
        return None

    def _level_name(self, items: list[_Item], k: int, q: Quantity, unit: str,
                    entries: list[_Entry], para_entries: list[_Entry], ns: int) -> str:
        p = self._level_phrase(items, k, q, unit, entries, ns)
        verbal = settled = False
        if unit in _MONEY or unit in ("tonne", "ha", "TEU", "MW", "kWh"):
            name, settled = self._measure_name(p)
        elif unit == "point":
            name = self._point_name(p)
        else:
            name, verbal = self._count_name(p)
        if not name:
            name = self._fallback_name(entries, para_entries, items, k, ns, unit)
        if not settled:
            name = self._resolve(name, items, k)
        if unit in _MONEY and goods_per_unit().match(self.norm, q.end):
            name = self._price_name(ns, q.start) or name
        self._verbal = verbal
        if unit == "point" and not name.startswith("điểm") and name:
            name = "điểm " + self._short(name)
        if name and not any(h in name.lower() for h in _HEAD_WORDS):
            # a bare commodity in a list: "hạt điều mang về 1,71 tỉ USD" after "xuất khẩu cao su"
            for prev in chain(_recent(para_entries), _recent(entries)):
                low = prev.indicator.lower()
                if prev.unit == unit and low.startswith(("xuất khẩu ", "nhập khẩu ")):
                    name = low.split()[0] + " " + low.split()[1] + " " + name
                    break
        return name

    def _level_phrase(self, items: list[_Item], k: int, q: Quantity, unit: str,
                      entries: list[_Entry], ns: int) -> _Phrase:
        """The phrases around a level: the noun phrase before it, the counted phrase after."""
        lo = self._anchor(items, k)
        back_items = self._np_back(items, k - 1, lo)
        if not back_items and k - 1 > lo and items[k - 1].low == "cho" and unit in (
                "project", "enterprise", "cooperative"):
            # "tỉnh chấp thuận chủ trương đầu tư cho 8 dự án": the verb phrase before "cho"
            back_items = self._np_back(items, k - 2, lo)
        pre = self._name(back_items)
        # "X là điểm đến chủ lực với 5,6 triệu lượt khách": the figure measures X
        if pre and back_items:
            b0 = _position(items, back_items[0])
            if b0 - 1 > lo and items[b0 - 1].low == "là" and self._verb_before(items, k) == "với":
                subj = self._name(self._np_back(items, b0 - 2, lo))
                if subj:
                    pre = subj
        # "tỉnh cấp mới 26 dự án": a subject then a verb phrase, not a noun phrase
        subj_dropped = bool(pre) and bool(back_items) and (
            back_items[0].kind == "prov" and not self._attributive(back_items[0].start)
            or "generic" in back_items[0].roles and len(back_items) > 1
            and "attr" not in back_items[1].roles)
        post = self._name(self._np_fwd(items, k + 1), post=True)
        pre_is_verb = bool(pre) and self._is_verb(pre)
        return _Phrase(items, k, q, unit, entries, ns, back_items, pre, post, pre_is_verb,
                       subj_dropped, (q.unit_text or "").strip())

    def _measure_name(self, p: _Phrase) -> tuple[str, bool]:
        """The name of money, tonnes, hectares, TEU, MW, kWh; and whether it is settled (no
        further subject resolution)."""
        items, k, unit, ns = p.items, p.k, p.unit, p.ns
        pre, post, pre_is_verb = p.pre, p.post, p.pre_is_verb
        entries = p.entries
        name = ""
        settled = False
        if unit in ("ha", "tonne") and pre and _LAND_VERBS.match(pre):
            # "hình thành 20.000 ha vùng nguyên liệu …": the noun after; "gieo trồng
            # 140.000 ha lúa": the measure of the verb and its crop
            head = "diện tích" if unit == "ha" else "sản lượng"
            name = post if post and _LAND_HEADS.match(post) else f"{head} {pre} {post}".strip()
        elif pre and not pre_is_verb:
            name = pre
            if k > 0 and items[k - 1].low == "tăng thêm":  # "số vốn tăng thêm 695 triệu USD"
                name += " tăng thêm"
        elif post:
            # "thu hút 1,5 tỷ USD vốn FDI", "giải ngân 6.500 tỷ đồng vốn đầu tư công"
            name = (pre + " " + post) if pre_is_verb else post
            if name == post and unit == "ha" and "diện tích" not in post.lower():
                name = "diện tích " + post  # "20.500 ha sầu riêng"
            elif name == post and unit == "tonne" and "sản lượng" not in post.lower():
                name = "sản lượng " + post
        else:
            name = pre
        if name.lower() in ("xuất khẩu", "nhập khẩu") and unit in _MONEY:
            name = "kim ngạch " + name
        elif (name.lower() in ("kim ngạch", "kim ngạch của gạo") or len(name.split()) <= 1
              or name.lower().startswith("kim ngạch của ")) and unit in _MONEY:
            # "đã xuất khẩu 1,15 triệu tấn gạo, kim ngạch đạt 742 triệu USD"; "xuất khẩu
            # 4,68 triệu tấn gạo, thu về gần 2,98 tỷ USD"
            trade = next((e for e in _recent(entries) if e.q.start >= ns and e.unit == "tonne"
                          and re.search(r"(?:xuất|nhập) khẩu", self.lower[ns : e.q.end])), None)
            if trade:
                verb = re.search(r"(xuất|nhập) khẩu", self.lower[ns : trade.q.end])
                goods = self._goods_after(trade)
                if verb and goods:
                    name = f"kim ngạch {verb.group()} {goods}"
        if " ".join(_key(name)) in self.lex.sectors:
            name = "giá trị khu vực " + name
        if unit in _MONEY and name.lower() in _CAPITAL_HEADS:
            name, settled = self._capital_of_count(name, entries)
        return name, settled

    def _point_name(self, p: _Phrase) -> str:
        """The name of a score ("điểm PCI")."""
        items, k, q, pre, back_items = p.items, p.k, p.q, p.pre, p.back_items
        name = "điểm " + self._short(pre) if pre else ""
        if k > 0 and items[k - 1].kind == "prov" or not back_items or not any(
                it.kind == "w" and not it.roles for it in back_items):
            # "Đà Nẵng 69,24 điểm, Hải Phòng 67,05 điểm": the index of the list
            after = re.match(r"\s+([A-ZĐ][A-Z0-9Đ-]{1,9})(?!\w)", self.norm[q.end : q.end + 14])
            ab = after.group(1) if after else self._last_abbrev(items, k)
            name = "điểm " + ab if ab else name  # "đạt 68,9 điểm PCI"
        return name

    def _count_name(self, p: _Phrase) -> tuple[str, bool]:
        """The name of a count, and whether it is named by the verb phrase before it."""
        q, unit, ns = p.q, p.unit, p.ns
        pre, post, pre_is_verb, back_items = p.pre, p.post, p.pre_is_verb, p.back_items
        subj_dropped, unit_text = p.subj_dropped, p.unit_text
        name = ""
        verbal = False
        counted = (unit_text + " " + post).strip() if post else unit_text
        bare = unit_text.lower() in ("lượt", "người", "tấn", "ha", "điểm", "")
        if pre and not pre_is_verb and (bare or unit_text.lower() in pre.lower()
                                        or "khách" in pre.lower() and unit == "visitor"):
            name = pre
        elif pre and subj_dropped and unit in ("project", "enterprise", "cooperative", "investor", "household", "flight"):
            # "tỉnh chấp thuận chủ trương đầu tư cho 8 dự án", "Bình Phước thu hút 28 dự án"
            name = f"{counted} {pre}"
            verbal = True
        elif post and pre and not pre_is_verb and any(
                it.kind == "prov" and self._attributive(it.start) for it in back_items):
            name = f"{counted} của {pre}"  # "doanh nghiệp Bình Phước có 14 dự án đầu tư"
        elif post or not pre or pre_is_verb:
            name = counted
        else:
            name = f"{counted} của {pre}"
        if unit == "person" and re.search(
                r"(?:tạo|giải quyết)\s+(?:thêm\s+)?việc làm\s+(?:mới\s+)?cho\s+(?:\w+\s+)?$",
                self.lower[max(ns, q.start - 50) : q.start]):
            name = "số lao động được tạo việc làm"  # "tạo việc làm cho khoảng 9.500 lao động"
        if unit == "person" and re.match(r"(?:lao động|người lao động|công nhân) của ", name,
                                         re.I):
            name = "số " + name.split(" của ")[0]  # "doanh nghiệp đang sử dụng 95.000 lao động"
        if name.lower() == "lượt" and unit == "visitor":
            name = "lượt khách"
        elif unit == "visitor" and name.lower().startswith("khách"):
            name = "lượt " + name  # "khách quốc tế đạt 1,3 triệu lượt"
        elif unit == "visitor" and re.match(r"(?:số |tổng )?lượng khách", name, re.I):
            name = re.sub(r"^(?:số |tổng )?lượng khách", "lượt khách", name, flags=re.I)
        if unit in ("project", "enterprise", "cooperative", "investor", "household", "flight") and unit_text and name.lower(
        ).startswith(unit_text.lower()):
            name = "số " + name
        return name, verbal

    def _verb_before(self, items: list[_Item], k: int) -> str:
        """The linking word right before the figure item k (after skip words)."""
        j = k - 1
        while j >= 0 and items[j].roles & {"skip", "adverb"} and "pred" not in items[j].roles:
            j -= 1
        return items[j].low if j >= 0 else ""

    def _capital_of_count(self, name: str, entries: list[_Entry]) -> tuple[str, bool]:
        """ "92 dự án cấp mới với tổng vốn đăng ký 601 triệu USD": whose capital it is.
        Returns the name and whether it is settled (no further subject resolution)."""
        for c in _recent(entries):
            if c.unit not in ("project", "enterprise"):
                continue
            cname = re.sub(r"^số\s+", "", c.indicator, flags=re.I)
            low = cname.lower()
            if " của " in low and len(low[low.index(" của ") :].split()) <= 6:
                return name + cname[low.index(" của ") :], True
            if re.search(r"(?<!\w)fdi(?!\w)|đầu tư trực tiếp nước ngoài", low):
                return name + " FDI", True
            if c.verbal:
                return name, True  # "chấp thuận … cho 8 dự án với tổng vốn đăng ký …"
            if re.search(r"(?<!\w)(?:mới|điều chỉnh|trong nước)(?!\w)", low):
                return f"{name} {cname}", True
            return name, False
        return name, False
