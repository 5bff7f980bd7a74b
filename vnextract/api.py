"""The library API: :func:`extract` for a text, :func:`extract_path` for a file.

Both are plain functions of their arguments: no module state is changed (the pipeline for a
tokenizer is built once per process and shared, read-only). The CLI, the batch pool and the Dask
engine all come down to :func:`vnextract.batch.process` with explicit settings, as
:func:`extract_path` does.
"""

from __future__ import annotations

from datetime import date as _date
from typing import Any

from .document import Document

DEFAULT_TOKENIZER = "pyvi"


def extract(text: str, *, source: str | None = None, tokenizer: str = DEFAULT_TOKENIZER,
            date: str | _date | None = None) -> Document:
    """Run the whole pipeline on ``text`` and return the :class:`Document`.

    ``date``: the day the article appeared ("YYYY-MM-DD" or a ``datetime.date``), the reference
    date that periods without a year ("tháng trước", "quý I", "năm nay") resolve against; without
    it, a dateline or the latest full date of the text is used (``doc.date`` says which).
    ``doc.to_dict()`` is the JSON contract (schema_version "2"). Models load once per process.

    A text over ``io.LARGE_BYTES`` (1 MB in UTF-8) is extracted chunk by chunk, as the command
    line does for a file of that size (:func:`vnextract.large.extract_large`: one focus rule,
    ``meta["chunks"]``), and the merged record comes back as a Document
    (:func:`vnextract.large.to_document`): memory stays bounded and the record is the CLI's.
    """
    from .pipeline import get_pipeline
    from .refdate import RefDate, parse_date

    ref = RefDate(parse_date(date), "option") if date is not None else None
    pipe = get_pipeline(tokenizer)
    if is_large(text):
        # as the CLI does for a file of that size: chunk by chunk, one record, one focus rule
        from .large import extract_large, to_document

        record = extract_large(text, pipe, source=source, date=ref)
        return to_document(text, record, pipe.tokenizer)
    return pipe(text, source=source, date=ref)


def is_large(text: str) -> bool:
    """Is ``text`` large enough to be extracted chunk by chunk (:mod:`vnextract.large`)? The
    same size as for a file on the command line: over ``io.LARGE_BYTES`` in UTF-8."""
    from .io import LARGE_BYTES

    return len(text) * 4 > LARGE_BYTES and len(text.encode("utf-8", "surrogatepass")) > LARGE_BYTES


def extract_path(
    path: str,
    *,
    tokenizer: str = DEFAULT_TOKENIZER,
    encoding: str | None = None,
    html: bool | None = None,
    date: str | _date | None = None,
) -> dict[str, Any]:
    """Read one file and return its JSON record; an input that cannot be processed gives an
    error record ``{"schema_version", "source", "error"}`` instead of raising.

    A plain function of a path, the unit of work of every engine (local processes, Dask, Spark's
    mapPartitions, Ray); the models load once per process. ``date``: the reference date, as for
    :func:`extract` (a bad one gives an error record).
    """
    from .batch import Settings, process

    settings = Settings(tokenizer=tokenizer, encoding=encoding, html=html,
                        date=date.isoformat() if isinstance(date, _date) else date)
    return process(str(path), settings=settings)
