"""Resolve step: people ↔ offices ↔ provinces, and bylines (fills ``doc.people``).

Runs after every component (:mod:`vnextract.resolve`), on the titles and names they found:

1. Offices to people: a chain after the name ("X, Ủy viên …, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh"),
   a chain before it ("Ủy viên Bộ Chính trị, Thủ tướng Chính phủ X"), a shared office over a list
   ("bốn Ủy viên Ban Thường vụ Thành ủy là A, B, C và D"), and an office after a verb (được bầu
   làm, giữ chức, thôi giữ chức) given to the sentence's subject or to "ông"/"bà" standing for it.
2. Places: a Vietnamese official's provincial office without a place gets the province of the
   person (an office that names one, not marked past), else the nearest fitting province mention
   before it (same sentence, then paragraph), else ``doc.focus_province``. Foreign officials and
   central posts get none. A "Vụ"/"Cục" named without its parent takes the ministry or general
   department named last before it in the paragraph; a person with no provincial office may take
   the province of "X (Quảng Nam)", "X của tỉnh Y" or "đoàn tỉnh Y do ông X dẫn đầu".
3. Short references: "ông Hải", "Chủ tịch Hùng" (a given name after an honorific or office),
   "bà Chanh Đa" (the given names of a known person) and an office named alone ("đồng chí Bí thư
   Tỉnh ủy Thái Nguyên", "tân Chủ tịch UBND tỉnh") are mentions of the person they stand for, the
   latest one mentioned; two people sharing a given name stay apart.
4. Bylines ("Tin và ảnh: Thành Chung", a lone name closing the article, ``doc.meta["author"]``)
   are people with role "author"; initials (PV, T.H.) and newspapers or agencies are not.

An office of a district ("Chủ tịch UBND huyện") gets the district named before it ("huyện Cầu
Kè"); a person's province is that of their current office (not marked past; a new post in a
transfer first), else the context of a district office; ``None`` for central posts and foreign
officials (a name that is not Vietnamese, a foreign country in the title, or an office only other
countries have: Thị trưởng, Tổng thống).

Every title span gets its filled-in title and its holder (:class:`TitleAttrs`), and the record's
top-level ``"titles"`` list is built from them (:func:`title_records`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from ..components.names import NameAttrs, NamedPerson, NameFinds, Occ, name_finds
from ..components.titles import Title, TitleAttrs, fill
from ..components.words import DISTRICT_WORDS, tokenize, word_set
from ..document import Document, Person, Span
from ..text import match_key
from .figure_places import business_office, district_home

__all__ = ["resolve", "title_records"]

_PHOTO_CREDIT = re.compile(r"(?:[.!?]\s+|^)(?:Ảnh|Ảnh minh họa)\s*:\s*([^\n.:]{2,60}?)\s*$", re.M)
_DISTRICT_COMMITTEE = re.compile(r"(Huyện|Quận|Thị) ủy$")
# the unit an office names last: "Bí thư Thành ủy Hội An", "Chủ tịch UBND huyện Tánh Linh"
_UNIT_AT_END = re.compile(r"(?:Thành ủy|Huyện ủy|Quận ủy|Thị ủy|thành phố|huyện|quận|thị xã)\s+"
                          r"((?:[A-ZĐ][\w-]*)(?:\s+[A-ZĐ][\w-]*){0,3})$", re.I)
# an office that ends on a bare level word: "Trưởng Ban Văn hóa - Xã hội HĐND thành phố"
_BARE_LEVEL_END = re.compile(r"\s(tỉnh|thành phố)$", re.I)
# a department of a ministry with no parent body named: "Vụ trưởng Vụ Pháp chế"
_DEPT_TITLE = re.compile(r"^(?i:(?:(?:phó|quyền) )*(?:cục|vụ) trưởng (?:cục|vụ)) (?!.* (?:Bộ|Tổng cục|"
                         r"Ủy ban|Ngân hàng|tỉnh|thành phố|Tỉnh ủy|Thành ủy)\b)")
_LEVEL_AFTER_COMMITTEE = re.compile(r"\b((?:huyện|quận|thị|tỉnh|thành) ủy) (?:huyện|quận|thị xã|tỉnh) ")
# letters and vowel pairs Vietnamese names do not have ("Kim Jong Un", "Lee", "Shin Dong Woo")
# a letter or tone mark only Vietnamese spelling has (not plain Latin letters)
_VIETNAMESE_MARK = re.compile(r"[^\x00-\x7f]")
_FOREIGN_LETTERS = re.compile(r"[fjwz]|ee|oo|aa|ii|uu", re.IGNORECASE)
_BYLINE_LEAD = re.compile(
    r"(?:^|[\s.|/>])(?:Tin|Bài|Ảnh|Video|Clip|Thực hiện|Nhóm PV|Nhóm phóng viên|Đồ họa)"
    r"(?:\s*(?:và|,|&|\+|-)\s*(?:ảnh|bài|video|clip|Ảnh))*\s*:\s*", re.IGNORECASE)
_BYLINE_TAIL = re.compile(
    r"\s*(?:\|+|\((?:tổng hợp|t/h|TH|theo [^)]*|[A-ZĐ][A-ZĐ.&/ -]{1,15})\)|[-–/]\s*[A-ZĐ]{2,}[A-ZĐ.&]*)\s*$")

# words before an office ("cựu Tổng thống"); offices that need their ministry named after them
_OFFICE_PREFIXES = frozenset(("phó", "cựu", "tân", "nguyên", "quyền"))
_MINISTRY_HEADS = frozenset(("bộ trưởng", "thứ trưởng"))

Resolved = tuple[list[tuple[Title, str]], str | None, list[tuple[Title, str]]]


class _Stage:
    """What the linking and filling steps share: the document's words, titles and names."""

    def __init__(self, names: NameFinds) -> None:
        self.names = names
        self.doc = names.doc
        self.lex = names.lex
        self.toks, self.keys, self.n = names.toks, names.keys, names.n
        self.sid, self.pid = names.sid, names.pid
        self.prov_at = names.prov_at
        self.titles, self.title_at, self.title_end = names.titles, names.title_at, names.title_end
        self.people: list[NamedPerson] = names.people
        self.occs: list[Occ] = names.occs
        self.occ_at, self.occ_end = names.occ_at, names.occ_end
        self.short_refs = names.short_refs
        self.list_ranges = names.list_ranges

    def _is_foreign(self, p: NamedPerson) -> bool:
        words = p.name.lower().split()
        first = words[0]
        if first not in self.lex.surnames and not first.startswith(("h'", "h’")) \
                and not (len(words) >= 3 and sum(bool(_VIETNAMESE_MARK.search(w)) for w in words) >= 2):
            return True  # (a rarer family name: "Tất Thành Cang", syllables spelt the Vietnamese way)
        if _FOREIGN_LETTERS.search(p.name):
            return True
        return any(t.country or t.foreign for t, _ in p.titles)



