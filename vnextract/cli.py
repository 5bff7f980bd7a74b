"""The command line: a thin Click shell over the library (``vnextract.batch``, the writers).

Heavy modules (underthesea, pyvi, rich) are imported inside commands, so ``--help`` is instant.
Errors never show a traceback: one line on stderr and a non-zero exit code.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from typing import Any, NoReturn

import click

from . import DEFAULT_TOKENIZER, __version__

EXIT_FAILED = 1  # some input could not be processed
EXIT_USAGE = 2  # bad arguments (Click's own code for usage errors)
EXIT_INTERRUPTED = 130

FORMATS = ["table", "json", "jsonl", "csv", "html"]
TABLES = ["people", "provinces", "places", "indicators"]


def _fail(message: str, code: int = EXIT_FAILED) -> NoReturn:
    click.echo(f"vnextract: error: {message}", err=True)
    sys.exit(code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="vnextract")
def main() -> None:
    """Extract people, titles, provinces and economic indicators from Vietnamese news."""


def _common_input_options(f: Any) -> Any:
    f = click.option("--tokenizer", type=click.Choice(["pyvi", "underthesea"]),
                     default=DEFAULT_TOKENIZER, show_default=True,
                     help="Word tokenizer and POS tagger of the front-end.")(f)
    f = click.option("--encoding", default=None,
                     help="Force the input encoding (default: detect; see README).")(f)
    f = click.option("--html/--no-html", "html", default=None,
                     help="Treat input as a saved web page (default: by .html/.htm suffix).")(f)
    return f


@main.command()
@click.argument("paths", nargs=-1)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="Output format. Default: table on a terminal, else json for one input, "
                   "jsonl for several.")
@click.option("--table", "table", type=click.Choice(TABLES), default="indicators",
              show_default=True, help="With --format csv: which records become rows.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="Write to FILE instead of standard output.")
@click.option("--resume", is_flag=True,
              help="With -o FILE (jsonl/csv): skip sources already in FILE and append.")
@_common_input_options
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=0,
              help="Worker processes for several files (0 = all cores).")
@click.option("-r", "--recursive", is_flag=True, help="Look for .txt files in sub-folders too.")
@click.option("--files-from", type=str, default=None, metavar="FILE|-",
              help="Read more input paths from FILE (one per line), or - for standard input.")
@click.option("--input-format", type=click.Choice(["auto", "text", "jsonl", "csv"]),
              default="auto", show_default=True,
              help="How to read the inputs: auto = .jsonl/.ndjson are JSON Lines and .csv is CSV "
                   "(one article per line or row), anything else (and -) one article a file.")
@click.option("--text-column", default="text", show_default=True, metavar="NAME",
              help="With CSV input: the column holding the article text.")
@click.option("--date", "ref_date", default=None, metavar="YYYY-MM-DD",
              help="The day the articles appeared: periods without a year resolve against it "
                   "(default: a date field of the input, the web page's date, a dateline, or "
                   "the latest date the text gives).")
@click.option("--tokens", "with_tokens", is_flag=True, help="Include sentences and tokens in JSON.")
@click.option("--ascii", "ascii_", is_flag=True, help="Escape non-ASCII characters in JSON.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary line.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local",
              show_default=True,
              help="Where to parse: worker processes here, or a Dask cluster "
                   "(pip install 'vnextract[dask]').")
@click.option("--scheduler", default=None, metavar="ADDRESS|local",
              help="With --engine dask: the scheduler (tcp://HOST:8786), or 'local' (the "
                   "default) to start a cluster of --jobs worker processes on this machine.")
@click.option("--output-dir", default=None, metavar="DIR|URL",
              help="With --engine dask: the workers write part-NNNNN.jsonl files there "
                   "(shared storage or an fsspec URL) instead of sending records back.")
@click.option("--partition-size", type=click.IntRange(min=1), default=1000, show_default=True,
              help="With --output-dir: inputs per part file.")
def parse(
    paths: tuple[str, ...],
    fmt: str | None,
    table: str,
    output: str | None,
    resume: bool,
    tokenizer: str,
    encoding: str | None,
    html: bool | None,
    jobs: int,
    recursive: bool,
    files_from: str | None,
    input_format: str,
    text_column: str,
    ref_date: str | None,
    with_tokens: bool,
    ascii_: bool,
    quiet: bool,
    engine: str,
    scheduler: str | None,
    output_dir: str | None,
    partition_size: int,
) -> None:
    """Extract from files, folders, glob patterns, or - (standard input).

    \b
    Examples:
      vnextract parse article.txt
      vnextract parse article.txt --format json | jq '.people[].name'
      vnextract parse articles/ --format jsonl -o out.jsonl
      vnextract parse 'archive/**/*.txt' -r --format csv --table indicators > figures.csv
      cat article.txt | vnextract parse -
      vnextract parse articles.jsonl --date 2024-06-30 -o out.jsonl
      jq -c '{id, date, text}' scraped.jsonl | vnextract parse - --input-format jsonl
      vnextract parse articles.csv --text-column body --format csv > figures.csv
      vnextract parse s3://bucket/news/ -r --engine dask --scheduler tcp://HOST:8786 -o out.jsonl
    """
    from .batch import expand_records

    _check_date(ref_date)
    _check_engine_options(engine, scheduler, output_dir, output, fmt)
    files, records_in = _find_files(paths, files_from, recursive, engine, input_format, ref_date)
    many = (len(files) > 1 or any(os.path.isdir(p) for p in paths) or files_from is not None
            or records_in)
    if output_dir:
        _parse_to_dir(files, output_dir, scheduler=scheduler or "local", jobs=jobs,
                      partition_size=partition_size, resume=resume, tokenizer=tokenizer,
                      encoding=encoding, with_tokens=with_tokens, html=html, ascii=ascii_,
                      quiet=quiet)
        return
    fmt = _choose_format(fmt, output, many)
    if resume and (output is None or fmt not in ("jsonl", "csv")):
        _fail("--resume needs -o FILE with --format jsonl or csv", EXIT_USAGE)

    items = expand_records(files, input_format, text_column) if records_in else list(files)
    skipped = 0
    if resume and output:
        items, skipped = _not_done(items, output, fmt)

    from .output import open_writer

    try:
        writer = open_writer(fmt, output, many=many, ascii=ascii_, table=table, append=resume)
    except OSError as exc:
        _fail(f"{output}: cannot write: {exc.strerror or exc}")
    records, engine_errors = _records(items, engine, scheduler=scheduler, jobs=jobs,
                                      tokenizer=tokenizer, encoding=encoding,
                                      with_tokens=with_tokens, html=html,
                                      keep_text=fmt == "html", ref_date=ref_date)
    done, failed = _write_records(records, writer, len(items), many=many, quiet=quiet,
                                  output=output, engine_errors=engine_errors)
    if many and not quiet:
        extra = f", {skipped} skipped (already in {output})" if skipped else ""
        click.echo(f"vnextract: {done} inputs, {done - failed} parsed, {failed} failed{extra}",
                   err=True)
    if failed:
        sys.exit(EXIT_FAILED)


def _check_engine_options(engine: str, scheduler: str | None, output_dir: str | None,
                          output: str | None, fmt: str | None) -> None:
    if engine != "dask" and (scheduler or output_dir):
        _fail("--scheduler and --output-dir need --engine dask", EXIT_USAGE)
    if output_dir and (output or fmt not in (None, "jsonl")):
        _fail("--output-dir writes JSON Lines part files: don't give -o or another --format",
              EXIT_USAGE)


def _find_files(paths: tuple[str, ...], files_from: str | None, recursive: bool, engine: str,
                input_format: str, ref_date: str | None) -> tuple[list[str], bool]:
    """The inputs to read, and whether any is JSON Lines / CSV (one record per line)."""
    from .batch import find_inputs
    from .io import record_format
    from .text import InputError

    finder = find_inputs
    if engine == "dask":
        from .engines.dask_engine import find_inputs_any as finder  # paths and fsspec URLs

    if not paths and files_from is None:
        _fail("give at least one PATH, '-' for standard input, or --files-from", EXIT_USAGE)
    if files_from == "-" and "-" in paths:
        _fail("standard input can't be both the article and the list of files", EXIT_USAGE)
    try:
        files = finder(paths, recursive=recursive, files_from=files_from)
    except InputError as exc:
        _fail(str(exc), EXIT_USAGE)
    if files.count("-") > 1:
        _fail("standard input (-) can be read only once", EXIT_USAGE)
    if engine == "dask" and "-" in files:
        _fail("standard input (-) can't be sent to a Dask cluster", EXIT_USAGE)
    records_in = any(record_format(f, input_format) for f in files)
    if engine == "dask" and (records_in or ref_date):
        _fail("JSON Lines / CSV input and --date work with --engine local only", EXIT_USAGE)
    return files, records_in


def _choose_format(fmt: str | None, output: str | None, many: bool) -> str:
    if fmt is not None:
        return fmt
    if output is None and sys.stdout.isatty():
        return "table"
    if output and output.endswith((".html", ".htm")):
        return "html"
    if output and output.endswith(".csv"):
        return "csv"
    return "jsonl" if many else "json"


def _records(items: list[Any], engine: str, *, scheduler: str | None, jobs: int, tokenizer: str,
             encoding: str | None, with_tokens: bool, html: bool | None, keep_text: bool,
             ref_date: str | None) -> tuple[Iterator[dict[str, Any]], tuple[type[Exception], ...]]:
    """The records of ``items`` from the chosen engine, and the engine's own errors."""
    if engine == "dask":
        from .engines.dask_engine import DaskEngineError, run_dask

        return run_dask(items, scheduler=scheduler or "local", jobs=jobs, tokenizer=tokenizer,
                        encoding=encoding, with_tokens=with_tokens, html=html,
                        keep_text=keep_text), (DaskEngineError,)
    from .batch import run

    return run(items, tokenizer=tokenizer, jobs=jobs, encoding=encoding, with_tokens=with_tokens,
               html=html, keep_text=keep_text, date=ref_date), ()


