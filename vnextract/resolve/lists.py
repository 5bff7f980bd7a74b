"""Resolve step: people named in a list with a person.

News lists people: senators, goal scorers, players of a line-up, guests of a wedding ("Kim
Kardashian hay Amber Rose", "Phạm Yến, Đỗ Minh, Âu Hồng Nhung"). When one item of a list of
capitalised names (joined by commas, "và", "hay") is already a person, the other items of the same
shape are people too: foreign names beside a foreign name, Vietnamese names beside a Vietnamese
name. An item that is a place, an organisation, a province or a street by its context is not.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..components.cued_names import (
    SYLLABLE,
    foreign_word,
    looks_like_name,
    name_runs,
    not_a_person_here,
    runs_into_word,
    surnames,
)
from ..document import Document, Person
from ..lexicon import key, rows

_JOIN = re.compile(r"^\s*(?:,|,?\s*(?:và|hay|cùng))\s*$")

Run = list[tuple[int, int, str]]


def resolve(doc: Document) -> Document:
    if not doc.people:
        return doc
    taken = sorted((m.nstart, m.nend) for p in doc.people for m in p.mentions)
    seeds = {(m.nstart, m.nend) for p in doc.people for m in p.mentions if not p.role}
    blocked = sorted((s.nstart, s.nend) for lab in ("provinces", "places") for s in doc.spans.get(lab, []))
    provinces = {key(p.name) for p in doc.provinces}
    spans = doc.spans.setdefault("people", [])
    by_key = {key(p.name): p for p in doc.people}
    added = False
    lasts = _foreign_lasts(doc.people)
    ends = _name_ends(doc.people)
    for sent in doc.sentences:
        for items in _lists(doc.norm, name_runs(doc.norm, sent.nstart, sent.nend)):
            seeded = [r for r in items if (r[0][0], r[-1][1]) in seeds
                      or (len(r) == 1 and key(r[0][2]) in lasts) or _known(r, by_key)]
            shapes = [sh for r in seeded if (sh := _shape(r))]
            if ("viet" in shapes and sum(_shape(r) == "viet" for r in items) >= 2
                    and _artist_head(doc.lower, items[0][0][0], sent.nstart)):
                shapes.append("stage")  # "Trọng Tấn, Việt Hoàn, Vũ Thắng Lợi": a singer's stage name
            if shapes.count("foreign") >= 2:
                shapes.append("foreign1")  # "Maradona, Ronaldinho, Lionel Messi, Luis Figo": one-word names
            if not shapes:
                continue
            for run in items:
                s, e = run[0][0], run[-1][1]
                ws = [w for _, _, w in run]
                if run in seeded or _shape(run) not in shapes or not looks_like_name(ws):
                    continue
                if _shape(run) == "stage" and _district(" ".join(ws)):
                    continue  # "Hoàn Kiếm", "Ba Đình" after two people: districts
                if key(" ".join(ws)) in provinces or _hits(taken, s, e) or _hits(blocked, s, e):
                    continue
                if not_a_person_here(doc, s, e) or runs_into_word(doc, e):
                    continue  # a street, or "Trần Hào Vẻ" of "Vẻ ngoài"
                span = doc.span(s, e, "person", name=" ".join(ws))
                person = by_key.get(key(span.text)) or (ends.get(key(ws[0])) if len(ws) == 1 else None)
                if person is None and len(ws) == 2:
                    person = _short_of(doc.people, ws)  # "Trần Quỳnh" for "Trần Thị Quỳnh"
                if person is None:
                    person = Person(name=" ".join(ws))
                    doc.people.append(person)
                    by_key[key(person.name)] = person
                person.mentions.append(span)
                person.mentions.sort(key=lambda m: m.start)
                spans.append(span)
                taken.append((s, e))
                added = True
    if added:
        spans.sort(key=lambda m: m.start)
    return doc


def _short_of(people: list[Person], ws: list[str]) -> Person | None:
    """The one person whose longer name has the same first and last word as ``ws``."""
    k = (key(ws[0]), key(ws[1]))
    found = [p for p in people if len(n := p.name.split()) >= 3 and (key(n[0]), key(n[-1])) == k]
    return found[0] if len(found) == 1 else None


def _known(run: Run, by_key: dict[str, Person]) -> bool:
    """The item is written as the name of a person found earlier (with no byline role): "Tuấn
    Anh" in a later list of the article."""
    p = by_key.get(key(" ".join(w for _, _, w in run)))
    return p is not None and not p.role and len(run) >= 2