class _Chains(_Stage):
    """Offices handed to people along a chain of text (the claim itself, terms of office between
    offices, pronouns) and the lists of offices the linker reads: careers, offices of a subject
    named by its office, offices counted then listed."""

    def __init__(self, names: NameFinds) -> None:
        super().__init__(names)
        self.chain_seq = 0
        self.pending: list[tuple[Title, list[Title]]] = []  # see _subject_offices

    def _claim(self, title: Title, person: int, chain: int) -> None:
        title.owner = person
        self.people[person].titles.append((title, chain))

    def _after_birth(self, k: int) -> int:
        """The token after a bracket of birth year or age right after a name ("(SN: 1969)",
        "(sinh năm 1956)", "(45 tuổi)"), or ``k`` when none stands there: the offices go on
        after it ("X (SN 1969), nguyên Trưởng phòng …")."""
        keys, toks, n = self.keys, self.toks, self.n
        if k >= n or keys[k] != "(":
            return k
        close = next((q for q in range(k + 1, min(k + 8, n)) if keys[q] == ")"), None)
        inside = keys[k + 1 : close] if close else []
        if not inside or not any(toks[q].kind == "num" for q in range(k + 1, close)) \
                or not all(w in ("sn", "sinh", "năm", "tuổi", ":", ",") or w.isdigit() for w in inside):
            return k
        return close + 1

    def _abuts_next(self, title: Title) -> bool:
        k = title.end
        if _ends_sentence(self.toks[k - 1].text):
            return False  # "… Công ty PVC.KBC. Hiện …": the sentence ended inside the office
        if k in self.occ_at:
            return True
        if title.borrowed and k < self.n and self.toks[k].kind == "cap" and not self.toks[k].nl \
                and any(p.key.split()[-1] == self.keys[k] for p in self.people):
            return True  # "…, Thứ trưởng Ái đã yêu cầu": the office of the short name after it
        if k < self.n and self.keys[k] == ",":
            h = self.lex.honorifics.match(self.keys, k + 1)
            if h and h[1] in ("rank", "degree", "award") and k + 1 + h[0] in self.occ_at:
                return True
        return False

    def _after_term(self, k: int) -> int:
        """The token after a term of office at ``k`` ("khóa IX (2016-2021)", "nhiệm kỳ
        2015-2020"), or ``k`` when none stands there: a chain of offices goes on after it."""
        keys, toks, n = self.keys, self.toks, self.n
        if k + 1 < n and keys[k] == "khóa" and toks[k + 1].kind in ("abbr", "num", "cap"):
            k += 2
        elif k + 2 < n and keys[k] == "nhiệm" and keys[k + 1] == "kỳ" and toks[k + 2].kind == "num":
            k += 3
            while k < n and (toks[k].kind == "num" or keys[k] == "-") and not toks[k].nl:
                k += 1
            return k
        elif k < n and keys[k] == "(":
            pass  # "Giám đốc Agribank tỉnh Kon Tum (1998-2000) và …": the years held
        else:
            return k
        if k < n and keys[k] == "(":
            close = next((q for q in range(k + 1, min(n, k + 8)) if keys[q] == ")"), None)
            if close is not None and all(toks[q].kind == "num" or keys[q] in ("-", "–")
                                         for q in range(k + 1, close)):
                k = close + 1
        return k

    def _pronoun_person(self, k: int) -> int | None:
        """Whom "ông"/"bà" at token ``k`` means: the subject (the person named first) of the
        last sentence before it in its paragraph that names someone ("Năm 2008, ông A cùng ông
        B sáng lập … Từ 2010, ông là …": A), else the person named last before it."""
        best = None
        for o in self.occs:
            if o.start < k and self.pid[o.start] == self.pid[k]:
                if best is None or self.sid[o.start] != self.sid[best.start]:
                    best = o
        return best.person if best is not None else self._latest_before(k)

    def _latest_before(self, k: int) -> int | None:
        best = None
        for o in self.occs:
            if o.start < k:
                best = o.person
        return best


    def _career_lists(self) -> None:
        """ "Ông X từng giữ các chức vụ như: A, B; C": the offices listed after a phrase that
        lists a career (``people_words.tsv``, class career_list) are the subject's, held before."""
        keys = self.keys
        phrases = [p.split() for p in word_set("career_list")]
        firsts = {p[0] for p in phrases if p}
        for k in range(self.n):
            if keys[k] not in firsts:  # no phrase starts here (the scan below is per phrase)
                continue
            size = next((len(p) for p in phrases if keys[k : k + len(p)] == p), 0)
            if not size:
                continue
            sent = self.sid[k]
            first = next((q for q in range(k + size, min(self.n, k + size + 14))
                          if q in self.title_at and self.sid[q] == sent), None)
            before = [o for o in self.occs if o.end <= k and self.sid[o.start] == sent]
            person = before[0].person if before else (
                self._pronoun_person(k - 1) if k > 0 and keys[k - 1] in word_set("pronoun") else None)
            if first is None or person is None:
                continue
            self.chain_seq += 1
            nxt: Title | None = self.title_at[first]
            while nxt is not None and nxt.owner in (None, person) and not self._abuts_next(nxt):
                if nxt.owner is None:
                    nxt.past = True
                    self._claim(nxt, person, self.chain_seq)
                j = self._after_term(nxt.end)
                nxt = self.title_at.get(j + 1) if j + 1 < self.n \
                    and keys[j] in (",", ";", "và", "kiêm") else None

    def _subject_offices(self) -> None:
        """ "Đương kim Chủ tịch HĐQT X từng … trước khi giữ chức giám đốc Y": an office handed
        on (trigger) in a sentence whose subject is an office, not a name, waits for the holder
        of that office (:meth:`subject_claims`)."""
        keys, lex = self.keys, self.lex
        for title in self.titles:
            if title.owner is not None or title.bare:
                continue
            trig = lex.context["trigger"].match_ending(keys, title.start)
            if not trig or keys[title.start - trig[0]] == "là":
                continue
            sent = self.sid[title.start]
            s = title.start
            while s > 0 and self.sid[s - 1] == sent:
                s -= 1
            subject = next((self.title_at[q] for q in range(s, min(s + 3, title.start))
                            if q in self.title_at), None)
            if subject is None or subject is title or any(
                    o for o in self.occs if s <= o.start < title.start):
                continue
            chain = [title]
            k = self._after_term(title.end)
            while k + 1 < self.n and keys[k] in (",", "và") and k + 1 in self.title_at:
                chain.append(self.title_at[k + 1])
                k = self._after_term(chain[-1].end)
            self.pending.append((subject, [t for t in chain if t.owner is None]))

    def subject_claims(self) -> set[int]:
        """Give the offices waiting for a subject office to its holder, once the filler has
        found it; the people whose offices changed."""
        changed: set[int] = set()
        for subject, chain in self.pending:
            owner = subject.owner
            if not isinstance(owner, int) or owner < 0 or subject.shared:
                continue
            self.chain_seq += 1
            for t in chain:
                if t.owner is None:
                    t.past = True
                    self._claim(t, owner, self.chain_seq)
                    changed.add(owner)
        return changed

    def _counted_offices(self) -> None:
        """ "UBND thành phố Hải Phòng hiện có 5 phó chủ tịch, gồm các ông: A, B, C": the office
        counted after "có", of the body before it, is each listed person's."""
        keys, toks = self.keys, self.toks
        tp = self.names.title_finds.tp
        for k in range(1, self.n - 3):
            if keys[k] != "có" or not (toks[k + 1].kind == "num" or keys[k + 1] in word_set("quantifier")):
                continue
            office = tp.parse(k + 2, lower_ok=True)
            body = self._body_before(k)
            if office is None or not office.bare or body is None:
                continue
            q = office.end
            while q < self.n and (keys[q] in (",", ":", "gồm", "là", "các") or self.lex.honorifics.match(keys, q)):
                q += 1
            members = []
            while q in self.occ_at and self.sid[q] == self.sid[k]:
                members.append(self.occ_at[q].person)
                q = self.occ_at[q].end
                while q < self.n and (keys[q] in (",", "và") or self.lex.honorifics.match(keys, q)):
                    q += 1
            if len(members) < 2:
                continue
            t = Title(office.start, office.end, f"{tp.expand(office.start, office.end)} "
                      f"{tp.expand(*body)}", self._province_in(*body), shared=True, owner=-1)
            self.chain_seq += 1
            for person in members:
                self.people[person].titles.append((t, self.chain_seq))

    def _body_before(self, k: int) -> tuple[int, int] | None:
        """The body that "có" at ``k`` follows (from an organisation word, capitalized, at most
        8 words before it in its clause, to "hiện nay"/"có"), else None."""
        keys, toks = self.keys, self.toks
        end = k - 1 if keys[k - 1] in ("hiện", "nay", "đang") else k
        end -= keys[end - 2 : end] == ["hiện", "nay"]
        lo = end
        while lo > 0 and end - lo < 8 and self.sid[lo - 1] == self.sid[k] \
                and keys[lo - 1] not in (",", ".", ";", ":"):
            lo -= 1
        for b in range(lo, end):
            m = self.lex.titles.match(keys, b)
            if toks[b].kind in ("cap", "abbr") and (m and m[1][0] in ("org", "name")
                                                      or toks[b].text in self.lex.abbreviations):
                return b, end
        return None

    def _province_in(self, a: int, b: int) -> str | None:
        """A province named after a level word in tokens a..b ("UBND thành phố Hải Phòng"; not
        "Công ty Hòa Bình")."""
        level = [q for q in range(a, b) if (self.lex.titles.match(self.keys, q) or (0, ("",)))[1][0]
                 == "level"]
        return next((self.prov_at[q][1] for q in range(a, b) if q in self.prov_at
                     and any(0 < q - lv <= 2 for lv in level)), None)