def _report_error(record: dict[str, Any], progress: Any) -> None:
    line = f"vnextract: error: {record['source']}: {record['error']}"
    if progress:
        progress.console.print(line, markup=False, highlight=False)
    else:
        click.echo(line, err=True)


def _write_records(records: Iterator[dict[str, Any]], writer: Any, total: int, *, many: bool,
                   quiet: bool, output: str | None,
                   engine_errors: tuple[type[Exception], ...]) -> tuple[int, int]:
    """Write every record (errors also to standard error); returns (done, failed). A stop —
    Ctrl-C, a lost cluster, a closed pipe, a full disk — leaves what was written complete."""
    progress = None
    if total > 1 and not quiet and sys.stderr.isatty():
        from .progress import Progress

        progress = Progress(total)
    failed = done = 0
    try:
        for record in records:
            done += 1
            if progress:
                progress.advance()
            if "error" in record:
                failed += 1
                _report_error(record, progress)
                if not many:
                    break
            writer.write(record)
    except BaseException as exc:
        if progress:
            progress.close()
        _stopped(exc, writer, done, total, output, engine_errors)
        raise
    if progress:
        progress.close()
    writer.close()
    return done, failed


def _stopped(exc: BaseException, writer: Any, done: int, total: int, output: str | None,
             engine_errors: tuple[type[Exception], ...]) -> None:
    """End the run after ``exc`` stopped the writing (exits, except for an unknown error)."""
    if isinstance(exc, KeyboardInterrupt):
        writer.close()
        click.echo(f"vnextract: interrupted after {done} of {total} inputs; what was "
                   "written is complete" + (" (use --resume to go on)" if output else ""), err=True)
        sys.exit(EXIT_INTERRUPTED)
    if engine_errors and isinstance(exc, engine_errors):  # the cluster can't be used, or was lost
        _close_quietly(writer)
        _fail(str(exc) + ("; what was written is complete (use --resume to go on)"
                          if output and done else ""))
    if isinstance(exc, BrokenPipeError):  # the reader went away (`| head`): stop as SIGPIPE would
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # nothing more to flush at exit
        sys.exit(141)
    if isinstance(exc, OSError):  # e.g. a full disk
        _close_quietly(writer)
        _fail(f"cannot write output: {exc.strerror or exc}")


