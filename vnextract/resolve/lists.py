"""Resolve step: people named in a list with a person.

News lists people: senators, goal scorers, players of a line-up, guests of a wedding ("Kim
Kardashian hay Amber Rose", "Phạm Yến, Đỗ Minh, Âu Hồng Nhung"). When one item of a list of
capitalised names (joined by commas, "và", "hay") is already a person, the other items of the same
shape are people too: foreign names beside a foreign name, Vietnamese names beside a Vietnamese
name. An item that is a place, an organisation, a province or a street by its context is not.
"""

from __future__ import annotations

import re

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
from ..lexicon import key

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
    for sent in doc.sentences:
        for items in _lists(doc.norm, name_runs(doc.norm, sent.nstart, sent.nend)):
            shapes = [sh for r in items if (r[0][0], r[-1][1]) in seeds and (sh := _shape(r))]
            if not shapes:
                continue
            for run in items:
                s, e = run[0][0], run[-1][1]
                ws = [w for _, _, w in run]
                if (s, e) in seeds or _shape(run) not in shapes or not looks_like_name(ws):
                    continue
                if key(" ".join(ws)) in provinces or _hits(taken, s, e) or _hits(blocked, s, e):
                    continue
                if not_a_person_here(doc, s, e) or runs_into_word(doc, e):
                    continue  # a street, or "Trần Hào Vẻ" of "Vẻ ngoài"
                span = doc.span(s, e, "person", name=" ".join(ws))
                person = by_key.get(key(span.text))
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
    """"foreign" (every word foreign, 2–3 words), "viet" (2–4 Vietnamese syllables, a surname
    first: "Cát Linh", "Cộng Hòa" in a list of stations or streets are no people), or ""."""
    ws = [w for _, _, w in run]
    if 2 <= len(ws) <= 3 and all(foreign_word(w) for w in ws):
        return "foreign"
    if 2 <= len(ws) <= 4 and all(SYLLABLE.match(key(w)) for w in ws) and key(ws[0]) in surnames():
        return "viet"
    return ""


def _hits(ranges: list[tuple[int, int]], s: int, e: int) -> bool:
    return any(a < e and s < b for a, b in ranges)
