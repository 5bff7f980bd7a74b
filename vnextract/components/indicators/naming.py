"""The indicator name: the measured noun phrase before the figure's verb, the counted phrase after
it, the clause subject; clean-up of every name.
"""

from __future__ import annotations

import re

from .model import _Entry, _Item, _position, _recent
from .vocab import (
    _ANAPHOR,
    _COMPARATIVE,
    _DEGREE,
    _FUNCTION_WORDS,
    _GENERIC_HEADS,
    _JUNK,
    _LEAD_WORDS,
    _MEASURES,
    _MONEY,
    _NAME_TAIL,
    _NO_SPACE_AFTER,
    _NO_SPACE_BEFORE,
    _ROUTE_WORDS,
    _TIME_COUNT,
    _TRAIL_LOC,
    _UNIT_GENERIC,
    _key,
)

_OF_PROVINCE = re.compile(r"\s(?:của|tại|trên địa bàn|vào) (?:tỉnh|thành phố|tỉnh nhà)(?=\s|$)",
                          re.I)
_SUPERLATIVE = re.compile(r"(?:(?:thu hút|đạt|có|xuất khẩu)\s+)?(?:nhiều|lớn|cao)\s+(.+?)\s+nhất",
                          re.I)
_BALANCE_HEAD = re.compile(r"^cán cân thương mại\s+(?=(?:xuất|nhập) siêu$)", re.I)


