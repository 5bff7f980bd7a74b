"""vnextract: people, titles, provinces and economic indicators from Vietnamese news, as JSON.

>>> import vnextract
>>> doc = vnextract.extract("Quý 1/2022, tỉnh Thái Nguyên thu ngân sách trên 4.100 tỷ đồng.")
>>> doc.to_dict()["indicators"][0]["value"]  # doctest: +SKIP
4100000000000.0
"""

from __future__ import annotations

from datetime import date as _date
from typing import Any

# The sub-package of extractors shares its name with the function ``extract`` below. Import it
# first, so that the function defined afterwards is what ``vnextract.extract`` stays bound to
# (later imports of ``vnextract.extract.<module>`` find the package in sys.modules).
from . import extract as _extractors  # noqa: F401  (tiny; imports no models)
from .document import SCHEMA_VERSION, Document, Indicator, Person, Place, Province, Span, Token

__version__ = "0.1.0"

DEFAULT_TOKENIZER = "pyvi"

__all__ = [
    "__version__",
    "DEFAULT_TOKENIZER",
    "SCHEMA_VERSION",
    "Document",
    "Indicator",
    "Person",
    "Place",
    "Province",
    "Span",
    "Token",
    "extract",
    "extract_path",
]


def extract(text: str, *, source: str | None = None, tokenizer: str = DEFAULT_TOKENIZER,
            date: str | _date | None = None) -> Document:
    """Run the whole pipeline on ``text`` and return the :class:`Document`.

    ``date``: the day the article appeared ("YYYY-MM-DD" or a ``datetime.date``), the reference
    date that periods without a year ("tháng trước", "quý I", "năm nay") resolve against; without
    it, a dateline or the latest full date of the text is used (``doc.date`` says which).
    ``doc.to_dict()`` is the JSON contract (schema_version "2"). Models load once per process.
    """
    from .pipeline import get_pipeline
    from .refdate import RefDate, parse_date

    ref = RefDate(parse_date(date), "option") if date is not None else None
    return get_pipeline(tokenizer)(text, source=source, date=ref)


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
    from .batch import init_worker, process

    init_worker(tokenizer, encoding, False, html,
                date=date.isoformat() if isinstance(date, _date) else date)
    return process(str(path))
