"""Economic indicators: every economic figure with the noun phrase it measures.

The component reads the number spans (``doc.spans["numbers"]``, :mod:`..numbers`), the period
spans (``doc.spans["periods"]``, :mod:`..periods`) and the province spans, and turns them,
sentence by sentence, into :class:`~vnextract.document.Indicator` records:

- which quantities are indicators: an allow-list of measurable units (money, %, rank, point,
  project, enterprise, visitor, passenger, tonne, ha …) and context cues that rule out people at a
  meeting, population and area, labels and ordinals that are not rankings (:mod:`.levels`);
- the indicator: the measured noun phrase before the figure's verb (``đạt``, ``ước đạt``, ``là``,
  ``với``, ``thu về`` …), else the counted phrase after it, else the subject of the clause
  (:mod:`.naming`); ranks and scores get derived names ("xếp hạng …", "điểm …") (:mod:`.ranks`,
  :mod:`.abbrev`);
- a percentage right after a level (``đạt X, tăng Y%``, ``X (tăng Y%)``, ``bằng Z% dự toán``)
  becomes that level's ``change_pct`` / ``share_pct``; otherwise it is a figure of its own
  (:mod:`.shares`);
- basis ("so với cùng kỳ" …) within the sentence (:mod:`.shares`); period and province from
  :mod:`vnextract.resolve.figures`, in the resolve stage: the component collects the figures
  (:func:`.core.collect_figures`, left on ``doc.pending``) and the resolve stage links them and
  sets ``doc.indicators`` (:func:`.core.link_pending`);
- a last clean-up of every name: balanced brackets, no trailing clause ("công bố hồi …", "do …"),
  never empty or only function words (the unit's generic name, "điểm PCI", instead).

Lexicons: ``data/indicator_cues.tsv``, ``data/indicator_targets.tsv``,
``data/indicator_phrases.tsv`` (:mod:`.vocab`). The extractor itself is in :mod:`.core`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = ["IndicatorsComponent", "collect_figures", "extract_indicators", "link_figures",
           "link_pending"]

if TYPE_CHECKING:
    from .core import (
        IndicatorsComponent,
        collect_figures,
        extract_indicators,
        link_figures,
        link_pending,
    )


def __getattr__(name: str) -> Any:
    """The extractor loads on first use, so that :mod:`vnextract.resolve.figures` can import the
    package's model without importing the extractor that mixes it in (no import cycle)."""
    if name in __all__:
        from . import core

        return getattr(core, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
