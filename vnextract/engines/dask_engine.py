"""The Dask engine: the same records as the local engine, computed on a ``dask.distributed`` cluster.

``pip install 'vnextract[dask]'``; then::

    from vnextract.engines.dask_engine import run_dask
    for record in run_dask(files, scheduler="tcp://HOST:8786"):   # or scheduler="local", jobs=4
        ...

How it works:

* The unit of work is one path (a local path every worker can read, or an fsspec URL such as
  ``s3://bucket/a.txt``, ``file:///shared/a.txt``) to one record, through the same
  ``vnextract.batch.process`` as the local engine: the same records and the same error records.
* Models load once per worker process: ``vnextract.pipeline.get_pipeline`` keeps a module-level
  pipeline per process, and a worker plugin builds it when the worker starts (and on any worker
  that joins or restarts later), so the first tasks don't wait for it.
* Results stream back as they finish, with at most ``max_in_flight`` tasks submitted at once (a
  finished result is released on the cluster as soon as it is yielded): the client's memory stays
  flat however many inputs there are. With ``ordered=True`` a reorder window gives input order.
  A task is a few consecutive inputs (``chunk_size``, up to 8), to keep the scheduler's cost per
  article small.
* A task whose worker dies is run again elsewhere by the scheduler (``allowed-failures``), and
  exceptions are retried (``retries=2``); a task that still fails is run again one input at a
  time, and an input that still fails alone becomes an error record.
* :func:`write_partitions` (``--output-dir``) has each task write one ``part-NNNNN.jsonl`` straight
  to shared storage (atomically: a temporary name, then a move), so records never pass through the
  client at all.
"""

from __future__ import annotations

import glob
import os
import re
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import CancelledError
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import DEFAULT_TOKENIZER
from ..batch import error_record, find_inputs, init_worker, process, read_list
from ..io import HTML_SUFFIXES, TEXT_SUFFIXES, is_url
from ..io import url_to_fs as _url_to_fs
from ..text import InputError

if TYPE_CHECKING:  # pragma: no cover
    from distributed import Client, Future

__all__ = [
    "DaskEngineError",
    "PartInfo",
    "find_inputs_any",
    "is_url",
    "iter_partitions",
    "process_any",
    "run_dask",
    "write_partitions",
]

RETRIES = 2
DIED = "worker process died while parsing this file"
_PART_RE = re.compile(r"^part-(\d{5,})\.jsonl$")


class DaskEngineError(RuntimeError):
    """The cluster can't be used (no Dask, unreachable scheduler, no workers, scheduler lost).

    The message is one line meant for the user.
    """


# --------------------------------------------------------------------------- inputs (client side)


def find_inputs_any(paths: Iterable[str], *, recursive: bool = False,
                    files_from: str | None = None) -> list[str]:
    """Like :func:`vnextract.batch.find_inputs`, and fsspec URLs too (a file, a folder or a glob).

    A URL folder gives its .txt/.html files in name order (below it too with ``recursive``); the
    URLs come back with their protocol (``memory:///d/a.txt``). Raises :class:`InputError` for a
    path or URL that matches nothing.
    """
    raw = list(paths)
    if files_from is not None:
        raw.extend(read_list(files_from))
    out: list[str] = []
    for item in raw:
        if is_url(item):
            out.extend(_expand_url(item, recursive))
        else:
            out.extend(find_inputs([item], recursive=recursive))
    return out


def _expand_url(url: str, recursive: bool) -> list[str]:
    fs, root = _url_to_fs(url)
    try:
        if glob.has_magic(root) and not fs.exists(root):
            matches = sorted(fs.glob(root))
            if not matches:
                raise InputError(f"{url}: no files match this pattern")
            found: list[str] = []
            for m in matches:
                found.extend(_list_url_folder(fs, m, recursive) if fs.isdir(m) else [m])
            return [fs.unstrip_protocol(p) for p in found]
        if fs.isdir(root):
            found = _list_url_folder(fs, root, recursive)
            if not found:
                where = " or below it" if recursive else ""
                raise InputError(f"{url}: no .txt files in this folder{where}")
            return [fs.unstrip_protocol(p) for p in found]
        if fs.exists(root):
            return [url]
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001 - credentials, network, ...: one line for the user
        raise InputError(f"{url}: cannot list: {type(exc).__name__}: {exc}") from None
    raise InputError(f"{url}: no such file or folder")


