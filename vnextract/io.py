"""Finding input files and reading them as text, with one-line errors for bad input."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

from .text import InputError, decode_bytes

TEXT_SUFFIXES = (".txt",)
MAX_BYTES = 64 * 1024 * 1024


def read_text(path: str | os.PathLike[str], encoding: str | None = None) -> str:
    """Read a file (or ``-`` for standard input) and decode it to text."""
    if str(path) == "-":
        data = sys.stdin.buffer.read()
    else:
        p = Path(path)
        try:
            if p.is_dir():
                raise InputError("is a folder, not a file")
            size = p.stat().st_size
            if size > MAX_BYTES:
                raise InputError(f"too large ({size} bytes; the limit is {MAX_BYTES})")
            data = p.read_bytes()
        except FileNotFoundError:
            raise InputError("no such file") from None
        except PermissionError:
            raise InputError("permission denied") from None
        except IsADirectoryError:
            raise InputError("is a folder, not a file") from None
        except OSError as exc:
            raise InputError(exc.strerror or str(exc)) from None
    return decode_bytes(data, encoding)


def expand_inputs(paths: tuple[str, ...] | list[str], recursive: bool = False) -> Iterator[str]:
    """Files to read, in the order given; folders give their .txt files in name order.

    Raises :class:`InputError` for a path that does not exist or a folder with no .txt file.
    """
    for raw in paths:
        if raw == "-":
            yield raw
            continue
        p = Path(raw)
        if p.is_dir():
            found = _walk(p, recursive)
            if not found:
                where = "or below it " if recursive else ""
                raise InputError(f"{raw}: no .txt files in this folder {where}".rstrip())
            yield from (str(f) for f in found)
        elif p.exists() or p.is_symlink():
            yield str(p)
        else:
            raise InputError(f"{raw}: no such file or folder")


def _walk(folder: Path, recursive: bool) -> list[Path]:
    out: list[Path] = []
    seen: set[tuple[int, int]] = set()

    def visit(d: Path) -> None:
        try:
            st = d.stat()
        except OSError:
            return
        key = (st.st_dev, st.st_ino)
        if key in seen:  # a symlink loop
            return
        seen.add(key)
        try:
            entries = sorted(d.iterdir(), key=lambda e: e.name)
        except OSError:
            return
        for e in entries:
            try:
                if e.is_dir():
                    if recursive:
                        visit(e)
                elif e.suffix.lower() in TEXT_SUFFIXES and not e.name.startswith("."):
                    out.append(e)
            except OSError:
                continue

    visit(folder)
    return out
