"""Resolve step: bylines and photo credits (``doc.spans["credits"]``) become people.

A credit whose name is already a person of the article marks that person's role when the person
holds no office there (a reporter quoted by name and signing the piece); otherwise the credit is a
new person with no titles, province ``None`` and role "author" or "photographer". A district
after a byline's dash ("Minh Anh - Thiệu Hóa") is no author.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..components.credits import is_district
from ..document import Document, Person, Span
from ..lexicon import key, words


def resolve(doc: Document) -> Document:
    _drop_district_bylines(doc)
    spans = [sp for sp in doc.spans.get("credits") or [] if not _source_cut(doc, sp)]
    if not spans:
        return doc
    _drop_signed_provinces(doc, spans)
    _drop_credit_overruns(doc, spans)
    _drop_glued_bylines(doc, spans)
    known = {key(p.name): p for p in doc.people}
    people_spans = doc.spans.setdefault("people", [])
    for sp in spans:
        credit = sp.attrs
        have = known.get(key(credit.name))
        if have is not None:
            if not have.titles and not have.role:
                have.role = credit.role
            if all(m.start != sp.start for m in have.mentions):
                sp.data["role"] = credit.role
                have.mentions.append(sp)
                have.mentions.sort(key=lambda m: m.start)
            continue
        sp.data["role"] = credit.role
        person = Person(name=credit.name, role=credit.role, mentions=[sp])
        doc.people.append(person)
        people_spans.append(sp)
        known[key(credit.name)] = person
    people_spans.sort(key=lambda s: s.start)
    return doc


@lru_cache(maxsize=1)
def _sources() -> frozenset[str]:
    return frozenset(key(w) for w in words("credit_sources.txt") if " " not in w)


def _source_cut(doc: Document, sp: Span) -> bool:
    """A photo source and one capitalised word, where the text runs on with more capitalised
    words ("Ảnh: Sputnik Boris Nemtsov từng …"): the credit is the outlet, and the words after
    it are the next sentence's subject; no person."""
    ws = sp.attrs.name.split()
    return (len(ws) == 2 and key(ws[0]) in _sources() and doc.norm[sp.nend:sp.nend + 1] == " "
            and doc.norm[sp.nend + 1:sp.nend + 2].isupper())


def _drop_district_bylines(doc: Document) -> None:
    """"Minh Anh - Thiệu Hóa" closing an article: the reporter and the district reported from; the
    district is no author."""
    gone = set()
    for p in doc.people:
        if p.role != "author" or p.titles or len(p.mentions) != 1 or not is_district(p.name):
            continue
        m = p.mentions[0]
        if re.search(r"\w\s+[-–]\s*$", doc.norm[max(0, m.nstart - 40):m.nstart]):
            gone.add(id(p))
    if gone:
        drop = {id(m) for p in doc.people if id(p) in gone for m in p.mentions}
        doc.people = [p for p in doc.people if id(p) not in gone]
        doc.spans["people"] = [s for s in doc.spans.get("people", []) if id(s) not in drop]


def _drop_credit_overruns(doc: Document, credits: list) -> None:
    """A photo credit glued to the next sentence ("Ảnh: Lê Minh Một lãnh đạo …"): the name read
    from the credit's start on, one word longer than the credit, is no mention of anyone."""
    starts = {c.nstart: c.nend for c in credits}
    gone: set[int] = set()
    for p in doc.people:
        if p.role or p.titles:
            continue
        over = [m for m in p.mentions if m.nstart in starts and m.nend > starts[m.nstart]
                and " " not in doc.norm[starts[m.nstart] + 1:m.nend]]
        if over:
            gone |= {id(m) for m in over}
            p.mentions = [m for m in p.mentions if id(m) not in gone]
    if gone:
        doc.people = [p for p in doc.people if p.mentions]
        doc.spans["people"] = [s for s in doc.spans.get("people", []) if id(s) not in gone]


def _drop_glued_bylines(doc: Document, credits: list) -> None:
    """A caption's last name glued to the byline after it ("… Thứ trưởng Vũ Văn Tám Phạm Anh - Tố
    Anh"): a person read across the credit's start, to its end, whose part before the credit is
    another person of the article, is no one."""
    ends = {c.nend: c for c in credits}
    known = {key(p.name) for p in doc.people}
    gone = set()
    for p in doc.people:
        if p.role or not p.mentions:
            continue
        glued = [m for m in p.mentions if m.nend in ends and m.nstart < ends[m.nend].nstart]
        if len(glued) != len(p.mentions):
            continue
        heads = {key(doc.norm[m.nstart:ends[m.nend].nstart]) for m in glued}
        if heads <= known:
            gone.add(id(p))
    if gone:
        drop = {id(m) for p in doc.people if id(p) in gone for m in p.mentions}
        doc.people = [p for p in doc.people if id(p) not in gone]
        doc.spans["people"] = [s for s in doc.spans.get("people", []) if id(s) not in drop]


def _drop_signed_provinces(doc: Document, credits: list) -> None:
    """A byline that is also a province's name ("… ./. Hà Giang", a reporter) names a person, not
    the province: its mention leaves the provinces, and a province named nowhere else goes."""
    signed = [(c.start, c.end) for c in credits]

    def in_credit(m: object) -> bool:
        return any(a <= m.start and m.end <= b for a, b in signed)  # type: ignore[attr-defined]

    keep = []
    for prov in doc.provinces:
        prov.mentions = [m for m in prov.mentions if not in_credit(m)]
        if prov.mentions:
            keep.append(prov)
    if len(keep) != len(doc.provinces):
        doc.provinces = keep
    if "provinces" in doc.spans:
        doc.spans["provinces"] = [m for m in doc.spans["provinces"] if not in_credit(m)]
