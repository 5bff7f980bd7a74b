"""Market quotes as the record wants them: a buy–sell pair is two figures, an exchange rate
written with a thousands comma is read in thousands, a change quoted after a per-unit price keeps
the price's unit; a stake's percentage before its count of shares is that count's share.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ...document import Indicator
from ...lexicon import rows

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


# the dollar named as what is priced: "giá USD ở mức", "tỷ giá USD tại Vietcombank", "báo giá USD"
_USD_PRICED = re.compile(r"(?<!\w)(?:tỷ giá|tỉ giá|giá)(?:\s+(?:mua|bán))?\s+(?:đồng\s+)?(?:usd|đô la mỹ|đô la)"
                         r"(?!\w)(?:(?!giá\s)[^.;!?]|(?<=\d)\.(?=\d))*$")


# "22.645 đồng (mua) và 22.715 đồng (bán)": a buy or sell quote right after the level
_QUOTE_SIDE_AFTER = re.compile(r"\s*\(\s*(?:mua|bán)(?:\s+(?:vào|ra))?\s*\)")
# the dollar named in the passage before ("tỷ giá ngoại tệ đồng đô la Mỹ", "giá USD")
_DOLLAR = re.compile(r"(?<!\w)(?:usd|đô la mỹ|đô-la mỹ|đôla mỹ|đồng bạc xanh)(?!\w)")


def _quoted_rate(lower: str, ind: Indicator) -> bool:
    """"BIDV: 22.645 đồng (mua) và 22.715 đồng (bán)" after a passage on the dollar's price: a
    level of 10,000 to 40,000 đồng quoted as a buy or a sell price, the dollar named within the
    300 characters before, is a rate per dollar (the sentence that names it may have ended)."""
    return _QUOTE_SIDE_AFTER.match(lower, ind.end) is not None and _DOLLAR.search(
        lower, max(0, ind.start - 300), ind.start) is not None


# "mỗi cổ đông sở hữu một cổ phiếu … được nhận 3.224 đồng": a dividend per share
_PER_SHARE_BEFORE = re.compile(r"(?<!\w)(?:mỗi|một|1)\s+cổ phiếu(?!\w)[^.;!?\d]{0,40}?"
                               r"(?<!\w)(?:được nhận|nhận|được chia|được trả)\s*$")


def usd_price_unit(inds: list[Indicator], lower: str) -> list[Indicator]:
    """"giá USD ở mức 22.685 đồng (mua vào) và 22.705 đồng (bán ra)": a level of 10,000 to 40,000
    đồng in a sentence that prices the dollar is a rate per dollar ("VND/USD", dev README); a sum
    received for one share is a dividend per share ("VND/share")."""
    out = []
    for ind in inds:
        if ind.unit == "VND" and 1e4 <= ind.value <= 4e4 and (_USD_PRICED.search(
                lower, max(0, ind.start - 160), ind.start) or _quoted_rate(lower, ind)):
            ind = replace(ind, unit="VND/USD")
        elif ind.unit == "VND" and ind.value < 1e6 and _PER_SHARE_BEFORE.search(
                lower, max(0, ind.start - 80), ind.start):
            ind = replace(ind, unit="VND/share")
        out.append(ind)
    return out


_CHANGE_BEFORE = re.compile(r"(?<!\w)(?:tăng|giảm|hạ|lên|xuống|cắt)(?:\s+(?:thêm|nhẹ|mạnh|sốc|sâu|tiếp))?"
                            r"(?:\s+(?:tới|đến|khoảng|gần|hơn|trên))?\s*$")
_AND_BETWEEN = re.compile(r"\s*(?:và|,)\s*")


def change_keeps_price_unit(inds: list[Indicator], lower: str,
                            sentence_of: dict[int, int]) -> list[Indicator]:
    """"… 22.540 đồng/USD, giảm 25 đồng": a change in bare money right after a per-unit price of
    the same currency in its sentence keeps the price's unit."""
    out: list[Indicator] = []
    last: Indicator | None = None
    for ind in inds:
        if last is not None and "/" not in ind.unit and last.unit.startswith(ind.unit + "/") and (
                sentence_of.get(ind.start) == sentence_of.get(last.start)) and (
                _CHANGE_BEFORE.search(lower[max(0, ind.start - 30) : ind.start])):
            ind = replace(ind, unit=last.unit)
        if "/" in ind.unit:
            last = ind
        out.append(ind)
    return _fall_shared(_change_before_price(out, lower, sentence_of), lower)


def _fall_shared(inds: list[Indicator], lower: str) -> list[Indicator]:
    """"hạ 200.000 đồng và 100.000 đồng/lượng": the second change of a pair shares the first's
    fall and, when it has none, the first's unit shares the second's per-unit price."""
    out = list(inds)
    for k in range(1, len(out)):
        a, b = out[k - 1], out[k]
        if a.value >= 0 or b.value <= 0 or a.unit.split("/")[0] != b.unit.split("/")[0]:
            continue
        if not _AND_BETWEEN.fullmatch(lower, a.end, b.start) or not _CHANGE_BEFORE.search(
                lower[max(0, a.start - 30) : a.start]):
            continue
        out[k] = replace(b, value=-b.value)
        if "/" in b.unit and "/" not in a.unit:
            out[k - 1] = replace(a, unit=b.unit)
    return out