class NamingMixin:
    """Names of figures."""

    # -- phrases ---------------------------------------------------------------------------
    def _join(self, items: list[_Item]) -> str:
        out = ""
        for it in items:
            if it.kind == "prov":
                continue
            t = it.text
            if not out:
                out = t
            elif t in _NO_SPACE_BEFORE or out[-1] in _NO_SPACE_AFTER:
                out += t
            else:
                out += " " + t
        return out

    def _clean(self, items: list[_Item], post: bool = False) -> list[_Item]:
        """Drop provinces (with their level word and "của/tại"), periods, edge adverbs."""
        out: list[_Item] = []
        for it in items:
            if it.kind == "prov" and self._attributive(it.start) or it.kind == "prov" and out and (
                    out[-1].low in ("khu vực", "vực", "vùng", "địa bàn", "bàn")) and (
                    it.start in self.history_starts):
                # "khu vực tỉnh Kiên Giang (cũ) thu …": the former province qualifies the name
                # "doanh nghiệp Bình Phước": the province belongs to the name
                out.append(_Item(it.start, it.end, it.text, "w", frozenset({"attr"})))
                continue
            if it.kind == "prov" and len(out) >= 2 and out[-1].low == "đến" and any(
                    "khách" in o.low for o in out):
                # "lượt khách đến Hà Nội": the destination belongs to the name
                text = re.sub(r"^(?:tỉnh|thành phố)\s+", "", it.text, flags=re.I)
                out.append(_Item(it.start, it.end, text, "w", frozenset({"attr"})))
                continue
            if it.kind == "prov":
                while out and out[-1].low in ("tỉnh", "thành phố", "tp", "tp.", "của", "tại", "ở",
                                              "vào", "trên", "thuộc"):
                    out.pop()
                continue
            if it.kind == "per":
                continue
            if not post and "adverb" in it.roles and not it.low.startswith("hiện"):
                continue
            out.append(it)
        if post:
            while out and (out[-1].kind == "p" and out[-1].text != ")" or "lead" in out[-1].roles):
                out.pop()
            return out
        while out and (out[0].kind == "p" and out[0].text not in "(" or "lead" in out[0].roles
                       or "adverb" in out[0].roles or "skip" in out[0].roles
                       or "generic" in out[0].roles and len(out) > 1
                       and "attr" not in out[1].roles):
            out.pop(0)
        while out and (out[-1].kind == "p" and out[-1].text != ")" or "lead" in out[-1].roles
                       or "adverb" in out[-1].roles or "skip" in out[-1].roles):
            out.pop()
        # a leading subject before an activity verb: "các doanh nghiệp (trên địa bàn) xuất khẩu"
        for v, it in enumerate(out):
            if "verbhead" in it.roles and v > 0:
                head = out[:v]
                if all("generic" in h.roles or h.low in ("trên địa bàn", "trên", "địa", "bàn",
                                                         "toàn", "đã") for h in head):
                    out = out[v:]
                break
        # balance parentheses
        if sum(1 for i in out if i.text == "(") != sum(1 for i in out if i.text == ")"):
            out = [i for i in out if i.text not in "()"]
        return out

    def _name(self, items: list[_Item], post: bool = False) -> str:
        items = self._clean(items, post)
        if all(it.roles & {"national", "generic"} or it.kind == "p" for it in items):
            return ""
        text = self._join(items)
        text = _OF_PROVINCE.sub("", text)
        prev = None
        while prev != text:
            prev = text
            text = _TRAIL_LOC.sub("", text).strip(" ,;:-–")
            text = _LEAD_WORDS.sub("", text).strip(" ,;:-–")
        # "(địa phương) thu hút nhiều vốn FDI nhất": the thing measured, not the superlative
        m = _SUPERLATIVE.fullmatch(text)
        if m:
            text = m.group(1)
        text = _BALANCE_HEAD.sub("", text)
        if text.lower() in _JUNK or _COMPARATIVE.match(text):
            return ""
        if not text or _key(text) in self.lex.roles and (
            self.lex.roles[_key(text)] & {"generic", "national", "pred", "skip", "stop", "lead"}
        ):
            return ""
        return text

    def _np_back(self, items: list[_Item], k: int, lo: int, again: bool = True) -> list[_Item]:
        """The noun phrase ending before items[k+1]: skip the verb chain, collect to a boundary."""
        k0 = k
        while k >= lo and (
            items[k].roles & {"pred", "skip", "adverb"} or items[k].kind == "per"
            or items[k].text == "("
        ):
            k -= 1
        if k >= lo and items[k].text == ")":
            # "Giá trị sản xuất công nghiệp (theo giá so sánh 2010) ước đạt": a qualifier in
            # brackets, not an abbreviation ("(CPI)"), stands outside the phrase
            o = k - 1
            while o >= 0 and items[o].text != "(" and k - o < 12:
                o -= 1
            if o >= 0 and items[o].text == "(" and not (
                    k - o == 2 and re.fullmatch(r"[A-ZĐ][A-Z0-9Đ&-]{1,9}", items[o + 1].text)):
                k = o - 1
                lo = 0 if k < lo else lo
                while k >= lo and items[k].roles & {"pred", "skip", "adverb"}:
                    k -= 1
        if k - 1 >= lo and items[k].low in _DEGREE and items[k - 1].roles & {"up", "down"}:
            k -= 2  # "nhóm nhà ở … tăng mạnh nhất với 1,2%"
        elif k - 2 >= lo and items[k].low == "nhất" and items[k - 1].low in _DEGREE and (
                items[k - 2].roles & {"up", "down"}):
            k -= 3
        t = self._time_tail(items, k)
        if t != k:  # "vốn FDI thực hiện trong cùng thời gian chỉ đạt …": past the time phrase
            k = t
            if k < lo:  # the phrase lies before the time count that bounded the search
                lo = 0
            while k >= lo and (items[k].roles & {"pred", "skip", "adverb"}
                               or items[k].kind == "per"):
                k -= 1
        out: list[_Item] = []
        while k >= lo:
            it = items[k]
            if it.kind == "q" and not self._route_number(items, k):
                break
            if it.kind == "p" and it.text not in "()-–/&":
                break
            if it.roles & {"stop", "pred"} and not it.roles & {"compound", "verbhead"}:
                # "thu từ thuế, phí", "doanh thu từ du lịch": "từ" inside a revenue name
                if not (it.low == "từ" and k - 1 >= lo and items[k - 1].low == "thu"):
                    break
            out.append(it)
            k -= 1
        out.reverse()
        if again and not self._name(out) and k >= lo and items[k].text == "," and k < k0:
            # "công nghiệp – xây dựng gần như đi ngang, đạt …": the phrase before the comma
            if k - 1 >= lo and items[k - 1].roles & {"adverb", "skip", "pred"}:
                return self._np_back(items, k - 1, lo, again=False)
        return out

    def _time_tail(self, items: list[_Item], k: int) -> int:
        """The index before a time adverbial that ends at items[k] ("trong cùng thời gian",
        "trong 9 tháng qua", "tháng 3" with no year), or ``k`` when there is none."""
        time = self.lex.time
        j = k
        while j >= 0 and k - j < 8:
            it = items[j]
            if it.kind == "per" or it.kind == "q" and (
                    self.qs[it.ref].unit is None and self.qs[it.ref].kind in ("number", "other")
                    or _TIME_COUNT.match(it.text)):
                j -= 1
                continue
            if it.kind == "w" and all(w in time for w in it.low.split()):
                j -= 1
                continue
            break
        if j == k:
            return k
        first = items[j + 1]
        if first.low.split()[0] == "trong" or first.low.startswith("tính trong"):
            return j
        if first.low in ("tháng", "quý") and j + 2 <= k and items[j + 2].kind in ("q", "w") and (
                items[j + 2].kind == "q" or items[j + 2].low in ("i", "ii", "iii", "iv", "đầu",
                                                                  "cuối", "này", "qua")):
            return j
        return k

    def _route_number(self, items: list[_Item], k: int) -> bool:
        """A bare number that is part of a name: "đường tỉnh 827", "quốc lộ 14", "tuyến số 3"."""
        q = self.qs[items[k].ref]
        return (q.unit is None and q.kind in ("number", "other") and k > 0
                and items[k - 1].low in _ROUTE_WORDS)

    def _np_fwd(self, items: list[_Item], k: int, limit: int = 9) -> list[_Item]:
        """Words from items[k] on, up to a boundary (for the counted thing after a number)."""
        out: list[_Item] = []
        depth = 0
        while k < len(items) and len(out) < limit:
            it = items[k]
            if it.kind in ("q", "per"):
                break
            if it.text == "(":
                depth += 1
            elif it.text == ")":
                if depth == 0:
                    break
                depth -= 1
            elif it.kind == "p" and it.text not in "-–&/":
                break
            if it.kind == "w" and (it.roles & {"stop", "pred"} and not it.roles & {"compound"}
                                   or it.low in ("so với", "bằng", "tại", "ở", "trên địa bàn",
                                                 "so", "của", "vào", "cho", "từ", "do", "nhờ",
                                                 "vì", "bởi", "bởi vì", "song", "nhưng")):
                break
            if it.low in ("tăng", "giảm") and k + 1 < len(items) and items[k + 1].kind == "q":
                break
            if it.low == "và":
                break
            out.append(it)
            k += 1
        while out and (out[-1].roles & {"skip", "lead"} or out[-1].kind == "p"):
            out.pop()
        return out

    def _subject(self, items: list[_Item], lo: int, hi: int) -> str:
        """The first noun phrase of the clause items[lo:hi] (after attributions)."""
        start = lo
        for j in range(lo, hi):
            if items[j].low in ("cho biết", "cho thấy", "khẳng định", "thông tin"):
                start = j + 1
        seg: list[_Item] = []
        j = start
        while j < hi:
            it = items[j]
            j += 1
            if it.kind == "q" or it.kind == "p" and it.text not in "()-–&/" or it.kind == "per":
                if seg:
                    break
                continue
            if it.low.split()[0] in ("theo", "tại", "về", "trong", "sau", "trước", "với", "đến",
                                     "xét", "so", "cùng") and (
                    not seg):
                # "Theo Bộ Tài chính, …", "Tại hội nghị, …", "so với cùng kỳ tăng …": skip the
                # adverbial up to its comma or the growth verb
                while j < hi and items[j].text != "," and not items[j].roles & {"up", "down"}:
                    j += 1
                continue
            if it.roles & {"pred", "stop", "verbhead"} or it.low in ("của", "nâng", "tăng", "giảm") or (
                    "adverb" in it.roles and seg):
                if seg:
                    break
                continue
            seg.append(it)
        return self._name(seg)

    def _about(self, items: list[_Item], k: int, direction: int, hi: int) -> str:
        """ "về X" near a ranking: after it in the clause, or "xét về X," before it."""
        rng = range(k + 1, hi) if direction > 0 else range(k - 1, -1, -1)
        for j in rng:
            it = items[j]
            if it.kind == "q" or it.text in (".", ";"):
                break
            if it.low in ("về", "xét về"):
                name = self._name(self._np_fwd(items, j + 1, 12))
                if name:
                    return name
        return ""

    def _tidy(self, e: _Entry) -> str:
        """The final clean-up of a name: balanced brackets, no verb or relative clause at its end,
        never empty, never only function words."""
        name = " ".join(e.indicator.split())
        name = re.sub(r"\(\s*\)", "", name)
        # "(FDI thu hút" → "(FDI) thu hút"
        opened = name.count("(") - name.count(")")
        if opened > 0:
            name = re.sub(r"\(([^()\s]+)(?![^(]*\))", r"(\1)", name, count=opened)
        if name.count("(") != name.count(")"):
            name = name.replace("(", "").replace(")", "")
        name = re.sub(r"\s+của(?=\s+(?:trên địa bàn|tại|ở)(?!\w))", "", name, flags=re.I)
        # a former province's "(cũ)" left behind when the province was dropped from the name
        name = re.sub(r"(?<!\S)([a-zà-ỹđ]+)\s+\(cũ\)", r"\1", name)
        prev = None
        while prev != name:
            prev = name
            name = _NAME_TAIL.sub("", name).strip(" ,;:-–")
            name = _TRAIL_LOC.sub("", name).strip(" ,;:-–")
        if e.unit == "point":
            name = re.sub(r"^(?:điểm\s+)+(?:về\s+|số\s+)?", "điểm ", name, flags=re.I).strip()
        words = [w.strip("(),") for w in name.lower().split()]
        if not name or all(w in _FUNCTION_WORDS or not w for w in words) or (
                len(words) <= 2 and self._is_verb(name) and e.unit not in _MONEY):
            name = self._generic(e, name)
        return name

    def _generic(self, e: _Entry, verb: str) -> str:
        """A unit's generic name ("điểm PCI", "tỷ lệ", "số dự án") for a figure named by nothing
        but a verb or function words."""
        base = _UNIT_GENERIC.get(e.unit, "giá trị")
        if e.unit == "point":
            items = self._items(*self.sentences[e.sent])
            k = next((i for i, it in enumerate(items) if it.kind == "q" and it.ref == e.qi),
                     len(items))
            ab = self._last_abbrev(items, k)
            return f"điểm {ab}" if ab else base
        if verb and self._is_verb(verb):
            return f"{base} {verb}"
        return base

    def _comparison_phrase(self, items: list[_Item], back: list[_Item], name: str) -> bool:
        """True when the phrase before a percentage is the comparison base of an earlier figure
        ("so với cùng kỳ năm trước", "tháng trước"), not a subject."""
        low = name.lower()
        if re.match(r"(?:cùng (?:kỳ|thời gian|thời điểm|giai đoạn)|(?:tháng|quý|năm|kỳ) "
                    r"(?:trước|ngoái|liền trước))(?!\w)", low) or _key(low) in self.lex.basis:
            return True
        if back:
            b0 = _position(items, back[0])
            if b0 > 0 and items[b0 - 1].low in ("với", "so với"):
                return True
        return False

    def _is_verb(self, name: str) -> bool:
        r = self.lex.roles.get(_key(name))
        return r is not None and "verbhead" in r

    def _resolve(self, name: str, items: list[_Item], k: int) -> str:
        """ "giá trị ngành này" → the sentence subject; "doanh thu" → "doanh thu của <subject>"."""
        if not name:
            return name
        low = name.lower()
        if _ANAPHOR.match(low):
            # "con số này ước đạt …": the figure named before
            for prev in _recent(self.entries):
                if prev.indicator and not _ANAPHOR.match(prev.indicator.lower()):
                    return prev.indicator
        if low.endswith(" này"):
            subj = self._subject(items, 0, k)
            if subj and subj.lower() not in low:
                return name[: -len(" này")] + " " + subj[0].lower() + subj[1:]
        if low in _GENERIC_HEADS:
            subj = self._subject(items, 0, k)
            # a subject that is a piece of the name itself ("Doanh" of "Doanh thu đạt …", read
            # as a subject before the verb "thu") owns nothing
            if subj and subj.lower() != low and low not in subj.lower() and not (
                    subj.lower().startswith(low)) and not subj.lower().startswith(_MEASURES) \
                    and not low.startswith(subj.lower() + " "):
                subj = re.sub(r"^(?:các|những)\s+", "", subj, flags=re.I)
                return f"{name} của {subj[0].lower() + subj[1:] if subj[:2].isupper() is False else subj}"
        return name

    def _fallback_name(self, entries: list[_Entry], para_entries: list[_Entry],
                       items: list[_Item], k: int, ns: int, unit: str) -> str:
        money = unit in _MONEY
        for prev in _recent(entries):
            if prev.indicator and (prev.unit == unit or money and prev.unit in _MONEY):
                return prev.indicator
        if unit == "point":
            ab = self._last_abbrev(items, k)
            if ab:
                return "điểm " + ab
        # the subject of the clause/sentence before the figure
        lo = 0
        for j in range(k - 1, -1, -1):
            if items[j].kind == "q":
                lo = j + 1
                break
        subj = self._subject(items, lo, k)
        if subj:
            return subj
        for prev in _recent(para_entries):
            if prev.unit == unit and prev.indicator:
                return prev.indicator
        return ""
