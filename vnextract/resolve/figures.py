"""Resolve step: a figure's period, province and owner.

The figure context is a mixin of the indicator extractor: the article's focus and national
scope, provinces named as history or as attributes, comparison lists, the period carried
across sentences and the month of a dated event. Every look-up bisects over mentions found
once per document, so a long text stays linear.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import chain

from ..components.indicators.model import (
    _compare,
    _ends_in,
    _Entry,
    _in_range,
    _isword,
    _last_in,
    _months,
    _Period,
    _same,
)
from ..components.numbers import Quantity
from ..document import Document
from ..lexicon import compiled, rows, scope_alternation
from .figure_periods import (
    applied_from,
    bracket_spans,
    continues,
    expected,
    inside_closed,
    is_event_date,
    now_told,
    own_same_after,
    own_same_period,
    plan,
    project,
    schedule,
    shift_years,
    standing,
    to_now,
)
from .figure_places import (
    DELEGATION_OPEN,
    dateline_venue,
    respective_name,
    together_groups,
    wide_scope_before,
)


def _covers(iso: str, month: str) -> bool:
    """True when period ``iso`` ("2017", "2017-06", "2017-01/2017-06") holds ``month``."""
    a, _, b = iso.partition("/")
    b = b or a
    return (a + "-01")[:7] <= month <= (b + "-12")[:7]


# a period stated before this many sentences in a row with no figure does not carry past them
_QUIET_RUN = 4

# nouns whose province is an attribute (origin, market), not the place of the figure:
# "doanh nghiệp Bình Phước", "thị trường Bình Phước", "nhà đầu tư Hà Nội"
_ATTR_NOUNS = re.compile(
    r"(?<!\w)(?:doanh nghiệp|nhà đầu tư|thị trường|thương nhân|hợp tác xã|du khách|người dân"
    r"|công ty|tập đoàn)\s*$",
    re.I,
)

# a province named in a comparison list is not the owner of later figures:
# "đứng thứ 5 sau TP.HCM, Hà Nội …", "so với hai tỉnh lân cận là Hà Nam (8,9%) và Ninh Bình";
# nor one in a list of examples ("ở nhiều địa phương như: Bắc Ninh, Nam Định") or of origins
# ("khách đến từ TP.HCM, Đồng Nai")
_COMPARE_BEFORE = re.compile(
    r"(?<!\w)(?:so với|sau|trên|hơn|như|là|gồm|vượt|kém|(?:đến|là)\s+từ)\s*:?\s+"
    r"(?:(?:các|hai|ba|tỉnh|thành phố|tp\.?)\s+)?$",
    re.I,
)

_LIST_GAP = re.compile(r"^\s*(?:\([^()]*\))?\s*(?:,|và|,\s*và)\s*$", re.I)

# an article about the whole country: its figures are national unless a province is named
_NATIONAL_SOURCE = re.compile(
    r"(?<!\w)(?:cả nước|toàn quốc|tổng cục thống kê|cục thống kê(?!\s+(?:tỉnh|thành phố|tp))"
    r"|bộ (?:tài chính|kế hoạch và đầu tư|công thương|nông nghiệp|xây dựng|giao thông vận tải"
    r"|lao động)|ngân hàng nhà nước(?! chi nhánh)|kinh tế việt nam)(?!\w)",
    re.I,
)

_NATIONAL_QUALIFIER = re.compile(
    r"(?:thứ\s*\d+(?:/\d+)?|thứ \w+|bình quân(?: chung)?(?: của)?|so với|trung bình(?: của)?"
    r"|dẫn đầu|đầu|tốp đầu|top|cao nhất|nhất|hơn)\s*$"
)

# a province named as history after a merger is not the place of a figure
_HISTORY_BEFORE = re.compile(
    r"(?<!\w)(?:sáp nhập(?:\s+(?:với|vào|từ|của|cùng))?|trước đây(?:\s+(?:là|của|thuộc))?"
    r"|trước khi sáp nhập|hợp nhất(?:\s+(?:với|từ))?)[\s,]*(?:(?:tỉnh|thành phố|tp\.?)\s+)?$",
    re.I,
)

_HISTORY_AFTER = re.compile(r"^\s*(?:\(\s*cũ\s*\)|cũ(?!\w)|trước đây|trước sáp nhập)", re.I)

# a dated event: its date is the period of the figures announced there
_EVENT_BEFORE = re.compile(
    r"(?<!\w)(?:hội nghị|lễ|diễn đàn|sự kiện|hội thảo|tọa đàm|buổi|hội chợ|triển lãm|phiên)"
    r"[^,;:.()]{0,60}$",
    re.I,
)


# a province right after a career's years is a past post: "giám đốc … tỉnh Kon Tum (1998-2000)"
_YEARS_AFTER = re.compile(r"\s*\(\s*(?:19|20)\d\d\s*[-–]\s*(?:(?:19|20)\d\d|nay)\s*\)")

_PROVINCE_WORD = r"(?:\s+(?:tỉnh|thành phố|tp\.?))?\s*$"

# words that may stand inside a bank's name between its head and the province
_NAME_WORD = r"(?:\s+(?!(?:tại|ở|của|cho|và|với|trên|từ|đến)(?!\w))[^\W\d_]+)"


@lru_cache(maxsize=1)
def _scope_patterns() -> dict[str, re.Pattern[str]]:
    """The patterns of data/figure_scope.tsv by kind (read once, through
    :func:`vnextract.lexicon.scope_alternation`, as the provinces component reads it)."""
    alt = scope_alternation

    return {
        "exchange": re.compile(rf"(?<!\w)(?:{alt('exchange')}){_PROVINCE_WORD}"),
        "org": re.compile(rf"(?<!\w)(?:{alt('org')}){_NAME_WORD}{{0,5}}(?:\s+chi nhánh)?"
                          rf"{_PROVINCE_WORD}"),
        "venue": re.compile(rf"(?<!\w)(?:{alt('venue')})(?!\w)[^,;.()]{{0,60}}?(?<!\w)(?:tại|ở)"
                            rf"{_PROVINCE_WORD}"),
        "caption": re.compile(rf"(?:{alt('caption')})"),
        "market": re.compile(rf"(?<!\w)(?:{alt('market')})(?!\w)"),
        "wide": re.compile(rf"(?<!\w)(?:{alt('region')}|{alt('national')})(?!\w)"),
        "office": re.compile(rf"(?<!\w)(?:{alt('national')})(?!\w)"),
    }

# a figure of an organisation whose name, right after it, ends in a province
# (a proper name, capitalised: "doanh nghiệp Hà Nội" is an origin, not a name)
_OWNER_NAMED = re.compile(
    r"[^,;.()%\d]{0,30}?(?<!\w)(?:của|thuộc)\s+(?:Công ty|Tổng công ty|Tổng Công ty|Tập đoàn"
    r"|Ngân hàng)(?!\w)[^,;.()%\d]{0,60}?\s(?:tỉnh\s+|thành phố\s+|[Tt][Pp]\.?\s*)?"
)

# a sentence that opens with the date of an event it tells: "Ngày 22/2 tới, HNX sẽ tổ chức đấu
# giá …" (the words before the date, then the words after it)
_DATE_OPENER = re.compile(r"(?:vào\s+)?(?:ngày\s*)?", re.I)
_EVENT_AFTER_DATE = re.compile(
    r"[^.;]{0,80}?(?<!\w)(?:tổ chức|diễn ra|khai mạc|đấu giá|ký kết|khởi công|khánh thành)(?!\w)",
    re.I)

# a company named before a figure: a head word and its capitalised name ("Công ty CP Sông Đà",
# "hãng Vinasun"), or a brand standing alone in capitals mid-sentence ("Uber", "TKV")
_CAP_RUN = r"[A-ZĐ][\w&.-]*(?:\s+[A-ZĐ][\w&.-]*){0,4}"
_BRAND = re.compile(r"(?<![\w.&-])[A-Z][A-Za-z]{1,15}(?![\w&-])")
_PLACE_HEAD = re.compile(r"(?:quận|huyện|xã|phường|thị trấn|thị xã|đường|phố|sông|cầu|khu|cảng|"
                         r"sân bay|tỉnh|thành phố|tp\.?|ông|bà|anh|chị|nước|ấp|thôn)\s+$")


@lru_cache(maxsize=1)
def _company_head() -> re.Pattern[str]:
    heads = sorted((r[0] for r in rows("figure_scope.tsv") if len(r) >= 2 and r[1] == "company"),
                   key=len, reverse=True)
    return re.compile(r"(?<!\w)(?i:" + "|".join(re.escape(h) for h in heads) + r")"
                      r"(?:\s+(?i:tnhh|cp|cổ phần|mtv|một thành viên))*\s+(" + _CAP_RUN + ")")


@lru_cache(maxsize=1)
def _not_brands() -> frozenset[str]:
    out = {r[0].lower() for r in rows("figure_scope.tsv") if len(r) >= 2 and r[1] == "notbrand"}
    out |= {a.lower() for a in _office_abbreviations()}
    out |= {r[0].lower() for r in rows("countries.txt") if r}
    return frozenset(out)


def company_names(text: str, start: int, end: int) -> list[str]:
    """The companies named in ``text[start:end]`` (see :data:`_BRAND`): a brand counts only as a
    single capitalised word between uncapitalised ones, not after a place's or person's head."""
    out = [m.group(1) for m in _company_head().finditer(text, start, end)]
    for m in _BRAND.finditer(text, start, end):
        before = text[max(start, m.start() - 20) : m.start()]
        prev = re.search(r"(\S+)\s*$", before)
        nxt = re.match(r"\s+(\S)", text[m.end() : m.end() + 3])
        if prev is None or not re.search(r"[a-zà-ỹ],?$", prev.group(1)) or (
                nxt and nxt.group(1).isupper()):
            continue  # a sentence's or a list item's first word, a part of a longer name
        w = m.group(0)
        if w.lower() in _not_brands() or _PLACE_HEAD.search(before.lower()) or (
                re.fullmatch(r"[IVXLC]+", w)):
            continue
        if not w.isupper() and len(re.findall(r"[aeiouy]+", w.lower())) < 2:
            continue  # one syllable: a Vietnamese word written without its marks
        out.append(w)
    return out


# a company's name ending in "Việt Nam": "Công ty TNHH Starflex Việt Nam"
_IN_NAME = re.compile(r"(?:Công ty|TNHH|[Cc]ổ phần|\bCP\b)[^,;.()]{0,40}?\s[A-ZĐ][\w&-]*\s+$")


# a sentence opening that states the present: "Hiện nay, …", "Hiện tại …"
_NOW_OPENER = re.compile(r"\W*(?:hiện nay|hiện tại|hiện giờ)(?!\w)", re.I)


# a date written as one ("ngày 21/4", "Sáng 8/2", "21/4/2017"), not a bare "1/3" (a fraction)
_DATE_WORD = re.compile(r"(?:ngày|hôm|sáng|chiều|tối|trưa|đêm|rạng sáng)(?!\w)|.*\d{4}", re.I)


# a figure told as of an earlier time ("trước khi thực hiện Đề án, tỷ lệ … là 33,9%") takes no
# month of the dated event the article reports
_EARLIER = re.compile(r"(?<!\w)(?:trước khi|trước đây|trước đó|hồi đó|khi đó)(?!\w)", re.I)


# a year bracketed right after a figure is its year: "19,4% (năm 2009)", "59,5% (2049)"
# a period named as the other side of a comparison: "cao hơn mức tăng 5,2% của 4 tháng đầu năm
# nay", "so với mức 6.300 USD vào năm 2016" — the figures of later sentences are not of it
_COMPARED_BEFORE = re.compile(r"(?<!\w)(?:(?:cao|thấp|nhanh|chậm|lớn|nhỏ|nhiều|ít)[ \t]+hơn|so[ \t]+với)"
                              r"(?:[ \t]+mức)?(?:[^,;:.()]|(?<=\d)[,.](?=\d)){0,40}?(?:của|vào|trong)[ \t]+$"
                              # "tăng gấp đôi năm trước", "gấp 1,5 lần năm 2015": a multiple's basis
                              r"|(?<!\w)gấp[ \t]+(?:đôi|ba|rưỡi|\d+(?:,\d+)?[ \t]+lần)(?:[ \t]+(?:so[ \t]+với|của))?"
                              r"[ \t]+$", re.I)
# a yearly rate: "300.000 tấn/năm", "2 tỷ USD mỗi năm", "… hằng năm"
_PER_YEAR_AFTER = re.compile(r"\s*(?:/\s*năm|(?:mỗi|hằng|hàng|một)\s+năm)(?!\s*(?:19|20)\d\d)(?!\w)")
# a span named as a plan's own ("kế hoạch đầu tư công trung hạn 2016 – 2020"): its figures carry it
_PLAN_NAME = re.compile(r"(?<!\w)(?:kế hoạch|trung hạn)[^.;,]{0,40}$")
# a plan's year heading a clause: "Kế hoạch năm 2017, …", "Theo kế hoạch năm 2017, …"
_PLAN_HEADING = re.compile(r"(?:^|[,;:.(]\s*)(?:theo\s+)?kế hoạch(?:\s+kinh doanh)?\s+(?:năm\s+)?$")
# a standing count right before a figure: "tỉnh có 138 dự án", "có tổng cộng 40 doanh nghiệp", and
# the capital told with it: "… 138 dự án FDI với tổng vốn đăng ký 5 tỷ USD"
_STOCK_BEFORE = re.compile(
    r"(?<!\w)có(?:\s+(?:tổng cộng|tất cả|tổng số|khoảng|hơn|gần|trên|tới|đến|chừng))*\s*$"
    r"|(?<!\w)có(?:\s+[^\s\d]+){0,3}\s+[\d.,]+\s+[^\d]{1,40}?với tổng (?:số )?vốn(?: đăng ký| đầu tư)?"
    r"(?:\s+(?:là|khoảng|hơn|gần|trên|đạt))*\s*$")
# words right after a count that make it the happening itself: "12 dự án được trao giấy chứng nhận"
_HAPPENING_AFTER = re.compile(r"[^,;:.]{0,40}?(?<!\w)(?:được|vừa|mới|đã được)(?!\w)")
_YEAR_IN_BRACKET = re.compile(r"[ \t]*\([ \t]*((?:năm[ \t]+)?((?:19|20)\d\d))[ \t]*\)", re.I)


def _near(a: float, b: float) -> bool:
    """A headline's rounded figure and the body's: within 5% of each other."""
    return abs(a - b) <= 0.05 * max(abs(a), abs(b)) and a * b > 0


class _PeriodLinks:
    """The period of each figure (the period half of FigureContext)."""

    _figure_sents: set[int] | None = None
    _earlier: tuple[list[int], list[int]] | None = None

    def _earlier_between(self, a: int, b: int) -> bool:
        """An "earlier time" phrase (``_EARLIER``) lies wholly in ``[a, b)``: the phrases are found
        once per document and looked up by bisection, so a long sentence with many figures costs
        no rescans."""
        if self._earlier is None:
            found = [(m.start(), m.end()) for m in _EARLIER.finditer(self.norm)]
            self._earlier = ([s for s, _ in found], [e for _, e in found])
        starts, ends = self._earlier
        i = bisect_left(starts, a)
        return i < len(starts) and ends[i] <= b

    def _lead_period(self) -> _Period | None:
        """The first period the lead (the first sentence after the headline) states."""
        te = self.title_end
        a, b = next(((a, b) for a, b in self.sentences if a >= te and b - a > 20), (te, te))
        i = bisect_left(self.valid_starts, a)
        return self.valid[i] if i < len(self.valid) and self.valid[i].start < b else None

    def _chose(self, p: _Period | None) -> str:
        """The ISO value of the period chosen for a figure (None: the event month); its words go
        to ``_period_text``."""
        self._period_text = p.text if p is not None else self.event_text
        return p.iso if p is not None else self.event_month or ""

    def _period_for(self, e: _Entry) -> str | None:
        q = e.q
        ns, ne = self.sentences[e.sent]
        restated = self._bracket_of_period(ns, q.start)
        if restated is not None:
            return self._chose(restated)  # "đạt 53% kế hoạch năm 2017 (3.550 tỷ đồng)"
        m = _YEAR_IN_BRACKET.match(self.norm, q.end)
        if m is not None:  # "tăng từ 19,4% (năm 2009) lên 59,5% (2049)"
            self._period_text = m.group(1)
            return m.group(2)
        after = self._period_after(q, ns, ne)
        if after is not None:
            return self._chose(after)
        applied = self._applied_date(q, ns, ne)
        if applied is not None:
            return self._chose(applied)[:7]  # "giá mới 17.000 đồng, áp dụng từ ngày 1/1/2017"
        if (_ends_in(self.now_marks, self.lower, ns, q.start)
                or now_told(self.norm[max(ns, q.start - 200) : q.start])) and not _in_range(
                self.valid_starts, ns, q.start):
            # "hiện nay", "lũy kế": a standing level, not a period's figure — unless the article
            # states a cut-off as recent as the reference date ("đến ngày 30/6/2017, …")
            cut = self._recent_cutoff(q.start)
            return self._chose(cut) if cut is not None else None
        if self._breakdown_of_now(e.sent, ns, q.start):
            # "Đến nay, tỉnh đã thu hút 85 dự án. Trong đó, có 43 dự án …": the breakdown of a
            # standing level told "now" is standing too
            cut = self._recent_cutoff(q.start)
            return self._chose(cut) if cut is not None else None
        if e.title:
            i = bisect_left(self.valid_starts, ns)
            ok = i < len(self.valid) and self.valid[i].start < ne
            return self._chose(self.valid[i]) if ok else None
        target = self._target_before(ns, q.start)
        if target is not None:
            return self._chose(target)  # "Đến năm 2025, xuất khẩu tôm đạt 10 tỷ USD"
        planned = plan(re.split(r"[,;:]", self.norm[max(ns, q.start - 60) : q.start])[-1])
        # "sản lượng 300.000 tấn/năm", "2 tỷ USD mỗi năm": a yearly rate is no figure of the month
        # of the meeting where it was told
        per_year = _PER_YEAR_AFTER.match(self.lower, q.end) is not None
        event = None if planned or per_year else self._event_period(e.sent)
        if (event is not None or self.event_month and _ends_in(self.event_marks, self.lower, ns,
                                                                q.start)) and self._stock_told(e):
            # "Tại hội nghị sáng 8/6, Sở cho biết tỉnh có 138 dự án FDI với tổng vốn 5 tỷ USD": a
            # stock told at a dated meeting is no figure of the meeting's month
            return None
        if event is not None and not self._own_after(event.end, q.start):
            # "Tại diễn đàn chiều 8/6, …: năm 2018 tiết kiệm chi 1%": a period told after the
            # event's date, before the figure, is the figure's own
            return self._chose(event)[:7]
        dated = self._dated_before(ns, q.start)
        if dated is None and e.sent > 0 and continues(self.norm[ns : ns + 20]):
            # "Ngày 23/6, 2.500 công nhân nghỉ việc. Lý do là … 7%": the sentence goes on
            # telling the dated happening of the one before it
            ps, pe = self.sentences[e.sent - 1]
            if not _in_range(self.valid_starts, ps, q.start):
                dated = self._dated_before(ps, pe)
        if dated is not None:
            return self._chose(dated)
        i = bisect_left(self.valid_starts, q.start) - 1
        while i >= 0 and (inside_closed(self._brackets, self.valid[i].start, q.start)
                          or self.valid[i].start < ns and self._compared_period(self.valid[i])):
            i -= 1  # "(là nguồn thu chính năm 2015 với 572 tỷ)": it does not carry past ")"
        latest = self.valid[i] if i >= 0 else None
        earlier = self._earlier_between(ns, q.start)
        if (latest is None or latest.start < ns) and self.event_month and not (
                planned or earlier or per_year):
            if _ends_in(self.event_marks, self.lower, ns, q.start):
                return self._chose(None)
            # "Tại hội nghị, … cho 14 dự án. Trong đó, 11 dự án …": the event told of last, after
            # the latest period, still dates the figures of its paragraph
            cue = _last_in(self.event_marks, self.lower, self.line_starts[e.para], ns)
            if cue >= 0 and (latest is None or cue > latest.start):
                return self._chose(None)
        if latest is not None and latest.start < ns and not self._carries(latest, ns, ne, q, planned):
            return None
        if latest is not None and latest.start >= ns and self._scheduled_cost(latest, q.start):
            return None  # "thực hiện từ tháng 11/2008 tới tháng 11/2013, với tổng mức đầu tư …"
        return self._chose(latest) if latest else None

    def _carries(self, latest: _Period, ns: int, ne: int, q: Quantity, planned: bool) -> bool:
        """False when the period ``latest``, stated in an earlier sentence, does not carry to the
        figure ``q`` of sentence ``[ns, ne)``."""
        if latest.kind in ("since", "point"):
            # "Từ 2011 đến nay, …" (a running total), "vào cuối tháng 6/2016" (a happening's
            # time): they date the figures of their own sentence only
            return False
        if self._now_opened(latest.end, ns):
            return False  # "Hiện nay, VN có 4 hãng … Trong đó, … 70%": "now" was stated after it
        day = self._day_before(ns, q.start)
        if day is not None and not _covers(latest.iso, day.iso[:7]):
            # "… tăng 220.000 trong tháng trước. Ở phiên cuối tuần (7/7), giá vàng …": the
            # sentence states its own, different time
            return False
        if self._quiet_run(latest.start, ns) >= _QUIET_RUN and not continues(self.norm[ns : ns + 20]):
            # a run of sentences with no figure lies between: the story has moved on to another
            # topic (a quote, a history, another person), whose figures are not of that period
            return False
        around = self.norm[max(ns, q.start - 120) : min(ne, q.end + 40)]
        if standing(around) or to_now(around):
            # "thuế suất 10%", "đang sở hữu 70% vốn": a rule or a standing level; "trong 3 năm
            # gần đây": a length of years up to now
            return False
        near = self.norm[max(ns, q.start - 60) : q.start]
        if project(near):
            # "Dự án có tổng mức đầu tư 4.000 tỷ đồng, công suất 20.000 hành khách/ngày": a
            # project's cost or a capacity has no period of its own
            return False
        if (planned or expected(re.split(r"[,;:]", near)[-1])) and not (
                latest.kind == "year" and self.ref is not None and latest.iso == f"{self.ref.year:04d}"):
            # "phấn đấu đạt", "dự kiến thu về": a target or an expected value takes a carried
            # period only when that is this year (the plan year)
            return False
        # "… đưa vào khai thác quý 2/2018. Việt Nam cũng vay 1,2 tỷ Nhân dân tệ": a period
        # still to come is a plan's; it does not carry to the figures told after it — nor does a
        # span of years still running ("dự án đầu tư 567 tỷ đồng trong giai đoạn 2014-2024. Dự
        # kiến … có tổng thu khoảng 10 tỷ đồng")
        return not (self._future(latest) or latest.kind == "years" and self._runs_on(latest)
                    and not _PLAN_NAME.search(self.lower, max(0, latest.start - 50), latest.start))

    def _plan_heading(self, ns: int, p: _Period) -> bool:
        """True when year ``p`` heads its clause as a plan's year: "Kế hoạch năm 2017, công ty đặt
        mục tiêu doanh thu 500 tỷ đồng" (not "đạt 53% kế hoạch năm 2017", a share's basis)."""
        head = self.lower[max(ns, p.start - 40) : p.start]
        if p.start - ns > 40:
            head = "…" + head  # not the sentence's start
        return _PLAN_HEADING.search(head) is not None and (
            self.norm[p.end : p.end + 3].lstrip().startswith(","))

    def _stock_told(self, e: _Entry) -> bool:
        """True when figure ``e`` is a standing count or its capital ("tỉnh có 138 dự án", "… với
        tổng vốn đăng ký 5 tỷ USD" after it), told with no period of its own in its sentence and
        not as the happening ("có 12 dự án được trao giấy chứng nhận")."""
        ns, _ = self.sentences[e.sent]
        q = e.q
        event = self._event_period(e.sent)
        told = range(bisect_left(self.period_starts, ns), bisect_left(self.period_starts, q.start))
        if any(self.periods[i] is not event for i in told) or _HAPPENING_AFTER.match(self.lower,
                                                                                  q.end):
            return False  # "riêng 2017 ta tiết kiệm chi 1% thôi là có trên 10.000 tỉ"
        clause = re.split(r"[,;:]", self.lower[max(ns, q.start - 120) : q.start])[-1]
        return _STOCK_BEFORE.search(clause) is not None

    def _breakdown_of_now(self, si: int, ns: int, qs: int) -> bool:
        """True when sentence ``si`` opens with "Trong đó"/"Cụ thể" (it goes on with the sentence
        before), names no time before the figure, and the sentence before told a level "now"
        ("đến nay", "hiện có") and named no time."""
        if si == 0 or not continues(self.norm[ns : ns + 20]) or _in_range(self.period_starts, ns, qs):
            return False
        ps, pe = self.sentences[si - 1]
        return _ends_in(self.now_marks, self.lower, ps, pe) and not _in_range(self.period_starts, ps, pe)

    def _compared_period(self, p: _Period) -> bool:
        """True when period ``p`` is named as the other side of a comparison ("thấp hơn mức tăng
        7,4% của cùng kỳ năm 2016", "so với mức 6.300 USD vào năm 2016"): it dates the compared
        value, not the passage, so it does not carry to later sentences."""
        return _COMPARED_BEFORE.search(self.norm, max(0, p.start - 70), p.start) is not None

    def _scheduled_cost(self, p: _Period, qs: int) -> bool:
        """True when the figure at ``qs`` is a project's cost or capacity and period ``p`` of its
        sentence is the project's schedule, not a period the figure is of."""
        if not project(self.norm[max(0, qs - 60) : qs]):
            return False
        return schedule(self.norm[max(0, p.start - 30) : p.start])

    def _day_before(self, ns: int, qs: int) -> _Period | None:
        """The first day date of sentence ``[ns, …)`` told before position ``qs``."""
        for p in self.periods[bisect_left(self.period_starts, ns):]:
            if p.start >= qs:
                return None
            if p.kind == "date" and len(p.iso or "") >= 7 and p.iso[:4].isdigit():
                return p
        return None

    def _quiet_run(self, a: int, b: int) -> int:
        """The longest run of sentences holding no figure after the one of position ``a`` and
        before the one starting at ``b``."""
        if self._figure_sents is None:
            self._figure_sents = {e.sent for e in self.entries}
        run = best = 0
        for i in range(bisect_right(self.sent_starts, a), bisect_left(self.sent_starts, b)):
            run = 0 if i in self._figure_sents else run + 1
            best = max(best, run)
        return best

    def _runs_on(self, p: _Period) -> bool:
        """True when period ``p`` ends after the reference month (a plan's span of years)."""
        if self.ref is None or not p.iso[-7:-3].isdigit():
            return False
        end = p.iso.split("/")[-1]
        y, mo = int(end[:4]), int(end[5:7]) if len(end) >= 7 else 12
        return (y, mo) > (self.ref.year, self.ref.month)

    def _future(self, p: _Period) -> bool:
        """True when period ``p`` starts after the reference month (a plan's period)."""
        if self.ref is None or not p.iso[:4].isdigit():
            return False
        start = p.iso.split("/")[0]
        y, mo = int(start[:4]), int(start[5:7]) if len(start) >= 7 else 1
        return (y, mo) > (self.ref.year, self.ref.month)

    def _bracket_of_period(self, ns: int, qs: int) -> _Period | None:
        """The year or period written right before a bracket the figure opens: "kế hoạch năm
        2017 (3.550 tỷ đồng)", "so với năm 2016 (500 tỷ đồng)" — the value of that period."""
        m = re.search(r"\(\s*(?:khoảng|gần|hơn|trên|dưới|đạt|là)?\s*$", self.norm[max(ns, qs - 16) : qs])
        if m is None:
            return None
        paren = max(ns, qs - 16) + m.start()
        i = bisect_left(self.period_starts, paren) - 1
        p = self.periods[i] if i >= 0 else None
        if p is None or p.start < ns or self.norm[p.end : paren].strip():
            return None
        return p if p.kind in ("year", "quarter", "month", "half", "months_to_date", "ytd") else None

    def _target_before(self, ns: int, qs: int) -> _Period | None:
        """The plan year told last before the figure in its sentence ("Đến năm 2025, …", "mục
        tiêu đến năm 2020, …", "trước năm 2025"), a year not yet past; None when another period
        lies between it and the figure."""
        i = bisect_left(self.period_starts, qs) - 1
        p = self.periods[i] if i >= 0 else None
        if p is None or p.start < ns or self.ref is None or not p.iso[:4].isdigit():
            return None
        before = self.lower[max(ns, p.start - 12) : p.start]
        deadline = p.kind == "target" or p.kind == "year" and (re.search(
            r"(?<!\w)(?:trước|đến|tới)\s+(?:năm\s+)?$", before) or self._plan_heading(ns, p))
        # "… đến cuối năm 2016 đã tăng lên 27 triệu đồng": a past year's end is the level's year
        past_end = p.kind == "target" and re.search(r"(?<!\w)(?:cuối|hết)(?!\w)", p.text.lower())
        if not deadline or int(p.iso[:4]) < self.ref.year and not past_end or re.search(
                r"so với\s*$", before):
            return None
        return p

    def _now_opened(self, a: int, b: int) -> bool:
        """True when a sentence opening with "Hiện nay," / "Hiện tại," lies between ``a`` (the
        end of the latest period) and ``b``: the passage after it tells the present."""
        lo, hi = bisect_right(self.sent_starts, a), bisect_left(self.sent_starts, b)
        return any(_NOW_OPENER.match(self.norm, self.sent_starts[i]) for i in range(lo, hi))

    def _own_after(self, a: int, b: int) -> bool:
        """True when a period between ``a`` (an event's date) and ``b`` (the figure) is the
        figure's own: not one naming the event ("Đại hội cổ đông niên độ 2016")."""
        for i in range(bisect_left(self.valid_starts, a), bisect_left(self.valid_starts, b)):
            s = self.valid[i].start
            clause = re.split(r"[,;:]", self.norm[a:s])[-1]
            if not _EVENT_BEFORE.search(clause) and not re.search(r"(?<!\w)đại hội(?!\w)",
                                                                  clause, re.I):
                return True
        return False

    def _implied_by_basis(self, e: _Entry) -> tuple[str, str] | None:
        """A figure that carries a period from an earlier sentence but is compared "so với quý
        IV/2015" is the same period a year later (quý IV/2016) when the carried one does not
        fit that comparison."""
        ns, ne = self.sentences[e.sent]
        if _in_range(self.valid_starts, ns, ne):
            return None  # the sentence states its own period
        for i in range(bisect_left(self.period_starts, e.q.end), bisect_left(self.period_starts, ne)):
            p = self.periods[i]
            if p.kind not in ("quarter", "month", "half", "months_to_date") or not re.search(
                    r"so với\s*$", self.lower[max(0, p.start - 10) : p.start]):
                continue
            implied = shift_years(p.iso, 1)
            if _compare(e.period or "", p.iso) == "same period last year" and (
                    _months(e.period or "") == _months(implied)):
                return None
            return implied, p.text
        return None

    def _recent_cutoff(self, pos: int) -> _Period | None:
        """The latest period before ``pos`` when it is a year to date ending in the reference
        month or the month before it (its cut-off is "now")."""
        i = bisect_left(self.valid_starts, pos) - 1
        p = self.valid[i] if i >= 0 else None
        if p is None or p.kind != "ytd" or self.ref is None:
            return None
        end = int(p.iso[-7:-3]) * 12 + int(p.iso[-2:])
        return p if 0 <= self.ref.year * 12 + self.ref.month - end <= 1 else None

    def _dated_before(self, ns: int, qs: int) -> _Period | None:
        """A date told before the figure in its sentence, after any period it states: the
        figure is tied to that dated happening ("niêm yết ngày 21/4/2017 với giá 43.200 đồng").
        Not a sentence's opening dateline ("Chiều 17/6, …"), not a start or a deadline."""
        i = bisect_left(self.period_starts, qs) - 1
        while i >= 0 and self.periods[i].start >= ns:
            p = self.periods[i]
            if p.valid:
                return None
            if p.kind == "date" and _DATE_WORD.match(p.text) and is_event_date(
                    self.norm, ns, p.start):
                return p
            i -= 1
        return None

    def _applied_date(self, q: Quantity, ns: int, ne: int) -> _Period | None:
        """The day a price, fee or rate told in the figure's clause takes effect ("mức thuế 90%,
        áp dụng từ ngày 1/7/2016"; "Từ ngày 1/1/2017, áp dụng mức phí 15.000 đồng" is a start
        before it), when no other figure lies between and the clause goes on to it."""
        a, b = max(ns, q.start - 120), min(ne, q.end + 80)
        for i in range(bisect_left(self.period_starts, a), bisect_left(self.period_starts, b)):
            p = self.periods[i]
            if p.kind != "date" or len(p.iso or "") < 7 or not p.iso[:4].isdigit():
                continue
            if not applied_from(self.lower[max(0, p.start - 30) : p.start]):
                continue
            lo, hi = (q.end, p.start) if p.start >= q.end else (p.end, q.start)
            if ";" in self.norm[lo:hi] or bisect_left(self.q_starts, hi) - bisect_left(
                    self.q_starts, lo) > 0:
                continue
            return p
        return None

    def _period_after(self, q: Quantity, ns: int, ne: int) -> _Period | None:
        """A period right after the figure in the same clause: "8,4% ở quý I", "… vốn năm
        2025"."""
        i = bisect_left(self.period_starts, q.end)
        if i >= len(self.periods):
            return None
        p = self.periods[i]
        dated = p.kind == "date" and re.search(r"(?<!\w)(?:vào|trong)\s+(?:ngày\s+)?$",
                                               self.lower[max(0, p.start - 12) : p.start]) or (
            # "giảm xuống dưới 100.000 đồng/kg từ tháng 4/2017": the level since that month
            # ("cao nhất từ tháng 7/2015" is a record's reference point)
            p.kind == "month" and re.search(r"(?<!\w)(?:kể\s+)?từ\s+$",
                                            self.lower[max(0, p.start - 8) : p.start])
            and not re.search(r"nhất|kỷ lục|chưa từng", self.lower[q.end : p.start])) or (
            # "tăng so với con số 314 tỷ đồng hồi quý 1/2016": the compared value's own period
            p.kind in ("quarter", "half", "year", "months_to_date") and re.search(
                r"(?<!\w)hồi\s+$", self.lower[max(0, p.start - 6) : p.start]))
        if p.start >= ne or p.start - q.end > 45 or not (p.valid or dated):
            return None
        if re.search(r"(?<!\w)(?:và|còn)\s*$", self.lower[q.end : p.start]):
            comma = max(self.norm.rfind(c, ns, q.start) for c in ",;:(")
            if _in_range(self.valid_starts, max(ns, comma + 1), q.start):
                return None  # "năm 2010 ở mức 50% và năm 2015 …": the next item's period
        if re.search(r"[,;:.()]", self.norm[q.end : p.start]):
            return None
        for j in range(bisect_left(self.q_starts, q.end), bisect_left(self.q_starts, p.start)):
            if self.qs[j].kind not in ("year", "date"):
                return None
        return p

    def _event_period(self, si: int) -> _Period | None:
        """The month of a dated event of sentence ``si`` ("tại hội nghị … ngày 15/8"), unless the
        sentence states a reporting period ("6 tháng đầu năm"). Computed once per sentence."""
        if si in self._events:
            return self._events[si]
        ns, ne = self.sentences[si]
        lo, hi = bisect_left(self.period_starts, ns), bisect_left(self.period_starts, ne)
        reporting = [i for i in range(lo, hi)
                     if self.periods[i].valid and self.periods[i].kind != "year"]
        if len(reporting) > 1 or reporting and reporting[0] != lo:
            cands: range = range(0)
        else:
            cands = range(lo, lo + 1) if reporting else range(lo, hi)
        out = None
        for i in cands:
            p = self.periods[i]
            if p.kind in ("date", "month") and (_EVENT_BEFORE.search(
                    self.norm[max(ns, p.start - 70) : p.start]) or _DATE_OPENER.fullmatch(
                    self.norm, ns, p.start) and _EVENT_AFTER_DATE.match(self.norm, p.end, ne)):
                out = p
                break
        self._events[si] = out
        return out



