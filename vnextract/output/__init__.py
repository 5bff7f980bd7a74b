"""Writers: JSON, JSON Lines and rich tables. Each takes records (dicts of the JSON contract)."""

from __future__ import annotations

import json
from typing import IO, Any

FORMATS = ("table", "json", "jsonl")


def dumps(record: dict[str, Any], *, indent: int | None = None, ascii: bool = False) -> str:
    return json.dumps(record, ensure_ascii=ascii, indent=indent)


class JsonWriter:
    """One object for one input; a JSON array for several (valid JSON either way)."""

    def __init__(self, out: IO[str], *, many: bool, ascii: bool = False) -> None:
        self.out, self.many, self.ascii, self.count = out, many, ascii, 0

    def write(self, record: dict[str, Any]) -> None:
        text = dumps(record, indent=2, ascii=self.ascii)
        if self.many:
            prefix = "[\n" if self.count == 0 else ",\n"
            self.out.write(prefix + text)
        else:
            self.out.write(text + "\n")
        self.out.flush()
        self.count += 1

    def close(self) -> None:
        if self.many:
            self.out.write("\n]\n" if self.count else "[]\n")
            self.out.flush()


class JsonlWriter:
    """One JSON object a line, each line written whole and flushed."""

    def __init__(self, out: IO[str], *, ascii: bool = False) -> None:
        self.out, self.ascii = out, ascii

    def write(self, record: dict[str, Any]) -> None:
        self.out.write(dumps(record, ascii=self.ascii) + "\n")
        self.out.flush()

    def close(self) -> None:
        pass


class TableWriter:
    """Readable tables for a terminal (rich is imported only here)."""

    def __init__(self, out: IO[str] | None = None, *, color: bool | None = None) -> None:
        from rich.console import Console

        self.console = Console(file=out, no_color=color is False, highlight=False)

    def write(self, record: dict[str, Any]) -> None:
        from .table import render

        for renderable in render(record):
            self.console.print(renderable)

    def close(self) -> None:
        pass
