"""The word layer shared by the titles and names components and the people resolve step.

- :func:`tokenize`: syllable-level word tokens of ``doc.norm`` (a dotted or hyphenated
  abbreviation such as "TP.HCM" or "LĐ-TB&XH" stays one token); pyvi's compound words are too
  coarse for office grammar, so this view sits beside ``doc.tokens`` and borrows their POS tags.
- :class:`Lexicon` / :func:`lexicons`: the word lists of ``vnextract/data`` keyed by those tokens
  (read through :func:`vnextract.lexicon.rows`), loaded once per process; :func:`surnames` is the
  one accessor for the family names.
- :class:`WordView`: one document seen through those tokens, built once per document
  (:func:`word_view`): sentences and paragraphs, POS tags, province mentions (from the provinces
  component's spans) and districts named after their level word.
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass, field
from functools import cache
from typing import Any, NamedTuple

from ..document import Document
from ..lexicon import key as lex_key
from ..lexicon import rows

__all__ = ["Lexicon", "Lexicons", "Tok", "WordView", "lexicons", "surnames", "tokenize",
           "word_view"]

# -- tokens --------------------------------------------------------------------------------------

_TOKEN_RE = re.compile(
    r"(?P<hcm>T[Pp]\.?\s?HCM(?![^\W_])|TPHCM(?![^\W_]))"
    r"|(?P<dotted>T\.[ƯW](?![^\W_])|(?:[^\W\d_]{1,6}\.){2,}|(?:TP|Tp|T\.P|GS|PGS|TS|ThS|BS|KS|KTS|LS|TSKH|BSCKII)\.)"
    r"|(?P<hyabbr>[A-ZĐ]{2,}(?:&[A-ZĐ]+)?(?:-[A-ZĐ]{2,}(?:&[A-ZĐ]+)*)+(?![^\W_]))"  # "LĐ-TB&XH"
    r"|(?P<word>[A-Z][a-z]+-[a-z]+(?![^\W_])|[^\W_]+(?:[&'’/][^\W_]+)*)"  # "Jae-sung"
    r"|(?P<punct>\S)"
)
_DASHES = {"–": "-", "—": "-", "‒": "-", "−": "-"}

class Tok(NamedTuple):
    """A word or punctuation mark of ``Document.norm``: ``s``/``e`` are norm offsets.

    A named tuple (read-only): :func:`tokenize` builds one per word of every article, and a tuple
    is built in C (a fifth of the tokenizer's time against a dataclass)."""

    text: str
    s: int
    e: int
    kind: str  # cap | abbr | low | num | punct
    key: str  # lower-cased, dashes unified: what lexicons are keyed by
    nl: bool  # a line break stands between this token and the one before


_new_tok = tuple.__new__  # ``Tok(...)`` without the Python-level ``__new__`` of a named tuple


def _kind(text: str, group: str) -> str:
    if group in ("hcm", "dotted", "hyabbr"):
        return "abbr"
    if group == "punct":
        return "punct"
    c = text[0]
    if c.isdigit():
        return "num"
    if c.isupper():
        if len(text) > 1 and text.upper() == text:
            return "abbr"
        return "cap"
    if c.isalpha():
        return "low"
    return "punct"


# (kind, key) of a token text and its group: the same wherever it stands (bounded cache)
_TOKEN_INFO: dict[tuple[str, str], tuple[str, str]] = {}
_TOKEN_INFO_SIZE = 1 << 17


def _token_info(word: str, group: str) -> tuple[str, str]:
    key = _DASHES.get(word, word).lower()
    if group == "hcm":
        key = "tp.hcm"
    if len(_TOKEN_INFO) >= _TOKEN_INFO_SIZE:
        _TOKEN_INFO.clear()
    info = _TOKEN_INFO[(word, group)] = (_kind(word, group), key)
    return info


def tokenize(text: str) -> list[Tok]:
    out: list[Tok] = []
    append = out.append
    cache = _TOKEN_INFO
    new, tok = _new_tok, Tok
    find = text.find
    n = len(text)
    # the first line break at or after the end of the token before (a token of the "hcm" group
    # may hold one: only a break between two tokens counts)
    nl_at = find("\n")
    nl_at = n if nl_at < 0 else nl_at
    for m in _TOKEN_RE.finditer(text):
        group = m.lastgroup or "punct"
        word = m.group()
        s, e = m.span()
        info = cache.get((word, group)) or _token_info(word, group)
        append(new(tok, (word, s, e, info[0], info[1], nl_at < s)))
        if nl_at < e:
            nl_at = find("\n", e)
            if nl_at < 0:
                nl_at = n
    return out


def keys_of(phrase: str) -> tuple[str, ...]:
    """The token keys of ``phrase``: what a :class:`Lexicon` is keyed by."""
    return tuple(t.key for t in tokenize(phrase))


@cache
def word_set(kind: str) -> frozenset[str]:
    """The words of one class in ``data/people_words.tsv`` (quantifier, pronoun, past_after …)."""
    return frozenset(lex_key(r[0]) for r in rows("people_words.tsv") if len(r) > 1 and r[1] == kind)


@cache
def _stop_aliases() -> frozenset[str]:
    """Longer phrases with a province's name inside that are no province ("Thái Bình Dương":
    ``province_aliases.tsv``, flag stop), as token keys joined by spaces."""
    return frozenset(" ".join(lex_key(w) for w in r[0].split()) for r in rows("province_aliases.tsv")
                     if len(r) > 3 and "stop" in r[3].split())


@cache
def surnames() -> frozenset[str]:
    """The one-word family names of ``data/surnames.txt`` in :func:`vnextract.lexicon.key` form
    (lower case, NFC, one tone placement): the one accessor for every component."""
    return frozenset(lex_key(r[0]) for r in rows("surnames.txt") if " " not in r[0])


# -- lexicons ------------------------------------------------------------------------------------
class Lexicon:
    """Phrases keyed by their token keys; :meth:`match` finds the longest one at a position."""

    __slots__ = ("ends", "entries", "lengths")

    def __init__(self) -> None:
        self.entries: dict[tuple[str, ...], Any] = {}
        self.lengths: dict[str, list[int]] = {}
        self.ends: set[str] = set()  # the last keys of the phrases

    def add(self, phrase: str, value: Any) -> None:
        key = keys_of(phrase)
        if not key or key in self.entries:
            return
        self.entries[key] = value
        self.ends.add(key[-1])
        lens = self.lengths.setdefault(key[0], [])
        if len(key) not in lens:
            lens.append(len(key))
            lens.sort(reverse=True)

    def match(self, keys: list[str], i: int) -> tuple[int, Any] | None:
        if i >= len(keys):
            return None
        lens = self.lengths.get(keys[i])
        if not lens:
            return None
        for n in lens:
            if i + n <= len(keys):
                v = self.entries.get(tuple(keys[i : i + n]))
                if v is not None:
                    return n, v
        return None

    def match_ending(self, keys: list[str], end: int) -> tuple[int, Any] | None:
        """The longest phrase that ends just before ``end``."""
        if 0 < end <= len(keys) and keys[end - 1] not in self.ends:
            return None  # no phrase ends with this word
        best = None
        for n in range(1, 7):
            i = end - n
            if i < 0:
                break
            v = self.entries.get(tuple(keys[i:end]))
            if v is not None:
                best = (n, v)
        return best

    def __contains__(self, phrase: str) -> bool:
        return keys_of(phrase) in self.entries



@dataclass(frozen=True, slots=True)
class Place:
    name: str
    kind: str  # city | province


@dataclass
class Lexicons:
    titles: Lexicon  # value: (kind, scope)
    honorifics: Lexicon  # value: kind
    places: Lexicon  # value: Place
    countries: Lexicon  # value: canonical name
    context: dict[str, Lexicon]  # kind -> Lexicon (value True)
    abbreviations: dict[str, str]
    surnames: frozenset[str]
    weak_surnames: frozenset[str]
    middles: frozenset[str]
    stops: frozenset[str]
    place_kind: dict[str, str] = field(default_factory=dict)  # province name -> city|province
    # province name -> its name after a committee when not the bare name (Thành phố Hồ Chí Minh)
    place_title: dict[str, str] = field(default_factory=dict)


# Surnames that are also common words at the head of non-names: a name starting with one needs


@cache
def lexicons() -> Lexicons:
    """Every word list the people components use, loaded once per process."""
    titles = Lexicon()
    for row in rows("titles.tsv"):
        titles.add(row[0], (row[1], row[2] if len(row) > 2 else "-"))
    honorifics = Lexicon()
    for row in rows("honorifics.txt"):
        honorifics.add(row[0], row[1] if len(row) > 1 else "honorific")
    places = Lexicon()
    place_kind: dict[str, str] = {}
    place_title: dict[str, str] = {}
    for row in rows("title_places.tsv"):
        place = Place(row[0], row[1])
        place_kind[row[0]] = row[1]
        if len(row) > 3 and row[3]:
            place_title[row[0]] = row[3]
        places.add(row[0], place)
        if len(row) > 2 and row[2]:
            for alias in row[2].split("|"):
                places.add(alias, place)
    countries = Lexicon()
    for row in rows("countries.txt"):
        countries.add(row[0], row[0])
    context: dict[str, Lexicon] = {}
    middles: set[str] = set()
    stops: set[str] = set()
    for row in rows("name_context.tsv"):
        word, kind = row[0], row[1]
        context.setdefault(kind, Lexicon()).add(word, True)
        if kind == "middle":
            middles.add(word.lower())
        elif kind == "stop" and " " not in word:
            stops.add(word.lower())
    abbreviations = {row[0]: row[1] for row in rows("abbreviations.tsv")}
    names = surnames()
    return Lexicons(
        titles=titles,
        honorifics=honorifics,
        places=places,
        countries=countries,
        context=context,
        abbreviations=abbreviations,
        surnames=names,
        weak_surnames=word_set("weak_surname") & names,
        middles=frozenset(middles),
        stops=frozenset(stops),
        place_kind=place_kind,
        place_title=place_title,
    )


# -- one document through those tokens -----------------------------------------------------------

# level words below a province and the unit they name (a district committee names its district)
DISTRICT_WORDS = {"huyện": "huyện", "huyện ủy": "huyện", "quận": "quận", "quận ủy": "quận",
                  "thị xã": "thị xã", "thị ủy": "thị xã", "xã": "xã", "phường": "phường",
                  "thị trấn": "thị trấn"}


class _PosTags:
    """``tags[k]``: the front-end's POS tag of token ``k`` of a :class:`WordView`, when a
    front-end token starts where it does; looked up (and its sentence tagged) on first use."""

    __slots__ = ("doc", "toks")

    def __init__(self, doc: Document, toks: list[Tok]) -> None:
        self.doc, self.toks = doc, toks

    def __getitem__(self, k: int) -> str | None:
        s = self.toks[k].s
        tok = self.doc.token_at(s)
        return tok.pos if tok is not None and tok.nstart == s else None

    def __len__(self) -> int:
        return len(self.toks)


class WordView:
    """``doc.norm`` as :class:`Tok` tokens with what every people step needs about them.

    ``sid``/``pid``: sentence and paragraph number of each token; ``pos``: pyvi's tag of the
    token that starts a pyvi word; ``prov_at``: token index → (token count, province name) of a
    province mention; ``prov_span_at``: where a span of the provinces component starts;
    ``districts``: (token index of the level word, level, name) of districts and communes.
    """

    def __init__(self, doc: Document, lex: Lexicons) -> None:
        # a weak reference: the view is cached per document (weakly keyed) and must not keep it
        self.doc: Document = weakref.proxy(doc)
        self.lex = lex
        self.toks: list[Tok] = tokenize(doc.norm)
        self.keys = [t.key for t in self.toks]
        self.n = len(self.toks)
        self._segments()
        self.pos = self._pos_tags()
        self.prov_at: dict[int, tuple[int, str]] = {}
        self.prov_span_at: dict[int, int] = {}
        self._take_spans(self._scan_places())
        self.prov_list = sorted((k, v[1]) for k, v in self.prov_at.items())
        self.prov_idx = [k for k, _ in self.prov_list]
        self.districts = self._find_districts()

    def _segments(self) -> None:
        sid = pid = 0
        self.sid: list[int] = []
        self.pid: list[int] = []
        add_sid, add_pid = self.sid.append, self.pid.append
        ends = False  # the token before is a sentence-ending mark
        for t in self.toks:
            if t.nl and self.sid:
                sid += 1
                pid += 1
            elif ends and t.kind in ("cap", "abbr", "num"):
                sid += 1
            add_sid(sid)
            add_pid(pid)
            ends = t.text in (".", "!", "?", "|")
        self.sent_end: dict[int, int] = {s: i + 1 for i, s in enumerate(self.sid)}  # the last wins

    def _pos_tags(self) -> _PosTags | None:
        """The front-end's tag of each token (None for a word inside a longer pyvi word, "cứu"
        of "Nghiên_cứu"), read lazily: only the sentences whose tags are asked for are tagged."""
        return _PosTags(self.doc, self.toks) if self.doc.sentences else None

    # -- provinces -----------------------------------------------------------------------------
    def _scan_places(self) -> set[int]:
        """Province names of ``title_places.tsv`` where they name the province inside an office
        or beside a name; returns where a look-alike was ruled out (not to be taken back from the
        provinces component's spans).

        Measured (see the report of issue 12): the provinces component's spans alone give the
        same scores on dev and the holdouts but change people on 20 of 3,000 real articles, more
        often for the worse (a delegation "Đoàn Vĩnh Phúc" read as a person, "Tỉnh Đoàn Đắk
        Lắk", lower-case "Hải phòng"); so this list stays, and the spans add what it lacks."""
        lex, toks, keys = self.lex, self.toks, self.keys
        rejected: set[int] = set()
        i = 0
        while i < self.n:
            m = lex.places.match(keys, i) if toks[i].kind in ("cap", "abbr") else None
            if not m:
                i += 1
                continue
            cnt, place = m
            if self._look_alike(i, cnt, place.name):
                rejected.add(i)
            else:
                self.prov_at[i] = (cnt, place.name)
            i += cnt
        return rejected

    def _look_alike(self, i: int, cnt: int, name: str) -> bool:
        """A province's name that is part of something else here."""
        lex, toks, keys = self.lex, self.toks, self.keys
        nxt = i + cnt
        if nxt < self.n and toks[nxt].kind == "cap" and not toks[nxt].nl \
                and (keys[nxt] not in lex.surnames or " ".join(keys[i : nxt + 1]) in _stop_aliases()):
            return True  # "Thái Bình Dương", "Điện Biên Phủ": not the province
        compass = word_set("compass")
        if i > 0 and toks[i - 1].kind == "cap" and not toks[i].nl and (
                keys[i - 1] in lex.surnames or (i > 1 and toks[i - 2].kind == "cap")) \
                and not lex.titles.match(keys, i - 1) \
                and not lex.titles.match_ending(keys, i) \
                and not (keys[i - 1] in compass and (
                    i < 2 or keys[i - 2] in compass or toks[i - 2].kind != "cap")):
            return True  # "Nguyễn Thái Bình": a person's name, not the province
        if name == "Hồ Chí Minh":
            before = word_set("before_ho_chi_minh")
            return i > 0 and keys[i - 1] in before or i > 1 and " ".join(keys[i - 2 : i]) in before
        return False

    def _take_spans(self, rejected: set[int]) -> None:
        """Province mentions the provinces component found and the word list did not."""
        lex, toks, keys = self.lex, self.toks, self.keys
        spans = self.doc.spans.get("provinces") or []
        if not spans:
            return
        starts = {t.s: k for k, t in enumerate(toks)}
        for sp in spans:
            k = starts.get(sp.nstart)
            # the span may open with its level word ("tỉnh Bà Rịa - Vũng Tàu", "TP. Cần Thơ")
            while k is not None and k < self.n and toks[k].e < sp.nend and (
                    toks[k].kind in ("low", "punct")
                    or (lex.titles.match(keys, k) or (0, ("",)))[1][0] == "level"):
                k += 1
            if k is None or k >= self.n or k in self.prov_at:
                continue
            cnt = 0
            while k + cnt < self.n and toks[k + cnt].e <= sp.nend:
                cnt += 1
            if cnt == 0:
                continue
            self.prov_span_at[k] = cnt
            if k in rejected:
                continue
            name = _span_province(sp)
            if name in lex.place_kind or cnt > 1:
                self.prov_at[k] = (cnt, name)

    def _find_districts(self) -> list[tuple[int, str, str]]:
        """Districts and communes named after their level word: "huyện Cầu Kè", "Huyện ủy Cầu Kè"."""
        lex, toks, keys = self.lex, self.toks, self.keys
        out: list[tuple[int, str, str]] = []
        for k in range(self.n - 1):
            level = keys[k]
            step = 1
            if level == "thị" and keys[k + 1] in ("xã", "ủy", "trấn"):
                level, step = "thị " + keys[k + 1], 2
            elif level in ("huyện", "quận") and keys[k + 1] == "ủy":
                level, step = level + " ủy", 2
            if level not in DISTRICT_WORDS or k + step >= self.n:
                continue
            j = k + step
            run = 0
            while j + run < self.n and toks[j + run].kind == "cap" and run < 3 \
                    and not toks[j + run].nl and (j + run) not in self.prov_at:
                run += 1
            if run >= 3 and keys[j] in lex.surnames and not _place_known(self.text(j, j + run)) \
                    and not _place_known(self.text(j, j + 2)):
                continue  # "Chủ tịch xã Nguyễn Văn Sơn": a person's full name, no commune
            if run and not (run >= 2 and keys[j] in lex.surnames and level.endswith("ủy")):
                size = min(run, 2)
                out.append((k, DISTRICT_WORDS[level], " ".join(t.text for t in toks[j : j + size])))
        return out

    def text(self, s: int, e: int) -> str:
        """The words of tokens ``s``..``e`` joined by single spaces."""
        return " ".join(t.text for t in self.toks[s:e])


def _place_known(name: str) -> bool:
    """Is ``name`` a district, ward or commune of the administrative data?"""
    from .titles import _known_place  # (titles imports this module)

    return _known_place(name)


def _span_province(sp: Any) -> str:
    attrs = getattr(sp, "attrs", None)
    name = getattr(attrs, "name", None) or getattr(attrs, "province", None)
    return name or sp.data.get("name") or sp.data.get("province") or sp.text


_VIEWS: weakref.WeakKeyDictionary[Document, WordView] = weakref.WeakKeyDictionary()


def word_view(doc: Document) -> WordView:
    """The :class:`WordView` of ``doc``, built once (after the provinces component ran)."""
    view = _VIEWS.get(doc)
    if view is None:
        view = _VIEWS[doc] = WordView(doc, lexicons())
    return view