def _list_url_folder(fs: Any, root: str, recursive: bool) -> list[str]:
    names = fs.find(root) if recursive else fs.ls(root, detail=False)
    keep = []
    for p in sorted(names):
        base = p.rstrip("/").rsplit("/", 1)[-1]
        if (base.lower().endswith(TEXT_SUFFIXES + HTML_SUFFIXES) and not base.startswith(".")
                and not fs.isdir(p)):
            keep.append(p)
    return keep


# --------------------------------------------------------------------------- the unit of work


def process_any(path: str) -> dict[str, Any]:
    """:func:`vnextract.batch.process`, which reads local paths and fsspec URLs alike."""
    return process(path)


def _task(paths: list[str], opts: tuple[Any, ...]) -> list[dict[str, Any]]:
    """Runs on a worker: a few inputs to their records (the pipeline is cached per process)."""
    init_worker(*opts)
    return [process_any(path) for path in paths]


# --------------------------------------------------------------------------- the cluster


def _distributed() -> Any:
    try:
        import distributed
    except ImportError:
        raise DaskEngineError("the Dask engine needs Dask: pip install 'vnextract[dask]'") from None
    return distributed


def _model_plugin(tokenizer: str) -> Any:
    """A worker plugin that builds the pipeline when a worker starts (and on later workers)."""
    distributed = _distributed()

    class LoadModels(distributed.WorkerPlugin):  # type: ignore[misc]
        def __init__(self, tokenizer: str) -> None:
            self.tokenizer = tokenizer
            self.name = f"vnextract-models-{tokenizer}"

        async def setup(self, worker: Any) -> None:
            import asyncio

            from vnextract.pipeline import get_pipeline

            # off the event loop, so the worker keeps answering heartbeats while models load
            await asyncio.get_running_loop().run_in_executor(None, get_pipeline, self.tokenizer)

    return LoadModels(tokenizer)


