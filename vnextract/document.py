"""The one data model every part shares: Document → sentences → tokens, and records with spans.

In the spirit of spaCy's ``Doc``/``Span``: the original text is kept once, everything else points
into it with character offsets. Extractors match against ``doc.norm`` (NFC, one tone placement)
or ``doc.lower`` (the same, lower-cased, same length) and turn norm positions into spans of the
original text with :meth:`Document.span`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .refdate import RefDate
from .text import OffsetMap, fold, normalize

SCHEMA_VERSION = "2"


# Lexical kinds of a token, computed once from its text (the front-end gives the POS).
CAP, LOWER, ABBR, NUM, PUNCT, OTHER = "cap", "lower", "abbr", "num", "punct", "other"
_NUM_RE = re.compile(r"^[+-]?\d[\d.,]*%?$")


_KINDS: dict[str, str] = {}


def lexical_kind(text: str) -> str:
    """The lexical kind of a token's text (cached by text)."""
    kind = _KINDS.get(text)
    if kind is None:
        kind = _lexical_kind(text)
        if len(_KINDS) < 200_000:
            _KINDS[text] = kind
    return kind


def _lexical_kind(text: str) -> str:
    """"num" (4.100, 21,6%), "abbr" (UBND, TP.HCM, LĐ-TB&XH), "cap" (Thái Nguyên), "lower",
    "punct", else "other"."""
    if not text:
        return OTHER
    if _NUM_RE.match(text):
        return NUM
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return PUNCT if all(not c.isalnum() and not c.isspace() for c in text) else OTHER
    uppers = sum(1 for c in letters if c.isupper())
    if uppers >= 2 and uppers * 2 > len(letters) and " " not in text and "_" not in text:
        return ABBR
    if letters[0].isupper():
        return CAP
    return LOWER


@dataclass(slots=True)
class Token:
    """A word token. ``start``/``end`` index the original text; ``nstart``/``nend`` the norm view.

    ``pos`` is the front-end's tag; ``kind`` the lexical kind (see :func:`lexical_kind`).
    """

    text: str
    start: int
    end: int
    nstart: int
    nend: int
    pos: str | None = None
    kind: str = ""

    def __post_init__(self) -> None:
        if not self.kind:
            self.kind = lexical_kind(self.text)

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "pos": self.pos,
                "kind": self.kind}


# what a front-end gives a sentence to build its tokens: (tokens, the call that fills in their POS
# tags, or None when they have them)
Fill = Callable[["Sentence"], "tuple[list[Token], Callable[[], None] | None]"]


class Sentence:
    """A sentence: offsets into the original text (``start``/``end``) and ``doc.norm``
    (``nstart``/``nend``), and its word tokens.

    The front-end fills ``tokens`` lazily: it gives each sentence a ``fill`` callable, run the
    first time ``tokens`` is read, so a sentence no component looks into is never tagged (the
    tags of a sentence do not depend on the others, so the tokens are the same either way).
    """

    __slots__ = ("start", "end", "nstart", "nend", "_tokens", "_fill", "_tag")

    def __init__(self, start: int, end: int, nstart: int, nend: int,
                 tokens: list[Token] | None = None, fill: Fill | None = None) -> None:
        self.start, self.end, self.nstart, self.nend = start, end, nstart, nend
        self._tokens = tokens if tokens is not None or fill is not None else []
        self._fill = fill
        self._tag: Callable[[], None] | None = None

    @property
    def words(self) -> list[Token]:
        """The tokens as the front-end segments them; their ``pos`` may not be filled in yet
        (read :attr:`tokens` for the tags)."""
        if self._tokens is None:
            fill, self._fill = self._fill, None
            self._tokens, self._tag = fill(self) if fill is not None else ([], None)
        return self._tokens

    @property
    def tokens(self) -> list[Token]:
        """The tokens with their POS tags."""
        toks = self.words
        if self._tag is not None:
            tag, self._tag = self._tag, None
            tag()
        return toks

    @tokens.setter
    def tokens(self, tokens: list[Token]) -> None:
        self._tokens, self._fill, self._tag = tokens, None, None

    @property
    def tagged(self) -> bool:
        """Whether the tokens have been built (segmented, perhaps not yet POS-tagged)."""
        return self._tokens is not None

    def token_at(self, npos: int, *, pos: bool = True) -> Token | None:
        """The token whose norm span holds ``npos`` (``nstart <= npos < nend``), if any; with
        ``pos=False`` its tag may be missing (the segmentation alone is asked for)."""
        toks = self.tokens if pos else self.words
        i = bisect_right([t.nstart for t in toks], npos) - 1
        return toks[i] if i >= 0 and npos < toks[i].nend else None

    def __repr__(self) -> str:
        return f"Sentence({self.start}, {self.end}, nstart={self.nstart}, nend={self.nend})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sentence):
            return NotImplemented
        return (self.start, self.end, self.nstart, self.nend, self.tokens) == (
            other.start, other.end, other.nstart, other.nend, other.tokens)

    __hash__ = None  # type: ignore[assignment]  # mutable, like the dataclass it replaces


