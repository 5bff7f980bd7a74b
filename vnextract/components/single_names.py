"""Bare names the text shows as people: photo captions, goal reports and sport subjects.

Sport, culture and world pages call players and artists by one name ("Isco", "Benzema") or by a
full name with no cue word before it. Three contexts show such a name is a person
(``single_name_cues.tsv``):

- a photo caption's position in brackets, or a goal's minute: "Ronaldo (trái)", "Isco (phải)",
  "Benzema (54')";
- a phrase after or before it: "Ronaldo và đồng đội", "cú đúp của Ronaldo";
- on a sport page only: a one-word foreign name that is the subject of a player's verb or a
  speech verb ("Djokovic hạ gục …", "Pepe nói"), or the object of a transfer word ("chiêu mộ
  Lukaku"), and is written twice or more, never after a word
  that makes it a team or a place ("trước Malaga", "sân Anfield").

A name here is capitalised words of letters that are no place, club, outlet or organisation word;
a one-word name must be no Vietnamese syllable (a Vietnamese given name alone is no full name).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..document import Document
from ..lexicon import key, rows, word_re, words
from .cued_names import (
    SYLLABLE,
    CuedName,
    _province_name,
    camel_case,
    foreign_word,
    known_places,
    looks_like_name,
    org_words,
)

__all__ = ["find_single_names"]

_UPPER = "A-Z" + "".join(ch for ch in map(chr, range(0xC0, 0x1EFA)) if ch.isupper())
_NAME = rf"[{_UPPER}][^\W\d_]*(?:[-'’][^\W\d_]+)*"
_RUN = rf"(?<![\w'’.-])({_NAME}(?: {_NAME}){{0,2}})"
_ONE = rf"(?<![\w'’.-])({_NAME})"
_AUX = r"(?:(?:đã|cũng|vừa|sẽ|đang|mới|liền|tiếp tục) )?"
_MINUTE = r"\d{1,3}(?:\+\d{1,2})?['’]"


_MINUTE_MARK = re.compile(rf"\({_MINUTE}\)")


@lru_cache(maxsize=8)
def _cues(kind: str) -> list[str]:
    return [key(r[0]) for r in rows("single_name_cues.tsv") if len(r) > 1 and r[1] == kind]


def _alts(phrases: list[str]) -> str:
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))


@lru_cache(maxsize=1)
def _marked() -> re.Pattern[str]:
    """A name, then a caption's position or a goal's minute in brackets, or an "after" phrase."""
    return re.compile(rf"{_RUN}(?: ?\((?i:{_alts(_cues('caption'))}|{_MINUTE})\)| (?i:{_alts(_cues('after'))})(?!\w))")


@lru_cache(maxsize=1)
def _after_before() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?i:{_alts(_cues('before'))}) {_RUN}")


@lru_cache(maxsize=1)
def _subject() -> re.Pattern[str]:
    """A one-word name before a player's verb or a speech verb."""
    verbs = _cues("verb") + [key(r[0]) for r in rows("person_cues.tsv") if len(r) > 1 and r[1] == "after"]
    return re.compile(rf"{_ONE} {_AUX}(?i:{_alts(verbs)})(?!\w)")


@lru_cache(maxsize=1)
def _object() -> re.Pattern[str]:
    """A one-word name after a transfer or contract word."""
    return re.compile(rf"(?<!\w)(?i:{_alts(_cues('object'))})(?: được)? {_ONE}")


@lru_cache(maxsize=1)
def _sport() -> re.Pattern[str]:
    return word_re(key(r[0]) for r in rows("article_scope.tsv") if len(r) >= 2 and r[1] == "sport")


@lru_cache(maxsize=1)
def _outlets() -> frozenset[str]:
    return frozenset(key(w) for w in words("credit_sources.txt"))


@lru_cache(maxsize=1)
def _club_words() -> frozenset[str]:
    return frozenset(_cues("club"))


def _is_name(ws: list[str]) -> bool:
    """Capitalised words that name a person: no place, club, outlet or organisation word; one word
    must be foreign (no Vietnamese syllable, no acronym)."""
    k = key(" ".join(ws))
    if k in known_places() or k in _outlets() or any(key(w) in org_words() for w in ws):
        return False
    if len(ws) == 1:
        w = ws[0]
        if camel_case(w):
            return False  # "MotoGP", "YouTube": a brand or an event written in camel case
        return len(w) >= 3 and not w.isupper() and foreign_word(w) and not SYLLABLE.match(w.lower())
    return key(ws[0]) not in _cue_words() and looks_like_name(ws)  # "Anh Thanh (trái)": a form of address


@lru_cache(maxsize=1)
def _cue_words() -> frozenset[str]:
    return frozenset(key(r[0]) for r in rows("person_cues.tsv") if len(r) > 1 and r[1] == "before")


def _club_before(doc: Document, name: str) -> bool:
    """The name stands anywhere after a word that makes it a team, ground or place."""
    clubs = _club_words()
    for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", doc.norm):
        head = doc.lower[max(0, m.start() - 20):m.start()].split()
        if any(" ".join(head[-n:]) in clubs for n in (1, 2) if len(head) >= n):
            return True
    return False


_SPORT_HITS = 3  # sport words anywhere in the text that make it a sport page


