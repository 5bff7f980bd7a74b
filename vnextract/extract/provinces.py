"""Placeholder: filled in by the provinces issue."""

from __future__ import annotations

from ..document import Document


class ProvincesComponent:
    name = "provinces"

    def __call__(self, doc: Document) -> Document:
        return doc