class _Linker(_Chains):
    """Gives each office to the person it belongs to."""

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
        for occ in short:
            if self._is_foreign(self.people[occ.person]) and self._state_office_before(occ):
                self._pre_chain(occ)  # "Tổng thống Putin": the office before a foreign surname
        self._shared()
        self._triggers()
        self._career_lists()
        self._subject_offices()
        self._counted_offices()
        self._office_is()

    def _state_office_before(self, occ: Occ) -> bool:
        """A state's office right before a foreign short name ("Tổng thống Putin", "Ngoại trưởng
        Lavrov"; not a ministry's head with no ministry, "Bộ trưởng Ross"), when no one else in
        the text bears that name ("Ivanka Trump" beside "Donald Trump")."""
        word = self.keys[occ.start]
        if sum(word in p.name.lower().split() for p in self.people) > 1:
            return False
        title = self._title_ending(occ.start)
        if title is None:
            return False
        words = self.keys[title.start:title.end]
        if word in words or "của" in words:
            return False
        while words and words[0] in _OFFICE_PREFIXES:
            words = words[1:]
        head = next((w for w in word_set("national_office") if words[: len(w.split())] == w.split()), None)
        return head is not None and (head not in _MINISTRY_HEADS or len(words) > 2)

    def _office_is(self) -> None:
        """ "Giám đốc Sở Nội vụ hiện nay là ông X": an office said to be held by the name after
        "là" (words of time between: office_is_time in people_words.tsv)."""
        keys, lex = self.keys, self.lex
        for title in self.titles:
            if title.owner is not None or title.bare:
                continue
            k = title.end
            while k < self.n and keys[k] in word_set("office_is_time"):
                k += 1
            k = self._after_past_gap(k)
            if k >= self.n or keys[k] != "là" or k - title.end > 3:
                continue
            k += 1
            h = lex.honorifics.match(keys, k)
            if h and h[1] == "honorific":
                k += h[0]
            occ = self.occ_at.get(k)
            if occ is not None and self.sid[k] == self.sid[title.start]:
                self.chain_seq += 1
                self._claim(title, occ.person, self.chain_seq)

    def _after_past_gap(self, k: int) -> int:
        """The position after a phrase of time at ``k`` ("khi đó", "lúc ấy": past_gap in
        people_words.tsv), else ``k``."""
        for size in (3, 2):
            if " ".join(self.keys[k : k + size]) in word_set("past_gap"):
                return k + size
        return k

    def _title_ending(self, e: int) -> Title | None:
        """The office ending at ``e``, or ending before a phrase of time that ends at ``e``
        ("Bộ trưởng Bộ Công Thương khi đó, ông X": the minister of then)."""
        title = self.title_end.get(e)
        if title is not None:
            return title
        for size in (3, 2):
            if e - size > 0 and " ".join(self.keys[e - size : e]) in word_set("past_gap"):
                return self.title_end.get(e - size)
        return None

    def _post_chain(self, occ: Occ) -> None:
        self.chain_seq += 1
        chain = self.chain_seq
        start = k = self._after_birth(occ.end)
        keys = self.keys
        while k < self.n:
            nxt = None
            if keys[k] in (",", "(", "-") and k + 1 in self.title_at:
                nxt = self.title_at[k + 1]
            elif keys[k] == "kiêm" and k + 1 in self.title_at:
                nxt = self.title_at[k + 1]
            elif keys[k] == "," and k + 2 < self.n and keys[k + 1] == "kiêm" and k + 2 in self.title_at:
                nxt = self.title_at[k + 2]  # "X, Chánh Văn phòng, kiêm người phát ngôn …"
            elif k == start and k in self.title_at:
                nxt = self.title_at[k]
            elif keys[k] in (",", "(") and k + 1 < self.n:
                h = self.lex.honorifics.match(keys, k + 1)
                if h and h[1] in ("rank", "degree", "award") and k + 1 + h[0] < self.n \
                        and keys[k + 1 + h[0]] == ",":
                    k = k + 1 + h[0]  # "X, Thượng tướng, Thứ trưởng …"
                    continue
                if keys[k + 1 : k + 4] == ["đảng", "viên", ","] and k + 4 in self.title_at:
                    k += 3  # "X (Đảng viên, Trưởng trạm Y tế …)": a member, then the office
                    continue
            if nxt is not None and nxt.bare and nxt.owner is None and nxt.end + 1 < self.n \
                    and (keys[nxt.end] == "kiêm" or keys[nxt.end] == ","
                         and match_key(nxt.expanded) in word_set("member_office")) \
                    and nxt.end + 1 in self.title_at:
                # "X, Phó Bí thư kiêm Chủ tịch …", "X (Huyện ủy viên, Bí thư Đảng ủy, …)"
                self._claim(nxt, occ.person, chain)
                k = nxt.end
                continue
            if nxt is None or nxt.owner is not None or nxt.bare and not self._chain_full(nxt) \
                    or self._abuts_next(nxt):
                break  # (a bare office goes on the chain only when complete alone: Phó Thủ tướng)
            self._claim(nxt, occ.person, chain)
            k = self._after_term(nxt.end)
            if k < self.n and keys[k] == ")":
                k += 1

    def _pre_chain(self, occ: Occ) -> None:
        keys = self.keys
        k = occ.start
        h = self.lex.honorifics.match_ending(keys, k)
        if h and h[1] in ("rank", "degree", "award"):
            k -= h[0]
        title = self._title_ending(k)
        if title is None and k > 0 and keys[k - 1] == ",":
            title = self._title_ending(k - 1) if h or self._foreign_apposition(occ) else None
        if title is None and k > 1 and keys[k - 1] in ("-", "–") and self.sid[k - 2] == self.sid[k]:
            title = self.title_end.get(k - 1)  # "Phó Thủ tướng … Chính phủ - Trương Hòa Bình"
        if title is None and h and h[1] == "honorific":
            b = k - h[0]  # "Phó Bí thư Tỉnh ủy, ông X": the office first
            if b > 1 and keys[b - 1] in (",", "-", "–") and self.sid[b - 2] == self.sid[occ.start]:
                title = self._title_ending(b - 1)
                if title is not None and (self._led_by_trigger(title) or title.start in self.occ_end):
                    title = None  # "A là Chủ tịch X, ông B là …": the office is A's
            elif b > 0 and b in self.title_end and not self.title_end[b].bare \
                    and self.sid[b - 1] == self.sid[occ.start]:
                title = self.title_end[b]  # "Chủ tịch UBND Thành phố Hà Nội ông X"
                if self._led_by_trigger(title) or title.start in self.occ_end:
                    title = None
        if title is None or title.owner is not None or _ends_sentence(self.toks[title.end - 1].text):
            return
        self.chain_seq += 1
        chain = self.chain_seq
        if self._quantified(title):
            return  # a shared office: see _shared
        self._claim(title, occ.person, chain)
        while True:
            k = title.start
            if k == 0 or keys[k - 1] not in (",", "kiêm", "-", "–"):
                break
            h = self.lex.honorifics.match_ending(keys, k - 1)
            if h and h[1] in ("rank", "degree", "award") and k - 1 - h[0] > 0 \
                    and keys[k - 2 - h[0]] == ",":
                k = k - 1 - h[0]
            prev = self.title_end.get(k - 1)
            if prev is not None and keys[k - 1] in ("-", "–") and not (prev.bare and self._full(prev)):
                break  # ("Phó Thủ tướng – Bộ trưởng Ngoại giao X": a dash only after such an office)
            if prev is None or prev.owner is not None \
                    or prev.bare and (not self._full(prev) or self._led_by_trigger(prev)
                                      or prev.start > 0 and self.keys[prev.start - 1] == "với"):
                break  # ("Báo cáo với Phó Chủ tịch nước, Chủ tịch UBND tỉnh X": the other's)
            self._claim(prev, occ.person, chain)
            title = prev

    def _foreign_apposition(self, occ: Occ) -> bool:
        """A foreign name set off by commas after an office that follows a comma ("…", phát
        ngôn viên điện Kremlin, Dmitry Peskov, nói): the office is the name's."""
        k, keys = occ.start, self.keys
        title = self.title_end.get(k - 1)
        if title is None or occ.end >= self.n or keys[occ.end] != "," or title.start == 0 \
                or keys[title.start - 1] not in (",", "\""):
            return False
        return all(t.text.isascii() for t in self.toks[occ.start:occ.end])

    def _led_by_trigger(self, title: Title) -> bool:
        """A verb or "là" before the office ties it to someone else; not "kiêm" after another
        office ("Chủ tịch HĐQT kiêm Tổng Giám đốc X, ông Y": both offices are Y's)."""
        trig = self.lex.context["trigger"].match_ending(self.keys, title.start)
        if not trig:
            return False
        s = title.start - trig[0]
        if s == 0 or self.sid[s - 1] != self.sid[s] or self.toks[s].kind == "cap":
            return False  # "Trên cương vị Bí thư, ông X": the sentence opens with it
        return not (self.keys[s:title.start] == ["kiêm"] and s in self.title_end)

    def _quantified(self, title: Title) -> bool:
        s = title.start
        prev = self.toks[s - 1] if s > 0 else None
        # a count ("3 Phó Giám đốc"), not a date ("sáng 6/2 Thủ tướng X")
        return prev is not None and (self.keys[s - 1] in word_set("quantifier")
                                     or prev.kind == "num" and "/" not in prev.text)

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

    def _members(self, lo: int, hi: int) -> list[Occ]:
        """The people of a list that starts at token ``lo``: consecutive names joined only by
        punctuation, "và", honorifics and their own offices."""
        inside = [o for o in self.occs if lo <= o.start < hi]
        out: list[Occ] = []
        k = lo
        comma = False
        for o in inside:
            if not self._joined(k, o.start):
                break
            gap = self.keys[k : o.start]
            if out and comma and ";" in gap:
                break  # "Ủy viên TƯ Đảng: A, B, C; Phó Tổng Biên tập … D": the list ended at ";"
            comma = comma or (bool(out) and "," in gap)
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
            if keys[k] in word_set("list_joiner"):
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
            if title.borrowed and words != ["là"]:
                continue  # "được điều động về Sở làm Phó giám đốc": whose, the clause does not say
            if words == ["kiêm"] and tstart in self.title_end and self.title_end[tstart].owner is None:
                continue  # "tiếp Chủ tịch kiêm Giám đốc X": held with that office, by its holder
            sent = self.sid[title.start]
            person = None
            if words == ["là"]:
                occ = self.occ_end.get(tstart)
                if occ is not None:
                    person = occ.person
                elif tstart > 0 and keys[tstart - 1] in word_set("pronoun") and not (
                        title.end < self.n and toks[title.end].kind == "cap"
                        and not toks[title.end].nl):
                    # (not "ông là Bộ trưởng Giáo dục Antonio …": the office of the name after it)
                    person = self._pronoun_person(tstart - 1)
            else:
                person = self._person_before(tstart)
            end = self._after_term(title.end)  # "… đại biểu Quốc hội khóa XIV đối với ông X"
            given = next((q for q in range(end, min(self.n, end + 4)) if keys[q] == "cho"
                          or toks[q].kind == "punct"), None)
            if keys[tstart] == "miễn" or given is not None and keys[given] == "cho" \
                    or keys[end : end + 2] == ["đối", "với"]:
                # "trao quyết định bổ nhiệm Chủ tịch X cho ông Y": Y's office
                after = [o for o in self.occs if o.start > title.end and self.sid[o.start] == sent
                         and o.start <= end + 4]
                if after:
                    person = after[0].person
                elif keys[tstart] == "miễn" and keys[tstart - 1] not in ("bị", "được"):
                    person = None  # "tờ trình của Chủ tịch X về việc miễn nhiệm …": not X's
            if person is None:
                continue
            if lex.context["past"].match_ending(keys, title.start) or self._past_sentence(tstart):
                title.past = True
            elif words != ["là"]:
                title.new = True  # "được điều động giữ chức …": in a transfer, the new post
            self.chain_seq += 1
            self._claim(title, person, self.chain_seq)
            k = self._after_term(title.end)
            while k + 1 < self.n and keys[k] in (",", "và", "kiêm") and k + 1 in self.title_at:
                nxt = self.title_at[k + 1]
                if nxt.owner is not None or nxt.bare or self._abuts_next(nxt):
                    break
                nxt.past = nxt.past or title.past
                self._claim(nxt, person, self.chain_seq)
                k = self._after_term(nxt.end)

    def _person_before(self, tstart: int) -> int | None:
        """The person a trigger at ``tstart`` gives its office to: the last name before it in
        its sentence, else the person a pronoun there stands for. An agent after "được" ("ông
        được Bộ trưởng khi đó là ông Y bổ nhiệm làm …") is passed over for the subject."""
        keys, toks, sent = self.keys, self.toks, self.sid[tstart]
        before = [o for o in self.occs if o.end <= tstart and self.sid[o.start] == sent]
        if before:
            agent = self._passive_agent(before[-1].start)
            if agent is None:
                return before[-1].person
            before = [o for o in before if o.end <= agent]
            if before:
                return before[-1].person
            tstart = agent
        for k in range(tstart - 1, -1, -1):
            if self.sid[k] != sent:
                break
            if keys[k] in word_set("pronoun") and (k + 1 >= self.n or toks[k + 1].kind != "cap"):
                return self._pronoun_person(k)
        return None

    def _passive_agent(self, k: int) -> int | None:
        """The position of "được" when the name at ``k`` is the agent of a passive clause
        ("được [office] [là] [ông] Y"), else None."""
        keys = self.keys
        h = self.lex.honorifics.match_ending(keys, k)
        if h and h[1] == "honorific":
            k -= h[0]
        if k > 0 and keys[k - 1] == "là":
            k -= 1
        title = self._title_ending(k)
        if title is not None:
            k = title.start
        return k - 1 if k > 0 and keys[k - 1] == "được" else None

    def _past_sentence(self, k: int) -> bool:
        """The sentence of token ``k`` opens with "Trước đó," / "Khi đó," (a past post)."""
        s = k
        sent = self.sid[k]
        while s > 0 and self.sid[s - 1] == sent:
            s -= 1
        return " ".join(self.keys[s : s + 2]) in word_set("past_after") and s + 2 < k

    def _chain_full(self, title: Title) -> bool:
        """A bare office complete alone (Phó Thủ tướng) that goes on a chain after a name: the
        chain ends with it, or the office after its comma is not another person's (not "X,
        Phó Thủ tướng – Bộ trưởng Y")."""
        if not self._full(title):
            return False
        e = title.end
        if e >= self.n or self.keys[e] in (";", ".", ")", ":"):
            return True
        if self.keys[e] != ",":
            return False
        nxt = self.title_at.get(e + 1)
        return nxt is None or not self._abuts_next(nxt) and not (
            nxt.bare and nxt.end in self.occ_at)

    def _full(self, title: Title) -> bool:
        m = self.lex.titles.match(self.keys, title.start)
        k = title.start
        while m and m[1][0] == "pre":
            k += m[0]
            m = self.lex.titles.match(self.keys, k)
        return bool(m and m[1][0] == "full")

    # -- references ------------------------------------------------------------------------
    def short_references(self) -> list[Occ]:
        """ "ông Hải", "Chủ tịch Hùng": the latest-mentioned person of that given name."""
        found: list[Occ] = []
        for i, word in self.short_refs:
            w = word.lower()
            place = None
            if i + 2 < self.n and self.keys[i + 1] == "(" and i + 2 in self.prov_at:
                place = self.prov_at[i + 2][1]
            best = None
            best_pos = -1
            bearers: list[int] = []
            for idx, p in enumerate(self.people):
                parts = p.name.lower().split()
                if parts[-1] != w and not (self._is_foreign(p) and parts[0] == w):
                    continue
                bearers.append(idx)
                last = max((o.start for o in p.occs if o.start < i), default=-1)
                if place and any(t.province == place for t, _ in p.titles):
                    last += self.n  # "ông Hải (Cà Mau)": the Hải from Cà Mau
                if last > best_pos:
                    best, best_pos = idx, last
            if best is None and len(bearers) == 1 and self._is_foreign(self.people[bearers[0]]):
                best = bearers[0]  # "Tổng thống Putin" in the headline, "Vladimir Putin" after
            if best is not None:
                occ = Occ(i, i + 1, best, "short")
                self.people[best].occs.append(occ)
                self.occs.append(occ)
                self.occ_at[i] = occ
                self.occ_end[i + 1] = occ
                found.append(occ)
        return found



