"""Resolve step: figures that an article's or a sentence's subject puts outside economic figures.

Words of ``data/article_scope.tsv`` (issue 13, figures round 6):

- a sport report (its headline or lead names a league, a coach, a player …): its percentages,
  ranks and scores are a match's (its money is judged as elsewhere);
- one person's fortune or fee ("tỷ phú trẻ nhất thế giới với 1,5 tỷ USD"; a headline about
  "khối tài sản" of a star makes every money figure of the article that person's);
- the price of one item or one serving ("một bát phở 30.000 đồng", "30.000 đồng một bát").

Money of a company, a market or a place is left to the other steps.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ..components.indicators.vocab import _MONEY
from ..document import Document, Indicator
from ..lexicon import key, rows, word_re

_SCORE_UNITS = frozenset({"%", "rank", "point"})


@cache
def _cues(kind: str) -> re.Pattern[str]:
    return word_re(key(r[0]) for r in rows("article_scope.tsv") if len(r) >= 2 and r[1] == kind)


@lru_cache(maxsize=1)
def _one_item() -> re.Pattern[str]:
    """"một bát phở " right before a figure: one item named by its classifier."""
    items = "|".join(re.escape(key(r[0])) for r in rows("article_scope.tsv")
                     if len(r) >= 2 and r[1] == "item")
    return re.compile(rf"(?<!\w)(?:một|1)\s+(?:{items})(?:\s[^\d,;.:()]{{0,30}})?$")


@lru_cache(maxsize=1)
def _serving_after() -> re.Pattern[str]:
    """"… 30.000 đồng một bát", "… đồng/suất": one serving named right after a sum."""
    items = "|".join(re.escape(key(r[0])) for r in rows("article_scope.tsv")
                     if len(r) >= 2 and r[1] == "serving")
    return re.compile(rf"\s*(?:/\s*|(?:một|mỗi|1)\s+)(?:{items})(?!\w)")


_POLL_AFTER = re.compile(r"\s*(?:số\s+)?ý kiến(?!\w)", re.IGNORECASE)
# "giá bán trung bình của một chiếc điện thoại": an average price is a market's measure
_AVERAGE = re.compile(r"(?<!\w)(?:trung bình|bình quân)(?!\w)")


def _one_item_price(before: str) -> bool:
    return _one_item().search(before) is not None and _AVERAGE.search(before) is None


def _money(ind: Indicator) -> bool:
    return ind.unit.split("/")[0] in _MONEY


def _small(ind: Indicator) -> bool:
    """A sum a person pays for one thing: under 1 billion VND or 50,000 in another currency."""
    return abs(ind.value) < (1e9 if ind.unit == "VND" else 5e4)


def _lead_end(doc: Document) -> int:
    """The end of the headline and the first sentence after it (the lead)."""
    te = doc.headline_end
    return next((s.nend for s in doc.sentences if s.nstart >= te and s.nend - s.nstart > 20), te)


def out_of_scope(doc: Document) -> list[bool]:
    """For each of ``doc.indicators``: True when the article's or its sentence's subject makes
    it no economic figure."""
    lower = doc.lower
    sport = _cues("sport").search(lower, 0, _lead_end(doc)) is not None
    fortune_article = doc.headline_end > 0 and _cues("fortune_head").search(
        lower, 0, doc.headline_end) is not None
    out = []
    for ind in doc.indicators:
        i = doc.sentence_index_at_char(ind.start) if ind.end > ind.start else None
        if i is None:
            out.append(False)
            continue
        s = doc.sentences[i]
        if not _money(ind):
            # "73% ý kiến cho rằng …": shares of the opinions given, not a measure
            poll = ind.unit == "%" and _POLL_AFTER.match(doc.text, ind.end) is not None
            out.append(sport and ind.unit in _SCORE_UNITS or poll)
            continue
        out.append(
            fortune_article
            or _cues("fortune").search(lower, s.nstart, s.nend) is not None
            or "/" not in ind.unit and _small(ind) and (_one_item_price(
                key(doc.text[max(s.start, ind.start - 60):ind.start]))
                or _serving_after().match(key(doc.text[ind.end : ind.end + 20])) is not None))
    return out
