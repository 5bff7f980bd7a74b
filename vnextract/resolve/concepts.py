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
from itertools import islice

from ..components.indicators.vocab import _MONEY
from ..concepts import classify
from ..document import Document, Indicator, Span
from ..lexicon import key, word_re, words
from .article_scope import out_of_scope

# Figures of a listed company, a bank or a national market: they take a province only when their
# own sentence names one (the article's main province is not theirs: a share price, a gold price,
# an interest rate). Local produce prices and local sectors' revenue keep the article's province.
UNPLACED = frozenset({
    "gold_price", "fuel_price", "exchange_rate", "share_price", "stock_index",
    "market_capitalization", "company_charter_capital", "interest_rate", "bond_issuance",
    "bad_debt_ratio", "gold_price_index", "usd_price_index",
    # a tax rate is set by national law: the article's province is not its place
    "tax_rate",
})


def resolve(doc: Document) -> Document:
    if not doc.indicators:
        return doc
    _drop_case_sums(doc)
    _drop_personal_and_promo(doc)
    scope = out_of_scope(doc)
    _keep_only(doc, [ind for ind, out in zip(doc.indicators, scope, strict=True) if not out])
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


_CASE_LOOKBACK = 3  # sentences before a sum that may tell of its case
# counts that, in an article about a case, are the case's parties or objects
_CASE_COUNTS = frozenset({"enterprise", "company", "person", "household", "vehicle", "project"})


def _case_told_before(doc: Document, i: int, start: int) -> bool:
    """An earlier sentence of sentence ``i``'s paragraph (from ``start``) tells of a criminal
    case: within the three sentences before, or twice further up. Scraped news flattens a whole
    article into one line, and one passing word far above ("truy tố thì chạy án" in a debate on
    the budget) is not the case of this sum."""
    near = max(start, doc.sentences[max(0, i - _CASE_LOOKBACK)].nstart)
    end = doc.sentences[i].nstart
    found = _case_paragraph_cues().finditer(doc.lower, start, end)
    hits = list(islice(found, 2))
    return len(hits) >= 2 or bool(hits) and (
        _case_paragraph_cues().search(doc.lower, near, end) is not None)


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
        if case_article and ind.unit in _CASE_COUNTS:
            continue  # "bảo kê cho 13 doanh nghiệp" in a bribery case: the case's parties
        i = doc.sentence_index_at_char(ind.start) if money else None
        if i is not None:
            s = doc.sentences[i]
            # the case may be told earlier in the paragraph ("Theo cáo trạng, … Số tiền này …")
            p = doc.paragraph_index(s.nstart)
            start = doc.paragraphs[p][0] if p is not None else s.nstart
            if case_article or cues.search(doc.lower, s.nstart, s.nend) or (
                    start < s.nstart and _case_told_before(doc, i, start)):
                continue
        keep.append(ind)
    if len(keep) != len(doc.indicators):
        kept = {id(i) for i in keep}
        doc.indicators = keep
        doc.spans["indicators"] = [sp for sp in doc.spans.get("indicators", [])
                                   if not isinstance(sp.attrs, Indicator) or id(sp.attrs) in kept]


@lru_cache(maxsize=1)
def _personal_cues() -> re.Pattern[str]:
    return word_re(key(w) for w in words("personal_cues.txt"))


@lru_cache(maxsize=1)
def _promo_cues() -> re.Pattern[str]:
    return word_re(key(w) for w in words("promo_cues.txt"))


_WE = re.compile(r"chúng\s+$")
_ONE_ITEM = re.compile(r"\s*cho\s+(?:một|1)\s")


@lru_cache(maxsize=1)
def _deal_cues() -> re.Pattern[str]:
    return word_re(key(w) for w in words("deal_cues.txt"))


# "người đại diện 100% vốn góp", "Công ty TNHH MTV vốn 100%": whom a stake belongs to, not a
# measured share
_OWNER_BEFORE = re.compile(r"(?:đại diện(?:\s+(?:phần|cho))?|vốn)\s*$", re.IGNORECASE)


def _deal_term(doc: Document, ind: Indicator, ns: int, ne: int) -> bool:
    """A share-swap ratio or the owner of a whole stake: terms of a deal, not figures."""
    if ind.unit == "share" and ind.value < 100:
        return _deal_cues().search(doc.lower, ns, ne) is not None
    return ind.unit == "%" and _OWNER_BEFORE.search(doc.text[max(0, ind.start - 20):ind.start]) \
        is not None


def _small_sum(ind: Indicator) -> bool:
    """Money a person could hold: under 1 billion VND or 50,000 in a foreign currency, per
    time at most ("VND/month"), never a price per unit of a commodity ("VND/kg")."""
    base, _, per = ind.unit.partition("/")
    if base not in _MONEY or per not in ("", "month", "year", "day"):
        return False
    return abs(ind.value) < (1e9 if base == "VND" else 5e4)


def _personal(doc: Document, ind: Indicator, ns: int, ne: int) -> bool:
    """A small sum in a sentence about one person's money, or the price of one item."""
    if not _small_sum(ind):
        return False
    if _ONE_ITEM.match(doc.text, ind.end):
        return True  # "7 triệu đồng cho một con mực"
    for m in _personal_cues().finditer(doc.lower, ns, ne):
        if m.group(0) != "tôi" or not _WE.search(doc.lower, max(ns, m.start() - 8), m.start()):
            return True
    return False


def _drop_personal_and_promo(doc: Document) -> None:
    """Personal sums, single-item prices, sales promotions and the terms of a deal (a swap
    ratio, "đại diện 100% vốn") are no economic figures (issue 13, round 3)."""
    promo = _promo_cues()
    keep = []
    for ind in doc.indicators:
        i = doc.sentence_index_at_char(ind.start) if ind.end > ind.start else None
        if i is not None:
            s = doc.sentences[i]
            prev = doc.sentences[i - 1] if i > 0 else None
            same_para = prev is not None and doc.paragraph_index(prev.nstart) == \
                doc.paragraph_index(s.nstart)
            money_or_rate = ind.unit == "%" or ind.unit.split("/")[0] in _MONEY
            if money_or_rate and (promo.search(doc.lower, s.nstart, s.nend) or same_para and (
                    promo.search(doc.lower, prev.nstart, prev.nend))):
                continue
            if _personal(doc, ind, s.nstart, s.nend) or _deal_term(doc, ind, s.nstart, s.nend):
                continue
        keep.append(ind)
    _keep_only(doc, keep)


def _keep_only(doc: Document, keep: list[Indicator]) -> None:
    if len(keep) != len(doc.indicators):
        kept = {id(i) for i in keep}
        doc.indicators = keep
        doc.spans["indicators"] = [sp for sp in doc.spans.get("indicators", [])
                                   if not isinstance(sp.attrs, Indicator) or id(sp.attrs) in kept]


def _province_name(sp: Span) -> str | None:
    return getattr(sp.attrs, "name", None) or sp.data.get("name")
