"""Numbers, units and quantities in Vietnamese news text (pure functions on strings).

``parse_number`` reads one number written with digits (dot thousands, decimal comma), scale words
(nghìn, triệu, tỷ …) or number words (hai mươi mốt, một trăm linh năm …).

``find_quantities`` finds every number in running text and classifies it: its unit (from
``data/units.tsv``), the qualifier before it (trên, gần, khoảng …), and its kind: money, percent,
count, rank, multiple, range, ratio, or the look-alikes that are not quantities (year, date,
other: document numbers, Covid-19, phone numbers, labels such as "cấp độ 4").

``NumbersComponent`` stores them as ``doc.spans["numbers"]``: one span per quantity, its typed
attributes (``Span.attrs``) the :class:`Quantity` itself (value, unit, qualifier, kind, of, high,
unit_text; positions in ``doc.norm``).

All regexes are built once from the data tables so the word lists and patterns cannot drift apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..document import Document, Span
from ..lexicon import rows
from ..scan import TextScan

__all__ = ["NumbersComponent", "Quantity", "parse_number", "find_quantities", "load_units"]


@dataclass(slots=True)
class Quantity:
    start: int  # start of the whole phrase, qualifier words included
    end: int
    text: str  # s[start:end]
    value: float  # in base units
    unit: str | None
    qualifier: str = "exact"  # exact|over|under|nearly|about
    value_start: int = 0  # start of the numeral itself
    kind: str = "number"  # number|percent|money|count|rank|multiple|range|ratio|year|date|other
    of: int | None = None  # rankings "12/63" -> 63
    high: float | None = None  # ranges: value is the low end
    unit_text: str | None = None  # unit words as written
    unit_end: int | None = None  # a unit shared from a later level of a row: where it ends


# --------------------------------------------------------------------------------------------
# data tables


def _words_to_re(words: list[str]) -> str:
    """Alternation of phrases, longest first, spaces matching any run of spaces."""
    uniq = sorted(set(words), key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in uniq)


def _key(s: str) -> str:
    return " ".join(s.split()).lower()


@lru_cache(maxsize=1)
def load_units() -> dict[str, tuple[str, str]]:
    """Written form (lower-case, single spaces) -> (unit name, kind)."""
    return {_key(r[0]): (r[1], r[2]) for r in rows("units.tsv") if len(r) >= 3}


@lru_cache(maxsize=1)
def _number_words() -> dict[str, dict[str, float]]:
    """word -> {role: value}"""
    out: dict[str, dict[str, float]] = {}
    for r in rows("number_words.tsv"):
        out.setdefault(r[0].lower(), {})[r[2]] = float(r[1])
    return out


@lru_cache(maxsize=1)
def _label_words() -> list[str]:
    return [r[0] for r in rows("number_context.tsv")]


@dataclass(slots=True)
class _Res:
    unit_re: re.Pattern[str]
    word_run: re.Pattern[str]
    scale_re: re.Pattern[str]
    label_before: re.Pattern[str]
    ordinal_re: re.Pattern[str]


@lru_cache(maxsize=1)
def _res() -> _Res:
    units = load_units()
    words = _number_words()
    # a unit: optional spaces, a form, then no letter/digit (so "ha" is not "hai", "đ" not "để")
    unit_re = re.compile(r"[ \t\u00a0]*(" + _words_to_re(list(units)) + r")(?![\w$])", re.I)
    run_words = [w for w, roles in words.items() if set(roles) - {"ordinal", "multiple"}]
    w_alt = _words_to_re(run_words)
    word_run = re.compile(r"(?<!\w)(?:" + w_alt + r")(?:[ \t]+(?:" + w_alt + r"))*(?!\w)", re.I)
    scales = [w for w, roles in words.items() if "scale" in roles]
    # "3 tỷ phú", "triệu phú": a billionaire, not a scale
    scale_re = re.compile(r"(?:[ \t]*(?:" + _words_to_re(scales) + r")(?!\w)(?![ \t]+phú(?!\w)))+",
                          re.I)
    label_before = re.compile(r"(?<!\w)(?:" + _words_to_re(_label_words()) + r")[ \t]*$")
    ord_words = [w for w, roles in words.items() if set(roles) & {"digit", "ordinal", "ten"}]
    ordinal_re = re.compile(
        r"(?<!\w)(thứ)[ \t]+(" + _words_to_re(ord_words) + r"(?:[ \t]+(?:" + w_alt + r"))*)(?!\w)",
        re.I,
    )
    return _Res(unit_re, word_run, scale_re, label_before, ordinal_re)


# --------------------------------------------------------------------------------------------
# parse_number

_NUMERAL = re.compile(r"\d+(?:[.,]\d+)*")


def _numeral_value(s: str) -> float | None:
    """Digits with dot thousands / decimal comma (and English style when unambiguous)."""
    if not s or not s[0].isdigit() or len(s) > 60:
        return None
    dots, commas = s.count("."), s.count(",")
    if dots and commas:
        dec = "." if s.rfind(".") > s.rfind(",") else ","
        thou = "," if dec == "." else "."
        if s.count(dec) > 1:
            return None
        intpart = s.split(dec)[0]
        groups = intpart.split(thou)
        if len(groups[0]) > 3 or any(len(g) != 3 for g in groups[1:]):
            return None
        return float(intpart.replace(thou, "") + "." + s.split(dec)[1])
    if dots:
        groups = s.split(".")
        if len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]):
            return float(s.replace(".", ""))
        if dots == 1:
            return float(s)
        return None
    if commas:
        groups = s.split(",")
        if commas == 1:
            return float(s.replace(",", "."))
        if len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]):
            return float(s.replace(",", ""))
        return None
    return float(s)


def _apply_scales(value: float, scales: list[float]) -> float:
    for sc in scales:
        value *= sc
    return value


def _scale_list(s: str) -> list[float]:
    words = _number_words()
    return [words[w.lower()]["scale"] for w in s.split() if "scale" in words.get(w.lower(), {})]


@dataclass(slots=True)
class _WordsState:
    """Reading number words left to right."""

    result: float = 0.0
    group: float = 0.0  # the part below the current scale
    pending: float | None = None  # a digit waiting for mươi/trăm
    max_scale: float = 1.0
    last_scale: float = 0.0
    prev: str = ""  # role of the previous token


def _step_digits(st: _WordsState, roles: dict[str, float]) -> bool | None:
    """One digit-like word (digit, mười, mươi, trăm, linh/lẻ); None when it is none of them,
    False when it breaks the number."""
    prev = st.prev
    if "digit" in roles:
        if st.pending is not None or prev == "unit":
            return False
        if prev in ("tens", "ten", "zero_tens"):
            st.group += roles["digit"]
            st.prev = "unit"
        else:
            st.pending = roles["digit"]
            st.prev = "digit"
        return True
    if "ten" in roles:
        if st.pending is not None or prev in ("tens", "ten", "unit"):
            return False
        st.group += 10
        st.prev = "ten"
        return True
    if "tens" in roles:
        if st.pending is None or st.pending < 2:
            return False
        st.group += st.pending * 10
        st.pending = None
        st.prev = "tens"
        return True
    if "hundred" in roles:
        if prev in ("tens", "ten", "unit", "hundred"):
            return False
        st.group += (st.pending if st.pending is not None else 1) * 100
        st.pending = None
        st.prev = "hundred"
        return True
    if "zero_tens" in roles:
        if prev != "hundred" and prev != "scale":
            return False
        st.prev = "zero_tens"
        return True
    return None


def _step_scale(st: _WordsState, sc: float, first: bool) -> bool:
    """A scale word (nghìn, triệu, tỷ …); False when it breaks the number."""
    small = st.group + (st.pending or 0)
    st.pending = None
    st.group = 0
    if small == 0:
        if st.prev == "scale":  # "nghìn tỷ"
            small = 0
        elif first:
            small = 1
        else:
            return False
    if sc > st.max_scale:
        st.result = (st.result + small) * sc
        st.max_scale = sc
    else:
        st.result += small * sc
    st.last_scale = sc
    st.prev = "scale"
    return True


def _parse_words(tokens: list[str]) -> float | None:
    """Vietnamese number words -> value, or None if the sequence is not a well-formed number."""
    words = _number_words()
    st = _WordsState()
    if not tokens:
        return None
    for i, tok in enumerate(tokens):
        roles = words.get(tok.lower())
        if not roles:
            return None
        if "half" in roles and st.prev == "scale":
            st.result += st.last_scale * 0.5
            st.prev = "half"
            continue
        if "after_tens" in roles and st.prev in ("tens", "ten"):
            st.group += roles["after_tens"]
            st.prev = "unit"
            continue
        ok = _step_digits(st, roles)
        if ok is None and "scale" in roles:
            ok = _step_scale(st, roles["scale"], i == 0)
        if not ok:
            return None
    if st.prev == "zero_tens":
        return None
    return st.result + st.group + (st.pending or 0)


_NUM_SCALE = re.compile(r"(\d+(?:[.,]\d+)*)((?:\s*(?:nghìn|ngàn|vạn|triệu|tỷ|tỉ)(?!\w))*)", re.I)


def parse_number(s: str) -> float | None:
    """Parse one number: "4.100", "21,6", "158 nghìn tỷ", "hai mươi mốt", "21,6%" (the sign is
    ignored). Returns None when ``s`` is not a number."""
    s = s.strip().rstrip("%").strip()
    if not s:
        return None
    m = _NUM_SCALE.fullmatch(s)
    if m:
        v = _numeral_value(m.group(1))
        if v is None:
            return None
        return _apply_scales(v, _scale_list(m.group(2)))
    return _parse_words(s.split())


# --------------------------------------------------------------------------------------------
# find_quantities

_QUAL = [
    ("about", ("trên dưới", "khoảng", "chừng", "khoảng chừng", "ước chừng", "độ")),
    ("nearly", ("xấp xỉ", "gần", "ngót", "gần như")),
    ("under", ("dưới", "chưa đến", "chưa tới", "chưa đầy", "không tới", "không đến")),
    ("over", ("trên", "hơn", "vượt", "vượt trên", "ít nhất")),
]
_QUAL_MAP = {_key(w): q for q, ws in _QUAL for w in ws}
_QUAL_RE = re.compile(
    r"(?<!\w)(" + _words_to_re([w for _, ws in _QUAL for w in ws]) + r")[ \t]+$", re.I
)

_DOC_RE = re.compile(
    r"\d+(?:[/-]\d+)*(?:[/-][A-ZĐ][\w&.]*)+(?:[/-][\w&]+)*(?![\w/])"
    r"|\d+(?:/\d+)*/[A-ZĐ][\w&-]*(?:/[\w&-]+)*"
)
_PHONE_RE = re.compile(
    r"(?:\+84[ .]?|\(0\d{1,3}\)[ .]?|0)\d{2,4}(?:[ .]\d{3,4}){1,3}(?![\d])|0\d{8,10}(?!\d)"
)
_DATE_DMY = re.compile(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d])")
_DATE_MY = re.compile(r"(\d{1,2})[/-](\d{4})(?![\d/])")
# "tháng 7.2017": a month and year with a dot, only after "tháng" (else "7.2017" is 7,2017)
_DATE_MY_DOT = re.compile(r"(\d{1,2})\.((?:19|20)\d{2})(?![\d.,])")
# the decimals of "1.267, 25 USD/oz" (a space typed after the decimal comma): two digits, then a
# money unit and a slash
_STRAY_DECIMAL = re.compile(r", (\d{2})(?=[ \t]?(?:USD|US\$|đồng|đ|VND)[ \t]?/)")
_THOUSANDS_ONLY = re.compile(r"\d{1,3}(?:\.\d{3})+")
# "6 đồng tiền chủ chốt" (six currencies); "2 triệu đồng tiền phạt" is money (a scale before)
_CURRENCY_WORD = re.compile(r"[ \t]+tiền(?:[ \t]+(?:chủ chốt|chính|mạnh|khác|lớn|tệ|điện tử|kỹ thuật số|ảo))?(?!\w)", re.I)
_MONTH_BEFORE = re.compile(r"(?<!\w)tháng[ \t]+$", re.I)
_DATE_DM = re.compile(r"(\d{1,2})/(\d{1,2})(?![\d/]|,\d)")
_RATIO = re.compile(r"(\d{1,6})/(\d{1,6})(?![\d/]|,\d)")
_TIME_RE = re.compile(r"\d{1,2}(?:h|g|giờ)(?:\s*\d{1,2}(?:p|'|phút)?)?(?!\w)|\d{1,2}:\d{2}(?!\d)")
_ALNUM_TAIL = re.compile(r"[\w-]*")
_RANGE_SEP = re.compile(r"[ \t]*(?:-|–|—|đến|tới|đến khoảng|tới khoảng)[ \t]*(?=\d)", re.I)
_FROM_RE = re.compile(r"(?<!\w)từ[ \t]+$", re.I)
_RANK_BEFORE = re.compile(r"(?<!\w)(thứ|thứ hạng|hạng|xếp hạng|vị trí|vị trí thứ|top)[ \t]+$", re.I)
_RANK_VERB_BEFORE = re.compile(r"(?<!\w)(đứng|xếp|xếp thứ|đứng thứ|hạng)[ \t]+$", re.I)
_GAP_BEFORE = re.compile(r"(?<!\w)gấp[ \t]+$", re.I)
_MULT_VERB_BEFORE = re.compile(r"(?<!\w)(tăng|giảm|cao|lớn|nhiều|hơn|tăng gấp|lên)[ \t]+$", re.I)
_YEAR_BEFORE = re.compile(r"(?<!\w)(năm|niên độ|giai đoạn|nhiệm kỳ|khóa|khoá)[ \t]+$", re.I)
_WEEKDAY_AFTER = re.compile(r"[ \t]*(?:,|\(|ngày|\d{1,2}/\d{1,2})", re.I)
_WEEKDAY_BEFORE = re.compile(r"(?<!\w)(ngày|vào|sáng|chiều|tối|trưa|hôm|đêm|từ|đến)[ \t]+$", re.I)
_COVID_BEFORE = re.compile(r"(?<!\w)covid[ \t]*[-–][ \t]*$", re.I)
# a price per unit closing one end of a range: "đồng/lượng-" before the other end
_PER_UNIT_DASH = re.compile(r"/[^\W\d_]+-$")
_SERIES_AFTER = re.compile(r"[ \t]+(?:liên tiếp|liền)(?!\w)", re.I)
_GAP_WORD = re.compile(r"(?<!\w)gấp[ \t]+(đôi|rưỡi)(?!\w)", re.I)
_PASSENGER_CTX = re.compile(r"hành khách|vận chuyển|vận tải|hàng không|sân bay", re.I)
_VISITOR_CTX = re.compile(r"khách|du lịch|tham quan", re.I)


def _before(text: str, pos: int, pattern: re.Pattern[str], width: int = 40) -> re.Match[str] | None:
    lo = max(0, pos - width)
    return pattern.search(text[lo:pos])


def _qualifier(text: str, pos: int) -> tuple[str, int]:
    m = _before(text, pos, _QUAL_RE, 30)
    if not m:
        return "exact", pos
    return _QUAL_MAP.get(_key(m.group(1)), "exact"), pos - (
        len(text[max(0, pos - 30) : pos]) - m.start()
    )


def _is_label(text: str, pos: int) -> bool:
    return _before(text, pos, _res().label_before, 40) is not None


def _match_unit(text: str, pos: int) -> tuple[str, str, int, str] | None:
    """Unit right after pos: (unit name, unit kind, end, text as written)."""
    m = _res().unit_re.match(text, pos)
    if not m:
        return None
    unit, kind = load_units()[_key(m.group(1))]
    if kind == "block":
        return None
    written = m.group(1)
    # bare letters glued to the number only for symbols/abbreviations ("500.000đ", "5ha")
    return unit, kind, m.end(), written


@lru_cache(maxsize=1)
def _per_unit_re() -> re.Pattern[str]:
    """"/m2", "/kg", "/tấn" … (``data/per_units.tsv``) right after a number."""
    alts = "|".join(re.escape(r[0]) for r in sorted(rows("per_units.tsv"), key=lambda r: -len(r[0]))
                    if r and r[0])
    return re.compile(rf"[ \t]*/[ \t]*(?:{alts})(?!\w)", re.IGNORECASE)


def _per_unit_after(text: str, end: int) -> bool:
    return _per_unit_re().match(text, end) is not None


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text = text
        self.out: list[Quantity] = []

    @property
    def last_rank(self) -> Quantity | None:
        for q in reversed(self.out[-6:]):
            if q.kind == "rank":
                return q
        return None

    def add(
        self,
        start: int,
        end: int,
        value: float,
        unit: str | None,
        kind: str,
        *,
        value_start: int | None = None,
        qualifier: str = "exact",
        of: int | None = None,
        high: float | None = None,
        unit_text: str | None = None,
    ) -> int:
        self.out.append(
            Quantity(
                start,
                end,
                self.text[start:end],
                value,
                unit,
                qualifier,
                start if value_start is None else value_start,
                kind,
                of,
                high,
                unit_text,
            )
        )
        return end

    # -- one numeral written in digits (with scale words) ------------------------------------
    def read_amount(self, pos: int) -> tuple[float, int, float] | None:
        """Numeral + scales (+ "1 tỷ 200 triệu") at pos: (value, end, largest scale)."""
        text = self.text
        m = _NUMERAL.match(text, pos)
        if not m:
            return None
        v = _numeral_value(m.group())
        if v is None:
            return None
        end = m.end()
        if (st := _STRAY_DECIMAL.match(text, end)) and _THOUSANDS_ONLY.fullmatch(m.group()):
            # "1.267, 25 USD/oz": a decimal comma with a stray space, before a price per unit
            return v + float("0." + st.group(1)), st.end(1), 1.0
        sm = _res().scale_re.match(text, end)
        top = 1.0
        if sm and sm.end() > end:
            scales = _scale_list(sm.group())
            v = _apply_scales(v, scales)
            top = max(scales)
            end = sm.end()
            # compound "1 tỷ 200 triệu", "2 triệu 500 nghìn"
            m2 = re.compile(r"[ \t]+(\d{1,3})(?=[ \t]*\S)").match(text, end)
            if m2:
                sm2 = _res().scale_re.match(text, m2.end())
                if sm2 and sm2.end() > m2.end():
                    sc2 = _scale_list(sm2.group())
                    if sc2 and max(sc2) < top and len(sc2) == 1:
                        v += float(m2.group(1)) * sc2[0]
                        end = sm2.end()
        return v, end, top

    def unit_after(self, end: int, value: float) -> tuple[str | None, str | None, int, str | None]:
        """(unit, unit kind, end, unit_text) for what follows a number ending at ``end``."""
        u = _match_unit(self.text, end)
        if u is None:
            return None, None, end, None
        unit, ukind, uend, written = u
        if unit == "VND" and value < 100 and _CURRENCY_WORD.match(self.text, uend):
            return None, None, end, None  # "6 đồng tiền chủ chốt": currencies, not money
        if unit == "visit" and _key(written) in ("lượt", "lượt người"):
            ctx = self.text[max(0, end - 300) : end]
            if _PASSENGER_CTX.search(ctx):
                unit = "passenger"
            elif _VISITOR_CTX.search(ctx):
                unit = "visitor"
        return unit, ukind, uend, written

    def digits(self, m: re.Match[str]) -> int:
        """Classify the digit run at m; return the position to continue from."""
        text = self.text
        p = m.start()
        done = self._lookalike(m)
        if done is not None:
            return done
        r = _RATIO.match(text, p)
        if r:
            return self._ratio(p, r)
        amt = self.read_amount(p)
        if amt is None:
            return self.add(p, m.end(), 0.0, None, "other")
        value, end, top = amt
        # glued letters that are not a unit ("5G", "3D", "4T")
        if end < len(text) and text[end].isalpha() and _match_unit(text, end) is None:
            t = _ALNUM_TAIL.match(text, end)
            return self.add(p, t.end(), value, None, "other")
        qual, qstart = _qualifier(text, p)
        # ranks written with digits: "thứ 12", "hạng 3"
        rk = _before(text, p, _RANK_BEFORE)
        if rk and end == m.end():
            s0 = p - (len(text[max(0, p - 40) : p]) - rk.start())
            if rk.group(1).lower() == "thứ" and self._session(p, rk):
                return self.add(s0, end, value, None, "other", value_start=p)
            if rk.group(1).lower() in ("hạng", "top") and _is_label(text, s0) is False:
                pass
            return self.add(s0, end, value, "rank", "rank", value_start=p)
        if top == 1 and end == m.end() and len(m.group()) == 4 and 1900 <= value <= 2100 and (
                _before(text, p, _YEAR_BEFORE)) and not _RANGE_SEP.match(text, end):
            return self.add(p, end, value, None, "year")  # "Năm 2016 khách du lịch đạt …"
        unit, ukind, uend, written = self.unit_after(end, value)
        # ranges: "5-7%", "từ 3 đến 5 tỷ đồng", "3 - 5 triệu USD"
        done = self._range(m, (value, end, top), unit, uend, (qual, qstart))
        if done is not None:
            return done
        if unit is None:
            return self._unitless(m, value, end, top, qual, qstart)
        if ukind == "time":
            return self.add(p, uend, value, None, "other", unit_text=written)
        if unit == "time":  # "lần"
            g = _before(text, qstart, _GAP_BEFORE, 10)
            if g or _before(text, p, _MULT_VERB_BEFORE, 15) or not m.group().isdigit():
                s0 = qstart
                if g:
                    s0 = qstart - (len(text[max(0, qstart - 10) : qstart]) - g.start())
                    qual, qstart2 = _qualifier(text, s0)
                    s0 = qstart2
                return self.add(s0, uend, value, None, "multiple", value_start=p, qualifier=qual)
        if _is_label(text, p) and ukind in ("count", "measure") and unit in ("point",):
            return self.add(p, end, value, None, "other")
        kind = {"money": "money", "percent": "percent"}.get(ukind or "", "count")
        return self.add(
            qstart, uend, value, unit, kind, value_start=p, qualifier=qual, unit_text=written
        )

    def _lookalike(self, m: re.Match[str]) -> int | None:
        """Numbers that are not quantities: Covid-19, codes, document numbers, phones, dates,
        times. Returns the position to continue from, or None."""
        text = self.text
        p = m.start()
        prevc = text[p - 1] if p else " "
        cv = _before(text, p, _COVID_BEFORE, 20)
        if cv:
            s0 = p - (len(text[max(0, p - 20) : p]) - cv.start())
            return self.add(s0, m.end(), 0.0, None, "other", value_start=p)
        # glued to letters: Covid-19, G20, SARS-CoV-2, QL1A
        # (not "37 triệu đồng/lượng-37,50 triệu đồng/lượng": a range after a price per unit)
        if prevc.isalpha() or (prevc in "-" and p >= 2 and text[p - 2].isalpha()
                               and not _PER_UNIT_DASH.search(text, max(0, p - 12), p)):
            t = _ALNUM_TAIL.match(text, p)
            s0 = p
            while s0 > 0 and (text[s0 - 1].isalnum() or text[s0 - 1] in "-_"):
                s0 -= 1
            return self.add(s0, t.end(), float(_numeral_value(m.group()) or 0), None, "other")
        if (d := _DOC_RE.match(text, p)) and re.search(r"[A-ZĐ]", d.group()):
            return self.add(p, d.end(), 0.0, None, "other")
        if (d := _PHONE_RE.match(text, p)) and sum(c.isdigit() for c in d.group()) >= 9:
            return self.add(p, d.end(), 0.0, None, "other")
        if d := _DATE_DMY.match(text, p):
            day, mon = int(d.group(1)), int(d.group(3))
            if 1 <= day <= 31 and 1 <= mon <= 12:
                return self.add(p, d.end(), float(d.group(4)), None, "date")
        if (d := _DATE_MY.match(text, p)) and 1 <= int(d.group(1)) <= 12:
            if 1900 <= int(d.group(2)) <= 2100:
                return self.add(p, d.end(), float(d.group(2)), None, "date")
        if (d := _DATE_MY_DOT.match(text, p)) and 1 <= int(d.group(1)) <= 12 and _before(
                text, p, _MONTH_BEFORE, 10):
            return self.add(p, d.end(), float(d.group(2)), None, "date")
        if d := _TIME_RE.match(text, p):
            return self.add(p, d.end(), 0.0, None, "other")
        return None

    def _ratio(self, p: int, r: re.Match[str]) -> int:
        """"12/63": a rank, a ratio of a count, a date or a list of ranks."""
        text = self.text
        a, b = int(r.group(1)), int(r.group(2))
        rank_ctx = _before(text, p, _RANK_BEFORE) or _before(text, p, _RANK_VERB_BEFORE)
        if rank_ctx and not (rank_ctx.group(1).lower() == "thứ" and self._session(p, rank_ctx)):
            s0 = p - (len(text[max(0, p - 40) : p]) - rank_ctx.start())
            return self.add(s0, r.end(), float(a), "rank", "rank", value_start=p, of=b)
        unit, ukind, uend, written = self.unit_after(r.end(), float(a))
        if unit is not None and ukind in ("count", "measure"):
            return self.add(p, uend, float(a), unit, "ratio", of=b, unit_text=written)
        if (
            1 <= a <= 31
            and 1 <= b <= 12
            and r.group(1)[0] != "0"
            or (r.group(1)[0] == "0" and 1 <= b <= 12)
        ):
            return self.add(p, r.end(), float(a), None, "date")
        last = self.last_rank
        if last is not None and last.of == b and p - last.end < 200 and a <= b:
            # a list of ranks: "Kon Tum ở vị trí 30/63, Đắk Nông 48/63, ..."
            return self.add(p, r.end(), float(a), "rank", "rank", of=b)
        if a <= b:
            return self.add(p, r.end(), float(a), None, "ratio", of=b)
        return self.add(p, r.end(), float(a), None, "other")

    def _range(self, m: re.Match[str], amount: tuple[float, int, float], unit: str | None,
               uend: int, qualified: tuple[str, int]) -> int | None:
        """A range after the amount ("5-7%", "từ 3 đến 5 tỷ đồng"), or a span of years."""
        text = self.text
        p = m.start()
        value, end, top = amount
        qual, qstart = qualified
        sep = _RANGE_SEP.match(text, uend if unit else end)
        if sep and not _DATE_DM.match(text, sep.end()) and not _DOC_RE.match(text, sep.end()):
            hi = self.read_amount(sep.end())
            if hi is not None:
                hvalue, hend, htop = hi
                hunit, hukind, huend, hwritten = self.unit_after(hend, hvalue)
                is_year = (
                    unit is None
                    and hunit is None
                    and 1900 <= value <= 2100
                    and 1900 <= hvalue <= 2100
                    and top == 1
                    and htop == 1
                    and m.group().isdigit()
                )
                ok_units = unit is None or unit == hunit
                if is_year:
                    return self.add(p, hend, value, None, "year", high=hvalue)
                if ok_units and (
                    hunit is not None
                    or "-" not in sep.group()
                    and "–" not in sep.group()
                    or hvalue > value
                ):
                    if top == 1 and htop > 1 and unit is None and value * htop <= hvalue:
                        value *= htop  # "3-5 triệu"; not "800.000-1,5 triệu đồng" (đồng already)
                    if unit is None and hunit is None and (
                            htop >= 1e9 or htop >= 1e3 and _per_unit_after(text, hend)):
                        hunit = "VND"  # "10-12 triệu/m2": a price with its currency left out
                    fr = _before(text, p, _FROM_RE, 10)
                    s0 = p - (len(text[max(0, p - 10) : p]) - fr.start()) if fr else qstart
                    return self.add(
                        s0,
                        huend,
                        value,
                        hunit,
                        "range",
                        value_start=p,
                        qualifier=qual,
                        high=hvalue,
                        unit_text=hwritten,
                    )
        return None

    def _unitless(self, m: re.Match[str], value: float, end: int, top: float, qual: str,
                  qstart: int) -> int:
        """A number with no unit: a year, a label, money in VND by its scale, or a number."""
        text = self.text
        p = m.start()
        if _before(text, p, _YEAR_BEFORE) and m.group().isdigit() and top == 1:
            return self.add(p, end, value, None, "year")
        if m.group().isdigit() and len(m.group()) == 4 and 1900 <= value <= 2100 and top == 1:
            return self.add(p, end, value, None, "year")
        if _is_label(text, p) and top == 1 and m.group().isdigit():
            return self.add(p, end, value, None, "other")
        if top >= 1e9 or top >= 1e3 and _per_unit_after(text, end):
            # "2 tỷ", and "7 triệu/m2" (a price with its currency left out)
            return self.add(qstart, end, value, "VND", "money", value_start=p, qualifier=qual)
        return self.add(qstart, end, value, None, "number", value_start=p, qualifier=qual)

    def _session(self, p: int, rk: re.Match[str]) -> bool:
        """True when "thứ N" at p is a session/label ordinal ("kỳ họp thứ 12", "lần thứ 8")."""
        s0 = p - (len(self.text[max(0, p - 40) : p]) - rk.start())
        return _is_label(self.text, s0)

    # -- number words -----------------------------------------------------------------------
    def words(self, m: re.Match[str]) -> int:
        text = self.text
        toks = list(re.finditer(r"\S+", m.group()))
        if not toks or toks[0].group().lower() == "không":
            return m.start() + len(toks[0].group()) if toks else m.end()
        # longest well-formed prefix
        for n in range(len(toks), 0, -1):
            value = _parse_words([t.group() for t in toks[:n]])
            if value is not None:
                break
        else:
            return m.start() + toks[0].end()
        p = m.start()
        first = toks[0].group().lower()
        roles = _number_words().get(first, {})
        if not ({"digit", "ten"} & set(roles)) or "tens" in roles:
            return p + toks[0].end()
        end = p + toks[n - 1].end()
        unit, ukind, uend, written = self.unit_after(end, value)
        if unit is None or ukind == "time" and unit != "time":
            if n >= 2 and value >= 10:
                qual, qstart = _qualifier(text, p)
                return self.add(qstart, end, value, None, "number", value_start=p, qualifier=qual)
            if ukind == "time" and n == 1 and value <= 12:
                return self.add(p, uend, value, None, "other", unit_text=written)
            return p + toks[0].end()
        qual, qstart = _qualifier(text, p)
        if unit == "time":
            g = _before(text, qstart, _GAP_BEFORE, 10)
            if g:
                s0 = qstart - (len(text[max(0, qstart - 10) : qstart]) - g.start())
                qual, s0 = _qualifier(text, s0)
                return self.add(s0, uend, value, None, "multiple", value_start=p, qualifier=qual)
        kind = {"money": "money", "percent": "percent"}.get(ukind or "", "count")
        return self.add(
            qstart, uend, value, unit, kind, value_start=p, qualifier=qual, unit_text=written
        )

    def ordinal(self, m: re.Match[str]) -> int | None:
        """ "thứ hai", "cao thứ ba", "xếp thứ nhất" -> rank; weekdays and "lần thứ hai" -> other."""
        text = self.text
        word_txt = m.group(2)
        toks = word_txt.split()
        words = _number_words()
        first = toks[0].lower()
        value: float | None = None
        end = m.start(2) + len(toks[0])
        if "ordinal" in words.get(first, {}) and (first != "tư" or len(toks) == 1):
            value = words[first]["ordinal"]
        else:
            for n in range(len(toks), 0, -1):
                value = _parse_words(toks[:n])
                if value is not None:
                    sub = re.match(r"\S+(?:[ \t]+\S+){" + str(n - 1) + "}", word_txt)
                    end = m.start(2) + (sub.end() if sub else len(toks[0]))
                    break
        if value is None:
            return None
        s = m.start(1)
        weekday = (
            toks[0][0].isupper()
            and value <= 7
            or _WEEKDAY_AFTER.match(text, end) is not None
            or _before(text, s, _WEEKDAY_BEFORE, 15) is not None
        )
        if weekday and 2 <= value <= 7 or _is_label(text, s) or _SERIES_AFTER.match(text, end):
            return self.add(s, end, value, None, "other", value_start=m.start(2))
        if weekday:  # "Thứ nhất, ..." (firstly)
            return self.add(s, end, value, None, "other", value_start=m.start(2))
        return self.add(s, end, value, "rank", "rank", value_start=m.start(2))


def find_quantities(text: str) -> list[Quantity]:
    """Every number in ``text`` with its unit, qualifier and kind, in text order."""
    res = _res()
    sc = _Scanner(text)
    scan = TextScan(text)  # a family of words is tried only where its first letters are
    pos = 0
    families = (_GAP_WORD, res.ordinal_re, _NUMERAL, res.word_run)
    cache: list[re.Match[str] | None] = [None] * 4
    done = [False] * 4
    while True:
        for i, rx in enumerate(families):
            if not done[i] and (cache[i] is None or cache[i].start() < pos):
                cache[i] = scan.search(rx, pos)
                done[i] = cache[i] is None
        live = [(c.start(), i) for i, c in enumerate(cache) if c is not None and not done[i]]
        if not live:
            break
        start, fam = min(live)
        m = cache[fam]
        assert m is not None
        if fam == 0:
            v = 2.0 if m.group(1).lower() == "đôi" else 1.5
            qual, qstart = _qualifier(text, m.start())
            nxt = sc.add(
                qstart, m.end(), v, None, "multiple", value_start=m.start(1), qualifier=qual
            )
        elif fam == 1:
            r = sc.ordinal(m)
            nxt = r if r is not None else m.start(2)
        elif fam == 2:
            nxt = sc.digits(m)
        else:
            nxt = sc.words(m)
        pos = max(nxt, start + 1)
    _share_units(text, sc.out)
    _parallel_units(text, sc.out)
    return sc.out


# "lần lượt là 77-77,5 và 94-94,5 triệu đồng", "lần lượt đạt 12 và 15 tỷ đồng": the bare levels
# before the last of a row take the unit (and scale word) written after the last one.
_ROW_CUE = re.compile(r"(?<!\w)(?:lần lượt|tương ứng)(?:[ \t]+[^\W\d]+){0,3}[ \t]*$", re.I)
_ROW_GAP = re.compile(r"[ \t]*(?:,|;|và|,[ \t]*và)[ \t]*$", re.I)
_ROW_KINDS = ("money", "percent", "count", "range")


def _row_scale(text: str, last: Quantity) -> float | None:
    """The factor the scale words of the row's last level give its numeral (1 when none)."""
    m = _NUMERAL.match(text, last.value_start)
    v = _numeral_value(m.group()) if m else None
    if not v:
        return None
    return last.value / v


