"""The pipeline: a front-end that tokenizes, then components that each add to the Document.

A component is any object with a ``name`` and ``__call__(doc) -> doc`` (like a spaCy component).
Components run in order; later ones read what earlier ones added (people read provinces,
indicators read provinces, numbers and periods).
"""

from __future__ import annotations

from typing import Protocol

from .document import Document


class Component(Protocol):
    name: str

    def __call__(self, doc: Document) -> Document: ...


COMPONENT_ORDER = ("provinces", "people", "numbers", "periods", "indicators", "resolve")


def _load_component(name: str) -> Component:
    if name == "resolve":
        from .resolve import ResolveComponent

        return ResolveComponent()
    if name == "provinces":
        from .extract.provinces import ProvincesComponent

        return ProvincesComponent()
    if name == "people":
        from .extract.people import PeopleComponent

        return PeopleComponent()
    if name == "numbers":
        from .components.numbers import NumbersComponent

        return NumbersComponent()
    if name == "periods":
        from .components.periods import PeriodsComponent

        return PeriodsComponent()
    if name == "indicators":
        from .components.indicators import IndicatorsComponent

        return IndicatorsComponent()
    raise ValueError(f"unknown component {name!r}")


class Pipeline:
    """Tokenizer front-end plus components; build once per process and reuse."""

    def __init__(self, tokenizer: str = "pyvi", components: tuple[str, ...] = COMPONENT_ORDER):
        from .tokenize import get_tokenizer

        self.tokenizer_name = tokenizer
        self.tokenizer = get_tokenizer(tokenizer)
        self.components: list[Component] = [_load_component(n) for n in components]

    def __call__(self, text: str, source: str | None = None) -> Document:
        doc = Document(text, source=source)
        doc.sentences = self.tokenizer(doc)
        for component in self.components:
            doc = component(doc)
        return doc


_PIPELINES: dict[str, Pipeline] = {}


def get_pipeline(tokenizer: str = "pyvi") -> Pipeline:
    """The process-wide pipeline for ``tokenizer`` (models load once per process)."""
    pipe = _PIPELINES.get(tokenizer)
    if pipe is None:
        pipe = _PIPELINES[tokenizer] = Pipeline(tokenizer)
    return pipe
