"""The records the indicator extractor works with: sentence items, figure entries, periods, blocks,
and small pure helpers (value buckets, look-back, range look-ups, basis labels).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice

from ..numbers import Quantity

# how far back a name is looked for among the figures before (a real sentence or paragraph has
# far fewer; the bound keeps a pathological input linear)
_LOOKBACK = 64



@dataclass(slots=True)
class _Item:
    start: int
    end: int
    text: str
    kind: str  # w (words), p (punctuation), q (quantity), per (period), prov (province)
    roles: frozenset[str] = frozenset()
    ref: int = -1  # index into quantities / periods / provinces

    @property
    def low(self) -> str:
        return self.text.lower()


@dataclass
class _Entry:
    q: Quantity
    qi: int
    sent: int
    para: int
    indicator: str = ""
    value: float = 0.0
    unit: str = ""
    qualifier: str = "exact"
    change_pct: float | None = None
    change_pos: int = -1
    growth: bool = False
    basis: str | None = None
    share_pct: float | None = None
    share_of: str | None = None
    period: str | None = None
    province: str | None = None
    of: int | None = None
    period_text: str | None = None  # the words the period came from
    tail: int = 0  # norm position after the figure and what was attached to it
    title: bool = False
    lead: bool = False  # in the lead (the short paragraph after the headline)
    verbal: bool = False  # a count named by the verb phrase before it ("cấp mới 26 dự án")
    derived_from: _Entry | None = field(default=None, repr=False)


class _Blocks:
    """Blocks (start, end, kind, ref) added in order of their start, some later removed; finds
    the live blocks overlapping a range by looking back only as far as the longest block."""

    def __init__(self) -> None:
        self.blocks: list[tuple[int, int, str, int]] = []
        self.starts: list[int] = []
        self.dead: set[int] = set()
        self.longest = 0

    def add(self, block: tuple[int, int, str, int]) -> None:
        self.blocks.append(block)
        self.starts.append(block[0])
        self.longest = max(self.longest, block[1] - block[0])

    def overlapping(self, start: int, end: int) -> list[tuple[_Blocks, int]]:
        out: list[tuple[_Blocks, int]] = []
        j = bisect_left(self.starts, end) - 1
        while j >= 0 and self.starts[j] + self.longest > start:
            b = self.blocks[j]
            if j not in self.dead and b[0] < end and start < b[1]:
                out.append((self, j))
            j -= 1
        return out

    def remove(self, j: int) -> None:
        self.dead.add(j)

    def alive(self) -> list[tuple[int, int, str, int]]:
        return [b for j, b in enumerate(self.blocks) if j not in self.dead]


@dataclass
class _Phrase:
    """The phrases around a level: the noun phrase before it (``pre``, from ``back_items``), the
    counted phrase after it (``post``) and the unit as written."""

    items: list[_Item]
    k: int
    q: Quantity
    unit: str
    entries: list[_Entry]
    ns: int
    back_items: list[_Item]
    pre: str
    post: str
    pre_is_verb: bool
    subj_dropped: bool
    unit_text: str


@dataclass
class _Clause:
    """One sentence while its figures are read: its items, the figures found so far, the last
    level (that a percentage or multiple may attach to) and a multiple waiting for its level."""

    si: int
    para: int
    ns: int
    ne: int
    items: list[_Item]
    para_entries: list[_Entry]
    entries: list[_Entry] = field(default_factory=list)
    last_main: _Entry | None = None
    pending_mult: tuple[Quantity, int] | None = None
    people_ctx: bool = False


@dataclass(slots=True)
class _Period:
    start: int
    end: int
    iso: str
    kind: str
    valid: bool  # may be a figure's period (not a basis, not a publication date)
    text: str = ""  # the words of the original text it came from


def _value_keys(e: _Entry) -> tuple[tuple[str, int | None, str], ...]:
    """The bucket of ``e``'s value and of its neighbours: values equal within ``_same``'s
    tolerance fall into one of them (6 significant digits are coarser than the tolerance)."""
    v = e.value
    return tuple((e.unit, e.of, f"{x:.6g}") for x in (v, *(v * (1 + k * 0.6e-6) for k in (-2, -1, 1, 2))))


def _absorb(twin: _Entry, e: _Entry) -> None:
    """Merge figure ``e`` into its ``twin`` stated before (the headline's, or a repeat)."""
    for f in ("change_pct", "basis", "share_pct", "share_of", "period"):
        if getattr(twin, f) is None and getattr(e, f) is not None:
            setattr(twin, f, getattr(e, f))
            if f == "period":
                twin.period_text = e.period_text
    if twin.title and not e.title:
        twin.province = e.province or twin.province
        twin.qualifier = e.qualifier
        if e.indicator and twin.indicator and len(e.indicator) > len(twin.indicator) and (
                twin.indicator.lower() in e.indicator.lower()):
            twin.indicator = e.indicator  # "CPI" in the headline, "chỉ số giá … (CPI)"
    if not twin.indicator:
        twin.indicator = e.indicator


def _recent(seq: Sequence[_Entry]) -> Iterator[_Entry]:
    """The last ``_LOOKBACK`` entries of ``seq``, newest first."""
    return islice(reversed(seq), _LOOKBACK)


def _position(items: list[_Item], item: _Item) -> int:
    """The index of ``item`` in ``items`` (in text order), by bisection on the start positions:
    a long sentence stays linear."""
    i = bisect_left(items, item.start, key=lambda it: it.start)
    while i < len(items) and items[i] is not item:
        i += 1
    if i == len(items):
        raise ValueError("item not in items")
    return i


def _isword(c: str) -> bool:
    return c.isalnum() or c == "_"


def _in_range(starts: list[int], a: int, b: int) -> bool:
    """True when the sorted ``starts`` hold a position in ``[a, b)``."""
    i = bisect_left(starts, a)
    return i < len(starts) and starts[i] < b


def _closes(low: str, end: int, limit: int) -> bool:
    """A match of an "open" pattern ending at ``end`` is a whole word in ``low[:limit]``."""
    return end == limit or end < limit and not _isword(low[end])


def _ends_in(marks: list[tuple[int, int]], low: str, a: int, b: int) -> bool:
    """True when a match of ``marks`` (sorted (start, end)) lies within ``low[a:b]``."""
    return _last_in(marks, low, a, b) >= 0


def _last_in(marks: list[tuple[int, int]], low: str, a: int, b: int) -> int:
    """Start of the last match of ``marks`` within ``low[a:b]`` (a whole word there), else -1."""
    i = bisect_left(marks, (b, -1)) - 1
    while i >= 0 and marks[i][0] >= a:
        start, end = marks[i]
        if end <= b and _closes(low, end, b):
            return start
        i -= 1
    return -1


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(abs(a), abs(b), 1e-9)


def _overlap(a: str, b: str) -> float:
    sa, sb = set(a.lower().split()), set(b.lower().split())
    return len(sa & sb) / len(sa | sb) if sa | sb else 1.0


def _months(iso: str) -> tuple[int, int] | None:
    """(first, last) month index (year*12+month) of an ISO period."""
    try:
        if "/" in iso:
            a, b = iso.split("/")
            return _months(a)[0], _months(b)[1]  # type: ignore[index]
        if len(iso) == 4:
            y = int(iso)
            return y * 12 + 1, y * 12 + 12
        y, m = int(iso[:4]), int(iso[5:7])
        return y * 12 + m, y * 12 + m
    except (ValueError, TypeError):
        return None


def _compare(period: str, base: str) -> str | None:
    """The basis label for a figure of ``period`` compared with ``base``."""
    p, b = _months(period), _months(base)
    if p is None or b is None:
        return None
    if len(period) == 4 and len(base) == 4 and p[0] - b[0] == 12:
        return "previous year"
    if p[0] - b[0] == 12 and p[1] - b[1] == 12:
        return "same period last year"
    length = p[1] - p[0] + 1
    if p[0] - b[0] == length and p[1] - b[1] == length:
        return {1: "previous month", 3: "previous quarter", 12: "previous year"}.get(
            length, "same period last year")
    if len(base) == 4:
        return "previous year"
    return "same period last year"


def _value(v: float, unit: str) -> float | int:
    v = float(f"{v:.12g}")
    if unit in ("rank", "project", "enterprise", "visitor", "passenger") and float(v).is_integer():
        return int(v)
    if float(v).is_integer() and abs(v) < 1e6:
        return int(v)
    return v