class _Filler(_Stage):
    """Fills in the places of each person's offices and finds the person's province."""

    def __init__(self, names: NameFinds) -> None:
        super().__init__(names)
        view = names.view
        self.prov_list, self.prov_idx, self.districts = view.prov_list, view.prov_idx, view.districts
        self.bodies = names.title_finds.bodies

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

    def _delegate_before(self, k: int) -> bool:
        """A delegate's office ("đại biểu", "ĐB") ends right before ``k``."""
        t = self.title_end.get(k) if hasattr(self, "title_end") else None
        return t is not None and self._delegate(t)

    def _assembly_story(self) -> bool:
        """The story names the National Assembly at least twice ("Quốc hội", "QH", "ĐBQH")."""
        got = getattr(self, "_assembly", None)
        if got is None:
            keys = self.keys
            count = sum(1 for k in range(self.n - 1) if keys[k] == "quốc" and keys[k + 1] == "hội")
            got = self._assembly = count + sum(1 for k in keys if k in ("qh", "đbqh")) >= 2
        return got

    def _council_province(self) -> str | None:
        """The province of the one People's Council the story names ("kỳ họp thứ 5 HĐND TP.HCM"):
        the council whose deputies ("ĐB X", "đại biểu X") speak in it; None when it names none
        or several (computed once)."""
        got = getattr(self, "_council", False)
        if got is not False:
            return got
        keys, found = self.keys, set()
        for q, name in self.prov_list:
            k = q - 1
            if k >= 0 and keys[k] in ("tỉnh", "thành", "phố", "tp", "tp."):
                k -= 2 if keys[k] == "phố" and k > 0 and keys[k - 1] == "thành" else 1
            if k >= 0 and (keys[k] == "hđnd" or keys[max(0, k - 3) : k + 1] == [
                    "hội", "đồng", "nhân", "dân"]):
                found.add(name)
        self._council = next(iter(found)) if len(found) == 1 else None
        return self._council

    def _province_after(self, k: int) -> str | None:
        """The province named right after a comma or bracket at ``k`` ("…, Trà Vinh)", "… (tỉnh
        Trà Vinh)"), else None."""
        if k + 1 >= self.n or self.keys[k] not in (",", "("):
            return None
        q = k + 1
        lv = self.lex.titles.match(self.keys, q)
        if lv and lv[1][0] == "level":
            q += lv[0]
        pos = bisect_right(self.prov_idx, q - 1)
        if pos < len(self.prov_list) and self.prov_list[pos][0] == q:
            return self.prov_list[pos][1]
        return None

    def _district_before(self, i: int, level: str) -> str | None:
        for k, lv, name in reversed(self.districts):
            if k < i and lv == level:
                return name
        return None

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

    def _delegate(self, t: Title) -> bool:
        """ "Đại biểu Quốc hội" with no place, or "Đại biểu"/"ĐB" alone: a deputy whose
        province the text may give ("ĐB X (Lào Cai)": a deputy of the National Assembly)."""
        return not t.has_place() and match_key(t.expanded) in ("đại biểu quốc hội", "đại biểu")

    def _own_province(self, p: NamedPerson) -> str | None:
        """A province a mention ties the person to: "X (Quảng Nam)", "X của tỉnh Nghệ An",
        "đoàn công tác tỉnh Quảng Trị do ông X dẫn đầu"."""
        keys, lex = self.keys, self.lex
        for o in p.occs:
            k = o.end
            if k + 1 < self.n and keys[k] in ("-", ",") and k + 1 in self.prov_at \
                    and self._delegate_before(o.start):
                return self.prov_at[k + 1][1]  # "đại biểu X - Bình Dương", "đại biểu X, Bình Dương"
            if k < self.n and keys[k] in ("(", "của", "thuộc"):
                q = k + 1
                if q < self.n and keys[q] == "đoàn":
                    q += 1
                    while q < self.n and keys[q] in ("đại", "biểu", "quốc", "hội", "đbqh"):
                        q += 1  # "thuộc Đoàn đại biểu Quốc hội tỉnh Hà Tĩnh"
                lv = lex.titles.match(keys, q)
                if lv and lv[1][0] == "level":
                    q += lv[0]
                if q in self.prov_at:
                    cnt, name = self.prov_at[q]
                    if keys[k] in ("của", "thuộc") or (q + cnt < self.n and keys[q + cnt] == ")"):
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
        sizes: list[int] = []
        raws: list[list[str]] = []
        for t, text in filled:
            # "Quận ủy quận Thủ Đức" is "Quận ủy Thủ Đức"
            words = [w.strip(",") for w in _LEVEL_AFTER_COMMITTEE.sub(r"\1 ", match_key(text)).split()
                     if w not in ("và", "-", "–", ",", "tỉnh")]  # "Tài nguyên - Môi trường" = "… và …"
            size = len(words) - (" bộ trưởng bộ " in f" {' '.join(words)} ")  # ("Bộ" said twice)
            raw = words
            words = _plain_office(words)  # "Bộ trưởng Bộ Y tế" = "Bộ trưởng Y tế"
            words = _without_board(words)  # "Chủ tịch LienVietPostBank" = "Chủ tịch HĐQT …"
            if not words:
                continue
            skip = False
            for n, have in enumerate(keys):
                if have == words and size > sizes[n]:
                    out[n] = (out[n][0], text)  # the same office: the form that names its board
                    sizes[n] = size
                    skip = True
                    break
                if have == words or have[: len(words)] == words \
                        or _shorter_form(words, have) or _shorter_form(raw, raws[n]):
                    skip = True  # repeated, or a shorter form of an office already given
                    break
                if words[: len(have)] == have or _shorter_form(have, words) \
                        or _shorter_form(raws[n], raw):
                    out[n] = (t if out[n][0].start > t.start else out[n][0], text)
                    keys[n], sizes[n], raws[n] = words, size, raw
                    skip = True
                    break
            if not skip:
                out.append((t, text))
                keys.append(words)
                sizes.append(size)
                raws.append(raw)
        return out


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


    # -- one person's offices ------------------------------------------------------------------
    def resolve(self, p: NamedPerson) -> Resolved:
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
        current = _current(items)
        explicit = [t for t, _ in items if t.province]
        person_prov = next((t for t in current if t.province), None) or (explicit or [None])[0]
        prov_name = person_prov.province if person_prov else None
        own = None
        if prov_name is None and all(t.local or self._delegate(t) for t, _ in items):
            own = self._own_province(p)  # "ông X (Quảng Nam)", "đoàn tỉnh X do ông Y dẫn đầu"
            prov_name = own
        filled = self._fill_items(p, items, prov_name, person_prov, own)
        fills = {id(t): text for t, text in filled}
        province = self._province_of(current, fills, own)
        if province is None and items and all(self._delegate(t) for t, _ in items) \
                and not self._assembly_story():
            province = self._council_province()  # "ĐB X" at a session of "HĐND TP.HCM"
        return self._dedupe(filled), province, filled

    def _fill_items(self, p: NamedPerson, items: list[tuple[Title, int]], prov_name: str | None,
                    person_prov: Title | None, own: str | None) -> list[tuple[Title, str]]:
        chain_prov: dict[int, list[Title]] = {}
        for t, c in items:
            if t.province:
                chain_prov.setdefault(c, []).append(t)
        filled = []
        implied_prov = None
        for t, c in items:
            fixed = self._fill_fixed(t, c, items, own)
            if fixed is not None:
                filled.append((t, fixed))
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
        return filled

    def _fill_fixed(self, t: Title, c: int, items: list[tuple[Title, int]],
                    own: str | None) -> str | None:
        """The filled text of an office whose place does not come from a province: a district's
        office, a ministry's party committee, a deputy, a central or placed office."""
        committee = _DISTRICT_COMMITTEE.search(t.expanded) if not t.has_place() else None
        if t.level in DISTRICT_WORDS and t.level_final or committee:
            level = DISTRICT_WORDS[t.level] if t.level in DISTRICT_WORDS else \
                DISTRICT_WORDS[committee.group(1).lower() + " ủy"] if committee else ""
            # the district its chain names ("Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Lục
            # Ngạn"), else the last one named before it
            district = next((o.place for o, oc in items if oc == c and o is not t and o.place
                             and f"{level} {o.place}".lower() in o.expanded.lower()), None) \
                or self._district_before(t.start, level)
            return f"{t.expanded} {district}" if district else t.expanded
        if t.expanded.lower().endswith(("ban cán sự đảng", "ban cán sự", "đảng đoàn")) and not t.has_place() \
                or t.bare and match_key(t.expanded) in word_set("office_of_a_body"):
            # "Chánh văn phòng; Thứ trưởng Bộ Xây dựng": that ministry's office
            # "Bí thư Ban cán sự đảng, Bộ trưởng Bộ GTVT": the committee of that ministry
            body = next((m.group(1) for o, oc in items if oc == c and o is not t
                         for m in [re.search(r"(Bộ (?!Chính trị)[A-ZĐ][^,;()]*)$", o.expanded)] if m), None)
            return f"{t.expanded} {body}" if body else t.expanded
        if own and self._delegate(t) and not t.has_place():
            city = self.lex.place_kind.get(own) == "city"
            office = "Đại biểu Quốc hội" if t.bare else t.expanded
            return f"{office} {'thành phố' if city else 'tỉnh'} {own}"
        if t.bare and self._delegate(t) and self._assembly_story():
            return "Đại biểu Quốc hội"  # "ĐB X" in a story about the National Assembly
        if t.has_place() or not t.local:
            parent = self._parent_before(t) if _DEPT_TITLE.match(t.expanded) else None
            return f"{t.expanded} {parent}" if parent else t.expanded
        return None

    def _unit_home(self, t: Title, filled: str | None = None) -> str | None:
        """The province of the district-level unit an office names ("Thành ủy Hội An"; or its
        filled text: "Phó Chủ tịch HĐND huyện" filled as "… huyện Phong Điền")."""
        m = _UNIT_AT_END.search(filled or t.expanded)  # (a commune's name is no district's)
        if m is None or t.country:
            return None
        return district_home(m.group(1), {n for _, n in self.prov_list})

    def _written_province(self, t: Title) -> str | None:
        """A province an office's text gives although the title found none: written at its end
        ("… Sở NN&PTNT Hải Dương"), a company's seat in brackets right after it ("Giám đốc Công
        ty TNHH Thịnh Phát (Bến Tre)"), the unit of a district-level committee ("Thành ủy Hội
        An"), or the province of the story for an office of a bare level ("HĐND thành phố")."""
        if t.country or t.foreign:
            return None
        text = t.expanded
        got = next((name for name in self.lex.place_kind if text.endswith(" " + name)), None)
        if got:
            return got
        if t.end < self.n and self.keys[t.end] == "(" and business_office(text):
            return self._province_after(t.end)
        if t.local:
            return self._unit_home(t)
        m = _BARE_LEVEL_END.search(text)
        if m:
            return self.context_province(t.start, "city" if m.group(1).lower() != "tỉnh" else "province")
        return None

    def _province_of(self, current: list[Title], fills: dict[int, str],
                     own: str | None) -> str | None:
        """The person's province: that of the first current office that gives one."""
        for t in current:
            province = None
            if t.province:
                province = t.province
            elif (t.place and not t.country) or (t.level in DISTRICT_WORDS and t.level_final):
                # a district's office: the province after it ("huyện Châu Thành, Trà Vinh)"),
                # else the one the district lies in, else the one its context names
                province = self._province_after(t.end) or self._unit_home(t, fills[id(t)]) or (
                    self.context_province(t.start, None))
            elif t.local and not t.has_place() and fills[id(t)] != t.expanded:
                province = next((name for name in self.lex.place_kind
                                 if fills[id(t)].endswith(" " + name)), None)
            else:
                province = self._written_province(t)
            if province:
                return province
        return own


