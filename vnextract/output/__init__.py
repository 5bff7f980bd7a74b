"""Writers: JSON, JSON Lines, CSV, HTML and rich tables. Each takes records of the JSON contract.

Writing to a file never leaves a half-written line: JSON Lines and CSV rows go out one whole
line per system call with Ctrl-C held back meanwhile; JSON and HTML are written to ``FILE.part``
and renamed over ``FILE`` when complete.
"""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import IO, Any

FORMATS = ("table", "json", "jsonl", "csv", "html")


def dumps(record: dict[str, Any], *, indent: int | None = None, ascii: bool = False) -> str:
    return json.dumps(record, ensure_ascii=ascii, indent=indent)


@contextmanager
def _no_interrupt() -> Any:
    """Hold SIGINT back while a line is written (it is delivered right after)."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    try:
        old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    except (OSError, ValueError):
        yield
        return
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


class LineSink:
    """Whole lines to a file (one write call each) or to a text stream."""

    def __init__(self, path: str | None, *, append: bool = False) -> None:
        self.path = path
        self.fd: int | None = None
        if path is not None:
            flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if append else os.O_TRUNC)
            self.fd = os.open(path, flags, 0o644)

    def empty(self) -> bool:
        return self.fd is None or os.fstat(self.fd).st_size == 0

    def write(self, line: str) -> None:
        if self.fd is None:
            sys.stdout.write(line)
            sys.stdout.flush()
            return
        with _no_interrupt():
            self._write_all(line.encode("utf-8"))

    def write_pieces(self, pieces: Iterable[str], end: str) -> None:
        """One line from many pieces (a very long line), written in 64 KB runs. To a file, a
        line cut short by an error or Ctrl-C is cut off again, so the file holds whole lines."""
        if self.fd is None:
            for run in _runs(pieces):
                sys.stdout.write(run)
            sys.stdout.write(end)
            sys.stdout.flush()
            return
        with _no_interrupt():
            start = os.lseek(self.fd, 0, os.SEEK_END)
            try:
                for run in _runs(pieces):
                    self._write_all(run.encode("utf-8"))
                self._write_all(end.encode("utf-8"))
            except BaseException:
                os.ftruncate(self.fd, start)
                raise

    def _write_all(self, data: bytes) -> None:
        assert self.fd is not None
        view = memoryview(data)
        while view:
            n = os.write(self.fd, view)
            view = view[n:]

    def close(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None


def _runs(pieces: Iterable[str], size: int = 65536) -> Iterator[str]:
    """The pieces joined into runs of about ``size`` characters."""
    buf: list[str] = []
    n = 0
    for piece in pieces:
        buf.append(piece)
        n += len(piece)
        if n >= size:
            yield "".join(buf)
            buf, n = [], 0
    if buf:
        yield "".join(buf)


class WholeFile:
    """A text stream for a file written in full: ``FILE.part``, renamed to ``FILE`` on close."""

    def __init__(self, path: str | None) -> None:
        self.path = path
        self.stream: IO[str]
        if path is None:
            self.stream = sys.stdout
        else:
            self.stream = open(path + ".part", "w", encoding="utf-8", newline="\n")

    def close(self) -> None:
        if self.path is not None:
            self.stream.close()
            os.replace(self.path + ".part", self.path)
        else:
            self.stream.flush()


def _clean(record: dict[str, Any]) -> dict[str, Any]:
    if "_text" in record:
        record = {k: v for k, v in record.items() if k != "_text"}
    return record


class JsonlWriter:
    def __init__(self, sink: LineSink, *, ascii: bool = False) -> None:
        self.sink, self.ascii = sink, ascii

    def write(self, record: dict[str, Any]) -> None:
        from ..large import is_lazy

        record = _clean(record)
        if is_lazy(record):  # a large input: its line is written piece by piece
            encoder = json.JSONEncoder(ensure_ascii=self.ascii)
            self.sink.write_pieces(encoder.iterencode(record), "\n")
        else:
            self.sink.write(dumps(record, ascii=self.ascii) + "\n")

    def close(self) -> None:
        self.sink.close()


class JsonWriter:
    """One object for one input; a JSON array for several (valid JSON either way)."""

    def __init__(self, out: WholeFile, *, many: bool, ascii: bool = False) -> None:
        self.out, self.many, self.ascii, self.count = out, many, ascii, 0

    def write(self, record: dict[str, Any]) -> None:
        # Encoded piece by piece and written in 64 KB runs: a record with a very large number of
        # mentions never exists as one string in memory.
        stream = self.out.stream
        if self.many:
            stream.write("[\n" if self.count == 0 else ",\n")
        encoder = json.JSONEncoder(ensure_ascii=self.ascii, indent=2)
        for run in _runs(encoder.iterencode(_clean(record))):
            stream.write(run)
        if not self.many:
            stream.write("\n")
        stream.flush()
        self.count += 1

    def close(self) -> None:
        if self.many:
            self.out.stream.write("\n]\n" if self.count else "[]\n")
        self.out.close()


TABLE_COLUMNS: dict[str, list[str]] = {
    "people": ["source", "name", "titles", "titles_raw", "province", "role", "mentions",
               "start", "end"],
    "provinces": ["source", "name", "since_2025", "mentions", "start", "end"],
    "places": ["source", "name", "level", "province", "since_2025", "mentions", "start", "end"],
    "indicators": ["source", "indicator", "concept", "item", "value", "value_max", "unit",
                   "qualifier", "change_pct", "basis", "share_pct", "share_of", "period",
                   "period_text", "province", "of", "text", "start", "end"],
}


def flat_rows(record: dict[str, Any], table: str) -> list[dict[str, Any]]:
    """One row per item of ``record[table]``, with its source; lists joined with "; "."""
    rows = []
    for item in record.get(table) or []:
        row: dict[str, Any] = {"source": record.get("source")}
        for col in TABLE_COLUMNS[table][1:]:
            if col == "mentions":
                row[col] = len(item.get("mentions") or [])
            elif col in ("start", "end") and "mentions" in item:
                ms = item.get("mentions") or []
                row[col] = ms[0][col] if ms else ""
            else:
                value = item.get(col)
                row[col] = "; ".join(value) if isinstance(value, list) else value
        rows.append(row)
    return rows


class CsvWriter:
    def __init__(self, sink: LineSink, table: str) -> None:
        self.sink, self.table = sink, table
        self.columns = TABLE_COLUMNS[table]
        if sink.empty():
            self._line(self.columns)

    def _line(self, values: list[Any]) -> None:
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n").writerow(["" if v is None else v for v in values])
        self.sink.write(buf.getvalue())

    def write(self, record: dict[str, Any]) -> None:
        for row in flat_rows(record, self.table):
            self._line([row.get(c) for c in self.columns])

    def close(self) -> None:
        self.sink.close()


class HtmlWriter:
    """Collects articles and writes one self-contained report when closed."""

    def __init__(self, out: WholeFile) -> None:
        self.out = out
        self.items: list[tuple[dict[str, Any], str]] = []

    def write(self, record: dict[str, Any]) -> None:
        text = record.get("_text", "")
        self.items.append((_clean(record), text))

    def close(self) -> None:
        from .html import render_report

        self.out.stream.write(render_report(self.items))
        self.out.close()


class TableWriter:
    """Readable tables for a terminal (rich is imported only here)."""

    def __init__(self, out: WholeFile) -> None:
        from rich.console import Console

        self.out = out
        self.console = Console(file=out.stream if out.path else None, highlight=False)

    def write(self, record: dict[str, Any]) -> None:
        from .table import render

        for renderable in render(_clean(record)):
            self.console.print(renderable)

    def close(self) -> None:
        self.out.close()


def open_writer(fmt: str, output: str | None, *, many: bool, ascii: bool = False,
                table: str = "indicators", append: bool = False) -> Any:
    """The writer for ``fmt``, writing to ``output`` (a path) or standard output."""
    if fmt == "jsonl":
        return JsonlWriter(LineSink(output, append=append), ascii=ascii)
    if fmt == "csv":
        return CsvWriter(LineSink(output, append=append), table)
    if fmt == "json":
        return JsonWriter(WholeFile(output), many=many, ascii=ascii)
    if fmt == "html":
        return HtmlWriter(WholeFile(output))
    return TableWriter(WholeFile(output))