def prefer_longest(spans: list[Span]) -> list[Span]:
    """The one overlap policy: keep the longest span, then the earliest; drop spans that overlap
    a kept one. Returns the kept spans in text order (like spaCy's ``filter_spans``)."""
    kept: list[Span] = []
    taken: list[tuple[int, int]] = []
    for sp in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        if any(sp.start < e and s < sp.end for s, e in taken):
            continue
        kept.append(sp)
        taken.append((sp.start, sp.end))
    return sorted(kept, key=lambda s: (s.start, s.end))


@dataclass(slots=True)
class Span:
    """A stretch of the original text: ``text == doc.text[start:end]``."""

    start: int
    end: int
    text: str
    label: str = ""
    nstart: int = 0
    nend: int = 0
    data: dict[str, Any] = field(default_factory=dict)
    attrs: Any = None  # the typed attributes of its label (one small dataclass per label)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text}
        if self.data.get("role"):
            out["role"] = self.data["role"]
        return out


@dataclass
class Person:
    name: str
    titles: list[str] = field(default_factory=list)
    titles_raw: list[str] = field(default_factory=list)
    province: str | None = None
    role: str | None = None  # "author" for a byline
    mentions: list[Span] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "titles": list(self.titles),
            "titles_raw": list(self.titles_raw),
            "province": self.province,
            "role": self.role,
            "mentions": [m.to_dict() for m in self.mentions],
        }


@dataclass
class Province:
    name: str
    since_2025: str
    mentions: list[Span] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "since_2025": self.since_2025,
            "mentions": [m.to_dict() for m in self.mentions],
        }


@dataclass
class Place:
    """A district, town, ward or commune named with its level word."""

    name: str
    level: str
    province: str | None = None
    since_2025: str | None = None
    mentions: list[Span] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "level": self.level,
            "province": self.province,
            "since_2025": self.since_2025,
            "mentions": [m.to_dict() for m in self.mentions],
        }


@dataclass
class Indicator:
    indicator: str
    value: float | int
    unit: str
    qualifier: str = "exact"
    change_pct: float | None = None
    basis: str | None = None
    share_pct: float | None = None
    share_of: str | None = None
    period: str | None = None
    province: str | None = None
    of: int | None = None
    text: str = ""
    period_text: str | None = None  # the words the period came from
    value_max: float | None = None  # the upper end of a range ("từ 5 đến 7 tỷ")
    concept: str | None = None  # the measure's id in data/concepts.tsv ("export_value"), or None
    item: str | None = None  # for a price: what is priced ("cà phê nhân xô")
    start: int = 0
    end: int = 0

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "indicator": self.indicator,
            "value": self.value,
            "value_max": self.value_max,
            "unit": self.unit,
            "qualifier": self.qualifier,
            "change_pct": self.change_pct,
            "basis": self.basis,
            "share_pct": self.share_pct,
            "share_of": self.share_of,
            "period": self.period,
            "period_text": self.period_text,
            "province": self.province,
            "concept": self.concept,
            "item": self.item,
        }
        if self.unit == "rank":
            out["of"] = self.of
        out.update({"text": self.text, "start": self.start, "end": self.end})
        return out


_HEADLINE_MAX = 250  # a first line this short, not ending a sentence, is the headline
_BYLINE_MAX = 60  # a closing line this short, with no sentence end inside, may sign the article


@dataclass(slots=True)
class _Layout:
    sentence_starts: list[int]
    paragraphs: list[tuple[int, int]]
    paragraph_starts: list[int]
    headline_end: int
    byline_start: int
    tokens: list[Token] | None = None
    sentence_char_starts: list[int] = field(default_factory=list)

    @classmethod
    def of(cls, doc: Document) -> _Layout:
        norm = doc.norm
        paras: list[tuple[int, int]] = []
        pos = 0
        for line in norm.split("\n"):
            a, b = pos, pos + len(line)
            pos = b + 1
            while a < b and norm[a].isspace():
                a += 1
            while b > a and norm[b - 1].isspace():
                b -= 1
            if b > a:
                paras.append((a, b))
        headline_end = 0
        if len(paras) > 1:
            a, b = paras[0]
            if b - a < _HEADLINE_MAX and not norm[a:b].endswith((".", ":")):
                headline_end = b
        byline_start = len(norm)
        for a, b in reversed(paras[1:]):
            line = norm[a:b]
            if b - a > _BYLINE_MAX or re.search(r"[.!?;:]\s", line + " ") and not line.endswith(")"):
                break
            byline_start = a
        return cls([s.nstart for s in doc.sentences], paras, [a for a, _ in paras],
                   headline_end, byline_start, None, [s.start for s in doc.sentences])


