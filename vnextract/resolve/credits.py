"""Resolve step: bylines and photo credits (``doc.spans["credits"]``) become people.

A credit whose name is already a person of the article marks that person's role when the person
holds no office there (a reporter quoted by name and signing the piece); otherwise the credit is a
new person with no titles, province ``None`` and role "author" or "photographer".
"""

from __future__ import annotations

from ..document import Document, Person
from ..lexicon import key


def resolve(doc: Document) -> Document:
    spans = doc.spans.get("credits") or []
    if not spans:
        return doc
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
