"""People and their offices.

Finds every person an article names, with the offices the text gives them, the province those
offices belong to, and every mention. Rules over the normalized text, in this order:

1. Word tokens of ``doc.norm`` (:func:`titles.tokenize`), sentences and paragraphs, province
   mentions (``title_places.tsv`` plus ``doc.spans["provinces"]``) and, when the front-end ran,
   pyvi's POS tags (a verb ends an organisation's name).
2. Office titles (:class:`titles.TitleParser`): "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch UBND
   TP. Cần Thơ", "Tổng lãnh sự Nhật Bản tại TP.HCM".
3. Names: runs of capitalized words that no lexicon claims. A run is a person when an honorific or
   rank stands before it (ông, đồng chí, Đại tá), an office title ends right before it or starts
   after its comma, it sits in a list introduced by a shared office or a plural honorific, or it
   looks like a Vietnamese name by itself (surname + common middle name + given name). A place or
   organisation noun before it (đường, xã, Trường) rules it out. One capitalized word after an
   honorific or office ("ông Hải", "Chủ tịch Hùng") is a short reference to a known person.
4. Offices to people: a chain after the name ("X, Ủy viên …, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh"),
   a chain before it ("Ủy viên Bộ Chính trị, Thủ tướng Chính phủ X"), a shared office over a list
   ("bốn Ủy viên Ban Thường vụ Thành ủy là A, B, C và D"), and an office after a verb (được bầu
   làm, giữ chức, thôi giữ chức) given to the sentence's subject or to "ông"/"bà" standing for it.
5. Places: a Vietnamese official's provincial office without a place gets the province of the
   person (an office that names one, not marked past), else the nearest fitting province mention
   before it (same sentence, then paragraph), else ``doc.focus_province``. Foreign officials and
   central posts get none. A "Vụ"/"Cục" named without its parent takes the ministry or general
   department named last before it in the paragraph; a person with no provincial office may take
   the province of "X (Quảng Nam)", "X của tỉnh Y" or "đoàn tỉnh Y do ông X dẫn đầu".
6. Short references: "ông Hải", "Chủ tịch Hùng" (a given name after an honorific or office),
   "bà Chanh Đa" (the given names of a known person) and an office named alone ("đồng chí Bí thư
   Tỉnh ủy Thái Nguyên", "tân Chủ tịch UBND tỉnh") are mentions of the person they stand for, the
   latest one mentioned; two people sharing a given name stay apart.
7. Bylines ("Tin và ảnh: Thành Chung", a lone name closing the article) are people with role
   "author"; initials (PV, T.H.) are not.

An office of a district ("Chủ tịch UBND huyện") gets the district named before it ("huyện Cầu
Kè"); a person's province is that of their current office (not marked past; a new post in a
transfer first), else the context of a district office; ``None`` for central posts and foreign
officials (a name that is not Vietnamese, a foreign country in the title, or an office only other
countries have: Thị trưởng, Tổng thống).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from ..document import Document, Person, Span
from ..text import match_key
from .titles import Lexicons, Title, TitleParser, Tok, fill, lexicons, tokenize

__all__ = ["PeopleComponent", "extract_people"]

# level words below a province and the unit they name (a district committee names its district)
_DISTRICT_WORDS = {"huyện": "huyện", "huyện ủy": "huyện", "quận": "quận", "quận ủy": "quận",
                   "thị xã": "thị xã", "thị ủy": "thị xã", "xã": "xã", "phường": "phường",
                   "thị trấn": "thị trấn"}
_PHOTO_CREDIT = re.compile(r"(?:[.!?]\s+|^)(?:Ảnh|Ảnh minh họa)\s*:\s*([^\n.:]{2,60}?)\s*$", re.M)
_DISTRICT_COMMITTEE = re.compile(r"(Huyện|Quận|Thị) ủy$")
_QUANTIFIERS = {"các", "những", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười",
                "mấy", "cả"}
_LIST_OPENERS = {"là", ":", "gồm"}
_PRONOUNS = {"ông", "bà", "đồng chí"}
# a department of a ministry with no parent body named: "Vụ trưởng Vụ Pháp chế"
_DEPT_TITLE = re.compile(r"^(?i:(?:(?:phó|quyền) )*(?:cục|vụ) trưởng (?:cục|vụ)) (?!.* (?:Bộ|Tổng cục|"
                         r"Ủy ban|Ngân hàng|tỉnh|thành phố|Tỉnh ủy|Thành ủy)\b)")
_PAST_AFTER = {"khi đó", "trước đó", "lúc đó", "hồi đó", "cũ", "trước đây"}

# letters and vowel pairs Vietnamese names do not have ("Kim Jong Un", "Lee", "Shin Dong Woo")
_FOREIGN_LETTERS = re.compile(r"[fjwz]|ee|oo|aa|ii|uu", re.IGNORECASE)
_NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_'’]*(?:['’][^\W\d_]+)?$|^[A-Z][a-z]+-[a-z]+$")
_BYLINE_LEAD = re.compile(
    r"(?:^|[\s.|/>])(?:Tin|Bài|Ảnh|Video|Clip|Thực hiện|Nhóm PV|Nhóm phóng viên|Đồ họa)"
    r"(?:\s*(?:và|,|&|\+|-)\s*(?:ảnh|bài|video|clip|Ảnh))*\s*:\s*", re.IGNORECASE)
_BYLINE_TAIL = re.compile(
    r"\s*(?:\|+|\((?:tổng hợp|t/h|TH|theo [^)]*|[A-ZĐ][A-ZĐ.&/ -]{1,15})\)|[-–/]\s*[A-ZĐ]{2,}[A-ZĐ.&]*)\s*$")


# "Khu kinh tế Đông Nam Nghệ An": a compass word before a province is not a given name
_COMPASS = frozenset({"đông", "tây", "nam", "bắc"})


@dataclass
class _Occ:
    """A mention of a person by name: tokens ``start``..``end`` (exclusive)."""

    start: int
    end: int
    person: int
    ctx: str


@dataclass
class _Person:
    name: str
    key: str
    occs: list[_Occ] = field(default_factory=list)
    titles: list[tuple[Title, int]] = field(default_factory=list)  # (title, chain id)
    extra_mentions: list[tuple[int, int]] = field(default_factory=list)  # norm offsets
    role: str | None = None


class _Extraction:
    def __init__(self, doc: Document, lex: Lexicons) -> None:
        self.doc = doc
        self.lex = lex
        self.toks: list[Tok] = tokenize(doc.norm)
        self.keys = [t.key for t in self.toks]
        self.n = len(self.toks)
        self._segments()
        self._provinces()
        self.pos = self._pos_tags()
        self.tp = TitleParser(self.toks, lex, self.prov_at, self.pos)
        self.people: list[_Person] = []
        self.by_key: dict[str, int] = {}
        self.occs: list[_Occ] = []
        self.occ_at: dict[int, _Occ] = {}
        self.occ_end: dict[int, _Occ] = {}
        self.chain_seq = 0

    # -- preparation -----------------------------------------------------------------------
    def _segments(self) -> None:
        sid = pid = 0
        self.sid: list[int] = []
        self.pid: list[int] = []
        prev: Tok | None = None
        for t in self.toks:
            if prev is not None:
                if t.nl:
                    sid += 1
                    pid += 1
                elif prev.text in (".", "!", "?", "|") and (t.kind in ("cap", "abbr", "num")):
                    sid += 1
            self.sid.append(sid)
            self.pid.append(pid)
            prev = t
        self.sent_end: dict[int, int] = {}
        for i, s in enumerate(self.sid):
            self.sent_end[s] = i + 1

    def _provinces(self) -> None:
        lex, toks, keys = self.lex, self.toks, self.keys
        self.prov_at: dict[int, tuple[int, str]] = {}
        rejected: set[int] = set()  # look-alikes we ruled out: not to be taken back from spans
        self.prov_span_at: dict[int, int] = {}  # where a provinces span starts: its token count
        i = 0
        while i < self.n:
            t = toks[i]
            if t.kind in ("cap", "abbr"):
                m = lex.places.match(keys, i)
                if m:
                    cnt, place = m
                    nxt = i + cnt
                    follows_cap = nxt < self.n and toks[nxt].kind == "cap" and not toks[nxt].nl
                    if follows_cap and keys[nxt] not in lex.surnames:
                        rejected.add(i)
                        i += cnt  # "Thái Bình Dương", "Điện Biên Phủ": not the province
                        continue
                    if i > 0 and toks[i - 1].kind == "cap" and not toks[i].nl and (
                            keys[i - 1] in lex.surnames or (i > 1 and toks[i - 2].kind == "cap")) \
                            and not lex.titles.match(keys, i - 1) \
                            and not lex.titles.match_ending(keys, i) \
                            and not (keys[i - 1] in _COMPASS and (
                                i < 2 or keys[i - 2] in _COMPASS or toks[i - 2].kind != "cap")):
                        rejected.add(i)
                        i += cnt  # "Nguyễn Thái Bình": a person's name, not the province
                        continue
                    if place.name == "Hồ Chí Minh" and i > 0 and keys[i - 1] in (
                            "chủ tịch", "bác", "tưởng", "lăng", "tncs", "chí minh"):
                        rejected.add(i)
                        i += cnt
                        continue
                    if place.name == "Hồ Chí Minh" and i > 1 and (keys[i - 2], keys[i - 1]) in (
                            ("chủ", "tịch"), ("tư", "tưởng"), ("cộng", "sản")):
                        rejected.add(i)
                        i += cnt
                        continue
                    self.prov_at[i] = (cnt, place.name)
                    i += cnt
                    continue
            i += 1
        # mentions the provinces component found and our list did not
        spans = self.doc.spans.get("provinces") or []
        if spans:
            starts = {t.s: k for k, t in enumerate(toks)}
            for sp in spans:
                k = starts.get(sp.nstart)
                # the span may open with its level word ("tỉnh Bà Rịa - Vũng Tàu", "TP. Cần Thơ")
                while k is not None and k < self.n and toks[k].e < sp.nend and (
                        toks[k].kind in ("low", "punct")
                        or (lex.titles.match(keys, k) or (0, ("",)))[1][0] == "level"):
                    k += 1
                if k is None or k >= self.n or k in self.prov_at:
                    continue
                cnt = 0
                while k + cnt < self.n and toks[k + cnt].e <= sp.nend:
                    cnt += 1
                if cnt == 0:
                    continue
                self.prov_span_at[k] = cnt
                if k in rejected:
                    continue
                name = sp.data.get("name") or sp.data.get("province") or sp.text
                if name in lex.place_kind or cnt > 1:
                    self.prov_at[k] = (cnt, name)
        self.prov_list = sorted((k, v[1]) for k, v in self.prov_at.items())
        # districts and communes named after their level word: "huyện Cầu Kè", "Huyện ủy Cầu Kè"
        self.districts: list[tuple[int, str, str]] = []
        for k in range(self.n - 1):
            level = keys[k]
            step = 1
            if level == "thị" and keys[k + 1] in ("xã", "ủy", "trấn"):
                level, step = "thị " + keys[k + 1], 2
            elif level in ("huyện", "quận") and keys[k + 1] == "ủy":
                level, step = level + " ủy", 2
            if level not in _DISTRICT_WORDS or k + step >= self.n:
                continue
            j = k + step
            run = 0
            while j + run < self.n and toks[j + run].kind == "cap" and run < 3 and not toks[j + run].nl \
                    and (j + run) not in self.prov_at:
                run += 1
            if run and not (run >= 2 and keys[j] in lex.surnames and level.endswith("ủy")):
                size = min(run, 2)
                self.districts.append((k, _DISTRICT_WORDS[level],
                                       " ".join(t.text for t in toks[j : j + size])))
        self.prov_idx = [k for k, _ in self.prov_list]

    def _pos_tags(self) -> list[str | None] | None:
        sents = self.doc.sentences
        if not sents:
            return None
        starts: list[int] = []
        tags: list[str | None] = []
        for s in sents:
            for t in s.tokens:
                starts.append(t.nstart)
                tags.append(t.pos)
        if not starts:
            return None
        out: list[str | None] = []
        for t in self.toks:
            k = bisect_right(starts, t.s) - 1
            # a word inside a longer pyvi word ("cứu" of "Nghiên_cứu") takes no tag of its own
            out.append(tags[k] if k >= 0 and starts[k] == t.s else None)
        return out

    # -- titles ----------------------------------------------------------------------------
    def find_titles(self) -> None:
        lex, keys, toks = self.lex, self.keys, self.toks
        self.titles: list[Title] = []
        self.title_at: dict[int, Title] = {}
        self.title_end: dict[int, Title] = {}
        self.covered: set[int] = set()
        i = 0
        while i < self.n:
            t = toks[i]
            if t.kind in ("cap", "abbr", "low"):
                trig = lex.context["trigger"].match_ending(keys, i)
                title = self.tp.parse(i, lower_ok=trig is not None)
                if title is None and trig is None and t.kind == "low" and i > 0 \
                        and keys[i - 1] in (",", "(", "-"):
                    # "X, đại biểu Quốc hội tỉnh …": a lower-case office with its body after it
                    title = self.tp.parse(i, lower_ok=True)
                    if title is not None and (title.bare or not self._body_after_office(title)):
                        title = None
                if title is not None and title.end > i:
                    self.titles.append(title)
                    self.title_at[i] = title
                    self.title_end[title.end] = title
                    self.covered.update(range(i, title.end))
                    self._mark_past(title, trig)
                    i = title.end
                    continue
                m = lex.titles.match(keys, i)
                if m and m[1][0] in ("name", "org") and t.kind in ("cap", "abbr"):
                    i += m[0]  # "Ban Bí thư": no office inside an organisation's name
                    continue
            i += 1

    def _body_after_office(self, title: Title) -> bool:
        """The word after the office words of ``title`` is a capitalized organisation."""
        lex, keys = self.lex, self.keys
        k = title.start
        m = lex.titles.match(keys, k)
        while m and m[1][0] in ("pre", "head", "dept", "full", "post") and k < title.end:
            k += m[0]
            m = lex.titles.match(keys, k)
        return k < title.end and self.toks[k].kind in ("cap", "abbr") \
            and bool(m and m[1][0] in ("name", "org"))

    def _mark_past(self, title: Title, trig: tuple[int, object] | None) -> None:
        keys = self.keys
        if self.lex.context["past"].match_ending(keys, title.start):
            title.past = True
        k = title.end
        if k < self.n and keys[k] == ",":
            k += 1
        for phrase in _PAST_AFTER:
            words = phrase.split()
            if keys[k : k + len(words)] == words and (
                    k + len(words) >= self.n or keys[k + len(words)] != "là"):
                title.past = True  # not "X, trước đó là …": that one is the past post

    # -- names -----------------------------------------------------------------------------
    def _ctx_before(self, i: int) -> str | None:
        if i in self.title_end:
            return "title"
        h = self.lex.honorifics.match_ending(self.keys, i)
        if h:
            return "rank" if h[1] in ("rank", "degree", "award") else "hon"
        if self.lex.context["place"].match_ending(self.keys, i):
            return "place"
        return None

    def _ctx_after(self, k: int) -> bool:
        if k < self.n and self.keys[k] in (",", "-", "(") and k + 1 in self.title_at:
            return not self.title_at[k + 1].bare or self.title_at[k + 1].end - k > 2
        return False

    def find_names(self) -> None:
        lex, toks, keys = self.lex, self.toks, self.keys
        self.short_refs: list[tuple[int, str]] = []
        self.rejected: list[tuple[int, int]] = []
        i = 0
        while i < self.n:
            t = toks[i]
            if t.kind != "cap" or i in self.covered:
                i += 1
                continue
            if i in self.prov_at:
                i += self.prov_at[i][0]
                continue
            c = lex.countries.match(keys, i)
            if c:
                i += c[0]
                continue
            h = lex.honorifics.match(keys, i)
            if h and i + h[0] < self.n and toks[i + h[0]].kind == "cap" \
                    and i + h[0] not in self.prov_at:
                i += h[0]  # "Ông Phạm Anh Tuấn": the honorific opens the sentence
                continue
            ctx = self._ctx_before(i)
            if i in self.prov_span_at and ctx not in ("hon", "rank"):
                i += self.prov_span_at[i]  # a province the provinces component found: no person
                continue
            run = self.tp.name_run(i)
            if run == 0 and ctx in ("hon", "rank") and keys[i] in lex.surnames:
                run = self._surname_run(i)  # "ông Đoàn Lợi": "Đoàn" is a family name here
            if run == 0:
                m = lex.titles.match(keys, i)
                i += m[0] if m else 1
                continue
            end = i + run
            if ctx is None and i > 0 and toks[i - 1].kind == "cap":
                ctx = None  # glued to a capitalized word we skipped (an organisation's name)
            after = self._ctx_after(end)
            words = [tt.text for tt in toks[i:end]]
            if run == 1:
                if ctx in ("hon", "rank", "title"):
                    self.short_refs.append((i, words[0]))
                i = end
                continue
            if run > 5:
                self.rejected.append((i, end))
                i = end
                continue
            strong = ctx in ("hon", "rank", "title") or after
            if strong and self._plausible(words):
                self._add_occ(i, end, ctx or "post")
            elif ctx != "place" and self._looks_vietnamese(words) \
                    and not any(k in self.prov_at for k in range(i, end)) \
                    and not any(self.tp.title_word(k) for k in range(i + 1, end)):
                self._add_occ(i, end, "name")
            else:
                self.rejected.append((i, end))
            i = end
        # runs that repeat a known name
        for s, e in self.rejected:
            key = match_key(" ".join(tt.text for tt in toks[s:e]))
            if key in self.by_key:
                self._add_occ(s, e, "known")

    def _surname_run(self, i: int) -> int:
        """Capitalized words from a family name that is also an organisation word ("Đoàn")."""
        toks = self.toks
        k = i + 1
        while k < self.n and toks[k].kind == "cap" and not toks[k].nl and k - i < 4 \
                and not self.tp.title_word(k, mid=True) and k not in self.prov_at:
            k += 1
        return k - i if k - i >= 2 else 0

    def _plausible(self, words: list[str]) -> bool:
        if len(words) > 5:
            return False
        return all(_NAME_WORD.match(w) for w in words)

    def _looks_vietnamese(self, words: list[str]) -> bool:
        lex = self.lex
        first = words[0].lower()
        if first not in lex.surnames or first in lex.weak_surnames:
            return False
        return 3 <= len(words) <= 4 and words[1].lower() in lex.middles

    def _add_occ(self, s: int, e: int, ctx: str) -> _Occ:
        name = " ".join(t.text for t in self.toks[s:e])
        key = match_key(name)
        idx = self.by_key.get(key)
        if idx is None and ctx in ("hon", "title", "rank"):
            # "bà Chanh Đa" after "bà Thạch Thị Chanh Đa": the given names of a known person
            for known, k in self.by_key.items():
                if known.endswith(" " + key) and len(known.split()) > len(key.split()):
                    idx = k
        if idx is None:
            idx = len(self.people)
            self.by_key[key] = idx
            self.people.append(_Person(name, key))
        occ = _Occ(s, e, idx, ctx)
        self.people[idx].occs.append(occ)
        self.occs.append(occ)
        self.occ_at[s] = occ
        self.occ_end[e] = occ
        return occ

    def find_lists(self) -> None:
        """Names in a list opened by a shared office or a plural honorific ("các đồng chí: A, B")."""
        keys, toks = self.keys, self.toks
        self.list_ranges: list[tuple[int, int, Title | None]] = []
        for title in self.titles:
            if title.bare:
                continue
            k = title.end
            quantified = title.start > 0 and keys[title.start - 1] in _QUANTIFIERS or (
                title.start > 0 and toks[title.start - 1].kind == "num")
            opener = k < self.n and keys[k] in _LIST_OPENERS
            if opener or (quantified and (k in self.occ_at or self._list_start(k))):
                self.list_ranges.append((k, self.sent_end[self.sid[title.start]], title))
        for i in range(self.n):
            h = self.lex.honorifics.match(keys, i)
            if h and h[1] == "plural":
                self.list_ranges.append((i + h[0], self.sent_end[self.sid[i]], None))
        if not self.list_ranges:
            return
        for s, e in list(self.rejected):
            if self.toks[s].key not in self.lex.surnames or (s in self.occ_at):
                continue
            prev = keys[s - 1] if s > 0 else ""
            for lo, hi, _ in self.list_ranges:
                if lo <= s < hi and (prev in (",", "và", ";", ":", "là", "gồm") or s == lo
                                     or s - 1 in self.title_end or s in self.title_end):
                    self._add_occ(s, e, "list")
                    break

    def _list_start(self, k: int) -> bool:
        return k < self.n and self.toks[k].kind == "cap" and self.tp.starts_name(k)

    # -- linking ---------------------------------------------------------------------------
    def link(self) -> None:
        self.occs.sort(key=lambda o: o.start)
        for occ in self.occs:
            self._post_chain(occ)
        for occ in self.occs:
            self._pre_chain(occ)
        # short references ("ông Hải") once the full names have their offices
        short = self.short_references()
        self.occs.sort(key=lambda o: o.start)
        for occ in short:
            self._post_chain(occ)
        self._shared()
        self._triggers()

    def _claim(self, title: Title, person: int, chain: int) -> None:
        title.owner = person
        self.people[person].titles.append((title, chain))

    def _abuts_next(self, title: Title) -> bool:
        k = title.end
        if k in self.occ_at:
            return True
        if k < self.n and self.keys[k] == ",":
            h = self.lex.honorifics.match(self.keys, k + 1)
            if h and h[1] in ("rank", "degree", "award") and k + 1 + h[0] in self.occ_at:
                return True
        return False

    def _post_chain(self, occ: _Occ) -> None:
        self.chain_seq += 1
        chain = self.chain_seq
        k = occ.end
        keys = self.keys
        while k < self.n:
            nxt = None
            if keys[k] in (",", "(", "-") and k + 1 in self.title_at:
                nxt = self.title_at[k + 1]
            elif keys[k] == "kiêm" and k + 1 in self.title_at:
                nxt = self.title_at[k + 1]
            elif k == occ.end and k in self.title_at:
                nxt = self.title_at[k]
            elif keys[k] == "," and k + 1 < self.n:
                h = self.lex.honorifics.match(keys, k + 1)
                if h and h[1] in ("rank", "degree", "award") and k + 1 + h[0] < self.n \
                        and keys[k + 1 + h[0]] == ",":
                    k = k + 1 + h[0]  # "X, Thượng tướng, Thứ trưởng …"
                    continue
            if nxt is None or nxt.owner is not None or nxt.bare or self._abuts_next(nxt):
                break
            self._claim(nxt, occ.person, chain)
            k = nxt.end
            if k < self.n and keys[k] == ")":
                k += 1

    def _pre_chain(self, occ: _Occ) -> None:
        keys = self.keys
        k = occ.start
        h = self.lex.honorifics.match_ending(keys, k)
        if h and h[1] in ("rank", "degree", "award"):
            k -= h[0]
        title = self.title_end.get(k)
        if title is None and k > 0 and keys[k - 1] == ",":
            title = self.title_end.get(k - 1) if h else None
        if title is None or title.owner is not None:
            return
        self.chain_seq += 1
        chain = self.chain_seq
        if self._quantified(title):
            return  # a shared office: see _shared
        self._claim(title, occ.person, chain)
        while True:
            k = title.start
            if k == 0 or keys[k - 1] != ",":
                break
            h = self.lex.honorifics.match_ending(keys, k - 1)
            if h and h[1] in ("rank", "degree", "award") and k - 1 - h[0] > 0 \
                    and keys[k - 2 - h[0]] == ",":
                k = k - 1 - h[0]
            prev = self.title_end.get(k - 1)
            if prev is None or prev.owner is not None or prev.bare:
                break
            self._claim(prev, occ.person, chain)
            title = prev

    def _quantified(self, title: Title) -> bool:
        s = title.start
        return s > 0 and (self.keys[s - 1] in _QUANTIFIERS or self.toks[s - 1].kind == "num")

    def _shared(self) -> None:
        for lo, hi, title in self.list_ranges:
            if title is None or title.owner is not None:
                continue
            members = self._members(lo, hi)
            if not members:
                continue
            title.shared = True
            title.owner = -1
            self.chain_seq += 1
            for o in members:
                self.people[o.person].titles.append((title, self.chain_seq))

    def _members(self, lo: int, hi: int) -> list[_Occ]:
        """The people of a list that starts at token ``lo``: consecutive names joined only by
        punctuation, "và", honorifics and their own offices."""
        inside = [o for o in self.occs if lo <= o.start < hi]
        out: list[_Occ] = []
        k = lo
        for o in inside:
            if not self._joined(k, o.start):
                break
            out.append(o)
            k = o.end
        return out

    def _joined(self, a: int, b: int) -> bool:
        keys = self.keys
        k = a
        while k < b:
            if k in self.title_at:
                k = self.title_at[k].end
                continue
            h = self.lex.honorifics.match(keys, k)
            if h:
                k += h[0]
                continue
            if keys[k] in (",", ";", "và", "-", "(", ")", ":", "là", "gồm", "có", "cùng"):
                k += 1
                continue
            return False
        return True

    def _triggers(self) -> None:
        lex, keys, toks = self.lex, self.keys, self.toks
        for title in self.titles:
            if title.owner is not None or (title.bare and not self._full(title)):
                continue
            trig = lex.context["trigger"].match_ending(keys, title.start)
            if not trig:
                continue
            tstart = title.start - trig[0]
            words = keys[tstart:title.start]
            sent = self.sid[title.start]
            person = None
            if words == ["là"]:
                occ = self.occ_end.get(tstart)
                if occ is not None:
                    person = occ.person
                elif tstart > 0 and keys[tstart - 1] in _PRONOUNS:
                    person = self._pronoun_person(tstart - 1)
            else:
                before = [o for o in self.occs if o.end <= tstart and self.sid[o.start] == sent]
                if before:
                    person = before[-1].person
                else:
                    for k in range(tstart - 1, -1, -1):
                        if self.sid[k] != sent:
                            break
                        if keys[k] in _PRONOUNS and (k + 1 >= self.n or toks[k + 1].kind != "cap"):
                            person = self._pronoun_person(k)
                            break
            if keys[tstart] == "miễn" or (person is None and keys[title.end:title.end + 2] == ["đối", "với"]):
                after = [o for o in self.occs if o.start > title.end and self.sid[o.start] == sent
                         and o.start <= title.end + 4]
                if after:
                    person = after[0].person
            if person is None:
                continue
            if lex.context["past"].match_ending(keys, title.start) or self._past_sentence(tstart):
                title.past = True
            elif words != ["là"]:
                title.new = True  # "được điều động giữ chức …": in a transfer, the new post
            self.chain_seq += 1
            self._claim(title, person, self.chain_seq)
            k = title.end
            while k + 1 < self.n and keys[k] == "," and k + 1 in self.title_at:
                nxt = self.title_at[k + 1]
                if nxt.owner is not None or nxt.bare or self._abuts_next(nxt):
                    break
                nxt.past = nxt.past or title.past
                self._claim(nxt, person, self.chain_seq)
                k = nxt.end

    def _past_sentence(self, k: int) -> bool:
        """The sentence of token ``k`` opens with "Trước đó," / "Khi đó," (a past post)."""
        s = k
        sent = self.sid[k]
        while s > 0 and self.sid[s - 1] == sent:
            s -= 1
        return " ".join(self.keys[s : s + 2]) in _PAST_AFTER and s + 2 < k

    def _full(self, title: Title) -> bool:
        m = self.lex.titles.match(self.keys, title.start)
        k = title.start
        while m and m[1][0] == "pre":
            k += m[0]
            m = self.lex.titles.match(self.keys, k)
        return bool(m and m[1][0] == "full")

    def _pronoun_person(self, k: int) -> int | None:
        """Whom "ông"/"bà" at token ``k`` means: the person named last before it in its
        paragraph, else the person named last before it."""
        best = None
        for o in self.occs:
            if o.start < k and self.pid[o.start] == self.pid[k]:
                best = o.person
        return best if best is not None else self._latest_before(k)

    def _latest_before(self, k: int) -> int | None:
        best = None
        for o in self.occs:
            if o.start < k:
                best = o.person
        return best

    # -- provinces and filling -------------------------------------------------------------
    def _kind_ok(self, name: str, want: str | None) -> bool:
        if want is None:
            return True
        kind = self.lex.place_kind.get(name)
        return kind is None or kind == want

    def _foreign_seat(self, k: int) -> bool:
        """A province named as the seat of a foreign office ("Tổng Lãnh sự Hàn Quốc tại Đà
        Nẵng"): it says nothing of the offices around it."""
        if k < 2 or self.keys[k - 1] != "tại":
            return False
        return any(self.lex.countries.match(self.keys, j) for j in range(max(0, k - 7), k - 1))

    def context_province(self, i: int, want: str | None) -> str | None:
        pos = bisect_right(self.prov_idx, i)
        before = [(k, n) for k, n in self.prov_list[:pos] if not self._foreign_seat(k)]
        for k, name in reversed(before):
            if self.sid[k] == self.sid[i] and self._kind_ok(name, want):
                return name
        for k, name in reversed(before):
            if self.pid[k] == self.pid[i] and self._kind_ok(name, want):
                return name
        focus = self.doc.focus_province
        if focus and self._kind_ok(focus, want):
            return focus
        for _k, name in reversed(before):
            if self._kind_ok(name, want):
                return name
        for _k, name in self.prov_list[pos:]:
            if self._kind_ok(name, want):
                return name
        if want is not None:
            return None  # no province of the kind the office needs ("Tỉnh ủy" in a city)
        if focus:
            return focus
        if self.prov_list:
            counts: dict[str, int] = {}
            for _, name in self.prov_list:
                counts[name] = counts.get(name, 0) + 1
            return max(counts, key=lambda n: counts[n])
        return None

    def _district_before(self, i: int, level: str) -> str | None:
        for k, lv, name in reversed(self.districts):
            if k < i and lv == level:
                return name
        return None

    def _is_foreign(self, p: _Person) -> bool:
        words = p.name.lower().split()
        first = words[0]
        if first not in self.lex.surnames and not first.startswith(("h'", "h’")):
            return True
        if _FOREIGN_LETTERS.search(p.name):
            return True
        return any(t.country or t.foreign for t, _ in p.titles)

    def resolve(self, p: _Person) -> tuple[list[tuple[Title, str]], str | None, list[tuple[Title, str]]]:
        """Filled titles in text order (deduplicated), the person's province, and every title
        occurrence with its filled text."""
        items = sorted(p.titles, key=lambda tc: tc[0].start)
        if self._is_foreign(p):
            # a foreign official's local office takes the place its chain names ("Bí thư Tỉnh
            # ủy, Tỉnh trưởng tỉnh Attapeu")
            places = {c: o.place for o, c in items if o.place}
            filled = [(t, f"{t.expanded} {places[c]}" if t.local and not t.has_place()
                       and c in places and t.expanded.endswith(("Tỉnh ủy", "Thành ủy"))
                       else t.expanded) for t, c in items]
            return self._dedupe(filled), None, filled
        # the offices held now: not marked past; a new post (transfer, election) before the rest
        past = [t.expanded for t, _ in items if t.past]
        # an office the text also gives as past ("nguyên Bí thư Tỉnh ủy Yên Bái") is not current
        # where it is told again ("năm 2021 được bầu giữ chức Bí thư Tỉnh ủy")
        current = [t for t, _ in items if not t.past and not any(
            p.startswith(t.expanded) or t.expanded.startswith(p) for p in past)] or \
            [t for t, _ in items if not t.past] or [t for t, _ in items]
        current.sort(key=lambda t: (not t.new, t.start))
        if current and current[0].new and not all(t.new for t in current):
            # a transfer: the post taken up decides the province, not the one left
            new_posts = [t for t in current if t.new]
            if not any(t.province or t.local for t in new_posts):
                current = new_posts
        explicit = [t for t, _ in items if t.province]
        person_prov = next((t for t in current if t.province), None) or (explicit or [None])[0]
        prov_name = person_prov.province if person_prov else None
        own = None
        if prov_name is None and all(t.local or self._delegate(t) for t, _ in items):
            own = self._own_province(p)  # "ông X (Quảng Nam)", "đoàn tỉnh X do ông Y dẫn đầu"
            prov_name = own
        chain_prov: dict[int, list[Title]] = {}
        for t, c in items:
            if t.province:
                chain_prov.setdefault(c, []).append(t)
        filled = []
        implied_prov = None
        for t, c in items:
            committee = _DISTRICT_COMMITTEE.search(t.expanded) if not t.has_place() else None
            if t.level in _DISTRICT_WORDS and t.level_final or committee:
                level = _DISTRICT_WORDS[t.level] if t.level in _DISTRICT_WORDS else \
                    _DISTRICT_WORDS[committee.group(1).lower() + " ủy"] if committee else ""
                # the district its chain names ("Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Lục
                # Ngạn"), else the last one named before it
                district = next((o.place for o, oc in items if oc == c and o is not t and o.place
                                 and f"{level} {o.place}".lower() in o.expanded.lower()), None) \
                    or self._district_before(t.start, level)
                filled.append((t, f"{t.expanded} {district}" if district else t.expanded))
                continue
            if t.expanded.lower().endswith(("ban cán sự đảng", "đảng đoàn")) and not t.has_place():
                # "Bí thư Ban cán sự đảng, Bộ trưởng Bộ GTVT": the committee of that ministry
                body = next((m.group(1) for o, oc in items if oc == c and o is not t
                             for m in [re.search(r"(Bộ [A-ZĐ][^,;()]*)$", o.expanded)] if m), None)
                filled.append((t, f"{t.expanded} {body}" if body else t.expanded))
                continue
            if own and self._delegate(t) and not t.has_place():
                city = self.lex.place_kind.get(own) == "city"
                filled.append((t, f"{t.expanded} {'thành phố' if city else 'tỉnh'} {own}"))
                continue
            if t.has_place() or not t.local:
                parent = self._parent_before(t) if _DEPT_TITLE.match(t.expanded) else None
                filled.append((t, f"{t.expanded} {parent}" if parent else t.expanded))
                continue
            prov = None
            for other in chain_prov.get(c, []):
                if self._kind_ok(other.province or "", t.want):
                    prov = other.province
                    if other.start > t.start:
                        break
            if prov is None and prov_name and self._kind_ok(prov_name, t.want) and not (
                    person_prov is not None and person_prov.past and not t.past):
                # (a province named only with a past post does not fill the current ones)
                prov = prov_name
            if prov is None and implied_prov and self._kind_ok(implied_prov, t.want):
                prov = implied_prov
            if prov is None:
                occ_pos = min([t.start] + [o.start for o in p.occs if o.start <= t.start][-1:])
                prov = self.context_province(occ_pos, t.want)
            if prov and implied_prov is None and not t.past:
                implied_prov = prov
            city = self.lex.place_kind.get(prov or "") == "city"
            filled.append((t, fill(t, prov, city)))
        fills = {id(t): text for t, text in filled}
        province = None
        for t in current:
            if t.province:
                province = t.province
            elif (t.place and not t.country) or (t.level in _DISTRICT_WORDS and t.level_final):
                province = self.context_province(t.start, None)  # a district's office
            elif t.local and not t.has_place() and fills[id(t)] != t.expanded:
                province = next((name for name in self.lex.place_kind
                                 if fills[id(t)].endswith(" " + name)), None)
            if province:
                break
        if province is None and own:
            province = own
        return self._dedupe(filled), province, filled

    def _parent_before(self, t: Title) -> str | None:
        """The ministry or general department named last before ``t`` in its paragraph: the
        parent of a "Vụ"/"Cục" the title names alone ("Bộ Tài chính … Vụ trưởng Vụ Ngân sách")."""
        for k, text in reversed(self.bodies):
            if k >= t.start:
                continue
            if self.pid[k] != self.pid[t.start]:
                return None
            return text
        return None

    def _find_bodies(self) -> None:
        """Ministries and general departments as written: "Bộ Công an", "Tổng cục Thống kê"."""
        lex, keys, toks = self.lex, self.keys, self.toks
        self.bodies: list[tuple[int, str]] = []
        for k in range(self.n):
            if keys[k] not in ("bộ", "tổng") or toks[k].kind != "cap":
                continue
            m = lex.titles.match(keys, k)
            if not m or m[1][0] not in ("org", "name") or m[1][1] != "central":
                continue
            e = k + m[0]
            if m[1][0] == "org":
                m2 = lex.titles.match(keys, e)
                if not (m2 and m2[1][0] == "name" and e < self.n and toks[e].kind == "cap"):
                    continue
                e += m2[0]
            self.bodies.append((k, self.tp.expand(k, e)))

    def _delegate(self, t: Title) -> bool:
        """ "Đại biểu Quốc hội" with no place: a deputy whose province the text may give."""
        return not t.has_place() and match_key(t.expanded) == "đại biểu quốc hội"

    def _own_province(self, p: _Person) -> str | None:
        """A province a mention ties the person to: "X (Quảng Nam)", "X của tỉnh Nghệ An",
        "đoàn công tác tỉnh Quảng Trị do ông X dẫn đầu"."""
        keys, lex = self.keys, self.lex
        for o in p.occs:
            k = o.end
            if k < self.n and keys[k] in ("(", "của"):
                q = k + 1
                if q < self.n and keys[q] == "đoàn":
                    q += 1
                lv = lex.titles.match(keys, q)
                if lv and lv[1][0] == "level":
                    q += lv[0]
                if q in self.prov_at:
                    cnt, name = self.prov_at[q]
                    if keys[k] == "của" or (q + cnt < self.n and keys[q + cnt] == ")"):
                        return name
            s = o.start
            h = lex.honorifics.match_ending(keys, s)
            if h:
                s -= h[0]
            if s > 0 and keys[s - 1] == "do":
                for q in range(max(0, s - 4), s - 1):
                    if q in self.prov_at and q + self.prov_at[q][0] == s - 1 \
                            and "đoàn" in keys[max(0, q - 6) : q]:
                        return self.prov_at[q][1]
        return None

    @staticmethod
    def _dedupe(filled: list[tuple[Title, str]]) -> list[tuple[Title, str]]:
        out: list[tuple[Title, str]] = []
        keys: list[list[str]] = []
        for t, text in filled:
            words = match_key(text).split()
            if not words:
                continue
            skip = False
            for n, have in enumerate(keys):
                if have == words or have[: len(words)] == words:
                    skip = True  # repeated, or a shorter form of an office already given
                    break
                if words[: len(have)] == have:
                    out[n] = (t if out[n][0].start > t.start else out[n][0], text)
                    keys[n] = words
                    skip = True
                    break
            if not skip:
                out.append((t, text))
                keys.append(words)
        return out

    # -- references ------------------------------------------------------------------------
    def short_references(self) -> list[_Occ]:
        """ "ông Hải", "Chủ tịch Hùng": the latest-mentioned person of that given name."""
        found: list[_Occ] = []
        for i, word in self.short_refs:
            w = word.lower()
            place = None
            if i + 2 < self.n and self.keys[i + 1] == "(" and i + 2 in self.prov_at:
                place = self.prov_at[i + 2][1]
            best = None
            best_pos = -1
            for idx, p in enumerate(self.people):
                parts = p.name.lower().split()
                if parts[-1] != w and not (self._is_foreign(p) and parts[0] == w):
                    continue
                last = max((o.start for o in p.occs if o.start < i), default=-1)
                if place and any(t.province == place for t, _ in p.titles):
                    last += self.n  # "ông Hải (Cà Mau)": the Hải from Cà Mau
                if last > best_pos:
                    best, best_pos = idx, last
            if best is not None:
                occ = _Occ(i, i + 1, best, "short")
                self.people[best].occs.append(occ)
                self.occs.append(occ)
                self.occ_at[i] = occ
                self.occ_end[i + 1] = occ
                found.append(occ)
        return found

    def title_references(self, resolved: dict[int, list[str]]) -> None:
        """An office named alone ("đồng chí Bí thư Tỉnh ủy Thái Nguyên") stands for its holder."""
        for title in self.titles:
            if title.owner is not None or title.bare:
                continue
            prov = title.province
            if title.local and not title.has_place():
                prov = self.context_province(title.start, title.want)
            text = match_key(fill(title, prov, self.lex.place_kind.get(prov or "") == "city"))
            best = None
            best_pos = -1
            for idx, p in enumerate(self.people):
                if text not in resolved.get(idx, []):
                    continue
                last = max((o.start for o in p.occs if o.start < title.start), default=-1)
                if last > best_pos:
                    best, best_pos = idx, last
            if best is not None:
                title.owner = best
                toks = self.toks
                s = title.start + (1 if toks[title.start].key == "tân" else 0)
                self.people[best].extra_mentions.append((toks[s].s, toks[title.end - 1].e))

    # -- bylines ---------------------------------------------------------------------------
    def bylines(self) -> list[tuple[str, int, int]]:
        norm = self.doc.norm
        out: list[tuple[str, int, int]] = []
        tail_start = max(0, len(norm) - 300)
        for m in _BYLINE_LEAD.finditer(norm, tail_start):
            line_end = norm.find("\n", m.end())
            if line_end < 0:
                line_end = len(norm)
            out.extend(self._byline_names(m.end(), line_end))
        # photo credits at the end of a caption line: "… tại Khu công nghiệp Đại An. Ảnh: Mạnh
        # Minh/TTXVN"
        for m in _PHOTO_CREDIT.finditer(norm, 0, tail_start):
            out.extend(self._byline_names(m.start(1), m.end(1)))
        if out:
            return out
        stripped = norm.rstrip()
        start = stripped.rfind("\n") + 1
        if start <= 0:
            return out
        return self._byline_names(start, len(stripped))

    def _byline_names(self, s: int, e: int) -> list[tuple[str, int, int]]:
        norm = self.doc.norm
        seg = norm[s:e]
        tail = _BYLINE_TAIL.search(seg)
        if tail:
            seg = seg[: tail.start()]
        if "/" in seg:
            seg = seg[: seg.index("/")]  # "Thu Hằng/VOV.VN", "Hải Yến/Bnews/TTXVN"
        out = []
        pos = s
        for part in re.split(r"(\s*[-–,;]\s*|\s+và\s+)", seg):
            if not part.strip() or re.fullmatch(r"\s*[-–,;]\s*|\s+và\s+", part):
                pos += len(part)
                continue
            lead = len(part) - len(part.lstrip())
            name = part.strip()
            if self._byline_name(name):
                out.append((name, pos + lead, pos + lead + len(name)))
            else:
                return []
            pos += len(part)
        return out

    def _byline_name(self, name: str) -> bool:
        words = name.split()
        if words and words[0].lower() in ("theo", "nguồn", "ảnh", "tin", "bài", "video"):
            return False
        if not 2 <= len(words) <= 4:
            return False
        for w in words:
            if not (w[0].isupper() and len(w) >= 2 and w[1:].islower() and w.isalpha()):
                return False
        keys = [t.key for t in tokenize(name)]
        lex = self.lex
        for found in (lex.places.match(keys, 0), lex.countries.match(keys, 0)):
            if found and found[0] == len(keys):
                return False
        if any(lex.titles.match(keys, k) for k in range(len(keys))):
            return False
        return not lex.honorifics.match(keys, 0)

    # -- output ----------------------------------------------------------------------------
    def run(self) -> None:
        self.find_titles()
        self._find_bodies()
        self.find_names()
        self.find_lists()
        self.link()
        resolved_people = []
        resolved_keys: dict[int, list[str]] = {}
        for idx, p in enumerate(self.people):
            titles, province, every = self.resolve(p)
            resolved_people.append((titles, province, every))
            resolved_keys[idx] = [match_key(text) for _, text in titles]
        self.title_references(resolved_keys)

        doc = self.doc
        people_spans: list[Span] = []
        title_spans: list[Span] = []
        out: list[Person] = []
        for idx, p in enumerate(self.people):
            titles, province, every = resolved_people[idx]
            spans = [(self.toks[o.start].s, self.toks[o.end - 1].e) for o in p.occs]
            spans += p.extra_mentions
            mentions = [doc.span(s, e, "person", name=p.name) for s, e in sorted(set(spans))]
            person = Person(
                name=p.name,
                titles=[text for _, text in titles],
                titles_raw=[doc.span(self.toks[t.start].s, self.toks[t.end - 1].e).text for t, _ in titles],
                province=province,
                mentions=mentions,
            )
            out.append(person)
            people_spans.extend(mentions)
            for t, text in every:
                title_spans.append(doc.span(self.toks[t.start].s, self.toks[t.end - 1].e, "title",
                                            title=text, person=p.name))
        known = {match_key(p.name): p for p in out}
        for name, s, e in self.bylines():
            have = known.get(match_key(name))
            if have is not None:
                if not have.titles and all(s <= m.start and m.end <= e for m in have.mentions):
                    have.role = "author"  # a lone name closing the article: the byline
                    for m in have.mentions:
                        m.data["role"] = "author"
                continue
            span = doc.span(s, e, "person", name=name, role="author")
            out.append(Person(name=name, role="author", mentions=[span]))
            people_spans.append(span)
            known[match_key(name)] = out[-1]
        out.sort(key=lambda p: p.mentions[0].start if p.mentions else 0)
        doc.people = out
        doc.spans["people"] = sorted(people_spans, key=lambda s: s.start)
        doc.spans["titles"] = sorted(title_spans, key=lambda s: s.start)


def extract_people(doc: Document) -> list[Person]:
    """Run the people rules on ``doc`` (fills ``doc.people`` and its spans) and return the people."""
    _Extraction(doc, lexicons()).run()
    return doc.people


class PeopleComponent:
    """Pipeline component: people, their offices and provinces (``doc.people``)."""

    name = "people"

    def __init__(self) -> None:
        self.lex = lexicons()

    def __call__(self, doc: Document) -> Document:
        _Extraction(doc, self.lex).run()
        return doc
