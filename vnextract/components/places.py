"""Districts, towns, wards and communes named with their level word ("huyện Kỳ Anh", "phường Gia
Sàng", "TP. Quy Nhơn", "quận 1").

Each becomes a :class:`~vnextract.document.Place` record and a ``place`` span whose ``attrs`` is a
:class:`PlaceAttrs`, resolved against underthesea's address data (the data's ``ward_mapping``, see
:mod:`.address`): the district named right after a ward, the province named right after the place,
else the provinces the article names, tell apart units of the same name. The level words are
``data/place_levels.tsv``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from ..document import Document, Place, Span
from ..text import fold, normalize
from .address import NUMBERED_LABEL, TEXT_LEVELS, TIER, PlaceEntry, address, place_key, split_level
from .provinces import (
    CapsLines,
    _table,
    central_cities,
    context_words,
    is_title,
    load_surnames,
    sentence_start,
    unit_of,
    words_before,
)

__all__ = ["PlacesComponent", "PlaceAttrs"]


@dataclass(slots=True)
class PlaceAttrs:
    """The typed attributes of a ``place`` span."""

    name: str  # "Kỳ Anh", "Quận 1"
    level: str  # district, town, city, township, ward, commune
    province: str | None = None  # the province (as the article names it) before 2025
    since_2025: str | None = None  # the province since 1 July 2025
    new_ward: str | None = None  # the ward or commune it belongs to since 2025 (a ward only)


def _level_alternation() -> str:
    alts = []
    for word in sorted(TEXT_LEVELS, key=len, reverse=True):
        alts.append(r"\s+".join(re.escape(w) for w in word.split()))
    return "|".join(alts)


_PLACE_RE = re.compile(
    r"(?<!\w)(?P<lvl>" + _level_alternation() + r")"
    r"(?:\s+|(?<=\.)\s*)"
    r"(?=(?P<name>(?:[\w'’]+)(?:[ \t\u00a0]+[\w'’]+){0,4}))",
    re.IGNORECASE,
)
_SYLLABLE = re.compile(r"[\w'’]+")  # the syllables of the (at most five) words after a level word
_SENTENCE_STOP = re.compile(r"[.!?\n]")


@dataclass(slots=True)
class _Found:
    nstart: int
    nend: int
    name: str
    level: str
    entries: list[PlaceEntry]
    province_pair: tuple[str | None, str] | None = None
    province_known: bool = True
    new_ward: str | None = None


class PlacesComponent:
    """Finds places; sets ``doc.places`` and ``doc.spans["places"]`` (reads ``provinces``)."""

    name = "places"
    reads = ("provinces",)
    adds = ("places",)

    def __call__(self, doc: Document) -> Document:
        caps = CapsLines(doc)
        found = [f for m in _PLACE_RE.finditer(doc.norm) if (f := _place_at(doc.norm, m, caps))]
        if found:
            _resolve(doc, found)
        _store(doc, found)
        return doc


def _known(m: re.Match[str], cap: list[re.Match[str]], tier: str) -> tuple[str, list[PlaceEntry]]:
    """The longest name of the data among the capitalised words after the level word."""
    index = address().place_index()
    for k in range(len(cap), 0, -1):
        candidate = m.group("name")[: cap[k - 1].end()]
        entries = index.get((tier, place_key(candidate)), [])
        if entries:
            return candidate, entries
    return "", []


def _unknown(norm: str, m: re.Match[str], cap: list[re.Match[str]], level: str, lvl_raw: str,
             prev: list[tuple[int, str]], caps: CapsLines) -> str | None:
    """The name of a unit the data lacks (renamed or merged before 2025): up to three words,
    cut before a family name that starts a person's name ("huyện X Nguyễn Văn A")."""
    if level == "city" or lvl_raw in ("q.", "tx.") or place_key(m.group("name")).startswith("việt nam"):
        return None  # "thành phố Gyeongju", "TP. Okayama": not a Vietnamese unit we know
    words = [w.group() for w in cap[:3]]
    n = len(words)
    surnames = load_surnames()
    for i in range(2, n):
        if words[i] in surnames:
            n = i
            break
    if n < 2 or any(w.isdigit() for w in words[1:n]) or caps(m.start()):
        return None  # "Xã Hội", a headline in capitals
    if prev and is_title(prev[0][1]) and not sentence_start(norm, prev[0][0]):
        return None  # inside a Title-Cased name ("Cộng Hòa Xã Hội Chủ Nghĩa")
    return m.group("name")[: cap[n - 1].end()]


def _place_at(norm: str, m: re.Match[str], caps: CapsLines) -> _Found | None:
    lvl_raw = " ".join(fold(m.group("lvl")).split())
    level = TEXT_LEVELS.get(lvl_raw)
    if level is None:
        return None
    cap: list[re.Match[str]] = []  # the capitalised words (or numbers) right after the level word
    for w in _SYLLABLE.finditer(m.group("name")):
        t = w.group()
        if not (t[:1].isupper() or t.isdigit()):
            break
        cap.append(w)
    if not cap:
        return None
    text, entries = _known(m, cap, TIER[level])
    prev = words_before(norm, m.start(), 1)
    if prev and fold(prev[0][1]) in context_words("not_place_before"):
        return None  # "hợp tác xã", "Thông tấn xã", "làng xã"
    if not entries:
        got = _unknown(norm, m, cap, level, lvl_raw, prev, caps)
        if got is None:
            return None
        text = got
    name = " ".join(normalize(text)[0].split())
    if name.isdigit():  # "quận 1" -> "Quận 1"
        name = f"{NUMBERED_LABEL.get(lvl_raw, lvl_raw.capitalize())} {name}"
    if level == "city":
        alias = _table().lookup(name)
        if alias is not None and not alias.stop and alias.unit in central_cities():
            return None  # "TP. Cần Thơ" is the province itself
    same = [e for e in entries if e.level == level]  # the level as written, if it fits
    return _Found(m.start("lvl"), m.start("name") + len(text), name, level, same or entries)


