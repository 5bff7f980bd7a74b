"""Resolve step: the focus province, the province an article is mostly about.

The one rule, for every input (one document, or the chunks of a large file merged): each mention
of a province counts 1; a mention in the headline counts 3 more (and 1 more again after "tại"/"ở":
"... tại Cà Mau"); the first mention outside the headline (the lead) counts 1 more. The highest
score wins; on a tie, the province named first.

:class:`FocusTally` keeps the scores and is fed mention by mention (:func:`evidence` gives a
document's mentions); :func:`choose_focus` is the pure function over a list of mentions.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import NamedTuple

from ..document import Document
from ..text import fold

__all__ = ["FocusMention", "FocusTally", "choose_focus", "evidence", "given", "resolve", "FocusComponent"]

MENTION, HEADLINE, HEADLINE_CUE, LEAD = 1.0, 3.0, 1.0, 1.0


class FocusMention(NamedTuple):
    """What the focus rule needs of one province mention."""

    name: str  # the province's reported name
    in_headline: bool = False
    after_cue: bool = False  # right after "tại"/"ở"


class FocusTally:
    """The focus scores, fed mention by mention in text order."""

    __slots__ = ("scores", "lead_seen")

    def __init__(self) -> None:
        self.scores: dict[str, float] = {}  # in order of first mention
        self.lead_seen = False

    def add(self, mention: FocusMention) -> None:
        name = mention.name
        score = self.scores.get(name, 0.0) + MENTION
        if mention.in_headline:
            score += HEADLINE + (HEADLINE_CUE if mention.after_cue else 0.0)
        elif not self.lead_seen:
            self.lead_seen = True
            score += LEAD
        self.scores[name] = score

    def update(self, mentions: Iterable[FocusMention]) -> FocusTally:
        for m in mentions:
            self.add(m)
        return self

    def best(self) -> str | None:
        best: str | None = None
        top = 0.0
        for name, score in self.scores.items():  # the first named wins a tie
            if score > top:
                best, top = name, score
        return best


def choose_focus(mentions: Iterable[FocusMention]) -> str | None:
    """The focus province of a text whose province mentions are ``mentions`` (in text order)."""
    return FocusTally().update(mentions).best()


def _cues() -> frozenset[str]:
    from ..components.provinces import context_words

    return context_words("focus_before")


def evidence(doc: Document, *, headline: bool = True) -> Iterator[FocusMention]:
    """The province mentions of ``doc`` (``doc.spans["provinces"]``) as the focus rule sees them.
    ``headline=False`` for a piece of a text that is not its beginning (a later chunk)."""
    from ..components.provinces import words_before

    headline_end = doc.headline_end if headline else 0
    cues = _cues()
    for span in doc.spans.get("provinces", []):
        name = span.attrs.name if span.attrs is not None else span.data["name"]
        in_headline = span.nstart < headline_end
        after_cue = False
        if in_headline:
            before = words_before(doc.norm, span.nstart, 1)
            after_cue = bool(before) and fold(before[0][1]) in cues
        yield FocusMention(name, in_headline, after_cue)


_GIVEN: ContextVar[tuple[str | None] | None] = ContextVar("vnextract_focus_given", default=None)


@contextmanager
def given(focus: str | None) -> Iterator[None]:
    """Within the block, every document gets ``focus`` as its focus province: the large-file
    path sets the whole input's focus for each of its chunks, so that links to the focus
    province (people, figures) are those of the text read whole."""
    token = _GIVEN.set((focus,))
    try:
        yield
    finally:
        _GIVEN.reset(token)


def resolve(doc: Document) -> Document:
    """Set ``doc.focus_province`` from the document's province mentions (or as :func:`given`)."""
    preset = _GIVEN.get()
    if preset is not None:
        doc.focus_province = preset[0]
    else:
        doc.focus_province = choose_focus(evidence(doc)) if doc.provinces else None
    return doc


class FocusComponent:
    """The focus rule as a pipeline step right after provinces and places, for the components
    that still link to the focus province themselves (people, indicators); the resolve stage
    runs it again (same result) before its own links."""

    name = "focus"
    reads = ("provinces",)
    adds = ()

    def __call__(self, doc: Document) -> Document:
        return resolve(doc)