def _ends_sentence(word: str) -> bool:
    """A dotted short name that carries its sentence's full stop ("PVC.KBC."; not "TP.")."""
    return len(word) > 2 and word.endswith(".") and "." in word[:-1]


def _plain_office(words: list[str]) -> list[str]:
    """The words of an office as one compares them: "thành phố" before a city's name left out
    ("Sở Xây dựng thành phố Hà Nội" = "Sở Xây dựng Hà Nội"), "Bộ trưởng Bộ X" = "Bộ trưởng X",
    "thường trực" left out before a People's Committee or Council (one person's office said with
    and without it), a state's long name left out ("Tổng thống nước Cộng hòa Dân chủ X" =
    "Tổng thống X")."""
    words = _without_state_name(words)
    out: list[str] = []
    for n, w in enumerate(words):
        if w == "thành" and words[n + 1 : n + 2] == ["phố"] and n + 2 < len(words):
            continue
        if w == "phố" and n > 0 and words[n - 1] == "thành" and n + 1 < len(words):
            continue
        if w == "bộ" and out[-2:] == ["bộ", "trưởng"]:
            continue
        if words[n : n + 3] in (["thường", "trực", "ủy"], ["thường", "trực", "hội"]) \
                or w == "trực" and words[n - 1 : n + 2] in (["thường", "trực", "ủy"], ["thường", "trực", "hội"]):
            continue  # one person's "Phó Chủ tịch UBND" beside "Phó Chủ tịch Thường trực UBND"
        out.append(w)
    return out


