"""The one resolve stage: what ties spans together, run after every component has added its spans.

In order: the focus province (:mod:`.focus`), people ↔ offices ↔ provinces (:mod:`.people`), bylines and credits as people
(:mod:`.credits`),
figures ↔ period, province and owner (:mod:`.figures`: the indicators component collects the
figures, this stage links them and makes the records). The large-file path runs the same stage on
the merged document, so every input gives one record model and one focus rule.
"""

from __future__ import annotations

from ..document import Document
from . import (
    concepts,
    credits,
    cued,
    figures,
    focus,
    foreign_offices,
    lists,
    name_bounds,
    one_holder,
    people,
    periods,
    shared_offices,
    variants,
)


class ResolveComponent:
    name = "resolve"
    reads = ("provinces", "places", "names", "titles", "numbers", "periods", "figures")
    adds = ("indicators",)

    def __call__(self, doc: Document) -> Document:
        focus.resolve(doc)
        people.resolve(doc)
        name_bounds.resolve(doc)
        cued.resolve(doc)
        lists.resolve(doc)
        variants.resolve(doc)
        shared_offices.resolve(doc)
        foreign_offices.resolve(doc)
        one_holder.resolve(doc)
        credits.resolve(doc)
        figures.resolve(doc)
        concepts.resolve(doc)
        periods.resolve(doc)
        return doc
