"""Resolve step: a figure's period, settled after the figures are read.

A price quoted with no period of its own ("giá vàng bán ra 36,5 triệu đồng/lượng") is the price of
the day the article appeared: it takes the reference date's month, and only when there is a
reference date (without one, no period is invented).
"""

from __future__ import annotations

from ..document import Document, Indicator

PRICES = frozenset({"commodity_price", "gold_price", "fuel_price", "share_price", "exchange_rate",
                    "stock_index", "real_estate_price"})


def resolve(doc: Document) -> Document:
    if doc.date is None:
        return doc
    for ind in doc.indicators:
        if ind.period is None and _quoted_price(ind):
            ind.period = doc.date.value.strftime("%Y-%m")
            ind.period_text = doc.date.text or doc.date.value.isoformat()
    return doc


def _quoted_price(ind: Indicator) -> bool:
    return "/" in ind.unit or ind.concept in PRICES