def _shorter_form(short: list[str], long: list[str]) -> bool:
    """``short`` is ``long`` with words left out of its body ("Tổng thống Séc" of "Tổng thống
    Cộng hòa Séc", "Chủ tịch nước" of "Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam", "Ủy
    viên Trung ương Đảng" of "Ủy viên Ban Chấp hành Trung ương Đảng"): the same office word
    first, every word in order, and only words of a long form left out (``people_words.tsv``,
    long_form_word; not "Đảng ủy cơ quan", "thường trực": other offices)."""
    if len(short) < 2 or len(short) >= len(long) or short[:2] != long[:2]:
        return False
    k = 0
    left: list[str] = []
    for w in long:
        if k < len(short) and w == short[k]:
            k += 1
        else:
            left.append(w)
    return k == len(short) and all(w in word_set("long_form_word") for w in left)


def _without_state_name(words: list[str]) -> list[str]:
    """ "… nước Cộng hòa Dân chủ X" → "… X" (the state's long name before its short one)."""
    for n in range(len(words) - 2):
        if words[n : n + 3] == ["nước", "cộng", "hòa"]:
            k = n + 3
            if words[k : k + 2] in (["dân", "chủ"], ["liên", "bang"], ["nhân", "dân"]):
                k += 2
            return words[:n] + words[k:] if k < len(words) else words
    return words


