"""Resolve step: a foreign official's national office takes the country the story is about.

"Bộ trưởng Giáo dục Antonio da Conceicao" in a story about Timor-Leste is "Bộ trưởng Giáo dục
Timor-Leste"; "Tổng thống Donald Trump" in a story about the United States is "Tổng thống Mỹ". The
office must be one a state has (``people_words.tsv``, class national_office), written without a
country, a province or a place, and held by a person with a foreign name; the story must be about
one foreign country (named at least twice, any other state at most a tenth as often; regions and
unions such as "Đông Nam Á" do not count): a story about North Korea quotes American officials.
Otherwise, when every national office written with a country names the same one, a bare one is
of it ("titles_country"); an office followed by "của" + a country, or written after "Country của",
is of that country ("own_country").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from functools import cache

from ..components.titles import TitleAttrs
from ..components.words import Lexicons, WordView, keys_of, lexicons, surnames, word_set, word_view
from ..document import Document, Person, Span
from ..lexicon import key as lex_key
from ..lexicon import rows

# a word that is no Vietnamese syllable (letters Vietnamese does not use, long, or double vowels)
_FOREIGN = re.compile(r"^(?:[A-Za-z]*[fjwzFJWZ][A-Za-z]*|[A-Za-z]{6,}|[A-Za-z]*(?:ee|oo|ae|ie|ou)[a-z]*)$")


def resolve(doc: Document) -> Document:
    known = [(p, known_officials()[lex_key(p.name)]) for p in doc.people
             if p.titles and lex_key(p.name) in known_officials()]
    foreign = [p for p in doc.people if p.titles and _foreign_name(p.name)
               and lex_key(p.name) not in known_officials()]
    if not foreign and not known:
        return doc  # no title to fill: the story's country is not looked for
    country = story_country(doc) or titles_country(doc)
    for person, (own, extra) in known:
        # the story's way of writing the same state ("Liên bang Nga" for "Nga") is kept
        same = country and (country == own or country.endswith(f" {own}"))
        _fill(doc, person, country if same else own, extra)
    view = None
    for person in foreign:
        view = view or word_view(doc)
        own = own_country(view, person.mentions) or country
        if own is not None:
            _fill(doc, person, own)
    return doc


@cache
def known_officials() -> dict[str, tuple[str, frozenset[str]]]:
    """Well-known foreign office holders (``foreign_officials.tsv``): name key -> (country, the
    further bare offices that take it)."""
    out: dict[str, tuple[str, frozenset[str]]] = {}
    for row in rows("foreign_officials.tsv"):
        extra = frozenset(lex_key(w) for w in row[2].split(",")) if len(row) > 2 else frozenset()
        out[lex_key(row[0])] = (row[1], extra)
    return out


def _fill(doc: Document, person: Person, country: str,
          extra: frozenset[str] = frozenset()) -> None:
    """Each bare national office of ``person`` (and each of ``extra`` written alone) with
    ``country`` after it; a title that becomes one the person already has is dropped."""
    titles: list[str] = []
    for title in person.titles:
        filled = f"{title} {country}" if lex_key(title) in extra else _with_country(title, country)
        if filled != title:
            _retitle(doc, person.name, title, filled)
        if filled not in titles:
            titles.append(filled)
    person.titles[:] = titles


def titles_country(doc: Document) -> str | None:
    """The one country the story's foreign officials are written with ("Tổng thống Mỹ Donald
    Trump", "Ngoại trưởng Mỹ Rex Tillerson" in a story about Saudi Arabia): when every national
    office written with a country names the same one (and the text names it twice or more), a
    bare one ("Cựu Tổng thống Barack Obama") is of it too; None when two countries are written
    so, or none. (A foreign host's bare office in a story that writes no office with his country
    would take the guest's: not seen in 320 real articles, where all 7 changes were right.)"""
    lex = lexicons()
    offices = word_set("national_office")
    seen: set[str] = set()
    for person in doc.people:
        for title in person.titles:
            keys = list(keys_of(title))
            if not any(" ".join(keys[: len(w.split())]) == w for w in offices):
                continue
            for k in range(len(keys)):
                m = country_at(lex, keys, k)
                if m:
                    seen.add(_ALIASES.get(str(m[1]), str(m[1])))
                    break
    seen.discard("Việt Nam")
    if len(seen) != 1:
        return None
    country = seen.pop()
    return country if _country_counts(doc)[country] >= 2 else None


def own_country(view: WordView, mentions: list[Span]) -> str | None:
    """The country a mention names as the holder's: "Tổng thống Vladimir Putin của Nga",
    "chính quyền Syria của Tổng thống Bashar al-Assad" (the office's words between "của" and
    the name), else None."""
    starts = [t.s for t in view.toks]
    keys, toks = view.keys, view.toks
    for mention in mentions:
        k = bisect_left(starts, mention.nend)
        if k + 1 < view.n and keys[k] == "của" and toks[k + 1].kind == "cap":
            m = country_at(view.lex, keys, k + 1)
            if m:
                return _ALIASES.get(str(m[1]), str(m[1]))
        i = bisect_left(starts, mention.nstart)
        j = next((j for j in range(i - 1, max(i - 6, 0), -1)
                  if keys[j] == "của" or toks[j].kind == "punct"), 0)
        office = view.lex.titles.match(keys, j + 1)
        if j < 1 or keys[j] != "của" or not office or office[1][0] not in ("head", "full", "pre"):
            continue
        for size in (1, 2, 3):
            m = country_at(view.lex, keys, j - size) if j - size >= 0 else None
            if m and m[0] == size:
                return _ALIASES.get(str(m[1]), str(m[1]))
    return None


def country_at(lex: Lexicons, keys: list[str], k: int) -> tuple[int, object] | None:
    """The country named at ``k``, unless its word is the last syllable of a word such as
    "Tư Pháp" (``people_words.tsv``, class country_in_word)."""
    m = lex.countries.match(keys, k)
    if m and k > 0 and f"{keys[k - 1]} {keys[k]}" in word_set("country_in_word"):
        return None
    return m


def _foreign_name(name: str) -> bool:
    """A name in plain letters that is not a Vietnamese name written without its marks ("Le Van
    An" is no foreigner)."""
    words = name.split()
    return name.replace(" ", "").replace("-", "").isascii() and (
        any(_FOREIGN.match(w) for w in words) or lex_key(words[0]) not in surnames())


def story_country(doc: Document) -> str | None:
    """The one foreign state the story is about, or None."""
    seen = _country_counts(doc)
    if not seen:
        return None
    country, count = seen.most_common(1)[0]
    others = sum(seen.values()) - count
    # a story naming two countries may quote officials of either: the others, if any, are
    # named in passing (all together at most a tenth as often)
    return country if count >= 2 and others * 10 <= count else None


def _country_counts(doc: Document) -> Counter[str]:
    """How often the text names each foreign state (regions and unions left out)."""
    view = word_view(doc)
    seen: Counter[str] = Counter()
    k = 0
    while k < view.n:
        m = country_at(view.lex, view.keys, k) if view.toks[k].kind == "cap" else None
        if m:
            seen[_ALIASES.get(str(m[1]), str(m[1]))] += 1
            k += m[0]
        else:
            k += 1
    seen.pop("Việt Nam", None)
    regions = word_set("not_a_state")
    for name in [c for c in seen if lex_key(c) in regions]:
        del seen[name]  # "Đông Nam Á", "Liên hợp quốc": no state's office
    return seen


_ALIASES = {"Hoa Kỳ": "Mỹ", "Hợp chủng quốc Hoa Kỳ": "Mỹ", "Đông Timor": "Timor-Leste"}


def _with_country(title: str, country: str) -> str:
    """``title`` with ``country`` after it when it is a national office written without a place."""
    keys = keys_of(title)
    lex = lexicons()
    if not any(" ".join(keys[: len(w.split())]) == w for w in word_set("national_office")):
        return title
    seq = list(keys)
    for k in range(len(seq)):
        m = lex.titles.match(seq, k)
        if country_at(lex, seq, k) or m and (m[1][0] == "level" or m[1][1] == "local"):
            return title  # a country, or a Vietnamese place or body, is already named
    return f"{title} {country}"


def _retitle(doc: Document, name: str, old: str, new: str) -> None:
    for sp in doc.spans.get("titles", []):
        attrs = sp.attrs
        if isinstance(attrs, TitleAttrs) and attrs.person == name \
                and (attrs.title or attrs.expanded) == old:
            attrs.title = new
