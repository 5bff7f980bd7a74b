"""Resolve step: a figure's period, settled after the figures are read.

A price quoted with no period of its own ("giá vàng bán ra 36,5 triệu đồng/lượng", "giá bán chỉ
từ 60.000 đồng") is the price of the day the article appeared: it takes the reference date's
month, and only when there is a reference date (without one, no period is invented). A price is
a figure with a per-unit unit, a price concept, or a sum of money told after "giá" in its
sentence ("giá trị", "trị giá" are a value, "giá thành" a cost, "đấu giá" an auction, "đánh giá" a
judgement, "định giá" a valuation, "chênh lệch giá" a difference, "giá đấu thầu/trúng thầu" and
"giá quyền sử dụng đất" the price of one deal, not a price); a sum per year, month or day ("2 tỉ
USD/năm", "20 triệu đồng/tháng") is an amount over time, not a price. A price that took "năm nay"
from an earlier sentence is of the reference month too (a price is quoted on a day).
"""

from __future__ import annotations

import re

from ..document import Document, Indicator

PRICES = frozenset({"commodity_price", "gold_price", "fuel_price", "share_price", "exchange_rate",
                    "stock_index", "real_estate_price"})

# "giá" of a price; not "giá trị" (a value) nor "theo giá hiện hành / so sánh" (a valuation)
_PRICE_WORD = re.compile(r"(?<!\w)(?<!đấu )(?<!đánh )(?<!trị )(?<!định )(?<!lệch )giá"
                         r"(?!\s+(?:trị|thành|hiện hành|so sánh|thực tế|cố định|đấu thầu|trúng thầu"
                         r"|quyền sử dụng đất))(?!\w)", re.I)

# "đang" before a price in its clause: the price of the day
_NOW_BEFORE = re.compile(r"(?<!\w)(?:đang|hiện)(?!\w)[^.;,]*$", re.I)

# a sum per year, month or day is an amount over time (a wage, a yearly revenue), not a price
_PER_TIME = frozenset({"year", "month", "day", "week", "quarter", "hour"})


def resolve(doc: Document) -> Document:
    if doc.date is None:
        return doc
    for ind in doc.indicators:
        if (ind.period is None or _carried_this_year(doc, ind) and _price_clause(doc, ind)) and (
                _quoted_price(doc, ind)):
            ind.period = doc.date.value.strftime("%Y-%m")
            ind.period_text = doc.date.text or doc.date.value.isoformat()
    return doc


def _price_clause(doc: Document, ind: Indicator) -> bool:
    """True when the figure is a price by its unit or concept, or "giá" stands in its own clause
    ("bán 1kg ớt chỉ với giá 2.000 đồng"; not "…, trừ chi phí lợi nhuận hơn 100 triệu đồng" after a
    price, a season's profit)."""
    if "/" in ind.unit or ind.concept in PRICES:
        return True
    i = doc.sentence_index_at_char(ind.start)
    start = doc.sentences[i].start if i is not None else 0
    clause = re.split(r"[,;:]", doc.text[max(start, ind.start - 120) : ind.start])[-1]
    return _PRICE_WORD.search(clause) is not None


def _carried_this_year(doc: Document, ind: Indicator) -> bool:
    """True when the figure took "năm nay" (the reference year) from an earlier sentence: a
    price quoted today ("giá vàng nữ trang tăng tới 1 triệu đồng/lượng" after a trader's "năm
    nay tôi nhập ít hơn") is of the day, not of the whole year."""
    if doc.date is None or ind.period != f"{doc.date.value.year:04d}" or not ind.period_text:
        return False
    i = doc.sentence_index_at_char(ind.start)
    start = doc.sentences[i].start if i is not None else 0
    said = doc.text.lower().rfind(ind.period_text.lower(), start, ind.start)
    if said >= 0:
        # the sentence states the year itself; a price told "hiện nay" after it is of the day
        # ("sản lượng vải năm nay giảm nhưng giá bán bình quân hiện nay đạt 30.000 đồng/kg")
        return _NOW_BEFORE.search(doc.text, max(said + len(ind.period_text), ind.start - 60),
                                  ind.start) is not None
    if ind.period_text.lower() in doc.text[ind.start : ind.end + 60].lower():
        return False  # the year is told right after the figure
    # "năm nay" from an earlier sentence, or a price told as standing now ("giá cổ phiếu đang được
    # giao dịch ở mức 29.000 đồng" after "Trong năm 2017, công ty đặt kế hoạch …")
    return ind.period_text.lower() == "năm nay" or _NOW_BEFORE.search(
        doc.text, max(start, ind.start - 60), ind.start) is not None


def _quoted_price(doc: Document, ind: Indicator) -> bool:
    if ind.unit.rsplit("/", 1)[-1] in _PER_TIME:
        return False  # "doanh thu 2 tỉ USD/năm", "lương 20 triệu đồng/tháng": a yearly amount
    if "/" in ind.unit or ind.concept in PRICES:
        return True
    if not (len(ind.unit) == 3 and ind.unit.isupper()):
        return False  # a sum of money in a currency (VND, USD, CNY …) only
    i = doc.sentence_index_at_char(ind.start)
    start = doc.sentences[i].start if i is not None else 0
    return _PRICE_WORD.search(doc.text, max(start, ind.start - 120), ind.start) is not None
