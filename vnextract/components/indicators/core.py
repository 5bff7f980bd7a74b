"""The indicator extractor: sentence by sentence, each quantity becomes a figure (or is attached to
the level before it), then context, bases, merging of twins and the last clean-up of names.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from ...document import Document, Indicator, Span
from ...lexicon import key as lex_key
from ...lexicon import words as words_of
from ...resolve.figure_places import company_seats
from ...resolve.figures import FigureContext
from ..numbers import NumbersComponent, Quantity
from ..period_rules import article_date_phrase
from .abbrev import AbbrevMixin
from .final_names import FinalNamesMixin
from .levels import LevelsMixin
from .markets import buy_sell, change_keeps_price_unit, rate_in_thousands, stakes, usd_price_unit
from .measures import MeasureMixin
from .model import _Clause, _Entry, _Item, _Period, _value
from .name_extend import ExtendMixin
from .naming import NamingMixin
from .ranks import RanksMixin
from .shares import SharesMixin
from .structure import StructureMixin
from .tidy import brackets, respectively, rounded_title_twins
from .twins import TwinsMixin
from .vocab import (
    _ALLOWED_UNITS,
    _AUDIENCE_EVENTS,
    _BARE_PROVINCE,
    _BENEFICIARY_AFTER,
    _CHANGE_BEFORE,
    _COUNTRY,
    _DOWN,
    _EVENT_CUE_OPEN,
    _GOODS_VERBS,
    _INSURED_WORDS,
    _MONEY,
    _NOW_OPEN,
    _OPINION_AFTER,
    _SCORE_CUE,
    _SHARE_VERB,
    _WEIGHT_BEFORE,
    _WORKER_WORDS,
    _lex,
    per_units,
)


class _Extractor(StructureMixin, NamingMixin, AbbrevMixin, LevelsMixin, SharesMixin, RanksMixin,
                 MeasureMixin, ExtendMixin, TwinsMixin, FinalNamesMixin, FigureContext):
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.norm = doc.norm
        self.lower = doc.lower
        self.lex = _lex()
        self.qs = _numbers(doc)
        self.q_starts = [q.start for q in self.qs]
        provs = sorted(doc.spans.get("provinces", []), key=lambda s: s.nstart)
        self.provs: list[Span] = provs
        self.line_starts = [0] + [m.end() for m in re.finditer(r"\n", self.norm)]
        self.sentences = self._sentences()
        self.sent_starts = [a for a, _ in self.sentences]
        self.ref = doc.date.value if doc.date else None  # the reference date
        self.periods = self._periods()
        self.period_starts = [p.start for p in self.periods]
        self.prov_starts = [p.nstart for p in self.provs]
        strong = self.ref if doc.date and doc.date.source != "text" else None
        (y, m, _), words = article_date_phrase(self.norm, strong)
        self.event_month = f"{y:04d}-{m:02d}" if y and m else None
        self._period_text: str | None = None
        self.event_text = words or (
            doc.date.text or doc.date.value.isoformat() if doc.date else None)
        self.entries: list[_Entry] = []
        self._verbal = False
        self.history = self._history()
        self.history_starts = {self.provs[i].nstart for i in self.history}
        self._attr_cache: dict[int, bool] = {}
        self._markets: dict[int, bool] = {}
        self._sent_names: dict[int, set[str | None]] = {}
        self._wide_marks: dict[int, list[int]] = {}
        self._heads: list[int] = []
        self._last_ok: list[int] | None = None
        self.semicolons = [m.start() for m in re.finditer(";", self.norm)]
        self.max_prov_len = max((p.nend - p.nstart for p in self.provs), default=0)
        self.country = [(m.start(), m.end()) for m in _COUNTRY.finditer(self.lower)]
        self.country_starts = [a for a, _ in self.country]
        self.bare_province = [m.start() for m in _BARE_PROVINCE.finditer(self.norm)]
        self.title_end = doc.headline_end
        self.never, self.local = self._scope_marks()
        self.national, self.focus, self.focus_weak = self._focus()
        self.valid = [p for p in self.periods if p.valid]
        self.valid_starts = [p.start for p in self.valid]
        self.now_marks = [(m.start(), m.end()) for m in _NOW_OPEN.finditer(self.lower)]
        self.event_marks = [(m.start(), m.end()) for m in _EVENT_CUE_OPEN.finditer(self.lower)]
        self._events: dict[int, _Period | None] = {}
        self._index_marks: dict[str, tuple[int, set[int]]] = {}
        # a company's seat in brackets ("Công ty … (Bến Tre)") owns the company's figures near
        # it but does not make the province the article's
        seats = company_seats(self.norm, self.provs)
        self.focus_starts = [p.nstart for i, p in enumerate(self.provs)
                             if self.focus and p.data.get("name") == self.focus
                             and i not in self.local and i not in self.never and i not in seats]
        if self.focus and not self.focus_starts:
            # named only as an exchange's city, a branch, a venue, a caption's place: no fallback
            self.focus, self.focus_weak = None, False

    # -- main --------------------------------------------------------------------------------
    def run(self) -> list[_Entry]:
        """Both halves: the figures of every sentence, then their links."""
        self.collect()
        return self.link()

    def collect(self) -> None:
        """The component's half: the figures of every sentence, with their names, shares and
        changes; their period, province and basis wait for :meth:`link` (the resolve stage)."""
        title_end = self.title_end
        lead_end = self._lead_end()
        prev_para_entries: dict[int, list[_Entry]] = {}
        para_basis: dict[int, str] = {}
        groups: list[tuple[list[_Entry], int, int, str | None]] = []
        for si, (ns, ne) in enumerate(self.sentences):
            para = self.para_of(ns)
            # a sentence without a quantity has no figure: its items are not needed
            has_q = bisect_left(self.q_starts, ns) < bisect_left(self.q_starts, ne)
            items = self._items(ns, ne) if has_q else []
            entries = self._sentence(si, para, ns, ne, items, prev_para_entries.get(para, []))
            # a sentence-initial "So với cùng kỳ năm trước, …" states the basis for its paragraph
            m = re.match(r"so với ([^,]+),", self.lower[ns : ns + 60])
            if m:
                b = self._basis_label(m.group(1), None)
                if b:
                    para_basis[para] = b
            for e in entries:
                e.title = ns < title_end
                e.lead = title_end <= ns < lead_end
            groups.append((entries, ns, ne, para_basis.get(para)))
            prev_para_entries.setdefault(para, []).extend(entries)
            self.entries.extend(entries)
        self._groups = groups

    def _lead_end(self) -> int:
        """The end of the lead: the short paragraph right after the headline (a scraped page's
        sapo), when more text follows; 0 when there is none."""
        paras = self.doc.paragraphs
        if not self.title_end or len(paras) < 3:
            return 0
        a, b = paras[1]
        return b if b - a <= _LEAD_MAX else 0

    def link(self) -> list[_Entry]:
        """The resolve stage's half: each figure's period and province
        (:class:`~vnextract.resolve.figures.FigureContext`), its basis, then one entry per figure
        and the last clean-up of the names."""
        self.assign_context()
        for entries, ns, ne, pb in self._groups:
            self._bases(entries, ns, ne, pb)
        out = self._merge(self.entries)
        for e in out:
            e.indicator = self._tidy(e)
        self._repair_names(out)
        return out

    def _sentence(self, si: int, para: int, ns: int, ne: int, items: list[_Item],
                  para_entries: list[_Entry]) -> list[_Entry]:
        """The figures of one sentence, in order; percentages and multiples right after a level
        are attached to it."""
        st = _Clause(si, para, ns, ne, items, para_entries,
                     people_ctx=any("people" in it.roles for it in items))
        social = bool(items) and _noneconomic().search(self.lower, ns, ne) is not None
        if items and _rule_sentence(self.lower, ns, ne):
            return st.entries  # the levels a rule sets: "mức trợ cấp 1.417.000 đồng/tháng"
        for k, it in enumerate(items):
            if it.kind != "q":
                continue
            q = self.qs[it.ref]
            if self._not_a_figure(st, k, q):
                continue
            if social and (q.kind in ("percent", "rank", "ratio") or q.unit in ("point", "%")):
                continue  # "đứng thứ 2 trên bảng xếp hạng", "80% học sinh khá giỏi"
            if q.kind == "percent" or q.kind == "range" and q.unit == "%":
                self._percent_figure(st, k, q, it.ref)
            elif q.kind == "multiple":
                self._multiple_figure(st, k, q)
            elif q.kind == "rank" or q.kind == "ratio" and q.unit is None and q.of:
                self._rank_figure(st, k, q, it.ref)
            else:
                self._level_figure(st, k, q, it.ref)
        return st.entries

    def _not_a_figure(self, st: _Clause, k: int, q: Quantity) -> bool:
        """Years, dates, labels; a number in a programme's name; gifts; "một" as an article."""
        items = st.items
        if q.kind in ("year", "date", "other", "range") and q.unit is None:
            return True
        if q.kind != "money" and self._in_programme(q.start, st.ns):
            return True  # "Đề án 1 triệu ha lúa" (but "Dự án Xi măng Hạ Long 268 tỷ đồng": a sum)
        if q.kind != "percent" and any("gift" in items[j].roles
                                       for j in range(max(0, k - 8), min(len(items), k + 3))):
            return True  # "tặng 300 suất quà, mỗi suất trị giá 1 triệu đồng": gifts
        if q.kind == "money" and q.value == 1 and re.match(r"một\s", items[k].text, re.I):
            return True  # "không muốn bỏ một đồng nào": no sum
        # "cho một doanh nghiệp xuất khẩu": an article, not a count
        return q.value == 1 and q.kind not in ("percent", "money") and re.match(
            r"một\s", items[k].text, re.I) is not None and not self._counted_one(items, k)

    # -- percentages: attach to the level before, or stand alone ------------------------------
    def _percent_figure(self, st: _Clause, k: int, q: Quantity, qi: int) -> None:
        items, ns, ne = st.items, st.ns, st.ne
        if self._people_near(items, k, st.people_ctx) or _OPINION_AFTER.match(self.lower, q.end):
            return  # "75% doanh nghiệp hài lòng": a poll share
        ref = self._compared_figure(items, k, st.entries)
        if ref is not None:
            # "cao hơn Nghệ An (8,55%) và Quảng Bình (6,1%)": the same measure elsewhere
            e = self._new(q, qi, st.si, st.para)
            e.indicator, e.growth, e.change_pos = ref.indicator, ref.growth, q.start
            e.tail = q.end
            st.entries.append(e)
            return
        before = self.norm[max(ns, q.start - 40) : q.value_start]
        cm = _CHANGE_BEFORE.search(before)
        if cm and cm.group("cmp") and "hơn" not in cm.group(0) and not q.text.startswith("hơn"):
            cm = None
        target, tlabel, tend = self._share_target(items, k)
        cue_start = (q.start - (len(before) - cm.start())) if cm else q.start
        near = self.norm[max(ns, q.start - 30) : q.start]
        sv = _SHARE_VERB.search(near)
        if sv and not cm:
            cue_start = q.start - (len(near) - sv.start())
        main = st.last_main
        respective = cm is not None and "lần lượt" in cm.group(0).lower()  # see tidy.respectively
        if main is not None and not respective and self._attachable(main, cue_start) and (
                self._attach_percent(
                main, q, cm, (target, tlabel, tend), sv, ne)):
            return
        e = self._new(q, qi, st.si, st.para)
        e.qualifier = q.qualifier if not cm else "exact"
        if cm:
            e.growth = True
            e.change_pos = q.start
            if _DOWN.match(cm.group("cue")):
                e.value = -q.value
        e.indicator = self._percent_name(items, k, bool(cm), target, st.entries,
                                         st.para_entries, ns)
        e.tail = self._after_basis(tend if target else q.end, ne)
        st.entries.append(e)

    def _attach_percent(self, main: _Entry, q: Quantity, cm: re.Match[str] | None,
                        share: tuple[bool, str | None, int], sv: re.Match[str] | None,
                        ne: int) -> bool:
        """Attach a percentage to the level ``main`` before it, as its change or its share;
        False when it is a figure of its own."""
        target, tlabel, tend = share
        if cm and not target:
            if main.change_pct is None or re.match(r"\s*(?:so với\s+)?cùng kỳ",
                                                   self.lower[q.end : q.end + 30]):
                # a second comparison of the same level: keep the one against "cùng kỳ"
                main.change_pct = (-1.0 if _DOWN.match(cm.group("cue")) else 1.0) * q.value
                main.change_pos = q.start
            main.tail = self._after_basis(q.end, ne)
            return True
        if target and main.share_pct is None and tlabel:
            main.share_pct = q.value
            main.share_of = tlabel
            main.tail = self._after_basis(tend, ne)
            return True
        if target and main.share_pct is not None and tlabel and not cm:
            # "đạt 112% dự toán Trung ương giao, 98% dự toán HĐND tỉnh giao": a second
            # target of the same figure; the first one is kept
            main.tail = self._after_basis(tend, ne)
            return True
        if not target and not cm and sv and sv.group("v").lower() == "chiếm" and (
                main.share_pct is None) and (_SHARE_END.match(self.lower, q.end, ne)
                                             or _SHARE_OF_WHOLE.match(self.lower, q.end, ne)):
            # "…đạt 209,87 tỷ USD, tăng 13,2%, chiếm 72,2%." (of the total); also "…, chiếm
            # 11,3% so với số phải thu."
            main.share_pct = q.value
            main.share_of = "total"
            main.tail = q.end
            return True
        return False

    # -- multiples: "gấp 2,2 lần cùng kỳ" -----------------------------------------------------
    def _multiple_figure(self, st: _Clause, k: int, q: Quantity) -> None:
        main = st.last_main
        if main is not None and main.change_pct is None and self._attachable(main, q.start):
            main.change_pct = round((q.value - 1.0) * 100.0, 6)
            main.change_pos = q.start
            main.tail = self._after_basis(q.end, st.ne)
        else:
            # "doanh thu … gấp 1,8 lần năm trước, đạt 9.000 tỷ đồng": for the level after
            st.pending_mult = (q, k)

    # -- rankings ---------------------------------------------------------------------------
    def _rank_figure(self, st: _Clause, k: int, q: Quantity, qi: int) -> None:
        if not self._is_rank(st.items, k, q, st.entries, st.para_entries):
            return
        e = self._new(q, qi, st.si, st.para)
        e.unit = "rank"
        e.of = q.of
        e.qualifier = "exact"
        e.indicator = self._rank_name(st.items, k, st.ns, st.ne, st.entries, st.para_entries)
        e.tail = q.end
        st.entries.append(e)

    # -- levels -----------------------------------------------------------------------------
    def _level_unit(self, st: _Clause, k: int, q: Quantity) -> str | None:
        """The unit of a level that is an indicator, else None."""
        unit = q.unit
        if unit is None and q.kind == "number":
            unit = self._unit_from_phrase(st.items, k)
            if unit is None:
                return None
        if unit not in _ALLOWED_UNITS:
            if not (unit in _GOODS_UNITS and q.value >= 10 and self._goods_verb(q.start)
                    or unit == "litre" and q.value >= _BULK_LITRES  # "4,1 tỷ lít bia"
                    or unit == "person" and ((q.unit_text or "").lower() in _WORKER_WORDS
                                             or self._insured(q.end)
                                             or self._insured_before(st.ns, q.start)
                                             or self._beneficiary(q))
                    or unit == "household" and (re.match(
                        r"\s*(?:kinh doanh|sản xuất kinh doanh)(?!\w)",
                        self.lower[q.end : q.end + 30]) or self._beneficiary(q))):
                return None  # households only as businesses ("2.725 hộ kinh doanh")
        if q.kind == "ratio" or st.people_ctx and unit == "person":
            return None
        if unit == "tonne" and _WEIGHT_BEFORE.search(self.lower, max(st.ns, q.start - 30), q.start):
            return None  # "tàu sân bay nặng 65.000 tấn": one object's weight
        if unit == "point" and not _SCORE_CUE.search(self.lower, max(st.ns, q.start - 200), q.start):
            return None  # "gồm 10 điểm vướng mặt bằng", "một trong 13 điểm trồng cam": places
        if self._demographic(st.items, k) or unit == "ha" and self._site_area(st.items, k):
            return None
        if unit in ("enterprise", "company") and self._audience(st.ns, st.ne, q.end):
            return None  # "Diễn đàn có gần 400 doanh nghiệp tham gia": those at an event
        if unit in ("visitor", "passenger") and q.value < 50 and "lượt" not in (
                q.unit_text or "").lower():
            return None  # "hai du khách người Đức": people in a story, not arrivals
        if unit == "subscriber" and q.value < 1000:
            return None  # "chủ thuê bao số 0918…": one customer, not a network's count
        return unit

    def _beneficiary(self, q: Quantity) -> bool:
        """"11.800 học sinh, sinh viên được vay vốn", "163.000 hộ trồng": people or households
        counted as the object of an economic programme or activity (ten and more)."""
        return q.value >= 10 and _BENEFICIARY_AFTER.match(
            self.lower[q.end : q.end + 50]) is not None

    def _goods_verb(self, start: int) -> bool:
        """A count of vehicles made or traded: "sản xuất 10.000 chiếc mô tô", "bán ra 6.000 xe"."""
        before = re.sub(r"(?:\s+(?:khả năng|được|khoảng|gần|hơn|trên|tới|đến|mỗi năm|đạt|là|lên"
                        r"|lên mức|ở mức|mức))+\s*$", "",
                        self.lower[max(0, start - 40) : start].rstrip())
        return before.endswith(_GOODS_VERBS)

    def _audience(self, ns: int, ne: int, end: int) -> bool:
        """"gần 400 doanh nghiệp tham gia" in a sentence about a forum or a conference: the
        firms at an event, not a count of economic activity (dev README: delegates)."""
        if not re.match(r"\s*(?:\w+\s+){0,2}?(?:đã\s+)?(?:tham gia|tham dự|tới dự|đến dự|dự)(?!\w)",
                        self.lower[end : end + 40]):
            return False
        sentence = self.lower[ns:ne]
        return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", sentence) for w in _AUDIENCE_EVENTS)

    def _insured_before(self, ns: int, start: int) -> bool:
        """"số người tham gia BHXH bắt buộc là 1.431.495 người, tham gia BHXH tự nguyện là
        23.571 người": members of an insurance scheme named before the count in its clause list."""
        before = self.lower[max(ns, start - 120) : start]
        return any(w in before for w in _INSURED_WORDS) and "người" in before + " người"

    def _insured(self, end: int) -> bool:
        """"76 triệu người tham gia BHYT": people counted as members of an insurance scheme."""
        after = self.lower[end : end + 30].lstrip()
        return after.startswith(_INSURED_WORDS)

    def _level_figure(self, st: _Clause, k: int, q: Quantity, qi: int) -> None:
        unit = self._level_unit(st, k, q)
        if unit is None:
            return
        items = st.items
        e = self._new(q, qi, st.si, st.para)
        e.unit = unit
        e.indicator = self._level_name(items, k, q, unit, st.entries, st.para_entries, st.ns)
        e.verbal = self._verbal
        if st.pending_mult is not None:
            mq, mk = st.pending_mult
            st.pending_mult = None
            if not re.search(r"[;.]", self.norm[mq.end : q.start]):
                e.change_pct = round((mq.value - 1.0) * 100.0, 6)
                e.change_pos = mq.start
                if not e.indicator:
                    e.indicator = self._name(self._np_back(items, mk - 1, self._anchor(items, mk)))
        e.tail = q.end
        st.entries.append(e)
        st.last_main = e


