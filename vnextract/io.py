"""Finding input files and reading them as text, with one-line errors for bad input.

Everything that can go wrong with an input becomes an :class:`~vnextract.text.InputError` with a
one-line message: a missing file, a dangling symbolic link or a link loop, a folder, a FIFO or
device inside a folder (skipped while walking, so a run never hangs on it), permission denied,
binary data, an encoding that cannot be determined, or a file too large to read whole (those go
through :mod:`vnextract.large`, which reads them piece by piece).
"""

from __future__ import annotations

import errno
import os
import re
import stat
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from .text import InputError, decode_bytes

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
# Inputs up to this size are read whole; above it batch.process hands them to
# vnextract.large.extract_large, which reads, decodes and extracts piece by piece.
LARGE_BYTES = 1024 * 1024
# Never read more than this into memory at once (a web page, standard input, a forced load()).
MAX_BYTES = 64 * 1024 * 1024


@dataclass
class Loaded:
    """An input read as text, with notes on how (encoding, whether it was a web page)."""

    text: str
    meta: dict[str, Any] = field(default_factory=dict)


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "not a regular file"


def os_error_message(path: str | os.PathLike[str], exc: OSError) -> str:
    """A one-line message for an OSError met while opening or reading ``path``."""
    p = Path(path)
    if isinstance(exc, FileNotFoundError) or exc.errno == errno.ENOENT:
        if p.is_symlink():
            try:
                target = os.readlink(p)
            except OSError:
                target = "?"
            return f"dangling symbolic link (points to {target}, which does not exist)"
        return "no such file"
    if exc.errno == errno.ELOOP:
        return "symbolic link loop (too many levels of symbolic links)"
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if isinstance(exc, IsADirectoryError) or exc.errno == errno.EISDIR:
        return "is a folder, not a file"
    return exc.strerror or str(exc).splitlines()[0]


def input_size(path: str | os.PathLike[str]) -> int | None:
    """Size in bytes of a regular file, or None (standard input, pipes, devices, errors)."""
    if str(path) == "-":
        return None
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_size if stat.S_ISREG(st.st_mode) else None


def open_input(path: str | os.PathLike[str]) -> BinaryIO:
    """Open an input for reading bytes (``-`` is standard input), with one-line errors.

    A named pipe or character device given by name is read (``<(curl ...)`` works); a socket or
    block device is refused. Inside folders such files are never listed (see :func:`_walk`).
    """
    if str(path) == "-":
        return sys.stdin.buffer
    try:
        st = os.stat(path)
        if stat.S_ISDIR(st.st_mode):
            raise InputError("is a folder, not a file")
        if stat.S_ISSOCK(st.st_mode) or stat.S_ISBLK(st.st_mode):
            raise InputError(f"is {_kind(st.st_mode)}, not a text file")
        return open(path, "rb")  # noqa: SIM115 - the caller closes it
    except OSError as exc:
        raise InputError(os_error_message(path, exc)) from None


def read_bytes(path: str | os.PathLike[str], limit: int = MAX_BYTES) -> bytes:
    """All bytes of one input, refusing more than ``limit`` bytes (read at most limit + 1)."""
    fh = open_input(path)
    try:
        data = fh.read(limit + 1)
    except OSError as exc:
        raise InputError(os_error_message(path, exc)) from None
    finally:
        if fh is not sys.stdin.buffer:
            fh.close()
    if len(data) > limit:
        raise InputError(f"too large to read whole (over {limit} bytes)")
    return data


def _decode(data: bytes, encoding: str | None) -> tuple[str, str | None]:
    try:
        from .encodings import decode
    except ImportError:  # pragma: no cover - the module ships with the package
        return decode_bytes(data, encoding), encoding
    return decode(data, encoding)


def load_bytes(data: bytes, encoding: str | None = None, html: bool | None = None,
               name: str = "") -> Loaded:
    """Decode one input's bytes; a web page (``html=True``, or ``html=None`` and ``name`` ending
    in ``.html``/``.htm``, or standard input that looks like HTML) has its article text taken out
    first, and the offsets then refer to that text."""
    text, used = _decode(data, encoding)
    meta: dict[str, Any] = {}
    if used and used not in ("utf-8", "ascii"):
        meta["encoding"] = used
    is_html = html if html is not None else name.lower().endswith(HTML_SUFFIXES)
    if html is None and not is_html and name == "-":
        is_html = _looks_like_html(text)
    if is_html:
        from .htmltext import html_to_text

        text, info = html_to_text(text)
        meta.update(info)
        meta["offsets"] = "extracted article text"
    if not text.strip():
        meta["empty"] = True
    return Loaded(text, meta)