# a project placed in a province: "dự án BOT QL1 qua Khánh Hòa", "nhà máy … tại tỉnh Hà Tĩnh"
_PROJECT_AT = re.compile(
    r"(?<!\w)(?:dự án|công trình|nhà máy|tuyến đường|trạm thu phí)(?!\w)[^.;,()]{0,50}?"
    r"(?<!\w)(?:qua|tại|ở|thuộc|trên địa bàn)\s+(?:(?:tỉnh|thành phố|tp\.?)\s+)?$")

# a company's capitalised short name right before a province: "TTC Tây Ninh"
_BRACKET_CLOSE = re.compile(r"\s*\)")
# the world market named between a province and a figure: the figure is no longer the province's
_WORLD = re.compile(r"(?<!\w)thế giới(?!\w)")

_PLACE_AFTER_GAP = re.compile(r"[^,;.()%\d]*?(?:tại|ở|trên địa bàn)\s+(?:tỉnh\s+|thành phố\s+)?")
_CODE_BEFORE = re.compile(r"(?<![\w.&-])([A-ZĐ]{2,6})\s+$")


@lru_cache(maxsize=1)
def _office_abbreviations() -> frozenset[str]:
    return frozenset(r[0] for r in rows("abbreviations.tsv") if r)


_INVESTED = re.compile(r"(?<!\w)(?:đầu tư|vốn|fdi)(?!\w)")


