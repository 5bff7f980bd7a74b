"""Office titles: the word lexicons, a small tokenizer, the title grammar, expansion and place filling.

Used by the people component. Everything here works on ``Document.norm`` (NFC, one tone placement)
and is loaded once per process (:func:`lexicons`).

A title is parsed left to right with a small grammar over word tokens::

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

``expand`` spells abbreviations out (UBND → Ủy ban nhân dân, TP. → thành phố) from
``data/abbreviations.tsv``; ``fill`` adds the province a title implies ("Bí thư Tỉnh ủy" of a Cà Mau
leader → "Bí thư Tỉnh ủy Cà Mau").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

# -- tokens --------------------------------------------------------------------------------------

_TOKEN_RE = re.compile(
    r"(?P<hcm>T[Pp]\.?\s?HCM(?![^\W_])|TPHCM(?![^\W_]))"
    r"|(?P<dotted>(?:[^\W\d_]{1,6}\.){2,}|(?:TP|Tp|T\.P|GS|PGS|TS|ThS|BS|KS|KTS|LS|TSKH|BSCKII)\.)"
    r"|(?P<hyabbr>[A-ZĐ]{2,}(?:&[A-ZĐ]+)?(?:-[A-ZĐ]{2,}(?:&[A-ZĐ]+)*)+(?![^\W_]))"  # "LĐ-TB&XH"
    r"|(?P<word>[A-Z][a-z]+-[a-z]+(?![^\W_])|[^\W_]+(?:[&'’/][^\W_]+)*)"  # "Jae-sung"
    r"|(?P<punct>\S)"
)
# a word that is not a Vietnamese syllable (no tone marks, or letters Vietnamese does not use)
_FOREIGN_WORD = re.compile(r"^(?:[A-Za-z]*[fjwzFJWZ][A-Za-z]*|[A-Za-z]{6,}|[A-Za-z]*(?:ee|oo|ae|ie|ou)[a-z]*)$")
# lower-case words that end an organisation's name even where its name may go on ("của", "tại")
_NOT_IN_NAME = frozenset({"của", "tại", "ở", "về", "với", "cùng", "là", "và", "do", "cho", "từ"})
# words that open the rest of a clause after a subject's office ("… cán bộ cho biết", "… giá đã")
_CLAUSE_WORDS = frozenset({
    "cho", "đã", "đang", "sẽ", "vừa", "cũng", "là", "được", "bị", "phát", "nói", "khẳng", "nhấn",
    "chủ", "dự", "tham", "đề", "báo", "trình", "yêu", "đánh", "chỉ", "thông", "giới", "cảm", "ký",
    "trao", "chúc", "nêu", "đưa", "kêu", "chia", "trả", "mong", "thăm", "gặp", "làm", "cùng", "tại"})
_DASHES = {"–": "-", "—": "-", "‒": "-", "−": "-"}


@dataclass(slots=True)
class Tok:
    """A word or punctuation mark of ``Document.norm``: ``s``/``e`` are norm offsets."""

    text: str
    s: int
    e: int
    kind: str  # cap | abbr | low | num | punct
    key: str  # lower-cased, dashes unified: what lexicons are keyed by
    nl: bool  # a line break stands between this token and the one before


def _kind(text: str, group: str) -> str:
    if group in ("hcm", "dotted", "hyabbr"):
        return "abbr"
    if group == "punct":
        return "punct"
    c = text[0]
    if c.isdigit():
        return "num"
    if c.isupper():
        if len(text) > 1 and text.upper() == text:
            return "abbr"
        return "cap"
    if c.isalpha():
        return "low"
    return "punct"


def tokenize(text: str) -> list[Tok]:
    out: list[Tok] = []
    last = 0
    for m in _TOKEN_RE.finditer(text):
        group = m.lastgroup or "punct"
        word = m.group()
        key = _DASHES.get(word, word).lower()
        if group == "hcm":
            key = "tp.hcm"
        out.append(Tok(word, m.start(), m.end(), _kind(word, group), key, "\n" in text[last:m.start()]))
        last = m.end()
    return out


def _known_place(name: str, tier: str | None = None) -> bool:
    """Is ``name`` a district (``tier`` "district"), a ward or commune ("ward"), or either, in
    the administrative data?"""
    from ..components.address import address, place_key

    index = address().place_index()
    key = place_key(name)
    return any((t, key) in index for t in ((tier,) if tier else ("district", "ward")))


def _keys(phrase: str) -> tuple[str, ...]:
    return tuple(t.key for t in tokenize(phrase))


# -- lexicons ------------------------------------------------------------------------------------


class Lexicon:
    """Phrases keyed by their token keys; :meth:`match` finds the longest one at a position."""

    __slots__ = ("entries", "lengths")

    def __init__(self) -> None:
        self.entries: dict[tuple[str, ...], Any] = {}
        self.lengths: dict[str, list[int]] = {}

    def add(self, phrase: str, value: Any) -> None:
        key = _keys(phrase)
        if not key or key in self.entries:
            return
        self.entries[key] = value
        lens = self.lengths.setdefault(key[0], [])
        if len(key) not in lens:
            lens.append(len(key))
            lens.sort(reverse=True)

    def match(self, keys: list[str], i: int) -> tuple[int, Any] | None:
        if i >= len(keys):
            return None
        lens = self.lengths.get(keys[i])
        if not lens:
            return None
        for n in lens:
            if i + n <= len(keys):
                v = self.entries.get(tuple(keys[i : i + n]))
                if v is not None:
                    return n, v
        return None

    def match_ending(self, keys: list[str], end: int) -> tuple[int, Any] | None:
        """The longest phrase that ends just before ``end``."""
        best = None
        for n in range(1, 7):
            i = end - n
            if i < 0:
                break
            v = self.entries.get(tuple(keys[i:end]))
            if v is not None:
                best = (n, v)
        return best

    def __contains__(self, phrase: str) -> bool:
        return _keys(phrase) in self.entries


def _rows(name: str) -> list[list[str]]:
    rows = []
    for line in (DATA_DIR / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append([c.strip() for c in line.split("\t")])
    return rows


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    kind: str  # city | province


@dataclass
class Lexicons:
    titles: Lexicon  # value: (kind, scope)
    honorifics: Lexicon  # value: kind
    places: Lexicon  # value: Place
    countries: Lexicon  # value: canonical name
    context: dict[str, Lexicon]  # kind -> Lexicon (value True)
    abbreviations: dict[str, str]
    surnames: frozenset[str]
    weak_surnames: frozenset[str]
    middles: frozenset[str]
    stops: frozenset[str]
    place_kind: dict[str, str] = field(default_factory=dict)  # province name -> city|province


# Surnames that are also common words at the head of non-names: a name starting with one needs
# an honorific or office beside it.
_WEAK_SURNAMES = {"sơn", "giang", "kim", "thái", "đồng", "châu", "ninh", "la", "lạc", "quan",
                  "danh", "tiêu", "chung", "bạch", "thạch"}


@lru_cache(maxsize=1)
def lexicons() -> Lexicons:
    titles = Lexicon()
    for row in _rows("titles.tsv"):
        titles.add(row[0], (row[1], row[2] if len(row) > 2 else "-"))
    honorifics = Lexicon()
    for row in _rows("honorifics.txt"):
        honorifics.add(row[0], row[1] if len(row) > 1 else "honorific")
    places = Lexicon()
    place_kind: dict[str, str] = {}
    for row in _rows("title_places.tsv"):
        place = Place(row[0], row[1])
        place_kind[row[0]] = row[1]
        places.add(row[0], place)
        if len(row) > 2 and row[2]:
            for alias in row[2].split("|"):
                places.add(alias, place)
    countries = Lexicon()
    for row in _rows("countries.txt"):
        countries.add(row[0], row[0])
    context: dict[str, Lexicon] = {}
    middles: set[str] = set()
    stops: set[str] = set()
    for row in _rows("name_context.tsv"):
        word, kind = row[0], row[1]
        context.setdefault(kind, Lexicon()).add(word, True)
        if kind == "middle":
            middles.add(word.lower())
        elif kind == "stop" and " " not in word:
            stops.add(word.lower())
    abbreviations = {row[0]: row[1] for row in _rows("abbreviations.tsv")}
    surnames = frozenset(row[0].lower() for row in _rows("surnames.txt") if " " not in row[0])
    return Lexicons(
        titles=titles,
        honorifics=honorifics,
        places=places,
        countries=countries,
        context=context,
        abbreviations=abbreviations,
        surnames=surnames,
        weak_surnames=frozenset(_WEAK_SURNAMES & surnames),
        middles=frozenset(middles),
        stops=frozenset(stops),
        place_kind=place_kind,
    )


# -- titles --------------------------------------------------------------------------------------


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

    def has_place(self) -> bool:
        return bool(self.province or self.place or self.country)


class TitleParser:
    """Parses titles over one document's tokens (see the module docstring for the grammar)."""

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

    def _name_tail(self, j: int) -> bool:
        """Lower-case words from ``j`` that go on an organisation's name after a department word
        ("Cục Tổ chức cán bộ (Bộ Công an)", "Vụ Thống kê giá,"): at most three, not a verb or
        function word, and followed by a bracket, punctuation, a capitalized word or a level word."""
        toks, keys, lex = self.toks, self.keys, self.lex
        n = len(toks)
        k = j
        while k < n and toks[k].kind == "low" and not toks[k].nl and k - j < 3:
            if keys[k] in _NOT_IN_NAME or keys[k] in lex.stops or lex.context["stop"].match(keys, k) \
                    or (self.pos and self.pos[k] and self.pos[k].startswith("V")):
                break
            if (lex.titles.match(keys, k) or (0, ("",)))[1][0] == "level":
                break
            k += 1
        if k == j:
            return False
        if k >= n or toks[k].nl or toks[k].kind in ("punct", "cap", "abbr") or keys[k] in _CLAUSE_WORDS:
            return True
        return (lex.titles.match(keys, k) or (0, ("",)))[1][0] == "level"

    def _longer_name(self, j: int, size: int) -> bool:
        """An organisation's name is longer than the country it starts with ("Pháp chế")."""
        m = self.lex.titles.match(self.keys, j)
        return bool(m and m[0] > size)

    def _parent_body(self, j: int) -> int:
        """The token after ``)`` when ``(`` at ``j`` holds an organisation ("(Bộ Công an)",
        "(Tổng cục Thống kê)"), else 0."""
        toks, keys, n = self.toks, self.keys, len(self.toks)
        m = self.lex.titles.match(keys, j + 1)
        if not m or m[1][0] not in ("org", "name") or j + 1 >= n \
                or toks[j + 1].kind not in ("cap", "abbr"):
            return 0
        k = j + 1 + m[0]
        while k < n and k - j < 14 and not toks[k].nl:
            if toks[k].text == ")":
                return k + 1 if k > j + 1 else 0
            if toks[k].kind in ("punct", "num") and toks[k].key not in ("-", ",", "&"):
                return 0
            k += 1
        return 0

    def _unit_named(self, i: int, j: int) -> bool:
        """The word before ``j`` is a committee or council that takes a place name after it."""
        prev = " ".join(self.keys[max(i, j - 2) : j])
        return prev.endswith(("huyện ủy", "thị ủy", "quận ủy", "thành ủy", "đảng ủy", "ubnd", "hđnd",
                              "nhân dân", "công an"))

    def _runs_to_province(self, j: int) -> int | None:
        """Where "tỉnh"/"thành phố" and a province follow lower-case words from ``j`` (at most
        10, no punctuation, no line break), else None."""
        k = j
        lex = self.lex
        while k < len(self.toks) and k - j < 10 and self.toks[k].kind == "low" \
                and not self.toks[k].nl:
            if self.keys[k] in _NOT_IN_NAME or self.keys[k] in lex.stops \
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
        keys = list(_keys(phrase))
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

    def parse(self, i: int, lower_ok: bool = False) -> Title | None:
        toks, keys, lex = self.toks, self.keys, self.lex
        n = len(toks)
        j = i
        past = new = False
        while True:
            m = lex.titles.match(keys, j)
            if m and m[1][0] == "pre":
                word = keys[j]
                if word in ("nguyên", "cựu"):
                    past = True
                elif word == "tân":
                    new = True
                elif toks[j].kind != "cap" and not lower_ok:
                    return None
                j += m[0]
                continue
            break
        m = lex.titles.match(keys, j)
        if not m or m[1][0] not in ("head", "dept", "full"):
            return None
        if toks[j].kind not in ("cap", "abbr") and not lower_ok:
            return None
        if j > i and toks[j].nl:
            return None
        j_head = j
        head_kind = m[1][0]
        local = m[1][1] == "local"
        foreign = m[1][1] == "foreign"
        want: str | None = None
        j += m[0]
        end = j
        has_org = False  # something after the office word
        generic = head_kind == "dept"  # words of an organisation's name may follow
        lower_run = 0
        named = True  # the organisation's own name has begun (False right after "Sở", "Viện")
        drop: set[int] = set()  # tokens left out of the expanded title
        org_seen = False  # an organisation word (Cục, Vụ, Ban, Liên đoàn) has been read
        org_tail = False  # lower-case words may go on its name ("Cục Tổ chức cán bộ")
        province = place = country = None
        level_final = False
        level_word: str | None = None
        while j < n:
            t = toks[j]
            if t.nl:
                break
            if t.text == "(" and has_org and j + 2 < n and toks[j + 1].kind == "abbr" \
                    and toks[j + 2].text == ")":
                j += 3  # "Phòng Thương mại và Công nghiệp Việt Nam (VCCI)"
                end = j
                continue
            if t.text == "(" and has_org:
                close = self._parent_body(j)
                if close:
                    j = end = close  # "Cục Tổ chức cán bộ (Bộ Công an)": the parent body
                    break
            if t.key == "-" and has_org and j + 1 < n and toks[j + 1].kind == "cap" \
                    and not toks[j + 1].nl and not self.starts_name(j + 1) \
                    and (j + 1) not in self.provinces \
                    and (toks[j - 1].e == t.s - 1 and t.e == toks[j + 1].s - 1
                         or toks[j - 1].e == t.s and t.e == toks[j + 1].s):
                j += 1  # "Ban Kinh tế - Ngân sách", "Văn hóa - Xã hội", "Kinh tế-Ngân sách"
                generic = True
                named = False
                continue
            if t.key == "-" and has_org and j + 2 < n and keys[j + 1] == "châu" \
                    and toks[j + 2].kind == "cap" and not toks[j + 1].nl:
                j += 3  # "Vụ Thị trường châu Âu - châu Mỹ"
                end = j
                continue
            if t.kind in ("punct", "num"):
                break
            # a province named bare (Tỉnh ủy Cà Mau, Sở Du lịch Khánh Hòa)
            if j in self.provinces and (has_org or head_kind != "head"):
                cnt, name = self.provinces[j]
                province = name
                j += cnt
                end = j
                break
            c = lex.countries.match(keys, j)
            if c and t.kind in ("cap", "abbr") and not self._longer_name(j, c[0]):
                if c[1] != "Việt Nam":
                    country = c[1]
                j += c[0]
                end = j
                has_org = True
                generic = False
                if j + 1 < n and keys[j] == "tại":
                    k = j + 1
                    lv = lex.titles.match(keys, k)
                    if lv and lv[1][0] == "level" and toks[k].kind != "low":
                        k += lv[0]  # "tại TP. Hồ Chí Minh"
                    if k in self.provinces:
                        cnt, name = self.provinces[k]
                        place = name
                        j = k + cnt
                        end = j
                        break
                    c2 = lex.countries.match(keys, j + 1)
                    if c2:
                        j += 1 + c2[0]
                        end = j
                        break
                continue
            m = lex.titles.match(keys, j)
            if m:
                kind, scope = m[1]
                if kind == "level":
                    if t.kind == "low" and keys[j] == "tp":
                        break
                    k = j + m[0]
                    if k < n and not toks[k].nl and k in self.provinces:
                        cnt, name = self.provinces[k]
                        province = name
                        j = k + cnt
                        end = j
                        local = local or scope == "local"
                        break
                    if scope == "local":
                        want = "city" if keys[j] != "tỉnh" else "province"
                    if k < n and not toks[k].nl and toks[k].kind == "cap":
                        tier = "ward" if " ".join(keys[j:k]) in ("xã", "phường", "thị trấn") \
                            else "district"
                        size = self.place_size(k, scope == "local", tier)
                        if size:
                            place = " ".join(tt.text for tt in toks[k : k + size])
                            j = k + size
                            end = j
                            break
                    local = local or scope == "local"
                    level_final = True
                    level_word = " ".join(keys[j:k])
                    j = k
                    end = j
                    break
                if kind in ("name", "org") and t.kind == "low" \
                        and not ((generic or org_tail) and has_org):
                    break  # lower-case "ban", "bộ", "đảng" are ordinary words here
                if kind in ("name", "org") and t.kind != "low":
                    if kind == "org" and m[0] == 1 and keys[j] in lex.surnames \
                            and not self.title_word(j):
                        break  # "Đại biểu Quốc hội Đoàn Văn Lợi": a person's name
                    if scope == "local":
                        local = True
                        phrase = " ".join(keys[j : j + m[0]])
                        if phrase.endswith("tỉnh ủy"):
                            want = "province"
                        elif phrase.endswith("thành ủy"):
                            want = "city"
                    j += m[0]
                    end = j
                    has_org = True
                    generic = kind == "org"
                    named = kind != "org"
                    if kind == "org":
                        org_seen = True
                    org_tail = org_seen
                    lower_run = 0
                    continue
                if kind == "post":
                    j += m[0]
                    end = j
                    continue
                if kind in ("head", "full") and t.kind == "abbr" and head_kind == "dept" \
                        and not has_org and t.text in lex.abbreviations:
                    j += 1  # "Trưởng đoàn ĐBQH tỉnh": the abbreviation names the body here
                    end = j
                    has_org = True
                    generic = False
                    continue
                if kind in ("head", "dept", "full", "pre"):
                    break  # the next office begins
            if t.kind == "abbr":
                exp = lex.abbreviations.get(t.text)
                if exp is None and not (has_org or generic or head_kind != "head"):
                    break
                j += 1
                end = j
                has_org = True
                # "HTX" (Hợp tác xã) opens a name like its long form; "UBND" is a whole body
                generic = exp is None or self._org_kind(exp)
                continue
            if t.kind == "cap":
                run = self.name_run(j)
                if generic and not named and run >= 1:
                    # "Bệnh viện Bạch Mai", "Trường Lê Quý Đôn": the name of the organisation
                    size = run if run <= 3 else self.place_size(j, False) or run
                    province = self._province_ending(j, size) or province
                    j += size
                    end = j
                    has_org = True
                    named = True
                    continue
                if run >= 2 and has_org and not generic and keys[j] not in lex.surnames \
                        and not _FOREIGN_WORD.search(t.text) and self._unit_named(i, j):
                    size = self.place_size(j, False)
                    place = " ".join(tt.text for tt in toks[j : j + size])
                    j += size
                    end = j
                    break  # "Huyện ủy Ba Bể": the unit's place
                if run >= 2 and (keys[j] in lex.surnames or not generic):
                    break  # a person's name
                if generic or (head_kind == "dept" and not has_org):
                    named = True
                    province = self._province_ending(j, max(run, 1)) or province
                    j += max(run, 1)
                    end = j
                    has_org = True
                    generic = True
                    lower_run = 0
                    continue
                break
            if t.kind == "low":
                if keys[j] == "đơn" and j + 2 < n and keys[j + 1] == "vị" \
                        and (lex.titles.match(keys, j + 2) or (0, ("",)))[1][0] == "level":
                    drop.update((j, j + 1))  # "ĐBQH đơn vị tỉnh Nghệ An": the constituency
                    j += 2
                    continue
                if keys[j] == "nhân" and has_org and j + 1 < n and keys[j + 1] == "dân":
                    j += 2  # "Chính phủ nhân dân", "Công an nhân dân"
                    end = j
                    continue
                if keys[j] == "của" and has_org and j + 1 < n and toks[j + 1].kind == "cap":
                    nm = lex.titles.match(keys, j + 1)
                    if nm and nm[1][0] == "name":
                        j += 1  # "Chủ nhiệm Ủy ban Kinh tế của Quốc hội"
                        continue
                if keys[j] == "và" and has_org and j + 1 < n and toks[j + 1].kind in ("cap", "abbr") \
                        and not self.starts_name(j + 1) \
                        and not lex.honorifics.match(keys, j + 1):
                    tm = lex.titles.match(keys, j + 1)
                    if tm and tm[1][0] in ("head", "dept", "full", "pre"):
                        break
                    j += 1
                    continue
                if (generic or (org_tail and self._name_tail(j))) and has_org \
                        and keys[j] not in lex.stops and lower_run < 9 \
                        and not lex.context["stop"].match(keys, j) \
                        and not (self.pos and self.pos[j] and self.pos[j].startswith("V")):
                    j += 1
                    lower_run += 1
                    end = j
                    named = True
                    continue
                level_at = self._runs_to_province(j) if has_org and (generic or org_tail) \
                    else None
                if level_at is not None:
                    # "Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh An Giang":
                    # a long lower-case name that ends with its province
                    j = end = level_at
                    named = True
                    continue
                break
            break
        # trim a dangling "và"
        while end > i and keys[end - 1] in ("và", "-"):
            end -= 1
        bare = not has_org and not (province or place or country or level_final) and not (
            head_kind == "full" and foreign)  # "Phó Tỉnh trưởng" is complete alone
        expanded = self.expand(i, end, drop)
        ks = " " + " ".join(keys[i:end]) + " "
        if ks.endswith(" ban thường vụ "):
            local = True  # "Ủy viên Ban Thường vụ" of a provincial leader: of the Tỉnh ủy
        if want is None:
            if " tỉnh " in ks or " tỉnh ủy " in ks:
                want = "province"
            elif any(w in ks for w in (" thành ủy ", " thành phố ", " tp ", " tp. ")):
                want = "city"
        if keys[j_head] == "thống" and (place or level_final):
            foreign = True  # "Thống đốc tỉnh Ibaraki" (not "Thống đốc Ngân hàng Nhà nước")
        return Title(i, end, expanded, province, place, country, level_final, level_word, local,
                     want, past, foreign, new, bare)

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
                parts.append(" - ")  # "Kinh tế-Ngân sách" → "Kinh tế - Ngân sách"
                continue
            if t.kind == "abbr":
                word = abbreviations.get(t.text.replace(" ", ""), abbreviations.get(t.text, t.text))
            elif t.key in ("tp", "tp.") and t.kind != "low":
                word = "thành phố"
            if parts and k > i and toks[k - 1].e < t.s:
                parts.append(" ")
            elif parts and t.kind != "punct" and toks[k - 1].kind == "punct" and toks[k - 1].text == ",":
                parts.append(" ")
            parts.append(word)
        text = "".join(parts).strip()
        if text:
            text = text[0].upper() + text[1:]
        return " ".join(text.split())


def fill(title: Title, province: str | None, city: bool) -> str:
    """The expanded title with the province it implies filled in."""
    text = title.expanded
    if not province or title.has_place() or not title.local:
        return text
    low = text.lower()
    if low.endswith("ban thường vụ"):
        return f"{text} {'Thành ủy' if city else 'Tỉnh ủy'} {province}"
    if title.level_final or low.endswith("tỉnh ủy") or low.endswith("thành ủy"):
        return f"{text} {province}"
    return f"{text} {'thành phố' if city else 'tỉnh'} {province}"