def load(path: str | os.PathLike[str], encoding: str | None = None,
         html: bool | None = None) -> Loaded:
    """Read and decode one input; a saved web page (``.html``/``.htm`` or ``html=True``) has its
    article text taken out first, and the offsets then refer to that text. An fsspec URL
    (``s3://…``, ``file://…``; needs the ``dask`` extra) is read with fsspec."""
    if isinstance(path, str) and is_url(path):
        return load_url(path, encoding=encoding, html=html)
    return load_bytes(read_bytes(path), encoding=encoding, html=html, name=str(path))


_URL_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*://")


def is_url(path: str) -> bool:
    """True for an fsspec URL (``scheme://…``) that is not also an existing local path."""
    return bool(_URL_RE.match(path)) and not os.path.lexists(path)


def url_to_fs(url: str) -> tuple[Any, str]:
    """fsspec's file system and path for ``url``, with one-line errors."""
    try:
        from fsspec.core import url_to_fs as _to_fs
    except ImportError:
        raise InputError(f"{url}: reading URLs needs fsspec: pip install 'vnextract[dask]'") from None
    try:
        return _to_fs(url)
    except (ImportError, ValueError) as exc:  # an unknown protocol, or its package is missing
        raise InputError(f"{url}: {exc}") from None


def load_url(url: str, encoding: str | None = None, html: bool | None = None) -> Loaded:
    """:func:`load` for an fsspec URL: the bytes are read with fsspec, then decoded (and the
    article taken out of a web page) exactly as for a local file."""
    fs, p = url_to_fs(url)
    try:
        with fs.open(p, "rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise InputError("no such file") from None
    except IsADirectoryError:
        raise InputError("is a folder, not a file") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except OSError as exc:
        raise InputError(exc.strerror or str(exc)) from None
    if len(data) > MAX_BYTES:
        raise InputError(f"too large to read whole (over {MAX_BYTES} bytes)")
    return load_bytes(data, encoding=encoding, html=html, name=p)


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

    Inside folders only regular files are listed (FIFOs, sockets, devices and link loops are
    skipped), and dangling links named like an input, so that they give an error record. A path given by name is always yielded if it exists or is a link, so
    reading it gives a clear error record. Raises :class:`InputError` for a path that does not
    exist or a folder with no .txt file.
    """
    for raw in paths:
        if raw == "-":
            yield raw
            continue
        p = Path(raw)
        if _is_dir(p):
            found = _walk(p, recursive)
            if not found:
                where = " or below it" if recursive else ""
                raise InputError(f"{raw}: no .txt files in this folder{where}")
            yield from (str(f) for f in found)
        elif _lexists(p):
            yield str(p)
        else:
            raise InputError(f"{raw}: no such file or folder")


def _is_dir(p: Path) -> bool:
    try:
        return stat.S_ISDIR(p.stat().st_mode)
    except (OSError, ValueError):
        return False


def _lexists(p: Path) -> bool:
    try:
        p.lstat()
    except (OSError, ValueError):
        return False
    return True


def _walk(folder: Path, recursive: bool) -> list[Path]:
    """Regular .txt/.html files in ``folder`` (and below it), depth first in name order.

    Iterative, so folder depth never hits the recursion limit; a folder reached twice (a link
    loop, or the same folder linked twice) is visited once.
    """
    out: list[Path] = []
    seen: set[tuple[int, int]] = set()

    def entries(d: Path) -> Iterator[Path] | None:
        try:
            st = d.stat()
        except OSError:
            return None
        key = (st.st_dev, st.st_ino)
        if key in seen:  # a symlink loop, or the same folder twice
            return None
        seen.add(key)
        try:
            return iter(sorted(d.iterdir(), key=lambda e: e.name))
        except OSError:
            return None

    first = entries(folder)
    stack: list[Iterator[Path]] = [first] if first is not None else []
    while stack:
        e = next(stack[-1], None)
        if e is None:
            stack.pop()
            continue
        try:
            mode = e.stat().st_mode  # follows links; fails for dangling links and loops
        except (OSError, ValueError) as exc:
            # a dangling link named like an input is listed, so that reading it gives an error
            # record like any other bad file (a link loop is skipped: it is no file at all)
            if isinstance(exc, FileNotFoundError) and e.is_symlink() and (
                    e.suffix.lower() in TEXT_SUFFIXES + HTML_SUFFIXES and not e.name.startswith(".")):
                out.append(e)
            continue
        if stat.S_ISDIR(mode):
            if recursive:
                sub = entries(e)
                if sub is not None:
                    stack.append(sub)
        elif (stat.S_ISREG(mode) and e.suffix.lower() in TEXT_SUFFIXES + HTML_SUFFIXES
              and not e.name.startswith(".")):
            out.append(e)
    return out


# -- record inputs: JSON Lines and CSV with one article per line or row --------------------------

RECORD_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv"}
INPUT_FORMATS = ("auto", "text", "jsonl", "csv")


@dataclass(frozen=True, slots=True)
class TextItem:
    """One article handed over as a record (a JSON Lines line, a CSV row): its text and what
    came with it, or the error that line gave."""

    source: str
    text: str = ""
    date: str | None = None
    title: str | None = None
    error: str | None = None

    def full_text(self) -> str:
        """The text the extractor reads: the title as its first line when there is one."""
        return f"{self.title.strip()}\n\n{self.text}" if self.title and self.title.strip() else (
            self.text)


def record_format(path: str, input_format: str = "auto") -> str | None:
    """"jsonl" or "csv" when ``path`` holds one article per line or row, else None."""
    if input_format in ("jsonl", "csv"):
        return input_format
    if input_format != "auto" or path == "-":
        return None
    return RECORD_SUFFIXES.get(Path(path).suffix.lower())


def _field(obj: dict[str, Any], key: str) -> str | None:
    v = obj.get(key)
    if v is None or (isinstance(v, str) and not v.strip()):
        return None
    return v if isinstance(v, str) else str(v) if isinstance(v, (int, float)) else None


def _item(obj: Any, where: str, text_key: str = "text") -> TextItem:
    """A TextItem from one parsed line or row (``where``: "file:line", its fallback source)."""
    if not isinstance(obj, dict):
        return TextItem(where, error="not a JSON object")
    source = _field(obj, "id") or _field(obj, "url") or where
    text = obj.get(text_key)
    if not isinstance(text, str):
        return TextItem(source, error=f"no {text_key!r} field with the article text")
    date = _field(obj, "date")
    if date is not None:
        from .refdate import parse_date

        try:
            parse_date(date)
        except ValueError:
            return TextItem(source, error=f"bad date {date!r} (expected YYYY-MM-DD)")
    return TextItem(source, text, date, _field(obj, "title"))


def read_jsonl(path: str) -> Iterator[TextItem]:
    """The articles of a JSON Lines file (``-``: standard input), one per non-blank line: an
    object with ``text`` and optional ``id``, ``url``, ``title``, ``date``. A line that is not
    such an object gives a TextItem with its error; the rest go on."""
    import json

    name = "<stdin>" if path == "-" else path
    fh = open_input(path)
    try:
        for lineno, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            where = f"{name}:{lineno}"
            try:
                obj = json.loads(raw.decode("utf-8-sig" if lineno == 1 else "utf-8"))
            except UnicodeDecodeError:
                yield TextItem(where, error="line is not UTF-8")
                continue
            except ValueError as exc:
                yield TextItem(where, error=f"not valid JSON: {exc}")
                continue
            yield _item(obj, where)
    finally:
        if fh is not sys.stdin.buffer:
            fh.close()


def read_csv(path: str, text_column: str = "text") -> Iterator[TextItem]:
    """The articles of a CSV file (``-``: standard input) with a header row: the text in
    ``text_column``, and optional ``id``, ``url``, ``title``, ``date`` columns."""
    import csv
    import io as _io

    name = "<stdin>" if path == "-" else path
    csv.field_size_limit(MAX_BYTES)
    fh = open_input(path)
    wrapper = _io.TextIOWrapper(fh, encoding="utf-8-sig", newline="")
    try:
        reader = csv.DictReader(wrapper)
        try:
            fields = reader.fieldnames or []
        except (UnicodeDecodeError, csv.Error) as exc:
            yield TextItem(name, error=f"cannot read the CSV header: {exc}")
            return
        if text_column not in fields:
            yield TextItem(name, error=f"no column {text_column!r} (columns: {', '.join(fields)})")
            return
        while True:
            where = f"{name}:{reader.line_num + 1}"
            try:
                row = next(reader)
            except StopIteration:
                break
            except (UnicodeDecodeError, csv.Error) as exc:
                yield TextItem(where, error=f"bad CSV row: {exc}")
                break
            if not any(v for v in row.values() if isinstance(v, str)):
                continue
            yield _item(row, where, text_column)
    finally:
        if fh is sys.stdin.buffer:
            wrapper.detach()  # leave standard input open
        else:
            wrapper.close()


def read_records(path: str, fmt: str, text_column: str = "text") -> Iterator[TextItem]:
    """:func:`read_jsonl` or :func:`read_csv`; a file that cannot be opened gives one TextItem
    with its error."""
    try:
        if fmt == "jsonl":
            yield from read_jsonl(path)
        else:
            yield from read_csv(path, text_column)
    except InputError as exc:
        yield TextItem(path, error=str(exc))
    except OSError as exc:
        yield TextItem(path, error=os_error_message(path, exc))
