"""The driver of the last repair of figure names (issue 13): for each finished figure in text order,
the sentence opener is dropped and an anaphor points back (``name_checks``), the measure repair of
``measures.py`` runs (``MeasureMixin._repaired``), then the round-5 checks: a dealer's quote, a sum
of money named by the noun after it, the owner checked against the POS tags, an index named by
itself, a count named with "số", and a generic name in a "từ X xuống Y" series that takes the
measure of the sentence.
"""

from __future__ import annotations

import re

from ...document import Document
from ...lexicon import key
from .measures import _GENERIC, _fitting, _has_measure, _kind, _measures, bad_name
from .model import _Entry
from .name_checks import (
    _word_class,
    anaphor,
    checked_owner,
    counted_name,
    dealer_in,
    dealer_only,
    growth_name,
    index_name,
    object_after,
    same_dealer,
    subject_org,
    subject_verb,
    without_opener,
)
from .vocab import _UNIT_GENERIC

# "41.414 tỷ đồng, chiếm 46,8%", "100.000 tấn (bằng 70% …)", "5 tỷ USD, tăng tới 123,4%"
_SHARE_AFTER = re.compile(r"^[^.;:!?]{0,40}?[,(]\s*(chiếm|bằng|tăng|giảm)(?:\s+(?:tới|đến|khoảng|gần|"
                          r"hơn|trên|thêm|xấp xỉ))*\s*$")
_BARE_RATES = ("tỷ lệ", "tỉ lệ", "tỷ trọng", "tỉ trọng")
# "giảm từ 81 triệu USD … xuống (chỉ) còn 16 triệu USD": the figures of a series
_SERIES_FROM = re.compile(r"(?<!\w)từ\s+(?:(?:mức|khoảng|gần|hơn|trên)\s+)?$")
_SERIES_TO = re.compile(r"(?<!\w)(?:xuống|lên)(?:\s+(?:chỉ|mức|còn|tới|đến|khoảng|gần|hơn|trên))*"
                        r"\s*$")


