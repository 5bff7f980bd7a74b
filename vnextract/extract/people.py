"""Placeholder: filled in by the people issue."""

from __future__ import annotations

from ..document import Document


class PeopleComponent:
    name = "people"

    def __call__(self, doc: Document) -> Document:
        return doc
