"""Resolve step: a foreign official's national office takes the country the story is about.

"Bộ trưởng Giáo dục Antonio da Conceicao" in a story about Timor-Leste is "Bộ trưởng Giáo dục
Timor-Leste"; "Tổng thống Donald Trump" in a story about the United States is "Tổng thống Mỹ". The
office must be one a state has (``people_words.tsv``, class national_office), written without a
country, a province or a place, and held by a person with a foreign name; the story must be about
one foreign country (named at least twice, any other state at most a tenth as often; regions and
unions such as "Đông Nam Á" do not count): a story about North Korea quotes American officials.
"""

from __future__ import annotations

import re
from collections import Counter

from ..components.titles import TitleAttrs
from ..components.words import keys_of, lexicons, surnames, word_set, word_view
from ..document import Document
from ..lexicon import key as lex_key

# a word that is no Vietnamese syllable (letters Vietnamese does not use, long, or double vowels)
_FOREIGN = re.compile(r"^(?:[A-Za-z]*[fjwzFJWZ][A-Za-z]*|[A-Za-z]{6,}|[A-Za-z]*(?:ee|oo|ae|ie|ou)[a-z]*)$")


def resolve(doc: Document) -> Document:
    foreign = [p for p in doc.people if p.titles and _foreign_name(p.name)]
    if not foreign:
        return doc  # no title to fill: the story's country is not looked for
    country = story_country(doc)
    if country is None:
        return doc
    for person in foreign:
        for k, title in enumerate(person.titles):
            filled = _with_country(title, country)
            if filled != title:
                person.titles[k] = filled
                _retitle(doc, person.name, title, filled)
    return doc


def _foreign_name(name: str) -> bool:
    """A name in plain letters that is not a Vietnamese name written without its marks ("Le Van
    An" is no foreigner)."""
    words = name.split()
    return name.replace(" ", "").replace("-", "").isascii() and (
        any(_FOREIGN.match(w) for w in words) or lex_key(words[0]) not in surnames())


def story_country(doc: Document) -> str | None:
    """The one foreign state the story is about, or None."""
    view = word_view(doc)
    countries = view.lex.countries
    seen: Counter[str] = Counter()
    k = 0
    while k < view.n:
        m = countries.match(view.keys, k) if view.toks[k].kind == "cap" else None
        if m:
            seen[_ALIASES.get(str(m[1]), str(m[1]))] += 1
            k += m[0]
        else:
            k += 1
    seen.pop("Việt Nam", None)
    regions = word_set("not_a_state")
    for name in [c for c in seen if lex_key(c) in regions]:
        del seen[name]  # "Đông Nam Á", "Liên hợp quốc": no state's office
    if not seen:
        return None
    country, count = seen.most_common(1)[0]
    others = sum(seen.values()) - count
    # a story naming two countries may quote officials of either: the others, if any, are
    # named in passing (all together at most a tenth as often)
    return country if count >= 2 and others * 10 <= count else None


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
        if lex.countries.match(seq, k) or m and (m[1][0] == "level" or m[1][1] == "local"):
            return title  # a country, or a Vietnamese place or body, is already named
    return f"{title} {country}"


def _retitle(doc: Document, name: str, old: str, new: str) -> None:
    for sp in doc.spans.get("titles", []):
        attrs = sp.attrs
        if isinstance(attrs, TitleAttrs) and attrs.person == name \
                and (attrs.title or attrs.expanded) == old:
            attrs.title = new