@lru_cache(maxsize=1)
def _foreign_subject() -> re.Pattern[str]:
    """A sentence whose subject is a foreign country: it opens (after a short opener such as "Năm
    2016," or "Trong khi đó,") with the country's name and a lower-case word."""
    names = sorted((r[0] for r in rows("countries.txt") if r and r[0] != "Việt Nam"), key=len,
                   reverse=True)
    alts = "|".join(re.escape(n) for n in names)
    return re.compile(rf"\s*(?:[^,.;:()\n]{{1,25}},\s*)?(?:{alts})\s+(?!là(?!\w))(?=[a-zđà-ỹ])")


# the capital named for the country: "theo giờ Hà Nội", "giữa Moskva và Hà Nội", "giữa Hà Nội
# và Washington" (a capital word, not a province, on the other side)
_CAPITAL_BEFORE = re.compile(r"(?:(?<!\w)giờ|(?<!\w)giữa\s+(?:[A-ZĐ][\w-]*\s+){1,3}và)\s*$")
_CAPITAL_BETWEEN = re.compile(r"(?<!\w)giữa\s*$")
_CAPITAL_AFTER = re.compile(r"\s+và\s+[A-ZĐ]")


class FigureContext(_PeriodLinks):
    """Period, province and owner of each figure (mixin of the extractor)."""

    def _history(self) -> set[int]:
        """Province mentions named as history after a merger ("tỉnh Kiên Giang (cũ)")."""
        out: set[int] = set()
        low = self.lower
        for i, s in enumerate(self.provs):
            if _HISTORY_BEFORE.search(low[max(0, s.nstart - 30) : s.nstart]) or (
                    _HISTORY_AFTER.match(low[s.nend : s.nend + 20])):
                out.add(i)
        return out

    def _scope_marks(self) -> tuple[set[int], set[int]]:
        """(never, local): province mentions that never own a figure (a stock exchange's city, a
        person's delegation in brackets),
        and those that own only the figures of their own sentence (a bank's or branch's
        province, an event's venue, a photo caption's place, a past post with its years)."""
        pats = _scope_patterns()
        low = self.lower
        never: set[int] = set()
        local: set[int] = set()
        captions: dict[int, bool] = {}
        name_ends = {s.nend for s in self.doc.spans.get("names", [])}
        for i, s in enumerate(self.provs):
            before = low[max(0, s.nstart - 90) : s.nstart]
            if pats["exchange"].search(before[-40:]) or self._after_name(s.nstart, s.nend,
                                                                          name_ends) or (
                    self._capital_for_country(i)):
                never.add(i)
                continue
            si = bisect_right(self.sent_starts, s.nstart) - 1
            if si not in captions:
                ns, ne = self.sentences[si] if si >= 0 else (0, 0)
                # the credit may close the caption or stand as a sentence right after it
                captions[si] = pats["caption"].search(low, ns, min(len(low), ne + 12)) is not None
            if captions[si] or pats["org"].search(before) or pats["venue"].search(before) or (
                    _YEARS_AFTER.match(low, s.nend)) or self._company_code_before(s.nstart) or (
                    si >= 0 and dateline_venue(low, self.sentences[si][0], s.nstart)):
                local.add(i)
        return never, local

    def _company_code_before(self, start: int) -> bool:
        """A province right after a company's capitalised short name ("TTC Tây Ninh", "PVI Hà
        Nội") names the company, not the place of later figures; office abbreviations ("UBND
        Hà Nội", "KCN …") do not count."""
        m = _CODE_BEFORE.search(self.norm, max(0, start - 12), start)
        return m is not None and m.group(1) not in _office_abbreviations()

    def _capital_for_country(self, i: int) -> bool:
        """Hà Nội named for the country beside a foreign capital, or for its time zone."""
        s = self.provs[i]
        if s.data.get("name") != "Hà Nội":
            return False
        before = self.norm[max(0, s.nstart - 40) : s.nstart]
        if _CAPITAL_BEFORE.search(before):
            # the other side must be no province: "giữa Hà Nam và Hà Nội" is two provinces
            return not (i > 0 and s.nstart - self.provs[i - 1].nend < 8)
        nxt = self.provs[i + 1].nstart if i + 1 < len(self.provs) else -1
        m = _CAPITAL_AFTER.match(self.norm, s.nend)
        return bool(_CAPITAL_BETWEEN.search(before) and m and m.end() - 1 != nxt)

    def _after_name(self, start: int, end: int, name_ends: set[int]) -> bool:
        """A province in brackets right after a person's name is the person's (a deputy's
        delegation, a hometown): "ĐB Trần Văn A (TP.HCM)"."""
        m = DELEGATION_OPEN.search(self.lower, max(0, start - 40), start)
        if m is None or not _BRACKET_CLOSE.match(self.lower[end : end + 3]):
            return False
        return m.end(1) in name_ends

    def _focus(self) -> tuple[bool, str | None, bool]:
        """(national article, fallback province, fallback only where named in the paragraph).

        The focus province is the fallback only when the article is about it: it is in the title
        or the lead (and the lead is not a national report). A national article (title or lead
        about "cả nước", the statistics office, a ministry) has no fallback."""
        focus = self.doc.focus_province
        te = self.title_end
        lead = next(((a, b) for a, b in self.sentences if a >= te and b - a > 20), (te, te))
        names = [(s.nstart, s.data.get("name")) for i, s in enumerate(self.provs)
                 if i not in self.history and i not in self.never]
        in_lead = [(p, n) for p, n in names if lead[0] <= p < lead[1]]
        national_at = -1
        wide = _scope_patterns()["wide"]
        for a, b in ((0, te), lead):
            for m in chain(_NATIONAL_SOURCE.finditer(self.lower, a, b), wide.finditer(
                    self.lower, a, b)):
                pre = self.lower[max(a, m.start() - 25) : m.start()]
                if not _NATIONAL_QUALIFIER.search(pre):  # "đứng thứ 2 cả nước": a rank
                    national_at = m.start()
                    break
            if national_at >= 0:
                break
        if focus is None:
            return national_at >= 0, None, False
        if any(p < te and n == focus for p, n in names):
            return False, focus, False
        if in_lead and in_lead[0][1] == focus and (national_at < 0 or in_lead[0][0] < national_at):
            return False, focus, False  # the province is the subject of the lead
        if te and _scope_patterns()["market"].search(self.lower, 0, te):
            return True, None, False  # a stock-market column: its companies' and market's figures
        if national_at >= 0:
            if self._project_of_focus(national_at, focus):
                return False, focus, False
            return True, None, False
        return False, focus, True

    def _project_of_focus(self, at: int, focus: str) -> bool:
        """A national office's report (an audit) on one project of the focus province: "Kiểm toán
        Nhà nước vừa có kết luận về dự án BOT QL1 qua Khánh Hòa": the figures are the project's."""
        if not _scope_patterns()["office"].match(self.lower, at):
            return False
        te = self.title_end
        end = next((b for a, b in self.doc.paragraphs if a >= te and b - a > 20), te)
        end = next((b for a, b in self.doc.paragraphs if a > end), end)  # lead and next paragraph
        for s in self.provs:
            if te <= s.nstart < end and s.data.get("name") == focus and _PROJECT_AT.search(
                    self.lower[max(te, s.nstart - 70) : s.nstart]):
                return True
        return False

    def _attributive(self, pos: int) -> bool:
        """A province at ``pos`` that qualifies a noun before it ("doanh nghiệp Bình Phước …
        tại Đắk Nông"): only when its sentence names another province for the figure."""
        got = self._attr_cache.get(pos)
        if got is None:
            got = self._attr_cache[pos] = self._attributive_at(pos)
        return got

    def _attributive_at(self, pos: int) -> bool:
        if _ATTR_NOUNS.search(self.lower[max(0, pos - 20) : pos]) is None:
            return False
        i = bisect_right(self.sent_starts, pos) - 1
        j = bisect_left(self.prov_starts, pos)
        here = self.provs[j] if j < len(self.provs) and self.prov_starts[j] == pos else None
        name = here.data.get("name") if here is not None else None
        return bool(self._sentence_names(i) - {name})

    def _sentence_names(self, i: int) -> set[str | None]:
        """The province names of sentence ``i`` (computed once per sentence)."""
        got = self._sent_names.get(i)
        if got is None:
            ns, ne = self.sentences[i] if i >= 0 else (0, len(self.norm))
            got = {p.data.get("name") for p in
                   self.provs[bisect_left(self.prov_starts, ns) : bisect_left(self.prov_starts, ne)]}
            self._sent_names[i] = got
        return got

    def _list_head(self, idx: int) -> int:
        """The first province of the list that province mention ``idx`` belongs to (memoized:
        a long list is walked once)."""
        heads = self._heads
        while len(heads) <= idx:
            j = len(heads)
            gap = self.norm[self.provs[j - 1].nend : self.provs[j].nstart] if j else ""
            heads.append(heads[j - 1] if j and _LIST_GAP.match(gap) else j)
        return heads[idx]

    def _compared(self, idx: int) -> bool:
        """True when province mention ``idx`` is an item of a comparison list."""
        pos = self.provs[self._list_head(idx)].nstart
        return _COMPARE_BEFORE.search(self.lower[max(0, pos - 40) : pos]) is not None

    def assign_context(self) -> None:
        # a bracket that only restates a period ("trong tháng đầu (từ 1-1 đến hết 31-1-2017)")
        # carries it; one with a figure of its own is an aside
        self._brackets = [(a, b) for a, b in bracket_spans(self.norm)
                          if self.norm[a] != "(" or self._holds_figure(a, b)]
        for e in self.entries:
            e.period = self._period_for(e) or None
            e.period_text = self._period_text if e.period else None
            before = self.norm[max(self.sentences[e.sent][0], e.q.start - 80) : e.q.start]
            own = own_same_period(before, e.period) or own_same_after(
                before, self.norm[e.q.end : e.q.end + 40], e.period)
            if own is not None:
                e.period, e.period_text = own
            elif e.period:
                implied = self._implied_by_basis(e)
                if implied is not None:
                    e.period, e.period_text = implied
            e.province = self._province_for(e)
        self._title_twins()

    def _holds_figure(self, a: int, b: int) -> bool:
        """True when a quantity other than a year or a date lies in ``norm[a:b]``."""
        i = bisect_left(self.q_starts, a)
        while i < len(self.qs) and self.qs[i].start < b:
            q = self.qs[i]
            j = bisect_right(self.period_starts, q.start) - 1
            in_period = j >= 0 and self.periods[j].end > q.start
            if q.kind not in ("year", "date") and not in_period:
                return True
            i += 1
        return False

    def _title_twins(self) -> None:
        """A headline figure with no period of its own takes the period of the same figure
        told again in the body, else the first period of the lead (the lead restates the
        headline)."""
        body = [e for e in self.entries if not e.title and e.period]
        for e in self.entries:
            if e.title and e.period is None:
                twin = next((b for b in body if b.unit == e.unit and _same(b.value, e.value)),
                            None) or next((b for b in body if b.unit == e.unit and _near(
                                b.value, e.value)), None)  # "Hơn 6 tỷ" for "6,05 tỷ"
                if twin is not None:
                    e.period, e.period_text = twin.period, twin.period_text
                    continue
                lead = self._lead_period()
                if lead is not None:
                    e.period, e.period_text = lead.iso, lead.text

    def _province_for(self, e: _Entry) -> str | None:
        q = e.q
        ns, ne = self.sentences[e.sent]
        lo = bisect_left(self.prov_starts, ns)
        best_pos, best = self._clause_province(lo, q.start)
        # "… có 14 dự án đầu tư tại Đắk Nông": the place right after the figure's words
        j = bisect_left(self.prov_starts, q.end)
        if j < len(self.provs) and self.provs[j].nstart < ne:
            s = self.provs[j]
            gap = self.lower[q.end : s.nstart]
            if len(gap) <= 40 and _PLACE_AFTER_GAP.fullmatch(gap):
                return self._one_of(j, e, s.data.get("name"))
            if len(gap) <= 90 and j not in self.never and _OWNER_NAMED.fullmatch(
                    self.norm, q.end, s.nstart):
                # "1,5 triệu cổ phần của Công ty Cấp thoát nước Bắc Ninh": the owner's place
                return self._one_of(j, e, s.data.get("name"))
        p = self._country_before(ns, q.start)
        if e.unit != "rank":  # "thứ 5 vùng Tây Nguyên": the province's rank among the region's
            p = max(p, wide_scope_before(self.lower, self._wide_marks, e.sent, (ns, ne), q.start))
        if p > best_pos:
            best_pos, best = p, None
        if best_pos >= 0:
            return None if best is None else self._one_of(bisect_left(self.prov_starts,
                                                                        best_pos), e, best)
        if _foreign_subject().match(self.norm, ns) and not _INVESTED.search(self.lower, ns, ne):
            # "Thái Lan xuất khẩu 10 triệu tấn gạo": a foreign country's figure (but "Hàn Quốc
            # chiếm 26,9% tổng vốn đầu tư" is the investor's share of the province's capital)
            return None
        if self.national or self._market_sentence(e.sent):
            return None  # a share price, a market index: a company's or the market's figure
        para_start = self.line_starts[e.para]
        if self.focus and _in_range(self.bare_province, ns, q.start) and _in_range(
                self.focus_starts, para_start, q.start):
            # "Hải Dương nằm giữa Hà Nội và Hải Phòng … tỉnh đã thu hút 517 dự án"
            return self.focus
        if self.focus_weak and self._company_elsewhere(e, ns):
            return None
        i = lo - 1
        while i >= 0 and self.provs[i].nstart >= para_start:
            s = self.provs[i]
            if not self._compared(i) and not self._attributive(s.nstart) and i not in self.history \
                    and i not in self.never and i not in self.local:
                if self._runs()[i][0] != self._runs()[i][1]:
                    # "Bình Thuận, Nghệ An là hai địa phương …": no one province's
                    return None if self.focus_weak else self.focus
                if self.focus_weak and _WORLD.search(self.lower, s.nend, q.start):
                    return None  # "… ở TP HCM. Giá vàng thế giới … Đến 8h, giá còn 1.212 USD"
                return s.data.get("name")
            i -= 1
        if self.focus_weak:
            # the focus by mention count alone: only where the paragraph names it, not only in
            # a list of provinces ("kinh phí của 6 tỉnh (Tuyên Quang, Cao Bằng, …)")
            para_end = self.line_starts[e.para + 1] if e.para + 1 < len(self.line_starts) else (
                len(self.norm))
            runs, own = self._runs(), set(self.focus_starts)
            if not any(para_start <= s.nstart < para_end and runs[k][0] == runs[k][1]
                       for k, s in enumerate(self.provs) if s.nstart in own):
                return None
        return self.focus

    def _runs(self) -> list[tuple[int, int]]:
        """The runs of provinces named together (computed once)."""
        got = getattr(self, "_together", None)
        if got is None:
            got = self._together = together_groups(self.norm, self.provs)
        return got

    def _one_of(self, idx: int, e: _Entry, name: str | None) -> str | None:
        """``name`` (of mention ``idx``), unless the mention is one of several provinces named
        together: then the figure is theirs together (null), or in a "lần lượt" row the one of
        its turn."""
        group = self._runs()[idx]
        if group[0] == group[1]:
            return name
        ns, ne = self.sentences[e.sent]
        row = [q.start for q in self.qs[bisect_left(self.q_starts, ns) : bisect_left(
            self.q_starts, ne)] if q.kind not in ("year", "date")]
        got = respective_name(self.lower, self.provs, group, (ns, ne), row, e.q.start)
        return None if got is False else got

    def _company_elsewhere(self, e: _Entry, ns: int) -> bool:
        """A company's figure in a sentence that names no province, the company tied nowhere in
        the text to a province ("Vinasun … nộp 692 tỷ đồng" in an article placed in Hà
        Nội by a court's name): the main province is not the figure's (dev README)."""
        if self.focus is None or self._sentence_names(e.sent):
            return False
        names = company_names(self.norm, ns, e.q.start)
        if not names:
            return False
        focus_at = [s.nstart for i, s in enumerate(self.provs) if i not in self.never]
        for name in names:
            for m in compiled(re.escape(name)).finditer(self.norm):
                k = bisect_right(focus_at, m.end())
                if k < len(focus_at) and focus_at[k] - m.end() <= 80 and not re.search(
                        r"\.(?!\s*HCM)", self.norm[m.end() : focus_at[k]]):
                    return False  # "Công ty … tỉnh X", "Vinasun (trụ sở tại X)": placed
        return True

    def _market_sentence(self, si: int) -> bool:
        """True when sentence ``si`` is about listed shares or the stock market."""
        got = self._markets.get(si)
        if got is None:
            ns, ne = self.sentences[si]
            got = self._markets[si] = _scope_patterns()["market"].search(self.lower, ns,
                                                                         ne) is not None
        return got

    def _owner_ok(self) -> list[int]:
        """For each province mention, the index of the last mention at or before it that may own
        a figure (not attributive, not history); -1 when there is none. Computed once."""
        if self._last_ok is None:
            last = -1
            out: list[int] = []
            for i, s in enumerate(self.provs):
                if i not in self.history and i not in self.never and not self._attributive(
                        s.nstart):
                    last = i
                out.append(last)
            self._last_ok = out
        return self._last_ok

    def _clause_province(self, lo: int, qstart: int) -> tuple[int, str | None]:
        """The last province before the figure in its sentence (mentions ``lo`` on) that may own
        it: (position, name), or (-1, None). In a national report, only one of its clause."""
        hi = bisect_left(self.prov_starts, qstart) - 1
        if hi < lo:
            return -1, None
        last_ok = self._owner_ok()
        semi = -1
        if self.national:
            si = bisect_left(self.semicolons, qstart) - 1
            semi = self.semicolons[si] if si >= 0 else -1
        k = last_ok[hi]
        found = -1
        while k >= lo:
            s = self.provs[k]
            if found >= 0 and s.nstart != self.provs[found].nstart:
                break
            if semi < s.nend:
                found = k  # equal starts: the first mention wins
            elif found < 0 and s.nstart + self.max_prov_len < semi:
                break
            k = last_ok[k - 1] if k > 0 else -1
        if found < 0:
            return -1, None
        return self.provs[found].nstart, self.provs[found].data.get("name")

    def _country_before(self, ns: int, qstart: int) -> int:
        """Position of the last "cả nước"/"toàn quốc" … of the sentence before the figure that
        is its scope (not "thứ 2 cả nước", "bình quân cả nước"); -1 when there is none."""
        low = self.lower
        i = bisect_left(self.country_starts, qstart) - 1
        while i >= 0 and self.country[i][0] >= ns:
            p, end = self.country[i]
            i -= 1
            if end > qstart or end < qstart and _isword(low[end]) or p > ns and _isword(low[p - 1]):
                continue
            if _IN_NAME.search(self.norm, max(ns, p - 60), p):
                continue  # "Công ty TNHH Starflex Việt Nam": a company's name, not the country
            pre = low[max(ns, p - 25) : p]
            if re.search(r"(?:thứ\s*\d+(?:/\d+)?|thứ \w+|bình quân(?: chung)?(?: của)?|so với|"
                         r"trung bình(?: của)?|dẫn đầu|đầu|tốp đầu)\s*$", pre):
                continue
            return p
        return -1


def resolve(doc: Document) -> Document:
    """Links the figures the indicators component collected: each one's period
    (:class:`_PeriodLinks`), province (:class:`FigureContext`) and basis, then one record per
    figure in ``doc.indicators``."""
    from ..components.indicators import link_pending

    return link_pending(doc)
