"""Provinces and centrally-run cities (63 before, 34 after 1 July 2025).

The component finds every mention of a province in the normalized view of the text
(``doc.lower`` for matching, ``doc.norm`` for the capitalisation checks), drops the look-alikes
(a person's name, a street, a school or company named after a place, a district or commune that
shares a province's name, "Thái Bình Dương", "Điện Biên Phủ", a foreign place) and groups the rest
into :class:`~vnextract.document.Province` records in order of first mention. ``since_2025`` is
the unit after the merger, read from underthesea's bundled address data (:mod:`.address`).

Other components can use:

- ``doc.spans["provinces"]``: every province mention, ``attrs`` a :class:`ProvinceAttrs`
  (role ``"city"`` for a city named like its province: "TP Thanh Hóa"); ``data`` mirrors the
  attrs as a dict for readers not yet moved to ``attrs``;
- :func:`lookup_province`: alias text → ``(canonical name, since_2025)``.

The focus province is chosen in the resolve stage (:mod:`vnextract.resolve.focus`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..document import Document, Province, Span
from ..lexicon import rows, scope_alternation, words
from ..text import fold, normalize
from .address import LOCK, Alias, address, aliases, place_key

__all__ = ["ProvincesComponent", "ProvinceAttrs", "lookup_province", "load_surnames",
           "central_cities", "context_words"]

# kept importable under their former names (titles reads the place index through them)
_address = address
_key = place_key


@cache
def context_words(kind: str) -> frozenset[str]:
    """The words of ``data/province_context.tsv`` of one kind (as written in the file, NFC)."""
    return frozenset(normalize(r[0])[0] for r in rows("province_context.tsv")
                     if len(r) > 1 and r[1] == kind)


@cache
def _singles(kind: str) -> frozenset[str]:
    return frozenset(w for w in context_words(kind) if " " not in w)


@cache
def _pairs(kind: str) -> frozenset[str]:
    return frozenset(w for w in context_words(kind) if " " in w)


def central_cities() -> set[str]:
    """The centrally-run cities, before and after 2025 (underthesea's data names them "Thành phố
    ..."): "TP. X" names the province itself."""
    return address().central


@cache
def load_surnames() -> frozenset[str]:
    """The family names in ``vnextract/data/surnames.txt`` (NFC, tone-normalized)."""
    return frozenset(normalize(w)[0] for w in words("surnames.txt"))


@dataclass(slots=True)
class ProvinceAttrs:
    """The typed attributes of a ``province`` span."""

    name: str  # canonical name of the province (as reported)
    since_2025: str  # the province it belongs to since 1 July 2025
    role: str | None = None  # "city": the province's city named like it ("TP Thanh Hóa")


# ------------------------------------------------------------------------------------------
# the alias regex


def _alias_pattern(key: str) -> str:
    out = []
    for piece in re.split(r"( - |\.| )", key):
        if piece == " - ":
            out.append(r"\s*[-–—]\s*")
        elif piece == ".":
            out.append(r"\.\s*")
        elif piece == " ":
            out.append(r"\s+")
        elif piece:
            out.append(re.escape(piece))
    return "".join(out)


class _Table:
    """Every alias in one regex (longest first), with the "tỉnh / thành phố / TP." prefix."""

    def __init__(self) -> None:
        self.aliases: dict[str, Alias] = aliases()
        alt = "|".join(_alias_pattern(a) for a in sorted(self.aliases, key=len, reverse=True))
        prefix = r"(?P<pre>(?:tỉnh|thành\s+phố)\s+|(?:tp|t\.\s?p)(?:\.\s*|\s+))"
        self.regex = re.compile(r"(?<!\w)" + prefix + r"?(?P<name>" + alt + r")(?!\w)")
        self._memo: dict[str, Alias | None] = {}

    def lookup(self, matched: str) -> Alias | None:
        found = self._memo.get(matched, self)
        if found is self:
            found = self._memo[matched] = self.aliases.get(place_key(matched))
        return found  # type: ignore[return-value]


_TABLE: _Table | None = None


def _table() -> _Table:
    global _TABLE
    if _TABLE is None:
        with LOCK:
            if _TABLE is None:
                _TABLE = _Table()
    return _TABLE


def unit_of(name: str) -> str:
    """The old (63) unit a province name belongs to."""
    alias = _table().lookup(name)
    return alias.unit if alias else name


# ------------------------------------------------------------------------------------------
# context: the words around a mention (a window of a few words, never a scan of the line)

_SYLLABLE = re.compile(r"[\w'’]+")  # the syllables of a matched name (a few characters)
_NEXT_WORD_RE = re.compile(r"[ \t\u00a0]+([\w'’]+)")


def is_title(word: str) -> bool:
    return word[:1].isupper() and (len(word) == 1 or word[1:].islower() or word[1:] in ("'", "’"))


def _capitalised(text: str) -> bool:
    """Every word of a province name starts with a capital (or the name is written in capitals)."""
    words = _SYLLABLE.findall(text)
    return bool(words) and all(w[:1].isupper() for w in words)


def words_before(text: str, pos: int, n: int = 4) -> list[tuple[int, str]]:
    """Up to ``n`` words right before ``pos`` separated by plain spaces only (nearest first)."""
    out: list[tuple[int, str]] = []
    i = pos
    while len(out) < n:
        j = i
        while j > 0 and text[j - 1] in " \t\u00a0":
            j -= 1
        if j == i or j == 0:
            break
        k = j
        while k > 0 and (text[k - 1].isalnum() or text[k - 1] in "'’"):
            k -= 1
        if k == j:
            break
        out.append((k, text[k:j]))
        i = k
    return out


def word_after(text: str, pos: int) -> str:
    m = _NEXT_WORD_RE.match(text, pos)
    return m.group(1) if m else ""


def sentence_start(text: str, pos: int) -> bool:
    j = pos
    while j > 0 and text[j - 1] in " \t\u00a0\"“'‘(":
        j -= 1
    return j == 0 or text[j - 1] in ".!?\n:;…"


class CapsLines:
    """Is a position on a paragraph written in capitals (a headline)? One answer per paragraph
    of ``doc.paragraphs``, computed when first asked (linear in the text, however long its
    lines)."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._memo: dict[int | None, bool] = {}

    def __call__(self, pos: int) -> bool:
        i = self.doc.paragraph_index(pos)
        got = self._memo.get(i)
        if got is None:
            if i is None:
                got = False
            else:
                a, b = self.doc.paragraphs[i]
                letters = [c for c in self.doc.norm[a:b] if c.isalpha()]
                got = len(letters) > 3 and all(c.isupper() for c in letters)
            self._memo[i] = got
        return got


def _org_before(before: list[tuple[int, str]]) -> bool:
    """Do the words before a name (nearest first) end an organisation's name ("Trường THPT")?"""
    words = [fold(w) for _, w in before]
    raw = [w for _, w in before]
    heads = _org_heads()
    for i in range(len(words)):
        for parts in heads.get(words[i], ()):
            n = len(parts)
            if tuple(words[i : i + n]) == parts and raw[i + n - 1][:1].isupper() \
                    and _org_words(list(reversed(raw[:i]))):
                return True
    return False


@cache
def _org_heads() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Organisation heads, their words nearest first, by their last word."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for head in context_words("org_head"):
        parts = tuple(reversed(head.split()))
        out.setdefault(parts[0], []).append(parts)
    return {k: tuple(v) for k, v in out.items()}


def _org_words(words: list[str]) -> bool:
    """Words between an organisation head and a province name (in text order) that can be part
    of the name: capitalised, a filler ("cổ phần"), or the lower-case syllables that follow a
    capitalised one ("Cao su", "Một thành viên"), never a connective ("tại", "và", "của")."""
    run = 0
    seen_cap = False
    fillers, ok_before, place_words = (context_words(k) for k in ("org_filler", "place_before", "place_word"))
    for w in words:
        f = fold(w)
        if w[:1].isupper():
            seen_cap, run = True, 0
        elif f in fillers:
            continue
        elif seen_cap and run < 2 and f not in ok_before and f not in place_words:
            run += 1
        else:
            return False
    return True


def _person_before(norm: str, before: list[tuple[int, str]]) -> bool:
    """Is the name the end of a person's name ("Nguyễn Thái Bình", "Trần Thị Hà Giang")?"""
    surnames = load_surnames()
    chain: list[tuple[int, str]] = []
    for pos, w in before[:3]:
        if is_title(w):
            chain.append((pos, w))
        elif w.isupper() and not w.isdigit():
            chain.append((pos, w[0] + w[1:].lower()))  # a line in capitals
        else:
            break
    for i, (pos, w) in enumerate(chain):
        if w not in surnames:
            continue
        if i == 0 and w in context_words("noun_surname") and sentence_start(norm, pos):
            continue
        # "Phan Thiết Bình Thuận", "Nha Trang Khánh Hòa": a place, not a name
        if any(address().is_place(" ".join(x for _, x in reversed(chain[: j + 1])))
               for j in range(i, len(chain))):
            continue
        return True
    return False


# ------------------------------------------------------------------------------------------
# the component


@dataclass(slots=True)
class _Mention:
    nstart: int
    nend: int
    alias: Alias
    prefix: str | None  # "tỉnh" | "thành phố" | None
    role: str | None = None
    needs_company: bool = False


_LIST_GAP = re.compile(
    r"[ \t\u00a0]*(?:[,;/–—-]|" + "|".join(sorted(context_words("list_word"), key=len, reverse=True))
    + r")[ \t\u00a0]*"
)
_FOREIGN_AFTER = re.compile(
    r"\s*[(,–-]\s*(?:" + "|".join(map(re.escape, sorted(context_words("foreign_after"), key=len, reverse=True)))
    + r")\b"
)


class ProvincesComponent:
    """Finds provinces; sets ``doc.provinces`` and ``doc.spans["provinces"]``."""

    name = "provinces"
    reads = ()
    adds = ("provinces",)

    def __call__(self, doc: Document) -> Document:
        mentions = _keep_listed(doc.norm, self._find_mentions(doc, _table()))
        _build_provinces(doc, mentions)
        return doc

    def _find_mentions(self, doc: Document, table: _Table) -> list[_Mention]:
        norm = doc.norm
        caps = CapsLines(doc)
        out: list[_Mention] = []
        for m in table.regex.finditer(doc.lower):
            alias = table.lookup(m.group("name"))
            if alias is None or alias.stop:
                continue
            ns, ne = m.start("name"), m.end("name")
            if not _capitalised(norm[ns:ne]):
                continue
            pre = m.group("pre")
            prefix = None
            if pre:
                p = fold(pre).strip().rstrip(".").replace(" ", "")
                prefix = "tỉnh" if p == "tỉnh" else "thành phố"
            if alias.needs_prefix and prefix != "thành phố":
                continue
            if prefix is None and not _accept_bare(norm, doc.lower, ns, ne, alias, caps):
                continue
            if _FOREIGN_AFTER.match(norm, ne):
                continue  # "Hà Nam (Trung Quốc)" is Henan
            if _exchange_before().search(doc.lower, max(0, m.start() - 40), m.start()):
                continue  # "sàn chứng khoán TP.HCM": the exchange's name, not the place meant
            role = None
            if prefix == "thành phố" and alias.unit not in central_cities() and address().has_city(alias.unit):
                role = "city"  # "TP Thanh Hóa": the province's city, counted for the province
            mention = _Mention(m.start() if pre else ns, ne, alias, prefix, role)
            if prefix is None and alias.person:
                prev = words_before(norm, ns, 1)
                mention.needs_company = not (prev and fold(prev[0][1]) in context_words("place_word"))
            out.append(mention)
        return out


@cache
def _exchange_before() -> re.Pattern[str]:
    """A stock exchange's name right before a province ("Sở giao dịch chứng khoán TP Hồ Chí
    Minh"): the exchange phrases of ``data/figure_scope.tsv``."""
    alt = scope_alternation("exchange")
    return re.compile(rf"(?<!\w)(?:{alt})\s+(?:tỉnh\s+|thành phố\s+|tp\.?\s*)?$")


def _keep_listed(norm: str, out: list[_Mention]) -> list[_Mention]:
    """"Hồ Chí Minh" alone is also the person: keep it after tại/ở ..., or in a list of places
    ("Hà Nội, Hồ Chí Minh và Đà Nẵng")."""
    kept = []
    for i, mention in enumerate(out):
        if mention.needs_company:
            prev_m = out[i - 1] if i > 0 else None
            next_m = out[i + 1] if i + 1 < len(out) else None
            if not (
                (prev_m and _LIST_GAP.fullmatch(norm, prev_m.nend, mention.nstart))
                or (next_m and _LIST_GAP.fullmatch(norm, mention.nend, next_m.nstart))
            ):
                continue
        kept.append(mention)
    return kept


def _accept_bare(norm: str, low: str, ns: int, ne: int, alias: Alias, caps: CapsLines) -> bool:
    """Context checks for a province name written without tỉnh/TP before it."""
    before = words_before(norm, ns, 4)
    prev = fold(before[0][1]) if before else ""
    prev2 = fold(before[1][1]) + " " + prev if len(before) > 1 else ""
    # a district, commune ... sharing the name ("xã Hòa Bình", "huyện Điện Biên")
    if prev in _singles("unit_before") or prev2 in _pairs("unit_before"):
        return False
    if prev in context_words("unit_abbr") and norm[ns - 1 : ns] == ".":
        return False
    # streets, rivers, bridges ...
    if prev2 in _pairs("street"):
        return False
    if prev in _singles("street") and not (prev == "phố" and prev2 == "thành phố"):
        return False
    if prev in context_words("region"):
        return False
    # a person: "ông Hà Nam", "Nguyễn Thái Bình", "Nguyễn Thị Hà Giang"
    if prev in _singles("honorific") or prev2 in _pairs("honorific"):
        return False
    if _person_before(norm, before) or _org_before(words_before(norm, ns, 8)):
        return False
    ok_before = context_words("place_before")
    if before and " " not in low[ns:ne].strip() and ne - ns <= 4:
        # one short syllable ("Huế") after a capitalised word is a given name: "Thu Huế"
        w = before[0][1]
        if is_title(w) and fold(w) not in ok_before:
            return False
    if alias.weak:
        in_caps = caps(ns)
        nxt = word_after(norm, ne)
        if nxt and nxt[:1].isupper() and not in_caps:
            return False  # "Sài Gòn Tourist", "Hồ Chí Minh Nguyễn ..."
        if before:
            w = before[0][1]
            acronym = w.isupper() and len(w) > 1 and not in_caps  # "UBND Hồ Chí Minh"
            if not (fold(w) in ok_before or acronym):
                return False  # "Chủ tịch Hồ Chí Minh", "tư tưởng Hồ Chí Minh", "Tân Cảng Sài Gòn"
    return True


def _build_provinces(doc: Document, mentions: list[_Mention]) -> None:
    """Group the mentions by unit (in order of first mention) into ``doc.provinces``."""
    groups: dict[str, list[_Mention]] = {}
    for m in mentions:
        groups.setdefault(m.alias.unit, []).append(m)
    provinces: list[Province] = []
    spans: list[Span] = []
    for unit, ms in groups.items():
        named = [m.alias.name for m in ms if m.role is None] or [m.alias.name for m in ms]
        names = list(dict.fromkeys(named))  # distinct, in order: the longest, then the first
        name = max(names, key=lambda n: (len(n), -names.index(n)))
        since = ms[0].alias.since_2025
        if name != unit:  # "Thừa Thiên Huế": "TP Huế" is then its city
            for m in ms:
                if m.prefix == "thành phố" and m.alias.name == unit:
                    m.role = "city"
        prov = Province(name=name, since_2025=since)
        for m in ms:
            span = doc.span(m.nstart, m.nend, "province", name=name, since_2025=since, role=m.role)
            span.attrs = ProvinceAttrs(name, since, m.role)
            prov.mentions.append(span)
            spans.append(span)
        provinces.append(prov)
    doc.provinces = provinces
    doc.add_spans("provinces", spans)


def lookup_province(text: str) -> tuple[str, str] | None:
    """Alias text → ``(canonical name, since_2025)``; ``None`` when it names no province.

    >>> lookup_province("tỉnh Cà Mau")
    ('Cà Mau', 'Cà Mau')
    >>> lookup_province("TP.HCM")
    ('Hồ Chí Minh', 'Hồ Chí Minh')
    """
    table = _table()
    norm, _ = normalize(text.strip())
    m = table.regex.fullmatch(fold(norm))
    if m is None:
        return None
    alias = table.lookup(m.group("name"))
    if alias is None or alias.stop:
        return None
    return alias.name, alias.since_2025