@lru_cache(maxsize=1)
def _noneconomic() -> re.Pattern[str]:
    """The words of a sentence about sport, schooling, health, accidents or crime."""
    words = sorted({w.lower() for w in words_of("noneconomic_cues.txt")}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)")


@lru_cache(maxsize=1)
def _rule_cues() -> re.Pattern[str]:
    """The rule words; a line "!phrase" is a longer phrase a cue must not be read in ("mức đóng"
    is a rule's contribution level, "mức đóng góp ngân sách" a firm's payment to the budget)."""
    lines = {w.lower() for w in words_of("rule_cues.txt")}
    unless = [w[1:].strip() for w in lines if w.startswith("!")]
    words = sorted((w for w in lines if not w.startswith("!")), key=len, reverse=True)

    def alt(w: str) -> str:
        tails = [u[len(w):].strip() for u in unless if u.startswith(w + " ")]
        return re.escape(w) + "".join(rf"(?!\s+{re.escape(t)}(?!\w))" for t in tails)

    return re.compile(r"(?<!\w)(?:" + "|".join(alt(w) for w in words) + r")(?!\w)")


_TAX_OR_RATE = re.compile(r"(?<!\w)(?:thuế|lãi suất)(?!\w)")


# the longest lead: a paragraph after the headline that restates the body's main figures
_LEAD_MAX = 400
# litres of output or capacity: a million and more ("610 triệu lít/năm"), not a tank or a bottle
_BULK_LITRES = 1e6
# counts that are output or trade only after a verb of making or trading ("bán được 90 triệu chiếc
# điện thoại", "mở bán 850 căn hộ", "bàn giao 300 căn nhà"); a handful ("đại lý bán được 4 chiếc
# ôtô") is one dealer's sales
_GOODS_UNITS = ("vehicle", "apartment", "phone", "house")