class _Cluster:
    """A client on ``scheduler`` (an address, or "local" for a LocalCluster of ``jobs``
    single-threaded worker processes on 127.0.0.1), closed by :meth:`close`."""

    def __init__(self, scheduler: str | None, jobs: int, tokenizer: str,
                 client: Client | None = None, connect_timeout: float = 10.0,
                 workers_timeout: float = 30.0) -> None:
        distributed = _distributed()
        self.cluster: Any = None
        self.own_client = client is None
        if client is not None:
            self.client = client
        elif scheduler in (None, "", "local"):
            import logging

            n = jobs or os.cpu_count() or 1
            self.cluster = distributed.LocalCluster(
                n_workers=n, threads_per_worker=1, processes=True, host="127.0.0.1",
                dashboard_address=None, silence_logs=logging.ERROR)
            self.client = distributed.Client(self.cluster)
        else:
            try:
                self.client = distributed.Client(scheduler, timeout=connect_timeout)
            except (OSError, TimeoutError) as exc:
                raise DaskEngineError(
                    f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
        try:
            if not self.client.nthreads():
                try:
                    self.client.wait_for_workers(1, timeout=workers_timeout)
                except TimeoutError:
                    raise DaskEngineError(f"the Dask scheduler at {scheduler} has no workers "
                                          f"(waited {workers_timeout:.0f} s)") from None
            try:
                self.client.register_plugin(_model_plugin(tokenizer))
            except Exception as exc:  # noqa: BLE001
                raise DaskEngineError("the Dask workers cannot load vnextract (install "
                                      f"'vnextract[dask]' on every worker): {exc}") from None
        except BaseException:
            self.close()
            raise

    @property
    def threads(self) -> int:
        return max(1, sum(self.client.nthreads().values()))

    def close(self) -> None:
        if self.own_client:
            try:
                self.client.close()
            except Exception:  # noqa: BLE001 - closing a client that lost its scheduler
                pass
        if self.cluster is not None:
            try:
                self.cluster.close()
            except Exception:  # noqa: BLE001
                pass


def _outcome(fut: Future) -> tuple[Any, BaseException | None]:
    """A future's result, or the exception that ended it; losing the scheduler raises."""
    try:
        return fut.result(), None
    except CancelledError:
        raise DaskEngineError("lost the Dask scheduler (the task was cancelled)") from None
    except Exception as exc:  # noqa: BLE001 - KilledWorker and the like: the caller decides
        return None, exc


def _failure_message(exc: BaseException) -> str:
    if type(exc).__name__ == "KilledWorker":
        return DIED
    return f"internal error: {type(exc).__name__}: {exc}"


def _stream(client: Client, items: Iterable[Any], submit: Callable[[int, Any], Future],
            window: int, ordered: bool
            ) -> Iterator[tuple[int, Any, Any, BaseException | None]]:
    """(index, item, result, exception) for each item, at most ``window`` futures alive."""
    distributed = _distributed()
    todo = iter(enumerate(items))
    if ordered:
        pending: deque[tuple[int, Any, Future]] = deque()
        try:
            for i, item in todo:
                pending.append((i, item, submit(i, item)))
                if len(pending) >= window:
                    break
            while pending:
                i, item, fut = pending.popleft()
                result, exc = _outcome(fut)
                fut.release()
                del fut
                for j, nxt in todo:
                    pending.append((j, nxt, submit(j, nxt)))
                    break
                yield i, item, result, exc
        finally:
            for _, _, fut in pending:
                fut.cancel()
        return
    by_key: dict[str, tuple[int, Any]] = {}
    first = []
    for i, item in todo:
        fut = submit(i, item)
        by_key[fut.key] = (i, item)
        first.append(fut)
        if len(first) >= window:
            break
    done = distributed.as_completed(first)
    alive = set(first)
    del first
    try:
        for fut in done:
            alive.discard(fut)
            i, item = by_key.pop(fut.key)
            result, exc = _outcome(fut)
            fut.release()
            for j, nxt in todo:
                new = submit(j, nxt)
                by_key[new.key] = (j, nxt)
                alive.add(new)
                done.add(new)
                break
            yield i, item, result, exc
    finally:
        for fut in alive:
            fut.cancel()


# --------------------------------------------------------------------------- records to the client


def run_dask(files: list[str], *, scheduler: str = "local", jobs: int = 0,
             tokenizer: str = DEFAULT_TOKENIZER, encoding: str | None = None,
             with_tokens: bool = False, html: bool | None = None, keep_text: bool = False,
             max_in_flight: int | None = None, ordered: bool = True,
             chunk_size: int | None = None,
             client: Client | None = None) -> Iterator[dict[str, Any]]:
    """Records for ``files`` (local paths or fsspec URLs), computed on a Dask cluster.

    ``scheduler`` is an address (``tcp://HOST:8786``) or "local", which starts a LocalCluster of
    ``jobs`` (0 = all cores) single-threaded worker processes on 127.0.0.1 for the length of the
    run. ``client`` uses an existing ``distributed.Client`` instead (left open). Records stream back
    in input order (``ordered=True``; a small reorder window), else as they finish, with at most
    ``max_in_flight`` tasks submitted at once (default 4 × the cluster's worker threads). A task
    is ``chunk_size`` consecutive inputs (default: up to 8, fewer for short lists so every worker
    gets work), which keeps the scheduler's cost per article small.

    A task on a worker that dies is run again by the scheduler, a task that raises is retried
    (``retries=2``); a task of several inputs that still fails is run again one input at a time,
    and an input that still fails alone becomes an error record, never an exception.
    Raises :class:`DaskEngineError` if the cluster can't be used or is lost mid-run.
    """
    if "-" in files:
        raise DaskEngineError("standard input (-) can't be read by Dask workers")
    if not files:
        return
    opts = (tokenizer, encoding, with_tokens, html, keep_text)
    cl = _Cluster(scheduler, jobs, tokenizer, client)
    try:
        window = max_in_flight or 4 * cl.threads
        size = chunk_size or max(1, min(8, len(files) // (2 * window)))
        chunks = [files[i:i + size] for i in range(0, len(files), size)]
        run_id = uuid.uuid4().hex[:12]

        def submit(i: int, paths: list[str]) -> Future:
            return cl.client.submit(_task, paths, opts, key=f"vnextract-parse-{run_id}-{i}",
                                    retries=RETRIES, pure=False)

        def alone(start: int) -> Callable[[int, str], Future]:
            def submit_one(j: int, path: str) -> Future:
                return cl.client.submit(_task, [path], opts, retries=RETRIES, pure=False,
                                        key=f"vnextract-one-{run_id}-{start + j}")
            return submit_one

        for i, paths, records, exc in _stream(cl.client, chunks, submit, window, ordered):
            if exc is None:
                yield from records
            elif len(paths) == 1:
                yield error_record(paths[0], _failure_message(exc))
            else:
                # Find the input that kills its workers: run each one alone, one at a time (so a
                # death can't be blamed on a bystander that shared the worker).
                for _, path, one, exc1 in _stream(cl.client, paths, alone(i * size), 1,
                                                  ordered=True):
                    yield one[0] if exc1 is None else error_record(path, _failure_message(exc1))
    finally:
        cl.close()


# --------------------------------------------------------------------------- --output-dir


@dataclass
class PartInfo:
    """One partition written: its path (URL), how many records, and the error records in it."""

    path: str
    records: int
    errors: list[tuple[str, str]] = field(default_factory=list)


def _join(folder: str, name: str) -> str:
    return folder.rstrip("/") + "/" + name


def _write_part(paths: list[str], target: str, tmp_suffix: str, opts: tuple[Any, ...],
                ascii: bool) -> dict[str, Any]:
    """Runs on a worker: parse ``paths`` and write their records to ``target`` atomically."""
    from ..output import dumps  # the same serialisation as -o FILE

    init_worker(*opts)
    fs, p = _url_to_fs(target)
    fs.makedirs(p.rsplit("/", 1)[0], exist_ok=True)
    tmp = p + tmp_suffix
    errors: list[tuple[str, str]] = []
    with fs.open(tmp, "w", encoding="utf-8") as fh:
        for path in paths:
            record = process_any(path)
            record.pop("_text", None)
            if "error" in record:
                errors.append((record["source"], record["error"]))
            fh.write(dumps(record, ascii=ascii) + "\n")
    fs.mv(tmp, p)
    return {"path": target, "records": len(paths), "errors": errors}


def _write_error_part(paths: list[str], target: str, tmp_suffix: str, message: str,
                      ascii: bool) -> dict[str, Any]:
    """Runs on a worker: a partition whose task kept killing workers becomes error records."""
    from ..output import dumps

    fs, p = _url_to_fs(target)
    fs.makedirs(p.rsplit("/", 1)[0], exist_ok=True)
    with fs.open(p + tmp_suffix, "w", encoding="utf-8") as fh:
        for path in paths:
            fh.write(dumps(error_record(path, message), ascii=ascii) + "\n")
    fs.mv(p + tmp_suffix, p)
    return {"path": target, "records": len(paths), "errors": [(q, message) for q in paths]}


def _scan_parts(output_dir: str) -> tuple[list[str], int]:
    """Runs on a worker: sources already parsed in ``output_dir``'s part files, and the highest
    part number (-1 if none)."""
    import json

    fs, root = _url_to_fs(output_dir)
    if not fs.exists(root):
        return [], -1
    seen: list[str] = []
    last = -1
    for p in sorted(fs.ls(root, detail=False)):
        m = _PART_RE.match(p.rstrip("/").rsplit("/", 1)[-1])
        if not m:
            continue
        last = max(last, int(m.group(1)))
        with fs.open(p, "r", encoding="utf-8") as fh:
            for line in fh:
                try:
                    obj = json.loads(line)
                except ValueError:
                    continue
                if isinstance(obj, dict) and isinstance(obj.get("source"), str) \
                        and "error" not in obj:
                    seen.append(obj["source"])
    return seen, last


def _remove_temps(output_dir: str, run_id: str) -> int:
    """Runs on a worker: remove this run's temporary files left by tasks whose worker died."""
    fs, root = _url_to_fs(output_dir)
    stale = [p for p in fs.ls(root, detail=False) if f".tmp-{run_id}-" in p]
    for p in stale:
        fs.rm(p)
    return len(stale)


def iter_partitions(files: list[str], output_dir: str, *, scheduler: str = "local",
                    jobs: int = 0, partition_size: int = 1000, resume: bool = False,
                    tokenizer: str = DEFAULT_TOKENIZER, encoding: str | None = None,
                    with_tokens: bool = False, html: bool | None = None, ascii: bool = False,
                    max_in_flight: int | None = None,
                    client: Client | None = None) -> Iterator[PartInfo]:
    """``--output-dir``: each task parses ``partition_size`` inputs and writes
    ``part-NNNNN.jsonl`` in ``output_dir`` (a folder or fsspec URL every worker can reach).
    Yields a :class:`PartInfo` as each partition is written (in any order).

    With ``resume``, inputs already parsed in the existing part files are skipped (error records
    are tried again) and new parts are numbered after the last one; without it, a folder that
    already has part files is refused (:class:`DaskEngineError`).
    """
    if "-" in files:
        raise DaskEngineError("standard input (-) can't be read by Dask workers")
    if partition_size < 1:
        raise ValueError("partition_size must be at least 1")
    opts = (tokenizer, encoding, with_tokens, html, False)
    cl = _Cluster(scheduler, jobs, tokenizer, client)
    run_id = uuid.uuid4().hex[:12]
    try:
        seen, last = cl.client.submit(_scan_parts, output_dir, pure=False).result()
        if last >= 0 and not resume:
            raise DaskEngineError(f"{output_dir} already has part files (use --resume to go on, "
                                  "or an empty folder)")
        if resume and seen:
            done = set(seen)
            files = [f for f in files if f not in done]
        parts = [files[i:i + partition_size] for i in range(0, len(files), partition_size)]
        window = max_in_flight or 2 * cl.threads

        def target(i: int) -> str:
            return _join(output_dir, f"part-{last + 1 + i:05d}.jsonl")

        def submit(i: int, paths: list[str]) -> Future:
            suffix = f".tmp-{run_id}-{i}"
            return cl.client.submit(_write_part, paths, target(i), suffix, opts, ascii,
                                    key=f"vnextract-part-{run_id}-{i}", retries=RETRIES,
                                    pure=False)

        for i, paths, info, exc in _stream(cl.client, parts, submit, window, ordered=False):
            if exc is not None:
                fallback = cl.client.submit(_write_error_part, paths, target(i),
                                            f".tmp-{run_id}-{i}-e", _failure_message(exc),
                                            ascii, pure=False)
                info, exc2 = _outcome(fallback)
                if exc2 is not None:
                    raise DaskEngineError(f"cannot write {target(i)}: {exc2}")
            yield PartInfo(info["path"], info["records"], [tuple(e) for e in info["errors"]])
        if parts:
            try:
                cl.client.submit(_remove_temps, output_dir, run_id, pure=False).result()
            except Exception:  # noqa: BLE001 - tidying only
                pass
    finally:
        cl.close()


def write_partitions(files: list[str], output_dir: str, *, scheduler: str = "local",
                     jobs: int = 0, partition_size: int = 1000, **kwargs: Any) -> list[str]:
    """:func:`iter_partitions`, all at once: the paths of the part files written, in name order."""
    return sorted(p.path for p in iter_partitions(files, output_dir, scheduler=scheduler,
                                                  jobs=jobs, partition_size=partition_size,
                                                  **kwargs))