def _change_before_price(inds: list[Indicator], lower: str,
                         sentence_of: dict[int, int]) -> list[Indicator]:
    """"giá vàng thế giới giảm 4 USD …, niêm yết ở mốc 1.209,91 USD/oz": a change in bare money
    before a per-unit price of the same currency in its sentence takes the price's unit; with no
    such price, a world market named in the sentence gives its usual unit (data/world_prices.tsv)."""
    out = list(inds)
    for k, ind in enumerate(out):
        if "/" in ind.unit or not _CHANGE_BEFORE.search(lower[max(0, ind.start - 30) : ind.start]):
            continue
        sent = sentence_of.get(ind.start)
        price = next((o for o in out[k + 1 :] if sentence_of.get(o.start) == sent
                      and o.unit.startswith(ind.unit + "/")), None)
        unit = price.unit if price is not None else _world_unit(lower, ind)
        if unit is not None:
            out[k] = replace(ind, unit=unit)
    return out


@lru_cache(maxsize=1)
def _world_prices() -> tuple[re.Pattern[str], list[tuple[str, str]]]:
    table = [r for r in rows("world_prices.tsv") if len(r) > 2]
    return re.compile("|".join(rf"(?P<u{i}>(?<!\w){re.escape(r[0].lower())}(?!\w)[^.;!?\n]{{0,60}}$)"
                               for i, r in enumerate(table))), [(r[1], r[2]) for r in table]


def _world_unit(lower: str, ind: Indicator) -> str | None:
    """The unit of a world market named shortly before a bare change ("giá vàng thế giới giảm 4
    USD" = USD/ounce), when the change's currency is that market's."""
    pattern, units = _world_prices()
    m = pattern.search(lower[max(0, ind.start - 80) : ind.start])
    if m is None:
        return None
    i = int((m.lastgroup or "u0")[1:])
    currency, per = units[i]
    return f"{currency}/{per}" if ind.unit == currency else None


@lru_cache(maxsize=1)
def _stake() -> tuple[re.Pattern[str], dict[str, str]]:
    table = {r[0].lower(): r[1] for r in rows("stake_words.tsv") if len(r) > 1}
    alts = "|".join(re.escape(w) for w in sorted(table, key=len, reverse=True))
    gap = (rf"^\s*(?P<of>{alts})?(?!\w)[^.;!?\n]{{0,90}}?(?<!\w)(?:tương ứng(?: với)?|tương đương"
           r"(?: với)?|tức(?: là)?|nắm giữ|sở hữu)\s+(?:(?:khoảng|gần|hơn|trên)\s+)?$")
    return re.compile(gap), table


# between a count of shares and its stake after it: "…, tương đương 4,08% vốn điều lệ"
_STAKE_AFTER = re.compile(r"^[^.;!?\n]{0,90}?,?\s*(?<!\w)(?:tương đương|tương ứng|chiếm|bằng)"
                          r"(?: với)?\s+(?:(?:khoảng|gần|hơn|trên)\s+)?$")

# a count of shares held or in circulation is a stock: it has no period
_HELD = re.compile(r"(?<!\w)(?:nắm giữ|sở hữu|đang lưu hành|lưu hành)(?!\w)")


def stakes(inds: list[Indicator], lower: str) -> list[Indicator]:
    """"nắm giữ 75,87% vốn …, tương ứng 982 triệu cổ phần": the percentage is the share of the
    count of shares after it, not a figure of its own; a count held or in circulation has no
    period."""
    pattern, table = _stake()
    out: list[Indicator] = []
    for ind in inds:
        prev = out[-1] if out else None
        if prev is not None and prev.unit == "share" and ind.unit == "%" and (
                prev.share_pct is None):
            m = _STAKE_AFTER.match(lower[prev.end : ind.start])
            of = re.match(rf"\s*({'|'.join(re.escape(w) for w in table)})(?!\w)", lower[ind.end:])
            if m is not None and of is not None:
                # "1,5 triệu cổ phần …, tương đương 4,08% vốn điều lệ": the count's share
                out[-1] = replace(prev, share_pct=ind.value, share_of=table[of.group(1)])
                continue
        if ind.unit != "share":
            out.append(ind)
            continue
        prev = out[-1] if out else None
        m = pattern.match(lower[prev.end : ind.start]) if prev is not None and (
            prev.unit == "%" and prev.end <= ind.start and ind.share_pct is None) else None
        if m is not None and prev is not None:
            out.pop()
            ind = replace(ind, share_pct=prev.value,
                          share_of=table.get(m.group("of") or "", "shares"))
        if _HELD.search(lower[max(0, ind.start - 90) : ind.end + 25]):
            ind = replace(ind, period=None, period_text=None)
        out.append(ind)
    return out