def _rule_sentence(lower: str, ns: int, ne: int) -> bool:
    """A sentence that states the levels a rule sets (an allowance, a pension rate, a penalty),
    unless it is about a tax or an interest rate."""
    return _rule_cues().search(lower, ns, ne) is not None and _TAX_OR_RATE.search(
        lower, ns, ne) is None


def _priced(norm: str, end: int, unit: str) -> str:
    """A money unit followed by "/kg", "/tấn", "/lượng" … is a price per unit: "VND/kg"."""
    if unit not in _MONEY:
        return unit
    pattern, table = per_units()
    m = pattern.match(norm, end)
    return f"{unit}/{table[lex_key(m.group(1))]}" if m else unit


# the end of a clause right after "chiếm X%": its share of the whole
_SHARE_END = re.compile(r"\s*(?:so với\s+(?!cùng kỳ)[^.;,()\d%]{1,30}?)?\s*(?:[.;]|$)")

# "…trên 70.000 ha, chiếm 40% diện tích trồng dừa cả nước": the share of a whole named after it
_SHARE_OF_WHOLE = re.compile(r"\s*(?:[^\W\d]+\s+){1,6}?(?:cả nước|toàn quốc|toàn tỉnh|toàn thành phố"
                             r"|toàn ngành|thế giới)(?!\w)")

