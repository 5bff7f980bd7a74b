"""Resolve step: one person written several ways becomes one record.

News repeats a name with a typo ("Lý Gia Thànhg" beside "Lý Gia Thành"), with or without a hyphen ("Ji-hyun" / "Ji Hyun"), with its syllables in
another order ("Phạm Quý Sỹ" beside "Phạm Sỹ Quý"), in a second spelling ("Maksim" / "Maxim
Oreshkin"), with its last word doubled ("Nikki Haley Haley"), or without its first syllable
("Dương Na Na" beside "Âu Dương Na Na") — or with a word glued before it ("Lasuco Lê Văn Tam"
beside "Lê Văn Tam", where the short form is the name). Each such variant is merged into the form the text uses
most (the earlier one on a tie); people with a byline role are left alone.
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from functools import lru_cache

from ..components.cued_names import SYLLABLE, org_words
from ..document import Document, Person
from ..lexicon import key, words
from ..text import match_key

_SYLLABLE = SYLLABLE


def resolve(doc: Document) -> Document:
    if len(doc.people) < 1:
        return doc
    _cut_doubled(doc)
    _unglue(doc)
    _bracket_aliases(doc)
    _said_aliases(doc)
    _lower_tail(doc)
    people = [p for p in doc.people if not p.role]
    gone: set[int] = set()
    for i, a in enumerate(people):
        for b in people[i + 1:]:
            if id(a) in gone or id(b) in gone or not _variants(a.name, b.name):
                continue
            keep, drop = (a, b) if _weight(a) >= _weight(b) else (b, a)
            if len(keep.name.split()) == 1 < len(drop.name.split()):
                keep, drop = drop, keep  # "Mevedev" beside "Dmitry Medvedev": the full name wins
            if _suffix(a.name, b.name) or _suffix(b.name, a.name):
                short, full = (a, b) if _suffix(a.name, b.name) else (b, a)
                if sum(_suffix(short.name, c.name) for c in people) > 1:
                    continue  # "Văn Thanh" beside two full names: whose, the text does not say
                # the full name wins over a name cut at its head, unless its head is a glued word
                keep, drop = (short, full) if _glued_head(full.name) else (full, short)
            _absorb(keep, drop)
            gone.add(id(drop))
    if gone:
        doc.people = [p for p in doc.people if id(p) not in gone]
        doc.spans["people"] = sorted((m for p in doc.people for m in p.mentions), key=lambda m: m.start)
    return doc


def _lower_tail(doc: Document) -> None:
    """A repeat of a full name with its last syllable in lower case ("ông Lý Khắc cường" beside
    "Lý Khắc Cường") is that person, not a shorter name."""
    full = {tuple(key(w) for w in p.name.split()): p for p in doc.people if not p.role}
    gone: set[int] = set()
    for p in [p for p in doc.people if not p.role and len(p.name.split()) >= 2]:
        k = tuple(key(w) for w in p.name.split())
        longer = [q for f, q in full.items() if len(f) == len(k) + 1 and f[:-1] == k]
        if len(longer) != 1:
            continue
        last = longer[0].name.split()[-1]
        tail = " " + last.lower()
        if not all(doc.norm.startswith(tail, m.nend) and not doc.norm[m.nend + len(tail):][:1].isalnum()
                   for m in p.mentions):
            continue
        for i, m in enumerate(p.mentions):
            new = doc.span(m.nstart, m.nend + len(tail), m.label or "person", **m.data)
            new.attrs = m.attrs
            p.mentions[i] = new
        _absorb(longer[0], p)
        gone.add(id(p))
    if gone:
        doc.people = [p for p in doc.people if id(p) not in gone]
        doc.spans["people"] = sorted((m for p in doc.people for m in p.mentions), key=lambda m: m.start)


_CAP_RUN = r"[A-ZÀ-Ỹ][\w'’-]*(?: [A-ZÀ-Ỹ][\w'’-]*){0,3}"


@lru_cache(maxsize=1)
def _alias_after() -> re.Pattern[str]:
    phrases = sorted(words("alias_phrases.txt"), key=len, reverse=True)
    alts = "|".join(re.escape(p) for p in phrases)
    return re.compile(rf"\s*[,(]?\s*(?:{alts})\s*:?\s*[\"“]?({_CAP_RUN})")


def _said_aliases(doc: Document) -> None:
    """"BTV Khánh Trang tên thật là Trần Minh Trang", "Vũ Hoàng Anh Ngọc (hay còn gọi là Ngọc
    Miu": two names the text says are one person's (``alias_phrases.txt``) are one record, under
    the full Vietnamese name (a surname first, three words or more) or else the first."""
    by_key = {key(p.name): p for p in doc.people if not p.role}
    gone: set[int] = set()
    for p in [p for p in doc.people if not p.role]:
        for m in p.mentions:
            hit = _alias_after().match(doc.text, m.end)
            ws = hit.group(1).split() if hit else []
            q = next((by_key[k] for n in range(len(ws), 0, -1) if (k := key(" ".join(ws[:n]))) in by_key), None)
            if q is None or q is p or id(q) in gone or id(p) in gone:
                continue
            keep, drop = (q, p) if _real_name(q.name) and not _real_name(p.name) else (p, q)
            _absorb(keep, drop)
            gone.add(id(drop))
    if gone:
        doc.people = [p for p in doc.people if id(p) not in gone]
        doc.spans["people"] = sorted((m for p in doc.people for m in p.mentions), key=lambda m: m.start)


def _real_name(name: str) -> bool:
    from ..components.cued_names import surnames

    ws = name.split()
    return len(ws) >= 3 and key(ws[0]) in surnames()


def _bracket_aliases(doc: Document) -> None:
    """"Xin Xpai-xơ (Sean Spicer)": a name and, in brackets right after it, the same person's name
    in its own language are one person, under the name the text uses."""
    at = {(m.start, m.end): p for p in doc.people if not p.role for m in p.mentions}
    starts = {s: p for (s, _), p in at.items()}
    gone: set[int] = set()
    for (_, e), p in list(at.items()):
        if doc.text[e:e + 2] != " (":
            continue
        q = starts.get(e + 2)
        if q is None or q is p or id(q) in gone or id(p) in gone:
            continue
        close = next(m.end for m in q.mentions if m.start == e + 2)
        if doc.text[close:close + 1] == ")" and len(q.mentions) <= len(p.mentions) + 1:
            _absorb(p, q)
            gone.add(id(q))
    if gone:
        doc.people = [p for p in doc.people if id(p) not in gone]
        doc.spans["people"] = sorted((m for p in doc.people for m in p.mentions), key=lambda m: m.start)


def _weight(p: Person) -> tuple[int, int]:
    return len(p.mentions), -(p.mentions[0].start if p.mentions else 0)


def _cut_doubled(doc: Document) -> None:
    """"Nikki Haley Haley" → "Nikki Haley": the last word written twice."""
    for p in doc.people:
        ws = p.name.split()
        if len(ws) >= 3 and key(ws[-1]) == key(ws[-2]) and p.name.isascii():  # not "Lý San San"
            p.name = " ".join(ws[:-1])
            for i, m in enumerate(p.mentions):
                mws = m.text.split()
                if len(mws) >= 3 and key(mws[-1]) == key(mws[-2]):
                    cut = m.nend - len(mws[-1]) - 1
                    new = doc.span(m.nstart, cut, m.label or "person", **m.data)
                    new.attrs = m.attrs
                    p.mentions[i] = new


def _glued_head(full: str) -> bool:
    """"Lasuco Lê Văn Tam": a word glued before a Vietnamese name that starts with a surname;
    "Interpol Jurgen Stock": an organisation's name glued before a foreign one."""
    ws = full.split()
    sur = _surnames()
    return (key(ws[0]) not in sur and key(ws[1]) in sur) or key(ws[0]) in org_words()


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    return frozenset(key(w) for w in words("surnames.txt"))