def _parse_to_dir(files: list[str], output_dir: str, *, scheduler: str, jobs: int,
                  partition_size: int, resume: bool, quiet: bool, **options: Any) -> None:
    """--output-dir: the Dask workers write part files; here only progress and errors."""
    from .engines.dask_engine import DaskEngineError, iter_partitions

    progress = None
    if len(files) > 1 and not quiet and sys.stderr.isatty():
        from .progress import Progress

        progress = Progress(len(files))
    done = failed = parts = 0
    try:
        for info in iter_partitions(files, output_dir, scheduler=scheduler, jobs=jobs,
                                    partition_size=partition_size, resume=resume, **options):
            parts += 1
            done += info.records
            failed += len(info.errors)
            for source, error in info.errors:
                message = f"vnextract: error: {source}: {error}"
                if progress:
                    progress.console.print(message, markup=False, highlight=False)
                else:
                    click.echo(message, err=True)
            if progress:
                for _ in range(info.records):
                    progress.advance()
    except KeyboardInterrupt:
        if progress:
            progress.close()
        click.echo(f"vnextract: interrupted after {parts} part files ({done} inputs); those are "
                   "complete (use --resume to go on)", err=True)
        sys.exit(EXIT_INTERRUPTED)
    except DaskEngineError as exc:
        if progress:
            progress.close()
        _fail(str(exc))
    if progress:
        progress.close()
    if not quiet:
        click.echo(f"vnextract: {done} inputs, {done - failed} parsed, {failed} failed, "
                   f"{parts} part files in {output_dir}", err=True)
    if failed:
        sys.exit(EXIT_FAILED)


