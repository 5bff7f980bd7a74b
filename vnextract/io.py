"""Finding input files and reading them as text, with one-line errors for bad input."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .text import InputError, decode_bytes

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
MAX_BYTES = 64 * 1024 * 1024


@dataclass
class Loaded:
    """An input read as text, with notes on how (encoding, whether it was a web page)."""

    text: str
    meta: dict[str, Any] = field(default_factory=dict)


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    if str(path) == "-":
        return sys.stdin.buffer.read()
    p = Path(path)
    try:
        if p.is_dir():
            raise InputError("is a folder, not a file")
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"too large ({size} bytes; the limit is {MAX_BYTES})")
        return p.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except IsADirectoryError:
        raise InputError("is a folder, not a file") from None
    except OSError as exc:
        raise InputError(exc.strerror or str(exc)) from None


def _decode(data: bytes, encoding: str | None) -> tuple[str, str | None]:
    try:
        from .encodings import decode
    except ImportError:  # pragma: no cover - the module ships with the package
        return decode_bytes(data, encoding), encoding
    return decode(data, encoding)


def load(path: str | os.PathLike[str], encoding: str | None = None,
         html: bool | None = None) -> Loaded:
    """Read and decode one input; a saved web page (``.html``/``.htm`` or ``html=True``) has its
    article text taken out first, and the offsets then refer to that text."""
    data = read_bytes(path)
    text, used = _decode(data, encoding)
    meta: dict[str, Any] = {}
    if used and used not in ("utf-8", "ascii"):
        meta["encoding"] = used
    is_html = html if html is not None else str(path).lower().endswith(HTML_SUFFIXES)
    if html is None and not is_html and str(path) == "-":
        is_html = _looks_like_html(text)
    if is_html:
        from .htmltext import html_to_text

        text, info = html_to_text(text)
        meta.update(info)
        meta["offsets"] = "extracted article text"
    if not text.strip():
        meta["empty"] = True
    return Loaded(text, meta)


def _looks_like_html(text: str) -> bool:
    try:
        from .htmltext import looks_like_html
    except ImportError:  # pragma: no cover
        return False
    return looks_like_html(text)


def read_text(path: str | os.PathLike[str], encoding: str | None = None) -> str:
    """Read a file (or ``-`` for standard input) and decode it to text."""
    return load(path, encoding=encoding, html=False).text


def expand_inputs(paths: tuple[str, ...] | list[str], recursive: bool = False) -> Iterator[str]:
    """Files to read, in the order given; folders give their .txt (and .html) files in name order.

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
                where = " or below it" if recursive else ""
                raise InputError(f"{raw}: no .txt files in this folder{where}")
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
        if key in seen:  # a symlink loop, or the same folder twice
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
                elif (e.suffix.lower() in TEXT_SUFFIXES + HTML_SUFFIXES
                      and not e.name.startswith(".")):
                    out.append(e)
            except OSError:  # e.g. a symlink pointing to itself
                continue

    visit(folder)
    return out