def _unglue(doc: Document) -> None:
    """"Sabeco Trần Văn Toàn" whose later mention reads "Trần Văn Toàn": the name is the latter."""
    for p in doc.people:
        ws = p.name.split()
        if p.role or len(ws) < 3 or not _glued_head(p.name):
            continue
        bare = key(" ".join(ws[1:]))
        if any(key(m.text) == bare for m in p.mentions):
            p.name = " ".join(ws[1:])


def _suffix(short: str, full: str) -> bool:
    """``short`` is ``full`` without its first syllable ("Na Na" of "Dương Na Na"), or a
    four-syllable Vietnamese name by its last two ("Phương Nga" of "Trương Hồ Phương Nga")."""
    s, f = key(short).split(), key(full).split()
    if not (2 <= len(s) < len(f) and f[-len(s):] == s):
        return False
    return len(f) - len(s) == 1 or (len(s) == 2 and len(f) == 4 and f[0] in _surnames())


def _last_typo(a: str, b: str) -> bool:
    """A foreign family name alone, misspelt by one letter, beside the full name ("Mevedev" and
    "Dmitry Medvedev")."""
    one, full = (a, b) if " " not in a else (b, a)
    ws = full.split()
    if " " in one or len(ws) < 2 or not (one.isascii() and full.isascii()):
        return False
    x, y = key(one), key(ws[-1])
    return x != y and min(len(x), len(y)) >= 5 and _edit1(x, y)


