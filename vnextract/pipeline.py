"""The pipeline: a front-end that tokenizes, then components that each add to the Document.

A component is any object with a ``name`` and ``__call__(doc) -> doc`` (like a spaCy component);
each also says which span labels it ``reads`` and which it ``adds``. Components run in the order of
:data:`COMPONENT_ORDER`; later ones read what earlier ones added (names and titles read provinces
and places, indicators read numbers and periods), and the resolve stage ties them together.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from importlib import import_module
from typing import Any, Protocol

from . import refdate
from .document import Document
from .refdate import RefDate


class Component(Protocol):
    name: str

    def __call__(self, doc: Document) -> Document: ...


# name -> "module:Class" (modules are imported when the pipeline is built, so `--help` stays fast)
COMPONENTS: dict[str, str] = {
    "provinces": "vnextract.components.provinces:ProvincesComponent",
    "places": "vnextract.components.places:PlacesComponent",
    "focus": "vnextract.resolve.focus:FocusComponent",
    "titles": "vnextract.components.titles:TitlesComponent",
    "names": "vnextract.components.names:NamesComponent",
    "credits": "vnextract.components.credits:CreditsComponent",
    "numbers": "vnextract.components.numbers:NumbersComponent",
    "periods": "vnextract.components.periods:PeriodsComponent",
    "indicators": "vnextract.components.indicators:IndicatorsComponent",
    "resolve": "vnextract.resolve:ResolveComponent",
}

# "focus" runs the resolve stage's focus rule early for the components that still link to the
# focus province themselves (people, indicators); "resolve" runs it again, with the same result.
# Titles run before names: a title ending right before a capitalised run is what makes it a name.
COMPONENT_ORDER = ("provinces", "places", "focus", "titles", "names", "credits", "numbers",
                   "periods", "indicators", "resolve")


def _load_component(name: str) -> Component:
    target = COMPONENTS.get(name)
    if target is None:
        raise ValueError(f"unknown component {name!r}")
    module, cls = target.split(":")
    return getattr(import_module(module), cls)()


def component_chain(*names: str) -> Callable[[Document], Document]:
    """The named components run in order on a Document, without the tokenizer front-end (for
    tests and tools that work on a component or two)."""
    components = [_load_component(n) for n in names]

    def run(doc: Document) -> Document:
        for component in components:
            doc = component(doc)
        return doc

    return run


class Pipeline:
    """Tokenizer front-end plus components; build once per process and reuse."""

    def __init__(self, tokenizer: str = "pyvi", components: tuple[str, ...] = COMPONENT_ORDER):
        from .tokenize import get_tokenizer

        self.tokenizer_name = tokenizer
        self.tokenizer = get_tokenizer(tokenizer)
        self.components: list[Component] = [_load_component(n) for n in components]

    def __call__(self, text: str, source: str | None = None, date: RefDate | None = None,
                 meta: dict[str, Any] | None = None) -> Document:
        """``date``: the reference date given with the text; else it is read from the text.
        ``meta`` (what loading the input found, e.g. a page's author) is on ``doc.meta`` before
        the components run."""
        # The cyclic garbage collector is paused while one text runs: the run allocates many
        # small objects that all live until it ends, so the collections it would trigger free
        # nothing and cost about a tenth of the time; reference counting still frees everything
        # else, and the collector runs again (when the caller had it on) once the text is done.
        paused = gc.isenabled()
        if paused:
            gc.disable()
        try:
            doc = Document(text, source=source)
            if meta:
                doc.meta.update(meta)
            doc.date = date if date is not None else refdate.from_text(doc.norm)
            doc.sentences = self.tokenizer(doc)
            for component in self.components:
                doc = component(doc)
            return doc
        finally:
            if paused:
                gc.enable()


_PIPELINES: dict[str, Pipeline] = {}


def get_pipeline(tokenizer: str = "pyvi") -> Pipeline:
    """The process-wide pipeline for ``tokenizer`` (models load once per process)."""
    pipe = _PIPELINES.get(tokenizer)
    if pipe is None:
        pipe = _PIPELINES[tokenizer] = Pipeline(tokenizer)
    return pipe
