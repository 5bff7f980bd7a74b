"""A sentence as items: the periods, quantities and provinces it holds as blocks, lexicon phrases
between them. Reads ``doc.spans["numbers"]`` and ``doc.spans["periods"]``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ...scan import TextScan
from ..period_rules import PeriodMention, birth_before, parse_period
from ..periods import PeriodsComponent
from .model import _Blocks, _closes, _Item, _Period
from .vocab import (
    _DAY_SPAN,
    _EXCLUDE_PERIOD_BEFORE,
    _FROM_TO_DAYS,
    _INDEX_NAMES,
    _MODEL_BEFORE,
    _MONTHS_AFTER,
    _PROGRAMME,
    _PROGRAMME_LINK,
    _THIS_MONTH,
    _TOKEN_RE,
    _YEAR_AFTER_ABBR,
    _role_lengths,
)

_NO_ROLES: frozenset[str] = frozenset()

# "tháng 6 này", "tháng 5 vừa qua": the month of the reference date's year, whatever came before
_THIS_AFTER = re.compile(r"\s*(?:này|nay|vừa qua|qua|tới)(?!\w)", re.I)
# the word that opens a span of years ("giai đoạn 2011-2015", "từ năm 2009-2011")
_SPAN_WORD_BEFORE = re.compile(r"(?<!\w)(?:giai đoạn|thời kỳ|từ)(?:\s+năm)?\s*$", re.I)
# before a span of years: a plan's name, not the period of the figures (a target "mục tiêu giai
# đoạn 2016-2020" is of that span)
_PLAN_BEFORE = re.compile(r"(?:tầm nhìn|kế hoạch|định hướng|chiến lược)[^.;,]{0,25}$",
                          re.I)


class StructureMixin:
    """Sentence items and the document's periods."""

    # -- structure ---------------------------------------------------------------------------
    def _sentences(self) -> list[tuple[int, int]]:
        if self.doc.sentences:
            return [(s.nstart, s.nend) for s in self.doc.sentences]
        from ...tokenize import split_sentences

        return split_sentences(self.norm)

    def para_of(self, pos: int) -> int:
        return bisect_right(self.line_starts, pos) - 1

    def _periods(self) -> list[_Period]:
        norm = self.norm
        if "periods" not in self.doc.spans:
            PeriodsComponent()(self.doc)
        raw: list[PeriodMention] = [s.attrs for s in self.doc.spans["periods"]]
        # bare years after an index name ("PCI 2022") and "sau 8 tháng"
        taken = [(p.start, p.end) for p in raw]

        def free(s: int, e: int) -> bool:
            return all(e <= a or s >= b for a, b in taken)

        scan = TextScan(norm)  # each pattern runs only where its first letters are
        for m in _YEAR_AFTER_ABBR.finditer(norm):
            if free(m.start(1), m.end(1)) and not birth_before(norm[max(0, m.start(1) - 20):
                                                                    m.start(1)]) and not (
                    _MODEL_BEFORE.search(norm, max(0, m.start() - 8), m.start())):
                raw.append(PeriodMention(m.start(1), m.end(1), m.group(1), m.group(1), "year"))
        for m in scan.finditer(_MONTHS_AFTER):
            n = int(m.group(1))
            if 1 <= n <= 12 and free(m.start(1), m.end()):
                raw.append(
                    PeriodMention(m.start(), m.end(), norm[m.start() : m.end()], None,
                                  "months_to_date", True)
                )
        def add_span(m: re.Match[str], y: int) -> None:
            """Days from month group 2 to month group 4 of ``y``, replacing what they cover."""
            nonlocal raw
            m1, m2 = int(m.group(2)), int(m.group(4))
            if not 1 <= m1 <= m2 <= 12:
                return
            iso = f"{y}-{m1:02d}" if m1 == m2 else f"{y}-{m1:02d}/{y}-{m2:02d}"
            raw = [p for p in raw if p.end <= m.start() or p.start >= m.end()]
            raw.append(PeriodMention(m.start(), m.end(), m.group(), iso, "span"))

        # a span of days across months: "dịp nghỉ lễ 30/4 - 1/5/2024" covers April and May
        for m in _DAY_SPAN.finditer(norm):
            add_span(m, int(m.group(5)))
        # "từ ngày 27/4 đến hết ngày 1/5": a span of days, in the year written last before it
        for m in scan.finditer(_FROM_TO_DAYS):
            y_m = list(re.finditer(r"(?<!\d)((?:19|20)\d\d)(?!\d)", norm[max(0, m.start() - 300) : m.end()]))
            if y_m:
                add_span(m, int(m.group(5) or y_m[-1].group(1)))
        # "Trong tháng, …" in a monthly report: the month named last
        for m in scan.finditer(_THIS_MONTH):
            raw.append(PeriodMention(m.start(), m.end(), m.group(), None, "this_month", True))
        raw.sort(key=lambda p: p.start)
        years: list[tuple[int, int]] = []
        for p in raw:
            if p.iso and not p.needs_year and p.kind != "same_period":
                if not re.search(r"so với\s*$", norm[max(0, p.start - 12) : p.start], re.I):
                    years.append((p.start, int(p.iso[:4])))
        years.sort()
        self._month_years = [(p.start, int(p.iso[:4])) for p in raw if p.iso and not p.needs_year
                             and p.kind in ("month", "date", "quarter", "span", "ytd", "point")]
        return self._resolved(raw, years)

    def _resolved(self, raw: list[PeriodMention], years: list[tuple[int, int]]) -> list[_Period]:
        """Period mentions as the figures' periods: a year from the text before them where they
        leave it out, bases and publication dates marked not valid."""
        norm = self.norm
        out: list[_Period] = []
        for p in raw:
            if p.kind == "same_period" or p.relative and re.search(
                    r"so với\s*$", norm[max(0, p.start - 12) : p.start], re.I):
                continue  # a basis ("so với tháng trước"), not a period
            iso = p.iso
            if p.kind == "this_month":
                last = next((o for o in reversed(out) if o.kind == "month" and o.valid), None)
                if last is not None:
                    out.append(_Period(p.start, p.end, last.iso, "month", True, last.text))
                continue
            if p.needs_year or iso is None:
                i = bisect_right(years, (p.start, 10**9)) - 1
                ctx = years[i][1] if i >= 0 else None  # no reference date: never guessed
                year = self._year_in_sentence(self._month_years, p.start) if p.iso and not (
                    p.relative or _THIS_AFTER.match(norm, p.end)) else None
                if year is not None:
                    # "giữa tháng 3/2016 … lên 180.000 đồng vào tháng 5": the year of the month
                    # told before it in the sentence
                    iso = parse_period(p.text, year) or iso
                elif p.iso:
                    pass  # resolved against the reference date (the article's year)
                elif p.kind == "months_to_date" and iso is None:
                    dm = re.search(r"\d+", p.text)
                    n = int(dm.group()) if dm else 0
                    iso = f"{ctx}-01/{ctx}-{n:02d}" if ctx and 1 <= n <= 12 else None
                    iso = iso if n > 1 else (f"{ctx}-01" if ctx and n == 1 else None)
                else:
                    iso = parse_period(p.text, ctx) if ctx else None
            if not iso:
                continue
            # a plan year ("đến năm 2030") is judged by the words before its year, as a year is
            before = norm[max(0, p.start - 30) : p.end - 4 if p.kind == "target" else p.start]
            before = re.sub(r"năm\s*$", "", before) if p.kind == "target" else before
            # a day told relative to the article's own ("sáng nay", "hôm qua") dates the quotes
            # after it; a written day is a dateline or a reference point (resolve/figures.py)
            dated = p.kind == "date" and p.relative
            valid = (p.kind not in ("date", "week") or dated) and not (
                _EXCLUDE_PERIOD_BEFORE.search(before))
            if p.kind in ("years", "span", "season"):
                # "giai đoạn 2011-2015", "từ năm 2009-2011": the span is the period itself (but
                # "so với giai đoạn 2016-2020", "các năm 2020-2023" are a comparison)
                own = _SPAN_WORD_BEFORE.sub("", before)
                if p.text[:2].lower() == "từ":
                    # "những năm từ 2007 đến 2010": the span itself, not a comparison
                    own = re.sub(r"(?:những|các)\s+năm\s*$", "", own, flags=re.I)
                valid = not (_EXCLUDE_PERIOD_BEFORE.search(own) or _PLAN_BEFORE.search(own))
            if p.kind == "ytd":
                valid = not re.search(r"so với\s*$", before, re.I)
            if p.kind in ("date", "week"):
                iso = iso[:7] if len(iso) >= 7 else iso
            out.append(_Period(p.start, p.end, iso, p.kind, valid,
                               self.doc.span(p.start, p.end).text))
        return out

    def _year_in_sentence(self, years: list[tuple[int, int]], pos: int) -> int | None:
        """The year written last before ``pos`` in its sentence, if any."""
        i = bisect_right(years, (pos, 10**9)) - 1
        if i < 0:
            return None
        si = bisect_right(self.sent_starts, pos) - 1
        start = self.sent_starts[si] if si >= 0 else 0
        return years[i][1] if years[i][0] >= start else None

    def _items(self, ns: int, ne: int) -> list[_Item]:
        """The sentence as items: quantities, periods and provinces as blocks, words between."""
        blocks = self._blocks(ns, ne)
        blocks.sort()
        items: list[_Item] = []
        pos = ns
        for bs, be, kind, ref in blocks:
            if bs < pos:
                continue
            self._words(pos, bs, items)
            items.append(_Item(bs, be, self.norm[bs:be], kind, frozenset(), ref))
            pos = be
        self._words(pos, ne, items)
        return items

    def _blocks(self, ns: int, ne: int) -> list[tuple[int, int, str, int]]:
        """The periods, quantities and provinces of a sentence as (start, end, kind, ref), in
        text order. A money, percent, count or rank quantity wins over what it overlaps; any other
        block is kept only where it overlaps nothing kept before it. Each overlap test looks only
        at the blocks near it, so a long sentence stays linear."""
        pers = _Blocks()
        for i in range(bisect_left(self.period_starts, ns), bisect_left(self.period_starts, ne)):
            p = self.periods[i]
            end = p.end
            m = re.match(r"\s+nay(?!\w)", self.norm[end : end + 5])
            if m:
                end += m.end()
            pers.add((p.start, min(end, ne), "per", i))
        quants = _Blocks()
        for i in range(bisect_right(self.q_starts, ns - 1), len(self.qs)):
            q = self.qs[i]
            if q.start >= ne:
                break
            hits = pers.overlapping(q.start, q.end) + quants.overlapping(q.start, q.end)
            if not hits or q.kind in ("money", "percent", "count", "rank"):
                for blocks, j in hits:
                    blocks.remove(j)
                quants.add((q.start, min(q.end, ne), "q", i))
        kept = _Blocks()
        for b in sorted(pers.alive() + quants.alive()):
            kept.add(b)
        provs = _Blocks()
        for i in range(bisect_left(self.prov_starts, ns), bisect_left(self.prov_starts, ne)):
            sp = self.provs[i]
            if not kept.overlapping(sp.nstart, sp.nend) and not provs.overlapping(sp.nstart,
                                                                                  sp.nend):
                provs.add((sp.nstart, sp.nend, "prov", i))
        return sorted(kept.alive() + provs.alive())

    def _words(self, s: int, e: int, items: list[_Item]) -> None:
        # the pattern has no look-around: searching norm between s and e is searching the slice
        toks = [(m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(self.norm, s, e)]
        if not toks:
            return
        lows = tuple(t[2].lower() for t in toks)
        roles_get = self.lex.roles.get
        lengths_get = _role_lengths().get
        append = items.append
        count = len(toks)
        i = 0
        while i < count:
            best = 1
            roles: frozenset[str] = _NO_ROLES
            for n in lengths_get(lows[i], ()):
                if n > count - i:
                    continue
                r = roles_get(lows[i : i + n])
                if r is not None:
                    best, roles = n, r
                    break
            if best == 1:  # one token: a word, or a mark ("(" included)
                a, b, text = toks[i]
                append(_Item(a, b, text, "w" if text[0].isalnum() else "p", roles))
            else:
                a, b = toks[i][0], toks[i + best - 1][1]
                append(_Item(a, b, self.norm[a:b], "w", roles))
            i += best

    def _in_programme(self, pos: int, ns: int) -> bool:
        """A number inside a programme's proper name: "Đề án phát triển bền vững một triệu
        héc-ta lúa …", "Chương trình 1 triệu tấn …"."""
        m = _PROGRAMME.search(self.norm, max(ns, pos - 90), pos)
        return m is not None and _PROGRAMME_LINK.search(m.group("gap")) is None

    def _named_before(self, index: str, pos: int) -> bool:
        """True when the text before ``pos`` names the price index ("cpi") or the industrial
        production index ("iip"); the mentions are found once per document."""
        marks = self._index_marks.get(index)
        if marks is None:
            first, ends = len(self.lower) + 1, set()
            for m in _INDEX_NAMES[index].finditer(self.lower):
                ends.add(m.end())
                if m.group().startswith("chỉ") or _closes(self.lower, m.end(), len(self.lower)):
                    first = min(first, m.end())
            marks = self._index_marks[index] = (first, ends)
        return marks[0] <= pos or pos in marks[1]

    def _bracket_before(self, pos: int) -> bool:
        """True when the last non-space character before ``pos`` is "("."""
        i = pos - 1
        while i >= 0 and self.norm[i].isspace():
            i -= 1
        return i >= 0 and self.norm[i] == "("
