"""Titles component: office titles as written, with their expansion (``doc.spans["titles"]``).

A title is parsed left to right with a small grammar over the word tokens of
:mod:`vnextract.components.words`::

    TITLE := PRE* OFFICE POST* (ORG | NAME | ABBR | word of an organisation's name)* PLACE?

- ``PRE``: Phó, Quyền, nguyên, tân; ``OFFICE``: Chủ tịch, Bí thư, Trưởng ban, Thủ tướng …;
  ``POST``: Thường trực, dự khuyết; ``ORG``: a word that starts an organisation's name (Sở, Ban,
  Viện) after which capitalized and some lower-case words belong to that name; ``NAME``: a whole
  organisation (Tỉnh ủy, Chính phủ, Nội chính); ``PLACE``: a province, or a level word (tỉnh,
  thành phố, TP.) with or without a place name after it.
- After an organisation word (Cục, Vụ, Ban, Liên đoàn …) its name may go on through lower-case
  words ("Cục Tổ chức cán bộ", "Vụ Thống kê giá") up to a bracket, comma, capital or clause word;
  a parent body in brackets belongs to the title ("(Bộ Công an)", brackets dropped), a short name
  in brackets after a full one is dropped ("… Việt Nam (VCCI)").
- A title ends at punctuation, a line break, a number, another office word, a verb or function
  word, a person's name (two or more capitalized words that are not an organisation), or a place.

A bare office whose organisation the text names elsewhere takes it (:meth:`TitleFinds.complete_bare`):
the same office named with its organisation before it in the paragraph ("Giám đốc Sở Nội vụ …;
8 Phó Giám đốc gồm …"), or, for "Bộ trưởng"/"Thứ trưởng", the one ministry named before it.

``expand`` spells abbreviations out (UBND → Ủy ban nhân dân, TP. → thành phố) from
``data/abbreviations.tsv``; :func:`fill` adds the province a title implies ("Bí thư Tỉnh ủy" of a
Cà Mau leader → "Bí thư Tỉnh ủy Cà Mau"), which the people resolve step decides.

The component stores every title in ``doc.spans["titles"]`` with :class:`TitleAttrs` (the text as
written, the expanded title, the place or organisation it names); the resolve step fills in the
province and the person (:mod:`vnextract.resolve.people`).
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache

from ..document import Document, Span
from ..lexicon import key as lex_key
from ..lexicon import words
from .title_orgs import (
    chair_of_council,
    delegates_with_province,
    deputies_of_the_delegation,
    name_generic_orgs,
    office_in_do_clause,
    unit_of_hospital,
)
from .words import Lexicons, Tok, WordView, keys_of, lexicons, word_set, word_view

__all__ = ["Title", "TitleAttrs", "TitleFinds", "TitleParser", "TitlesComponent", "fill",
           "title_finds"]

# a word that is not a Vietnamese syllable (no tone marks, or letters Vietnamese does not use)
_ROMAN = re.compile(r"^[IVXL]+$")
_FOREIGN_WORD = re.compile(r"^(?:[A-Za-z]*[fjwzFJWZ][A-Za-z]*|[A-Za-z]{6,}|[A-Za-z]*(?:ee|oo|ae|ie|ou)[a-z]*)$")


_CAMEL = re.compile(r"^[A-Z][a-z]+(?:[A-Z][a-z]*)+$")


def _brand(word: str) -> bool:
    """A company's one-word name: written in camel case (VietinBank, PetroVietnam) or ending
    as company names do (Agribank, Vingroup: ``people_words.tsv``, class brand_ending)."""
    if not word.isascii() or len(word) < 5:
        return False
    return bool(_CAMEL.match(word)) or any(
        word.lower().endswith(e) and len(word) > len(e) + 1 for e in word_set("brand_ending"))


@cache
def _not_a_syllable(word: str) -> bool:
    """A word in plain Latin letters with two vowel groups or more ("Lasuco", "Samsung"): no
    Vietnamese syllable (which has one: "Nguyen", "Hoang")."""
    return word.isascii() and word.isalpha() and len(_VOWELS.findall(word.lower())) >= 2


_VOWELS = re.compile(r"[aeiouy]+")


@cache
def _org_words() -> frozenset[str]:
    """Words that make a capitalised run a team or company (``org_words.txt``)."""
    return frozenset(lex_key(w) for w in words("org_words.txt"))


def _club_words(toks: list[Tok], keys: list[str], j: int, run: int) -> int:
    """How many capitalised words at ``j`` name a foreign club or company: written in plain
    Latin letters, up to the last word of ``org_words.txt`` ("Real Madrid", "Manchester
    United"); 0 when none is such a word."""
    if not all(t.text.isascii() and t.text.isalpha() for t in toks[j : j + run]):
        return 0
    org = _org_words()
    return max((k + 1 for k in range(run) if keys[j + k] in org), default=0)


def _room_of_company(toks: list[Tok], keys: list[str], j: int, clause: Callable[[int], bool]) -> int:
    """After a room's head ("Trưởng phòng"): up to four lower-case words that open no clause, then
    one company word (a short name in capitals, a brand, a word that is no Vietnamese syllable)
    that ends the phrase; where the title ends, or 0."""
    k = j
    while k < len(toks) and k - j < 4 and toks[k].kind == "low" and not toks[k].nl and not clause(k):
        k += 1
    if k == j or k + 1 >= len(toks) or toks[k].nl or toks[k + 1].kind not in ("punct",):
        return 0
    word = toks[k]
    company = word.kind == "abbr" or word.kind == "cap" and (_brand(word.text)
                                                             or _FOREIGN_WORD.match(word.text))
    return k + 1 if company and toks[k + 1].text in (",", ".", ")", ";", ":") else 0


def _foreign_name_after(toks: list[Tok], j: int) -> bool:
    """At ``j``, after a body written in Vietnamese, a foreign person's name begins: a word
    in plain Latin letters followed by another or by a particle of such names ("da", "van"
    …: ``people_words.tsv``, class name_particle)."""
    if j == 0 or j + 1 >= len(toks) or not toks[j].text.isascii() or toks[j - 1].text.isascii():
        return False
    nxt = toks[j + 1]
    if nxt.nl or not nxt.text.isascii() or not nxt.text.isalpha():
        return False
    if nxt.kind == "cap":
        return True
    return nxt.key in word_set("name_particle") and j + 2 < len(toks) \
        and toks[j + 2].kind == "cap"


def _known_place(name: str, tier: str | None = None) -> bool:
    """Is ``name`` a district (``tier`` "district"), a ward or commune ("ward"), or either, in
    the administrative data?"""
    from .address import address, place_key

    index = address().place_index()
    key = place_key(name)
    return any((t, key) in index for t in ((tier,) if tier else ("district", "ward")))


@dataclass
class Title:
    """One office title as written, from token ``start`` to ``end`` (exclusive)."""

    start: int
    end: int
    expanded: str  # abbreviations spelled out, place not yet filled
    province: str | None = None  # a Vietnamese province the title names
    place: str | None = None  # another place it names (a district, a foreign city)
    country: str | None = None  # a foreign country it names (Thủ tướng Nhật Bản)
    level_final: bool = False  # it ends with a bare level word (… UBND tỉnh)
    level: str | None = None  # that level word, lower-cased (tỉnh, huyện, thị xã …)
    local: bool = False  # a provincial office: its province can be filled in
    want: str | None = None  # "city" (Thành ủy, thành phố) or "province" (Tỉnh ủy, tỉnh)
    past: bool = False  # marked as held before (nguyên, thôi giữ chức, khi đó)
    foreign: bool = False  # an office only foreign countries have (Thị trưởng, Tổng thống)
    new: bool = False  # marked as just taken up (tân)
    bare: bool = False  # an office word alone (Chủ tịch), no organisation
    owner: int | None = None  # index of the person it belongs to
    shared: bool = False
    borrowed: bool = False  # a bare office given the organisation named for it elsewhere
    span: Span | None = None  # its span in ``doc.spans["titles"]``

    def has_place(self) -> bool:
        return bool(self.province or self.place or self.country)



@dataclass(slots=True)
class TitleAttrs:
    """Typed attributes of a ``titles`` span: the text as written, its expansion, what it names.

    ``title`` and ``person`` are set by the people resolve step: the title with its province
    filled in, and the name of the person holding it (``None`` when it is nobody's named here).
    """

    raw: str
    expanded: str
    province: str | None = None
    place: str | None = None
    country: str | None = None
    org: bool = False  # it names an organisation after the office word
    bare: bool = False  # an office word alone ("Chủ tịch"): no organisation, no place
    title: str = ""
    person: str | None = None


@dataclass(slots=True)
class _Scan:
    """The state of one title being read by :meth:`TitleParser.parse`."""

    i: int
    j: int
    head: int
    head_kind: str
    local: bool
    foreign: bool
    end: int = 0
    want: str | None = None
    has_org: bool = False  # something after the office word
    generic: bool = False  # words of an organisation's name may follow
    lower_run: int = 0
    named: bool = True  # the organisation's own name has begun (False right after "Sở", "Viện")
    drop: set[int] = field(default_factory=set)  # tokens left out of the expanded title
    org_seen: bool = False  # an organisation word (Cục, Vụ, Ban, Liên đoàn) has been read
    org_tail: bool = False  # lower-case words may go on its name ("Cục Tổ chức cán bộ")
    province: str | None = None
    place: str | None = None
    country: str | None = None
    level_final: bool = False
    level_word: str | None = None
    board: bool = False  # a company board was just read (HĐQT): only a capitalized name follows

    def goto(self, j: int) -> None:
        self.j = self.end = j


class _GrammarRooms:
    """Word tests of the title grammar for companies, rooms and short names (a base of
    :class:`_Grammar`, which gives it its tokens and lexicons)."""

    toks: list[Tok]
    keys: list[str]
    lex: Lexicons
    pos: list[str | None] | None

    def starts_name(self, j: int) -> bool:  # (given by _Grammar)
        raise NotImplementedError

    def _and_step(self, st: _Scan) -> bool:
        """Read "và" and the lower-case words after it as part of the name (:meth:`_and_in_name`)."""
        end = self._and_in_name(st)
        if end:
            st.lower_run += end - st.j
            st.goto(end)
        return bool(end)

    def _and_in_name(self, st: _Scan) -> int:
        """ "và" inside a lower-case organisation's name ("Công ty cổ phần xây dựng và thương mại
        Hòa Bình", "Trung tâm … bảo hiểm y tế và thanh toán đa tuyến khu vực phía Bắc"): the name
        has run on in lower case before it, and after it lower-case words of no clause (no stop
        word, verb or word that ends a name) run to punctuation or a capitalised name."""
        toks, keys, lex, j, n = self.toks, self.keys, self.lex, st.j, len(self.toks)
        if not (st.has_org and st.lower_run and (st.generic or st.org_tail)) \
                or toks[j - 1].kind != "low":
            return 0
        k, verbs = j + 1, 0
        while k < n and k - j <= 8 and toks[k].kind == "low" and not toks[k].nl:
            if keys[k] in lex.stops or keys[k] in word_set("not_in_name") \
                    or lex.context["stop"].match(keys, k) or lex.honorifics.match(keys, k) \
                    or keys[k] in word_set("people_after_and") \
                    or k + 1 < n and f"{keys[k]} {keys[k + 1]}" in word_set("people_after_and"):
                return 0
            verbs += bool(self.pos and self.pos[k] and self.pos[k].startswith("V")
                          and keys[k] not in word_set("org_name_word"))
            k += 1
        if k == j + 1 or k - j > 8 or verbs and k - j <= 4:
            return 0  # a verb in a short run is a clause ("… và phát biểu")
        ends = k >= n or toks[k].nl or toks[k].kind in ("cap", "abbr") \
            or toks[k].kind == "punct" and toks[k].key in (",", ")", ".", "-", "–", ":", ";")
        return k if ends else 0

    def _low_parent(self, k: int, size: int) -> bool:
        """ "(bệnh viện Bạch Mai)": an organisation word in lower case in brackets, its own name
        capitalised right after it."""
        n = len(self.toks)
        return self.toks[k].kind == "low" and k + size < n and self.toks[k + size].kind == "cap" \
            and not self.toks[k + size].nl

    def _clause_word(self, k: int) -> bool:
        """A lower-case word that no organisation's name holds: a verb (not one of the words
        names hold, ``org_name_word``) or a word of ``context`` stop."""
        key = self.keys[k]
        verb = bool(self.pos and self.pos[k] and self.pos[k].startswith("V"))
        return (verb and key not in word_set("org_name_word")
                and not (k + 1 < len(self.keys) and f"{key} {self.keys[k + 1]}" in word_set("org_name_word"))
                and not (k > 0 and f"{self.keys[k - 1]} {key}" in word_set("org_name_word"))) \
            or key != "và" and bool(self.lex.context["stop"].match(self.keys, k))

    def _company_word(self, st: _Scan, j: int) -> bool:
        """One capitalised word right after the office words that names a company or a club,
        not its holder: the holder is named after a comma and an honorific ("Tổng Giám đốc
        Tapexco, ông X"), or a foreign holder before the office ("Florentino Perez, Chủ tịch
        Real:") and the word ends the apposition."""
        toks, keys = self.toks, self.keys
        n = len(toks)
        if j + 1 >= n or keys[j] in self.lex.surnames or not toks[j].text.isalpha():
            return False
        office = " ".join(keys[st.i : j])
        if keys[j + 1] == "," and j + 3 < n and _FOREIGN_WORD.search(toks[j].text) \
                and any(w in office for w in ("giám đốc", "hđqt", "hội đồng quản trị")):
            h = self.lex.honorifics.match(keys, j + 2)
            return bool(h and h[1] == "honorific" and j + 2 + h[0] < n
                        and toks[j + 2 + h[0]].kind == "cap")
        i = st.i
        return keys[j + 1] in (":", ",", ")") and toks[j].text.isascii() and i >= 2 \
            and keys[i - 1] in (",", "-", "–") and toks[i - 2].kind == "cap" \
            and toks[i - 2].text.isascii() and toks[i - 2].text.isalpha()

    def _company_in_country(self, st: _Scan, j: int, run: int) -> int:
        """A company's name in plain Latin letters with the country it works in, right after a
        company office ("Giám đốc Truyền thông Grab Việt Nam", "Tổng giám đốc Samsung Việt
        Nam"): its number of words, else 0."""
        if st.has_org or st.j != st.end or not 2 <= run <= 4:
            return 0
        office = " ".join(self.keys[st.head : st.j])
        first = self.toks[j].text
        if "giám đốc" not in office and "chủ tịch" not in office or not first.isascii() \
                or not first.isalpha() or self.keys[j] in self.lex.surnames:
            return 0
        for k in range(j + 1, j + run):
            c = self.lex.countries.match(self.keys, k)
            if c and k + c[0] == j + run:
                return run
        return 0

    def _company_run(self, st: _Scan, t: Tok, j: int, run: int) -> bool:
        """The capitalised run at ``j`` is a company's name that ends the title: a bank brand
        and its branch ("Giám đốc Seabank Hai Bà Trưng"), a company's own name after its trade
        ("Công ty bất động sản Danh Khôi Á Châu"), a company in Latin letters with its country
        ("Giám đốc Truyền thông Grab Việt Nam")."""
        if not st.has_org and st.j == st.end and _brand(t.text) and 2 <= run <= 4 \
                and j + 1 not in self.provinces:
            return True
        if st.has_org and st.lower_run and self._company_name_after_trade(st, j, run):
            return True
        return self._company_in_country(st, j, run) > 0

    def _company_name_after_trade(self, st: _Scan, j: int, run: int) -> bool:
        """A company's own name after its trade written lower-case ("Công ty bất động sản Danh
        Khôi Á Châu"), in an apposition after its holder's name ("Ông X, Tổng giám đốc …"), the
        name ending the clause: not a holder's name after the office."""
        toks, keys, i, n = self.toks, self.keys, st.i, len(self.toks)
        e = j + run
        if not 1 <= run <= 5 or i < 2 or keys[i - 1] not in (",", "-", "–") \
                or toks[i - 2].kind != "cap" or toks[j - 1].kind != "low":
            return False
        if e < n and not toks[e].nl and toks[e].kind != "punct":
            return False
        companies = word_set("company_word")
        return any(" ".join(keys[k : k + 2]) in companies or keys[k] in companies
                   for k in range(i, j) if toks[k].kind in ("cap", "abbr"))

    def _named_org_after(self, k: int) -> bool:
        """An organisation word at ``k`` with its own name after it ("Công ty BĐS Phúc Khang",
        "Tập đoàn Hòa Phát"), not the word alone ("Công ty này")."""
        m = self.lex.titles.match(self.keys, k)
        e = k + m[0] if m else k
        return bool(m and m[1][0] == "org" and e < len(self.toks)
                    and self.toks[e].kind in ("cap", "abbr") and not self.toks[e].nl)

    def _room_end(self, st: _Scan) -> int:
        """Where "Trưởng phòng kinh doanh Vinaconex" ends (a room of a company), or 0."""
        keys, lex = self.keys, self.lex
        if st.head_kind != "dept" or st.has_org or st.j != st.end:
            return 0
        return _room_of_company(self.toks, keys, st.j, lambda k: keys[k] in lex.stops or bool(
            lex.context["stop"].match(keys, k)) or keys[k] in word_set("clause_word"))

    def _room_before_org(self, st: _Scan) -> int:
        """After a room's head: up to five lower-case words that open no clause, then (past a
        dash) a capitalised organisation word ("Trưởng phòng kinh doanh Công ty …"); where that
        word starts, or 0."""
        toks, keys, lex = self.toks, self.keys, self.lex
        if st.head_kind != "dept" or st.has_org or st.j != st.end \
                or " ".join(keys[st.head : st.end]) not in word_set("unit_head"):
            return 0
        k, n = st.j, len(toks)
        while k < n and k - st.j < 5 and toks[k].kind == "low" and not toks[k].nl \
                and keys[k] not in lex.stops and keys[k] not in word_set("clause_word") \
                and not lex.context["stop"].match(keys, k):
            k += 1
        if k == st.j or k + 1 >= n:
            return 0
        dash = keys[k] == "-" and toks[k + 1].kind == "cap"
        k += dash
        m = lex.titles.match(keys, k)
        if toks[k].kind != "cap" or toks[k].nl or not m or m[1][0] != "org" \
                or self.starts_name(k):
            return 0
        if dash:
            st.drop.add(k - 1)  # the dash between the room and its company is left out
        return k

    def org_name(self, abbr: str) -> bool:
        """Is ``abbr`` the short form of an organisation's whole name ("GTVT" = Giao thông vận
        tải, a ministry's name)?"""
        long = self.lex.abbreviations.get(abbr)
        if long is None:
            return False
        keys = list(keys_of(long))
        m = self.lex.titles.match(keys, 0)
        return bool(m and m[0] == len(keys) and m[1][0] == "name")


class _Grammar(_GrammarRooms):
    """The word tests of the title grammar over one document's tokens."""

    def __init__(self, toks: list[Tok], lex: Lexicons, provinces: dict[int, tuple[int, str]],
                 pos: list[str | None] | None = None) -> None:
        self.toks = toks
        self.keys = [t.key for t in toks]
        self.lex = lex
        self.provinces = provinces  # token index -> (token count, canonical name)
        self.pos = pos

    def title_word(self, j: int, mid: bool = False) -> bool:
        """A capitalized word that starts an office, an organisation or a level word.

        ``mid``: the word follows others of a name, where an organisation word ends the name
        only when a name of its own follows ("Trần Việt Trường" vs "… Trường THPT …").
        """
        m = self.lex.titles.match(self.keys, j)
        if not m:
            return False
        kind = m[1][0]
        if mid and kind == "org" and m[0] == 1:
            nxt = j + 1
            return nxt < len(self.toks) and self.toks[nxt].kind in ("cap", "abbr") \
                and not self.toks[nxt].nl
        if kind == "pre":
            nxt = self.lex.titles.match(self.keys, j + m[0])
            return bool(nxt and nxt[1][0] in ("head", "dept", "full"))
        if kind == "post":
            return False
        if mid and m[0] >= 2 and (j + m[0] >= len(self.toks) or self.toks[j + m[0]].kind
                                  not in ("cap", "abbr") or self.toks[j + m[0]].nl):
            # "Đặng Quốc Vương": an office word with nothing after it ends a name, not an office
            # ("Quốc vương Campuchia" names its country)
            return False
        if self.keys[j] in self.lex.surnames and m[0] == 1:
            # "Đoàn" is an organisation and a family name: a name when two more words follow
            k = j + 1
            while k < len(self.toks) and self.toks[k].kind == "cap" and k - j < 3:
                k += 1
            return k - j < 3
        return True

    def plain_cap(self, j: int) -> bool:
        """A capitalized word that no lexicon claims: a candidate first word of a name."""
        if j >= len(self.toks) or self.toks[j].kind != "cap":
            return False
        if j in self.provinces or self.lex.countries.match(self.keys, j):
            return False
        return not self.title_word(j)

    def name_run(self, j: int) -> int:
        """How many capitalized words from ``j`` could make a name (same line, no office word)."""
        if not self.plain_cap(j):
            return 0
        k = j + 1
        toks = self.toks
        while k < len(toks) and toks[k].kind == "cap" and not toks[k].nl \
                and not self.title_word(k, mid=True):
            k += 1
        return k - j

    def place_size(self, k: int, province_level: bool, tier: str | None = None) -> int:
        """How many capitalized words after a level word name the place (0: a person follows).

        After tỉnh/thành phố a known province was tried first; a run that starts with a family
        name is a person ("Thành phố Nguyễn Hải Trung"). After huyện, xã … a place is always
        named, and a person's name may follow it ("huyện Kỳ Anh Nguyễn Văn Hải").
        """
        run = self.name_run(k)
        if run == 0:
            return 0
        surnames = self.lex.surnames
        if province_level and run >= 2 and self.keys[k] in surnames:
            return 0
        if province_level and run >= 3:
            # a foreign place before a foreign name: "tỉnh Ibaraki Oigawa Kazuhiko"
            return 1 if _FOREIGN_WORD.search(self.toks[k].text) else 2
        if not province_level:
            # the administrative data first: "phường Nguyễn Thái Bình Lê Văn Tám"
            known = [size for size in range(min(run, 4), 0, -1) if _known_place(
                " ".join(t.text for t in self.toks[k : k + size]), tier)]
            for size in known:
                if run == size or run - size >= 2:
                    return size
            if run >= 3 and self.keys[k] in surnames and not known:
                return 0  # "Chủ tịch UBND huyện Nguyễn Thái Bình": no district is named so
        for p in range(1, run - 1):
            if self.keys[k + p] in surnames and run - p >= 2:
                return p
        if not province_level and run >= 4:
            return 2
        return min(run, 3)

    def _low_joiner(self, st: _Scan) -> bool | None:
        """Lower-case words that join parts of an organisation's name ("Đảng ủy cơ quan …",
        "Agribank chi nhánh …", "Ban Quản lý các KCN", "Tổng thống nước …", "người phát ngôn
        của UBND …"); None when the word at ``st.j`` is none of them."""
        toks, keys, lex, j, n = self.toks, self.keys, self.lex, st.j, len(self.toks)
        if keys[j] == "cơ" and st.has_org and keys[j - 1] in ("ủy", "khối") and j + 2 < n \
                and keys[j + 1] == "quan" and toks[j + 2].kind in ("cap", "abbr") \
                and not toks[j + 2].nl and not self.starts_name(j + 2):
            st.j += 2  # "Đảng ủy cơ quan Thành đoàn", "Đảng ủy Khối cơ quan Trung ương"
            return True
        if not st.has_org and st.j == st.end and keys[j - 1] == "ban" and st.head_kind == "dept":
            m = lex.titles.match(keys, j - 1)
            if m and m[0] >= 2 and m[1][0] == "org":
                st.goto(j - 1 + m[0])  # "Trưởng ban quản lý …": the office word holds "Ban"
                st.has_org = st.generic = st.org_seen = True
                st.named = False
                return True
        if keys[j] == "các" and st.has_org and st.generic and j + 1 < n and not toks[j + 1].nl \
                and (toks[j + 1].kind == "abbr" and toks[j + 1].text in lex.abbreviations
                     or keys[j + 1] == "khu"):
            st.goto(j + 1)  # "Ban Quản lý các KCN tỉnh …"
            return True
        if keys[j] == "nước" and not st.has_org and st.j == st.end and j + 1 < n \
                and toks[j + 1].kind == "cap" and not toks[j + 1].nl \
                and (lex.countries.match(keys, j + 1) or keys[j + 1] == "cộng"):
            st.j += 1  # "Tổng thống nước Cộng hòa Dân chủ Timor-Leste": the state's name
            st.has_org = st.generic = True
            st.named = False
            return True
        if keys[j] == "chi" and st.has_org and j + 2 < n and keys[j + 1] == "nhánh" \
                and toks[j + 2].kind in ("cap", "abbr") and not toks[j + 2].nl:
            st.j += 2  # "Agribank chi nhánh Thăng Long": the branch's name follows
            st.generic, st.named = True, False
            return True
        return None

    def _named_after(self, k: int) -> bool:
        """A capitalized name that is no person's follows at ``k`` (on the same line)."""
        return k < len(self.toks) and self.toks[k].kind in ("cap", "abbr") and not self.toks[k].nl \
            and not self.starts_vn_name(k) and k not in self.provinces

    def _name_tail(self, j: int) -> bool:
        """Lower-case words from ``j`` that go on an organisation's name after a department word
        ("Cục Tổ chức cán bộ (Bộ Công an)", "Vụ Thống kê giá,"): at most three, not a verb or
        function word, and followed by a bracket, punctuation, a capitalized word or a level word."""
        toks, keys, lex = self.toks, self.keys, self.lex
        n = len(toks)
        k = j
        while k < n and toks[k].kind == "low" and not toks[k].nl and k - j < 3:
            if keys[k] in word_set("not_in_name") or keys[k] in lex.stops or lex.context["stop"].match(keys, k) \
                    or (self.pos and self.pos[k] and self.pos[k].startswith("V")):
                break
            if (lex.titles.match(keys, k) or (0, ("",)))[1][0] == "level":
                break
            k += 1
        if k == j:
            return False
        if k >= n or toks[k].nl or toks[k].kind in ("punct", "cap", "abbr") or keys[k] in word_set("clause_word"):
            return True
        return (lex.titles.match(keys, k) or (0, ("",)))[1][0] == "level"

    def org_phrase(self, j: int) -> int:
        """How many words from ``j`` make a word of an organisation's name that a tagger reads
        as a verb or that ends a clause elsewhere ("tham nhũng", "phát triển", "thông tin"):
        ``people_words.tsv``, class org_name_word; 0 when none."""
        words = word_set("org_name_word")
        for size in (3, 2, 1):
            if j + size <= len(self.toks) and all(
                    t.kind in ("low", "cap") and not t.nl for t in self.toks[j + 1 : j + size]) \
                    and " ".join(self.keys[j : j + size]) in words:
                return size
        return 0

    def _clause_start(self, k: int) -> bool:
        """The word at ``k`` may open a clause (a stop word, a clause verb, a tagged verb)."""
        keys, lex = self.keys, self.lex
        return bool(keys[k] in lex.stops or keys[k] in word_set("clause_word")
                    or keys[k] in word_set("not_in_name") or lex.context["stop"].match(keys, k)
                    or (self.pos and self.pos[k] and self.pos[k].startswith("V")))

    def _name_goes_on(self, k: int, strict: bool = False) -> bool:
        """After a lower-case word of an organisation's name at ``k - 1``: the name may go on
        or end here (punctuation, a capitalized word, a noun), not a clause (a verb, "cho").
        ``strict`` (the word may also open a clause: "thông tin thêm"): only punctuation, a
        capitalized word or a level word may follow."""
        toks, keys = self.toks, self.keys
        if k >= len(toks) or toks[k].nl or toks[k].kind != "low":
            return True
        if (self.lex.titles.match(keys, k) or (0, ("",)))[1][0] == "level":
            return True
        if strict:
            # "Phòng Quản lý Công nghệ thông tin đã …": a marker of tense comes before a verb,
            # never after one, so the name ended here
            return keys[k] in word_set("aspect_word")
        return keys[k] == "và" or bool(self.org_phrase(k)) or not self._clause_start(k)

    def _longer_name(self, j: int, size: int) -> bool:
        """An organisation's name is longer than the country it starts with ("Pháp chế")."""
        m = self.lex.titles.match(self.keys, j)
        return bool(m and m[0] > size)

    def _parent_body(self, j: int) -> int:
        """The token after ``)`` when ``(`` at ``j`` holds an organisation ("(Bộ Công an)",
        "(Tổng cục Thống kê)"), else 0."""
        toks, keys, n = self.toks, self.keys, len(self.toks)
        m = self.lex.titles.match(keys, j + 1)
        if not m and j + 1 < n and toks[j + 1].kind == "abbr" and self.org_name(toks[j + 1].text):
            m = (1, ("name", "-"))  # "(BHXH Việt Nam)"
        if not m or m[1][0] not in ("org", "name") or j + 1 >= n \
                or toks[j + 1].kind not in ("cap", "abbr") and not self._low_parent(j + 1, m[0]):
            return 0
        k = j + 1 + m[0]
        while k < n and k - j < 14 and not toks[k].nl:
            if toks[k].text == ")":
                return k + 1 if k > j + 1 else 0
            if toks[k].kind in ("punct", "num") and toks[k].key not in ("-", ",", "&") \
                    or toks[k].kind == "low" and self._clause_word(k):
                return 0  # "(Công ty X vắng mặt)": a clause, no parent body
            k += 1
        return 0

    def _unit_parent(self, st: _Scan, j: int) -> bool | None:
        """ "Trưởng khoa Hồi sức, Bệnh viện Bạch Mai": the organisation after the comma that
        holds the unit, read as if right after an office word; it ends the title."""
        toks, n = self.toks, len(self.toks)
        m = self.lex.titles.match(self.keys, j + 1)
        if not m or m[1][0] not in ("org", "name") or j + 1 >= n or toks[j + 1].kind not in ("cap", "abbr"):
            return None
        sub = _Scan(j + 1, j + 1, j + 1, "dept", False, False, end=j + 1, generic=True)
        while sub.j < n and self._step(sub):
            pass
        k = sub.end
        if k <= j + 1 + m[0] - 1 or not (k >= n or toks[k].nl or toks[k].kind == "punct"
                                         or self._clause_start(k)):
            return None
        st.province = sub.province or st.province
        st.place = sub.place or st.place
        st.goto(k)
        return False

    def _parent_after_comma(self, i: int, j: int) -> int:
        """The token after a ministry or national body that follows the comma at ``j`` and ends
        the clause ("Vụ Ngân sách, Bộ Tài chính, cho biết"), else 0; 0 when the title from ``i``
        names such a body already."""
        toks, keys, lex, n = self.toks, self.keys, self.lex, len(self.toks)

        def central(k: int) -> tuple[int, str] | None:
            m = lex.titles.match(keys, k)
            if not m or m[1][1] != "central" or m[1][0] not in ("name", "org") \
                    or toks[k].kind not in ("cap", "abbr") or toks[k].nl:
                return None
            return m[0], m[1][0]

        if any(central(k) for k in range(i, j)):
            return 0
        body = central(j + 1)
        if body is None:
            return 0
        k = j + 1 + body[0]
        if body[1] == "org":  # "Bộ" needs its name: "Bộ Tài chính"
            m2 = lex.titles.match(keys, k)
            if not m2 or m2[1][0] != "name" or k >= n or toks[k].kind not in ("cap", "abbr"):
                return 0
            k += m2[0]
        if k >= n or toks[k].nl or toks[k].kind == "punct" or keys[k] in lex.stops \
                or keys[k] in word_set("clause_word"):
            return k
        return 0

    def _unit_named(self, i: int, j: int) -> bool:
        """The word before ``j`` is a committee or council that takes a place name after it."""
        prev = " ".join(self.keys[max(i, j - 2) : j])
        return any(prev == w or prev.endswith(" " + w) for w in word_set("unit_committee"))

    def _runs_to_province(self, j: int) -> int | None:
        """Where "tỉnh"/"thành phố" and a province follow lower-case words from ``j`` (at most
        10, no punctuation, no line break), else None."""
        k = j
        lex = self.lex
        while k < len(self.toks) and k - j < 10 and self.toks[k].kind == "low" \
                and not self.toks[k].nl:
            if self.keys[k] in word_set("not_in_name") or self.keys[k] in lex.stops \
                    or lex.context["stop"].match(self.keys, k):
                return None
            if self.keys[k] == "tỉnh" and k + 1 in self.provinces \
                    or self.keys[k] == "thành" and k + 2 < len(self.toks) \
                    and self.keys[k + 1] == "phố" and k + 2 in self.provinces:
                return k if k > j else None
            k += 1
        return None

    def _org_kind(self, phrase: str) -> bool:
        """Is ``phrase`` (an abbreviation's long form) an organisation word that needs a name?"""
        keys = list(keys_of(phrase))
        m = self.lex.titles.match(keys, 0)
        return bool(m and m[0] == len(keys) and m[1][0] == "org")

    def _province_ending(self, j: int, size: int) -> str | None:
        """The province that ends the name toks[j:j+size] ("Khu kinh tế Đông Nam Nghệ An")."""
        for k in range(j + 1, j + size):
            if k in self.provinces and k + self.provinces[k][0] == j + size:
                return self.provinces[k][1]
        return None

    def starts_name(self, j: int) -> bool:
        """Two or more plain capitalized words: a person's name, not an organisation."""
        return self.name_run(j) >= 2

    def starts_vn_name(self, j: int) -> bool:
        return self.starts_name(j) and self.keys[j] in self.lex.surnames

    def expand(self, i: int, end: int, drop: set[int] | None = None) -> str:
        toks, abbreviations = self.toks, self.lex.abbreviations
        parts: list[str] = []
        skip = -1
        for k in range(i, end):
            t = toks[k]
            if k <= skip or (drop and k in drop):
                continue
            if k == i and t.key in ("tân", "nguyên", "cựu"):
                continue  # "tân", "nguyên" say when, not which office
            if t.text == "(" and k > i:
                if k + 2 < end and toks[k + 1].kind == "abbr" and toks[k + 2].text == ")":
                    skip = k + 2  # "… Việt Nam (VCCI)": the short name adds nothing
                    continue
                parts.append(" ")  # "Cục Tổ chức cán bộ (Bộ Công an)" → "… cán bộ Bộ Công an"
                continue
            if t.text == ")" and k > i:
                continue
            word = t.text
            if t.key == "-" and k > i and k + 1 < end and toks[k + 1].kind != "punct":
                tight = toks[k - 1].e == t.s and t.e == toks[k + 1].s
                if tight and toks[k - 1].text.isascii() and toks[k + 1].text.isascii():
                    parts.append("-")  # "Timor-Leste": a foreign name keeps its hyphen
                    continue
                parts.append(" - ")  # "Kinh tế-Ngân sách" → "Kinh tế - Ngân sách"
                continue
            if t.kind == "abbr" or (t.kind == "cap" and t.text in abbreviations
                                    and t.key not in ("tp", "tp.")):
                word = abbreviations.get(t.text.replace(" ", ""), abbreviations.get(t.text, t.text))
                if k == end - 1 and word.endswith(".") and "." in word[:-1] and word not in abbreviations:
                    word = word[:-1]  # "Công ty PVC.KBC." ends its sentence
            elif t.key in ("tp", "tp.") and t.kind != "low":
                word = "thành phố"
            if parts and k > i and (toks[k - 1].e < t.s or toks[k - 1].text.endswith(".")
                                    and toks[k - 1].kind == "abbr" and t.kind in ("cap", "abbr")):
                parts.append(" ")  # "TP.Cần Thơ": the abbreviation ends with its dot
            elif parts and t.kind != "punct" and toks[k - 1].kind == "punct" and toks[k - 1].text == ",":
                parts.append(" ")
            parts.append(word)
        text = "".join(parts).strip()
        if text:
            text = text[0].upper() + text[1:]
        return " ".join(text.split())


    def _abbr(self, st: _Scan, t: Tok) -> bool:
        exp = self.lex.abbreviations.get(t.text)
        if exp is None and not (st.has_org or st.generic or st.head_kind != "head"):
            return False
        st.goto(st.j + 1)
        toks, j = self.toks, st.j
        if not exp and j + 1 < len(toks) and toks[j].text == "." and toks[j - 1].e == toks[j].s \
                and toks[j].e == toks[j + 1].s and toks[j + 1].kind == "abbr":
            st.goto(j + 2)  # "Công ty PVC.KBC cho biết": the dotted short name is one name
        if t.text.endswith(".") and "." in t.text[:-1] and not exp:
            st.has_org = True
            return False  # "Công ty PVC.KBC. Hiện …": the sentence ends inside the token
        if exp and st.province is None:
            # "Ủy ban MTTQ Việt Nam TP.HCM": a province written as one abbreviation
            st.province = next((p for p, title in self.lex.place_title.items() if title == exp), None)
        st.has_org = True
        st.org_tail = st.org_tail and not self.org_name(t.text)  # "Bộ TTTT lưu ý": name complete
        st.board = t.key in word_set("company_board")
        # "HTX" (Hợp tác xã) opens a name like its long form; "UBND" is a whole body
        st.generic = exp is None or self._org_kind(exp) or t.key in word_set("abbr_before_name")
        return True



class _PlaceSteps(_Grammar):
    """The steps of :class:`TitleParser` that read a place or a country inside a title."""

    def _org_follows(self, k: int) -> bool:
        """An organisation's name starts at ``k``, or a bracket holding one ("(Bệnh viện …")."""
        if k < len(self.toks) and self.keys[k] == "(":
            k += 1
        if k >= len(self.toks) or self.toks[k].kind != "cap" or self.toks[k].nl:
            return False
        m = self.lex.titles.match(self.keys, k)
        return bool(m and m[1][0] in ("org", "name"))

    def _holds_body(self, st: _Scan) -> bool:
        """The office word names its body ("Chánh Thanh tra": the head of the Inspectorate):
        ``people_words.tsv``, class office_with_body."""
        head = " ".join(self.keys[st.head : st.end])
        return st.j == st.end and head in word_set("office_with_body")

    def _country(self, st: _Scan, c: tuple[int, object]) -> bool:
        """A country after the office ("Thủ tướng Nhật Bản"), and its seat ("… tại TP.HCM")."""
        keys, lex, n = self.keys, self.lex, len(self.toks)
        if c[1] != "Việt Nam":
            st.country = str(c[1])
        st.goto(st.j + c[0])
        st.has_org = True
        st.generic = False
        j = st.j
        if j + 1 < n and keys[j] == "tại":
            k = j + 1
            lv = lex.titles.match(keys, k)
            if lv and lv[1][0] == "level" and self.toks[k].kind != "low":
                k += lv[0]  # "tại TP. Hồ Chí Minh"
            if k in self.provinces:
                cnt, st.place = self.provinces[k]
                st.goto(k + cnt)
                return False
            c2 = lex.countries.match(keys, j + 1)
            if c2:
                st.goto(j + 1 + c2[0])
                return False
            run = self.name_run(j + 1)
            after = j + 1 + run
            if 1 <= run <= 2 and all(t.text.isascii() and t.text.isalpha() for t in self.toks[j + 1 : after]) \
                    and keys[j + 1] not in lex.surnames \
                    and (after >= n or self.toks[after].nl or keys[after] in (",", "-", ")", ":")):
                st.place = " ".join(t.text for t in self.toks[j + 1 : after])
                st.goto(after)  # "Tổng Lãnh sự Nga tại Narva - ông …": a foreign city
                return False
        return True

    def _level(self, st: _Scan, t: Tok, m: tuple[int, tuple[str, str]]) -> bool:
        """A level word (tỉnh, thành phố, huyện …): the place it names, or the title ends bare."""
        toks, keys, n, j = self.toks, self.keys, len(self.toks), st.j
        scope = m[1][1]
        if t.kind == "low" and keys[j] == "tp":
            return False
        k = j + m[0]
        if k < n and not toks[k].nl and k in self.provinces:
            cnt, st.province = self.provinces[k]
            st.goto(k + cnt)
            st.local = st.local or scope == "local"
            return False
        if scope == "local":
            st.want = "city" if keys[j] != "tỉnh" else "province"
        c = self.lex.countries.match(keys, k) if k < n and not toks[k].nl \
            and keys[j] == "bang" else None  # (not "huyện Nga Sơn")
        if c and str(c[1]) != "Việt Nam" and toks[k].kind == "cap":
            st.j = k
            return self._country(st, c)  # "Cục Điều tra Liên bang Mỹ (FBI)"
        if k < n and not toks[k].nl and toks[k].kind == "num" and toks[k].text.isdigit() \
                and keys[j] in ("quận", "phường") and (k + 1 >= n or toks[k + 1].kind != "num"):
            st.place = toks[k].text  # "UBND quận 2", "Phường 6": a district written as a number
            st.goto(k + 1)
            return False
        if k < n and not toks[k].nl and toks[k].kind == "cap":
            tier = "ward" if " ".join(keys[j:k]) in ("xã", "phường", "thị trấn") else "district"
            size = self.place_size(k, scope == "local", tier)
            if size:
                st.place = " ".join(tt.text for tt in toks[k : k + size])
                st.goto(k + size)
                return False
        st.local = st.local or scope == "local"
        st.level_final = True
        st.level_word = " ".join(keys[j:k])
        st.goto(k)
        return False


class TitleParser(_PlaceSteps):
    """Parses titles over one document's tokens (see the module docstring for the grammar)."""

    def parse(self, i: int, lower_ok: bool = False) -> Title | None:
        """The title that starts at token ``i``; lower-case office words only with ``lower_ok``."""
        head = self._head(i, lower_ok)
        if head is None:
            return None
        st, past, new = head
        while st.j < len(self.toks) and self._step(st):
            pass
        return self._finish(st, past, new)

    def _head(self, i: int, lower_ok: bool) -> tuple[_Scan, bool, bool] | None:
        """PRE* OFFICE: the state after the office word, and whether PRE said past or new."""
        toks, keys, lex = self.toks, self.keys, self.lex
        j = i
        past = new = False
        m = lex.titles.match(keys, j)
        while m and m[1][0] == "pre":
            word = keys[j]
            if word in ("nguyên", "cựu"):
                past = True
            elif word == "tân":
                new = True
            elif toks[j].kind != "cap" and not lower_ok:
                return None
            j += m[0]
            m = lex.titles.match(keys, j)
        if not m or m[1][0] not in ("head", "dept", "full"):
            return None
        if toks[j].kind not in ("cap", "abbr") and not lower_ok \
                and not (j > i and toks[i].kind == "cap"):  # "Phó trưởng Ban …", "Phó giám đốc"
            return None
        if j > i and toks[j].nl:
            return None
        head_kind = m[1][0]
        st = _Scan(i, j + m[0], j, head_kind, m[1][1] == "local", m[1][1] == "foreign",
                   end=j + m[0], generic=head_kind == "dept")
        return st, past, new

    def _step(self, st: _Scan) -> bool:
        """Read the word at ``st.j``: True to go on, False where the title ends."""
        t = self.toks[st.j]
        if t.nl:
            return False
        joined = self._join(st, t)
        if joined is not None:
            return joined
        if t.kind == "num" and self._org_number(st):
            st.goto(st.j + 1)  # "Bệnh viện 103", "Trung tâm Cấp cứu 115 Hà Nội"
            return True
        if t.kind in ("punct", "num"):
            return False
        if st.j in self.provinces and (st.has_org or st.head_kind != "head"
                                       or self.keys[st.head : st.head + 2] == ["bí", "thư"]
                                       or self._holds_body(st)):
            # a province named bare (Tỉnh ủy Cà Mau, Sở Du lịch Khánh Hòa, Bí thư Hà Nội,
            # Chánh Thanh tra Hà Nội)
            cnt, st.province = self.provinces[st.j]
            st.goto(st.j + cnt)
            return False
        c = self.lex.countries.match(self.keys, st.j)
        if c and t.kind in ("cap", "abbr") and not self._longer_name(st.j, c[0]):
            return self._country(st, c)
        m = self.lex.titles.match(self.keys, st.j)
        if m:
            word = self._title_word_step(st, t, m)
            if word is not None:
                return word
        if t.kind == "abbr":
            return self._abbr(st, t)
        if t.kind == "cap":
            return self._cap(st, t)
        if t.kind == "low":
            return self._unit_number(st) or self._low(st)
        return False

    def _unit_number(self, st: _Scan) -> bool:
        """ "Đội CSGT số 2", "Đội TTGT số 11": a unit's number after its name."""
        toks, j = self.toks, st.j
        if self.keys[j] == "số" and st.has_org and st.org_seen and j + 1 < len(toks) \
                and toks[j + 1].kind == "num" and toks[j + 1].text.isdigit() and len(toks[j + 1].text) <= 3:
            st.goto(j + 2)
            return True
        return False

    def _org_number(self, st: _Scan) -> bool:
        """A short number that ends an organisation's name ("Bệnh viện 103", "Nhi Đồng 1",
        "Trung tâm Cấp cứu 115"): right after a capitalised word or abbreviation of the name, and
        followed by punctuation, a line break, a clause word or a province."""
        toks, j, n = self.toks, st.j, len(self.toks)
        if not (st.has_org and st.org_seen) or not toks[j].text.isdigit() or len(toks[j].text) > 3 \
                or toks[j - 1].kind not in ("cap", "abbr", "low") or toks[j - 1].e == toks[j].s:
            return False
        k = j + 1
        return k >= n or toks[k].nl or k in self.provinces or self._clause_start(k) \
            or toks[k].key in ("tp", "tp.", "tỉnh", "thành") and k + 1 < n \
            and (k + 1 in self.provinces or k + 2 in self.provinces) \
            or toks[k].kind == "punct" and toks[k].key in (",", ")", ".", "-", "–", ":")

    def _join(self, st: _Scan, t: Tok) -> bool | None:
        """Brackets and dashes inside an organisation's name; None when ``t`` is neither."""
        toks, j, n = self.toks, st.j, len(self.toks)
        if t.text == "(" and st.has_org and j + 2 < n and toks[j + 1].kind == "abbr" \
                and toks[j + 2].text == ")":
            st.goto(j + 3)  # "Phòng Thương mại và Công nghiệp Việt Nam (VCCI)"
            return True
        if t.text == "(" and st.has_org:
            close = self._parent_body(j)
            if close:
                st.goto(close)  # "Cục Tổ chức cán bộ (Bộ Công an)": the parent body
                return False
        if t.key == "-" and st.has_org and j + 1 < n and toks[j + 1].kind == "cap" \
                and not toks[j + 1].nl and not self.starts_name(j + 1) \
                and (j + 1) not in self.provinces \
                and (toks[j - 1].e == t.s - 1 and t.e == toks[j + 1].s - 1
                     or toks[j - 1].e == t.s and t.e == toks[j + 1].s):
            st.j += 1  # "Ban Kinh tế - Ngân sách", "Văn hóa - Xã hội", "Kinh tế-Ngân sách"
            st.generic = True
            st.named = False
            return True
        if t.key == "-" and st.has_org and st.lower_run and j + 2 < n and toks[j - 1].kind == "low" \
                and toks[j + 1].kind == toks[j + 2].kind == "low" and not toks[j + 1].nl \
                and not self._clause_start(j + 1) and not self.lex.honorifics.match(self.keys, j + 1):
            st.j += 1  # "Phòng Cảnh sát giao thông đường bộ - đường sắt": one name
            return True
        if t.key == "," and st.has_org and st.org_seen:
            close = self._parent_after_comma(st.i, j)
            if close:
                st.goto(close)  # "Cục Chống tham nhũng, Thanh tra Chính phủ": its parent body
                return False
        if t.key == "," and st.has_org and " ".join(self.keys[st.head : st.head + 2]) \
                in word_set("unit_head"):
            return self._unit_parent(st, j)
        if t.key == "-" and st.has_org and j + 2 < n and self.keys[j + 1] == "châu" \
                and toks[j + 2].kind == "cap" and not toks[j + 1].nl:
            st.goto(j + 3)  # "Vụ Thị trường châu Âu - châu Mỹ"
            return True
        return None

    def _title_word_step(self, st: _Scan, t: Tok, m: tuple[int, tuple[str, str]]) -> bool | None:
        """A word of ``titles.tsv`` inside the title; None to read it as a plain word."""
        kind, scope = m[1]
        if kind == "level" and " ".join(self.keys[st.j : st.j + 2]) in word_set("not_a_level") \
                and (t.kind == "cap" or self.toks[st.j + 1].kind == "low"):
            return None  # "Khoa học Xã hội", "các vấn đề xã hội": a word of the name, no commune
        if kind == "level":
            return self._level(st, t, m)
        if st.board and t.kind == "low":
            return False  # "Chủ tịch HĐQT ngân hàng này": the bank is not named
        if kind == "name" and t.kind == "low" and not st.has_org and st.j == st.end \
                and (st.head_kind == "dept" or m[0] >= 2 and self.toks[st.head].kind == "low"):
            # "Trưởng ban tổ chức Trung ương", "ủy viên ban thường vụ Trung ương Đoàn": written
            # lower-case
            return self._org_word(st, m)
        if kind == "org" and t.kind == "low" and not st.has_org and st.j == st.end \
                and st.head_kind != "dept" and self._named_after(st.j + m[0]):
            return self._org_word(st, m)  # "Hiệu trưởng trường Mầm non Kim Lương"
        if kind in ("name", "org") and t.kind == "low" \
                and not ((st.generic or st.org_tail) and st.has_org):
            return False  # lower-case "ban", "bộ", "đảng" are ordinary words here
        if kind in ("name", "org") and t.kind != "low":
            return self._org_word(st, m)
        if kind == "post":
            st.goto(st.j + m[0])
            return True
        if kind in ("head", "full") and t.kind == "abbr" and st.head_kind == "dept" \
                and not st.has_org and t.text in self.lex.abbreviations:
            st.goto(st.j + 1)  # "Trưởng đoàn ĐBQH tỉnh": the abbreviation names the body here
            st.has_org = True
            st.generic = False
            return True
        if kind == "pre":
            nxt = self.lex.titles.match(self.keys, st.j + m[0])
            if not nxt or nxt[1][0] not in ("head", "dept", "full", "pre"):
                return None  # "Sân bay Tân Sơn Nhất": "Tân" opens no office here
        if kind in ("head", "dept", "full", "pre"):
            return False  # the next office begins
        return None

    def _org_word(self, st: _Scan, m: tuple[int, tuple[str, str]]) -> bool:
        """A capitalized organisation word or whole organisation (Sở, Tỉnh ủy, Chính phủ)."""
        keys, j = self.keys, st.j
        kind, scope = m[1]
        if kind == "org" and m[0] == 1 and keys[j] in self.lex.surnames and not self.title_word(j):
            return False  # "Đại biểu Quốc hội Đoàn Văn Lợi": a person's name
        if scope == "local":
            st.local = True
            phrase = " ".join(keys[j : j + m[0]])
            if phrase.endswith("tỉnh ủy"):
                st.want = "province"
            elif phrase.endswith("thành ủy"):
                st.want = "city"
        st.goto(j + m[0])
        st.board = " ".join(keys[j : j + m[0]]) in word_set("company_board")
        st.has_org = True
        st.generic = kind == "org"
        st.named = kind != "org"
        if kind == "org":
            st.org_seen = True
        st.org_tail = st.org_seen
        st.lower_run = 0
        k = j + m[0]
        if kind == "org" and self.toks[j].kind == "abbr" and k < len(self.toks) \
                and self.toks[k].kind == "low" and keys[k] != "đa":
            st.generic = st.org_tail = False  # "Phó giám đốc BV quan hệ …": no name in lower case
        return True

    def _cap(self, st: _Scan, t: Tok) -> bool:
        """A capitalized word: the organisation's name, a unit's place, or a person (the end)."""
        keys, lex, j = self.keys, self.lex, st.j
        st.board = False
        run = self.name_run(j)
        if st.has_org and st.named and _foreign_name_after(self.toks, j):
            return False  # "Bộ trưởng Giáo dục Antonio da Conceicao": its holder
        if st.has_org and keys[j : j + 2] == ["quốc", "gia"]:
            st.goto(j + 2)  # "Ủy ban ATGT Quốc gia"
            return True
        level = next((len(w.split()) for w in word_set("school_level")
                      if keys[j : j + len(w.split())] == w.split()), 0)
        if st.has_org and level:
            st.goto(j + level)  # "Trường Mầm non Kim Lương": the school's name follows
            st.generic, st.named = True, False
            return True
        if not st.has_org and st.j == st.end and _brand(t.text) \
                and (run == 1 or keys[j + 1] in lex.surnames):
            st.goto(j + 1)  # "Giám đốc Agribank", "Tổng giám đốc LienVietPostBank": a company
            st.has_org = True
            return True
        if not st.has_org and st.j == st.end and run >= 3 and _not_a_syllable(t.text) \
                and keys[j + 1] in lex.surnames and self.name_run(j + 1) >= 2:
            st.goto(j + 1)  # "Chủ tịch Lasuco Lê Văn Tam": a company, then its holder
            st.has_org = True
            return False
        if self._company_run(st, t, j, run):
            st.goto(j + run)
            st.has_org = True
            return False
        club = _club_words(self.toks, keys, j, run) if not st.has_org and st.j == st.end else 0
        if club:
            st.goto(j + club)  # "Chủ tịch Real Madrid", "Huấn luyện viên Manchester United"
            st.has_org = True
            return False
        if not st.has_org and st.j == st.end and st.head_kind == "dept" and run >= 2 \
                and _foreign_name_after(self.toks, j):
            return False  # "Qua Bộ trưởng Maxim Oreshkin, …": the holder, not a department
        if not st.has_org and st.j == st.end and run == 1 and self._company_word(st, j):
            st.goto(j + 1)  # "Tổng Giám đốc Tapexco, ông X", "Florentino Perez, Chủ tịch Real:"
            st.has_org = True
            return True
        if st.generic and not st.named and run >= 1:
            # "Bệnh viện Bạch Mai", "Trường Lê Quý Đôn": the name of the organisation
            size = run if run <= 3 else self.place_size(j, False) or run
            st.province = self._province_ending(j, size) or st.province
            st.goto(j + size)
            st.has_org = True
            st.named = True
            return True
        if run >= 2 and st.has_org and not st.generic and keys[j] not in lex.surnames \
                and not _FOREIGN_WORD.search(t.text) and self._unit_named(st.i, j):
            size = self.place_size(j, False)
            st.place = " ".join(tt.text for tt in self.toks[j : j + size])
            st.goto(j + size)
            return False  # "Huyện ủy Ba Bể": the unit's place
        if st.head_kind == "dept" and not st.has_org and st.j == st.end and run == 2 \
                and self._org_follows(j + 2):
            st.goto(j + 2)  # "Trưởng khoa Tiết Niệu Bệnh viện Chợ Rẫy": the department's name
            st.has_org = st.generic = st.named = True
            return True
        if run >= 2 and (keys[j] in lex.surnames or not st.generic):
            return False  # a person's name
        if st.head_kind == "dept" and not st.has_org and run == 1 \
                and j + 1 < len(self.toks) and self.toks[j + 1].kind == "low" \
                and self._clause_start(j + 1):
            return False  # "Thứ trưởng Hồng cho biết": a short name, not a department
        if st.generic or (st.head_kind == "dept" and not st.has_org):
            st.named = True
            st.province = self._province_ending(j, max(run, 1)) or st.province
            st.goto(j + max(run, 1))
            st.has_org = True
            st.generic = True
            st.lower_run = 0
            return True
        return False

    def _low(self, st: _Scan) -> bool:
        """A lower-case word: part of the organisation's name, or the end of the title."""
        if st.board:
            return False  # "Chủ tịch HĐQT ngân hàng này": the bank is not named
        toks, keys, lex, j, n = self.toks, self.keys, self.lex, st.j, len(self.toks)
        if keys[j] == "đơn" and j + 2 < n and keys[j + 1] == "vị" \
                and (lex.titles.match(keys, j + 2) or (0, ("",)))[1][0] == "level":
            st.drop.update((j, j + 1))  # "ĐBQH đơn vị tỉnh Nghệ An": the constituency
            st.j += 2
            return True
        joined = self._low_joiner(st)
        if joined is not None:
            return joined
        room = self._room_end(st)
        if room:
            st.goto(room)  # "Trưởng phòng kinh doanh Vinaconex": a room of the company
            st.has_org = True
            return False
        room = self._room_before_org(st)
        if room:
            st.goto(room)  # "Phó phòng kinh doanh – Công ty …": the company's name follows
            st.has_org = True
            return True
        if keys[j] == "nhân" and st.has_org and j + 1 < n and keys[j + 1] == "dân":
            st.goto(j + 2)  # "Chính phủ nhân dân", "Công an nhân dân"
            return True
        if keys[j] == "của" and not st.has_org and st.j == st.end and j + 1 < n \
                and (toks[j + 1].kind == "abbr" and toks[j + 1].text in lex.abbreviations
                     or toks[j + 1].kind == "cap"
                     and ((lex.titles.match(keys, j + 1) or (0, ("",)))[1][0] == "name"
                          or lex.countries.match(keys, j + 1) or self._named_org_after(j + 1)
                          or _brand(toks[j + 1].text))):
            # "người phát ngôn của UBND tỉnh", "Đại sứ … của Việt Nam tại Albania", "Giám đốc
            # kinh doanh của Công ty BĐS Phúc Khang" (not "của Công ty": which, it does not say)
            st.j += 1
            return True
        if keys[j] == "của" and st.has_org and j + 1 < n and toks[j + 1].kind in ("cap", "abbr"):
            nm = lex.titles.match(keys, j + 1)
            if nm and nm[1][0] == "name" or toks[j + 1].kind == "abbr" and self.org_name(toks[j + 1].text):
                st.j += 1  # "Chủ nhiệm Ủy ban Kinh tế của Quốc hội"
                return True
        if keys[j] == "và" and st.has_org and j + 1 < n and toks[j + 1].kind in ("cap", "abbr") \
                and not self.starts_name(j + 1) and not lex.honorifics.match(keys, j + 1):
            tm = lex.titles.match(keys, j + 1)
            if tm and tm[1][0] in ("head", "dept", "full", "pre"):
                return False
            st.j += 1
            return True
        if keys[j] == "và" and self._and_step(st):
            return True  # "Trung tâm Giám định bảo hiểm y tế và thanh toán đa tuyến": one name
        if st.has_org and (st.generic or st.org_tail) and j > st.i:
            size = self.org_phrase(j - 1) - 1 if toks[j - 1].kind == "cap" else 0
            if size <= 0:  # a capitalized first word ("Thông tin") goes on whatever follows
                size = self.org_phrase(j)
                size = size if size and self._name_goes_on(
                    j + size, keys[j] in lex.stops or bool(lex.context["stop"].match(keys, j))) else 0
            if size > 0:
                st.goto(j + size)  # "Cục Chống tham nhũng", "Sở Thông tin và Truyền thông"
                st.lower_run += size
                st.named = True
                return True
        if (st.generic or (st.org_tail and self._name_tail(j))) and st.has_org \
                and keys[j] not in lex.stops and st.lower_run < 9 \
                and not (keys[j] == "của" and j + 1 < n and toks[j + 1].kind == "low") \
                and not lex.context["stop"].match(keys, j) \
                and not (self.pos and self.pos[j] and self.pos[j].startswith("V")):
            st.goto(j + 1)
            st.lower_run += 1
            st.named = True
            return True
        level_at = self._runs_to_province(j) if st.has_org and (st.generic or st.org_tail) \
            else None
        if level_at is not None:
            # "Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh An Giang": a long
            # lower-case name that ends with its province
            st.goto(level_at)
            st.named = True
            return True
        return False

    def _finish(self, st: _Scan, past: bool, new: bool) -> Title:
        keys, i = self.keys, st.i
        end = st.end
        while end > i and keys[end - 1] in ("và", "-", "của"):
            end -= 1  # a dangling "và", "của"
        bare = not st.has_org and not (st.province or st.place or st.country or st.level_final) \
            and not (st.head_kind == "full" and st.foreign)  # "Phó Tỉnh trưởng" is complete alone
        expanded = self.expand(i, end, st.drop)
        after = st.head + 2
        if keys[st.head : after] == ["chủ", "tịch"] and after < end \
                and (self.lex.titles.match(keys, after) or (0, ("",)))[1][0] == "level":
            # "Chủ tịch tỉnh Bắc Ninh": the chair of the province's People's Committee
            words = expanded.split()
            office = len(self.expand(i, after, st.drop).split())
            expanded = " ".join(words[:office] + ["Ủy ban nhân dân"] + words[office:])
        if expanded.endswith("Ban Chấp hành Đảng"):
            # "Ủy viên BCH Đảng" with no committee named after it: the Central Committee
            expanded = expanded[: -len("Đảng")] + "Trung ương Đảng"
        if keys[st.head : st.head + 2] == ["bí", "thư"] and st.province and not st.has_org:
            expanded = _secretary_of(expanded, st.province)
        ks = " " + " ".join(keys[i:end]) + " "
        local, want, foreign = st.local, st.want, st.foreign
        if _party_committee_office(ks):
            local = True  # "Ủy viên Ban Thường vụ" of a provincial leader: of the Tỉnh ủy
        if want is None:
            if " tỉnh " in ks or " tỉnh ủy " in ks:
                want = "province"
            elif any(w in ks for w in (" thành ủy ", " thành phố ", " tp ", " tp. ")):
                want = "city"
        if keys[st.head] == "thống" and (st.place or st.level_final):
            foreign = True  # "Thống đốc tỉnh Ibaraki" (not "Thống đốc Ngân hàng Nhà nước")
        return Title(i, end, expanded, st.province, st.place, st.country, st.level_final,
                     st.level_word, local, want, past, foreign, new, bare)


_SECRETARY_OF_PLACE = re.compile(r"^(.*?[Bb]í thư(?: [Tt]hường trực)?) (?:(?:tỉnh|[Tt]hành phố) )?\S")


def _secretary_of(expanded: str, province: str) -> str:
    """ "Bí thư TP.HCM", "Bí thư tỉnh Quảng Ninh": the secretary of that Party committee."""
    m = _SECRETARY_OF_PLACE.match(expanded)
    if m is None:
        return expanded
    lex = lexicons()
    body = "Thành ủy" if lex.place_kind.get(province) == "city" else "Tỉnh ủy"
    return f"{m.group(1)} {body} {lex.place_title.get(province, province)}"


def _party_committee_office(text: str) -> bool:
    """An office of a province's Party committee when no body is named ("Ủy viên Ban Thường
    vụ", "Phó Bí thư Thường trực"): ``people_words.tsv``, class party_committee_office."""
    low = " " + " ".join(text.lower().split())
    return any(low.endswith(" " + w) for w in word_set("party_committee_office"))


# a Party committee with its town's name written ("Thành ủy Hội An"): no province is added
_NAMED_COMMITTEE = re.compile(r"\b(?:Thành|Tỉnh|Huyện|Thị|Quận) ủy (?!viên)[A-ZĐ]\w")


# the Party committee of a district-level unit (Bí thư kiêm Chủ tịch UBND huyện X: Huyện ủy X)
_COMMITTEE_OF_LEVEL = {"huyện": "Huyện ủy", "quận": "Quận ủy", "thị xã": "Thị ủy", "xã": "Đảng ủy xã",
                       "phường": "Đảng ủy phường", "thị trấn": "Đảng ủy thị trấn"}


# a body of the central state named in the title ("Ban Tôn giáo Chính phủ"): no province is added
_CENTRAL_BODY = re.compile(r"\b(?:Chính phủ|Trung ương)$")


def fill(title: Title, province: str | None, city: bool) -> str:
    """The expanded title with the province it implies filled in."""
    text = title.expanded
    if not province or title.has_place() or not title.local or _NAMED_COMMITTEE.search(text) \
            or _CENTRAL_BODY.search(text):
        return text
    low = text.lower()
    named = lexicons().place_title.get(province, province)  # "Thành ủy Thành phố Hồ Chí Minh"
    if _party_committee_office(low):
        return f"{text} {'Thành ủy' if city else 'Tỉnh ủy'} {named}"
    if low.endswith("tỉnh ủy") or low.endswith("thành ủy"):
        return f"{text} {named}"
    if title.level_final:
        return f"{text} {province}"
    return f"{text} {'thành phố' if city else 'tỉnh'} {province}"


class _FindsHelpers:
    """Small tests of :class:`TitleFinds` (a base of it, which gives it its tokens, lexicons,
    parser and the departments the text names)."""

    toks: list[Tok]
    keys: list[str]
    lex: Lexicons
    n: int
    tp: TitleParser
    departments: set[str]

    def _event_name(self, i: int) -> bool:
        """A capitalised event word right before ``i`` ("Hội nghị Bộ trưởng …"): the office
        words name the meeting (``people_words.tsv``, class event_name)."""
        for phrase in word_set("event_name"):
            words = phrase.split()
            k = i - len(words)
            if k >= 0 and self.keys[k:i] == words and self.toks[k].kind == "cap":
                return True
        return False

    def _department_at(self, k: int) -> None:
        """ "Cục Hải quan TP Hồ Chí Minh" at ``k``: a department named in the text, for a bare
        "Cục trưởng" of a story that names one (``departments``)."""
        sub = _Scan(k, k, k, "dept", False, False, end=k, generic=True)
        while sub.j < self.n and self.tp._step(sub):
            pass
        if sub.end > k + 1:
            self.departments.add(self.tp.expand(k, sub.end))

    def _deputy_of_next(self, t: Title, nxt: Title, core: list[str]) -> bool:
        """ "Phó Chủ tịch, Tổng Thư ký Ủy ban …": a bare deputy's office chained before an
        office of a body (not a Party secretary's, not a foreign or a full office) holds with it
        in that body."""
        m = self.lex.titles.match(self.keys, nxt.start)
        own = self.lex.titles.match(core, 0)
        party = {"bí", "đảng"}
        return bool(core and core != ["bí", "thư"] and self.keys[t.start] == "phó"
                    and own and own[1][0] != "full" and own[0] == len(core)
                    and self.keys[nxt.start] != "phó"  # (not "Phó giám đốc, Phó bí thư Đảng bộ")
                    and not party & set(self.keys[nxt.start : nxt.end]) and not nxt.country and not nxt.foreign
                    and m and m[1][0] != "full" and self.toks[t.start].kind == self.toks[nxt.start].kind)


class TitleFinds(_FindsHelpers):
    """Every title of one document, where it starts and ends, and the bodies it may belong to."""

    def __init__(self, view: WordView) -> None:
        self.view = view
        self.doc = view.doc
        self.lex = view.lex
        self.toks, self.keys, self.n = view.toks, view.keys, view.n
        self.tp = TitleParser(view.toks, view.lex, view.prov_at, view.pos)
        self.titles: list[Title] = []
        self.title_at: dict[int, Title] = {}
        self.title_end: dict[int, Title] = {}
        self.covered: set[int] = set()
        self.bodies: list[tuple[int, str]] = []
        self.short_bodies: list[tuple[int, str]] = []  # "Bộ GTVT": ministries abbreviated
        self.departments: set[str] = set()  # "Cục Hải quan TP Hồ Chí Minh": departments named

    def find_titles(self) -> None:
        lex, keys, toks = self.lex, self.keys, self.toks
        starts = lex.titles.lengths  # a word no title phrase starts with starts no title
        i = 0
        while i < self.n:
            t = toks[i]
            if t.kind in ("cap", "abbr", "low") and starts.get(keys[i]):
                trig = lex.context["trigger"].match_ending(keys, i)
                title = self.tp.parse(i, lower_ok=trig is not None)
                if title is None and trig is None and t.kind == "low" and i > 0 \
                        and (keys[i - 1] in (",", "(", "-", "và") or keys[i - 1] == "các"):
                    # "X, đại biểu Quốc hội tỉnh …": a lower-case office with its body after it
                    title = self.tp.parse(i, lower_ok=True)
                    if title is not None and (title.bare or not (
                            self._body_after_office(title) and keys[i - 1] != "và"
                            or self._chained(i - 1, title))):
                        title = None
                if title is not None and title.end > i and self._event_name(i):
                    i = title.end  # "Hội nghị Bộ trưởng RCEP": a meeting's name, no office
                    continue
                if title is not None and title.end > i:
                    self.titles.append(title)
                    self.title_at[i] = title
                    self.title_end[title.end] = title
                    self.covered.update(range(i, title.end))
                    self._mark_past(title)
                    i = title.end
                    continue
                m = lex.titles.match(keys, i)
                if m and m[1][0] in ("name", "org") and t.kind in ("cap", "abbr"):
                    i += m[0]  # "Ban Bí thư": no office inside an organisation's name
                    continue
            i += 1
        for title in list(self.titles):
            self._staff_of(title)

    def _staff_of(self, title: Title) -> None:
        """A post on an office-holder's staff before "của" and the office ("Thư ký báo chí của
        Tổng thống Nga X"): one title from the post on, the name after is the staff member's
        (``people_words.tsv``, class staff_of_office)."""
        keys, toks, s = self.keys, self.toks, title.start
        if s < 2 or keys[s - 1] != "của" or title.bare:
            return
        staff = word_set("staff_of_office")
        size = next((k for k in (4, 3, 2, 1) if s - 1 - k >= 0
                     and " ".join(keys[s - 1 - k : s - 1]) in staff), 0)
        b = s - 1 - size
        if not size or any(t.nl or t.kind not in ("cap", "low") for t in toks[b:s]):
            return
        prev = self.title_end.get(s - 1)
        if prev is not None:
            if prev.start < b:
                return
            self.titles.remove(prev)
            self.title_at.pop(prev.start, None)
            self.title_end.pop(prev.end, None)
        post = " ".join(t.text for t in toks[b : s - 1])
        new = replace(title, start=b, expanded=f"{post[0].upper()}{post[1:]} của {title.expanded}")
        self.titles[self.titles.index(title)] = new
        self.title_at.pop(s, None)
        self.title_at[b] = new
        self.title_end[new.end] = new
        self.covered.update(range(b, s))

    def _chained(self, k: int, title: Title) -> bool:
        """A lower-case office with its body after the comma at ``k`` that closes another office
        ("Thành ủy viên, ủy viên ban thường vụ Trung ương Đoàn"): the chain of one person's
        offices goes on, written lower-case."""
        q = k
        while q > 0 and k - q < 8 and q not in self.title_end and not self.toks[q - 1].nl and (
                self.toks[q - 1].kind in ("num", "punct", "abbr")
                or self.keys[q - 1] in ("khóa", "nhiệm", "kỳ") or _ROMAN.match(self.toks[q - 1].text)):
            q -= 1  # "đại biểu HĐND TP.HCM khóa IX (2016-2021), …": past its term
        if q not in self.title_end:
            return False
        head, end = self._office_end(title)
        return end < title.end and head == title.start or head == title.start + 1 \
            and self.keys[title.start] == "phó"

    def _body_after_office(self, title: Title) -> bool:
        """The word after the office words of ``title`` is a capitalized organisation."""
        lex, keys = self.lex, self.keys
        k = title.start
        m = lex.titles.match(keys, k)
        while m and m[1][0] in ("pre", "head", "dept", "full", "post") and k < title.end:
            k += m[0]
            m = lex.titles.match(keys, k)
        if k < title.end - 1 and keys[k] == "của":
            k += 1  # "người phát ngôn của Bộ Ngoại giao"
            m = lex.titles.match(keys, k)
        if not (k < title.end and m and m[1][0] in ("name", "org")):
            return False
        # "phát ngôn viên điện Kremlin": a lower-case first word of a name written with capitals
        return self.toks[k].kind in ("cap", "abbr") or m[0] > 1 \
            and self.toks[k + m[0] - 1].kind == "cap"

    def _mark_past(self, title: Title) -> None:
        keys = self.keys
        if self.lex.context["past"].match_ending(keys, title.start):
            title.past = True
        k = title.end
        if k < self.n and keys[k] == ",":
            k += 1
        for phrase in word_set("past_after"):
            words = phrase.split()
            if keys[k : k + len(words)] == words and (
                    k + len(words) >= self.n or keys[k + len(words)] != "là"):
                title.past = True  # not "X, trước đó là …": that one is the past post

    def find_bodies(self) -> None:
        """Ministries and general departments as written: "Bộ Công an", "Tổng cục Thống kê"."""
        lex, keys, toks = self.lex, self.keys, self.toks
        for k in range(self.n):
            if keys[k] == "cục" and toks[k].kind == "cap" and (k == 0 or keys[k - 1] not in ("tổng", "chi")):
                self._department_at(k)
                continue
            if keys[k] not in ("bộ", "tổng") or toks[k].kind != "cap":
                continue
            m = lex.titles.match(keys, k)
            if not m or m[1][0] not in ("org", "name") or m[1][1] != "central":
                continue
            e = k + m[0]
            if m[1][0] == "org":
                m2 = lex.titles.match(keys, e)
                if e < self.n and toks[e].kind == "abbr" and self.tp.org_name(toks[e].text):
                    # "Bộ GTVT": the ministry's name as an abbreviation (only a minister's
                    # ministry, not a department's parent, is read from it)
                    self.short_bodies.append((k, self.tp.expand(k, e + 1)))
                    continue
                if not (m2 and m2[1][0] == "name" and e < self.n and toks[e].kind == "cap"):
                    continue
                e += m2[0]
            self.bodies.append((k, self.tp.expand(k, e)))

    def _office_end(self, title: Title) -> tuple[int, int]:
        """Where the office word of ``title`` starts and where its office words end (PRE*
        OFFICE POST*)."""
        lex, keys = self.lex, self.keys
        k = title.start
        m = lex.titles.match(keys, k)
        while m and m[1][0] == "pre" and k < title.end:
            k += m[0]
            m = lex.titles.match(keys, k)
        head = k
        if m and m[1][0] in ("head", "dept", "full"):
            k += m[0]
            m = lex.titles.match(keys, k)
            while m and m[1][0] == "post" and k < title.end:
                k += m[0]
                m = lex.titles.match(keys, k)
        return head, min(k, title.end)

    def complete_bare(self) -> None:
        """A bare office takes the organisation the text names for it elsewhere: the one of the
        same office right after it ("Phó Giám đốc, Giám đốc Sở Tài chính"), or named before it
        in its paragraph ("Giám đốc Sở Nội vụ …; 8 Phó Giám đốc"),
        else, for a minister or deputy minister, the one ministry named before it in its
        paragraph or the only one the article names ("Thứ trưởng" in a story about the Bộ Xây
        dựng). Offices counted in general ("tối đa 3 Phó Giám đốc Sở") lend nothing."""
        pid = self.view.pid
        for n, t in enumerate(self.titles):
            if not t.bare or t.end - t.start > 6 or not self._ends_bare(t.end) \
                    or self.keys[t.end : t.end + 3] == ["hồ", "chí", "minh"]:
                continue  # (not "Chủ tịch Hồ Chí Minh": the President, of no body named here)
            head, _ = self._office_end(t)
            core = self.keys[head : t.end]
            nxt = self.titles[n + 1] if n + 1 < len(self.titles) else None
            if nxt is not None and not nxt.bare and core == ["bí", "thư"] \
                    and self.keys[t.end : nxt.start] in (["kiêm"], [","]):
                committee = next((c for lvl, c in _COMMITTEE_OF_LEVEL.items()
                                  if nxt.place and f"{lvl} {nxt.place}" in nxt.expanded), None)
                if nxt.place and committee:  # "… kiêm Chủ tịch UBND huyện Đông Anh"
                    t.expanded, t.place, t.bare = f"{t.expanded} {committee} {nxt.place}", nxt.place, False
                elif nxt.province:  # "Bí thư kiêm Chủ tịch HĐND Đà Nẵng": of the Party committee
                    t.expanded = _secretary_of(f"{t.expanded} {nxt.province}", nxt.province)
                    t.bare, t.local = False, True
                if not t.bare or self.keys[t.end] == "kiêm":
                    continue  # a Party secretary is never of the other office's body
            if nxt is not None and not nxt.bare and self.keys[t.end : nxt.start] in (
                    ["kiêm"], [",", "kiêm"]) and not nxt.country:
                # "Chánh Văn phòng, kiêm người phát ngôn của UBND tỉnh": both of that body
                h2, e2 = self._office_end(nxt)
                e2 += self.keys[e2] == "của" and e2 < nxt.end - 1
                if e2 < nxt.end:
                    self._take_org(t, nxt, self.tp.expand(e2, nxt.end))
                    t.borrowed = False
                    continue
            if nxt is not None and not nxt.bare and nxt.start - t.end == 1 \
                    and self.keys[t.end] in (",", "và", "rồi", "/", "-"):
                h2, e2 = self._office_end(nxt)
                same = self.keys[h2:e2] == core and self.keys[t.end] != "-"
                if (same or self._deputy_of_next(t, nxt, core)) and e2 < nxt.end:
                    # "Phó Giám đốc, Giám đốc Sở Tài chính": both of the Sở; "Phó Chủ tịch,
                    # Tổng Thư ký Ủy ban Trung ương MTTQ": a deputy's body named once after
                    self._take_org(t, nxt, self.tp.expand(e2, nxt.end))
                    t.borrowed = False  # said in the same breath: as sure as the office itself
                    continue
            for prev in reversed(self.titles[:n]):
                if pid[prev.start] != pid[t.start]:
                    break
                h2, e2 = self._office_end(prev)
                if not prev.bare and self._same_office(self.keys[h2:e2], core) and e2 < prev.end \
                        and not prev.country and not prev.foreign and not self._counted(prev.start) \
                        and self._one_body(core, head > t.start and h2 == prev.start):
                    # the deputy of an office named before ("Giám đốc Sở Nội vụ … Phó Giám
                    # đốc"), or the same office again; a Party "Bí thư" or "Ủy viên" may be of
                    # many bodies, a "Thủ tướng" of any country
                    self._take_org(t, prev, self.tp.expand(e2, prev.end))
                    break
            if t.bare and core == ["cục", "trưởng"] and len(self.departments) == 1 \
                    and not _foreign_name_after(self.toks, t.end):
                # "Phó cục trưởng" in a story that names one department: of it
                t.expanded = f"{t.expanded} {next(iter(self.departments))}"
                t.bare = False
                t.borrowed = True
                continue
            if t.bare and core[:2] in (["thứ", "trưởng"], ["bộ", "trưởng"]) \
                    and core[2:] in ([], ["thường", "trực"]) \
                    and not _foreign_name_after(self.toks, t.end) \
                    and not (nxt is not None and nxt.start == t.end + 1 and self.keys[t.end] == ","
                             and self.keys[nxt.start : nxt.start + 2] == ["chủ", "nhiệm"]):
                # (not "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ": a minister heading that body)
                body = self._ministry_for(t)
                if body:
                    t.expanded = f"{t.expanded} {body}"
                    t.bare = False
                    t.borrowed = True

    def unit_of_department(self) -> None:
        """A room of a department named alone ("Trưởng phòng Quản lý công nghệ thông tin") is of
        the one provincial department (Sở) the story's other offices name ("Giám đốc Sở Thông
        tin Truyền thông"); with two or more such departments, it stays as written."""
        keys, toks = self.keys, self.toks
        depts = set()
        for t in self.titles:
            k = next((k for k in range(t.start, t.end) if keys[k] == "sở" and toks[k].kind == "cap"), None)
            if k is not None and k + 1 < t.end:
                depts.add(self.tp.expand(k, t.end))
        if len(depts) != 1:
            return
        dept = depts.pop()
        for t in self.titles:
            head, end = self._office_end(t)
            office = keys[head:end]
            room = office[-2:] in (["trưởng", "phòng"], ["phó", "phòng"]) or end < t.end \
                and keys[end] == "phòng" and toks[end].kind == "low"
            if not room or t.bare or t.has_place() or end + 1 >= t.end or any(
                    (self.lex.titles.match(keys, k) or (0, ("",)))[1][0] in ("org", "name", "level")
                    or toks[k].kind == "abbr" or _FOREIGN_WORD.match(toks[k].text)
                    for k in range(end + 1, t.end) if toks[k].kind != "low"):
                continue  # (not "Trưởng phòng thương mại PVTEX": a room of that company)
            t.expanded = f"{t.expanded} {dept}"
            t.local = True

    def board_of(self) -> None:
        """A company board's office takes its company from the office it is held with
        ("Chủ tịch HĐQT kiêm Tổng giám đốc Công ty X" → "Chủ tịch Hội đồng quản trị Công ty X"),
        else from the one company the text names after a board ("Chủ tịch HĐQT LienVietPostBank"
        … "Chủ tịch HĐQT"). Boards: ``people_words.tsv``, class company_board."""
        done: set[int] = set()  # offices that took their company from the office held with them
        for n, t in enumerate(self.titles[:-1]):
            nxt = self.titles[n + 1]
            if t.has_place() or nxt.start != t.end + 1 or self.keys[t.end] not in ("kiêm", ",") \
                    or self._board_end(t) != t.end:
                continue
            _h, e2 = self._office_end(nxt)
            body = self.lex.titles.match(self.keys, e2) if e2 < nxt.end else None
            if self.keys[t.end] == "," and body and body[1][1] != "-":
                continue  # "Chủ tịch HĐQT, Tổng giám đốc Công ty X" (not a state body after it)
            if e2 < nxt.end and not nxt.bare:
                self._take_org(t, nxt, self.tp.expand(e2, nxt.end))
                t.borrowed = False
                done.add(id(t))
        companies: dict[str, tuple[Title, int]] = {}
        cut: list[Title] = []
        for t in self.titles:
            e = self._board_end(t)
            if e == t.end and id(t) not in done:
                cut.append(t)
            elif e is not None and self.toks[e].kind in ("cap", "abbr"):
                companies[self.tp.expand(e, t.end).lower()] = (t, e)
        if len(companies) == 1:
            ((src, e),) = companies.values()
            for t in cut:
                if not t.has_place():
                    self._take_org(t, src, self.tp.expand(e, src.end))
                    t.borrowed = False  # the office names its board: only the company is added
            self._company_offices(src, e)

    def _company_offices(self, src: Title, e: int) -> None:
        """In a story about one company, a company office named alone ("Tổng giám đốc", "Phó
        Chủ tịch thường trực") is of it where its paragraph names the company."""
        name = self.keys[e : src.end]
        pid, size = self.view.pid, len(name)
        named = {pid[k] for k in range(self.n - size + 1) if self.keys[k : k + size] == name}
        offices = word_set("company_office")
        for t in self.titles:
            if t.bare and not t.has_place() and pid[t.start] in named \
                    and " ".join(self.keys[t.start : t.end]) in offices:
                self._take_org(t, src, self.tp.expand(e, src.end))
                t.borrowed = False

    def _board_end(self, t: Title) -> int | None:
        """Where the company board named in ``t`` ends (None: no board in it)."""
        boards = word_set("company_board")
        for k in range(t.start, t.end):
            m = self.lex.titles.match(self.keys, k)
            if m and " ".join(self.keys[k : k + m[0]]) in boards:
                return k + m[0]
        return None

    def _same_office(self, have: list[str], core: list[str]) -> bool:
        """The same office, whatever post words follow it ("Chủ tịch" and "Chủ tịch chuyên
        trách": "Phó Chủ tịch chuyên trách" is the deputy of that chair's body)."""
        if have == core:
            return True
        m = self.lex.titles.match(core, 0)
        return bool(m) and core[: m[0]] == have and all(
            (self.lex.titles.match(core, k) or (0, ("",)))[1][0] == "post"
            or core[k] in word_set("post_office_word") for k in range(m[0], len(core)))

    def _one_body(self, core: list[str], deputy: bool) -> bool:
        """An office named alone is of the body named with it before (the deputy of it, or the
        same office again), unless its kind is "full" (Thủ tướng: complete as written) or, said
        again, it may be of many bodies (people_words.tsv, class many_bodies)."""
        m = self.lex.titles.match(core, 0)
        return bool(m and m[1][0] != "full") and (
            deputy or " ".join(core) not in word_set("many_bodies"))

    def _counted(self, k: int) -> bool:
        """A number or quantifier before ``k``: offices counted ("8 Phó Giám đốc Sở"), said of
        nobody in particular."""
        return k > 0 and (self.toks[k - 1].kind == "num" or self.keys[k - 1] in word_set("quantifier"))

    def _ends_bare(self, k: int) -> bool:
        """The office really stands alone: a name, punctuation or a clause word follows it, not
        lower-case words of a department the grammar did not read ("Trưởng ban tôn giáo")."""
        if k >= self.n or self.toks[k].nl or self.toks[k].kind != "low":
            return True
        key = self.keys[k]
        return key in self.lex.stops or key in word_set("clause_word") \
            or key in word_set("list_opener") or key in word_set("list_joiner") \
            or bool(self.lex.context["stop"].match(self.keys, k))

    def _ministry_for(self, t: Title) -> str | None:
        pid = self.view.pid
        bodies = sorted(self.bodies + self.short_bodies)
        before = [text for k, text in bodies if k < t.start and pid[k] == pid[t.start]
                  and text.startswith("Bộ ")]
        if before:
            return before[-1] if len(set(before)) == 1 else None
        every = {text for _k, text in bodies if text.startswith("Bộ ")}
        return every.pop() if len(every) == 1 else None

    @staticmethod
    def _take_org(t: Title, prev: Title, org: str) -> None:
        t.expanded = f"{t.expanded} {org}"
        t.bare = False
        t.borrowed = True
        t.province, t.place, t.country = prev.province, prev.place, prev.country
        t.level_final, t.level, t.local, t.want = prev.level_final, prev.level, prev.local, \
            prev.want

    def span(self, title: Title) -> Span:
        """The ``titles`` span of ``title`` with its :class:`TitleAttrs`."""
        sp = self.doc.span(self.toks[title.start].s, self.toks[title.end - 1].e, "titles")
        org = any((self.lex.titles.match(self.keys, k) or (0, ("",)))[1][0] in ("org", "name")
                  for k in range(title.start, title.end))
        sp.attrs = TitleAttrs(sp.text, title.expanded, title.province, title.place, title.country,
                              org, title.bare, title.expanded)
        return sp


_FINDS: weakref.WeakKeyDictionary[Document, TitleFinds] = weakref.WeakKeyDictionary()


def title_finds(doc: Document) -> TitleFinds:
    """The titles of ``doc`` found by the titles component (found now if it has not run)."""
    finds = _FINDS.get(doc)
    if finds is None:
        finds = _FINDS[doc] = TitleFinds(word_view(doc))
        finds.find_titles()
        finds.find_bodies()
        finds.complete_bare()
        finds.unit_of_department()
        finds.board_of()
        name_generic_orgs(finds)
        chair_of_council(finds)
        unit_of_hospital(finds)
        delegates_with_province(finds)
        office_in_do_clause(finds)
        deputies_of_the_delegation(finds)
    return finds


class TitlesComponent:
    """Pipeline component: office titles as written (``doc.spans["titles"]``)."""

    name = "titles"
    reads = ("provinces",)
    adds = ("titles",)

    def __call__(self, doc: Document) -> Document:
        finds = title_finds(doc)
        spans = [finds.span(t) for t in finds.titles]
        for t, sp in zip(finds.titles, spans, strict=True):
            t.span = sp
        doc.add_spans("titles", spans)
        return doc