def _lists(norm: str, runs: list[Run]) -> list[list[Run]]:
    """Runs of a sentence grouped into lists: consecutive runs joined by a comma, "và" or "hay"."""
    out: list[list[Run]] = []
    cur: list[Run] = []
    for run in runs:
        if cur and _JOIN.match(norm[cur[-1][-1][1]:run[0][0]]):
            cur.append(run)
            continue
        if len(cur) >= 2:
            out.append(cur)
        cur = [run]
    if len(cur) >= 2:
        out.append(cur)
    return out


def _shape(run: Run) -> str:
    """"foreign" (every word foreign, 2–3 words), "foreign1" (one foreign word of four letters or
    more: "Dovizioso"), "viet" (2–4 Vietnamese syllables, a surname first: "Cát Linh", "Cộng Hòa"
    in a list of stations or streets are no people), "stage" (2–3 Vietnamese syllables, no surname
    first: "Việt Hoàn"), or ""."""
    ws = [w for _, _, w in run]
    if 2 <= len(ws) <= 3 and all(foreign_word(w) for w in ws):
        return "foreign"
    if len(ws) == 1 and len(ws[0]) >= 4 and foreign_word(ws[0]) and not ws[0].isupper():
        return "foreign1"
    if 2 <= len(ws) <= 4 and all(SYLLABLE.match(key(w)) for w in ws):
        return "viet" if key(ws[0]) in surnames() else "stage" if len(ws) <= 3 else ""
    return ""


def _artist_head(lower: str, at: int, floor: int) -> bool:
    """A performer's cue opens the list ("các giọng ca A, B", "ca sĩ A, B"): its two-syllable
    items may be stage names; a list of schools or streets named after people has none."""
    head = lower[max(floor, at - 30):at].split()
    cues = _strong_cues()
    return any(" ".join(head[-n:]) in cues for n in (1, 2, 3) if len(head) >= n)


@lru_cache(maxsize=1)
def _strong_cues() -> frozenset[str]:
    return frozenset(key(r[0]) for r in rows("person_cues.tsv")
                     if len(r) > 2 and r[1] == "before" and r[2] == "strong")


def _district(name: str) -> bool:
    """A district's name in underthesea's address data."""
    from ..components.address import address, place_key

    return ("district", place_key(name)) in address().place_index()


def _name_ends(people: list[Person]) -> dict[str, Person]:
    """First and last words of the foreign full names → the person, when one person has it:
    "Obafemi" alone in a list is a mention of Obafemi Martins."""
    seen: dict[str, list[Person]] = {}
    for p in people:
        ws = p.name.split()
        if p.role or len(ws) < 2 or not all(foreign_word(w) for w in ws):
            continue
        for w in {key(ws[0]), key(ws[-1])}:
            seen.setdefault(w, []).append(p)
    return {w: ps[0] for w, ps in seen.items() if len(ps) == 1}


def _foreign_lasts(people: list[Person]) -> frozenset[str]:
    """Last words of the foreign full names found ("Fabregas" of "Cesc Fabregas"): one of them
    alone in a list ("Xavi, Fabregas, Suarez") seeds the one-word items beside it."""
    return frozenset(key(ws[-1]) for p in people if not p.role
                     and len(ws := p.name.split()) >= 2 and all(foreign_word(w) for w in ws))


def _hits(ranges: list[tuple[int, int]], s: int, e: int) -> bool:
    return any(a < e and s < b for a, b in ranges)
