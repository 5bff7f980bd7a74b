"""Moved to :mod:`vnextract.components.numbers`; this name stays while ``extract/periods.py``
imports its number-word helpers from here."""

from __future__ import annotations

from ..components.numbers import (  # noqa: F401
    Quantity,
    _number_words,
    _parse_words,
    find_quantities,
    load_units,
    parse_number,
)
