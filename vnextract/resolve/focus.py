"""Resolve step: focus (filled in as the component split proceeds)."""

from __future__ import annotations

from ..document import Document


def resolve(doc: Document) -> Document:
    """Placeholder while the focus links still live in their extractor; returns ``doc`` as is."""
    return doc