_FALL_BEFORE = re.compile(r"(?<!\w)(?:giảm|hạ|sụt|sụt giảm|lùi|mất|rút ngắn|thu hẹp|cắt)"
                          r"(?:\s+(?:thêm|nhẹ|mạnh|tiếp|sốc|sâu))?"
                          r"\s+(?:(?:khoảng|gần|hơn|trên|tới|đến)\s+)?$")


def _signed(lower: str, start: int, value: float, unit: str) -> float:
    """A fall stated as the figure carries its sign ("giảm 800 đồng/kg" = -800; a percentage's
    sign is settled where its change is read)."""
    m = None if unit == "%" or value <= 0 else _FALL_BEFORE.search(lower[max(0, start - 30):start])
    if m is None:
        return value
    if m.group(0).startswith("mất") and "/" not in unit and unit != "point":
        return value  # "phương án này mất khoảng 19.700 tỷ đồng": a cost or a loss, not a fall
    return -value


def extract_indicators(doc: Document) -> list[Indicator]:
    """The indicators of ``doc`` (its provinces component should have run first): both halves,
    :func:`collect_figures` then :func:`link_figures`, in one call."""
    return link_figures(collect_figures(doc))


def collect_figures(doc: Document) -> _Extractor:
    """The indicators component's half: the figures of every sentence, not yet linked."""
    ext = _Extractor(doc)
    ext.collect()
    return ext