class FinalNamesMixin:
    """The driver of the name repair (see the module docstring)."""

    doc: Document
    norm: str
    sentences: list[tuple[int, int]]

    def _repaired(self, e: _Entry, before: list[_Entry]) -> str:  # MeasureMixin's
        return ""

    def _per_unit(self, e: _Entry) -> bool:  # MeasureMixin's
        return False

    def _repair_names(self, entries: list[_Entry]) -> None:
        for i, e in enumerate(entries):
            e.indicator = without_opener(e.indicator)
            pointed = self._pointed_back(e, entries[:i]) if anaphor(e.indicator) else ""
            if pointed:
                e.indicator = pointed
                continue
            try:
                name = self._repaired(e, entries[:i])
            except (IndexError, ValueError):
                continue
            if name:
                e.indicator = name
            e.indicator = self._final_name(e, entries[:i])

    def _final_name(self, e: _Entry, before: list[_Entry]) -> str:
        name = e.indicator
        if anaphor(name):
            name = self._pointed_back(e, before) or name
        p = before[-1] if before and before[-1].sent == e.sent else None
        ns = self.sentences[e.sent][0]
        if p and not _has_measure(name):
            # "tại Vietcombank 22.540-22.610 đồng/USD, giảm 25 đồng": the quote's measure
            name = dealer_only(name, p.indicator, dealer_in(self.norm[ns : e.q.start])[1],
                               _has_measure)
        if p and self._per_unit(e) and p.unit == e.unit:
            name = same_dealer(name, p.indicator)
        name = self._subject_name(e, name, ns)
        if _kind(e) == "money" and not _fitting(name, "money") and len(name.split()) <= 6:
            obj = object_after(self.doc, e.q.end)  # "phát hành 500 tỷ đồng trái phiếu"
            name = f"{obj} {name}".strip() if obj else name
        name = self._series_name(e, before, name)
        if " của " not in name and key(name) in _measures() and not name[:1].isupper():
            owner = subject_org(self.doc, ns, e.q.start)  # "Dự án A có …, nhưng lỗ 1.700 tỉ đồng"
            name = f"{name} của {owner}" if owner and key(owner) not in key(name) else name
        name = self._share_of_before(e, p, name) if p else name
        name = index_name(checked_owner(self.doc, name, ns, e.q.start))
        return counted_name(name, _UNIT_GENERIC.get(e.unit, ""))

    def _subject_name(self, e: _Entry, name: str, ns: int) -> str:
        """Round 6: a figure that is the object of a named subject's verb ("Bộ Tài chính vừa tạm
        cấp thêm 1.680 tỷ đồng tiền bồi thường", "Bến xe Minh Sơn dự kiến phục vụ 50.000 hành
        khách") is named by its measure and the relative clause, as the gold writes "cổ tức Bộ
        Công Thương thu về": a sum whose name is only that clause takes the noun after it or "số
        tiền" ("tiền bồi thường Bộ Tài chính tạm cấp thêm"); a count named by its counted noun
        takes the clause after it ("số hành khách Bến xe Minh Sơn phục vụ")."""
        subject, verb = subject_verb(self.doc, ns, e.q.start)
        if not subject:
            return name
        clause = set(key(f"{subject} {self.norm[ns : e.q.start]}").split())
        if _kind(e) == "money" and not _fitting(name, "money"):
            if not set(key(name).split()) <= clause or not set(key(name).split()) & set(
                    key(subject).split()):
                return name  # "xuất siêu" of "Đồng Nai xuất siêu": the verb is the measure
            obj = object_after(self.doc, e.q.end)
            return f"{obj or 'số tiền'} {subject} {verb}"
        words = _UNIT_GENERIC.get(e.unit, "").split()
        own = name.split()
        if own and key(own[0]) in _word_class("classifier") and len(own) > 1 and not any(
                w[:1].isupper() for w in own):  # "chiếc xe máy mỗi tháng" → "số xe máy"
            stop = next((i for i, w in enumerate(own[1:], 1) if key(w) in _word_class("each") | (
                _word_class("time")) | {"của", "trong"}), len(own))
            words, name = ["số", *own[1:stop]], " ".join(own[1:])
        if len(words) < 2 or key(words[0]) not in ("số", "lượt") or len(words) < 3 and (
                key(words[0]) == "lượt"):
            return name
        noun = key(" ".join(words[1:]))
        low = key(name)
        low = low[3:] if low.startswith("số ") else low
        if low == noun or low == f"{noun} của {key(subject)}":
            return f"số {noun} {subject} {verb}"
        if low.startswith(noun + " ") and not any(w[:1].isupper() for w in name.split()) and (
                key(verb) not in low):  # "số dự án đề nghị xây thêm …": the clause is there
            skip = len(noun.split()) + (1 if key(name).startswith("số ") else 0)
            return f"số {noun} {subject} {verb} {' '.join(name.split()[skip:])}"
        return name

    def _pointed_back(self, e: _Entry, before: list[_Entry]) -> str:
        """ "Chỉ số CPI tháng 5 tăng 0,5%. Mức này thấp hơn …, khi chỉ số này tăng 0,8%": an
        anaphor takes the name of the figure before, in the same or the previous sentence."""
        for p in reversed(before[-4:]):
            if p.sent < e.sent - 1:
                break
            if p.indicator and not anaphor(p.indicator) and not bad_name(p.indicator):
                return p.indicator
        return ""

    def _series_name(self, e: _Entry, before: list[_Entry], name: str) -> str:
        """ "Mức thu nhập … của IS giảm tới 80%, giảm từ 81 triệu USD … xuống còn 16 triệu USD":
        a generic name ("giá trị", "giá trị của IS") of a figure after "từ" or "xuống/lên" takes
        the name of the figure before in the sentence, without the growth prefix."""
        head = name.split(" của ")[0]
        left = self.norm[self.sentences[e.sent][0] : e.q.start]
        if head.lower() not in _GENERIC or not (
                _SERIES_FROM.search(left) or _SERIES_TO.search(left)):
            return name
        for p in reversed(before[-4:]):
            if p.sent != e.sent:
                break
            if p.indicator and p.indicator.split(" của ")[0].lower() not in _GENERIC and not (
                    bad_name(p.indicator)):
                return re.sub(r"^tốc độ tăng trưởng\s+", "", p.indicator)
        return name

    def _share_of_before(self, e: _Entry, p: _Entry, name: str) -> str:
        """A bare rate ("tỷ lệ") written right after the figure before ("nguồn vốn Nhà nước hỗ trợ
        41.414 tỷ đồng, chiếm 46,8%" → "tỷ lệ nguồn vốn Nhà nước hỗ trợ"; "…, tăng tới 123,4%" →
        "tốc độ tăng trưởng …") is a share or a change of that figure's measure."""
        if e.unit != "%" or name.split(" của ")[0].lower() not in _BARE_RATES or not p.indicator or (
                p.indicator.lower() in _BARE_RATES or bad_name(p.indicator)):
            return name
        m = _SHARE_AFTER.match(self.norm[p.q.end : e.q.start])
        if not m:
            return name
        if m.group(1) in ("tăng", "giảm"):
            return growth_name(p.indicator)
        return f"tỷ lệ {p.indicator[0].lower()}{p.indicator[1:]}" if not p.indicator.lower(
            ).startswith(("tỷ lệ", "tỉ lệ")) else p.indicator

