"""``vnextract concepts``: list the indicator concepts (a table on a terminal, JSON when piped)."""

from __future__ import annotations

import json
import sys

import click

from .concepts import load_concepts


@click.command("concepts")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default=None,
              help="Output format. Default: table on a terminal, else json.")
@click.option("--group", default=None, help="Only the concepts of this group (e.g. trade).")
def concepts(fmt: str | None, group: str | None) -> None:
    """List the indicator concepts: id, labels, admitted units, statistical code."""
    items = [c for c in load_concepts() if group is None or c.group == group]
    if fmt is None:
        fmt = "table" if sys.stdout.isatty() else "json"
    if fmt == "json":
        click.echo(json.dumps([c.as_dict() for c in items], ensure_ascii=False, indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"Indicator concepts ({len(items)})")
    for header in ("id", "Vietnamese", "English", "group", "units", "code"):
        table.add_column(header, overflow="fold")
    for c in items:
        table.add_row(c.id, c.label_vi, c.label_en, c.group, ", ".join(c.units), c.stat_code)
    Console().print(table)
