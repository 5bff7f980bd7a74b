"""Placeholder: filled in by the indicators issue."""

from __future__ import annotations

from ..document import Document


class IndicatorsComponent:
    name = "indicators"

    def __call__(self, doc: Document) -> Document:
        return doc
