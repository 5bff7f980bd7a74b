"""Resolve step: what each figure measures, as a concept id a table can group by.

Every indicator gets ``concept`` (an id of ``data/concepts.tsv``, or ``None`` when none fits:
better null than wrong) and, for prices, ``item`` (what is priced), from its name, unit and the
sentence it stands in (:func:`vnextract.concepts.classify`). A company's or a market's figure
keeps a province only when its own sentence names that province.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from ..components.indicators.vocab import _MONEY
from ..concepts import classify
from ..document import Document, Indicator, Span
from ..lexicon import key, word_re, words

# Figures of a listed company, a bank or a national market: they take a province only when their
# own sentence names one (the article's main province is not theirs: a share price, a gold price,
# an interest rate). Local produce prices and local sectors' revenue keep the article's province.
UNPLACED = frozenset({
    "gold_price", "fuel_price", "exchange_rate", "share_price", "stock_index",
    "market_capitalization", "company_charter_capital", "interest_rate", "bond_issuance",
    "bad_debt_ratio", "gold_price_index", "usd_price_index",
})


def resolve(doc: Document) -> Document:
    if not doc.indicators:
        return doc
    _drop_case_sums(doc)
    provinces = doc.spans.get("provinces") or []
    starts = [sp.nstart for sp in provinces]
    for ind in doc.indicators:
        sentence = ""
        i = doc.sentence_index_at_char(ind.start) if ind.end > ind.start else None
        if i is not None:
            s = doc.sentences[i]
            sentence = doc.text[s.start:s.end]
        ind.concept, ind.item = classify(ind.indicator, ind.unit, ind.change_pct, sentence)
        # a price per ounce is a world market's (gold, silver): no province but one named
        unplaced = ind.concept in UNPLACED or ind.unit.endswith("/ounce")
        if ind.province and unplaced and i is not None:
            s = doc.sentences[i]
            named = provinces[bisect_left(starts, s.nstart):bisect_left(starts, s.nend)]
            if all(_province_name(sp) != ind.province for sp in named):
                ind.province = None
    return doc


@lru_cache(maxsize=1)
def _case_cues() -> re.Pattern[str]:
    return word_re(key(w) for w in words("case_cues.txt"))


@lru_cache(maxsize=1)
def _case_paragraph_cues() -> re.Pattern[str]:
    return word_re(key(w) for w in words("case_paragraph_cues.txt"))


def _drop_case_sums(doc: Document) -> None:
    """Money of a single crime or misconduct case (its sentence tells of a fraud, a bribe, a
    trial …, or an earlier sentence of its paragraph tells of a criminal case) is not an economic
    figure."""
    cues = _case_cues()
    # a headline about a case ("Cựu chủ tịch … bị cáo buộc tham ô …"): the article tells of that
    # case, and its sums are the case's
    case_article = doc.headline_end > 0 and cues.search(doc.lower, 0, doc.headline_end) is not None
    keep = []
    for ind in doc.indicators:
        money = ind.unit.split("/")[0] in _MONEY  # "5 tỷ đồng/người" is money too
        i = doc.sentence_index_at_char(ind.start) if money else None
        if i is not None:
            s = doc.sentences[i]
            # the case may be told earlier in the paragraph ("Theo cáo trạng, … Số tiền này …")
            p = doc.paragraph_index(s.nstart)
            start = doc.paragraphs[p][0] if p is not None else s.nstart
            if case_article or cues.search(doc.lower, s.nstart, s.nend) or (
                    start < s.nstart and _case_paragraph_cues().search(doc.lower, start,
                                                                       s.nstart)):
                continue
        keep.append(ind)
    if len(keep) != len(doc.indicators):
        kept = {id(i) for i in keep}
        doc.indicators = keep
        doc.spans["indicators"] = [sp for sp in doc.spans.get("indicators", [])
                                   if not isinstance(sp.attrs, Indicator) or id(sp.attrs) in kept]


def _province_name(sp: Span) -> str | None:
    return getattr(sp.attrs, "name", None) or sp.data.get("name")
