"""Batch processing: finding inputs, worker processes, ordered streaming, error records, resume.

Each worker process builds the pipeline once (models load once per process) and turns one path
into one record. Results stream back in input order with a bounded number of tasks in flight.
A worker that dies (killed, out of memory) breaks only the tasks it held: they are retried once in
a fresh pool, and a task that kills its worker twice becomes an error record.
"""

from __future__ import annotations

import glob
import json
import os
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .document import SCHEMA_VERSION
from .io import TextItem, expand_inputs, read_records, record_format
from .text import InputError


@dataclass(frozen=True)
class Settings:
    """How inputs become records: the same for every input of a run."""

    tokenizer: str = "pyvi"
    encoding: str | None = None
    with_tokens: bool = False
    html: bool | None = None
    keep_text: bool = False
    date: str | None = None  # the reference date (YYYY-MM-DD) of inputs that bring none

    @property
    def pipe(self) -> Any:
        from .pipeline import get_pipeline

        return get_pipeline(self.tokenizer)


# The settings of a worker process of the pool (set once by its initializer); the library API
# passes its settings explicitly and never touches this.
_WORKER: dict[str, Settings] = {}

Item = str | TextItem  # a path (or "-"), or an article handed over as a record


def source_of(item: Item) -> str:
    """The ``source`` of an input's record: its path, or a record's id / url / file:line."""
    return item.source if isinstance(item, TextItem) else item


def expand_records(files: list[str], input_format: str = "auto",
                   text_column: str = "text") -> list[Item]:
    """``files`` with every JSON Lines or CSV input (by suffix, or all with ``input_format``
    "jsonl"/"csv") replaced by its articles, one item a line or row."""
    out: list[Item] = []
    for path in files:
        fmt = record_format(path, input_format)
        if fmt is None:
            out.append(path)
        else:
            out.extend(read_records(path, fmt, text_column))
    return out


def error_record(source: str, message: str) -> dict[str, Any]:
    return {"schema_version": SCHEMA_VERSION, "source": source, "error": message}


def init_worker(tokenizer: str, encoding: str | None, with_tokens: bool,
                html: bool | None = None, keep_text: bool = False,
                date: str | None = None) -> None:
    """Set up this process (a worker of the pool, or the CLI's own) to turn paths into records
    (the pipeline loads once per process). ``date``: the reference date (YYYY-MM-DD) of every
    input that brings none of its own."""
    settings = Settings(tokenizer, encoding, with_tokens, html, keep_text, date)
    settings.pipe  # noqa: B018 - load the models now, once per process
    _WORKER["settings"] = settings


def _settings() -> Settings:
    return _WORKER.get("settings") or Settings()


def _is_large(path: Item, keep_text: bool) -> bool:
    """Is ``path`` a file to extract chunk by chunk (over ``io.LARGE_BYTES``, text not kept)?"""
    from .io import LARGE_BYTES, input_size

    if isinstance(path, TextItem):
        return False
    size = input_size(path)
    return size is not None and size > LARGE_BYTES and not keep_text


def _ref_date(settings: Settings, own: str | None, html: str | None = None) -> Any:
    """The reference date given with an input (its own, else the run's option; else the web
    page's), or None to read it from the text."""
    from .refdate import RefDate, parse_date

    given = own or settings.date
    if given:
        return RefDate(parse_date(given), "option")
    if html:
        try:
            return RefDate(parse_date(html), "html")
        except ValueError:
            return None
    return None


def _process_item(item: TextItem, settings: Settings) -> dict[str, Any]:
    if item.error is not None:
        return error_record(item.source, item.error)
    text = item.full_text()
    doc = settings.pipe(text, source=item.source, date=_ref_date(settings, item.date))
    if item.title and item.title.strip():
        doc.meta["offsets"] = "title, a blank line, then text"
    record = doc.to_dict(with_tokens=settings.with_tokens)
    if settings.keep_text:
        record["_text"] = text
    return record


def process(path: Item, lazy: bool = False, settings: Settings | None = None) -> dict[str, Any]:
    """One input to one record; any failure becomes an error record, never an exception.

    ``settings``: how to read and extract (default: this worker process's, see
    :func:`init_worker`). ``lazy``: a large input's record may hold lists read on demand from a
    compact store (:class:`vnextract.large.LazyList`; the writers stream them): for the CLI's own
    process only.
    """
    settings = settings or _settings()
    try:
        return _process(path, lazy, settings)
    except InputError as exc:
        return error_record(source_of(path), str(exc))
    except RecursionError:
        return error_record(source_of(path), "input too deeply nested")
    except MemoryError:
        return error_record(source_of(path), "out of memory")
    except Exception as exc:  # noqa: BLE001 - one bad input must never stop the rest
        return error_record(source_of(path), f"internal error: {type(exc).__name__}: {exc}")


def _process(path: Item, lazy: bool, settings: Settings) -> dict[str, Any]:
    from .io import load

    if isinstance(path, TextItem):
        return _process_item(path, settings)
    if _is_large(path, settings.keep_text):
        # A large file goes chunk by chunk so that memory stays bounded.
        from .large import extract_large

        return extract_large(Path(path), settings.pipe, source=path, encoding=settings.encoding,
                             html=settings.html, with_tokens=settings.with_tokens, lazy=lazy,
                             date=_ref_date(settings, None))
    loaded = load(path, encoding=settings.encoding, html=settings.html)
    doc = settings.pipe(loaded.text, source=path,
                        date=_ref_date(settings, None, loaded.meta.get("date")), meta=loaded.meta)
    if loaded.meta:
        doc.meta.update(loaded.meta)
    record = doc.to_dict(with_tokens=settings.with_tokens)
    if settings.keep_text:
        record["_text"] = loaded.text
    return record