def _matches_province(e: PlaceEntry, name: str, since: str) -> bool:
    if e.province is not None:
        return unit_of(e.province) == unit_of(name)
    return e.new_province == since


class _Context:
    """What is named right after a place, looked up by bisection (linear in the text)."""

    def __init__(self, doc: Document, found: list[_Found]) -> None:
        self.norm = doc.norm
        self.districts = sorted((f for f in found if TIER[f.level] == "district"), key=lambda f: f.nstart)
        self.district_starts = [f.nstart for f in self.districts]
        self.provs = doc.spans.get("provinces", [])
        self.prov_starts = [s.nstart for s in self.provs]

    def window_end(self, end: int) -> int:
        window_end = min(len(self.norm), end + 80)
        stop = _SENTENCE_STOP.search(self.norm, end, window_end)
        return stop.start() if stop else window_end

    def district_after(self, f: _Found, end: int, window_end: int) -> _Found | None:
        i = bisect_left(self.district_starts, end)
        while i < len(self.districts) and self.districts[i] is f:
            i += 1
        if i < len(self.districts) and self.districts[i].nstart < window_end:
            return self.districts[i]
        return None

    def province_after(self, end: int, window_end: int) -> Span | None:
        i = bisect_left(self.prov_starts, end)
        if i < len(self.provs) and self.provs[i].nstart < window_end:
            return self.provs[i]
        return None


def _choose(f: _Found, ctx: _Context, article_units: set[str], article_new: set[str]) -> None:
    end = f.nend
    window_end = ctx.window_end(end)
    chosen = f.entries
    context: tuple[str | None, str] | None = None  # (old province, new province) named after it
    # 1. its district named right after it ("xã Kỳ Lâm, huyện Kỳ Anh")
    g = ctx.district_after(f, end, window_end) if TIER[f.level] == "ward" else None
    if g is not None:
        cands = [e for e in chosen if e.district and place_key(split_level(e.district)[1]) == place_key(g.name)]
        if cands:
            chosen = cands
        elif not chosen and g.province_pair:
            context = g.province_pair
    # 2. the province named right after it ("huyện Kỳ Anh, tỉnh Hà Tĩnh")
    s = ctx.province_after(end, window_end)
    if s is not None:
        cands = [e for e in chosen if _matches_province(e, s.attrs.name, s.attrs.since_2025)]
        if cands:
            chosen = cands
        elif not chosen and context is None:
            context = (unit_of(s.attrs.name), s.attrs.since_2025)
    # 3. the provinces the article names
    if len({(e.province, e.new_province) for e in chosen}) > 1:
        cands = [e for e in chosen if e.province and unit_of(e.province) in article_units]
        if not cands:
            cands = [e for e in chosen if e.new_province in article_new]
        if cands:
            chosen = cands
    if chosen:
        olds = {e.province for e in chosen if e.province}
        news = {e.new_province for e in chosen}
        if len(olds) <= 1 and len(news) == 1:
            f.province_pair = (next(iter(olds)) if olds else None, next(iter(news)))
        elif len(news) == 1:
            f.province_pair = (None, next(iter(news)))
            f.province_known = False
        wards = {e.new_ward for e in chosen if e.new_ward}
        if TIER[f.level] == "ward" and len(wards) == 1:
            f.new_ward = next(iter(wards))
    elif context is not None:
        f.province_pair = context


def _resolve(doc: Document, found: list[_Found]) -> None:
    article_units = {unit_of(p.name) for p in doc.provinces}
    article_new = {p.since_2025 for p in doc.provinces}
    ctx = _Context(doc, found)
    # districts first, so that a ward named before its district can use it
    for f in sorted(found, key=lambda f: TIER[f.level] != "district"):
        _choose(f, ctx, article_units, article_new)


def _report_name(doc: Document, old_unit: str) -> str:
    for p in doc.provinces:
        if unit_of(p.name) == old_unit:
            return p.name
    return old_unit


def _store(doc: Document, found: list[_Found]) -> None:
    places: dict[tuple[str, str, str | None], Place] = {}
    spans: list[Span] = []
    for f in found:
        province = since = None
        if f.province_pair is not None:
            old, since = f.province_pair
            if f.province_known:
                province = _report_name(doc, old) if old else since
        key = (f.name, f.level, province)
        place = places.get(key)
        if place is None:
            place = places[key] = Place(f.name, f.level, province, since)
        span = doc.span(f.nstart, f.nend, "place", name=f.name, level=f.level,
                        province=province, since_2025=since, new_ward=f.new_ward)
        span.attrs = PlaceAttrs(f.name, f.level, province, since, f.new_ward)
        place.mentions.append(span)
        spans.append(span)
    doc.places = list(places.values())
    doc.spans["places"] = spans
