"""The terminal view of one article: its text with every mention highlighted, then the tables.

Each kind has its own colour *and* its own attribute (bold, italic, underline, reverse), so the
kinds stay apart under ``NO_COLOR`` too (rich drops only the colours then). Nesting and crossing
mentions are handled as in the HTML report (:func:`vnextract.output.html.collect_spans`): parents
are styled first, so the innermost mention's style wins where they overlap.
"""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.rule import Rule
from rich.text import Text

from .html import KINDS, collect_spans
from .table import render

__all__ = ["STYLES", "highlight", "legend", "show"]

STYLES: dict[str, str] = {
    "person": "bold magenta",
    "title": "italic cyan",
    "province": "underline green",
    "place": "underline italic blue",
    "indicator": "reverse yellow",
}


def highlight(record: dict[str, Any], text: str) -> Text:
    """``text`` as a rich Text with a style on every mention of ``record``."""
    out = Text(text)
    for span in collect_spans(record, text).spans:
        out.stylize(STYLES.get(span.kind, "bold"), span.start, span.end)
    return out


def legend() -> Text:
    out = Text()
    for kind in KINDS:
        if out:
            out.append("  ")
        out.append(f" {kind} ", style=STYLES[kind])
    return out


def show(record: dict[str, Any], text: str, console: Console) -> None:
    """Print ``text`` with its mentions highlighted, then the record's tables, on ``console``."""
    parts = list(render(record))
    if record.get("error") or not parts:
        for part in parts:
            console.print(part)
        return
    header, tables = parts[0], parts[1:]
    console.print(header)
    spans = collect_spans(record, text)
    console.print(legend())
    console.print(Rule(style="dim"))
    console.print(highlight(record, text), highlight=False, markup=False)
    console.print(Rule(style="dim"))
    skipped = spans.out_of_range + len(spans.crossing)
    if skipped:
        console.print(
            Text(
                f"{skipped} mention(s) not highlighted (offsets outside the text or "
                "crossing another mention)",
                style="yellow",
            )
        )
    for table in tables:
        console.print(table)