def _without_board(words: list[str]) -> list[str]:
    """The words of an office without "hội đồng quản trị" right after its office word: the
    chair of a company is the chair of its board."""
    for n in range(1, len(words) - 3):
        if words[n : n + 4] == ["hội", "đồng", "quản", "trị"] and n + 4 < len(words):
            return words[:n] + words[n + 4 :]
    return words


def _current(items: list[tuple[Title, int]]) -> list[Title]:
    """The offices held now: not marked past; a new post (transfer, election) before the rest."""
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
    return current


# -- bylines -----------------------------------------------------------------------------------


class _Bylines:
    """Names that sign the article or a photo: (name, norm start, norm end)."""

    def __init__(self, doc: Document, names: NameFinds) -> None:
        self.doc = doc
        self.lex = names.lex

    def find(self) -> list[tuple[str, int, int]]:
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
        if words and words[0].lower() in word_set("not_byline_start"):
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


    def author_names(self, author: str) -> list[str]:
        """The personal names of a page's author field ("LINH ANH", "Thu Hà; Minh Đức"): each in
        normal case; a newspaper, agency or newsroom gives none."""
        out = []
        for part in re.split(r"\s*(?:[;,/|&]|\s-\s|\svà\s)\s*", author.strip()):
            words = part.split()
            if not words:
                continue
            if all(w.isupper() for w in words if w.isalpha()):
                words = [w[:1] + w[1:].lower() for w in words]  # "LINH ANH" → "Linh Anh"
            name = " ".join(words)
            keys = [t.key for t in tokenize(name)]
            press = word_set("press")
            if any(k in press or " ".join(keys[i : i + 2]) in press for i, k in enumerate(keys)):
                continue
            if self._byline_name(name):
                out.append(name)
        return out


