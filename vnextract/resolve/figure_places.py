"""Resolve step helpers: provinces named together for one figure (dev README: "A figure stated
for several provinces together is one entry with province null").

"giá vàng JSC ở Hà Nội và TP HCM … 36,08 triệu đồng", "11 nghìn sản phẩm tại Đồng Nai, Bình
Dương", "kinh phí tiết kiệm của 6 tỉnh (Tuyên Quang, Cao Bằng, …)": the figure belongs to no
single province. With "lần lượt" the figures of the row take the provinces in turn.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

# the gap between two provinces named together: a comma, "và", "cùng", "hoặc" (a bracket with a
# figure, "Hà Nội (5,2%) và TP.HCM", makes two figures, not one figure of two provinces)
_TOGETHER_GAP = re.compile(
    r"\s*(?:,|và|,\s*và|cùng|hoặc|với)\s*(?:(?:tỉnh|thành phố|tp\.?)\s+)?", re.I)

_RESPECTIVE = re.compile(r"(?<!\w)lần lượt(?!\w)", re.I)

# "tuyến đường nối giữa Hà Nam và Hà Nội": two ends of a link, not a group of owners
_BETWEEN_BEFORE = re.compile(r"(?<!\w)giữa\s+(?:(?:tỉnh|thành phố|tp\.?)\s+)?$", re.I)


def together_groups(norm: str, provs: Sequence[Any]) -> list[tuple[int, int]]:
    """For each province mention, the (first, last) mention of the run of provinces named together
    with it; ``(i, i)`` when it stands alone or the run repeats one province."""
    out: list[tuple[int, int]] = []
    start = 0
    for i in range(len(provs) + 1):
        joined = 0 < i < len(provs) and _TOGETHER_GAP.fullmatch(
            norm, provs[i - 1].nend, provs[i].nstart) is not None
        if i == len(provs) or not joined:
            if i:
                names = {p.data.get("name") for p in provs[start:i]}
                between = _BETWEEN_BEFORE.search(norm, max(0, provs[start].nstart - 20),
                                                 provs[start].nstart)
                span = (start, i - 1) if len(names) > 1 and between is None else None
                out.extend(span or (k, k) for k in range(start, i))
            start = i
    return out


def respective_name(low: str, provs: Sequence[Any], group: tuple[int, int], sent: tuple[int, int],
                    before: Sequence[int], qstart: int) -> str | None | bool:
    """The province a "lần lượt" row gives the figure at ``qstart``: the k-th of the group when
    the figure is the k-th of the row (``before``: the starts of the row's figures in the
    sentence). ``False`` when the sentence has no "lần lượt" (the figure is the group's)."""
    ns, ne = sent
    m = _RESPECTIVE.search(low, ns, ne)
    if m is None:
        return False
    row = [p for p in before if p >= m.end()]
    k = sum(1 for p in row if p < qstart)
    first, last = group
    if k <= last - first and (row and qstart >= m.end()):
        return provs[first + k].data.get("name")
    return None
