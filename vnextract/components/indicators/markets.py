"""Market quotes as the record wants them: a buy–sell pair is two figures, an exchange rate
written with a thousands comma is read in thousands, a change quoted after a per-unit price keeps
the price's unit.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...document import Indicator

# a quote whose range is a buy and a sell price by nature: gold per tael or chỉ, exchange rates
_PAIR_UNITS = re.compile(r"^VND/(?:tael|chi|USD|EUR|JPY|CNY|KRW|GBP|SGD|THB|AUD)$")

# "mua vào - bán ra", "mua/bán", "chiều mua và bán" right before the range
_BUY_SELL = re.compile(r"(?<!\w)mua(?:\s+vào)?\s*(?:-|–|/|,|và)\s*bán(?:\s+ra)?(?!\w)"
                       r"[^.;:]{0,40}$")

# "22,540" read as 22.54: an exchange rate in VND has no decimals
_THOUSANDS = re.compile(r"^\d{1,3},\d{3}(?!\d)")

_RATE_UNITS = re.compile(r"^VND/(?:USD|EUR|JPY|CNY|KRW|GBP|SGD|THB|AUD)$")


def buy_sell(ind: Indicator, lower: str) -> list[Indicator]:
    """A range that quotes a buy and a sell price ("mua vào - bán ra 36,70-37,30 triệu
    đồng/lượng") as two figures: the buy price and the sell price."""
    if ind.value_max is None or not (_PAIR_UNITS.match(ind.unit) or _BUY_SELL.search(
            lower[max(0, ind.start - 80) : ind.start])):
        return [ind]
    name = re.sub(r"\s*(?:mua vào|bán ra|mua|bán)(?:\s*[-–/,]\s*(?:mua vào|bán ra|mua|bán))*\s*$",
                  "", ind.indicator) or ind.indicator
    buy = replace(ind, indicator=f"{name} mua vào", value_max=None)
    sell = replace(ind, indicator=f"{name} bán ra", value=ind.value_max, value_max=None)
    return [buy, sell]


def rate_in_thousands(ind: Indicator) -> Indicator:
    """An exchange rate written "22,540" is 22 540 đồng, not 22.54."""
    if not _RATE_UNITS.match(ind.unit) or abs(ind.value) >= 1000 or not _THOUSANDS.match(
            ind.text.lstrip("~≈ ")):
        return ind
    hi = ind.value_max * 1000 if ind.value_max is not None and ind.value_max < 1000 else (
        ind.value_max)
    return replace(ind, value=round(ind.value * 1000, 6), value_max=hi)


_CHANGE_BEFORE = re.compile(r"(?<!\w)(?:tăng|giảm|lên|xuống)(?:\s+(?:thêm|nhẹ|mạnh))?\s*$")


def change_keeps_price_unit(inds: list[Indicator], lower: str,
                            sentence_of: dict[int, int]) -> list[Indicator]:
    """"… 22.540 đồng/USD, giảm 25 đồng": a change in bare money right after a per-unit price of
    the same currency in its sentence keeps the price's unit."""
    out: list[Indicator] = []
    last: Indicator | None = None
    for ind in inds:
        if last is not None and "/" not in ind.unit and last.unit.startswith(ind.unit + "/") and (
                sentence_of.get(ind.start) == sentence_of.get(last.start)) and (
                _CHANGE_BEFORE.search(lower[max(0, ind.start - 20) : ind.start])):
            ind = replace(ind, unit=last.unit)
        if "/" in ind.unit:
            last = ind
        out.append(ind)
    return out
