"""Resolve step: people the context shows (:mod:`..components.cued_names`), and what is no person.

- A cued name that is not yet a mention of a person becomes one: a new person, or a mention of
  the person whose full name ends with it ("Ronaldo" after "Cristiano Ronaldo").
- A half-anonymised name ("Nguyễn H", "Lê Văn T") is no person record, nor a name with an
  organisation word in it ("Fox News") when it has no office.
- A person with no office and no byline role whose every mention stands where news names a
  street, a house, a school or a place in a list ("số 7 Nguyễn Văn Linh") is dropped.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..components.cued_names import (
    SYLLABLE,
    find_cued_names,
    foreign_places,
    named_after,
    not_a_person_here,
    org_words,
    strip_initials,
    surnames,
)
from ..components.lineups import find_lineup_names
from ..components.single_names import find_single_names
from ..components.titles import TitleAttrs
from ..document import Document, Person, Span
from ..lexicon import key, words


def resolve(doc: Document) -> Document:
    _drop_places(doc)
    _add_cued(doc)
    return doc


_VOWEL = re.compile(r"[aeiouyàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]", re.I)


def _anonymised(name: str) -> bool:
    """"Nguyễn H", "Lê Văn T", "Chu Kh": a name whose last word is an initial (no vowel)."""
    ws = name.split()
    last = ws[-1].rstrip(".") if ws else ""
    return len(ws) >= 2 and not _VOWEL.search(last) and last.lower() not in ("jr", "sr")


@lru_cache(maxsize=1)
def _cities() -> frozenset[str]:
    """Foreign cities and regions of two or more words (regions.txt, countries.txt)."""
    return frozenset(w for w in foreign_places() if " " in w)


_SHIPS = ("USS ", "HMS ", "tàu ", "Tàu ")


def _ship_named(doc: Document, name: str) -> bool:
    """The article names a ship after the person ("USS Ronald Reagan"): every bare mention is the ship."""
    return any(ship + name in doc.norm for ship in _SHIPS)


@lru_cache(maxsize=1)
def _brands() -> frozenset[str]:
    return frozenset(key(w) for w in words("person_brands.txt"))


def _ends_in_city(name: str) -> bool:
    ws = key(name).split()
    return len(ws) >= 4 and " ".join(ws[-2:]) in _cities()


def _brand_and_words(name: str) -> bool:
    """A foreign word (no Vietnamese syllable) before Vietnamese words that are no surname-led
    name: no person is named that way ("Hyundai Thành Công", not "Lasuco Lê Văn Tam")."""
    ws = name.split()
    if len(ws) < 3 or not ws[0].isascii() or SYLLABLE.match(ws[0].lower()):
        return False
    rest = ws[1:]
    return (key(rest[0]) not in surnames() and all(SYLLABLE.match(w.lower()) for w in rest)
            and not " ".join(rest).isascii())


def _drop_places(doc: Document) -> None:
    keep = []
    for p in doc.people:
        if not p.role and _anonymised(p.name):
            continue
        if not p.role and not p.titles and key(p.name) in _brands():
            continue  # "giày cao gót của Jimmy Choo": the brand
        if not p.role and key(p.name) in foreign_places():
            continue  # "Bộ Chỉ huy Thái Bình Dương", "ông thầy người Italia": a place, no holder
        if not p.role and not p.titles and any(key(w) in org_words() for w in p.name.split()):
            continue  # "Fox News", "Eintracht Frankfurt": an outlet or a club
        if not p.role and _brand_and_words(p.name):
            continue  # "Hyundai Thành Công": a foreign brand before Vietnamese words, a company
        if not p.role and not p.titles and _ends_in_city(p.name):
            continue  # "Thân Hoa Thượng Hải": a club named with its foreign city
        if p.titles or p.role or not p.mentions:
            keep.append(p)
            continue
        if all(not_a_person_here(doc, m.nstart, m.nend) or named_after(doc, m.nstart, m.text)
               for m in p.mentions):
            continue
        keep.append(p)
    if len(keep) != len(doc.people):
        gone = {id(m) for p in doc.people if p not in keep for m in p.mentions}
        doc.people = keep
        doc.spans["people"] = [s for s in doc.spans.get("people", []) if id(s) not in gone]


def _add_cued(doc: Document) -> None:
    taken = [(m.start, m.end) for p in doc.people for m in p.mentions]
    by_key = {key(p.name): p for p in doc.people}
    by_last: dict[str, Person] = {}
    for p in doc.people:
        _index(p, by_key, by_last)
    spans = doc.spans.setdefault("people", [])
    for cand in find_cued_names(doc) + find_lineup_names(doc) + find_single_names(doc):
        if _anonymised(cand.name):
            continue  # "ông Phạm Công Ng.": half-anonymised, whatever the cue
        if not cand.cue and key(cand.name) in _brands():
            continue  # "giày cao gót của Jimmy Choo": the brand, no cue shows the designer
        if not cand.cue and _ship_named(doc, cand.name):
            continue  # "tàu sân bay USS Ronald Reagan" … "Ronald Reagan và nhóm tác chiến"
        span = doc.span(cand.nstart, cand.nend, "person", name=cand.name)
        if any(span.start < e and s < span.end for s, e in taken):
            continue
        k = key(cand.name)
        bare = key(strip_initials(cand.name))  # "A.Conte" is "Conte" written earlier
        person = by_key.get(k) or by_key.get(bare) or (by_last.get(bare) if " " not in bare else None)
        if person is None and " " not in cand.name:
            person = _by_first(doc.people, k)  # "ông Lý" for Lý Gia Thành
        if person is None:
            person = Person(name=cand.name)
            doc.people.append(person)
            by_key[k] = person
            _index(person, by_key, by_last)
        if not cand.title and not person.titles:
            _office_before(doc, person, span)
        if cand.title and not person.titles:
            person.titles.append(cand.title)
            person.titles_raw.append(doc.norm[doc.lower.rfind(cand.cue, 0, cand.nstart):cand.nstart].strip(" ,:"))
        person.mentions.append(span)
        person.mentions.sort(key=lambda m: m.start)
        spans.append(span)
        taken.append((span.start, span.end))
    spans.sort(key=lambda s: s.start)


def _index(p: Person, by_key: dict[str, Person], by_last: dict[str, Person]) -> None:
    """Index a person by the name without initials ("A.Conte": "Conte") and by its last word."""
    bare = strip_initials(p.name)
    if bare and bare != p.name:
        by_key.setdefault(key(bare), p)
    if len(bare.split()) > 1 or bare != p.name:
        by_last.setdefault(key(bare.split()[-1]), p)


def _office_before(doc: Document, person: Person, span: Span) -> None:
    """An office nobody holds written right before a cued name ("Bộ trưởng Giáo dục Antonio
    da Conceicao"), or set off by commas before it ("…", phát ngôn viên điện Kremlin, Dmitry
    Peskov, nói): the office is that person's."""
    for sp in doc.spans.get("titles", []):
        attrs = sp.attrs
        if not isinstance(attrs, TitleAttrs) or attrs.person is not None or attrs.bare:
            continue
        gap = doc.text[sp.end:span.start]
        if gap.strip() == "" and 0 < len(gap) <= 2 or gap.strip() == "," and \
                doc.text[span.end:span.end + 1] == "," and doc.text[:sp.start].rstrip()[-1:] in (",", '"'):
            attrs.person = person.name
            person.titles.append(attrs.title or attrs.expanded)
            person.titles_raw.append(sp.text)
            return


def _by_first(people: list[Person], k: str) -> Person | None:
    """The one person of three or more syllables whose name starts with ``k`` (Chinese and Korean
    names are shortened to the surname: "ông Lý" for "Lý Gia Thành")."""
    found = [p for p in people if len(p.name.split()) >= 3 and key(p.name.split()[0]) == k]
    heads = {tuple(key(p.name).split()[:2]) for p in found}
    return found[0] if len(heads) == 1 else None  # a typo'd repeat of the same name is no rival
