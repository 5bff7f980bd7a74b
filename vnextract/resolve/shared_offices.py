"""Resolve step: a national office written bare and counted before a list of names ("các Phó Thủ
tướng: A, B, C") belongs to each person of the list. The names component opens no list for an
office written bare, and some names of such a list are found only by the lists step
(``resolve/lists.py``), so the office is handed out here, after it. Only offices complete alone
(``titles.tsv`` kind full: Phó Thủ tướng, Tổng thống …) after a quantifier (``people_words.tsv``,
class quantifier) and only lists of two names or more.
"""

from __future__ import annotations

from bisect import bisect_left

from ..components.titles import TitleAttrs
from ..components.words import WordView, word_set, word_view
from ..document import Document, Person


def resolve(doc: Document) -> Document:
    spans = [sp for sp in doc.spans.get("titles", [])
             if isinstance(sp.attrs, TitleAttrs) and sp.attrs.bare and not sp.attrs.person]
    if not spans or not doc.people:
        return doc
    view = word_view(doc)
    keys, n = view.keys, view.n
    starts = [t.s for t in view.toks]
    at: dict[int, tuple[Person, int]] = {}
    for person in doc.people:
        for m in person.mentions:
            at.setdefault(bisect_left(starts, m.nstart), (person, bisect_left(starts, m.nend)))
    for sp in spans:
        i, e = bisect_left(starts, sp.nstart), bisect_left(starts, sp.nend)
        if i == 0 or keys[i - 1] not in word_set("quantifier") or not _complete_alone(view, i):
            continue
        k = e + (e < n and keys[e] in word_set("list_opener"))
        members: list[Person] = []
        while k in at:
            person, end = at[k]
            members.append(person)
            if end + 1 < n and keys[end] in (",", "và"):
                k = end + 1
            else:
                break
        if len(members) < 2:
            continue
        title = sp.attrs.title or sp.attrs.expanded
        for person in members:
            if title not in person.titles:
                person.titles.append(title)
    return doc


def _complete_alone(view: WordView, i: int) -> bool:
    """The office at token ``i`` (after its pre words) is complete alone (kind full)."""
    lex, keys = view.lex, view.keys
    m = lex.titles.match(keys, i)
    while m and m[1][0] == "pre":
        i += m[0]
        m = lex.titles.match(keys, i)
    return bool(m and m[1][0] == "full")
