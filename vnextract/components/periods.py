"""The periods component: ``doc.spans["periods"]``, every period phrase of the text.

A thin component over :func:`vnextract.components.period_rules.find_periods` (the rules live there): one
span per phrase ("quý I/2022", "6 tháng đầu năm", "cùng kỳ" …), its typed attributes
(``Span.attrs``) the :class:`~vnextract.components.period_rules.PeriodMention` (text, ISO value, kind,
whether the year was written; positions in ``doc.norm``).
"""

from __future__ import annotations

from ..document import Document, Span
from .period_rules import PeriodMention, find_periods

__all__ = ["PeriodsComponent", "PeriodMention"]


class PeriodsComponent:
    """Adds ``doc.spans["periods"]``."""

    name = "periods"
    reads: tuple[str, ...] = ()
    adds = ("periods",)

    def __call__(self, doc: Document) -> Document:
        spans: list[Span] = []
        ref = doc.date.value if getattr(doc, "date", None) else None
        for p in find_periods(doc.norm, ref=ref):
            sp = doc.span(p.start, p.end, "periods")
            sp.attrs = p
            spans.append(sp)
        doc.add_spans("periods", spans)
        return doc
