"""Rich tables of one record: people, provinces (and places), indicators."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from rich.table import Table
from rich.text import Text


def _vn(value: float, decimals: int = 2) -> str:
    """A number the Vietnamese way: dot thousands, decimal comma (4.100; 21,6)."""
    text = f"{value:,.{decimals}f}".rstrip("0").rstrip(".")
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")


def _num(value: Any) -> str:
    """Readable value: large amounts with a Vietnamese scale word (243,6 nghìn tỷ; 6,1 tỷ)."""
    if value is None:
        return ""
    if not isinstance(value, (int, float)):
        return str(value)
    for scale, word in ((1e12, "nghìn tỷ"), (1e9, "tỷ"), (1e6, "triệu")):
        if abs(value) >= scale:
            return f"{_vn(value / scale)} {word}"
    return _vn(float(value))


def render(record: dict[str, Any]) -> Iterator[Any]:
    source = record.get("source") or "-"
    if record.get("error"):
        yield Text(f"{source}: error: {record['error']}", style="bold red")
        return
    focus = record.get("focus_province")
    yield Text(f"{source}" + (f"  (focus: {focus})" if focus else ""), style="bold")

    people = Table(title="People", title_justify="left", show_lines=False)
    for col in ("name", "titles", "province", "mentions"):
        people.add_column(col)
    for p in record.get("people", []):
        name = p["name"] + (" (author)" if p.get("role") == "author" else "")
        people.add_row(name, "\n".join(p.get("titles") or []), p.get("province") or "",
                       str(len(p.get("mentions") or [])))
    yield people

    provinces = Table(title="Provinces", title_justify="left")
    for col in ("name", "since 1/7/2025", "mentions"):
        provinces.add_column(col)
    for p in record.get("provinces", []):
        provinces.add_row(p["name"], p.get("since_2025") or "", str(len(p.get("mentions") or [])))
    yield provinces

    if record.get("places"):
        places = Table(title="Places", title_justify="left")
        for col in ("name", "level", "province", "since 1/7/2025"):
            places.add_column(col)
        for p in record["places"]:
            places.add_row(p["name"], p.get("level") or "", p.get("province") or "",
                           p.get("since_2025") or "")
        yield places

    inds = Table(title="Indicators", title_justify="left")
    for col in ("indicator", "value", "unit", "qualifier", "change %", "share", "period", "province"):
        inds.add_column(col, overflow="fold")
    for i in record.get("indicators", []):
        share = ""
        if i.get("share_pct") is not None:
            share = f"{_num(i['share_pct'])}% {i.get('share_of') or ''}".strip()
        change = ""
        if i.get("change_pct") is not None:
            change = f"{i['change_pct']:+g}".replace(".", ",")
            if i.get("basis"):
                change += f" ({i['basis']})"
        elif i.get("basis"):
            change = f"({i['basis']})"
        unit = i.get("unit") or ""
        if unit == "rank" and i.get("of"):
            unit = f"rank /{i['of']}"
        inds.add_row(i.get("indicator") or "", _num(i.get("value")), unit, i.get("qualifier") or "",
                     change, share, i.get("period") or "", i.get("province") or "")
    yield inds