def read_list(files_from: str) -> list[str]:
    """The paths listed in a file (``-``: standard input), one a line; blank lines and lines
    starting with ``#`` are skipped."""
    try:
        if files_from == "-":
            lines = sys.stdin.read().splitlines()
        else:
            lines = Path(files_from).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{files_from}: cannot read the list of files: {exc}") from None
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def find_inputs(paths: Iterable[str], *, recursive: bool = False,
                files_from: str | None = None) -> list[str]:
    """Paths, folders and glob patterns (and a list file) to the files to read, in order.

    Raises :class:`InputError` for a path that matches nothing.
    """
    raw: list[str] = list(paths)
    if files_from is not None:
        raw.extend(read_list(files_from))
    out: list[str] = []
    for item in raw:
        if item != "-" and not os.path.lexists(item) and glob.has_magic(item):
            matches = sorted(glob.glob(item, recursive=recursive))
            if not matches:
                raise InputError(f"{item}: no files match this pattern")
            out.extend(expand_inputs(matches, recursive=recursive))
        else:
            out.extend(expand_inputs([item], recursive=recursive))
    return out


def done_sources(output: str) -> set[str]:
    """Sources already written whole to a JSON Lines output (for --resume).

    A trailing partial line (from a run that was killed mid-write) is cut off the file.
    """
    p = Path(output)
    if not p.exists():
        return set()
    data = p.read_bytes()
    cut = data.rfind(b"\n") + 1
    if cut < len(data):
        with open(p, "r+b") as fh:
            fh.truncate(cut)
    seen: set[str] = set()
    for line in data[:cut].splitlines():
        try:
            obj = json.loads(line)
        except ValueError:
            continue
        if isinstance(obj, dict) and isinstance(obj.get("source"), str) and "error" not in obj:
            seen.add(obj["source"])
    return seen


def run(files: list[Item], *, tokenizer: str, jobs: int, encoding: str | None = None,
        with_tokens: bool = False, html: bool | None = None,
        keep_text: bool = False, date: str | None = None) -> Iterator[dict[str, Any]]:
    """Records for ``files`` in input order, from ``jobs`` worker processes (0 = all cores).
    ``date``: the reference date (YYYY-MM-DD) of inputs that bring none of their own."""
    if jobs == 0:
        jobs = os.cpu_count() or 1
    jobs = max(1, min(jobs, len(files)))
    if jobs == 1 or "-" in files:
        init_worker(tokenizer, encoding, with_tokens, html, keep_text, date)
        for path in files:
            yield process(path, lazy=True)
        return
    yield from _run_pool(files, jobs, (tokenizer, encoding, with_tokens, html, keep_text, date))


def _init_pool_worker(tokenizer: str, encoding: str | None, with_tokens: bool,
                      html: bool | None, keep_text: bool, date: str | None = None) -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C
    init_worker(tokenizer, encoding, with_tokens, html, keep_text, date)


def _run_pool(files: list[Item], jobs: int, initargs: tuple[Any, ...]) -> Iterator[dict[str, Any]]:
    import multiprocessing as mp
    from concurrent.futures import Future, ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    ctx = mp.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    window = jobs * 4
    pending: deque[tuple[Item, Future[dict[str, Any]] | None]] = deque()
    todo = deque(enumerate(files))
    order: deque[int] = deque()

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(jobs, mp_context=ctx, initializer=_init_pool_worker,
                                   initargs=initargs)

    pool = new_pool()
    finished = False
    suspects: set[int] = set()  # tasks that were in flight when a worker died
    try:
        while todo or pending:
            # after a worker died, run the tasks it may have held one at a time to find the culprit
            limit = 1 if (todo and todo[0][0] in suspects) or (pending and order[0] in suspects) \
                else window
            while todo and len(pending) < limit:
                i, path = todo.popleft()
                # a large file is read here, in this process, when its turn comes: its record
                # is streamed from a compact store instead of crossing processes whole
                pending.append((path, None if _is_large(path, initargs[4]) else pool.submit(process, path)))
                order.append(i)
            path, fut = pending[0]
            if fut is None:
                if not _WORKER:
                    init_worker(*initargs)
                pending.popleft()
                suspects.discard(order.popleft())
                yield process(path, lazy=True)
                continue
            try:
                record = fut.result()
            except BrokenProcessPool:
                pool.shutdown(wait=False, cancel_futures=True)
                pool = new_pool()
                if len(pending) == 1 and order[0] in suspects:
                    suspects.discard(order.popleft())
                    pending.popleft()
                    yield error_record(source_of(path),
                                       "worker process died while parsing this file")
                    continue
                for i, p in reversed(list(zip(order, (q for q, _ in pending), strict=True))):
                    todo.appendleft((i, p))
                    suspects.add(i)
                pending.clear()
                order.clear()
                continue
            pending.popleft()
            suspects.discard(order.popleft())
            yield record
        finished = True
    finally:
        # After a complete run, wait for the pool's manager thread: one still closing its
        # wake-up pipe when the interpreter exits makes CPython 3.11 print an ignored
        # "Bad file descriptor" traceback. On Ctrl-C or an abandoned run, do not wait.
        pool.shutdown(wait=finished, cancel_futures=not finished)