def _variants(a: str, b: str) -> bool:
    """Two names of one person: a typo, a reordering, a spelling variant or a cut head."""
    ka, kb = key(a).split(), key(b).split()
    if ka != kb and key(a).replace("-", " ").split() == key(b).replace("-", " ").split():
        return True  # "Ji-hyun Park" / "Ji Hyun Park"
    if min(len(ka), len(kb)) < 2:
        return _last_typo(a, b)
    if ka == kb:
        return True  # "Nikki Haley" after its doubled last word is cut
    if _suffix(a, b) or _suffix(b, a):
        return True
    if len(ka) != len(kb):
        return False
    if len(ka) >= 3 and ka[0] == kb[0] and sorted(ka) == sorted(kb):
        return True  # "Phạm Quý Sỹ" / "Phạm Sỹ Quý"
    diff = [(x, y) for x, y in zip(ka, kb, strict=True) if x != y]
    if len(diff) != 1:
        return False
    x, y = diff[0]
    if _plain(x) == _plain(y) and (a.isascii() or b.isascii()):
        return True  # "Esteban Lazo Hernández" / "Esteban Lazo Hernandez": an accent dropped
    if a.isascii() and b.isascii():
        return min(len(x), len(y)) >= 4 and _sound(x) == _sound(y)  # "Maksim" / "Maxim"
    # one Vietnamese syllable misspelt: one of the two is no syllable at all ("Thànhg")
    return _edit1(x, y) and (not _SYLLABLE.match(x)) != (not _SYLLABLE.match(y))


def _plain(w: str) -> str:
    """A word without its accents ("hernández" -> "hernandez")."""
    return "".join(c for c in unicodedata.normalize("NFD", w) if not unicodedata.combining(c))


def _sound(w: str) -> str:
    """A rough spelling key for transliterated names: ks = x, ph = f, y = i, no double letters."""
    w = w.replace("ks", "x").replace("ph", "f").replace("y", "i").replace("-", "")
    return re.sub(r"(.)\1+", r"\1", w)


def _office_key(title: str) -> tuple[str, ...]:
    """An office as one compares two persons' titles (``people._plain_office``)."""
    from .people import _plain_office  # (people imports nothing from here)

    return tuple(_plain_office(match_key(title).split()))


def _edit1(x: str, y: str) -> bool:
    if abs(len(x) - len(y)) > 1:
        return False
    return SequenceMatcher(None, x, y).ratio() >= 1 - 2 / (len(x) + len(y)) - 1e-9


def _absorb(keep: Person, drop: Person) -> None:
    have = {_office_key(t) for t in keep.titles}
    for t, raw in zip(drop.titles, drop.titles_raw or [""] * len(drop.titles), strict=False):
        if t not in keep.titles and _office_key(t) not in have:  # ("Bộ trưởng Bộ X" = "… X")
            keep.titles.append(t)
            keep.titles_raw.append(raw)
    keep.province = keep.province or drop.province
    keep.mentions = sorted({(m.start, m.end): m for m in keep.mentions + drop.mentions}.values(),
                           key=lambda m: m.start)