def link_figures(ext: _Extractor) -> list[Indicator]:
    """The resolve stage's half: period, province and basis of the collected figures, and their
    records."""
    doc = ext.doc
    entries = rounded_title_twins(ext.link())
    out: list[Indicator] = []
    sentence_of: dict[int, int] = {}
    for e in entries:
        span = doc.span(e.q.start, e.q.end)
        sentence_of[span.start] = e.sent
        unit = _priced(doc.norm, e.q.unit_end or e.q.end, e.unit)
        ind = rate_in_thousands(
            Indicator(
                indicator=e.indicator,
                value=_signed(doc.lower, e.q.start, _value(e.value, e.unit), unit),
                value_max=_value(e.q.high, e.unit) if e.q.high is not None and e.unit != "year"
                else None,
                unit=unit,
                qualifier=e.qualifier,
                change_pct=e.change_pct,
                basis=e.basis,
                share_pct=e.share_pct,
                share_of=e.share_of,
                period=e.period,
                period_text=e.period_text,
                province=e.province,
                of=e.of if e.unit == "rank" else None,
                text=span.text,
                start=span.start,
                end=span.end,
            )
        )
        out.extend(buy_sell(ind, doc.lower))
    out = change_keeps_price_unit(usd_price_unit(out, doc.lower), doc.lower, sentence_of)
    out = brackets(respectively(out, doc.lower, sentence_of), doc.lower)
    return stakes(out, doc.lower)


