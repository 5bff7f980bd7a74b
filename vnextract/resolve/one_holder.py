"""Resolve step: an office one person holds at a time is not given to a second person by an
office written in lower case ("… của vợ chồng anh Thanh, chủ tịch UBND xã Hòa Minh đã chỉ đạo
…", where the text named the chair of that committee before as somebody else): the later,
weaker link is dropped. The offices are those of ``people_words.tsv``, class one_holder (a
chair, a secretary, a director: never a deputy, a member or a delegate), with their body named;
an office marked as held before or after ("nguyên", "tân") may have had another holder.
"""

from __future__ import annotations

from ..components.titles import TitleAttrs
from ..components.words import word_set
from ..document import Document
from ..lexicon import key as lex_key


def resolve(doc: Document) -> Document:
    holder: dict[str, str] = {}
    people = {p.name: p for p in doc.people}
    for sp in doc.spans.get("titles", []):
        attrs = sp.attrs
        if not isinstance(attrs, TitleAttrs) or not attrs.person or attrs.bare:
            continue
        title = attrs.title or attrs.expanded
        key = lex_key(title)
        if not _one_holder(key) or lex_key(sp.text).split()[0] in ("nguyên", "cựu", "tân"):
            continue
        first = holder.setdefault(key, attrs.person)
        if first == attrs.person or not sp.text[:1].islower():
            continue
        person = people.get(attrs.person)
        attrs.person = None
        if person is not None and title in person.titles and not _held_elsewhere(doc, person.name, title):
            person.titles.remove(title)
    return doc


def _one_holder(key: str) -> bool:
    """An office of one holder with its body named after it ("chủ tịch ủy ban nhân dân xã …")."""
    return any(key.startswith(w + " ") for w in word_set("one_holder"))


def _held_elsewhere(doc: Document, name: str, title: str) -> bool:
    """Another span gives ``title`` to ``name``."""
    return any(isinstance(sp.attrs, TitleAttrs) and sp.attrs.person == name
               and (sp.attrs.title or sp.attrs.expanded) == title
               for sp in doc.spans.get("titles", []))