def _share_units(text: str, out: list[Quantity]) -> None:
    """Give the bare first levels of a "lần lượt" row the unit of its last level."""
    i = 0
    while i < len(out):
        q = out[i]
        if q.unit is not None or q.kind not in ("number", "range") or not _ROW_CUE.search(
                text, max(0, q.start - 40), q.start):
            i += 1
            continue
        j = i
        while j + 1 < len(out) and out[j].unit is None and out[j].kind in ("number", "range") \
                and _ROW_GAP.fullmatch(text, out[j].end, out[j + 1].start):
            j += 1
        last = out[j]
        scale = _row_scale(text, last) if j > i and last.unit and last.kind in _ROW_KINDS \
            else None
        if scale is None or "/" in text[last.start : last.end].split()[0]:
            i = j + 1
            continue
        for k in range(i, j):
            _take_unit(out, k, last, scale)
        i = j + 1


def _parallel_units(text: str, out: list[Quantity]) -> None:
    """"tại A 22,540-22,610 đồng/USD, giảm 25 đồng; tại B 22,555-22,625, giảm 10 đồng": a bare
    range in the last item of a semicolon list takes the unit of the same quote one item before,
    when its values are within a fifth of that quote's."""
    for k, q in enumerate(out):
        if q.unit is not None or q.kind != "range" or q.high is None:
            continue
        for p in reversed(out[max(0, k - 3) : k]):
            if p.kind != "range" or p.unit is None or p.high is None or not p.value:
                continue
            between = text[p.end : q.start]
            if ";" not in between or _SENTENCE_END.search(between) or len(between) > 120:
                break
            scale = _row_scale(text, p)
            if scale and 0.8 <= q.value / (p.value / scale) <= 1.25:
                _take_unit(out, k, p, scale)
            break


_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def _take_unit(out: list[Quantity], k: int, last: Quantity, scale: float) -> None:
    q = out[k]
    own = q.value * scale, (q.high * scale if q.high is not None else None)
    if not own[0] or not 1e-3 <= own[0] / last.value <= 1e3:
        return
    kind = "range" if q.high is not None else last.kind if last.kind != "range" else "money" \
        if last.unit and last.unit.startswith(("VND", "USD")) else "count"
    out[k] = Quantity(q.start, q.end, q.text, own[0], last.unit, q.qualifier, q.value_start, kind,
                      None, own[1], last.unit_text, last.end)


class NumbersComponent:
    """Adds ``doc.spans["numbers"]``: every number of the text with its value, unit and kind."""

    name = "numbers"
    reads: tuple[str, ...] = ()
    adds = ("numbers",)

    def __call__(self, doc: Document) -> Document:
        spans: list[Span] = []
        for q in find_quantities(doc.norm):
            sp = doc.span(q.start, q.end, "numbers")
            sp.attrs = q
            spans.append(sp)
        doc.add_spans("numbers", spans)
        return doc
