"""vnextract: people, titles, provinces and economic indicators from Vietnamese news, as JSON.

>>> import vnextract
>>> doc = vnextract.extract("Quý 1/2022, tỉnh Thái Nguyên thu ngân sách trên 4.100 tỷ đồng.")
>>> doc.to_dict()["indicators"][0]["value"]  # doctest: +SKIP
4100000000000.0
"""

from __future__ import annotations

from typing import Any

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


def _extract(text: str, *, source: str | None = None, tokenizer: str = DEFAULT_TOKENIZER) -> Document:
    """Run the whole pipeline on ``text`` and return the :class:`Document`.

    ``doc.to_dict()`` is the JSON contract (schema_version "1"). Models load once per process.
    """
    from .pipeline import get_pipeline

    return get_pipeline(tokenizer)(text, source=source)


extract = _extract


def extract_path(path: str, *, tokenizer: str = DEFAULT_TOKENIZER, encoding: str | None = None) -> dict[str, Any]:
    """Read one file and return its JSON record; a file that cannot be read gives an error record.

    A plain function of a path, so it can run as the unit of work in any executor.
    """
    from .io import read_text
    from .text import InputError

    try:
        text = read_text(path, encoding=encoding)
    except InputError as exc:
        return {"schema_version": SCHEMA_VERSION, "source": str(path), "error": str(exc)}
    return _extract(text, source=str(path), tokenizer=tokenizer).to_dict()