# -- the step ----------------------------------------------------------------------------------


def _link(names: NameFinds) -> _Linker:
    linker = _Linker(names)
    linker.link()
    _lengthen(names)
    return linker


def _lengthen(names: NameFinds) -> None:
    """An office that stops at its organisation word ("Giám đốc Sở", "Giám đốc Công ty") takes
    the one longer form the text gives of it where nobody else holds it ("Giám đốc Sở Thông tin
    và Truyền thông"); longer forms that go on from it count as the same one."""
    lex, keys = names.lex, names.keys
    free = [u for u in names.titles if u.owner is None and not u.bare]
    for t in names.titles:
        if t.owner is None or t.owner < 0 or t.has_place():
            continue
        if not any((m := lex.titles.match(keys, k)) and m[1][0] == "org" and k + m[0] == t.end
                   and names.toks[k].kind in ("cap", "abbr") for k in range(t.start, t.end)):
            continue
        short = match_key(t.expanded)
        longer = {match_key(u.expanded): u for u in free
                  if match_key(u.expanded).startswith(short + " ")}
        first = min(longer, key=len, default=None)
        if first is not None and all(k == first or k.startswith(first + " ") for k in longer):
            u = longer[first]  # one longer form (and perhaps longer misreadings of it)
            t.expanded = u.expanded
            t.province, t.place, t.country = u.province, u.place, u.country
            t.level_final, t.level, t.local, t.want = u.level_final, u.level, u.local, u.want


def resolve(doc: Document) -> Document:
    """Tie names and titles into ``doc.people``; fill each title span's title and person."""
    names = name_finds(doc)
    linker = _link(names)
    filler = _Filler(names)
    resolved: list[Resolved] = []
    resolved_keys: dict[int, list[str]] = {}
    for idx, p in enumerate(names.people):
        res = filler.resolve(p)
        resolved.append(res)
        resolved_keys[idx] = [match_key(text) for _, text in res[0]]
    filler.title_references(resolved_keys)
    for idx in linker.subject_claims():
        resolved[idx] = filler.resolve(names.people[idx])
    people, spans = _people(doc, names, resolved)
    bylines = _Bylines(doc, names)
    _add_bylines(doc, people, spans, bylines)
    people.sort(key=lambda p: p.mentions[0].start if p.mentions else 0)
    _add_author(doc, people, bylines)
    doc.people = people
    doc.spans["people"] = sorted(spans, key=lambda s: s.start)
    _title_attrs(names, resolved)
    doc.titles = title_records(doc)
    return doc


def _people(doc: Document, names: NameFinds,
            resolved: list[Resolved]) -> tuple[list[Person], list[Span]]:
    toks = names.toks
    out: list[Person] = []
    people_spans: list[Span] = []
    for p, (titles, province, _every) in zip(names.people, resolved, strict=True):
        spans = [(toks[o.start].s, toks[o.end - 1].e) for o in p.occs]
        spans += p.extra_mentions
        mentions = [_mention(doc, s, e, p.name, "mention") for s, e in sorted(set(spans))]
        out.append(Person(
            name=p.name,
            titles=[text for _, text in titles],
            titles_raw=[doc.span(toks[t.start].s, toks[t.end - 1].e).text for t, _ in titles],
            province=province,
            mentions=mentions,
        ))
        people_spans.extend(mentions)
    return out, people_spans


def _mention(doc: Document, s: int, e: int, name: str, context: str) -> Span:
    """A ``people`` span: a mention of the person ``name``."""
    span = doc.span(s, e, "people")
    span.attrs = NameAttrs(name, context)
    return span


def _add_bylines(doc: Document, people: list[Person], spans: list[Span],
                 bylines: _Bylines) -> None:
    known = {match_key(p.name): p for p in people}
    for name, s, e in bylines.find():
        have = known.get(match_key(name))
        if have is not None:
            if not have.titles and all(s <= m.start and m.end <= e for m in have.mentions):
                have.role = "author"  # a lone name closing the article: the byline
                for m in have.mentions:
                    m.data["role"] = "author"
            continue
        span = _mention(doc, s, e, name, "byline")
        span.data["role"] = "author"  # output: the mention's role
        people.append(Person(name=name, role="author", mentions=[span]))
        spans.append(span)
        known[match_key(name)] = people[-1]


def _add_author(doc: Document, people: list[Person], bylines: _Bylines) -> None:
    """The page's author (``doc.meta["author"]``, from a saved page's metadata) when it is a
    personal name the text does not give: a person with role "author" and no mention."""
    author = doc.meta.get("author")
    if not isinstance(author, str) or not author.strip():
        return
    known = {match_key(p.name) for p in people}
    for name in bylines.author_names(author):
        if match_key(name) not in known:  # a name the text gives is that person already
            people.append(Person(name=name, role="author"))
            known.add(match_key(name))


def _title_attrs(names: NameFinds, resolved: list[Resolved]) -> None:
    """Each title span's filled title and holder (a shared office keeps ``person`` None)."""
    for p, (_titles, _province, every) in zip(names.people, resolved, strict=True):
        for t, text in every:
            attrs = t.span.attrs if t.span is not None else None
            if isinstance(attrs, TitleAttrs):
                attrs.title = text
                attrs.person = None if t.shared else p.name
    for t in names.titles:
        attrs = t.span.attrs if t.span is not None else None
        if isinstance(attrs, TitleAttrs) and attrs.person is None and isinstance(t.owner, int) \
                and 0 <= t.owner < len(names.people) and not t.shared:
            attrs.person = names.people[t.owner].name  # an office named alone, for its holder


def title_records(doc: Document) -> list[dict[str, Any]]:
    """The record's top-level ``"titles"``: every title mention as written, with the expanded
    title (its place filled in when the text gives it) and the person holding it, or None."""
    out = []
    for sp in doc.spans.get("titles", []):
        attrs = sp.attrs
        if not isinstance(attrs, TitleAttrs) or (attrs.bare and attrs.person is None):
            continue  # a bare office said of nobody ("Thủ tướng giao") names no title
        out.append({"text": sp.text, "start": sp.start, "end": sp.end,
                    "title": attrs.title or attrs.expanded, "person": attrs.person})
    return out
