"""The command line: a thin Click shell over ``vnextract.extract`` and the writers.

Heavy modules (underthesea, pyvi, rich) are imported inside commands, so ``--help`` is instant.
Errors never show a traceback: one line on stderr and a non-zero exit code.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from typing import IO, Any

import click

from . import DEFAULT_TOKENIZER, SCHEMA_VERSION, __version__

EXIT_FAILED = 1  # something could not be processed
EXIT_USAGE = 2  # bad arguments (Click's own code for usage errors)


def _fail(message: str, code: int = EXIT_FAILED) -> None:
    click.echo(f"vnextract: error: {message}", err=True)
    sys.exit(code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="vnextract")
def main() -> None:
    """Extract people, titles, provinces and economic indicators from Vietnamese news."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json", "jsonl"]), default=None,
    help="Output format. Default: table on a terminal, else json for one input, jsonl for several.",
)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write to FILE instead of standard output.")
@click.option("--tokenizer", type=click.Choice(["pyvi", "underthesea"]), default=DEFAULT_TOKENIZER,
              show_default=True, help="Word tokenizer and POS tagger of the front-end.")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=0,
              help="Worker processes for several files (0 = all cores).")
@click.option("-r", "--recursive", is_flag=True, help="Look for .txt files in sub-folders too.")
@click.option("--encoding", default=None, help="Force the input encoding (default: detect).")
@click.option("--tokens", "with_tokens", is_flag=True, help="Include sentences and tokens in JSON.")
@click.option("--ascii", "ascii_", is_flag=True, help="Escape non-ASCII characters in JSON.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary line.")
def parse(
    paths: tuple[str, ...],
    fmt: str | None,
    output: str | None,
    tokenizer: str,
    jobs: int,
    recursive: bool,
    encoding: str | None,
    with_tokens: bool,
    ascii_: bool,
    quiet: bool,
) -> None:
    """Extract from files, folders of .txt files, or - (standard input).

    \b
    Examples:
      vnextract parse article.txt
      vnextract parse article.txt --format json | jq '.people[].name'
      vnextract parse articles/ --format jsonl > out.jsonl
      cat article.txt | vnextract parse -
    """
    from .io import expand_inputs
    from .text import InputError

    try:
        files = list(expand_inputs(paths, recursive=recursive))
    except InputError as exc:
        _fail(str(exc), EXIT_USAGE)
    if files.count("-") > 1:
        _fail("standard input (-) can be read only once", EXIT_USAGE)
    many = len(files) > 1 or any(os.path.isdir(p) for p in paths)

    out_stream: IO[str]
    if output:
        try:
            out_stream = open(output, "w", encoding="utf-8", newline="\n")
        except OSError as exc:
            _fail(f"{output}: cannot write: {exc.strerror or exc}")
    else:
        out_stream = sys.stdout
    if fmt is None:
        if output is None and sys.stdout.isatty():
            fmt = "table"
        else:
            fmt = "jsonl" if many else "json"

    writer = _make_writer(fmt, out_stream, many=many, ascii_=ascii_)
    failed = 0
    done = 0
    try:
        for record in _records(files, tokenizer, jobs, encoding, with_tokens, quiet):
            done += 1
            if "error" in record:
                failed += 1
                click.echo(f"vnextract: error: {record['source']}: {record['error']}", err=True)
                if not many:
                    break
            writer.write(record)
    except KeyboardInterrupt:
        writer.close()
        if output:
            out_stream.close()
        click.echo(f"vnextract: interrupted after {done} of {len(files)} inputs", err=True)
        sys.exit(130)
    writer.close()
    if output:
        out_stream.close()
    if many and not quiet:
        click.echo(f"vnextract: {done} inputs, {done - failed} parsed, {failed} failed", err=True)
    if failed:
        sys.exit(EXIT_FAILED)


def _make_writer(fmt: str, out: IO[str], *, many: bool, ascii_: bool) -> Any:
    from .output import JsonlWriter, JsonWriter, TableWriter

    if fmt == "jsonl":
        return JsonlWriter(out, ascii=ascii_)
    if fmt == "json":
        return JsonWriter(out, many=many, ascii=ascii_)
    return TableWriter(out)


# -- processing --------------------------------------------------------------------------------

_WORKER: dict[str, Any] = {}


def _init_worker(tokenizer: str, encoding: str | None, with_tokens: bool) -> None:
    from .pipeline import get_pipeline

    _WORKER.update(pipe=get_pipeline(tokenizer), encoding=encoding, with_tokens=with_tokens)


def _process(path: str) -> dict[str, Any]:
    """One input to one record; any failure becomes an error record, never an exception."""
    from .io import read_text
    from .text import InputError

    try:
        text = read_text(path, encoding=_WORKER["encoding"])
        if not text.strip():
            doc = _WORKER["pipe"]("", source=path)
            record = doc.to_dict()
            record["meta"] = {"empty": True}
            return record
        return _WORKER["pipe"](text, source=path).to_dict(with_tokens=_WORKER["with_tokens"])
    except InputError as exc:
        return {"schema_version": SCHEMA_VERSION, "source": path, "error": str(exc)}
    except RecursionError:
        return {"schema_version": SCHEMA_VERSION, "source": path, "error": "input too deeply nested"}
    except MemoryError:
        return {"schema_version": SCHEMA_VERSION, "source": path, "error": "out of memory"}
    except Exception as exc:  # noqa: BLE001 - one bad input must never stop the rest
        return {"schema_version": SCHEMA_VERSION, "source": path,
                "error": f"internal error: {type(exc).__name__}: {exc}"}


def _records(
    files: list[str], tokenizer: str, jobs: int, encoding: str | None, with_tokens: bool,
    quiet: bool,
) -> Iterator[dict[str, Any]]:
    if jobs == 0:
        jobs = os.cpu_count() or 1
    jobs = max(1, min(jobs, len(files)))
    progress = None
    if len(files) > 1 and not quiet and sys.stderr.isatty():
        from .progress import Progress

        progress = Progress(len(files))
    try:
        if jobs == 1 or "-" in files:
            _init_worker(tokenizer, encoding, with_tokens)
            for path in files:
                record = _process(path)
                if progress:
                    progress.advance()
                yield record
        else:
            import multiprocessing as mp

            ctx = mp.get_context("fork" if sys.platform.startswith("linux") else "spawn")
            with ctx.Pool(jobs, initializer=_init_worker,
                          initargs=(tokenizer, encoding, with_tokens)) as pool:
                for record in pool.imap(_process, files, chunksize=1):
                    if progress:
                        progress.advance()
                    yield record
    finally:
        if progress:
            progress.close()


if __name__ == "__main__":  # pragma: no cover
    main()