def _sport_page(doc: Document) -> bool:
    """A sport word in the headline or the lead (as ``article_scope``), or three in the text."""
    lead = next((s.nend for s in doc.sentences if s.nstart >= doc.headline_end and s.nend - s.nstart > 20),
                doc.headline_end)
    if _sport().search(doc.lower, 0, max(lead, doc.headline_end)) is not None:
        return True
    lower = doc.lower  # substring counts, no scan with the pattern (speed); "hlv" in "chlv" is rare
    return sum(lower.count(w) for w in _sport_words()) >= _SPORT_HITS


@lru_cache(maxsize=1)
def _sport_words() -> tuple[str, ...]:
    return tuple(key(r[0]) for r in rows("article_scope.tsv") if len(r) >= 2 and r[1] == "sport")


def find_single_names(doc: Document) -> list[CuedName]:
    """People shown by a caption, a goal, "và đồng đội", or (on sport pages) a repeated subject."""
    out: list[CuedName] = []
    norm = doc.norm
    lower = doc.lower
    if "đồng đội" in lower or ("(" in norm and (_MINUTE_MARK.search(norm) or any(
            f"({c})" in lower for c in _cues("caption")))):
        for m in _marked().finditer(norm):
            out.append(CuedName(m.group(1), m.start(1), m.end(1), ""))
    if any(c in lower for c in _cues("before")):  # literal tests before the scan (speed)
        for m in _after_before().finditer(norm):
            out.append(CuedName(m.group(1), m.start(1), m.end(1), ""))
    out = [c for c in out if c.name[0].isupper() and _is_name(c.name.split())]
    if _sport_page(doc):
        counts: Counter[str] | None = None
        for m in (*_subject().finditer(norm), *_object().finditer(norm)):
            name = m.group(1)
            if not name[0].isupper() or _after_capital(norm, m.start(1)) or not _is_name([name]):
                continue  # "Brisbane Roar đánh bại": the last word of a longer name
            if counts is None:
                counts = Counter(re.findall(rf"(?<![\w'’.-]){_NAME}", norm))
            if counts[name] >= 2 and not _club_before(doc, name):
                out.append(CuedName(name, m.start(1), m.end(1), ""))
    out += _vietnamese_subjects(doc)
    return _every_mention(doc, out)


@lru_cache(maxsize=1)
def _vn_subject() -> re.Pattern[str]:
    """Two or three capitalised words before a verb of ``vn_verb`` or a speech verb, written in
    lower case (a capitalised verb opens a glued line or sub-heading)."""
    verbs = _cues("vn_verb") + [key(r[0]) for r in rows("person_cues.tsv") if len(r) > 1 and r[1] == "after"]
    return re.compile(rf"(?<![\w'’.-])({_NAME} {_NAME}(?: {_NAME})?) {_AUX}(?:{_alts(verbs)})(?!\w)")


_CULTURE_HITS = 3  # culture words anywhere in the text that make it a culture page


def _culture_page(doc: Document) -> bool:
    return sum(doc.lower.count(w) for w in _cues("culture")) >= _CULTURE_HITS


def _vietnamese_name(ws: list[str]) -> bool:
    """Title-case Vietnamese syllables, no place (nor a place inside: "Than Quảng Ninh"), no club,
    outlet, organisation or cue word: "Mỹ Linh", "Công Phượng", "Hồ Quỳnh Hương"."""
    if key(ws[0]) in _cues("not_first") or not all(w[1:].islower() and SYLLABLE.match(w.lower()) for w in ws):
        return False
    places = known_places()
    parts = [ws[i:j] for i in range(len(ws)) for j in range(i + 2, len(ws) + 1)]
    if any(key(" ".join(part)) in places or _province_name(part) for part in parts):
        return False
    k = key(" ".join(ws))
    return k not in _outlets() and not any(key(w) in org_words() or key(w) in _cue_words() for w in ws)


def _vietnamese_subjects(doc: Document) -> list[CuedName]:
    """On a sport or culture page, a Vietnamese name written alone (a stage name, a player's given
    names) as the subject of a player's, a singer's or a speech verb, and written twice or more."""
    if not (_sport_page(doc) or _culture_page(doc)):
        return []
    norm = doc.norm
    out: list[CuedName] = []
    for m in _vn_subject().finditer(norm):
        name = m.group(1)
        if _after_capital(norm, m.start(1)) or not _vietnamese_name(name.split()):
            continue
        if len(re.findall(rf"(?<![\w'’.-]){re.escape(name)}(?![\w'’-])", norm)) < 2 or _club_before(doc, name):
            continue
        out.append(CuedName(name, m.start(1), m.end(1), ""))
    return out


def _after_capital(norm: str, pos: int) -> bool:
    """The word right before ``pos`` (one space away) is capitalised."""
    if norm[pos - 1:pos] != " ":
        return False
    head = norm[max(0, pos - 40):pos - 1].rsplit(" ", 1)[-1]
    return head[:1].isupper()


def _every_mention(doc: Document, found: list[CuedName]) -> list[CuedName]:
    """Each name found, at every place it is written alone: a later list beside it ("Ronaldo,
    Pepe và Coentrao", "những Công Phượng, Tuấn Anh, Xuân Trường") then sees a person there."""
    names = {c.name for c in found}
    out: list[CuedName] = []
    for name in sorted(names):
        for m in re.finditer(rf"(?<![\w'’.-]){re.escape(name)}(?![\w'’-]| [{_UPPER}])", doc.norm):
            if not _after_capital(doc.norm, m.start()):
                out.append(CuedName(name, m.start(), m.end(), ""))
    return sorted(out, key=lambda c: c.nstart)
