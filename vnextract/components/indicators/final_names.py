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
    place_keys,
    same_dealer,
    subject_org,
    subject_verb,
    without_opener,
)
from .vocab import _UNIT_GENERIC

# "41.414 tỷ đồng, chiếm 46,8%", "100.000 tấn (bằng 70% …)", "5 tỷ USD, tăng tới 123,4%"
_SHARE_AFTER = re.compile(r"^[^.;:!?]{0,40}?[,(]\s*(chiếm|bằng|tăng|giảm)(?:\s+(?:tỷ lệ|tỉ lệ))?"
                          r"(?:\s+(?:tới|đến|khoảng|gần|hơn|trên|thêm|xấp xỉ))*\s*$")
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

    def _extended(self, e: _Entry, before: list[_Entry], name: str) -> str:  # ExtendMixin's
        return name

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
        name = self._extended(e, before, name)
        return counted_name(name, _UNIT_GENERIC.get(e.unit, ""))

    def _subject_name(self, e: _Entry, name: str, ns: int) -> str:
        """Round 6: a figure that is the object of a named subject's verb ("Bộ Tài chính vừa tạm
        cấp thêm 1.680 tỷ đồng tiền bồi thường", "Bến xe Minh Sơn dự kiến phục vụ 50.000 hành
        khách") is named by its measure and the relative clause, as the gold writes "cổ tức Bộ
        Công Thương thu về": a sum whose name is only that clause takes the noun after it or "số
        tiền" ("tiền bồi thường Bộ Tài chính tạm cấp thêm"); a count named by its counted noun
        takes the clause after it ("số hành khách Bến xe Minh Sơn phục vụ")."""
        kind = _kind(e)
        if kind == "percent" or kind == "money" and (_fitting(name, "money") or (
                e.unit.split("/")[1] if "/" in e.unit else "") not in ("", "month", "year", "day")):
            return name  # no clause can rename it: tag no sentence for it (speed)
        if kind == "quantity" and not self._counted_noun(e, name):
            return name  # a count with no counted noun keeps its name (see _counted_clause)
        subject, verb = subject_verb(self.doc, ns, e.q.start)
        bare = re.sub(r"^(?:tỉnh|thành phố|tp\.?|huyện|quận|xã)\s+", "", key(subject))
        if not subject or bare in place_keys(self.doc) or key(subject) in place_keys(self.doc):
            return name  # a province owns nothing: its figures carry ``province``
        at = self.norm.rfind(subject, ns, e.q.start)
        clause = set(key(self.norm[at : e.q.start]).split())
        if _kind(e) == "money" and not _fitting(name, "money"):
            per = e.unit.split("/")[1] if "/" in e.unit else ""
            if per not in ("", "month", "year", "day") or key(verb) in _word_class("change"):
                return name  # "vàng SJC giảm 200.000 đồng/lượng": a quote's change, no sum
            if not set(key(name).split()) <= clause or not set(key(name).split()) & set(
                    key(subject).split()):
                return name  # "xuất siêu" of "Đồng Nai xuất siêu": the verb is the measure
            obj = object_after(self.doc, e.q.end)
            return f"{obj or 'số tiền'} {subject} {verb}"
        return self._counted_clause(e, name, subject, verb) if _kind(e) == "quantity" else name

    def _counted_noun(self, e: _Entry, name: str) -> str:
        """The counted noun a count's name starts with (key form), or "": the unit's generic
        count ("số hành khách"), a classifier's noun ("chiếc xe máy" → "xe máy") or the noun
        written right after the number ("103.528.476 cổ phiếu MPX" → "cổ phiếu mpx")."""
        own = name.split()
        low = key(name)
        low = low[3:] if low.startswith("số ") else low
        if own and key(own[0]) in _word_class("classifier") and len(own) > 1:
            stop = next((i for i, w in enumerate(own[1:], 1) if key(w) in _word_class("each") | (
                _word_class("time")) | {"của", "trong"}), len(own))
            return key(" ".join(own[1:stop]))
        words = _UNIT_GENERIC.get(e.unit, "").split()
        if len(words) >= 3 and key(words[0]) in ("số", "lượt") or len(words) == 2 and (
                key(words[0]) == "số"):
            noun = key(" ".join(words[1:]))
            return noun if low == noun or low.startswith(noun + " ") else ""
        head = low.split(" của ")[0].split()
        written = re.findall(r"\w+", key(self.norm[e.q.start : e.q.end + 40]))
        for n in range(min(len(head), 4), 0, -1):
            if any(written[i : i + n] == head[:n] for i in range(1, min(len(written), 6))):
                return " ".join(head[:n]) if words[:1] != ["sản"] else ""
        return ""

    def _counted_clause(self, e: _Entry, name: str, subject: str, verb: str) -> str:
        """A count named by its counted noun takes the subject + verb clause after the noun:
        "hành khách của Bến xe A" → "số hành khách Bến xe A phục vụ"; "cổ phiếu MPX" → "số cổ
        phiếu MPX Tập đoàn B nắm giữ"; words after the noun that are no owner stay at the end
        ("số hành khách Công ty C đáp ứng mỗi ngày")."""
        noun = self._counted_noun(e, name)
        if not noun:
            return name
        own = name.split()
        skip = len(noun.split()) + (1 if key(name).startswith("số ") or key(own[0]) in _word_class(
            "classifier") else 0)
        noun_text, rest = " ".join(own[skip - len(noun.split()) : skip]), " ".join(own[skip:])
        low_rest, subj, vb = key(rest), key(subject), key(verb)
        for cut in (f"của {subj} {vb}", f"của {subj}", vb):
            if low_rest == cut or low_rest.startswith(cut + " "):
                rest = " ".join(rest.split()[len(cut.split()) :])
                low_rest = key(rest)
        if " của " in f" {low_rest} " or vb in low_rest or any(w[:1].isupper() for w in rest.split()):
            return name  # another owner, or the clause already written in the name
        if vb == "có":  # "Tập đoàn A có 5.000 lao động": the subject owns the count
            return f"số {noun_text} {rest} của {subject}".replace("  ", " ")
        return f"số {noun_text} {subject} {verb} {rest}".strip()

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