class Document:
    """An article: its original text, the normalized view, sentences, tokens and records."""

    def __init__(self, text: str, source: str | None = None) -> None:
        self.text = text
        self.source = source
        self.norm, self._map = normalize(text)
        self.lower = fold(self.norm)
        self.sentences: list[Sentence] = []
        self.spans: dict[str, list[Span]] = {}
        self.people: list[Person] = []
        self.titles: list[dict[str, Any]] = []  # title mentions, set by the people resolve step
        self.provinces: list[Province] = []
        self.places: list[Place] = []
        self.indicators: list[Indicator] = []
        self.focus_province: str | None = None
        self.meta: dict[str, Any] = {}
        # work a component leaves for the resolve stage (the indicators' collected figures)
        self.pending: dict[str, Any] = {}
        self._layout: _Layout | None = None
        self.date: RefDate | None = None  # the reference date (vnextract.refdate)

    # -- offsets -------------------------------------------------------------------------
    def orig_start(self, npos: int) -> int:
        return self._map.start(npos)

    def orig_end(self, npos: int) -> int:
        return self._map.end(npos)

    def span(self, nstart: int, nend: int, label: str = "", **data: Any) -> Span:
        """A span of the original text from positions in ``norm``."""
        start, end = self._map.start(nstart), self._map.end(nend)
        if end < start:
            end = start
        return Span(start, end, self.text[start:end], label, nstart, nend, dict(data))

    @property
    def offset_map(self) -> OffsetMap:
        return self._map

    @property
    def tokens(self) -> list[Token]:
        return [t for s in self.sentences for t in s.tokens]

    @property
    def tokens_cache(self) -> list[Token]:
        """All tokens in text order, built once (use after the front-end has run)."""
        layout = self.layout
        if layout.tokens is None:
            layout.tokens = self.tokens
        return layout.tokens

    def sentence_index(self, npos: int) -> int | None:
        """Index in ``sentences`` of the sentence holding norm position ``npos`` (bisection)."""
        starts = self.layout.sentence_starts
        i = bisect_right(starts, npos) - 1
        if i >= 0 and npos < self.sentences[i].nend:
            return i
        return None

    def sentence_index_at_char(self, pos: int) -> int | None:
        """Index of the sentence holding original-text offset ``pos`` (bisection)."""
        starts = self.layout.sentence_char_starts
        i = bisect_right(starts, pos) - 1
        if i >= 0 and pos < self.sentences[i].end:
            return i
        return None

    def sentence_at(self, npos: int) -> Sentence | None:
        """The sentence holding norm position ``npos``."""
        i = self.sentence_index(npos)
        return None if i is None else self.sentences[i]

    def token_at(self, npos: int, *, pos: bool = True) -> Token | None:
        """The front-end token whose norm span holds ``npos``; only the sentence holding it is
        tagged (the rest of the token layer stays unbuilt until something reads it). With
        ``pos=False`` only its segmentation is needed: the token's ``pos`` may be None."""
        sent = self.sentence_at(npos)
        return None if sent is None else sent.token_at(npos, pos=pos)

    # -- layout: paragraphs, headline, byline zone (computed once) ------------------------
    @property
    def layout(self) -> _Layout:
        if self._layout is None or len(self._layout.sentence_starts) != len(self.sentences):
            self._layout = _Layout.of(self)
        return self._layout

    @property
    def paragraphs(self) -> list[tuple[int, int]]:
        """(nstart, nend) of each non-empty line of ``norm``."""
        return self.layout.paragraphs

    @property
    def headline_end(self) -> int:
        """Norm offset where the headline (the first line) ends; 0 when there is none."""
        return self.layout.headline_end

    @property
    def byline_start(self) -> int:
        """Norm offset where the byline zone (the short closing lines) starts; ``len(norm)`` when
        the text has none."""
        return self.layout.byline_start

    def paragraph_index(self, npos: int) -> int | None:
        paras = self.layout.paragraphs
        i = bisect_right(self.layout.paragraph_starts, npos) - 1
        if i >= 0 and npos < paras[i][1]:
            return i
        return None

    def add_spans(self, label: str, spans: list[Span], *, overlaps: bool = True) -> list[Span]:
        """Store ``spans`` under ``label`` in text order; with ``overlaps=False`` the document's
        one overlap policy (:func:`prefer_longest`) is applied first."""
        kept = sorted(spans, key=lambda s: (s.start, s.end)) if overlaps else prefer_longest(spans)
        for sp in kept:
            sp.label = sp.label or label
        self.spans[label] = kept
        return kept

    # -- output --------------------------------------------------------------------------
    def to_dict(self, *, with_tokens: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "schema_version": SCHEMA_VERSION,
            "source": self.source,
            "date": self.date.to_dict() if self.date else None,
            "people": [p.to_dict() for p in self.people],
            "titles": [dict(t) for t in self.titles],
            "provinces": [p.to_dict() for p in self.provinces],
            "places": [p.to_dict() for p in self.places],
            "indicators": [i.to_dict() for i in self.indicators],
            "focus_province": self.focus_province,
        }
        if self.meta:
            out["meta"] = dict(self.meta)
        if with_tokens:
            out["sentences"] = [
                {"start": s.start, "end": s.end, "tokens": [t.to_dict() for t in s.tokens]}
                for s in self.sentences
            ]
        return out

    def __repr__(self) -> str:
        return (
            f"Document(source={self.source!r}, chars={len(self.text)}, "
            f"people={len(self.people)}, provinces={len(self.provinces)}, "
            f"indicators={len(self.indicators)})"
        )
