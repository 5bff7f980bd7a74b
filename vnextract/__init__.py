"""vnextract: people, titles, provinces and economic indicators from Vietnamese news, as JSON.

>>> import vnextract
>>> doc = vnextract.extract("Quý 1/2022, tỉnh Thái Nguyên thu ngân sách trên 4.100 tỷ đồng.")
>>> doc.to_dict()["indicators"][0]["value"]  # doctest: +SKIP
4100000000000.0
"""

from __future__ import annotations

from .api import DEFAULT_TOKENIZER, extract, extract_path
from .document import SCHEMA_VERSION, Document, Indicator, Person, Place, Province, Span, Token

__version__ = "0.1.0"


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
