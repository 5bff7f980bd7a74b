"""Resolve step: what each figure measures, as a concept id a table can group by.

Every indicator gets ``concept`` (an id of ``data/concepts.tsv``, or ``None`` when none fits:
better null than wrong) and, for prices, ``item`` (what is priced), from its name, unit and the
sentence it stands in (:func:`vnextract.concepts.classify`).
"""

from __future__ import annotations

from ..concepts import classify
from ..document import Document


def resolve(doc: Document) -> Document:
    if not doc.indicators:
        return doc
    for ind in doc.indicators:
        sentence = ""
        i = doc.sentence_index_at_char(ind.start) if ind.end > ind.start else None
        if i is not None:
            s = doc.sentences[i]
            sentence = doc.text[s.start:s.end]
        ind.concept, ind.item = classify(ind.indicator, ind.unit, ind.change_pct, sentence)
    return doc