def _check_date(ref_date: str | None) -> None:
    """--date must be a day (YYYY-MM-DD): a usage error otherwise."""
    if ref_date is None:
        return
    from .refdate import parse_date

    try:
        parse_date(ref_date)
    except ValueError:
        _fail(f"--date {ref_date!r}: not a date (YYYY-MM-DD)", EXIT_USAGE)


def _not_done(items: list[Any], output: str, fmt: str) -> tuple[list[Any], int]:
    """--resume: the inputs whose source is not yet in ``output``, and how many were skipped."""
    from .batch import done_sources, source_of

    seen = done_sources(output) if fmt == "jsonl" else _csv_sources(output)
    left = [f for f in items if source_of(f) not in seen]
    return left, len(items) - len(left)


def _close_quietly(writer: Any) -> None:
    try:
        writer.close()
    except OSError:
        pass


def _csv_sources(output: str) -> set[str]:
    import csv

    try:
        with open(output, encoding="utf-8", newline="") as fh:
            return {row.get("source", "") for row in csv.DictReader(fh)}
    except FileNotFoundError:
        return set()


@main.command()
@click.argument("path")
@_common_input_options
@click.option("--pager/--no-pager", default=None,
              help="Page long articles (default: when standard output is a terminal).")
def show(path: str, tokenizer: str, encoding: str | None, html: bool | None,
         pager: bool | None) -> None:
    """Print an article with every person, title, province, place and indicator highlighted."""
    from rich.console import Console

    from .batch import init_worker, process
    from .io import expand_inputs
    from .text import InputError

    try:
        files = list(expand_inputs([path]))
    except InputError as exc:
        _fail(str(exc), EXIT_USAGE)
    if len(files) != 1:
        _fail(f"{path}: show takes one file, not a folder", EXIT_USAGE)
    init_worker(tokenizer, encoding, False, html, keep_text=True)
    record = process(files[0])
    if "error" in record:
        _fail(f"{record['source']}: {record['error']}")
    text = record.pop("_text")
    from .output.show import show as show_record

    console = Console()
    use_pager = pager if pager is not None else (sys.stdout.isatty() and len(text) > 3000)
    if use_pager:
        os.environ.setdefault("LESS", "-R")  # let less show the colours
        with console.pager(styles=True):
            show_record(record, text, console)
    else:
        show_record(record, text, console)


from .cli_concepts import concepts as _concepts_command  # noqa: E402

main.add_command(_concepts_command)

if __name__ == "__main__":  # pragma: no cover
    main()