class IndicatorsComponent:
    """Adds ``doc.indicators`` and ``doc.spans["indicators"]`` (one span per figure, its typed
    attributes the :class:`~vnextract.document.Indicator` record)."""

    name = "indicators"
    reads = ("provinces", "numbers", "periods")
    adds = ("figures",)

    def __call__(self, doc: Document) -> Document:
        """Collects the figures; the resolve stage links them (:func:`link_pending`)."""
        doc.pending["figures"] = collect_figures(doc)
        doc.indicators = []
        doc.spans["indicators"] = []
        return doc


def link_pending(doc: Document) -> Document:
    """Links the figures the component collected on ``doc`` and sets ``doc.indicators`` and
    ``doc.spans["indicators"]`` (one span per figure, its typed attributes the
    :class:`~vnextract.document.Indicator` record). Run by :mod:`vnextract.resolve.figures`."""
    ext = doc.pending.pop("figures", None)
    if ext is None:
        return doc
    inds = link_figures(ext)
    doc.indicators = inds
    spans: list[Span] = []
    for ind in inds:
        s = Span(ind.start, ind.end, ind.text, "indicator")
        s.attrs = ind
        spans.append(s)
    doc.spans["indicators"] = spans
    return doc


def _numbers(doc: Document) -> list[Quantity]:
    """The quantities of ``doc.spans["numbers"]`` (found here when the numbers component did
    not run)."""
    if "numbers" not in doc.spans:
        NumbersComponent()(doc)
    return [s.attrs for s in doc.spans["numbers"]]
