"""The one data model every part shares: Document → sentences → tokens, and records with spans.

In the spirit of spaCy's ``Doc``/``Span``: the original text is kept once, everything else points
into it with character offsets. Extractors match against ``doc.norm`` (NFC, one tone placement)
or ``doc.lower`` (the same, lower-cased, same length) and turn norm positions into spans of the
original text with :meth:`Document.span`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .refdate import RefDate
from .text import OffsetMap, fold, normalize

SCHEMA_VERSION = "2"


@dataclass(slots=True)
class Token:
    """A word token. ``start``/``end`` index the original text; ``nstart``/``nend`` the norm view."""

    text: str
    start: int
    end: int
    nstart: int
    nend: int
    pos: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "pos": self.pos}


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    nstart: int
    nend: int
    tokens: list[Token] = field(default_factory=list)


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
        }
        if self.unit == "rank":
            out["of"] = self.of
        out.update({"text": self.text, "start": self.start, "end": self.end})
        return out


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
        self.provinces: list[Province] = []
        self.places: list[Place] = []
        self.indicators: list[Indicator] = []
        self.focus_province: str | None = None
        self.meta: dict[str, Any] = {}
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

    def sentence_at(self, npos: int) -> Sentence | None:
        """The sentence holding norm position ``npos``."""
        for s in self.sentences:
            if s.nstart <= npos < s.nend:
                return s
        return None

    # -- output --------------------------------------------------------------------------
    def to_dict(self, *, with_tokens: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "schema_version": SCHEMA_VERSION,
            "source": self.source,
            "date": self.date.to_dict() if self.date else None,
            "people": [p.to_dict() for p in self.people],
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
